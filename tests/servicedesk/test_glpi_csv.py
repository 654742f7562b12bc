"""Importing GLPI's CSV export of the ticket list: encodings, separators, labels, people, categories."""

from datetime import datetime
from pathlib import Path

import pytest

from portal.business_calendar import BOGOTA
from servicedesk.glpi.csv_source import CsvSource
from servicedesk.glpi.importer import run_import
from servicedesk.glpi.models import GlpiImportRun
from servicedesk.glpi.records import GlpiError
from servicedesk.tickets.models import SupportGroup, Ticket, TicketCategory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
SPANISH = DATA / "glpi_tickets_es.csv"  # ";" and Windows-1252, dates DD-MM-YYYY
ENGLISH = DATA / "glpi_tickets_en.csv"  # "," and UTF-8 with BOM, dates YYYY-MM-DD


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


@pytest.fixture
def people():
    return {
        "maria": UserFactory(username="mlopez", first_name="María", last_name="López"),
        "ana": UserFactory(username="aperez", first_name="Ana", last_name="Pérez Gómez"),
        "tech": UserFactory(username="jtecnico", first_name="Julián", last_name="Técnico"),
    }


def test_spanish_windows_1252_export_is_imported(people):
    run = run_import(CsvSource(SPANISH))

    assert (run.created, run.updated, run.skipped, run.failed) == (5, 0, 0, 0)
    assert run.status == "correcta" and run.source == "csv" and run.source_name == "glpi_tickets_es.csv"
    assert run.finished_at is not None

    printer = Ticket.objects.get(glpi_id=1234)
    assert printer.title == "Impresora; bandeja 2 atascada"
    assert printer.description == printer.title  # the list export has no description column
    assert (printer.status, printer.ticket_type, printer.channel) == ("nuevo", "incidente", "telefono")
    assert (printer.urgency, printer.impact, printer.priority) == ("media", "baja", 3)
    assert printer.opened_at == at(2026, 3, 14, 9, 32)
    assert printer.requester == people["maria"] and printer.requester_name == ""
    assert printer.category.full_name == "Hardware > Impresoras"

    account = Ticket.objects.get(glpi_id=1235)
    assert (account.status, account.ticket_type, account.channel) == ("asignado", "requerimiento", "correo")
    assert account.requester == people["ana"]  # "Pérez Gómez Ana": GLPI's "Last First"
    assert account.technician == people["tech"]

    screen = Ticket.objects.get(glpi_id=1236)
    assert screen.status == "en_espera" and screen.channel == "presencial"
    assert screen.requester is None and screen.requester_name == "Ruiz, Carlos"
    assert (screen.urgency, screen.impact, screen.priority) == ("alta", "alta", 1)

    software = Ticket.objects.get(glpi_id=1237)
    assert software.status == "resuelto" and software.solved_at == at(2026, 3, 5, 16, 40)
    assert software.requester_name == "usuario.externo@correo.example" and software.channel == "escrito"
    assert software.category.full_name == "Software" and software.category.parent is None

    network = Ticket.objects.get(glpi_id=1238)
    assert network.status == "cerrado" and network.priority == 1  # "Mayor"
    assert network.closed_at == at(2026, 3, 6, 9) and network.channel == "intranet"


def test_categories_are_created_as_a_hierarchy_once():
    run_import(CsvSource(SPANISH))
    run_import(CsvSource(ENGLISH))

    leaf = TicketCategory.objects.get(full_name="Redes > Conectividad > Sede norte")
    assert leaf.parent.full_name == "Redes > Conectividad" and leaf.parent.parent.name == "Redes"
    assert TicketCategory.objects.filter(name="Hardware", parent=None).count() == 1
    assert TicketCategory.objects.filter(full_name="Hardware > Impresoras").count() == 1
    assert set(TicketCategory.objects.get(name="Hardware").children.values_list("name", flat=True)) == {
        "Impresoras",
        "Computadores",
        "Laptops",
    }


def test_english_utf8_bom_export_with_commas_is_imported(people):
    run = run_import(CsvSource(ENGLISH))

    assert (run.created, run.failed) == (4, 0)
    vpn = Ticket.objects.get(glpi_id=2001)
    assert vpn.requester == people["maria"]  # by e-mail
    assert (vpn.status, vpn.channel, vpn.category.full_name) == ("asignado", "correo", "Network > VPN")
    assert vpn.opened_at == at(2026, 3, 10, 8)

    laptop = Ticket.objects.get(glpi_id=2002)
    assert laptop.title == "New laptop, for the director"
    assert laptop.requester == people["ana"]  # "Ana Pérez Gómez": first name first
    assert (laptop.ticket_type, laptop.status, laptop.channel) == ("requerimiento", "resuelto", "intranet")

    toner = Ticket.objects.get(glpi_id=2003)
    assert toner.requester_name == "someone" and toner.requester is None

    reset = Ticket.objects.get(glpi_id=2004)
    assert reset.status == "en_espera" and reset.channel == "otro" and reset.category is None
    assert reset.requester_name == "Sin solicitante en GLPI"
    assert reset.priority == 5


