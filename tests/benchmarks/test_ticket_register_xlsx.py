"""Benchmark: the ticket register's XLSX of 100,000 tickets (budget: < 10 s, xlsxwriter constant_memory).

Runs on whichever database the suite uses (SQLite by default, PostgreSQL with ``DATABASE_URL``).
"""

import io
import time
import tracemalloc
import zipfile

import pytest
from django.db import connection

from tests.benchmarks.test_ticket_statistics import TICKETS, create_tickets
from tests.factories import UserFactory

BUDGET_SECONDS = 10.0


@pytest.mark.django_db
def test_register_xlsx_of_100000_tickets(client):
    create_tickets()
    client.force_login(UserFactory(roles=["auditor"]))

    client.get("/admin/servicedesk/ticket/?export=xlsx&cola=mios")  # warm up: templates, connection (no rows)
    started = time.perf_counter()
    response = client.get("/admin/servicedesk/ticket/?export=xlsx")
    seconds = time.perf_counter() - started

    # Memory in a second, untimed run: tracing every allocation slows Python down several times.
    tracemalloc.start()
    client.get("/admin/servicedesk/ticket/?export=xlsx")
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    size = len(response.content) / 1024 / 1024
    print(
        f"\nXLSX del registro de {TICKETS:,} casos ({connection.vendor}): {seconds:.2f} s, "
        f"{size:.1f} MiB, pico de memoria de Python {peak / 1024 / 1024:.0f} MiB"
    )

    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b"<row ") == TICKETS + 4  # three header lines and the headings
    assert seconds < BUDGET_SECONDS
