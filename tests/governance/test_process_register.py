"""The processes register in the admin: permissions per object, audit trail, export."""

import pytest
from guardian.shortcuts import assign_perm
from wagtail.models import ModelLogEntry

from governance.processes.models import Process
from tests.factories import ProcessFactory, UserFactory

pytestmark = pytest.mark.django_db

FORM = {
    "code": "GTI",
    "name": "Gestión de TIC",
    "process_type": "apoyo",
    "objective": "Administrar la plataforma tecnológica.",
    "leader": "Gerente",
    "footnotes": "",
    **{
        f"{prefix}-{key}": value
        for prefix in ("activities", "criteria")
        for key, value in (
            ("TOTAL_FORMS", "0"),
            ("INITIAL_FORMS", "0"),
            ("MIN_NUM_FORMS", "0"),
            ("MAX_NUM_FORMS", "1000"),
        )
    },
}


def test_profesional_creates_a_process_and_it_is_logged_with_its_author(client):
    profesional = UserFactory(roles=["profesional_tic"])
    client.force_login(profesional)
    response = client.post("/admin/governance/process/create/", FORM)
    assert response.status_code == 302
    process = Process.objects.get(code="GTI")
    assert process.created_by == profesional
    entry = ModelLogEntry.objects.get(object_id=str(process.pk), action="wagtail.create")
    assert entry.user == profesional


def test_history_shows_who_changed_the_record(client):
    profesional = UserFactory(roles=["profesional_tic"])
    process = ProcessFactory()
    client.force_login(profesional)
    client.post(f"/admin/governance/process/edit/{process.pk}/", {**FORM, "code": process.code})
    auditor = UserFactory(roles=["auditor"])
    client.force_login(auditor)
    response = client.get(f"/admin/governance/process/history/{process.pk}/")
    assert response.status_code == 200
    assert profesional.get_full_name() in response.content.decode()


def test_object_owner_edits_their_process_but_not_another(client):
    owner = UserFactory(roles=["tecnico"])
    mine, other = ProcessFactory(), ProcessFactory(name="Otro proceso")
    assign_perm("governance.change_process", owner, mine)
    client.force_login(owner)

    listing = client.get("/admin/governance/process/")
    assert listing.status_code == 200
    assert mine.name in listing.content.decode()
    assert "Otro proceso" not in listing.content.decode()

    response = client.post(f"/admin/governance/process/edit/{mine.pk}/", {**FORM, "code": mine.code})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert mine.name == "Gestión de TIC"

    assert client.get(f"/admin/governance/process/edit/{other.pk}/").status_code in (302, 403)
    response = client.post(f"/admin/governance/process/edit/{other.pk}/", {**FORM, "code": other.code})
    assert response.status_code in (302, 403)
    other.refresh_from_db()
    assert other.name == "Otro proceso"


def test_auditor_cannot_change_or_delete(client):
    auditor = UserFactory(roles=["auditor"])
    process = ProcessFactory(name="Intocable")
    client.force_login(auditor)
    client.post(f"/admin/governance/process/edit/{process.pk}/", {**FORM, "code": process.code})
    client.post(f"/admin/governance/process/delete/{process.pk}/")
    process.refresh_from_db()
    assert process.name == "Intocable"


def test_auditor_exports_the_register_as_xlsx(client):
    ProcessFactory.create_batch(3)
    client.force_login(UserFactory(roles=["auditor"]))
    response = client.get("/admin/governance/process/?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")


def test_bad_input_gets_a_form_error_not_a_server_error(client):
    client.force_login(UserFactory(roles=["profesional_tic"]))
    ProcessFactory(code="GTI")
    response = client.post("/admin/governance/process/create/", {**FORM, "process_type": "x"})
    assert response.status_code == 200
    assert Process.objects.filter(code="GTI").count() == 1
