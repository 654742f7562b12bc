"""The home page in a real browser: GOV.CO bar, footer, keyboard, accessibility."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def site_url(live_server):
    from portal.demo import site as demo

    demo.seed(lambda *args: None)
    return live_server.url


def test_home_shows_govco_bar_and_footer(site_url, page):
    page.goto(site_url + "/")
    bar = page.locator(".govco-bar")
    assert bar.is_visible()
    assert bar.locator("a[href='https://www.gov.co/']").count() == 1
    footer = page.locator("footer.site-footer")
    assert footer.is_visible()
    assert "Mapa del sitio" in footer.inner_text()
    assert "Notificaciones judiciales" in footer.inner_text()
    assert page.locator("h1").count() == 1


def test_skip_link_is_the_first_stop_and_leads_to_the_content(site_url, page):
    page.goto(site_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "contenido"


def test_home_has_no_accessibility_violations(site_url, page, axe):
    page.goto(site_url + "/")
    assert axe(page) == []


@pytest.mark.parametrize("path", ["/mapa-del-sitio/", "/cuenta/ingresar/", "/no-existe/"])
def test_shell_pages_have_no_accessibility_violations(site_url, page, axe, path):
    page.goto(site_url + path)
    assert axe(page) == []


def test_axe_check_detects_a_violation(page, axe):
    """Guards the guard: a page with an unlabelled image and no lang must fail."""
    page.set_content("<html><head><title>x</title></head><body><img src='x.png'></body></html>")
    found = {violation["id"] for violation in axe(page)}
    assert {"image-alt", "html-has-lang"} <= found
