"""Importing the inventory from XLSX and CSV: everything checked first, Spanish problems per row,
nothing saved from a file with a bad row, and the same file twice changes nothing the second time."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from servicedesk.assets.imports import COLUMNS
from servicedesk.assets.models import Asset, Location

pytestmark = pytest.mark.django_db

IMPORT = "/admin/inventario/importar/"
HEADER = [
    "Número de inventario",
    "Tipo",
    "Nombre",
    "Serial",
    "Sede",
    "Oficina",
    "Custodio (usuario)",
    "Estado",
]
HEADER += ["Fecha de adquisición", "Valor de adquisición", "Criticidad", "Memoria RAM (GB)", "Dirección IP"]


def _xlsx(rows, header=HEADER) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("inventario.xlsx", output.getvalue())


GOOD = [
    [
        "idti-000101",
        "Computador portátil",
        "Portátil de Lucía",
        "PF3A01",
        "Sede principal",
        "Sistemas",
        "funcionaria.ana",
        "Asignado",
        "2026-03-15",
        "3.500.000",
        "baja",
        "16",
        "",
    ],
    [
        "IDTI-000102",
        "servidor",
        "Servidor de archivos",
        "SRV0102",
        "Sede principal",
        "Centro de datos",
        "",
        "en uso",
        "15/01/2024",
        28000000,
        "Alta",
        "128",
        "10.10.0.40",
    ],
]


def _import(client, upload):
    return client.post(IMPORT, {"archivo": upload}).content.decode()


def test_the_same_file_twice_creates_then_changes_nothing(client, user_with_role):
    from tests.factories import UserFactory

    UserFactory(username="funcionaria.ana", roles=["funcionario"])
    client.force_login(user_with_role("profesional_tic"))
    first = _import(client, _xlsx(GOOD))
    assert "Importado: 2 creados, 0 actualizados, 0 sin cambios." in first
    laptop = Asset.objects.get(inventory_number="IDTI-000101")
    assert (laptop.kind, laptop.status, laptop.custodian.username, laptop.attributes) == (
        "portatil",
        "asignado",
        "funcionaria.ana",
        {"ram_gb": 16},
    )
    assert str(laptop.acquisition_value) == "3500000.00" and laptop.criticality == "baja"
    server = Asset.objects.get(inventory_number="IDTI-000102")
    assert (
        server.attributes == {"ram_gb": 128, "direccion_ip": "10.10.0.40"} and server.acquired_on.year == 2024
    )
    assert Location.objects.count() == 2
    assert "Importado: 0 creados, 0 actualizados, 2 sin cambios." in _import(client, _xlsx(GOOD))
    assert laptop.status_changes.count() == 1  # the second import recorded nothing

    renamed = [["IDTI-000101", "portatil", "Portátil de Lucía Gómez"]]
    assert "Importado: 0 creados, 1 actualizados, 0 sin cambios." in _import(
        client, _xlsx(renamed, HEADER[:3])
    )
    laptop.refresh_from_db()
    assert laptop.name == "Portátil de Lucía Gómez" and laptop.custodian is not None  # other columns kept


def test_a_file_with_bad_rows_saves_nothing_and_names_each_problem_in_spanish(client, user_with_role):
    client.force_login(user_with_role("tecnico"))
    rows = [
        GOOD[1][:6] + ["", "en uso", "", "", "", "", ""],
        ["IDTI 7", "portatil", "Sin número válido"] + [""] * 10,
        ["IDTI-000104", "nevera", "Tipo que no existe"] + [""] * 10,
        ["IDTI-000105", "software", "Licencias"] + [""] * 10,
        [
            "IDTI-000106",
            "portatil",
            "",
            "",
            "",
            "",
            "nadie",
            "perdido",
            "ayer",
            "mucho",
            "extrema",
            "dieciséis",
            "",
        ],
        ["IDTI-000102", "servidor", "Repetido"] + [""] * 10,
    ]
    page = _import(client, _xlsx(rows))
    for problem in (
        "El archivo tiene 11 problemas; no se guardó nada:",
        "Fila 3: el número de inventario «IDTI 7» no es válido (mayúsculas, números y guiones).",
        "Fila 4: el tipo «nevera» no existe.",
        "Fila 5: usted no gestiona activos de tipo «Software o licencia».",
        "Fila 6: falta el nombre.",
        "Fila 6: el estado «perdido» no existe.",
        "Fila 6: la criticidad «extrema» no existe (alta, media o baja).",
        "Fila 6: no hay un usuario «nadie» para custodio.",
        "Fila 6: «ayer» no es una fecha (AAAA-MM-DD o DD/MM/AAAA).",
        "Fila 6: «mucho» no es un valor en pesos.",
        "Fila 6: Memoria RAM (GB): Escriba un número entero (p. ej. 16).",
        "Fila 7: el número de inventario IDTI-000102 ya está en la fila 2.",
    ):
        assert problem in page, problem
    assert not Asset.objects.exists()


def test_a_csv_with_semicolons_imports_too_and_other_files_are_refused(client, user_with_role):
    client.force_login(user_with_role("tecnico"))
    text = "Número de inventario;Tipo;Nombre;Serial\nIDTI-000201;Impresora;Impresora de gerencia;CN123\n"
    csv_file = SimpleUploadedFile("inventario.csv", text.encode("utf-8-sig"))
    assert "Importado: 1 creados" in _import(client, csv_file)
    assert Asset.objects.get().kind == "impresora"
    serial_taken = "Número de inventario;Tipo;Nombre;Serial\nIDTI-000202;Impresora;Otra;CN123\n"
    page = _import(client, SimpleUploadedFile("inventario.csv", serial_taken.encode()))
    assert "Fila 2: el serial CN123 ya es del activo IDTI-000201." in page
    assert "El tipo de archivo «pdf» no está permitido" in _import(
        client, SimpleUploadedFile("inventario.pdf", b"%PDF-1.4 x")
    )
    assert "La primera fila debe tener los títulos de las columnas" in _import(
        client, SimpleUploadedFile("otro.csv", b"a;b\n1;2\n")
    )


def test_the_template_has_every_column_and_reimports_cleanly(client, user_with_role):
    client.force_login(user_with_role("profesional_tic"))
    response = client.get("/admin/inventario/plantilla.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    header = [cell.value for cell in sheet[1]]
    assert header[: len(COLUMNS)] == list(COLUMNS) and "Memoria RAM (GB)" in header
    upload = SimpleUploadedFile("plantilla.xlsx", response.content)
    assert "Importado: 1 creados" in _import(client, upload)
    assert Asset.objects.get().attributes == {"ram_gb": 16}
