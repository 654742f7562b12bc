"""The GLPI REST API source against a local server that answers as GLPI's ``apirest.php`` does."""

from __future__ import annotations

import json
import socket
import threading
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import CommandError, call_command

from portal.business_calendar import BOGOTA
from portal.models import SchedulerHeartbeat
from servicedesk.glpi.api import ApiSource, GlpiApiError, GlpiClient
from servicedesk.glpi.importer import run_import
from servicedesk.glpi.models import GlpiImportRun
from servicedesk.glpi.tasks import glpi_sync
from servicedesk.tickets.models import Ticket, TicketCategory
from tests.factories import UserFactory

APP_TOKEN = "app-token-de-prueba"
USER_TOKEN = "user-token-de-prueba"
SESSION = "sesion-83af7e620c83"
TOTAL = 120

CATEGORIES = {
    3: {"id": 3, "name": "Hardware", "completename": "Hardware", "itilcategories_id": 0},
    12: {"id": 12, "name": "Impresoras", "completename": "Hardware > Impresoras", "itilcategories_id": 3},
}
REQUEST_TYPES = {1: "Helpdesk", 2: "E-Mail", 3: "Phone"}
USERS = {
    7: (
        {"id": 7, "name": "mlopez", "realname": "López", "firstname": "María"},
        "maria.lopez@instituto-demo.example",
    ),
    8: ({"id": 8, "name": "tecnico.glpi", "realname": "Díaz", "firstname": "Pedro"}, "pdiaz@otra.example"),
}


def glpi_ticket(number: int) -> dict:
    status = number % 6 + 1
    return {
        "id": number,
        "entities_id": 0,
        "name": f"Caso API {number}",
        "content": "&lt;p&gt;Detalle &amp;amp; pasos&lt;/p&gt;",
        "date": "2026-03-02 08:00:00",
        "date_mod": f"2026-03-{number % 20 + 5:02d} 10:00:00",
        "solvedate": "2026-03-03 15:00:00" if status >= 5 else None,
        "closedate": "2026-03-04 10:00:00" if status == 6 else None,
        "status": status,
        "urgency": number % 5 + 1,
        "impact": 3,
        "priority": number % 5 + 1,
        "type": 1 if number % 2 else 2,
        "itilcategories_id": 12 if number % 3 else 0,
        "requesttypes_id": number % 3 + 1,
        "takeintoaccount_delay_stat": 900 if status > 1 else 0,
        "actiontime": 1800,
        "time_to_own": None,
        "time_to_resolve": None,
        "links": [{"rel": "Entity", "href": "http://glpi/apirest.php/Entity/0"}],
    }


