"""The public shell every page shares: GOV.CO bar, header, navigation, footer, errors."""

import pytest
from django.test import override_settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_home_has_govco_bar_skip_link_lang_and_one_h1(client, demo_site):
    html = client.get("/").content.decode()
    assert '<html lang="es">' in html
    assert 'class="govco-bar"' in html
    assert 'href="https://www.gov.co/"' in html
    assert 'class="skip-link" href="#contenido"' in html
    assert 'id="contenido"' in html
    assert html.count("<h1") == 1


def test_footer_has_contact_data_and_site_map_link(client, demo_site):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    for text in (
        "Calle 5 # 4-70",
        "Horario de atención",
        "Línea anticorrupción",
        "contactenos@instituto-demo.example",
        "Notificaciones judiciales",
        "/mapa-del-sitio/",
        "Facebook",
    ):
        assert text in footer


def test_main_navigation_lists_live_menu_pages(client, demo_site):
    home = demo_site.root_page
    shown = Page(title="Sección nueva", slug="seccion-nueva", show_in_menus=True)
    hidden = Page(title="Borrador oculto", slug="borrador-oculto", show_in_menus=True, live=False)
    home.add_child(instance=shown)
    home.add_child(instance=hidden)
    html = client.get("/").content.decode()
    nav = html[html.index('class="main-nav"') : html.index("</nav>")]
    assert "Sección nueva" in nav
    assert "Borrador oculto" not in nav


def test_404_is_spanish_and_keeps_the_shell(client, demo_site):
    response = client.get("/no-existe/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "No encontramos la página que busca" in html
    assert 'class="govco-bar"' in html


def test_500_is_spanish_and_standalone(client, demo_site):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Tuvimos un problema" in html
    assert 'lang="es"' in html


def test_site_map_lists_public_pages_and_not_the_intranet(client, demo_site):
    home = demo_site.root_page
    home.add_child(instance=Page(title="Informes especiales", slug="informes-especiales"))
    html = client.get("/mapa-del-sitio/").content.decode()
    assert "Informes especiales" in html
    assert "Intranet" not in html[html.index("<h1") :]


def test_intranet_requires_sign_in(client, demo_site, user_with_role):
    response = client.get("/intranet/")
    assert response.status_code == 302
    assert response["Location"].startswith("/cuenta/ingresar/")
    client.force_login(user_with_role("funcionario"))
    assert client.get("/intranet/").status_code == 200


def test_browser_language_does_not_switch_the_site_to_english(client, demo_site):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="es">' in html


def test_visitor_can_choose_english(client, demo_site):
    client.post("/idioma/", {"language": "en", "next": "/"})
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to main content" in html


def test_admin_login_is_in_spanish(client):
    html = client.get("/admin/login/").content.decode()
    assert "Iniciar sesión" in html


@override_settings(DEBUG=False)
def test_wrong_password_on_staff_login_shows_a_spanish_message(client, demo_site, user_with_role):
    user_with_role("funcionario")
    response = client.post("/cuenta/ingresar/", {"username": "demo-funcionario", "password": "equivocada"})
    assert response.status_code == 200
    assert "El usuario o la contraseña no son correctos" in response.content.decode()


def test_admin_dashboard_is_in_spanish(client, user_with_role):
    client.force_login(user_with_role("editor"))
    html = client.get("/admin/").content.decode()
    assert "<title>Panel de control" in html
