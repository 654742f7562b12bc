"""Tickets are assigned to technicians only, chosen by name; anyone else posted is refused."""

import re

import pytest

from servicedesk.models import Ticket
from servicedesk.tickets.admin import TicketAdmin
from servicedesk.tickets.forms import BulkAssignForm
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

BULK_ASSIGN = "/admin/mesa-de-servicios/casos/asignar/"


@pytest.fixture
def people(desk):
    """Besides the desk's technicians: people who must never be offered a ticket."""
    desk.group.members.add(UserFactory(username="auditora-en-grupo", first_name="Aurora", roles=["auditor"]))
    return {
        "auditor": UserFactory(username="auditor-interno", first_name="Álvaro", roles=["auditor"]),
        "requester": desk.requester,
        "retired": UserFactory(
            username="tecnico-retirado", first_name="Rita", roles=["tecnico"], is_active=False
        ),
        "no_name": UserFactory(username="jlopez", first_name="", last_name="", roles=["profesional_tic"]),
        "lead": UserFactory(
            username="lider-tic", first_name="Beatriz", last_name="Zuluaga", roles=["profesional_tic"]
        ),
    }


def _ticket_form(ticket):
    """The admin's ticket form (built from the panels, on TicketAdminForm), for ``ticket``."""
    form_class = TicketAdmin().get_edit_handler().bind_to_model(Ticket).get_form_class()
    return form_class(instance=ticket)


def _labels(field):
    return [label for value, label in field.choices if value != ""]


def test_bulk_assign_offers_the_active_technicians_by_name(desk, people):
    labels = _labels(BulkAssignForm().fields["technician"])
    assert labels == [
        "Beatriz Zuluaga",
        "jlopez",  # no name recorded: the username, in its place among the names
        desk.other_technician.get_full_name(),  # "Persona Prueba …"
        desk.technician.get_full_name(),  # "Tomás Prueba …"
    ]


def test_the_ticket_form_offers_its_groups_technicians_by_name(desk, people, open_ticket):
    ticket = open_ticket(group=desk.group)
    assert _labels(_ticket_form(ticket).fields["technician"]) == [desk.technician.get_full_name()]
    unassigned = open_ticket()
    unassigned.group = None
    assert len(_labels(_ticket_form(unassigned).fields["technician"])) == 4


def test_the_admin_edit_page_lists_technicians_by_name(client, desk, people, open_ticket):
    ticket = open_ticket(group=desk.group)
    client.force_login(UserFactory(username="admin-mesa", roles=["administrador"]))
    html = client.get(f"/admin/servicedesk/ticket/edit/{ticket.pk}/").content.decode()
    select = re.search(r'<select name="technician".*?</select>', html, re.S).group(0)
    assert desk.technician.get_full_name() in select
    for username in (
        "auditora-en-grupo",
        "auditor-interno",
        "funcionaria",
        "tecnico-retirado",
        "tecnico-mesa",
    ):
        assert username not in select


def _edit_data(desk, technician):
    return {
        "ticket_type": "incidente",
        "channel": "telefono",
        "service": desk.service.pk,
        "category": desk.category.pk,
        "requester": desk.requester.pk,
        "requester_name": "",
        "title": "Sin red en el piso 3",
        "description": "Llamó a la extensión 204.",
        "impact": "media",
        "urgency": "media",
        "group": "",
        "technician": technician.pk,
        "time_spent": "0",
    }


@pytest.mark.parametrize("who", ["auditor", "requester", "retired"])
def test_the_edit_form_refuses_a_non_technician(client, desk, people, open_ticket, who):
    ticket = open_ticket()
    client.force_login(UserFactory(username="admin-mesa", roles=["administrador"]))
    response = client.post(f"/admin/servicedesk/ticket/edit/{ticket.pk}/", _edit_data(desk, people[who]))
    assert response.status_code == 200
    assert "esa persona no atiende casos" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.technician is None


def test_the_edit_form_accepts_a_technician_and_checks_the_group(client, desk, people, open_ticket):
    ticket = open_ticket()
    client.force_login(UserFactory(username="admin-mesa", roles=["administrador"]))
    data = {**_edit_data(desk, desk.other_technician), "group": desk.group.pk}
    response = client.post(f"/admin/servicedesk/ticket/edit/{ticket.pk}/", data)
    assert "El técnico no pertenece al grupo asignado." in response.content.decode()
    data["group"] = desk.network.pk
    response = client.post(f"/admin/servicedesk/ticket/edit/{ticket.pk}/", data)
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.technician == desk.other_technician


def test_bulk_assign_refuses_a_non_technician(client, desk, people, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    response = client.post(
        BULK_ASSIGN, {"ticket": [ticket.pk], "technician": people["auditor"].pk}, follow=True
    )
    assert "esa persona no atiende casos" in response.content.decode()
    assert Ticket.objects.get(pk=ticket.pk).technician is None


def test_the_queue_shows_people_by_full_name(client, desk, open_ticket):
    from servicedesk.tickets import services

    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    client.force_login(desk.technician)
    html = client.get("/admin/servicedesk/ticket/").content.decode()
    rows = re.findall(r"<tr.*?</tr>", html, re.S)
    row = next(row for row in rows if ticket.title in row)
    assert desk.technician.get_full_name() in row
    assert desk.requester.get_full_name() in row
    assert "tecnico-mesa" not in row