class FakeGlpi:
    """What the fake server holds and what it saw."""

    def __init__(self):
        self.tickets = [glpi_ticket(number) for number in range(1, TOTAL + 1)]
        self.ranges: list[str] = []
        self.sorts: list[str] = []
        self.kills = 0
        self.fail_at: int | None = None  # range start whose page answers "session invalid"


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status: int, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 - http.server's name
        glpi: FakeGlpi = self.server.glpi
        parts = urlsplit(self.path)
        path = parts.path.removeprefix("/apirest.php/").strip("/")
        query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        if self.headers.get("App-Token") != APP_TOKEN:
            return self.answer(400, ["ERROR_WRONG_APP_TOKEN_PARAMETER", "parameter app_token seems wrong"])
        if path == "initSession":
            authorization = self.headers.get("Authorization", "")
            if not authorization.startswith("user_token ") or not authorization.removeprefix("user_token "):
                return self.answer(
                    400,
                    [
                        "ERROR_LOGIN_PARAMETERS_MISSING",
                        "parameter(s) login, password or user_token are missing",
                    ],
                )
            if authorization != f"user_token {USER_TOKEN}":
                return self.answer(401, ["ERROR_GLPI_LOGIN_USER_TOKEN", "parameter user_token seems invalid"])
            return self.answer(200, {"session_token": SESSION})
        if self.headers.get("Session-Token") != SESSION:
            return self.answer(401, ["ERROR_SESSION_TOKEN_INVALID", "session_token seems invalid"])
        if path == "killSession":
            glpi.kills += 1
            return self.answer(200, True)
        if path == "Ticket":
            return self.ticket_page(glpi, query)
        return self.item(path.split("/"))

    def ticket_page(self, glpi: FakeGlpi, query: dict):
        start, end = (int(bound) for bound in query.get("range", "0-49").split("-"))
        glpi.ranges.append(f"{start}-{end}")
        glpi.sorts.append(f"{query.get('sort', 'id')} {query.get('order', 'ASC')}")
        if glpi.fail_at == start:
            return self.answer(401, ["ERROR_SESSION_TOKEN_INVALID", "session_token seems invalid"])
        tickets = sorted(
            glpi.tickets,
            key=lambda t: (t[query.get("sort", "id")], t["id"]),
            reverse=query.get("order") == "DESC",
        )
        if start > len(tickets):
            return self.answer(
                400, ["ERROR_RANGE_EXCEED_TOTAL", f"Provided range exceed total count of data: {TOTAL}"]
            )
        page = tickets[start : end + 1]
        last = start + len(page) - 1
        status = 206 if end + 1 < len(tickets) else 200
        return self.answer(
            status, page, {"Content-Range": f"{start}-{last}/{len(tickets)}", "Accept-Range": "Ticket 1000"}
        )

    def item(self, parts: list[str]):
        if parts[0] == "ITILCategory" and int(parts[1]) in CATEGORIES:
            return self.answer(200, CATEGORIES[int(parts[1])])
        if parts[0] == "RequestType" and int(parts[1]) in REQUEST_TYPES:
            return self.answer(200, {"id": int(parts[1]), "name": REQUEST_TYPES[int(parts[1])]})
        if parts[0] == "Ticket" and parts[2:] == ["Ticket_User"]:
            number = int(parts[1])
            requester = {
                "id": number * 10,
                "tickets_id": number,
                "type": 1,
                "users_id": 7,
                "alternative_email": "",
            }
            if number % 4 == 0:
                requester.update(users_id=0, alternative_email="externo@correo.example")
            technician = {
                "id": number * 10 + 1,
                "tickets_id": number,
                "type": 2,
                "users_id": 8,
                "alternative_email": "",
            }
            return self.answer(200, [requester, technician])
        if parts[0] == "User" and int(parts[1]) in USERS:
            user, email = USERS[int(parts[1])]
            if parts[2:] == ["UserEmail"]:
                return self.answer(200, [{"id": 1, "users_id": user["id"], "email": email, "is_default": 1}])
            return self.answer(200, user)
        return self.answer(404, ["ERROR_ITEM_NOT_FOUND", "Item not found"])


