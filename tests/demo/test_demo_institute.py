"""The demo institute: seeded completely and idempotently, and every page, every role, zero 5xx.

The demo institute is seeded once for the package (see ``conftest``) inside an outer transaction
that is rolled back at the end; it is the slowest setup of the suite, so everything that needs the
whole demo is in this package (the service desk's year of tickets, the transparency menu), which
is collected first and so runs whole on one xdist worker (``SHARED_SETUP_FIRST`` in
``tests/conftest.py``).

A second run of ``seed_demo`` changes no row. Each crawl test crawls, as anonymous or as one
role, every link reachable from ``/``, ``/intranet/`` and ``/admin/`` and fails with one report
naming every offending URL, role and reason:

* a 5xx answer (the client records the exception instead of raising it);
* a 404: a link the portal shows to this role leads nowhere (a download the role may not
  make must not be offered, and one it may make must answer);
* a Python repr in the visible text (tuples, dicts, querysets, ``object at 0x``, bare ``None``);
* a template variable that failed to resolve in one of the project's templates;
* on Spanish pages, an English admin leftover ("Statement", ": True", "1-8 of 8", bare "Yes");
* in English mode, a Spanish month name.

Only GET requests are made and links that could change state are never followed (see
``DENIED``). URLs are sampled: numeric ids become ``<id>`` and every pattern is visited as every
role, ``PER_PATTERN`` URLs of it as the Administrador (who reaches every record) and
``PER_PATTERN_OTHER_ROLES`` as each other role (what differs between roles is what they are
offered and allowed, which the first link of a pattern shows). Rendering every record of a kind
is the business of that kind's own tests, which build the variants they check.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import deque
from html.parser import HTMLParser
from io import StringIO
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.conf import settings
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.template.base import FilterExpression
from django.test import Client, RequestFactory, override_settings

from portal.demo.people import read_credentials
from portal.roles import ROLES

START = ("/", "/intranet/", "/admin/")
PER_PATTERN = 1
#: URLs of one pattern visited as the other roles (see the module's docstring).
PER_PATTERN_OTHER_ROLES = 1
# A safety stop, not a sample: reaching it fails the test (see ``crawl``).
MAX_REQUESTS = 600
HOSTS = {"", "testserver"}

# Links a GET could still act on, or whose confirmation pages are not worth a request: Wagtail
# asks for confirmation on GET and acts on POST, but some project and third-party views act on
# GET, so anything whose name says it deletes, cancels, unpublishes, moves, copies, reverts,
# locks, disables, logs out or runs a workflow step is left alone. Language switching is a
# POST-only form; its GET would only redirect.
DENIED = re.compile(
    r"/(?:[^/?]*[-_])?(?:delete|unpublish|logout|salir|revert|lock|unlock|copy|move|workflow[^/]*|"
    r"cancel|disable|convert_alias|reject|approve|restart|unschedule|revoke|archive|"
    r"idioma|bulk)(?:[-_/?]|$)",
    re.IGNORECASE,
)
# Served files: requested for their status only, never parsed.
FILE_PREFIXES = ("/static/", "/media/", "/documentos/")

MARKER = "CRAWL-INVALID"


def _ours(origin) -> bool:
    name = str(getattr(origin, "name", ""))
    return name.startswith(str(settings.BASE_DIR)) and "site-packages" not in name


class InvalidVariable(str):
    """``string_if_invalid`` that marks failed variables of the project's own templates only.

    It equals ``""``. Django asks ``if string_if_invalid:`` when a variable fails; the answer is
    yes only for a node parsed from one of our templates, and Django then renders
    ``string_if_invalid % name``, the marker naming the variable. For Wagtail's and Django's own
    templates the answer is no, so they render exactly as with the default ``""`` (filters
    applied): their templates rely on silent failures, and a marker there breaks URLs and tags.
    """

    def __bool__(self):
        frame = sys._getframe(1)
        if frame.f_code is not FilterExpression.resolve.__code__:
            return False
        while frame is not None:
            node = frame.f_locals.get("self") if frame.f_code.co_name == "render_annotated" else None
            if node is not None:
                return _ours(getattr(node, "origin", None))
            frame = frame.f_back
        return False

    def __contains__(self, part):
        return part == "%s"

    def __mod__(self, variable):
        return f"{MARKER}[{variable}]"


# Python reprs in the visible text of a page.
REPRS = [
    (re.compile(r"\(\s*'[^']*',\s"), "tuple repr"),
    (re.compile(r"\[\s*\("), "list-of-tuples repr"),
    (re.compile(r"\{\s*'[^']*'\s*:"), "dict repr"),
    (re.compile(r"<QuerySet"), "QuerySet repr"),
    (re.compile(r"object at 0x[0-9a-f]+"), "object repr"),
    (re.compile(r"<[A-Z]\w+: [^>]*>"), "model repr"),
    (re.compile(r"\b(?:datetime\.date|Decimal|UUID)\("), "value repr"),
]
# Text nodes that are a bare Python value.
BARE_VALUES = {"None", "True", "False"}
# Wagtail's own views that print bare values, none of our making: the users list (a "True"
# column cell of Wagtail's user table) and the aging-pages report ("None" for a page never
# published by a user). Only the bare-value checks are skipped there.
WAGTAIL_BARE_VALUES = re.compile(r"^/admin/(?:users|reports/aging-pages)/")
# English the Spanish admin must not show.
ENGLISH = [
    (re.compile(r"\bStatement\b"), "English 'Statement'"),
    (re.compile(r":\s*(?:True|False)\b"), "English boolean"),
    (re.compile(r"\b\d+-\d+ of \d+\b"), "English page counter"),
]
# ("No" is also Spanish, so only "Yes" betrays an English yes/no cell.)
BARE_ENGLISH = {"Yes", "True", "False"}
SPANISH_MONTHS = re.compile(
    r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b"
    r"|\bde (?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


class Page(HTMLParser):
    """Links and visible text nodes of an HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.texts: list[str] = []
        self.times: list[str] = []
        self.in_time = False
        self.hidden = 0
        self.in_menu = False
        # An element with the ``hidden`` attribute (Wagtail's empty side-panel counter renders
        # "None" there): its tag and nesting depth, while inside it.
        self.hidden_tag: str | None = None
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"script", "style", "template", "textarea"}:
            self.hidden += 1
        if self.hidden_tag == tag:
            self.hidden_depth += 1
        elif self.hidden_tag is None and "hidden" in dict(attrs):
            self.hidden_tag, self.hidden_depth = tag, 1
        # Wagtail's admin menu is JSON read by JavaScript: its links are its "url" values.
        self.in_menu = tag == "script" and dict(attrs).get("id") == "wagtail-sidebar-props"
        self.in_time = self.in_time or tag == "time"
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)

    def handle_endtag(self, tag):
        self.in_time = self.in_time and tag != "time"
        if tag == self.hidden_tag:
            self.hidden_depth -= 1
            if not self.hidden_depth:
                self.hidden_tag = None
        if tag in {"script", "style", "template", "textarea"} and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if self.in_menu:
            self.links += [json.loads(f'"{url}"') for url in re.findall(r'"url": "((?:[^"\\]|\\.)*)"', data)]
            self.in_menu = False
        if self.in_time:
            self.times.append(data.strip())
        if not self.hidden and self.hidden_tag is None and data.strip():
            self.texts.append(data.strip())


