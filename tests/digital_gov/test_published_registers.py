"""The Registro de Activos de Información (7.1.1) and the Índice de Información Clasificada y
Reservada (7.1.2), generated from the information assets and published through the editorial
workflow: a reclassification reaches the public page when the Publicador approves it, and the page's
history shows it."""

from datetime import timedelta
from io import BytesIO

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.models import PageLogEntry

from digital_gov.transparency.models import TransparencyItemPage
from digital_gov.transparency.refresh import refresh_published_registers
from servicedesk.assets.classification import term_ends
from servicedesk.assets.models import Asset, InformationDetails
from servicedesk.assets.registers import INDEX_KEY, RAI_KEY
from servicedesk.assets.services import change_status, save_asset
from tests.factories.pages import TransparencyItemPageFactory, TransparencySectionPageFactory

pytestmark = pytest.mark.django_db

RESERVE = {
    "classification": "reservada",
    "legal_exception": "art19b",
    "legal_basis": "Ley 1712 de 2014, art. 19 lit. b",
    "legitimate_objective": "Proteger la infraestructura que atiende a la ciudadanía.",
    "scope": "total",
    # Relative to today, so the reserve is in force whenever the suite runs.
    "classified_on": timezone.localdate() - timedelta(days=30),
    "term_years": 5,
}


def _information(number, name, **rule):
    details = InformationDetails(
        category="Seguridad digital" if rule else "Planeación",
        description=f"Contenido de {name}.",
        file_format="PDF",
        owner_unit="Gestión de TIC",
        producer="Profesional de infraestructura",
        **rule,
    )
    details.full_clean(exclude=["asset"])
    asset = Asset(inventory_number=number, kind="informacion", name=name, status="en_uso")
    return save_asset(asset, by=None, information=details)


@pytest.fixture
def items(transparency):
    section = TransparencySectionPageFactory(parent=transparency, number="7", title="Datos abiertos")
    parent = TransparencyItemPageFactory(parent=section, number="7.1", title="Instrumentos")
    rai = TransparencyItemPageFactory(
        parent=parent, number="7.1.1", title="Registro de Activos de Información"
    )
    index = TransparencyItemPageFactory(
        parent=parent, number="7.1.2", title="Índice de Información Clasificada y Reservada"
    )
    for item, key in ((rai, RAI_KEY), (index, INDEX_KEY)):
        item.published_register = key
        item.save_revision().publish()
    return TransparencyItemPage.objects.get(pk=rai.pk), TransparencyItemPage.objects.get(pk=index.pk)


def _approve(client, publisher, page):
    """The Publicador approves the page's pending task in the admin, as in the workflow's e-mail."""
    task_state = TransparencyItemPage.objects.get(pk=page.pk).current_workflow_task_state
    assert task_state is not None, "the refreshed register waits for approval"
    client.force_login(publisher)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": "Revisado contra el inventario."},
    )
    assert response.status_code in (200, 302)
    client.logout()


def _public(client, page):
    return client.get(TransparencyItemPage.objects.get(pk=page.pk).url).content.decode()