@pytest.fixture
def glpi(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.glpi = FakeGlpi()
    server.glpi.url = f"http://127.0.0.1:{server.server_address[1]}/apirest.php"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.glpi
    server.shutdown()
    server.server_close()
    thread.join(5)


def source(glpi, **options):
    return ApiSource(glpi.url, app_token=APP_TOKEN, user_token=USER_TOKEN, **options)


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


@pytest.mark.django_db
def test_every_page_is_read_and_the_session_killed_once(glpi):
    maria = UserFactory(username="maria", email="maria.lopez@instituto-demo.example")

    run = run_import(source(glpi))

    assert glpi.ranges == ["0-49", "50-99", "100-149"]
    assert glpi.kills == 1
    assert (run.created, run.updated, run.skipped, run.failed) == (TOTAL, 0, 0, 0)
    assert run.source == "api" and run.source_name == glpi.url and run.status == "correcta"
    assert Ticket.objects.filter(glpi_id__isnull=False).count() == TOTAL

    solved = Ticket.objects.get(glpi_id=4)  # status 5
    assert (solved.status, solved.ticket_type, solved.channel) == ("resuelto", "requerimiento", "correo")
    assert solved.title == "Caso API 4" and solved.description == "Detalle & pasos"
    assert solved.opened_at == at(2026, 3, 2, 8) and solved.solved_at == at(2026, 3, 3, 15)
    assert solved.taken_at == at(2026, 3, 2, 8, 15) and solved.time_spent == 30
    assert solved.category.full_name == "Hardware > Impresoras" and solved.category.glpi_id == 12
    assert solved.requester is None and solved.requester_name == "externo@correo.example"
    assert solved.technician is None  # GLPI's technician has no portal account
    assert list(solved.status_changes.values_list("status", flat=True)) == ["nuevo", "asignado", "resuelto"]
    assert solved.own_seconds == 15 * 60 and solved.own_breached is False

    new = Ticket.objects.get(glpi_id=6)  # status 1
    assert new.status == "nuevo" and new.requester == maria and new.category is None
    assert (new.urgency, new.priority, new.channel) == ("baja", 4, "intranet")  # urgency 2, priority 2
    assert Ticket.objects.get(glpi_id=5).status == "cerrado"
    assert TicketCategory.objects.get(glpi_id=12).parent.name == "Hardware"


@pytest.mark.django_db
def test_a_second_api_run_changes_nothing(glpi):
    run_import(source(glpi))
    stamps = dict(Ticket.objects.values_list("glpi_id", "updated_at"))

    second = run_import(source(glpi))

    assert (second.created, second.updated, second.skipped) == (0, 0, TOTAL)
    assert dict(Ticket.objects.values_list("glpi_id", "updated_at")) == stamps
    assert glpi.kills == 2


@pytest.mark.django_db
def test_a_failing_page_stops_the_run_and_still_kills_the_session_once(glpi):
    glpi.fail_at = 50

    with pytest.raises(GlpiApiError) as raised:
        run_import(source(glpi, fetch_actors=False))

    assert raised.value.status == 401 and raised.value.code == "ERROR_SESSION_TOKEN_INVALID"
    assert "GLPI rechazó la solicitud Ticket" in str(raised.value)
    assert glpi.kills == 1
    run = GlpiImportRun.objects.get()
    assert run.status == "fallida" and run.created == 50  # the first page's tickets stay
    assert "ERROR_SESSION_TOKEN_INVALID" in run.errors[-1]["message"]
    assert APP_TOKEN not in json.dumps(run.errors) and USER_TOKEN not in run.source_name


def test_a_wrong_app_token_is_refused_in_spanish(glpi):
    client = GlpiClient(glpi.url, app_token="otro", user_token=USER_TOKEN)
    with pytest.raises(GlpiApiError) as raised, client:
        pass
    assert raised.value.code == "ERROR_WRONG_APP_TOKEN_PARAMETER" and raised.value.status == 400
    assert str(raised.value).startswith("GLPI rechazó la solicitud initSession")
    assert glpi.kills == 0  # no session was opened


@pytest.mark.parametrize(
    ("token", "code"), [("", "ERROR_LOGIN_PARAMETERS_MISSING"), ("x", "ERROR_GLPI_LOGIN_USER_TOKEN")]
)
def test_a_missing_or_wrong_user_token_is_refused(glpi, token, code):
    with pytest.raises(GlpiApiError) as raised, GlpiClient(glpi.url, app_token=APP_TOKEN, user_token=token):
        pass
    assert raised.value.code == code


def test_an_unreachable_server_is_reported_in_spanish():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = GlpiClient(f"http://127.0.0.1:{port}/apirest.php", user_token=USER_TOKEN, timeout=(2, 2))
    with pytest.raises(GlpiApiError, match="No se pudo conectar con GLPI"):
        client.open()


@pytest.mark.django_db
def test_since_reads_the_newest_first_and_stops_at_older_tickets(glpi):
    run = run_import(source(glpi, since=at(2026, 3, 22), fetch_actors=False))

    # date_mod runs 5…24 March by ID; 22, 23 and 24 March are 18 tickets, all on the first page.
    assert run.created == 18 and glpi.ranges == ["0-49"] and glpi.sorts == ["date_mod DESC"]
    assert glpi.kills == 1


@pytest.mark.django_db
def test_the_command_imports_from_the_api(glpi, settings):
    settings.GLPI_API_URL, settings.GLPI_APP_TOKEN, settings.GLPI_USER_TOKEN = glpi.url, APP_TOKEN, USER_TOKEN
    out = StringIO()

    call_command("import_glpi", "--api", stdout=out)

    assert out.getvalue() == (
        f"Importación de GLPI (API REST de GLPI «{glpi.url}»): "
        "120 creados, 0 actualizados, 0 sin cambios, 0 con error.\n"
    )


@pytest.mark.django_db
def test_the_command_turns_an_api_failure_into_a_command_error(glpi, settings):
    settings.GLPI_API_URL, settings.GLPI_APP_TOKEN, settings.GLPI_USER_TOKEN = glpi.url, "mal", USER_TOKEN

    with pytest.raises(CommandError, match="La importación falló: GLPI rechazó la solicitud initSession"):
        call_command("import_glpi", "--api")


@pytest.mark.django_db
def test_the_nightly_task_syncs_from_the_last_good_run(glpi, settings):
    settings.GLPI_API_URL, settings.GLPI_APP_TOKEN, settings.GLPI_USER_TOKEN = glpi.url, APP_TOKEN, USER_TOKEN

    glpi_sync.call_local()
    glpi_sync.call_local()

    first, second = GlpiImportRun.objects.order_by("started_at", "pk")
    assert first.created == TOTAL and (second.created, second.updated) == (0, 0)
    assert glpi.sorts[:3] == ["id ASC"] * 3 and glpi.sorts[3] == "date_mod DESC"  # since the first run
    beat = SchedulerHeartbeat.objects.get(name="servicedesk-glpi-sync")
    assert beat.last_result.startswith("creados: 0; actualizados: 0; sin cambios: ")