def pattern_of(url: str) -> str:
    """``/admin/snippets/x/edit/12/?p=2`` → ``/admin/snippets/x/edit/<id>/?``.

    A query string's values are ignored: list filters, orderings and pages combine into
    thousands of URLs rendered by one view, so a couple of them stand for all.
    """
    parts = urlsplit(url)
    if parts.path.startswith(FILE_PREFIXES):
        return parts.path.split("/")[1]
    path = re.sub(r"(?<=/)\d+(?=/|$)", "<id>", parts.path)
    # Wagtail's page-type usage report, one per page model: the same view.
    path = re.sub(r"^/admin/pages/usage/.*", "/admin/pages/usage/<model>/", path)
    if not path.startswith("/admin/") and path.count("/") > 2:
        # Sibling pages of the public site and the intranet (a section's items, the news):
        # the same page type, so the first two of each parent stand for all.
        path = re.sub(r"[^/]+/$", "<slug>/", path)
    return path + ("?" if parts.query else "")


def local(base: str, href: str) -> str | None:
    """The same-host path and query of ``href`` (relative to ``base``), else ``None``."""
    if href.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.scheme not in {"", "http", "https"} or parts.netloc not in HOSTS:
        return None
    return urlunsplit(("", "", parts.path or "/", parts.query, ""))