def test_the_registers_match_the_information_assets_and_a_reclassification_goes_through_the_workflow(
    client, items, user_with_role, django_capture_on_commit_callbacks
):
    rai, index = items
    publisher, professional = user_with_role("publicador"), user_with_role("profesional_tic")
    _information("IDTI-INF-0001", "Plan estratégico de TI")
    topology = _information("IDTI-INF-0005", "Topología de red", **RESERVE)
    retired = _information("IDTI-INF-0009", "Manual antiguo")
    change_status(retired, to="de_baja", by=None)

    revisions = refresh_published_registers()
    assert len(revisions) == 2
    assert "Topología de red" not in _public(client, index)  # waiting for the Publicador
    for page in items:
        _approve(client, publisher, page)

    register = _public(client, rai)
    assert "Plan estratégico de TI" in register and "Topología de red" in register
    assert "Manual antiguo" not in register  # retired assets leave the register
    assert "Medio de conservación o soporte" in register and "Pública reservada" in register
    published_index = _public(client, index)
    assert "Topología de red" in published_index and "Plan estratégico de TI" not in published_index
    assert "Art. 19 b) Seguridad pública" in published_index
    ends = term_ends(RESERVE["classified_on"], 5)
    assert f"5 años, hasta el {ends:%d/%m/%Y}" in published_index

    # The XLSX is the approved table, cell for cell.
    download = client.get(reverse("transparency_register_xlsx", args=[index.pk]))
    assert download.status_code == 200
    sheet = load_workbook(BytesIO(download.content)).active
    values = [[cell for cell in row if cell is not None] for row in sheet.iter_rows(values_only=True)]
    header = next(row for row in values if row and row[0] == "Número")
    assert "Fundamento jurídico de la excepción" in header
    assert values[values.index(header) + 1][:3] == ["IDTI-INF-0005", "Seguridad digital", "Topología de red"]

    # Nothing changed: no new revision.
    assert refresh_published_registers() == []

    # The Profesional TIC lifts the reserve: a new revision waits for approval, then goes public.
    client.force_login(professional)
    details = InformationDetails.objects.get(asset=topology)
    form = {
        "inventory_number": topology.inventory_number,
        "name": topology.name,
        "criticality": "media",
        **{
            f"informacion-{field}": value
            for field, value in {
                "category": details.category,
                "description": details.description,
                "language": "Español",
                "medium": "electronico",
                "file_format": "PDF",
                "owner_unit": details.owner_unit,
                "producer": details.producer,
                "frequency": "permanente",
                "classification": "publica",
                "confidentiality": "media",
                "integrity": "media",
                "availability": "media",
            }.items()
        },
    }
    edit = reverse("assets_asset_edit", args=[topology.pk])
    refused = client.post(edit, form | {"informacion-legal_exception": "art19b"}).content.decode()
    assert "La información pública no lleva excepción" in refused
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(edit, form).status_code == 302
    client.logout()
    assert "Topología de red" in _public(client, index)  # still the approved version
    assert TransparencyItemPage.objects.get(pk=index.pk).workflow_in_progress

    _approve(client, publisher, index)
    assert "Topología de red" not in _public(client, index)
    assert "El registro no tiene filas por ahora." in _public(client, index)
    history = PageLogEntry.objects.filter(page=index, action="digital_gov.register_refreshed")
    assert history.count() == 2
    client.force_login(publisher)
    log = client.get(reverse("wagtailadmin_pages:history", args=[index.pk])).content.decode()
    assert "Registro publicado actualizado por el portal y enviado a aprobación" in log


def test_a_newer_change_replaces_the_submission_still_waiting(items):
    _rai, index = items
    _information("IDTI-INF-0005", "Topología de red", **RESERVE)
    refresh_published_registers(INDEX_KEY)
    first = TransparencyItemPage.objects.get(pk=index.pk).current_workflow_state
    _information("IDTI-INF-0006", "Claves de los servidores", **RESERVE)
    refresh_published_registers(INDEX_KEY)
    page = TransparencyItemPage.objects.get(pk=index.pk)
    first.refresh_from_db()
    assert first.status == "cancelled"
    assert page.current_workflow_state.pk != first.pk
    assert len(page.get_latest_revision_as_object().register_snapshot["rows"]) == 2


def test_a_register_not_published_has_no_download(client, items):
    rai, _index = items
    assert client.get(reverse("transparency_register_xlsx", args=[rai.pk])).status_code == 404
    rai.unpublish()
    assert client.get(reverse("transparency_register_xlsx", args=[rai.pk])).status_code == 404


def test_an_editor_choosing_the_register_in_the_page_editor_publishes_it_as_it_is_today(
    client, items, user_with_role
):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    _rai, index = items
    _information("IDTI-INF-0005", "Topología de red", **RESERVE)
    page = TransparencyItemPage.objects.get(pk=index.pk)
    client.force_login(user_with_role("editor"))
    data = nested_form_data(
        {
            "number": page.number,
            "title": page.title,
            "slug": page.slug,
            "applies": "on",
            "body": rich_text(""),
            "published_register": INDEX_KEY,
            "responsible_area": page.responsible_area,
            "update_frequency": "permanente",
            "last_updated": "2026-12-01",
            "documents": inline_formset([]),
            "links": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = TransparencyItemPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [row["nombre"] for row in draft.register_snapshot["rows"]] == ["Topología de red"]


def test_an_editors_submission_is_left_alone_and_a_draft_page_stays_a_draft(items, user_with_role):
    rai, index = items
    editor = user_with_role("editor")
    page = TransparencyItemPage.objects.get(pk=index.pk)
    page.save_revision(user=editor)
    own = page.get_workflow().start(page, editor)
    _information("IDTI-INF-0005", "Topología de red", **RESERVE)
    refresh_published_registers(INDEX_KEY)
    own.refresh_from_db()
    assert own.status == "in_progress"  # approving it publishes the latest revision, the register included
    assert (
        TransparencyItemPage.objects.get(pk=index.pk)
        .get_latest_revision_as_object()
        .register_snapshot["rows"]
    )

    rai.unpublish()
    refresh_published_registers(RAI_KEY)
    draft = TransparencyItemPage.objects.get(pk=rai.pk)
    assert not draft.live and not draft.workflow_in_progress
    assert draft.get_latest_revision_as_object().register_snapshot["rows"]
