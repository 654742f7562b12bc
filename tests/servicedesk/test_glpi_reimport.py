"""Importing again: the same file changes nothing, a changed row updates exactly its ticket."""

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from portal.business_calendar import BOGOTA
from servicedesk.glpi.csv_source import CsvSource
from servicedesk.glpi.importer import run_import
from servicedesk.tickets.models import Ticket, TicketCategory, TicketStatusChange

pytestmark = pytest.mark.django_db

SPANISH = Path(__file__).parent / "data" / "glpi_tickets_es.csv"


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


def snapshot():
    tickets = {t.glpi_id: (t.pk, t.updated_at, t.status) for t in Ticket.objects.all()}
    history = sorted(TicketStatusChange.objects.values_list("pk", "ticket_id", "status", "at"))
    return tickets, history


def edit_row(path: Path, old: str, new: str) -> None:
    text = path.read_bytes().decode("cp1252")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("cp1252"))


def test_importing_the_same_file_twice_changes_nothing_the_second_time():
    first = run_import(CsvSource(SPANISH))
    before = snapshot()
    categories = TicketCategory.objects.count()

    second = run_import(CsvSource(SPANISH))

    assert (first.created, first.updated, first.skipped) == (5, 0, 0)
    assert (second.created, second.updated, second.skipped, second.failed) == (0, 0, 5, 0)
    assert second.status == "correcta"
    assert snapshot() == before
    assert TicketCategory.objects.count() == categories


def test_a_changed_status_updates_exactly_that_ticket_and_its_clocks(tmp_path):
    path = tmp_path / "export.csv"
    shutil.copy(SPANISH, path)
    run_import(CsvSource(path))
    tickets_before, history_before = snapshot()
    screen = Ticket.objects.get(glpi_id=1236)
    assert screen.status == "en_espera" and screen.solved_at is None

    edit_row(
        path,
        'En espera;16-03-2026 11:00;17-03-2026 15:20;Muy alta;"Ruiz, Carlos";;Hardware > Computadores;'
        "Incidente;Muy alta;Alta;;;",
        'Resuelto;16-03-2026 11:00;18-03-2026 10:00;Muy alta;"Ruiz, Carlos";;Hardware > Computadores;'
        "Incidente;Muy alta;Alta;18-03-2026 10:00;;",
    )
    run = run_import(CsvSource(path))

    assert (run.created, run.updated, run.skipped, run.failed) == (0, 1, 4, 0)
    tickets_after, history_after = snapshot()
    changed = {glpi_id for glpi_id in tickets_before if tickets_before[glpi_id] != tickets_after[glpi_id]}
    assert changed == {1236}
    untouched = [row for row in history_before if row[1] != screen.pk]
    assert [row for row in history_after if row[1] != screen.pk] == untouched

    screen.refresh_from_db()
    assert screen.status == "resuelto" and screen.solved_at == at(2026, 3, 18, 10)
    assert list(screen.status_changes.values_list("status", flat=True)) == ["nuevo", "resuelto"]
    # Stopped at the solution: Monday 11-17 (5 h), Tuesday (8 h), Wednesday 8-10 (2 h).
    assert screen.resolve_seconds == 15 * 3600 and screen.resolve_due_at is None
    assert screen.resolve_breached is True and screen.sla_alert == ""


def test_a_malformed_row_fails_alone_with_a_spanish_message(tmp_path):
    path = tmp_path / "export.csv"
    shutil.copy(SPANISH, path)
    edit_row(
        path, "Software;Solicitud;Baja;Baja;05-03-2026 16:40", "Software;Solicitud;Baja;Baja;35-03-2026 16:40"
    )
    edit_row(path, "1 238;", "ABC;")

    run = run_import(CsvSource(path))

    assert (run.created, run.failed) == (3, 2)
    assert run.status == "con_errores"
    assert run.errors == [
        {"glpi_id": "1 237", "message": "Fecha no válida en «Fecha de solución»: «35-03-2026 16:40»."},
        {"glpi_id": "ABC", "message": "ID de GLPI no válido: «ABC»."},
    ]
    assert set(Ticket.objects.values_list("glpi_id", flat=True)) == {1234, 1235, 1236}


def test_a_ticket_the_database_refuses_is_counted_and_rolled_back(tmp_path, monkeypatch):
    from servicedesk.glpi import importer

    def broken_history(record):
        if record.glpi_id == 1235:
            raise ValueError("Historial imposible")
        return original(record)

    original = importer.status_history
    monkeypatch.setattr(importer, "status_history", broken_history)

    run = run_import(CsvSource(SPANISH))

    assert (run.created, run.failed) == (4, 1)
    assert run.errors == [{"glpi_id": "1235", "message": "Historial imposible"}]
    assert not Ticket.objects.filter(glpi_id=1235).exists()
    assert not TicketCategory.objects.filter(name="Cuentas y accesos").exists()  # rolled back with it