def problems_of(url: str, response, spanish: bool) -> list[str]:
    """What is wrong with one answer (empty when nothing is)."""
    if response.status_code >= 500:
        exc = getattr(response, "exc_info", None)
        reason = f"{exc[0].__name__}: {exc[1]}" if exc else "no exception recorded"
        return [f"{response.status_code} {reason}"]
    if response.status_code == 404:
        return ["404: a broken link"]
    if not response.get("Content-Type", "").startswith("text/html") or url.startswith(FILE_PREFIXES):
        return []
    html = response.content.decode(response.charset or "utf-8", "replace")
    found = []
    if MARKER in html:
        names = sorted(set(re.findall(rf"{MARKER}\[([^\]]*)\]", html)))
        found.append(f"invalid template variable(s): {', '.join(names)}")
    page = Page()
    page.feed(html)
    text = "\n".join(page.texts)
    for regex, what in REPRS:
        if match := regex.search(text):
            found.append(f"{what}: {match.group(0)!r}")
    if (bare := BARE_VALUES & set(page.texts)) and not WAGTAIL_BARE_VALUES.match(url):
        found.append(f"bare Python value(s): {sorted(bare)}")
    if spanish:
        for regex, what in ENGLISH:
            if match := regex.search(text):
                found.append(f"{what}: {match.group(0)!r}")
        if (bare := BARE_ENGLISH & set(page.texts)) and not WAGTAIL_BARE_VALUES.match(url):
            found.append(f"bare English cell(s): {sorted(bare)}")
    return found


def links_of(url: str, response) -> list[str]:
    if response.status_code in {301, 302, 303, 307, 308}:
        return [response["Location"]]
    if not response.get("Content-Type", "").startswith("text/html") or url.startswith(FILE_PREFIXES):
        return []
    page = Page()
    page.feed(response.content.decode(response.charset or "utf-8", "replace"))
    return page.links


def crawl(
    client: Client, spanish: bool = True, per_pattern_limit: int = PER_PATTERN
) -> tuple[dict[str, list[str]], int]:
    """``{url: problems}`` for every URL reached from ``START``, and the number of requests.

    Every reachable pattern is visited: a crawl that meets ``MAX_REQUESTS`` with links left to
    follow reports it as an offence instead of passing on what it happened to reach.
    """
    queue = deque(START)
    seen = set(START)
    # Served files are sampled per pattern of the page that links them: the public pages'
    # documents do not vouch for the procedures a process sheet offers.
    file_patterns: dict[str, str] = {}
    per_pattern: dict[str, int] = {}
    offences: dict[str, list[str]] = {}
    requests = 0
    while queue and requests < MAX_REQUESTS:
        url = queue.popleft()
        pattern = file_patterns.get(url) or pattern_of(url)
        if per_pattern.get(pattern, 0) >= per_pattern_limit:
            continue
        per_pattern[pattern] = per_pattern.get(pattern, 0) + 1
        response = client.get(url)
        requests += 1
        if problems := problems_of(url, response, spanish):
            offences[url] = problems
        for href in links_of(url, response):
            target = local(url, href)
            if target and target not in seen and not DENIED.search(urlsplit(target).path):
                seen.add(target)
                if target.startswith(FILE_PREFIXES):
                    file_patterns[target] = f"{pattern_of(target)} from {pattern}"
                queue.append(target)
    unvisited = [
        url
        for url in queue
        if per_pattern.get(file_patterns.get(url) or pattern_of(url), 0) < per_pattern_limit
    ]
    if unvisited:
        offences["(crawl)"] = [f"stopped at {MAX_REQUESTS} requests with {len(unvisited)} URL(s) unvisited"]
    return offences, requests


