"""GLPI's inventory into the portal: a CSV list export and the REST API (a local server that answers
as GLPI's ``apirest.php``), matched by inventory number or serial, so a second import changes nothing."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import CommandError, call_command

from servicedesk.assets.models import Asset, Location
from servicedesk.assets.services import save_asset
from tests.factories import UserFactory
from tests.servicedesk.monitoring.servers import http_server

pytestmark = pytest.mark.django_db

CSV = (
    "sep=;\n"
    "Nombre;Número de serie;Número de inventario;Fabricante;Modelo;Tipo;Localización;Usuario;Estado;ID\n"
    "PC-CONTA-01;5CD1234XYZ;IDTI-000101;HP;ProDesk 400;Escritorio;"
    "Sede principal > Bloque A > 1 > Contabilidad;mlopez;En uso;11\n"
    "PORTATIL-TIC;PF3ABC12;;Lenovo;ThinkPad T14;Portátil;Sede principal > Bloque A > 2 > Sistemas;nadie;"
    "En bodega;12\n"
    "SRV-VIRT-01;CZ2000XYZ;idti srv 0002;Dell;PowerEdge R650;Servidor;;;En uso;13\n"
).encode("cp1252")


def test_a_glpi_csv_export_is_imported_once(tmp_path):
    UserFactory(username="mlopez")
    path = tmp_path / "computadores.csv"
    path.write_bytes(CSV)
    out = StringIO()
    call_command("import_glpi_assets", "--csv", str(path), "--tipo", "Computer", stdout=out)
    assert "creados: 3; actualizados: 0; iguales: 0" in out.getvalue()
    assert "el usuario «nadie» de GLPI no existe en el portal" in out.getvalue()

    pc = Asset.objects.get(inventory_number="IDTI-000101")
    assert (pc.kind, pc.brand, pc.model_name, pc.serial, pc.custodian.username, pc.status) == (
        "escritorio",
        "HP",
        "ProDesk 400",
        "5CD1234XYZ",
        "mlopez",
        "en_uso",
    )
    assert str(pc.location) == "Sede principal · Bloque A · 1 · Contabilidad"
    laptop = Asset.objects.get(serial="PF3ABC12")
    assert (laptop.inventory_number, laptop.kind, laptop.status) == (
        "GLPI-PC-000012",
        "portatil",
        "en_bodega",
    )
    assert Asset.objects.get(inventory_number="IDTI-SRV-0002").kind == "servidor"

    again = StringIO()
    call_command("import_glpi_assets", "--csv", str(path), "--tipo", "Computer", stdout=again)
    assert "creados: 0; actualizados: 0; iguales: 3" in again.getvalue()
    assert Asset.objects.count() == 3 and Location.objects.count() == 2


def test_an_asset_already_in_the_portal_is_matched_by_serial_and_updated(tmp_path):
    save_asset(
        Asset(inventory_number="IDTI-999999", kind="escritorio", name="Viejo", serial="5CD1234XYZ"), by=None
    )
    path = tmp_path / "computadores.csv"
    path.write_bytes(CSV)
    out = StringIO()
    call_command("import_glpi_assets", "--csv", str(path), "--tipo", "Computer", stdout=out)
    assert "creados: 2; actualizados: 1" in out.getvalue()
    assert Asset.objects.get(serial="5CD1234XYZ").name == "PC-CONTA-01"


def test_an_export_without_ids_imports_what_it_can_recognise_again(tmp_path):
    path = tmp_path / "sin-id.csv"
    path.write_text(
        "Nombre;Número de serie;Número de inventario\nPC-1;SN-1;IDTI-000555\nPC-2;SN-2;\n", encoding="utf-8"
    )
    out = StringIO()
    call_command("import_glpi_assets", "--csv", str(path), "--tipo", "Computer", stdout=out)
    assert "creados: 1;" in out.getvalue()
    assert "PC-2" in out.getvalue() and "exporte la lista con la columna ID" in out.getvalue()
    assert list(Asset.objects.values_list("inventory_number", flat=True)) == ["IDTI-000555"]


def test_a_file_that_is_not_a_glpi_export_is_refused_in_spanish(tmp_path):
    path = tmp_path / "otra.csv"
    path.write_text("a;b\n1;2\n")
    with pytest.raises(CommandError, match="no parece una exportación de GLPI"):
        call_command("import_glpi_assets", "--csv", str(path), "--tipo", "Computer", stdout=StringIO())
    with pytest.raises(CommandError, match="indique un --tipo"):
        call_command("import_glpi_assets", "--csv", str(path), stdout=StringIO())


ITEMS = {
    "Computer": [
        {
            "id": 1,
            "name": "PC-RECEPCION",
            "serial": "SN-1",
            "otherserial": "IDTI-000301",
            "manufacturers_id": "Lenovo",
            "computermodels_id": "ThinkCentre M70",
            "computertypes_id": "Desktop",
            "locations_id": "Sede principal > Bloque A",
            "users_id": 0,
            "states_id": "En uso",
            "comment": None,
        }
    ],
    "NetworkEquipment": [
        {"id": 4, "name": "SW-CORE", "serial": "FOC123", "otherserial": "", "manufacturers_id": "Cisco"}
    ],
    "Printer": [{"id": 9, "name": "IMP-PISO-2", "serial": "PRN9", "otherserial": "IDTI-IMP-0009"}],
    "Software": [{"id": 2, "name": "Microsoft Office 2021", "serial": "", "otherserial": ""}],
}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802 - http.server's name
        url = urlsplit(self.path)
        endpoint = url.path.rsplit("/", 1)[-1]
        if endpoint in ("initSession", "killSession"):
            return self.answer(200, {"session_token": "s1"} if endpoint == "initSession" else {})
        if self.headers.get("Session-Token") != "s1":
            return self.answer(401, ["ERROR_SESSION_TOKEN_INVALID", "sesión"])
        query = parse_qs(url.query)
        assert query.get("expand_dropdowns") == ["true"]
        items = ITEMS[endpoint]
        start, end = (int(part) for part in query["range"][0].split("-"))
        page = items[start : end + 1]
        headers = {"Content-Range": f"{start}-{start + len(page) - 1}/{len(items)}"}
        return self.answer(200, page, headers)

    def answer(self, status, body, headers=None):
        content = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(content)


@pytest.fixture
def glpi(settings):
    with http_server(Handler) as (_server, base_url):
        settings.GLPI_API_URL = f"{base_url}/apirest.php"
        settings.GLPI_USER_TOKEN = "token"
        yield


def test_the_api_brings_computers_network_equipment_printers_and_software_once(glpi):
    out = StringIO()
    call_command("import_glpi_assets", "--api", stdout=out)
    assert "creados: 4" in out.getvalue()
    kinds = dict(Asset.objects.values_list("inventory_number", "kind"))
    assert kinds == {
        "IDTI-000301": "escritorio",
        "GLPI-RED-000004": "red",
        "IDTI-IMP-0009": "impresora",
        "GLPI-SW-000002": "software",
    }
    assert Asset.objects.get(inventory_number="IDTI-000301").model_name == "ThinkCentre M70"
    again = StringIO()
    call_command("import_glpi_assets", "--api", "--tipo", "Printer", stdout=again)
    assert "creados: 0; actualizados: 0; iguales: 1" in again.getvalue()
