"""Public pages in a real browser: axe-core finds no WCAG 2.1 AA violation; keyboard works."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def demo_url(live_server):
    from portal.demo import site as website_demo
    from portal.demo import transparency as digital_gov_demo
    from portal.demo.governance.legal import seed_norms
    from tests.factories import ProcessFactory

    website_demo.seed(lambda *args: None)
    digital_gov_demo.seed(lambda *args: None)
    seed_norms(ProcessFactory())
    return live_server.url


@pytest.fixture
def small_site_url(live_server):
    """A factory-built site for the keyboard and form checks: a main menu of four entries, a
    contact form and a page to find (the accessibility check above reads the whole demo)."""
    from tests.factories import (
        FormPageFactory,
        NewsIndexPageFactory,
        StandardPageFactory,
        TransparencyIndexPageFactory,
        build_site,
    )

    home = build_site().root_page
    attention = StandardPageFactory(
        parent=home,
        title="Atención y servicios a la ciudadanía",
        slug="atencion-y-servicios-a-la-ciudadania",
        show_in_menus=True,
    )
    FormPageFactory(parent=attention)
    StandardPageFactory(parent=home, title="Plan de Acción", slug="plan-de-accion", show_in_menus=True)
    NewsIndexPageFactory(parent=home)
    TransparencyIndexPageFactory(parent=home)
    return live_server.url


def _pages():
    from digital_gov.transparency.models import TransparencyItemPage, TransparencySectionPage
    from website.models import NewsPage

    return {
        "inicio": "/",
        "página estándar": "/atencion-y-servicios-a-la-ciudadania/pqrsd/",
        "índice de noticias": "/noticias/",
        "noticia": NewsPage.objects.live().first().url,
        "eventos": "/eventos/",
        "índice de transparencia": "/transparencia/",
        "categoría de transparencia": TransparencySectionPage.objects.get(number="4").url,
        "ítem de transparencia": TransparencyItemPage.objects.get(number="4.3").url,
        "ítem que no aplica": TransparencyItemPage.objects.get(number="10.1").url,
        "ítem con el normograma": TransparencyItemPage.objects.get(number="2.1").url,
        "ítem con el Registro de Activos": TransparencyItemPage.objects.get(number="7.1.1").url,
        "ítem con el Índice de Información Clasificada": TransparencyItemPage.objects.get(number="7.1.2").url,
        "resultados de búsqueda": "/buscar/?q=plan",
        "búsqueda sin resultados": "/buscar/?q=xyzzy",
        "formulario de contacto": "/atencion-y-servicios-a-la-ciudadania/contactenos/",
        "participa": "/participa/",
    }


def test_public_pages_have_no_accessibility_violations(demo_url, page, axe):
    found = {}
    for name, path in _pages().items():
        response = page.goto(demo_url + path)
        assert response.status == 200, name
        violations = axe(page)
        if violations:
            found[name] = violations
    assert found == {}


def test_contact_form_errors_are_accessible(small_site_url, page, axe):
    page.goto(small_site_url + "/atencion-y-servicios-a-la-ciudadania/contactenos/")
    page.get_by_role("button", name="Enviar").click()
    page.wait_for_load_state()
    assert page.get_by_role("alert").is_visible()
    assert axe(page) == []


def test_keyboard_alone_reaches_every_main_menu_item(small_site_url, page):
    page.goto(small_site_url + "/")
    menu_links = page.locator("nav.main-nav a")
    expected = [menu_links.nth(i).inner_text() for i in range(menu_links.count())]
    assert len(expected) >= 4
    reached = []
    for _ in range(60):
        page.keyboard.press("Tab")
        in_menu = page.evaluate(
            "document.activeElement.closest('nav.main-nav') ? document.activeElement.innerText : null"
        )
        if in_menu:
            reached.append(in_menu.strip())
            outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
            assert outline != "none", "focus must be visible"
        if len(reached) == len(expected):
            break
    assert reached == [text.strip() for text in expected]


def test_keyboard_user_can_search(small_site_url, page):
    page.goto(small_site_url + "/")
    page.locator("#header-search-q").focus()
    page.keyboard.type("Plan de Acción")
    page.keyboard.press("Enter")
    page.wait_for_url("**/buscar/?q=*")
    status = page.get_by_role("status").inner_text()
    assert "resultado" in status and not status.startswith("0")
