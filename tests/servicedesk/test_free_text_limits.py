"""Every free text that reaches a ticket is bounded: 20,000 characters pass, one more is refused
in Spanish and nothing is saved (the admin form, comments on both sides, solution, reasons, survey)."""

import pytest

from portal.limits import MAX_FREE_TEXT
from servicedesk.models import Ticket
from servicedesk.tickets import services

pytestmark = pytest.mark.django_db

LONGEST = "a" * MAX_FREE_TEXT
TOO_LONG = "b" * (MAX_FREE_TEXT + 1)
REFUSAL = f"como máximo {MAX_FREE_TEXT} caracteres (tiene {MAX_FREE_TEXT + 1})"


def _ticket_form(desk, description):
    return {
        "ticket_type": "incidente",
        "channel": "telefono",
        "service": desk.service.pk,
        "category": desk.category.pk,
        "requester": desk.requester.pk,
        "requester_name": "",
        "title": "Sin red en el piso 3",
        "description": description,
        "impact": "alta",
        "urgency": "alta",
        "group": desk.group.pk,
        "technician": "",
        "time_spent": "0",
    }


def test_the_admin_ticket_form_refuses_a_description_over_the_limit(client, desk):
    client.force_login(desk.technician)
    refused = client.post("/admin/servicedesk/ticket/create/", _ticket_form(desk, TOO_LONG))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert REFUSAL in html
    assert TOO_LONG in html  # what was typed is still in the form
    assert not Ticket.objects.exists()
    accepted = client.post("/admin/servicedesk/ticket/create/", _ticket_form(desk, LONGEST))
    assert accepted.status_code == 302
    assert Ticket.objects.get().description == LONGEST


def test_editing_a_ticket_refuses_a_description_over_the_limit(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    refused = client.post(f"/admin/servicedesk/ticket/edit/{ticket.pk}/", _ticket_form(desk, TOO_LONG))
    assert refused.status_code == 200 and REFUSAL in refused.content.decode()
    ticket.refresh_from_db()
    assert ticket.description == "Desde esta mañana."


def test_a_staff_comment_over_the_limit_is_refused_and_the_longest_one_kept(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    url = f"/admin/mesa-de-servicios/casos/{ticket.pk}/comentar/"
    refused = client.post(url, {"body": TOO_LONG}, follow=True)
    assert refused.status_code == 200
    assert f"Comentario: Asegúrese de que este valor tenga {REFUSAL}" in refused.content.decode()
    assert not ticket.comments.exists()
    assert client.post(url, {"body": LONGEST}).status_code == 302
    assert ticket.comments.get().body == LONGEST


def test_a_solution_over_the_limit_is_refused_with_the_reason(client, desk, open_ticket):
    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    client.force_login(desk.technician)
    url = f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/"
    refused = client.post(url, {"target": "resuelto", "solution": TOO_LONG}, follow=True)
    assert f"Solución (la lee el solicitante): Asegúrese de que este valor tenga {REFUSAL}" in (
        refused.content.decode()
    )
    ticket.refresh_from_db()
    assert ticket.status == "en_curso" and ticket.solution == ""
    client.post(url, {"target": "resuelto", "solution": LONGEST})
    ticket.refresh_from_db()
    assert ticket.status == "resuelto" and ticket.solution == LONGEST


def test_a_requester_comment_over_the_limit_is_refused_and_the_longest_one_kept(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.requester)
    url = f"/intranet/mis-solicitudes/{ticket.pk}/comentar/"
    refused = client.post(url, {"body": TOO_LONG})
    assert refused.status_code == 400
    assert REFUSAL in refused.content.decode() and TOO_LONG in refused.content.decode()
    assert not ticket.comments.exists()
    assert client.post(url, {"body": LONGEST}).status_code == 302
    assert ticket.comments.get().body == LONGEST


def _solved(desk, open_ticket):
    ticket = open_ticket()
    services.take(ticket=ticket, by=desk.technician)
    return services.change_status(ticket=ticket, target="resuelto", by=desk.technician, solution="Listo.")


def test_a_rejection_reason_over_the_limit_is_refused_and_the_longest_one_reopens(client, desk, open_ticket):
    ticket = _solved(desk, open_ticket)
    client.force_login(desk.requester)
    url = f"/intranet/mis-solicitudes/{ticket.pk}/rechazar/"
    refused = client.post(url, {"reason": TOO_LONG})
    assert refused.status_code == 400 and REFUSAL in refused.content.decode()
    ticket.refresh_from_db()
    assert ticket.status == "resuelto"
    assert client.post(url, {"reason": LONGEST}).status_code == 302
    ticket.refresh_from_db()
    assert ticket.status != "resuelto" and ticket.comments.filter(body__contains=LONGEST).exists()


def test_a_survey_remark_over_the_limit_is_refused_and_the_longest_one_kept(client, desk, open_ticket):
    ticket = services.confirm_solution(ticket=_solved(desk, open_ticket), by=desk.requester)
    client.force_login(desk.requester)
    url = f"/intranet/mis-solicitudes/{ticket.pk}/encuesta/"
    refused = client.post(url, {"score": "4", "remark": TOO_LONG})
    assert refused.status_code == 400 and REFUSAL in refused.content.decode()
    ticket.refresh_from_db()
    assert ticket.satisfaction is None
    assert client.post(url, {"score": "4", "remark": LONGEST}).status_code == 302
    ticket.refresh_from_db()
    assert ticket.satisfaction == 4 and ticket.satisfaction_comment == LONGEST
