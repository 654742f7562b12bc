"""The technician's side in the admin: queue filters, bulk assign, taking and moving a ticket."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from servicedesk.models import Ticket
from servicedesk.tickets import services
from servicedesk.tickets.forms import selected_ticket_ids
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/servicedesk/ticket/"


def _inspect(ticket):
    return f"/admin/servicedesk/ticket/inspect/{ticket.pk}/"


def test_queue_filters_mine_group_unassigned_soon_and_overdue(client, desk, open_ticket):
    mine = open_ticket(title="Mío")
    services.take(ticket=mine, by=desk.technician)
    group_only = open_ticket(title="Del grupo sin técnico")
    other_group = open_ticket(title="De redes", group=desk.network)
    soon = open_ticket(title="Por vencer pronto")
    late = open_ticket(title="Vencido hace rato")
    now = timezone.now()
    Ticket.objects.filter(pk=soon.pk).update(
        resolve_warn_at=now - timedelta(minutes=5), resolve_due_at=now + timedelta(hours=1), sla_alert=""
    )
    Ticket.objects.filter(pk=late.pk).update(resolve_due_at=now - timedelta(hours=1))
    client.force_login(desk.technician)

    def titles(queue):
        html = client.get(f"{INDEX}?cola={queue}").content.decode()
        return {t.title for t in (mine, group_only, other_group, soon, late) if t.title in html}

    assert titles("mios") == {"Mío"}
    assert titles("mi_grupo") == {"Mío", "Del grupo sin técnico", "Por vencer pronto", "Vencido hace rato"}
    assert titles("sin_asignar") == {
        "Del grupo sin técnico",
        "De redes",
        "Por vencer pronto",
        "Vencido hace rato",
    }
    assert titles("por_vencer") == {"Por vencer pronto"}
    assert titles("vencidos") == {"Vencido hace rato"}


def test_queue_stays_within_query_budget_at_5000_tickets(
    client, desk, open_ticket, django_assert_max_num_queries
):
    template = open_ticket()
    fields = {
        f.attname: getattr(template, f.attname)
        for f in Ticket._meta.concrete_fields
        if f.attname not in ("id", "submission_key", "glpi_id")
    }
    Ticket.objects.bulk_create([Ticket(**fields) for _ in range(4999)], batch_size=1000)
    client.force_login(desk.technician)
    client.get(INDEX)
    for url in (INDEX, f"{INDEX}?cola=mi_grupo", f"{INDEX}?cola=vencidos&status=nuevo&p=3"):
        with django_assert_max_num_queries(20):
            assert client.get(url).status_code == 200


def test_bulk_assign_sets_technician_and_mails_them(
    client, desk, open_ticket, django_capture_on_commit_callbacks
):
    first, second = open_ticket(title="Uno"), open_ticket(title="Dos")
    client.force_login(desk.technician)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/mesa-de-servicios/casos/asignar/",
            {"ticket": [first.pk, second.pk], "group": desk.group.pk, "technician": desk.technician.pk},
        )
    assert response.status_code == 302
    for ticket in (first, second):
        ticket.refresh_from_db()
        assert ticket.technician == desk.technician and ticket.status == "asignado"
    assert sum("asignado" in m.subject for m in mail.outbox) == 2


def test_bulk_assign_refuses_a_technician_outside_the_group(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    response = client.post(
        "/admin/mesa-de-servicios/casos/asignar/",
        {"ticket": [ticket.pk], "group": desk.group.pk, "technician": desk.other_technician.pk},
        follow=True,
    )
    assert "no pertenece al grupo" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.technician is None


def test_bulk_assign_needs_a_selection_and_a_target(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    none = client.post("/admin/mesa-de-servicios/casos/asignar/", {"group": desk.group.pk}, follow=True)
    assert "Seleccione al menos un caso" in none.content.decode()
    empty = client.post("/admin/mesa-de-servicios/casos/asignar/", {"ticket": [ticket.pk]}, follow=True)
    assert "Elija el grupo, el técnico o ambos" in empty.content.decode()


def test_bulk_assign_ignores_ids_no_database_can_hold(client, desk, open_ticket):
    """400 nines overflowed SQLite's integer and a Unicode digit broke ``int``: neither is a case."""
    open_ticket()
    client.force_login(desk.technician)
    response = client.post(
        "/admin/mesa-de-servicios/casos/asignar/",
        {"ticket": ["9" * 400, "²", "-1"], "group": desk.group.pk},
        follow=True,
    )
    assert response.status_code == 200
    assert "Seleccione al menos un caso" in response.content.decode()


def test_selected_ticket_ids_keeps_only_ids_in_the_key_range():
    values = ["12", "0", "9" * 19, str(2**63 - 1), "²", "", " 3", "4"]
    assert selected_ticket_ids(values) == [12, 2**63 - 1, 4]


