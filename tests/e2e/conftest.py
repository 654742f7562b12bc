"""Browser tests: Python Playwright driving Debian's chromium, with axe-core from npm."""

import os
from pathlib import Path

import pytest

from tests.conftest import require
from tests.servicedesk.conftest import desk  # noqa: F401  (the service desk of the request flow)

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def pytest_collection_modifyitems(items):
    """Every test in this folder is a browser test (``make test-fast`` leaves them out)."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture
def browser(live_server):
    """A fresh chromium per test, started after the test database is ready.

    Playwright's sync API keeps an event loop running while it is open; Django then keeps
    database connections per context. Starting it after the database set-up and stopping
    it before the tear-down keeps both on the test's ordinary connection.
    """
    require(CHROMIUM.exists(), "Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    # The Django calls a test makes while Playwright's loop runs are ordinary synchronous ones.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield browser
            browser.close()
            # Connections opened while Playwright's loop ran belong to that context: close them
            # here, or the test database cannot be dropped at the end of the run.
            from django.db import connections

            connections.close_all()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="es-CO")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def axe_source():
    require(AXE.exists(), "axe-core (npm ci)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def axe(axe_source):
    """``axe(page)`` → the WCAG 2.1 A/AA violations axe-core finds on the page."""

    def run(page):
        page.add_script_tag(content=axe_source)
        result = page.evaluate(
            """async () => await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}
            })"""
        )
        return [
            {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]]}
            for v in result["violations"]
        ]

    return run
