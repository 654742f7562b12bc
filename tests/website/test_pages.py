"""Public page types: news, events, forms, search, robots and sitemaps."""

import logging
from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    FormPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)
from website.models import EventPage, FormPage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(demo_site):
    """``/noticias/`` with one of the demo institute's news."""
    index = NewsIndexPageFactory(parent=demo_site.root_page)
    NewsPageFactory(
        parent=index,
        title="Abierta la convocatoria de formación en ciberseguridad para municipios",
        slug="abierta-la-convocatoria",
        date=date(2026, 11, 10),
    )
    return index


@pytest.fixture
def contact_page(demo_site):
    """The contact form, under "Atención y servicios a la ciudadanía"."""
    attention = StandardPageFactory(
        parent=demo_site.root_page,
        title="Atención y servicios a la ciudadanía",
        slug="atencion-y-servicios-a-la-ciudadania",
        show_in_menus=True,
    )
    return FormPageFactory(parent=attention)


def _news(index, n, *, day=None, tags=()):
    page = NewsPage(
        title=f"Noticia {n}",
        slug=f"noticia-{n}",
        date=day or date(2026, 1, 1) + timedelta(days=n % 300),
        summary=f"Resumen {n}",
    )
    index.add_child(instance=page)
    if tags:
        page.tags.add(*tags)
        page.save_revision().publish()
    return page


def test_news_index_is_paginated_and_newest_first(client, news_index):
    for n in range(25):
        _news(news_index, n)
    html = client.get(news_index.url).content.decode()
    assert "Página 1 de" in html
    first = client.get(news_index.url + "?pagina=99").status_code
    assert first == 200  # out of range shows the last page rather than an error
    assert client.get(news_index.url + "?pagina=abc").status_code == 200


def test_news_index_filters_by_year_and_tag(client, news_index):
    _news(news_index, 1, day=date(2024, 5, 1), tags=["salud"])
    _news(news_index, 2, day=date(2023, 5, 1))
    html = client.get(news_index.url + "?anio=2024").content.decode()
    assert "Noticia 1" in html and "Noticia 2" not in html
    html = client.get(news_index.url + "?etiqueta=salud").content.decode()
    assert "Noticia 1" in html and "Noticia 2" not in html
    assert client.get(news_index.url + "?anio=<script>").status_code == 200


