"""The Content-Security-Policy in a real browser: nothing the portal needs is refused.

Every browser test fails on a CSP violation (see ``browser`` in conftest.py), so the public
pages, the intranet's service request and the admin registers are checked by the flows that
visit them. These tests add the admin screens no flow visits (page explorer, page editor with
its live preview, a snippet form) and the public site as an editor sees it, with Wagtail's
user bar; and they show that a violation is caught at all.
"""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "clave-de-prueba-segura"  # the one UserFactory sets


@pytest.fixture
def site(live_server):
    """A home page, a content page with rich text, the contact form (an InlinePanel of fields), a ticket."""
    from wagtail.rich_text import RichText

    from tests.factories import FormPageFactory, StandardPageFactory, TicketFactory, UserFactory, build_site

    home = build_site().root_page
    content = StandardPageFactory(parent=home, title="Plan de Acción", slug="plan-de-accion")
    content.body = [("rich_text", RichText("<p>Las metas del año, mes a mes.</p>"))]
    content.save_revision().publish()
    contact = FormPageFactory(parent=home)
    return {
        "home": home,
        "content": content,
        "contact": contact,
        "ticket": TicketFactory(),
        "admin": UserFactory(username="administrador-csp", roles=["administrador"]),
        "editor": UserFactory(username="editora-csp", roles=["editor"]),
    }


def _wait_until(page, condition, what: str):
    """Let the browser run until ``condition()`` holds (events reach Python between its calls)."""
    for _ in range(200):
        if condition():
            return
        page.wait_for_timeout(25)
    raise AssertionError(f"timed out waiting for {what}")


def _signed_in(browser, base_url, username):
    from playwright.sync_api import expect

    context = browser.new_context(locale="es-CO")
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    expect(page.locator("main, #main").first).to_be_visible()
    return context, page


def test_a_violation_is_caught(site, live_server, page, csp_violations):
    """Guards the guard: inline style on a public page is refused, and the watch reports it twice."""
    page.goto(live_server.url + "/")
    page.evaluate("""document.body.insertAdjacentHTML("beforeend", '<p style="color: red">x</p>')""")
    _wait_until(page, lambda: len(csp_violations) == 2, "the event and the console message")
    assert any(v.startswith("style-src-attr blocked inline on /") for v in csp_violations)
    assert any(v.startswith("console: ") and "style-src" in v for v in csp_violations)
    csp_violations.clear()


def test_the_admin_screens_meet_no_violation(site, browser, live_server, csp_violations):
    from playwright.sync_api import expect

    base = live_server.url
    context, page = _signed_in(browser, base, site["admin"].username)
    try:
        screens = {
            "explorador de páginas": f"/admin/pages/{site['home'].pk}/",
            "formulario de contacto (InlinePanel)": f"/admin/pages/{site['contact'].pk}/edit/",
            "fragmento (enlace del pie)": "/admin/snippets/website/footerlink/add/",
            "casos": "/admin/servicedesk/ticket/",
            "caso": f"/admin/servicedesk/ticket/inspect/{site['ticket'].pk}/",
            "nuevo riesgo (fechas)": "/admin/governance/risk/create/",
            "mapas de calor (colores de los datos)": "/admin/governance/risk/mapas-de-calor/",
        }
        for name, path in screens.items():
            response = page.goto(base + path)
            assert response.status == 200, name
            page.wait_for_load_state("load")
            assert csp_violations == [], name

        # The page editor (StreamField, Draftail) with its live preview, an iframe of the admin.
        page.goto(f"{base}/admin/pages/{site['content'].pk}/edit/")
        expect(page.locator(".Draftail-Editor").first).to_be_visible()
        page.locator("[data-side-panel-toggle='preview']").click()
        preview = page.frame_locator("#w-preview-iframe")
        expect(preview.locator("h1")).to_have_text("Plan de Acción")
        assert csp_violations == [], "editor de páginas"
    finally:
        context.close()


def test_an_editor_browses_the_public_site_with_the_user_bar(site, browser, live_server):
    """The user bar (Wagtail's scripts and styles, inside a shadow root) works under the public policy."""
    from playwright.sync_api import expect

    context, page = _signed_in(browser, live_server.url, site["editor"].username)
    try:
        page.goto(live_server.url + site["content"].url)
        page.locator("#wagtail-userbar-trigger").click()  # CSS locators reach into its shadow root
        expect(page.locator("#wagtail-userbar-items")).to_be_visible()
    finally:
        context.close()
