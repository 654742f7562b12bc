"""The transparency menu on the site: complete tree, item pages, applicability, budgets."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from digital_gov.transparency.anexo2 import walk
from digital_gov.transparency.models import (
    TransparencyIndexPage,
    TransparencyItemPage,
    TransparencySectionPage,
)
from digital_gov.transparency.seed import seed_transparency

pytestmark = pytest.mark.django_db
ALL_NUMBERS = [number for number, _, _ in walk()]
EMPTY_RICH_TEXT = '{"blocks": [], "entityMap": {}}'


def test_seed_transparency_creates_the_whole_tree_once(demo_site):
    call_command("seed_transparency", stdout=StringIO())
    sections = TransparencySectionPage.objects.count()
    items = TransparencyItemPage.objects.count()
    call_command("seed_transparency", stdout=StringIO())
    assert (TransparencySectionPage.objects.count(), TransparencyItemPage.objects.count()) == (
        sections,
        items,
    )
    assert sections == 10
    numbers = set(TransparencySectionPage.objects.values_list("number", flat=True))
    numbers |= set(TransparencyItemPage.objects.values_list("number", flat=True))
    assert numbers == set(ALL_NUMBERS)


def test_seeded_items_are_drafts_until_filled(demo_site):
    seed_transparency(demo_site.root_page)
    assert not TransparencyItemPage.objects.live().exists()


def test_item_page_shows_number_title_update_and_responsible(client, transparency):
    item = TransparencyItemPage.objects.get(number="4.3")
    html = client.get(item.url).content.decode()
    assert "4.3</span> Plan de Acción" in html
    assert "Última actualización" in html
    assert "Oficina Asesora de Planeación" in html
    assert "Plan de Acción 2026" in html  # its document, with its own date
    assert "31 de enero de 2026" in html


def test_category_ten_is_not_applicable_with_its_justification(client, transparency):
    section = TransparencySectionPage.objects.get(number="10")
    assert not section.applies
    item = TransparencyItemPage.objects.get(number="10.1")
    html = client.get(item.url).content.decode()
    assert "No aplica a la entidad" in html
    assert "Anexo 2" in html


def test_not_applicable_without_justification_is_rejected():
    item = TransparencyItemPage(number="9.9", title="X", responsible_area="Y", applies=False)
    with pytest.raises(ValidationError) as error:
        item.clean()
    assert "not_applicable_justification" in error.value.message_dict


def test_admin_refuses_an_empty_item_that_applies(client, transparency, user_with_role):
    client.force_login(user_with_role("administrador"))
    section = TransparencySectionPage.objects.get(number="9")
    url = f"/admin/pages/add/digital_gov/transparencyitempage/{section.pk}/"
    data = {
        "title": "Ítem vacío",
        "slug": "item-vacio",
        "number": "9.2",
        "applies": "on",
        "not_applicable_justification": "",
        "body": EMPTY_RICH_TEXT,
        "legal_basis": "",
        "responsible_area": "Secretaría General",
        "update_frequency": "anual",
        "last_updated": "2026-11-01",
        "documents-TOTAL_FORMS": "0",
        "documents-INITIAL_FORMS": "0",
        "documents-MIN_NUM_FORMS": "0",
        "documents-MAX_NUM_FORMS": "1000",
        "links-TOTAL_FORMS": "0",
        "links-INITIAL_FORMS": "0",
        "links-MIN_NUM_FORMS": "0",
        "links-MAX_NUM_FORMS": "1000",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "no puede quedar vacío" in response.content.decode()
    assert not TransparencyItemPage.objects.filter(number="9.2").exists()

    data["links-TOTAL_FORMS"] = "1"
    data.update(
        {"links-0-title": "Norma", "links-0-url": "https://www.suin-juriscol.gov.co/", "links-0-ORDER": "1"}
    )
    response = client.post(url, data)
    assert response.status_code == 302
    assert TransparencyItemPage.objects.filter(number="9.2").exists()


def _grow_tree(index, count, start=0):
    section = TransparencySectionPage.objects.child_of(index).first()
    for n in range(start, start + count):
        page = TransparencyItemPage(
            number=f"1.{20 + n}",
            title=f"Ítem adicional {n}",
            slug=f"adicional-{n}",
            responsible_area="Secretaría General",
            body="<p>Contenido.</p>",
        )
        section.add_child(instance=page)


def test_transparency_index_queries_are_constant_from_20_to_80_items(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    seed_transparency(demo_site.root_page)  # ten live sections, items as drafts
    index = TransparencyIndexPage.objects.get()

    def queries_with(items):
        existing = TransparencyItemPage.objects.live().count()
        _grow_tree(index, items - existing, start=existing)
        assert TransparencyItemPage.objects.live().count() == items
        client.get("/transparencia/")  # warm the per-site caches a running server keeps warm
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/transparencia/")
        assert response.status_code == 200
        assert response.content.decode().count('class="transparency-tree__number"') == items + 10
        return len(captured)

    at_20, at_80 = queries_with(20), queries_with(80)
    assert at_20 == at_80 <= 15


def test_index_page_is_unique():
    assert TransparencyIndexPage.max_count == 1
