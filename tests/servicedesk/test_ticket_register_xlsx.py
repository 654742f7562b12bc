"""The ticket register's XLSX: institutional sheet, Spanish labels, the list's filters, who may export."""

import io
from datetime import datetime, timedelta

import openpyxl
import pytest
from django.utils import timezone

from servicedesk.models import Ticket
from servicedesk.tickets import services
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

EXPORT = "/admin/servicedesk/ticket/?export=xlsx"


def _sheet(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="casos-mesa-de-servicios.xlsx"' in response["Content-Disposition"]
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


def _table(sheet):
    """Headings and rows below the institutional header (the headings are on the first bold row)."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Número")
    return rows[start], rows[start + 1 :]


def test_every_ticket_in_a_row_with_spanish_labels(client, desk, open_ticket):
    taken = open_ticket(title="Impresora atascada", urgency="alta")
    services.take(ticket=taken, by=desk.technician)
    waiting = open_ticket(title="Sin red", ticket_type="requerimiento")
    client.force_login(desk.technician)

    sheet = _sheet(client.get(EXPORT))
    headings, rows = _table(sheet)

    assert sheet.title == "Casos"
    assert "REGISTRO DE CASOS DE LA MESA DE SERVICIOS" in [c.value for c in sheet[2]]
    assert headings[:4] == ("Número", "Tipo", "Título", "Estado")
    assert "Incumplió ANS para resolver" in headings and "ID en GLPI" in headings
    by_number = {row[0]: dict(zip(headings, row, strict=True)) for row in rows}
    assert set(by_number) == {taken.pk, waiting.pk}
    first = by_number[taken.pk]
    assert first["Tipo"] == "Incidente" and first["Estado"] == "En curso"
    assert first["Urgencia"] == "Alta" and first["Canal"] == "Intranet (catálogo de servicios)"
    assert first["Servicio"] == desk.service.title and first["Categoría"] == "Hardware > Computadores"
    assert first["Solicitante"] == desk.requester.get_full_name()
    assert first["Técnico"] == desk.technician.get_full_name() and first["Grupo"] == "Mesa de ayuda"
    assert isinstance(first["Apertura"], datetime) and isinstance(first["Tomado"], datetime)
    # Dates in Bogota's wall-clock time (PostgreSQL hands them over as serial numbers already).
    opened = timezone.localtime(Ticket.objects.get(pk=taken.pk).opened_at).replace(tzinfo=None)
    assert abs(first["Apertura"] - opened) < timedelta(seconds=1)
    assert first["Resuelto"] is None and first["Incumplió ANS para resolver"] == "No"
    assert by_number[waiting.pk]["Tipo"] == "Requerimiento" and by_number[waiting.pk]["Técnico"] is None


def test_the_export_follows_the_queue_filter(client, desk, open_ticket):
    mine = open_ticket(title="Mío")
    services.take(ticket=mine, by=desk.technician)
    open_ticket(title="De nadie")
    client.force_login(desk.technician)

    _headings, rows = _table(_sheet(client.get(EXPORT + "&cola=mios")))

    assert [row[0] for row in rows] == [mine.pk]


def test_a_requester_typed_by_hand_is_named(client, desk):
    ticket = services.open_ticket(
        title="Llamada", description="x", ticket_type="incidente", requester_name="Ciudadana por teléfono"
    )
    client.force_login(UserFactory(roles=["auditor"]))

    headings, rows = _table(_sheet(client.get(EXPORT)))

    assert dict(zip(headings, rows[0], strict=True))["Solicitante"] == "Ciudadana por teléfono"
    assert rows[0][0] == ticket.pk


def test_queries_do_not_grow_with_the_tickets(client, desk, open_ticket, django_assert_max_num_queries):
    template = open_ticket()
    fields = {
        f.attname: getattr(template, f.attname)
        for f in Ticket._meta.concrete_fields
        if f.attname not in ("id", "submission_key", "glpi_id")
    }
    Ticket.objects.bulk_create(Ticket(**fields) for _ in range(300))
    client.force_login(desk.technician)
    client.get(EXPORT)  # warm up: permissions, site settings
    with django_assert_max_num_queries(20):
        headings, rows = _table(_sheet(client.get(EXPORT)))
    assert len(rows) == 301


@pytest.mark.parametrize("role", ["funcionario", "editor"])
def test_who_does_not_read_tickets_cannot_export(client, desk, open_ticket, role):
    open_ticket()
    client.force_login(UserFactory(roles=[role]))
    response = client.get(EXPORT)
    assert response.status_code in (302, 403)
    assert not response["Content-Type"].startswith("application/vnd.openxmlformats")
