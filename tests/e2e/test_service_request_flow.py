"""Acceptance flow in a real browser: a staff request from the catalog to a confirmed solution.

A Funcionaria files a request from a service page (with a file); the Técnico of the owner group
finds it in the queue, takes it, puts it on hold (the resolution clock pauses), solves it; the
requester confirms and answers the survey; the statistics count it in the right buckets.
"""

import re

import pytest
from django.utils import timezone

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "clave-de-prueba-segura"  # the one UserFactory sets
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4"
    b"\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _context(browser):
    context = browser.new_context(locale="es-CO")
    context.set_default_timeout(15_000)
    return context


def _field(page, name):
    return page.locator(f"#id_{name}")


def test_a_request_from_the_catalog_is_solved_and_confirmed(browser, live_server, desk, axe):
    from playwright.sync_api import expect

    from servicedesk.models import Ticket

    base = live_server.url
    today = timezone.localdate().isoformat()
    contexts = []
    try:
        # 1. The requester signs in on the intranet, finds the service in the catalog and files
        # the request from the service page.
        context = _context(browser)
        contexts.append(context)
        staff = context.new_page()
        staff.goto(f"{base}{desk.catalog.url}")
        staff.wait_for_url(re.compile(r"/cuenta/ingresar/"))
        _field(staff, "username").fill("funcionaria")
        _field(staff, "password").fill(PASSWORD)
        staff.get_by_role("button", name="Ingresar").click()
        staff.wait_for_url(f"{base}{desk.catalog.url}")
        staff.get_by_role("link", name=desk.service.title).click()
        staff.wait_for_url(f"{base}{desk.service.url}")
        assert axe(staff) == []
        labels = {f.label: f.clean_name for f in desk.service.get_form_fields()}
        staff.get_by_label("Asunto").fill("El computador no enciende")
        _field(staff, labels["Número de inventario"]).fill("INV-0042")
        _field(staff, labels["Describa el problema"]).fill("Desde esta mañana no prende; huele a quemado.")
        _field(staff, labels["Captura de pantalla"]).set_input_files(
            {"name": "foto.png", "mimeType": "image/png", "buffer": PNG}
        )
        _field(staff, "urgencia").select_option("alta")
        staff.get_by_role("button", name="Enviar solicitud").click()
        staff.wait_for_url(re.compile(r"/intranet/mis-solicitudes/\d+/$"))
        ticket = Ticket.objects.get()
        expect(
            staff.get_by_text(f"Su solicitud quedó registrada con el número {ticket.number}.")
        ).to_be_visible()
        expect(staff.get_by_role("link", name="foto.png")).to_be_visible()
        assert axe(staff) == []
        assert (ticket.requester, ticket.group, ticket.status) == (desk.requester, desk.group, "nuevo")

        # 2. The technician finds it in their group's queue, takes it and puts it on hold.
        context = _context(browser)
        contexts.append(context)
        tech = context.new_page()
        tech.goto(f"{base}/admin/login/")
        _field(tech, "username").fill("tecnico-mesa")
        _field(tech, "password").fill(PASSWORD)
        tech.locator("form button[type=submit]").click()
        tech.wait_for_url(f"{base}/admin/")
        tech.goto(f"{base}/admin/servicedesk/ticket/?cola=mi_grupo")
        tech.get_by_role("link", name=ticket.number).click()
        tech.wait_for_url(f"{base}/admin/servicedesk/ticket/inspect/{ticket.pk}/")
        tech.get_by_role("button", name="Tomar el caso").click()
        expect(tech.get_by_text(f"Tomó el caso {ticket.number}.")).to_be_visible()
        ticket.refresh_from_db()
        assert (ticket.status, ticket.technician, ticket.own_seconds is not None) == (
            "en_curso",
            desk.technician,
            True,
        )
        tech.get_by_label("En espera").check()
        tech.locator("#id_note").fill("¿El equipo tiene la etiqueta de inventario visible?")
        tech.get_by_role("button", name="Guardar estado").click()
        expect(tech.get_by_text("pasó a «En espera»")).to_be_visible()
        expect(tech.get_by_text("en pausa (en espera)")).to_be_visible()
        ticket.refresh_from_db()
        assert ticket.status == "en_espera" and ticket.resolve_due_at is None  # the clock is paused

        # 3. It solves the ticket with a written solution.
        tech.get_by_label("Resuelto").check()
        tech.locator("#id_solution").fill("Se reemplazó la fuente de poder del equipo INV-0042.")
        tech.locator("#id_time_spent").fill("40")
        tech.get_by_role("button", name="Guardar estado").click()
        expect(tech.get_by_text("pasó a «Resuelto»")).to_be_visible()

        # 4. The requester reads the solution, confirms it and answers the survey.
        staff.goto(f"{base}/intranet/mis-solicitudes/{ticket.pk}/")
        expect(staff.get_by_text("Se reemplazó la fuente de poder del equipo INV-0042.")).to_be_visible()
        staff.get_by_role("button", name="Sí, confirmar y cerrar").click()
        expect(staff.get_by_text("Gracias. Su solicitud quedó cerrada.")).to_be_visible()
        staff.get_by_label("5 · Muy satisfecho").check()
        staff.get_by_role("button", name="Enviar encuesta").click()
        expect(staff.get_by_text("Gracias por responder la encuesta.")).to_be_visible()
        assert axe(staff) == []

        ticket.refresh_from_db()
        assert (ticket.status, ticket.satisfaction, ticket.time_spent) == ("cerrado", 5, 40)
        assert [c.status for c in ticket.status_changes.all()] == [
            "nuevo",
            "en_curso",
            "en_espera",
            "resuelto",
            "cerrado",
        ]
        assert ticket.resolve_seconds is not None and not ticket.resolve_breached

        # 5. The statistics of today count it once: opened, solved, closed, within its SLA, rated 5.
        tech.goto(f"{base}/admin/mesa-de-servicios/estadisticas/?desde={today}&hasta={today}")
        incidents = tech.locator("#estadisticas-type table tbody tr").filter(has_text="Incidente")
        expect(incidents.locator("td")).to_have_text(
            [
                "1",
                "1",
                "1",
                "0",
                "100,0 %",
                re.compile(r"\d"),
                re.compile(r"\d"),
                re.compile(r"\d"),
                re.compile(r"\d"),
                "0,0 %",
                "5,00",
                "1",
            ]
        )
        requests = tech.locator("#estadisticas-type table tbody tr").filter(has_text="Requerimiento")
        expect(requests.locator("td").first).to_have_text("0")
        service = tech.locator("#estadisticas-service table tbody tr").filter(has_text=desk.service.title)
        expect(service.locator("td").nth(1)).to_have_text("1")
        technician = tech.locator("#estadisticas-technician table tbody tr").filter(has_text="Tomás")
        expect(technician.locator("td").nth(1)).to_have_text("1")
        channel = tech.locator("#estadisticas-channel table tbody tr").filter(has_text="Intranet")
        expect(channel.locator("td").first).to_have_text("1")
        expect(tech.locator("canvas[data-stats-chart]")).to_have_count(7)
        assert axe(tech) == []
    finally:
        for context in contexts:
            context.close()
