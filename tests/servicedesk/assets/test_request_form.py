"""The request form's "número de inventario" resolves to the asset: the ticket is linked to it, an
unknown number is refused in Spanish and nothing is filed, and the equipment the person holds is
offered as suggestions."""

import uuid

import pytest

from servicedesk.assets.assignments import check_out
from servicedesk.assets.models import Asset
from servicedesk.assets.services import save_asset
from servicedesk.catalog.models import ServiceFormField
from servicedesk.models import Ticket

pytestmark = pytest.mark.django_db


@pytest.fixture
def form(desk):
    field = ServiceFormField.objects.get(page=desk.service, label="Número de inventario")
    field.field_type = "inventory_number"
    field.save()
    laptop = save_asset(
        Asset(inventory_number="IDTI-000123", kind="portatil", name="Portátil de la coordinación"), by=None
    )
    check_out(laptop, holder=desk.requester, by=None, condition="Buen estado.")
    fields = {f.label: f.clean_name for f in desk.service.get_form_fields()}
    return laptop, fields


def _data(fields, number):
    return {
        "asunto": "El portátil no enciende",
        fields["Número de inventario"]: number,
        fields["Describa el problema"]: "No carga la batería.",
        "urgencia": "media",
        "clave_envio": str(uuid.uuid4()),
    }


def test_the_number_links_the_ticket_to_the_asset_and_appears_on_its_page(client, desk, form, admin_user):
    laptop, fields = form
    client.force_login(desk.requester)
    page = client.get(desk.service.url).content.decode()
    assert '<option value="IDTI-000123">Portátil de la coordinación</option>' in page  # what they hold

    response = client.post(desk.service.url, _data(fields, " idti-000123 "))
    assert response.status_code == 302
    ticket = Ticket.objects.get()
    assert ticket.asset == laptop
    assert {"label": "Número de inventario", "value": "IDTI-000123"} in ticket.form_data

    client.force_login(admin_user)
    inspect = client.get(f"/admin/assets/asset/inspect/{laptop.pk}/").content.decode()
    assert ticket.number in inspect


def test_an_unknown_number_is_refused_in_spanish_and_nothing_is_filed(client, desk, form):
    _laptop, fields = form
    client.force_login(desk.requester)
    response = client.post(desk.service.url, _data(fields, "IDTI-999999"))
    assert response.status_code == 400
    html = response.content.decode()
    assert "No encontramos el equipo «IDTI-999999» en el inventario." in html
    assert "No carga la batería." in html  # what was typed is kept
    assert not Ticket.objects.exists()
