"""The demo institute's transparency menu: real content, honest pending items, no placeholder."""

import pytest
from wagtail.models import Revision

from digital_gov.transparency.anexo2 import walk
from digital_gov.transparency.models import TransparencyItemPage
from portal.demo import site as demo_site
from portal.demo import transparency as demo
from portal.demo.governance.audits import _transparency_evidence

pytestmark = pytest.mark.django_db
ITEM_NUMBERS = {number for number, _, parent in walk() if parent is not None}
ALL_NUMBERS = [number for number, _, _ in walk()]


def _seed():
    demo_site.seed(lambda *args: None)
    demo.seed(lambda *args: None)


def _state(item: TransparencyItemPage) -> str:
    if not item.applies:
        return "not_applicable" if item.not_applicable_justification.strip() else "broken"
    if item.is_pending:
        return "pending"
    has_content = item.body.strip() or item.live_register or item.documents.exists() or item.links.exists()
    return "content" if has_content else "broken"


def test_demo_menu_is_filled_honestly_seeding_twice_changes_nothing_and_placeholders_go(
    client, demo_institute
):
    items = list(TransparencyItemPage.objects.all())
    assert {item.number for item in items} == ITEM_NUMBERS
    assert all(item.live for item in items)
    assert not [item.number for item in items if demo.OLD_PLACEHOLDER in item.body]
    states = {item.number: _state(item) for item in items}
    assert "broken" not in states.values(), [n for n, s in states.items() if s == "broken"]
    # Category 1 is what a citizen opens first: all of it has real content.
    assert all(state == "content" for number, state in states.items() if number.split(".")[0] == "1")
    assert {n for n, s in states.items() if s == "pending"} == set(demo.PENDING)
    assert demo.summary() == {
        "total": len(ITEM_NUMBERS),
        "content": len(ITEM_NUMBERS) - len(demo.PENDING) - 2,
        "pending": len(demo.PENDING),
        "not_applicable": 2,
    }

    evidence = _transparency_evidence()
    assert "100 %" not in evidence
    assert f"{len(demo.PENDING)} en preparación con fecha prevista" in evidence

    revisions = Revision.objects.count()
    _seed()
    assert Revision.objects.count() == revisions

    directory = client.get(TransparencyItemPage.objects.get(number="1.5").url).content.decode()
    assert directory.count("<li>Cargo: ") == len(demo.entity.STAFF)
    assert '<a href="mailto:gerencia@instituto-demo.example">' in directory
    process_map = client.get(TransparencyItemPage.objects.get(number="1.3").url).content.decode()
    assert "Procesos de apoyo" in process_map and "<li>Gestión de TIC</li>" in process_map
    pending = client.get(TransparencyItemPage.objects.get(number="8.1").url).content.decode()
    assert "Información en preparación" in pending and "Fecha prevista de publicación:" in pending

    # A menu seeded by an earlier demo, with its placeholder sentence, gets the real text.
    item = TransparencyItemPage.objects.get(number="1.2")
    item.body = f"{demo.OLD_PLACEHOLDER}Estructura orgánica - organigrama», a cargo de X.</p>"
    item.save_revision().publish()
    demo.seed(lambda *args: None)
    item.refresh_from_db()
    assert item.body == demo.BODIES["1.2"]


def test_index_lists_every_number_and_every_item_answers(client, demo_institute):
    html = client.get("/transparencia/").content.decode()
    for number in ALL_NUMBERS:
        assert f'<span class="transparency-tree__number">{number}</span>' in html, number
    for item in TransparencyItemPage.objects.live():
        assert client.get(item.url).status_code == 200, item.number


def test_transparency_index_budget(client, demo_institute, django_assert_max_num_queries):
    client.get("/transparencia/")
    with django_assert_max_num_queries(15):
        client.get("/transparencia/")