@pytest.fixture
def crawl_settings(demo_institute):
    templates = [dict(settings.TEMPLATES[0], OPTIONS=dict(settings.TEMPLATES[0]["OPTIONS"]))]
    templates[0]["OPTIONS"]["string_if_invalid"] = InvalidVariable()
    with override_settings(TEMPLATES=templates + settings.TEMPLATES[1:]):
        yield


def _row_counts():
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


def _seed():
    call_command("seed_demo", stdout=StringIO())


@pytest.mark.django_db
def test_seed_demo_builds_the_institute_once_and_a_second_run_changes_nothing(
    client, settings, demo_institute
):
    """The package's seeding is the first run; this test makes the second."""
    credentials_file = settings.DEMO_CREDENTIALS_FILE

    # The site: home page with the institution's data, and the Gestión de TIC process.
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Instituto Departamental de Tecnología e Innovación" in html
    assert "900123456-7" in html
    assert "notificacionesjudiciales@" in html
    from governance.processes.models import Process

    process = Process.objects.get(code="GTI")
    assert process.name == "Gestión de TIC"
    assert process.leader == "Gerente"
    client.force_login(get_user_model().objects.get(username="funcionario"))
    assert client.get("/intranet/").status_code == 200
    client.logout()

    # One sign-in lockout, so the admin's "Bloqueos de ingreso" is not empty.
    assert AccessAttempt.objects.get(username="admin").failures_since_start == 5

    # Every role has a demo user who can sign in, with a generated password, in a private file.
    credentials = read_credentials(credentials_file)
    assert set(credentials) == {role.key for role in ROLES}
    for role in ROLES:
        # django-axes counts sign-ins per client, so authenticate() needs the request.
        request = RequestFactory().post("/cuenta/ingresar/")
        user = authenticate(request, username=role.key, password=credentials[role.key])
        assert user is not None, role.key
        assert user.groups.filter(name=role.name).exists()
    assert len(set(credentials.values())) == len(credentials)
    assert all(len(password) >= 16 for password in credentials.values())
    assert credentials_file.stat().st_mode & 0o077 == 0

    # Idempotent: a second run changes no row and keeps the passwords.
    first_counts = _row_counts()
    first_credentials = credentials_file.read_text()
    _seed()
    assert _row_counts() == first_counts
    assert credentials_file.read_text() == first_credentials


def report(who: str, offences: dict[str, list[str]]) -> str:
    lines = [f"{len(offences)} offending URL(s) as {who}:"]
    for url, problems in sorted(offences.items()):
        lines += [f"  {url}"] + [f"      {problem}" for problem in problems]
    return "\n".join(lines)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [None] + [role.key for role in ROLES], ids=lambda key: key or "anonymous")
def test_every_page_answers_cleanly(role, crawl_settings):
    client = Client(raise_request_exception=False)
    if role:
        client.force_login(get_user_model().objects.get(username=role))
    started = time.monotonic()
    limit = PER_PATTERN if role == "administrador" else PER_PATTERN_OTHER_ROLES
    offences, requests = crawl(client, per_pattern_limit=limit)
    elapsed = time.monotonic() - started
    print(f"crawl as {role or 'anonymous'}: {requests} requests in {elapsed:.1f} s")
    assert requests > 10, "the crawl reached almost nothing"
    assert not offences, report(role or "anonymous", offences)


@pytest.mark.django_db
def test_english_pages_show_no_spanish_month(crawl_settings):
    """With the language switch on English, dates are English through and through."""
    from website.models import NewsPage

    client = Client(raise_request_exception=False)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    news = NewsPage.objects.live().first()
    offences = {}
    for url in ("/", "/noticias/", news.url, "/eventos/"):
        response = client.get(url)
        assert response["Content-Language"] == "en"
        problems = problems_of(url, response, spanish=False)
        # Only dates are checked: the institute's content itself is Spanish and names months.
        text = "\n".join(_times(response))
        if match := SPANISH_MONTHS.search(text):
            problems.append(f"Spanish month in English: {match.group(0)!r}")
        if problems:
            offences[url] = problems
    assert not offences, report("anonymous, in English", offences)


def _times(response) -> list[str]:
    page = Page()
    page.feed(response.content.decode())
    return page.times
