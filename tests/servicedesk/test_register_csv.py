"""The ticket register's CSV export writes formula-looking titles as text; the XLSX keeps them text."""

import io

import pytest
from openpyxl import load_workbook

from tests.factories import UserFactory
from tests.portal.test_spreadsheets import PAYLOADS


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="admin-exportes", roles=["administrador"]))
    return client


@pytest.mark.django_db
def test_ticket_register_csv_neutralises_titles(admin_client, open_ticket):
    for payload in PAYLOADS:
        open_ticket(title=payload)
    response = admin_client.get("/admin/servicedesk/ticket/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    for payload in PAYLOADS:
        assert f"'{payload}" in text.replace('""', '"')
    lines = text.splitlines()[1:]
    assert not [line for line in lines if line.startswith(("=", "+", "-", "@"))]


@pytest.mark.django_db
def test_ticket_register_xlsx_keeps_formulas_as_text(admin_client, open_ticket):
    open_ticket(title=PAYLOADS[0])
    response = admin_client.get("/admin/servicedesk/ticket/?export=xlsx")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == PAYLOADS[0]]
    assert cells and all(cell.data_type == "s" for cell in cells)
