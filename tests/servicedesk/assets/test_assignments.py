"""Equipment handed to staff: delivered from the asset's page, acknowledged by the holder in the
intranet ("Mis equipos"), a problem reported as a ticket, given back; the acta shows it all."""

import io

import pytest
from openpyxl import load_workbook

from servicedesk.assets.models import Asset, Assignment
from servicedesk.assets.services import save_asset
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

MINE = "/intranet/mis-equipos/"


@pytest.fixture
def laptop():
    return save_asset(
        Asset(
            inventory_number="IDTI-000401",
            kind="portatil",
            name="Portátil de la coordinación",
            serial="PF401",
        ),
        by=None,
    )


def _acta_text(response) -> str:
    sheet = load_workbook(io.BytesIO(response.content)).active
    return "\n".join(
        str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None
    )


def test_a_staff_member_acknowledges_an_assigned_laptop_and_the_acta_shows_it(client, user_with_role, laptop):
    ana = UserFactory(username="ana.rojas", first_name="Ana", last_name="Rojas", roles=["funcionario"])
    client.force_login(user_with_role("tecnico"))
    delivered = client.post(
        f"/admin/inventario/{laptop.pk}/entregar/",
        {"holder": ana.pk, "kind": "entrega", "condition_out": "Nuevo, con cargador y maletín."},
        follow=True,
    )
    assert "Equipo entregado" in delivered.content.decode()
    laptop.refresh_from_db()
    assert (laptop.status, laptop.custodian) == ("asignado", ana)
    again = client.post(
        f"/admin/inventario/{laptop.pk}/entregar/",
        {"holder": ana.pk, "kind": "entrega", "condition_out": "x"},
        follow=True,
    )
    assert "Este equipo ya está entregado: reciba primero la devolución." in again.content.decode()

    client.force_login(ana)
    page = client.get(MINE).content.decode()
    assert "Portátil de la coordinación" in page and "Pendiente de confirmar" in page
    assignment = Assignment.objects.get()
    client.post(f"{MINE}{assignment.pk}/confirmar/", {"note": "Recibido con el cargador."})
    assignment.refresh_from_db()
    assert (
        assignment.acknowledged_at is not None
        and assignment.acknowledgement_note == "Recibido con el cargador."
    )
    assert "Confirmado el" in client.get(MINE).content.decode()

    acta = _acta_text(client.get(f"{MINE}{assignment.pk}/acta.xlsx"))
    for expected in (
        "ACTA DE ENTREGA Y DEVOLUCIÓN DE EQUIPO",
        "IDTI-000401",
        "Ana Rojas",
        "Nuevo, con cargador y maletín.",
        "Sí, en la intranet, el",
        "Recibido con el cargador.",
    ):
        assert expected in acta, expected

    # Someone else neither sees, acknowledges nor reads it.
    client.force_login(UserFactory(username="otro.funcionario", roles=["funcionario"]))
    assert "Portátil de la coordinación" not in client.get(MINE).content.decode()
    assert client.post(f"{MINE}{assignment.pk}/confirmar/", {"note": ""}).status_code == 404
    assert client.get(f"{MINE}{assignment.pk}/acta.xlsx").status_code == 404
    client.force_login(user_with_role("auditor"))
    assert "Recibido con el cargador." in _acta_text(
        client.get(f"/admin/inventario/entregas/{assignment.pk}/acta.xlsx")
    )


def test_a_problem_reported_from_mis_equipos_opens_a_ticket_about_the_asset(client, user_with_role, laptop):
    from servicedesk.assets.assignments import check_out

    ana = UserFactory(username="ana.rojas", roles=["funcionario"])
    assignment = check_out(laptop, holder=ana, by=None, condition="Usado, buen estado.")
    client.force_login(ana)
    empty = client.post(f"{MINE}{assignment.pk}/reportar/", {"description": ""})
    assert empty.status_code == 400 and "Este campo es necesario." in empty.content.decode()
    answer = client.post(f"{MINE}{assignment.pk}/reportar/", {"description": "La batería no carga."})
    ticket = laptop.tickets.get()
    assert answer["Location"] == f"/intranet/mis-solicitudes/{ticket.pk}/"
    assert (ticket.requester, ticket.ticket_type, ticket.title) == (
        ana,
        "incidente",
        "Problema con el equipo IDTI-000401",
    )


def test_the_return_puts_the_laptop_back_in_storage_and_ends_the_holder_s_rights(
    client, user_with_role, laptop
):
    from servicedesk.assets.assignments import check_out

    ana = UserFactory(username="ana.rojas", roles=["funcionario"])
    assignment = check_out(laptop, holder=ana, by=None, condition="Bueno.")
    client.force_login(user_with_role("tecnico"))
    client.post(
        f"/admin/inventario/{laptop.pk}/entregas/{assignment.pk}/devolucion/",
        {"condition_in": "Pantalla rayada."},
    )
    laptop.refresh_from_db()
    assignment.refresh_from_db()
    assert (laptop.status, laptop.custodian, assignment.condition_in) == (
        "en_bodega",
        None,
        "Pantalla rayada.",
    )
    assert not ana.has_perm("assets.acknowledge_assignment", assignment)
    loan = client.post(
        f"/admin/inventario/{laptop.pk}/entregar/",
        {"holder": ana.pk, "kind": "prestamo", "condition_out": "Bueno."},
        follow=True,
    )
    assert "Un préstamo necesita la fecha de devolución." in loan.content.decode()
    client.post(
        f"/admin/inventario/{laptop.pk}/entregar/",
        {"holder": ana.pk, "kind": "prestamo", "due_back": "2026-12-20", "condition_out": "Bueno."},
    )
    assert laptop.assignments.filter(returned_at__isnull=True, kind="prestamo").exists()
    client.force_login(ana)
    assert "devolver a más tardar el 2026-12-20" in client.get(MINE).content.decode()
    assert "Pantalla rayada." not in client.get(MINE).content.decode()  # the returned one is listed apart
