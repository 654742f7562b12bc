"""GLPI's legacy REST API (``apirest.php``) as a source of tickets.

A session opens with ``initSession`` (``Authorization: user_token …`` and ``App-Token``), every
call carries its ``Session-Token`` and the session always ends with ``killSession``. Lists come
in pages (``range=0-49``); ``Content-Range: 0-49/1234`` gives the total, with HTTP 206 while
more remain. Errors are 4xx with a body like ``["ERROR_SESSION_TOKEN_INVALID", "…"]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import requests
from django.conf import settings
from django.utils.translation import gettext as _

from servicedesk.glpi.mapping import parse_glpi_datetime, record_from_api
from servicedesk.glpi.models import ImportSource
from servicedesk.glpi.records import GlpiError, GlpiTicket, Person, RowProblem

PAGE_SIZE = 50
#: (connect, read) seconds; a page of 50 tickets comes back well within a minute.
TIMEOUT = (10, 60)
REQUESTER, ASSIGNED = 1, 2  # Ticket_User.type
_CONTENT_RANGE = re.compile(r"(\d+)-(-?\d+)/(\d+)")


class GlpiApiError(GlpiError):
    """GLPI answered with an error (``code`` is GLPI's, like ``ERROR_SESSION_TOKEN_INVALID``)."""

    def __init__(self, message: str, *, status: int | None = None, code: str = ""):
        super().__init__(message)
        self.status, self.code = status, code


def public_url(url: str) -> str:
    """``url`` without user, password, query or fragment: safe to show and to store."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def total_from(content_range: str) -> int | None:
    """The total of ``Content-Range: 0-49/1234`` (``None`` when absent or malformed)."""
    match = _CONTENT_RANGE.search(content_range or "")
    return int(match[3]) if match else None


class GlpiClient:
    """One API session; use as a context manager so ``killSession`` always runs."""

    def __init__(
        self,
        url: str,
        *,
        app_token: str = "",
        user_token: str,
        timeout=TIMEOUT,
        page_size: int = PAGE_SIZE,
        http: requests.Session | None = None,
    ):
        self.url = url.rstrip("/")
        self.app_token, self.user_token = app_token, user_token
        self.timeout, self.page_size = timeout, page_size
        self.http = http or requests.Session()
        self.session_token = ""

    def __enter__(self) -> GlpiClient:
        self.open()
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _headers(self, **extra) -> dict[str, str]:
        headers = {"Accept": "application/json", **extra}
        if self.app_token:
            headers["App-Token"] = self.app_token
        if self.session_token:
            headers["Session-Token"] = self.session_token
        return headers

    def get(self, endpoint: str, params=None, **headers) -> requests.Response:
        """``GET endpoint``; ``GlpiApiError`` (in Spanish) on a network failure or a 4xx/5xx."""
        where = public_url(f"{self.url}/{endpoint}")
        try:
            response = self.http.get(
                f"{self.url}/{endpoint}",
                params=params,
                headers=self._headers(**headers),
                timeout=self.timeout,
            )
        except requests.Timeout as error:
            raise GlpiApiError(_("GLPI no respondió a tiempo (%(url)s).") % {"url": where}) from error
        except requests.RequestException as error:
            raise GlpiApiError(
                _("No se pudo conectar con GLPI (%(url)s): %(error)s") % {"url": where, "error": error}
            ) from error
        if response.status_code >= 400:
            code, detail = _error_of(response)
            raise GlpiApiError(
                _("GLPI rechazó la solicitud %(endpoint)s (HTTP %(status)s %(code)s: %(detail)s).")
                % {
                    "endpoint": endpoint.split("?")[0],
                    "status": response.status_code,
                    "code": code,
                    "detail": detail,
                },
                status=response.status_code,
                code=code,
            )
        return response

    def get_json(self, endpoint: str, params=None, **headers):
        response = self.get(endpoint, params, **headers)
        try:
            return response.json()
        except ValueError as error:
            raise GlpiApiError(
                _("GLPI devolvió una respuesta que no es JSON en %(endpoint)s.") % {"endpoint": endpoint}
            ) from error

    def open(self) -> None:
        data = self.get_json("initSession", Authorization=f"user_token {self.user_token}")
        token = data.get("session_token") if isinstance(data, dict) else None
        if not token:
            raise GlpiApiError(_("GLPI no entregó un token de sesión."))
        self.session_token = token

    def close(self) -> None:
        if not self.session_token:
            return
        try:
            self.get("killSession")
        except GlpiApiError:
            pass  # the session expires on its own; the import's outcome does not depend on it
        finally:
            self.session_token = ""

    def pages(self, itemtype: str, params=None) -> Iterator[list[dict]]:
        """Every page of ``GET itemtype``, ``page_size`` items at a time."""
        start = 0
        while True:
            query = {**(params or {}), "range": f"{start}-{start + self.page_size - 1}"}
            response = self.get(itemtype, query)
            try:
                items = response.json() if response.content else []
            except ValueError:
                items = None
            if not isinstance(items, list):
                raise GlpiApiError(
                    _("GLPI devolvió una lista no válida de %(itemtype)s.") % {"itemtype": itemtype}
                )
            if items:
                yield items
            start += len(items)
            total = total_from(response.headers.get("Content-Range", ""))
            if not items or response.status_code != 206 or total is None or start >= total:
                return


class ApiSource:
    """Tickets read from GLPI's API (``since``: only those updated from then on, newest first)."""

    kind = ImportSource.API

    def __init__(
        self,
        url: str,
        *,
        app_token: str = "",
        user_token: str,
        since: datetime | None = None,
        fetch_actors: bool = True,
        page_size: int = PAGE_SIZE,
        timeout=TIMEOUT,
    ):
        self.client = GlpiClient(
            url, app_token=app_token, user_token=user_token, page_size=page_size, timeout=timeout
        )
        self.name = public_url(url)
        self.since, self.fetch_actors = since, fetch_actors
        self._dropdowns: dict[tuple[str, int], dict] = {}
        self._people: dict[int, Person | None] = {}

    @classmethod
    def from_settings(cls, *, since: datetime | None = None) -> ApiSource:
        if not settings.GLPI_API_URL:
            raise GlpiError(_("Configure GLPI_API_URL (y los tokens) para importar desde la API de GLPI."))
        return cls(
            settings.GLPI_API_URL,
            app_token=settings.GLPI_APP_TOKEN,
            user_token=settings.GLPI_USER_TOKEN,
            since=since,
        )

    def records(self) -> Iterator[GlpiTicket | RowProblem]:
        params = {"sort": "date_mod", "order": "DESC"} if self.since else {"sort": "id", "order": "ASC"}
        with self.client as client:
            for page in client.pages("Ticket", params):
                for item in page:
                    modified = _modified(item)
                    if self.since and modified is not None and modified < self.since:
                        return  # newest first: the rest is older still
                    yield self._record(client, item)

    def _record(self, client: GlpiClient, item: dict) -> GlpiTicket | RowProblem:
        try:
            requester = technician = None
            if self.fetch_actors:
                requester, technician = self._actors(client, item.get("id"))
            return record_from_api(
                item,
                category=self._category(client, item.get("itilcategories_id")),
                request_type=self._request_type(client, item.get("requesttypes_id")),
                requester=requester,
                technician=technician,
            )
        except ValueError as error:
            return RowProblem(reference=str(item.get("id", "")), message=str(error))

    def _dropdown(self, client: GlpiClient, itemtype: str, value) -> dict:
        """A dropdown's item from its ID (cached); with ``expand_dropdowns`` GLPI sends its name."""
        if isinstance(value, str) and not value.strip().isdigit():
            text = value.strip()
            return {} if text in ("", "&nbsp;") else {"completename": text, "name": text}
        if not value or not str(value).strip().isdigit() or int(value) == 0:
            return {}
        key = (itemtype, int(value))
        if key not in self._dropdowns:
            try:
                self._dropdowns[key] = client.get_json(f"{itemtype}/{int(value)}")
            except GlpiApiError as error:
                if error.status not in (403, 404):
                    raise
                self._dropdowns[key] = {}
        return self._dropdowns[key]

    def _category(self, client: GlpiClient, value) -> tuple[int | None, str] | None:
        data = self._dropdown(client, "ITILCategory", value)
        name = data.get("completename") or data.get("name")
        if not name:
            return None
        glpi_id = data.get("id")
        return (int(glpi_id) if glpi_id else None), name

    def _request_type(self, client: GlpiClient, value) -> str:
        return self._dropdown(client, "RequestType", value).get("name", "")

    def _actors(self, client: GlpiClient, ticket_id) -> tuple[Person | None, Person | None]:
        """The first requester and the first assigned technician (``Ticket/:id/Ticket_User``)."""
        links = client.get_json(f"Ticket/{int(ticket_id)}/Ticket_User") if ticket_id else []
        found: dict[int, Person | None] = {}
        for link in sorted(links if isinstance(links, list) else [], key=lambda row: row.get("id") or 0):
            kind = int(link.get("type") or 0)
            if kind not in (REQUESTER, ASSIGNED) or kind in found:
                continue
            user_id = int(link.get("users_id") or 0)
            person = self._person(client, user_id) if user_id else None
            if person is None and link.get("alternative_email"):
                person = Person(name=link["alternative_email"], email=link["alternative_email"])
            if person:
                found[kind] = person
        return found.get(REQUESTER), found.get(ASSIGNED)

    def _person(self, client: GlpiClient, user_id: int) -> Person | None:
        if user_id not in self._people:
            try:
                user = client.get_json(f"User/{user_id}")
                emails = client.get_json(f"User/{user_id}/UserEmail")
            except GlpiApiError as error:
                if error.status not in (403, 404):
                    raise
                self._people[user_id] = None
                return None
            emails = sorted(emails if isinstance(emails, list) else [], key=lambda e: not e.get("is_default"))
            full_name = " ".join(part for part in (user.get("firstname"), user.get("realname")) if part)
            self._people[user_id] = Person(
                name=full_name or user.get("name") or "",
                login=user.get("name") or "",
                email=emails[0].get("email", "") if emails else "",
            )
        return self._people[user_id]


def _modified(item: dict) -> datetime | None:
    try:
        return parse_glpi_datetime(item.get("date_mod"))
    except ValueError:
        return None


def _error_of(response: requests.Response) -> tuple[str, str]:
    """GLPI's error code and message from a body like ``["ERROR_…", "message"]``."""
    try:
        body = response.json()
    except ValueError:
        return "", " ".join(response.text.split())[:200]
    if isinstance(body, list) and body:
        return str(body[0]), str(body[1]) if len(body) > 1 else ""
    if isinstance(body, dict):
        return str(body.get("error", "")), str(body.get("message", ""))
    return "", str(body)[:200]
