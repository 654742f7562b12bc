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


#: Reports every Content-Security-Policy violation of a page (and of its frames) to the test.
CSP_LISTENER = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.__reportCspViolation(
    `${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`
    + ` (${event.sourceFile || "page"}:${event.lineNumber})`
  );
});
"""


class CspWatchedBrowser:
    """The browser, whose every context reports the CSP violations of its pages to ``violations``.

    A violation reaches the list twice: from the page's ``securitypolicyviolation`` event and
    from chromium's console message ("… violates the following Content Security Policy …").
    Contexts never bypass the policy: the tests see what a visitor's browser does.
    """

    def __init__(self, browser, violations: list[str]):
        self._browser, self.violations = browser, violations

    def new_context(self, **options):
        assert not options.get("bypass_csp"), "browser tests run under the site's real policy"
        context = self._browser.new_context(**options)
        context.expose_function("__reportCspViolation", self._event)
        context.add_init_script(CSP_LISTENER)
        context.on("console", self._console)
        return context

    def new_page(self, **options):
        return self.new_context(**options).new_page()

    def _event(self, description: str):
        self.violations.append(description)

    def _console(self, message):
        if "Content Security Policy" in message.text:
            self.violations.append(f"console: {message.text}")

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture
def csp_violations():
    """The CSP violations the test's pages met; the ``browser`` fixture fails the test on any."""
    return []


@pytest.fixture
def browser(live_server, csp_violations):
    """A fresh chromium per test, started after the test database is ready.

    Playwright's sync API keeps an event loop running while it is open; Django then keeps
    database connections per context. Starting it after the database set-up and stopping
    it before the tear-down keeps both on the test's ordinary connection.

    Every page the test opens is watched for Content-Security-Policy violations: a test whose
    pages met one fails at tear-down, listing them.
    """
    require(CHROMIUM.exists(), "Debian's chromium (/usr/bin/chromium)")
    from playwright.sync_api import sync_playwright

    # The Django calls a test makes while Playwright's loop runs are ordinary synchronous ones.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield CspWatchedBrowser(browser, csp_violations)
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
    assert csp_violations == [], "Content-Security-Policy violations:\n" + "\n".join(csp_violations)


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
    """``axe(page)`` → the WCAG 2.1 A/AA violations axe-core finds on the page.

    axe-core is evaluated through the DevTools protocol, which the page's policy does not
    govern; an inline <script> (``page.add_script_tag(content=…)``) would be refused by it.
    """

    def run(page):
        page.evaluate(axe_source)
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
