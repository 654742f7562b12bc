"""Items that apply but whose information is not ready yet: published as "en preparación" with a date."""

from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from wagtail.models import Site

from digital_gov.transparency.models import (
    TransparencyIndexPage,
    TransparencyItemPage,
    TransparencySectionPage,
)

pytestmark = pytest.mark.django_db
EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'


@pytest.fixture
def section():
    """A published index and category 9 under the default site's root page."""
    # Rolled-back tests leave Wagtail's cached site root paths behind (Redis, or this process's
    # locmem); on PostgreSQL page ids are not reused, so the stale paths would break every URL.
    cache.clear()
    home = Site.objects.get(is_default_site=True).root_page
    index = TransparencyIndexPage(title="Transparencia", slug="transparencia")
    home.add_child(instance=index)
    index.save_revision().publish()
    section = TransparencySectionPage(number="9", title="Reporte de información", slug="9-reporte")
    index.add_child(instance=section)
    section.save_revision().publish()
    return section


def _item(section, number="9.1", **fields) -> TransparencyItemPage:
    item = TransparencyItemPage(
        number=number,
        title="Normatividad especial",
        slug=f"item-{number.replace('.', '-')}",
        responsible_area="Secretaría General",
        **fields,
    )
    section.add_child(instance=item)
    item.full_clean()
    item.save_revision().publish()
    return item


def test_pending_item_shows_the_notice_and_its_due_date(client, section):
    item = _item(section, pending=True, pending_until=date(2099, 12, 15))
    html = client.get(item.url).content.decode()
    assert "Información en preparación" in html
    assert "Fecha prevista de publicación:" in html
    assert '<time datetime="2099-12-15">15 de diciembre de 2099</time>' in html
    assert "vencida" not in html
    assert "Secretaría General está preparando la información" in html


def test_overdue_pending_item_says_the_date_has_passed(client, section):
    yesterday = timezone.localdate() - timedelta(days=1)
    item = _item(section, pending=True, pending_until=yesterday)
    assert item.is_overdue
    html = client.get(item.url).content.decode()
    assert "Fecha vencida." in html
    assert "La fecha prevista ya pasó" in html


def test_pending_notice_in_english(client, section):
    item = _item(section, pending=True, pending_until=date(2099, 12, 15))
    client.post("/idioma/", {"language": "en", "next": "/"})
    html = client.get(item.url).content.decode()
    assert "Information being prepared" in html
    assert "Expected publication date:" in html
    assert "Dec. 15, 2099" in html
    assert "Información en preparación" not in html


def test_pending_item_without_a_date_is_refused_in_spanish(section):
    item = TransparencyItemPage(number="9.2", title="X", responsible_area="Y", pending=True)
    # The middleware leaves the last request's language active in this thread: set the editor's.
    with translation.override("es-co"):
        with pytest.raises(ValidationError) as error:
            item.clean()
        assert error.value.message_dict["pending_until"] == [
            "Si la información está en preparación, indique la fecha prevista de publicación."
        ]


def test_due_date_without_pending_and_pending_without_applying_are_refused(section):
    dated = TransparencyItemPage(
        number="9.2", title="X", responsible_area="Y", pending_until=date(2099, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        dated.clean()
    assert "pending_until" in error.value.message_dict
    excluded = TransparencyItemPage(
        number="9.3", title="X", responsible_area="Y", applies=False,
        not_applicable_justification="Ley X.", pending=True, pending_until=date(2099, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        excluded.clean()
    assert "pending" in error.value.message_dict


def _admin_post(client, section, **extra):
    data = {
        "title": "Ítem nuevo",
        "slug": "item-nuevo",
        "number": "9.2",
        "applies": "on",
        "not_applicable_justification": "",
        "body": EMPTY_RICH_TEXT,
        "legal_basis": "",
        "responsible_area": "Secretaría General",
        "update_frequency": "anual",
        "last_updated": "2026-11-01",
        "pending_until": "",
        "action-publish": "action-publish",
    }
    for prefix in ("documents", "links"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0",
                     f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"})
    data.update(extra)
    return client.post(f"/admin/pages/add/digital_gov/transparencyitempage/{section.pk}/", data)


def test_admin_publishes_an_empty_item_only_when_pending_with_a_date(client, section, admin_user):
    client.force_login(admin_user)
    response = _admin_post(client, section)
    assert response.status_code == 200
    assert "no puede quedar vacío" in response.content.decode()

    response = _admin_post(client, section, pending="on")
    assert response.status_code == 200
    assert "indique la fecha prevista de publicación" in response.content.decode()
    assert not TransparencyItemPage.objects.filter(number="9.2").exists()

    response = _admin_post(client, section, pending="on", pending_until="2026-12-15")
    assert response.status_code == 302
    item = TransparencyItemPage.objects.get(number="9.2")
    assert item.live and item.is_pending and item.pending_until == date(2026, 12, 15)


def test_index_and_category_mark_pending_items(client, section):
    _item(section, pending=True, pending_until=date(2099, 12, 15))
    _item(section, number="9.2", body="<p>Informes a la Contaduría.</p>")
    for url in ("/transparencia/", section.url):
        html = client.get(url).content.decode()
        assert html.count('<span class="badge">En preparación</span>') == 1, url
    overdue = TransparencyItemPage.objects.get(number="9.1")
    overdue.pending_until = timezone.localdate() - timedelta(days=3)
    overdue.save_revision().publish()
    assert "En preparación (fecha vencida)" in client.get("/transparencia/").content.decode()
