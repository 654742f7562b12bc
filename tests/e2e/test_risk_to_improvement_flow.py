"""Acceptance flow in a real browser: a risk materialises and ends in an effective improvement action.

Profesional TIC records the risk (with a control) and sees it on the residual heat map, records
its materialisation and raises an improvement action from it; the Técnico responsible reports
progress up to 100 %; an Auditor evaluates the effectiveness; every step is in the histories.
"""

import re
from datetime import timedelta

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "clave-de-prueba-segura"  # the one UserFactory sets
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EVIDENCE_LINK = "https://intranet.example/evidencias/copias-restauradas"


@pytest.fixture
def people(live_server):
    from tests.factories import ProcessFactory, UserFactory

    return {
        "process": ProcessFactory(code="GTI", name="Gestión TIC"),
        "profesional": UserFactory(username="profesional-tic", roles=["profesional_tic"]),
        "tecnico": UserFactory(username="tecnico-soporte", roles=["tecnico"]),
        "auditor": UserFactory(username="auditor-interno", roles=["auditor"]),
    }


def _signed_in_page(browser, base_url, username):
    """A fresh browser context (own cookies) signed in to the admin as ``username``."""
    from playwright.sync_api import expect

    context = browser.new_context(locale="es-CO")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    _field(page, "username").fill(username)
    _field(page, "password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    expect(page.locator("main, #main").first).to_be_visible()
    return context, page


def _field(page, name):
    """A form field by its ``name`` (Django's ``id_<name>``: the admin's ``<meta name=…>`` share names)."""
    return page.locator(f"#id_{name}")


def _save_admin_form(page):
    """Press the Wagtail edit form's "Guardar" button (the footer action) from the keyboard.

    A date field's picker opens 100 ms after the field gets focus and can still be open over the
    footer when the form is saved; a mouse click would land on the picker, Enter on the button does not.
    """
    page.locator("button.action-save").press("Enter")


def _expect_history(page, url, entries):
    """The history page at ``url`` lists exactly ``entries``: (action label, who), newest first."""
    from playwright.sync_api import expect

    page.goto(url)
    rows = page.locator("main table tbody tr")
    expect(rows).to_have_count(len(entries))
    for index, (label, who) in enumerate(entries):
        expect(rows.nth(index).locator("td").first).to_have_text(label)
        expect(rows.nth(index)).to_contain_text(who)


def test_a_materialised_risk_becomes_an_effective_improvement_action(browser, live_server, people):
    from django.utils import timezone
    from playwright.sync_api import expect

    from governance.improvement.models import ImprovementAction
    from governance.risks.models import Risk, RiskEvent

    base = live_server.url
    today = timezone.localdate()
    contexts = []

    def sign_in(username):
        context, page = _signed_in_page(browser, base, username)
        contexts.append(context)
        return page

    try:
        # 1. Profesional TIC records the risk with one control.
        page = sign_in("profesional-tic")
        page.goto(f"{base}/admin/governance/risk/create/")
        _field(page, "process").select_option(str(people["process"].pk))
        _field(page, "code").fill("R-E2E-01")
        _field(page, "risk_type").select_option(label="De gestión u operativo")
        _field(page, "affectation").select_option(label="Reputacional")
        _field(page, "immediate_cause").fill("la pérdida de las copias de seguridad")
        _field(page, "root_cause").fill("restauraciones que nunca se prueban")
        _field(page, "classification").select_option(label="Fallas tecnológicas")
        _field(page, "owner").select_option(str(people["profesional"].pk))
        _field(page, "yearly_frequency").fill("300")
        _field(page, "reputational_impact").fill("mayor")
        page.locator("#id_controls-ADD").click()
        control = _field(page, "controls-0-description")
        expect(control).to_be_visible()
        control.fill("El técnico verifica a diario el registro de copias y repite las fallidas.")
        _field(page, "controls-0-responsible").fill("Técnico de soporte")
        _field(page, "controls-0-control_type").select_option("preventivo")
        _field(page, "controls-0-implementation").select_option("manual")
        _field(page, "treatment").select_option("reducir")
        _save_admin_form(page)
        page.wait_for_url(f"{base}/admin/governance/risk/")
        expect(page.get_by_role("link", name="R-E2E-01").first).to_be_visible()

        risk = Risk.objects.get(code="R-E2E-01")
        assert risk.owner == people["profesional"]
        assert risk.controls.count() == 1
        assert risk.residual_probability and risk.residual_impact and risk.residual_zone

        page.goto(f"{base}/admin/governance/risk/mapas-de-calor/")
        residual = page.locator("table[aria-labelledby='mapa-residual']")
        cell = residual.locator(
            f"a[href*='residual_probability={risk.residual_probability}']"
            f"[href*='residual_impact={risk.residual_impact}']"
        )
        expect(cell).to_have_text("1")
        expect(residual.locator("a[href*='residual_probability=']")).to_have_count(1)
        cell.click()
        page.wait_for_url(re.compile(r"/admin/governance/risk/\?residual_probability="))
        expect(page.get_by_role("link", name="R-E2E-01").first).to_be_visible()

        # 2. Its materialisation, and an improvement action raised from the event.
        page.goto(f"{base}/admin/governance/risk/inspect/{risk.pk}/")
        page.get_by_role("link", name="Registrar materialización").click()
        page.wait_for_url(re.compile(rf"/admin/governance/riskevent/create/\?riesgo={risk.pk}$"))
        expect(_field(page, "risk")).to_have_value(str(risk.pk))
        _field(page, "occurred_on").fill(today.isoformat())
        _field(page, "description").fill("La copia nocturna falló y no se pudo restaurar.")
        _field(page, "impact").fill("Se perdió un día de registros del área financiera.")
        _save_admin_form(page)
        page.wait_for_url(f"{base}/admin/governance/riskevent/")
        event = RiskEvent.objects.get(risk=risk)
        assert event.created_by == people["profesional"]

        page.goto(f"{base}/admin/governance/riskevent/inspect/{event.pk}/")
        expect(page.get_by_text("Este evento aún no tiene acción de mejora.")).to_be_visible()
        page.get_by_role("link", name="Crear acción de mejora").click()
        page.wait_for_url(re.compile(rf"/admin/governance/improvementaction/create/\?evento={event.pk}$"))
        expect(_field(page, "source")).to_have_value("evento_riesgo")
        expect(_field(page, "risk_event")).to_have_value(str(event.pk))
        expect(_field(page, "process")).to_have_value(str(people["process"].pk))
        expect(_field(page, "problem")).to_have_value(
            re.compile(r"^Materialización del riesgo R-E2E-01 el .*La copia nocturna falló")
        )
        _field(page, "root_cause_method").select_option("cinco_porques")
        _field(page, "root_cause").fill("El procedimiento de copias no exige pruebas de restauración.")
        _field(page, "action").fill("Incluir en el procedimiento una prueba mensual de restauración.")
        _field(page, "action_type").select_option("correctiva")
        _field(page, "responsible").select_option(str(people["tecnico"].pk))
        _field(page, "start_date").fill(today.isoformat())
        _field(page, "end_date").fill((today + timedelta(days=60)).isoformat())
        _field(page, "goal").fill("12 restauraciones exitosas al año")
        _field(page, "deliverable").fill("Procedimiento de copias actualizado")
        _save_admin_form(page)
        page.wait_for_url(f"{base}/admin/governance/improvementaction/")
        action = ImprovementAction.objects.get(risk_event=event)
        assert action.code == f"PM-{today.year}-001"
        assert (action.source, action.process, action.status) == (
            "evento_riesgo",
            people["process"],
            "abierta",
        )
        assert action.responsible == people["tecnico"]
        action_url = f"{base}/admin/governance/improvementaction/inspect/{action.pk}/"

        # 3. The Técnico responsible reports progress: 50 % with a link, 100 % with a PDF.
        page = sign_in("tecnico-soporte")
        page.goto(action_url)
        expect(page.get_by_text(action.code).first).to_be_visible()
        page.get_by_role("link", name="Registrar seguimiento").click()
        page.wait_for_url(f"{base}/admin/governance/improvementaction/{action.pk}/seguimiento/")
        # The date comes prefilled in the locale's format (dd/mm/yyyy), which an <input type="date">
        # discards as invalid, leaving it empty: type it as a person has to (see FollowUpForm).
        _field(page, "date").fill(today.isoformat())
        _field(page, "progress").fill("50")
        _field(page, "comment").fill("Procedimiento redactado; falta la primera prueba.")
        _field(page, "evidence_url").fill(EVIDENCE_LINK)
        page.get_by_role("button", name="Guardar seguimiento").click()
        page.wait_for_url(action_url)
        expect(page.get_by_text("Seguimiento registrado.")).to_be_visible()
        expect(page.get_by_text("En curso").first).to_be_visible()

        page.get_by_role("link", name="Registrar seguimiento").click()
        page.wait_for_url(f"{base}/admin/governance/improvementaction/{action.pk}/seguimiento/")
        expect(_field(page, "progress")).to_have_value("50")
        _field(page, "date").fill(today.isoformat())
        _field(page, "progress").fill("100")
        _field(page, "comment").fill("Primera restauración mensual exitosa; acta adjunta.")
        _field(page, "evidence_file").set_input_files(
            {"name": "acta-restauracion.pdf", "mimeType": "application/pdf", "buffer": PDF}
        )
        page.get_by_role("button", name="Guardar seguimiento").click()
        page.wait_for_url(action_url)
        expect(page.get_by_text("Cumplida (pendiente de evaluar eficacia)").first).to_be_visible()
        follow_ups = page.locator("table[aria-labelledby='seguimientos'] tbody tr")
        expect(follow_ups).to_have_count(2)
        expect(follow_ups.nth(0)).to_contain_text("50 %")
        expect(follow_ups.nth(0).get_by_role("link", name="Abrir enlace")).to_have_attribute(
            "href", EVIDENCE_LINK
        )
        expect(follow_ups.nth(1)).to_contain_text("100 %")
        expect(follow_ups.nth(1).get_by_role("link", name="Descargar archivo")).to_be_visible()
        expect(page.get_by_role("link", name="Registrar seguimiento")).to_have_count(0)
        action.refresh_from_db()
        assert (action.progress, action.status) == (100, "cumplida")
        assert action.follow_ups.get(progress=100).evidence_file.name.endswith(".pdf")

        response = page.goto(f"{base}/admin/governance/improvementaction/edit/{action.pk}/")
        assert response.status == 403

        # 4. An Auditor evaluates the effectiveness.
        page = sign_in("auditor-interno")
        page.goto(action_url)
        page.get_by_role("link", name="Evaluar eficacia").click()
        page.wait_for_url(f"{base}/admin/governance/improvementaction/{action.pk}/eficacia/")
        page.get_by_label("Sí: la causa se eliminó").check()
        _field(page, "comment").fill("Tres meses de restauraciones exitosas: la causa se eliminó.")
        page.get_by_role("button", name="Guardar evaluación").click()
        page.wait_for_url(action_url)
        expect(page.get_by_text("La acción quedó cerrada como eficaz.")).to_be_visible()
        expect(page.get_by_text("Cerrada eficaz").first).to_be_visible()
        expect(page.get_by_role("link", name="Evaluar eficacia")).to_have_count(0)
        action.refresh_from_db()
        assert action.status == "eficaz"
        assert action.evaluation.evaluator == people["auditor"]

        # 5. The histories tell the whole story, newest first, each step with who took it.
        profesional = people["profesional"].get_full_name()
        tecnico = people["tecnico"].get_full_name()
        auditor = people["auditor"].get_full_name()
        _expect_history(
            page,
            f"{base}/admin/governance/improvementaction/history/{action.pk}/",
            [
                ("Eficacia evaluada", auditor),
                ("Seguimiento registrado", tecnico),
                ("Seguimiento registrado", tecnico),
                ("Creado", profesional),
            ],
        )
        _expect_history(
            page,
            f"{base}/admin/governance/risk/history/{risk.pk}/",
            [("Materialización registrada", profesional), ("Creado", profesional)],
        )
        _expect_history(
            page,
            f"{base}/admin/governance/riskevent/history/{event.pk}/",
            [("Acción de mejora creada", profesional), ("Creado", profesional)],
        )
    finally:
        for context in contexts:
            context.close()