def test_imported_history_and_clocks(people):
    run_import(CsvSource(SPANISH))

    network = Ticket.objects.get(glpi_id=1238)
    history = list(network.status_changes.values_list("status", "at"))
    assert history == [
        ("nuevo", at(2026, 3, 3, 14)),
        ("resuelto", at(2026, 3, 3, 17, 30)),
        ("cerrado", at(2026, 3, 6, 9)),
    ]
    # Priority 1 has 4 business hours to resolve; Tuesday 14:00 → 17:30 took 3 h.
    assert network.resolve_seconds == 3 * 3600 and network.resolve_breached is False
    assert network.own_seconds == 3 * 3600 and network.own_breached is True  # 15 min to take it
    assert network.sla_alert == ""

    screen = Ticket.objects.get(glpi_id=1236)
    assert list(screen.status_changes.values_list("status", flat=True)) == ["nuevo", "asignado", "en_espera"]
    assert screen.status_changes.last().note == "Importado de GLPI (fecha estimada)"
    # Paused since Tuesday 15:20: Monday 11-12 and 13-17, Tuesday 8-12 and 13-15:20.
    assert screen.resolve_seconds == 11 * 3600 + 20 * 60 and screen.resolve_due_at is None
    assert screen.sla_notified == screen.sla_alert  # the import mails no historical breach

    waiting_printer = Ticket.objects.get(glpi_id=1234)
    assert waiting_printer.own_due_at is not None and waiting_printer.resolve_due_at is not None


def test_requester_is_matched_by_username_email_or_unique_name_only():
    UserFactory(username="otra", first_name="Ana", last_name="Pérez Gómez")
    UserFactory(username="otra2", first_name="Ana", last_name="Pérez Gómez")
    run_import(CsvSource(SPANISH))

    account = Ticket.objects.get(glpi_id=1235)
    assert account.requester is None and account.requester_name == "Pérez Gómez Ana"  # two people match


def test_technician_outside_the_assigned_group_is_left_out(tmp_path, people):
    group = SupportGroup.objects.create(name="Redes")
    text = SPANISH.read_bytes().decode("cp1252")
    text = text.replace("Asignado a - Técnico;", "Asignado a - Técnico;Asignado a - Grupo de técnicos;")
    text = text.replace(";jtecnico;", ";jtecnico;Redes;").replace(";;Hardware", ";;;Hardware")
    text = text.replace(";;Software", ";;;Software")
    path = tmp_path / "grupo.csv"
    path.write_bytes(text.encode("cp1252"))

    run = run_import(CsvSource(path))

    assert run.failed == 0
    network = Ticket.objects.get(glpi_id=1238)
    assert network.group == group and network.technician is None
    group.members.add(people["tech"])
    Ticket.objects.filter(glpi_id=1238).update(title="otro")  # force an update on the next run
    run_import(CsvSource(path))
    network.refresh_from_db()
    assert network.group == group and network.technician == people["tech"]


def test_a_file_that_is_not_a_glpi_export_fails_the_run(tmp_path):
    path = tmp_path / "otra_cosa.csv"
    path.write_text("nombre;valor\nuno;1\n", encoding="utf-8")

    with pytest.raises(GlpiError, match="no parece una exportación de casos de GLPI"):
        run_import(CsvSource(path))

    run = GlpiImportRun.objects.get()
    assert run.status == "fallida" and "no parece" in run.errors[0]["message"]
    assert run.finished_at is not None


def test_since_keeps_only_rows_updated_from_then_on():
    run = run_import(CsvSource(SPANISH, since=at(2026, 3, 14)))

    assert run.created == 3
    assert set(Ticket.objects.values_list("glpi_id", flat=True)) == {1234, 1235, 1236}


def test_excel_separator_line_and_month_first_dates(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text(
        "sep=,\nID,Title,Status,Opening date,Type\n"
        "7,Monitor flickers,New,03-14-2026 09:32,Incident\n"
        "8,Mouse,New,03-02-2026 10:00,Incident\n",
        encoding="latin-1",
    )

    run = run_import(CsvSource(path))

    assert (run.created, run.failed) == (2, 0)
    assert Ticket.objects.get(glpi_id=7).opened_at == at(2026, 3, 14, 9, 32)
    assert Ticket.objects.get(glpi_id=8).opened_at == at(2026, 3, 2, 10)  # March 2nd, like its neighbour
