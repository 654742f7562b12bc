"""Files the governance registers cite (procedures, plans, control evidence) download for their readers.

They are never published by a page, so Wagtail's document view keeps them private; the process
sheet and the risk links lead to a view that checks the register instead.
"""

import re
from datetime import date

import pytest

from governance.documents.models import ControlledDocument, DocumentKind, DocumentVersion
from governance.risks.models import Control
from portal.demo.governance import seed_process
from portal.sample_pdf import sample_pdf
from tests.factories import DocumentFactory, ProcessFactory, RiskFactory, UserFactory

pytestmark = pytest.mark.django_db

PDF = sample_pdf("GTI-PR-01 Gestión de incidentes", ["Versión 1"])
READERS = ["profesional_tic", "gerente", "auditor", "administrador"]
OTHERS = ["tecnico", "editor", "publicador"]


@pytest.fixture
def procedure():
    """A process whose procedure GTI-PR-01 has one approved version (a private Wagtail document)."""
    process = ProcessFactory()
    controlled = ControlledDocument.objects.create(
        process=process, kind=DocumentKind.PROCEDURE, code="GTI-PR-01", title="Gestión de incidentes"
    )
    file = DocumentFactory(
        title="GTI-PR-01 Gestión de incidentes", file__data=PDF, file__filename="gti-pr-01.pdf"
    )
    DocumentVersion.objects.create(
        document=controlled, version="1", approved_on=date(2024, 3, 15), approved_by="Gerente", file=file
    )
    return process, file


def _procedure_link(client, process) -> str:
    html = client.get(f"/admin/governance/process/sheet/{process.pk}/").content.decode()
    match = re.search(r'<a href="([^"]+)">GTI-PR-01 Gestión de incidentes</a>', html)
    assert match, "the sheet links the procedure"
    return match.group(1)


def test_the_process_sheet_links_the_procedure_to_the_checked_download(client, procedure):
    process, file = procedure
    client.force_login(UserFactory(roles=["auditor"]))
    assert _procedure_link(client, process) == f"/admin/governance/documentos/{file.pk}/"


@pytest.mark.parametrize("role", READERS)
def test_every_governance_reader_downloads_the_procedure_from_the_sheet(client, procedure, role):
    process, _file = procedure
    client.force_login(UserFactory(roles=[role]))
    response = client.get(_procedure_link(client, process))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    # The stored name (storage may add a suffix to keep names unique).
    assert re.fullmatch(r'attachment; filename="gti-pr-01(_\w+)?\.pdf"', response["Content-Disposition"])
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("role", OTHERS)
def test_roles_that_do_not_read_governance_are_refused(client, procedure, role):
    _process, file = procedure
    client.force_login(UserFactory(roles=[role]))
    response = client.get(f"/admin/governance/documentos/{file.pk}/")
    assert response.status_code == 403
    assert PDF not in response.content


def test_a_staff_member_and_an_anonymous_visitor_never_get_the_file(client, procedure):
    _process, file = procedure
    url = f"/admin/governance/documentos/{file.pk}/"
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/admin/login/")
    client.force_login(UserFactory(roles=["funcionario"]))
    staff = client.get(url)
    assert staff.status_code == 302 and PDF not in staff.content


def test_a_document_no_register_cites_is_not_served_here(client):
    loose = DocumentFactory()
    client.force_login(UserFactory(roles=["administrador"]))
    assert client.get(f"/admin/governance/documentos/{loose.pk}/").status_code == 404
    assert client.get("/admin/governance/documentos/999999/").status_code == 404


def test_a_controls_evidence_downloads_from_the_risk_for_its_readers(client):
    risk = RiskFactory()
    evidence = DocumentFactory(title="Bitácora de copias", file__data=PDF, file__filename="bitacora.pdf")
    Control.objects.create(
        risk=risk,
        description="Revisión semanal de la bitácora de copias.",
        responsible="Profesional TIC",
        control_type="preventivo",
        implementation="manual",
        evidence_document=evidence,
    )
    client.force_login(UserFactory(roles=["gerente"]))
    html = client.get(f"/admin/governance/risk/inspect/{risk.pk}/").content.decode()
    url = f"/admin/governance/documentos/{evidence.pk}/"
    assert f'<a href="{url}">Bitácora de copias</a>' in html
    assert b"".join(client.get(url).streaming_content) == PDF
    client.force_login(UserFactory(roles=["tecnico"]))
    assert client.get(url).status_code == 403


def test_every_procedure_and_plan_of_the_demo_sheet_downloads_for_every_reader(client):
    process = seed_process()
    for role in READERS:
        client.force_login(UserFactory(username=f"lector-{role}", roles=[role]))
        html = client.get(f"/admin/governance/process/sheet/{process.pk}/").content.decode()
        links = re.findall(r'<a href="(/admin/governance/documentos/\d+/)">', html)
        assert len(links) == 10, role  # the plan and the nine procedures
        for url in links:
            response = client.get(url)
            assert response.status_code == 200, (role, url)
            assert b"".join(response.streaming_content).startswith(b"%PDF-")
