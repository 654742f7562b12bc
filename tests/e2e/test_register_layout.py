"""The wide registers stay readable on the most common office screen (1366 × 768).

Casos, Plan de Mejoramiento and Riesgos list many columns next to the filter panel. The title
column keeps a readable width, the row actions stay visible, and the table scrolls sideways
inside its own container instead of running under the filter panel.
"""

import os
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "clave-de-prueba-segura"  # the one UserFactory sets
VIEWPORT = {"width": 1366, "height": 768}
MIN_TITLE_WIDTH = 200
#: Where the screenshots go (looked at by a person when the layout changes).
SHOTS = Path(os.environ.get("REGISTER_LAYOUT_SHOTS", "/tmp"))

LONG = (
    "la interrupción prolongada del servicio de correo institucional y de la mesa de ayuda en todas las "
    "sedes del instituto durante el cierre contable del semestre"
)

#: (screenshot name, list URL, class of the title cell)
REGISTERS = [
    ("casos", "/admin/servicedesk/ticket/", "field-title"),
    ("plan-de-mejoramiento", "/admin/governance/improvementaction/", "field-short_action"),
    ("riesgos", "/admin/governance/risk/", "field-statement_column"),
]


@pytest.fixture
def registers(live_server):
    """A few records with long titles and responsibles in every register, and an administrador."""
    from tests.factories import (
        ImprovementActionFactory,
        ProcessFactory,
        RiskFactory,
        SupportGroupFactory,
        TicketFactory,
        UserFactory,
    )

    process = ProcessFactory(code="GTI", name="Gestión de Tecnologías de la Información")
    technician = UserFactory(
        username="tecnico-layout", first_name="Valentina", last_name="Rodríguez Castañeda", roles=["tecnico"]
    )
    group = SupportGroupFactory(name="Infraestructura y redes de comunicaciones")
    group.members.add(technician)
    for number in range(3):
        TicketFactory(
            title=f"No funciona {LONG} ({number})",
            group=group,
            technician=technician,
            requester=UserFactory(first_name="Ana María", last_name=f"Gutiérrez Salazar {number}"),
        )
        ImprovementActionFactory(
            process=process,
            action=f"Documentar y probar el plan de continuidad ante {LONG} ({number})",
            responsible=technician,
        )
        RiskFactory(process=process, immediate_cause=f"{LONG} ({number})", owner=technician)
    return UserFactory(username="administrador-layout", roles=["administrador"])


def _signed_in_page(browser, base_url, username):
    from playwright.sync_api import expect

    context = browser.new_context(locale="es-CO", viewport=VIEWPORT)
    context.set_default_timeout(15_000)
    page = context.new_page()
    page.goto(f"{base_url}/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")
    expect(page.locator("main, #main").first).to_be_visible()
    return context, page


def _overlaps(a, b) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def _inside(inner, outer, slack=1) -> bool:
    return (
        inner["x"] >= outer["x"] - slack
        and inner["y"] >= outer["y"] - slack
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack
    )


@pytest.mark.parametrize(("name", "url", "title_class"), REGISTERS, ids=[r[0] for r in REGISTERS])
def test_a_wide_register_is_readable_at_1366_px(browser, live_server, registers, name, url, title_class):
    from playwright.sync_api import expect

    context, page = _signed_in_page(browser, live_server.url, registers.username)
    try:
        page.goto(f"{live_server.url}{url}")
        rows = page.locator(".result-list table.listing tbody tr")
        expect(rows).to_have_count(3)
        filters = page.locator(".changelist-filter")
        expect(filters).to_be_visible()
        page.screenshot(path=str(SHOTS / f"register-layout-{name}.png"), full_page=True)

        title = rows.first.locator(f"td.{title_class}")
        expect(title).to_be_visible()
        width = title.bounding_box()["width"]
        print(f"{name}: title column {width:.0f} px")  # noqa: T201  (the figure the report quotes)
        assert width >= MIN_TITLE_WIDTH, f"{name}: the title column is {width:.0f} px wide"

        # The row's actions (Editar, Inspeccionar…) are whole inside their cell, and reachable.
        actions = rows.first.locator("ul.actions a")
        assert actions.count() >= 1
        for index in range(actions.count()):
            action = actions.nth(index)
            action.scroll_into_view_if_needed()
            expect(action).to_be_visible()
            assert action.evaluate("a => a.checkVisibility()"), f"{name}: a row action is hidden"
            box = action.bounding_box()
            assert _inside(box, title.bounding_box()), f"{name}: a row action spills out of its cell"
            on_screen = box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"]
            assert on_screen, f"{name}: a row action is off-screen"

        # No cell runs under the filter panel: what the table cannot show at this width is
        # scrolled to inside its own container, which ends before the panel.
        page.evaluate("window.scrollTo(0, 0)")
        container = page.locator(".result-list")
        panel, frame = filters.bounding_box(), container.bounding_box()
        assert panel["width"] > 0 and not _overlaps(frame, panel), f"{name}: the list runs under the filters"
        cells = page.locator(".result-list table.listing").locator("th, td")
        shown = cells.evaluate_all(
            """cells => cells.map(c => {
                const r = c.getBoundingClientRect(), f = c.closest('.result-list').getBoundingClientRect();
                const left = Math.max(r.left, f.left), right = Math.min(r.right, f.right);
                return right > left ? {x: left, y: r.top, width: right - left, height: r.height} : null;
            }).filter(Boolean)"""
        )
        crossing = [box for box in shown if _overlaps(box, panel)]
        assert not crossing, f"{name}: {len(crossing)} cells overlap the filter panel"
        sizes = container.evaluate("c => [c.scrollWidth, c.clientWidth, getComputedStyle(c).overflowX]")
        print(f"{name}: table {sizes[0]} px in a {sizes[1]} px container")  # noqa: T201
        assert sizes[0] <= sizes[1] or sizes[2] in ("auto", "scroll"), f"{name}: the table is cut: {sizes}"
    finally:
        context.close()