def test_work_page_take_hold_solve(client, desk, open_ticket, django_capture_on_commit_callbacks):
    ticket = open_ticket()
    client.force_login(desk.technician)
    html = client.get(_inspect(ticket)).content.decode()
    assert "Tomar el caso" in html and "Acuerdo de nivel de servicio" in html
    client.post(f"/admin/mesa-de-servicios/casos/{ticket.pk}/tomar/")
    ticket.refresh_from_db()
    assert (
        ticket.status == "en_curso"
        and ticket.technician == desk.technician
        and ticket.own_seconds is not None
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/",
            {"target": "en_espera", "note": "¿Me confirma el número de inventario?"},
        )
    ticket.refresh_from_db()
    assert ticket.status == "en_espera" and ticket.resolve_due_at is None
    assert "espera información suya" in mail.outbox[-1].subject
    refused = client.post(
        f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/",
        {"target": "resuelto", "solution": ""},
        follow=True,
    )
    assert "Escriba la solución" in refused.content.decode()
    client.post(
        f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/",
        {"target": "resuelto", "solution": "Cambio de fuente.", "time_spent": "45"},
    )
    ticket.refresh_from_db()
    assert ticket.status == "resuelto" and ticket.solution == "Cambio de fuente." and ticket.time_spent == 45
    assert [c.status for c in ticket.status_changes.all()] == ["nuevo", "en_curso", "en_espera", "resuelto"]


def test_a_move_the_life_cycle_forbids_is_refused(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    response = client.post(
        f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/", {"target": "cerrado"}, follow=True
    )
    assert "no puede pasar" in response.content.decode()
    ticket.refresh_from_db()
    assert ticket.status == "nuevo"
    assert (
        client.post(f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/", {"target": "x"}).status_code == 302
    )


def test_internal_comment_with_file_and_download(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(desk.technician)
    upload = SimpleUploadedFile("diagnostico.txt", b"Fuente quemada\n", content_type="text/plain")
    client.post(
        f"/admin/mesa-de-servicios/casos/{ticket.pk}/comentar/",
        {"body": "Pedir repuesto", "internal": "on", "file": upload},
    )
    comment = ticket.comments.get()
    assert comment.internal and comment.author == desk.technician
    attachment = ticket.attachments.get()
    assert attachment.internal
    response = client.get(f"/admin/mesa-de-servicios/adjuntos/{attachment.pk}/")
    assert response.status_code == 200
    client.force_login(UserFactory(username="editor-x", roles=["editor"]))
    assert client.get(f"/admin/mesa-de-servicios/adjuntos/{attachment.pk}/").status_code == 403


def test_auditor_reads_but_cannot_act(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(UserFactory(username="auditora", roles=["auditor"]))
    html = client.get(_inspect(ticket)).content.decode()
    assert ticket.title in html and "Tomar el caso" not in html and "Guardar estado" not in html
    assert client.post(f"/admin/mesa-de-servicios/casos/{ticket.pk}/tomar/").status_code == 403
    assert (
        client.post(f"/admin/mesa-de-servicios/casos/{ticket.pk}/estado/", {"target": "en_curso"}).status_code
        == 403
    )
    assert client.get(f"/admin/servicedesk/ticket/edit/{ticket.pk}/").status_code == 403
    ticket.refresh_from_db()
    assert ticket.status == "nuevo"


def test_technician_registers_a_phone_ticket_and_edit_recomputes_priority(client, desk):
    client.force_login(desk.technician)
    response = client.post(
        "/admin/servicedesk/ticket/create/",
        {
            "ticket_type": "incidente",
            "channel": "telefono",
            "service": desk.service.pk,
            "category": desk.category.pk,
            "requester": desk.requester.pk,
            "requester_name": "",
            "title": "Sin red en el piso 3",
            "description": "Llamó a la extensión 204.",
            "impact": "alta",
            "urgency": "alta",
            "group": desk.group.pk,
            "technician": "",
            "time_spent": "10",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    ticket = Ticket.objects.get()
    assert ticket.priority == 1 and ticket.channel == "telefono" and ticket.time_spent == 10
    assert ticket.status_changes.get().status == "nuevo"
    response = client.post(
        f"/admin/servicedesk/ticket/edit/{ticket.pk}/",
        {
            "ticket_type": "incidente",
            "channel": "telefono",
            "service": desk.service.pk,
            "category": desk.category.pk,
            "requester": desk.requester.pk,
            "requester_name": "",
            "title": "Sin red en el piso 3",
            "description": "Llamó a la extensión 204.",
            "impact": "baja",
            "urgency": "baja",
            "group": desk.group.pk,
            "technician": desk.technician.pk,
            "time_spent": "10",
        },
    )
    assert response.status_code == 302
    ticket.refresh_from_db()
    assert ticket.priority == 5 and ticket.resolve_target == 10 * 8 * 3600


def test_tickets_cannot_be_deleted(client, desk, open_ticket):
    ticket = open_ticket()
    client.force_login(UserFactory(username="admin-x", roles=["administrador"]))
    assert client.get(f"/admin/servicedesk/ticket/delete/{ticket.pk}/").status_code == 403
    assert Ticket.objects.filter(pk=ticket.pk).exists()