def test_news_rss_feed(client, news_index):
    response = client.get(news_index.url + "rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert "<title>Abierta la convocatoria" in response.content.decode()


def test_news_index_query_budget_with_100_news(client, news_index, django_assert_max_num_queries):
    for n in range(100):
        _news(news_index, n, tags=["tic"] if n % 10 == 0 else ())
    client.get(news_index.url)
    with django_assert_max_num_queries(12):
        assert client.get(news_index.url).status_code == 200


def test_home_query_budget(client, demo_site, news_index, contact_page, django_assert_max_num_queries):
    home = demo_site.root_page.specific
    for n in range(2):
        _news(news_index, n, tags=["tic"])
    home.quick_links = [
        ("link", {"label": "Noticias", "page": news_index}),
        ("link", {"label": "Atención y servicios a la ciudadanía", "page": contact_page.get_parent()}),
    ]
    home.highlighted_services = [
        ("service", {"label": "Contáctenos", "page": contact_page, "description": "x"})
    ]
    home.save_revision().publish()
    html = client.get("/").content.decode()
    assert "Abierta la convocatoria" in html and "Noticia 1" in html  # the latest news are shown
    with django_assert_max_num_queries(15):
        assert client.get("/").status_code == 200


def test_event_ical(client, demo_site):
    EventPageFactory(parent=EventIndexPageFactory(parent=demo_site.root_page))
    event = EventPage.objects.live().first()
    response = client.get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    body = response.content.decode()
    assert "BEGIN:VEVENT" in body and f"SUMMARY:{event.title}" in body
    assert "DTSTART" in body


def _contact(client):
    page = FormPage.objects.get(slug="contactenos")
    return page, {
        "nombre_completo": "Ana Pérez",
        "correo_electronico": "ana@example.org",
        "asunto": "Consulta",
        "mensaje": "¿Cuál es el horario?",
    }


def test_contact_form_emails_the_institution(client, contact_page, django_capture_on_commit_callbacks):
    cache.clear()
    page, data = _contact(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 200
    assert "Recibimos su mensaje" in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["contactenos@instituto-demo.example"]
    assert "Ana Pérez" in mail.outbox[0].body
    assert page.get_submissions().count() == 1


def test_contact_form_is_stored_and_thanked_when_the_mail_server_is_down(
    client, contact_page, smtp_down, caplog, django_capture_on_commit_callbacks
):
    cache.clear()
    page, data = _contact(client)
    caplog.set_level(logging.WARNING, logger="portal.mail")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(page.url, data)
    assert response.status_code == 200
    assert "Recibimos su mensaje" in response.content.decode()
    assert page.get_submissions().get().form_data["mensaje"] == "¿Cuál es el horario?"
    assert mail.outbox == []
    (failure,) = [r.getMessage() for r in caplog.records if r.name == "portal.mail"]
    assert "recipients: 1" in failure and page.subject in failure
    assert "Ana Pérez" not in caplog.text


def test_contact_form_refuses_a_message_over_the_free_text_limit_in_spanish(client, contact_page):
    from portal.form_builders import MAX_FREE_TEXT

    cache.clear()
    page, data = _contact(client)
    data["mensaje"] = "a" * (MAX_FREE_TEXT + 1)
    html = client.post(page.url, data).content.decode()
    assert "como máximo 20000 caracteres" in html
    assert page.get_submissions().count() == 0
    data["mensaje"] = "a" * MAX_FREE_TEXT
    client.post(page.url, data)
    assert page.get_submissions().count() == 1


def test_contact_form_errors_are_shown_and_nothing_is_lost(client, contact_page):
    cache.clear()
    page, data = _contact(client)
    data["correo_electronico"] = "no-es-un-correo"
    response = client.post(page.url, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "el formulario tiene errores" in html
    assert "¿Cuál es el horario?" in html
    assert page.get_submissions().count() == 0


def test_honeypot_catches_bots_silently(client, contact_page):
    cache.clear()
    page, data = _contact(client)
    response = client.post(page.url, {**data, "sitio_web": "http://spam.example"})
    assert response.status_code == 200
    assert page.get_submissions().count() == 0
    assert mail.outbox == []


def test_too_many_submissions_get_a_429_in_spanish(client, contact_page, ratelimit_clock):
    cache.clear()
    page, data = _contact(client)
    for _ in range(5):
        assert client.post(page.url, data).status_code == 200
    response = client.post(page.url, data)
    assert response.status_code == 429
    html = response.content.decode()
    assert "demasiados formularios" in html
    assert "¿Cuál es el horario?" in html  # what was typed is still in the form
    assert page.get_submissions().count() == 5


def test_invented_forwarded_addresses_do_not_escape_the_limit(
    client, contact_page, settings, ratelimit_clock
):
    """With no trusted proxy, X-Forwarded-For is the client's own writing and is ignored."""
    settings.TRUSTED_PROXY_COUNT = 0
    cache.clear()
    page, data = _contact(client)
    statuses = [
        client.post(page.url, data, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(20)
    ]
    assert statuses == [200] * 5 + [429] * 15
    assert page.get_submissions().count() == 5


def test_behind_one_proxy_the_limit_counts_the_address_it_appended(
    client, contact_page, settings, ratelimit_clock
):
    settings.TRUSTED_PROXY_COUNT = 1
    cache.clear()
    page, data = _contact(client)
    # One client, a new invented address in front of the proxy's entry each time.
    for n in range(5):
        forwarded = f"198.51.100.{n}, 203.0.113.7"
        assert client.post(page.url, data, HTTP_X_FORWARDED_FOR=forwarded).status_code == 200
    forwarded = "198.51.100.99, 203.0.113.7"
    assert client.post(page.url, data, HTTP_X_FORWARDED_FOR=forwarded).status_code == 429
    # Another client behind the same proxy (same socket address) is not held back.
    assert client.post(page.url, data, HTTP_X_FORWARDED_FOR="203.0.113.8").status_code == 200
    assert page.get_submissions().count() == 6


def test_search_finds_pages_and_documents(client, transparency):
    html = client.get("/buscar/?q=Plan+de+Acción").content.decode()
    assert "(página)" in html
    assert "(documento)" in html


def test_search_without_results_says_so(client, demo_site):
    html = client.get("/buscar/?q=xyzzy").content.decode()
    assert "No encontramos resultados" in html


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("abc\x00def", "No encontramos resultados"),
        ('"plan', "Plan de Acción"),
        ('plan"', "Plan de Acción"),
        ('"', "Buscar"),
        ("\x00", "Buscar"),
    ],
)
def test_search_with_a_nul_byte_or_an_unbalanced_quote_answers_normally(client, demo_site, query, shown):
    """A NUL is refused by both databases and a lone quote breaks SQLite's full-text syntax."""
    StandardPageFactory(parent=demo_site.root_page, title="Plan de Acción", slug="plan-de-accion")
    response = client.get("/buscar/", {"q": query})
    assert response.status_code == 200
    assert shown in response.content.decode()


def test_search_input_is_escaped(client, demo_site):
    html = client.get('/buscar/?q=<script>alert("x")</script>').content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_search_does_not_show_drafts_or_intranet(client, demo_site):
    draft = StandardPage(title="Borrador secreto", slug="borrador-secreto", live=False)
    demo_site.root_page.add_child(instance=draft)
    assert "Borrador secreto" not in client.get("/buscar/?q=secreto").content.decode()
    assert "Intranet" not in client.get("/buscar/?q=intranet").content.decode().split("<main")[1]


def test_search_is_paginated(client, demo_site):
    for n in range(15):
        demo_site.root_page.add_child(instance=StandardPage(title=f"Convocatoria {n}", slug=f"conv-{n}"))
    html = client.get("/buscar/?q=Convocatoria").content.decode()
    assert "Página 1 de 2" in html
    assert "Página 2 de 2" in client.get("/buscar/?q=Convocatoria&pagina=2").content.decode()


def test_robots_and_sitemap(client, news_index):
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/noticias/" in sitemap
    assert "/intranet/" not in sitemap


def test_breadcrumbs_on_inner_pages(client, contact_page):
    html = client.get("/atencion-y-servicios-a-la-ciudadania/contactenos/").content.decode()
    assert 'aria-label="Ruta de navegación"' in html
    assert "Atención y servicios a la ciudadanía</a>" in html


def test_participa_has_its_six_sections(client, demo_site):
    from portal.demo.site_content import _participa

    _participa(demo_site.root_page)  # the demo's own Participa menu, and only it
    participa = StandardPage.objects.get(slug="participa")
    assert participa.get_children().live().count() == 6


def test_rich_text_cannot_carry_script(client, demo_site, user_with_role):
    import json

    client.force_login(user_with_role("publicador"))
    contentstate = {
        "blocks": [
            {
                "key": "a",
                "type": "unstyled",
                "depth": 0,
                "text": "<script>alert(1)</script> clic",
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 33, "length": 4, "key": 0}],
            }
        ],
        "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}},
    }
    body = json.dumps([{"type": "rich_text", "value": json.dumps(contentstate), "id": "x"}])
    client.post(
        f"/admin/pages/add/website/standardpage/{demo_site.root_page.pk}/",
        {
            "title": "Con script",
            "slug": "con-script",
            "intro": "",
            "body-count": "1",
            "body-0-type": "rich_text",
            "body-0-value": json.dumps(contentstate),
            "body-0-deleted": "",
            "body-0-order": "0",
            "body-0-id": "x",
            "body": body,
            "action-publish": "1",
        },
    )
    page = StandardPage.objects.get(slug="con-script")
    assert page.live
    html = client.get(page.url).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; clic" in html  # shown as text, not run
    assert "<script>alert" not in html
    assert "javascript:" not in html


def test_scheduled_page_goes_live_on_the_next_tick(demo_site):
    import time

    from portal.tasks import scheduler_tick

    page = StandardPage(title="Programada", slug="programada", live=False)
    demo_site.root_page.add_child(instance=page)
    page.go_live_at = timezone.now() + timedelta(seconds=1)
    page.save_revision().publish()  # scheduled: not live yet
    page.refresh_from_db()
    assert not page.live
    time.sleep(1.2)
    scheduler_tick()
    page.refresh_from_db()
    assert page.live
