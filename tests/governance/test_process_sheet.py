"""The Gestión de TIC sheet: seeded exactly, rendered as the sheet, exported to XLSX."""

import io
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from governance.processes import gestion_tic
from governance.processes.sheet import build_rows
from portal.demo.governance import seed_process
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _activity(phase, number, order, **values):
    base = {"suppliers": "", "inputs": "", "responsible": "", "outputs": "", "clients": ""}
    return SimpleNamespace(
        phase=phase, number=number, sort_order=order, text=f"A{number}", **{**base, **values}
    )


def test_phase_cells_span_their_phase_and_empty_cells_join_the_one_above():
    rows = build_rows(
        [
            _activity("hacer", 1, 3, suppliers="Clientes", responsible="Profesional"),
            _activity("hacer", 2, 4),
            _activity("planear", 1, 0, suppliers="Consejo", responsible="Profesional"),
            _activity("hacer", 3, 5, responsible="Auditor"),
        ]
    )
    assert [row.phase for row in rows] == ["planear", "hacer", "hacer", "hacer"]
    assert rows[1].cells["phase"].rowspan == 3 and rows[2].cells["phase"] is None
    assert rows[1].cells["suppliers"].rowspan == 3
    assert rows[1].cells["responsible"].rowspan == 2 and rows[3].cells["responsible"].value == "Auditor"
    assert rows[2].cells["outputs"].value == ""  # outputs are never merged


def test_demo_process_has_the_13_activities_of_the_sheet():
    process = seed_process()
    activities = list(process.activities.order_by("sort_order"))
    assert len(activities) == 13
    assert [(a.phase, a.number) for a in activities] == [(p.value, n) for p, n, *_ in gestion_tic.ACTIVITIES]
    assert activities[0].suppliers == "Consejo Directivo"
    assert "aplicativos ¹" in activities[5].text
    assert process.footnotes == "¹ Incluye la página web."
    assert process.documents.filter(kind="procedimiento").count() == 9
    assert process.documents.filter(kind="plan").get().title.startswith("Plan Estratégico de Tecnologías")
    seed_process()
    assert process.activities.count() == 13  # idempotent


def test_sheet_page_shows_the_columns_and_every_activity(client):
    process = seed_process()
    client.force_login(UserFactory(roles=["auditor"]))
    html = client.get(f"/admin/governance/process/sheet/{process.pk}/").content.decode()
    for column in (
        "PROVEEDOR",
        "ENTRADA",
        "CICLO",
        "ACTIVIDADES CLAVES DEL PROCESO",
        "RESPONSABLE",
        "SALIDAS",
        "CLIENTE",
    ):
        assert f'<th scope="col">{column}</th>' in html
    for _phase, number, text, *_ in gestion_tic.ACTIVITIES:
        assert f"{number}. {text}" in html
    assert "Soporte Técnico TIC" in html and "Ver Normograma" in html


def test_sheet_xlsx_reproduces_the_sheet_row_for_row(client):
    process = seed_process()
    client.force_login(UserFactory(roles=["auditor"]))
    response = client.get(f"/admin/governance/process/sheet/{process.pk}/xlsx/")
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    sheet = book["Caracterización"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[:2] == ["PROVEEDOR", "ENTRADA"])
    body = values[header + 1 : header + 14]
    for row, (_phase, number, text, suppliers, inputs, _responsible, outputs, _clients) in zip(
        body, gestion_tic.ACTIVITIES, strict=True
    ):
        assert row[3] == f"{number}. {text}"
        assert row[5] == (outputs or None)
        if suppliers:
            assert row[0] == suppliers and row[1] == inputs
    merged = {str(r) for r in sheet.merged_cells.ranges}
    first = header + 2  # openpyxl rows are 1-based
    assert f"C{first}:C{first + 2}" in merged  # PLANEAR spans its three activities
    assert f"C{first + 3}:C{first + 9}" in merged  # HACER spans seven
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0  # one page wide, as many pages tall as needed
    assert sheet["A2"].value == "CARACTERIZACIÓN DEL PROCESO — GESTIÓN DE TIC"


def test_who_may_see_the_sheet(client):
    process = seed_process()
    for role, allowed in (("gerente", True), ("profesional_tic", True), ("editor", False)):
        client.force_login(UserFactory(username=f"u-{role}", roles=[role]))
        response = client.get(f"/admin/governance/process/sheet/{process.pk}/xlsx/")
        assert (response.status_code == 200) is allowed, role
