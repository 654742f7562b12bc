"""The service-desk statistics report: its measures bucket by bucket, the page, the XLSX, who may see them.

Ten tickets with known dates and clocks around a first quarter, 1 Jan – 31 Mar 2025 (Bogota):

====  =========  ====  ====  =======  ================  =====  ==============  ======  ======
case  type       prio  tech  channel  opened            own s  solved (res s)  closed  survey
====  =========  ====  ====  =======  ================  =====  ==============  ======  ======
T1    incidente  1     Ana   correo   10 Jan            3600   12 Jan (7200)   13 Jan  5
T2    incidente  2     Ana   tel.     20 Jan            7200   5 Feb (36000)*  6 Feb   3
T3    requerim.  3     Bru   intr.    10 Feb            1800   11 Feb (3600)   —       —
T4    requerim.  3     Bru   intr.    1 Mar             10800  —               —       —
T5    requerim.  4     —     correo   31 Mar 23:30      —      —               —       —
T6    incidente  1     Ana   tel.     20 Dec 2024       600    5 Jan (14400)   6 Jan   —
T7    requerim.  3     Bru   intr.    1 Nov 2024        900    —               —       —
T8    incidente  3     Ana   correo   1 Jun 2024        60     2 Jun 2024      3 Jun   4
T9    incidente  3     Ana   correo   1 Apr 2025 00:30  —      —               —       —
T10   incidente  2     Ana   correo   20 Mar            5400   2 Apr (20000)   —       —
====  =========  ====  ====  =======  ================  =====  ==============  ======  ======

Opened at 9:00 unless told; taken ``own s`` seconds after opening; surveys answered on closing.
``*`` T2 breached its resolution SLA and had been reopened once. T1, T2, T6, T10 are in the "Hardware"
category and the "Préstamo de equipos" service; T3, T4, T7 in "Software" / "Licencias"; T5 in neither.
"""

import io
import random
import statistics
import zipfile
from datetime import date, datetime, timedelta

import openpyxl
import pytest
from django.db import connection
from django.db.models import Q
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.business_calendar import BOGOTA
from servicedesk.catalog.models import ServicePage
from servicedesk.stats.forms import default_period
from servicedesk.stats.hooks import statistics_menu_item
from servicedesk.stats.median import Median, SqliteMedian
from servicedesk.stats.queries import Filters, Measures, months_of, ticket_statistics
from servicedesk.tickets.models import SupportGroup, Ticket, TicketCategory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/admin/mesa-de-servicios/estadisticas/"
XLSX_URL = "/admin/mesa-de-servicios/estadisticas.xlsx"
QUARTER = Filters(start=date(2025, 1, 1), end=date(2025, 4, 1))
QUARTER_QUERY = "?desde=2025-01-01&hasta=2025-03-31"
H = 3600


def at(month, day, hour=9, minute=0, year=2025):
    return datetime(year, month, day, hour, minute, tzinfo=BOGOTA)


@pytest.fixture
def known(db):
    """The ten tickets of the module docstring; returns the technicians and services."""
    group = SupportGroup.objects.create(name="Mesa de ayuda")
    hardware = TicketCategory.objects.create(name="Hardware")
    software = TicketCategory.objects.create(name="Software")
    root = Page.get_first_root_node()
    loans = root.add_child(
        instance=ServicePage(
            title="Préstamo de equipos", slug="prestamo", summary="s", category=hardware, owner_group=group
        )
    )
    licences = root.add_child(
        instance=ServicePage(
            title="Licencias", slug="licencias", summary="s", category=software, owner_group=group
        )
    )
    ana = UserFactory(first_name="Ana", last_name="Pérez", roles=["tecnico"])
    bruno = UserFactory(first_name="Bruno", last_name="Gómez", roles=["tecnico"])
    a = {"technician": ana, "category": hardware, "service": loans}
    b = {"technician": bruno, "category": software, "service": licences}

    def ticket(
        who, kind, priority, channel, opened, *, own=None, solved=None, closed=None, survey=None, **more
    ):
        """Taken ``own`` seconds after opening; ``solved`` is (when, business seconds); survey on closing."""
        values = {
            "ticket_type": kind,
            "priority": priority,
            "channel": channel,
            "opened_at": opened,
            "status": "nuevo",
        }
        if own is not None:
            values.update(taken_at=opened + timedelta(seconds=own), own_seconds=own, status="en_curso")
        if solved:
            values.update(solved_at=solved[0], resolve_seconds=solved[1], status="resuelto")
        if closed:
            values.update(closed_at=closed, status="cerrado")
        if survey:
            values.update(satisfaction=survey, satisfaction_at=closed)
        values.update(more)
        return Ticket.objects.create(
            title="Caso", description="Caso", requester_name="Persona", **who, **values
        )

    inc, req = "incidente", "requerimiento"
    ticket(a, inc, 1, "correo", at(1, 10), own=H, solved=(at(1, 12), 2 * H), closed=at(1, 13), survey=5)
    t2 = ticket(
        a, inc, 2, "telefono", at(1, 20), own=2 * H, solved=(at(2, 5), 10 * H), closed=at(2, 6), survey=3
    )
    Ticket.objects.filter(pk=t2.pk).update(resolve_breached=True, reopen_count=1)
    ticket(b, req, 3, "intranet", at(2, 10), own=H // 2, solved=(at(2, 11), H))
    ticket(b, req, 3, "intranet", at(3, 1), own=3 * H)
    # T5: opened at 23:30 in Bogota, already 1 April in UTC: still March and the quarter.
    ticket({}, req, 4, "correo", at(3, 31, 23, 30))
    ticket(a, inc, 1, "telefono", at(12, 20, year=2024), own=600, solved=(at(1, 5), 4 * H), closed=at(1, 6))
    ticket(b, req, 3, "intranet", at(11, 1, year=2024), own=900, status="en_espera")
    # T8: entirely before the quarter.
    last_june = {"solved": (at(6, 2, year=2024), H), "closed": at(6, 3, year=2024), "survey": 4}
    ticket(a, inc, 3, "correo", at(6, 1, year=2024), own=60, **last_june)
    ticket(a, inc, 3, "correo", at(4, 1, 0, 30))  # T9: after the quarter
    ticket(a, inc, 2, "correo", at(3, 20), own=5400, solved=(at(4, 2), 20000))  # T10: solved after it
    return {"ana": ana, "bruno": bruno, "loans": loans, "licences": licences}


def expect(counts, own=(None, None), resolve=(None, None), survey=(None, 0)) -> Measures:
    """``counts``: opened, solved, closed, backlog, solved in SLA, reopened; hours to own and to resolve
    as (mean, median); survey as (mean score, answers)."""
    opened, solved, closed, backlog, solved_in_sla, reopened = counts
    return Measures(opened, solved, closed, backlog, solved_in_sla, reopened, *own, *resolve, *survey)


INCIDENTS = expect((3, 3, 3, 1, 2, 1), own=(1.5, 1.5), resolve=(57600 / 3 / H, 4.0), survey=(4.0, 2))
REQUESTS_OF_BRUNO = expect((2, 1, 0, 2, 1, 0), own=(1.75, 1.75), resolve=(1.0, 1.0))
T5_ALONE = expect((1, 0, 0, 1, 0, 0))


def rows(statistics, key):
    return {row.label: row.measures for row in statistics.breakdown(key).rows}


def approx(actual: Measures, expected: Measures):
    """Field by field, floats to the sixth decimal (databases round averages differently)."""
    for name, wanted in vars(expected).items():
        got = getattr(actual, name)
        assert got == (pytest.approx(wanted) if isinstance(wanted, float) else wanted), name


# --- The measures -------------------------------------------------------------------------------


def test_totals_of_the_quarter(known):
    total = ticket_statistics(QUARTER).total
    approx(
        total,
        expect((6, 4, 3, 4, 3, 1), own=(1.6, 1.5), resolve=(4.25, 3.0), survey=(4.0, 2)),
    )
    assert total.sla_rate == 0.75 and total.reopen_rate == 0.25


def test_by_type(known):
    by_type = rows(ticket_statistics(QUARTER), "type")
    assert list(by_type) == ["Incidente", "Requerimiento"]
    approx(by_type["Incidente"], INCIDENTS)
    approx(
        by_type["Requerimiento"],
        expect((3, 1, 0, 3, 1, 0), own=(1.75, 1.75), resolve=(1.0, 1.0)),
    )
    assert by_type["Incidente"].sla_rate == pytest.approx(2 / 3)
    assert by_type["Requerimiento"].sla_rate == 1.0 and by_type["Requerimiento"].reopen_rate == 0.0


def test_by_priority_every_level_even_an_empty_one(known):
    by_priority = rows(ticket_statistics(QUARTER), "priority")
    assert list(by_priority) == ["1 · Muy alta", "2 · Alta", "3 · Media", "4 · Baja", "5 · Muy baja"]
    approx(
        by_priority["1 · Muy alta"],
        expect((1, 2, 2, 0, 2, 0), own=(1.0, 1.0), resolve=(3.0, 3.0), survey=(5.0, 1)),
    )
    approx(
        by_priority["2 · Alta"],
        expect((2, 1, 1, 1, 0, 1), own=(1.75, 1.75), resolve=(10.0, 10.0), survey=(3.0, 1)),
    )
    approx(by_priority["3 · Media"], REQUESTS_OF_BRUNO)
    approx(by_priority["4 · Baja"], T5_ALONE)
    assert by_priority["5 · Muy baja"] == Measures()
    assert by_priority["2 · Alta"].sla_rate == 0.0 and by_priority["4 · Baja"].sla_rate is None


def test_by_technician_with_the_unassigned_last(known):
    by_technician = rows(ticket_statistics(QUARTER), "technician")
    assert list(by_technician) == ["Ana Pérez", "Bruno Gómez", "Sin asignar"]
    approx(by_technician["Ana Pérez"], INCIDENTS)
    approx(by_technician["Bruno Gómez"], REQUESTS_OF_BRUNO)
    approx(by_technician["Sin asignar"], T5_ALONE)


def test_by_channel(known):
    by_channel = rows(ticket_statistics(QUARTER), "channel")
    assert list(by_channel)[:3] == ["Intranet (catálogo de servicios)", "Correo electrónico", "Teléfono"]
    approx(
        by_channel["Correo electrónico"],
        expect((3, 1, 1, 2, 1, 0), own=(1.25, 1.25), resolve=(2.0, 2.0), survey=(5.0, 1)),
    )
    approx(
        by_channel["Teléfono"],
        expect((1, 2, 2, 0, 1, 1), own=(2.0, 2.0), resolve=(7.0, 7.0), survey=(3.0, 1)),
    )
    approx(by_channel["Intranet (catálogo de servicios)"], REQUESTS_OF_BRUNO)
    assert by_channel["Presencial"] == Measures() and by_channel["Teléfono"].reopen_rate == 0.5


def test_by_category_and_service(known):
    statistics = ticket_statistics(QUARTER)
    by_category, by_service = rows(statistics, "category"), rows(statistics, "service")
    assert list(by_category) == ["Hardware", "Software", "Sin categoría"]
    assert list(by_service) == ["Licencias", "Préstamo de equipos", "Sin servicio"]
    approx(by_category["Hardware"], INCIDENTS)
    approx(by_service["Préstamo de equipos"], INCIDENTS)
    approx(by_service["Licencias"], REQUESTS_OF_BRUNO)
    approx(by_category["Sin categoría"], T5_ALONE)


def test_by_month_backlog_at_each_month_end(known):
    by_month = ticket_statistics(QUARTER).breakdown("month")
    assert [row.key for row in by_month.rows] == ["2025-01", "2025-02", "2025-03"]
    january, february, march = (row.measures for row in by_month.rows)
    approx(
        january,
        expect((2, 2, 2, 2, 2, 0), own=(1.5, 1.5), resolve=(3.0, 3.0), survey=(5.0, 1)),
    )
    approx(
        february,
        expect((1, 2, 1, 1, 1, 1), own=(0.5, 0.5), resolve=(5.5, 5.5), survey=(3.0, 1)),
    )
    approx(march, expect((3, 0, 0, 4, 0, 0), own=(2.25, 2.25)))
    assert february.sla_rate == 0.5 and march.sla_rate is None
    assert by_month.total.backlog == march.backlog


def test_filters_by_type_and_service(known):
    approx(ticket_statistics(Filters(QUARTER.start, QUARTER.end, ticket_type="incidente")).total, INCIDENTS)
    only_licences = Filters(QUARTER.start, QUARTER.end, service_id=known["licences"].pk)
    approx(ticket_statistics(only_licences).total, REQUESTS_OF_BRUNO)


def test_an_empty_period_has_zeros_and_no_averages(known):
    statistics = ticket_statistics(Filters(date(2020, 1, 1), date(2020, 3, 1)))
    assert statistics.total == Measures()
    assert [row.measures for row in statistics.breakdown("month").rows] == [Measures(), Measures()]
    assert statistics.breakdown("category").rows == []


def test_tickets_never_solved_stay_pending_in_later_periods(known):
    later = ticket_statistics(Filters(date(2030, 1, 1), date(2030, 3, 1)))
    assert later.total == Measures(backlog=4)  # T4, T5, T7 and T9
    assert [row.measures.backlog for row in later.breakdown("month").rows] == [4, 4]


def test_months_are_clipped_to_the_period():
    assert months_of(date(2024, 11, 15), date(2025, 2, 10)) == [
        (date(2024, 11, 15), date(2024, 12, 1)),
        (date(2024, 12, 1), date(2025, 1, 1)),
        (date(2025, 1, 1), date(2025, 2, 1)),
        (date(2025, 2, 1), date(2025, 2, 10)),
    ]


def test_default_period_is_the_last_twelve_months():
    assert default_period(date(2025, 3, 18)) == (date(2024, 4, 1), date(2025, 3, 18))
    assert default_period(date(2025, 12, 1)) == (date(2025, 1, 1), date(2025, 12, 1))


# --- The median, on the configured backend and on SQLite ----------------------------------------


def test_median_in_the_database_odd_even_empty_nulls_and_filtered(known):
    tickets = Ticket.objects.filter(opened_at__year=2025, opened_at__lt=at(4, 1))
    # own_seconds of T1..T5 and T10: 3600, 7200, 1800, 10800, NULL, 5400
    assert tickets.aggregate(m=Median("own_seconds"))["m"] == 5400
    assert tickets.exclude(own_seconds=10800).aggregate(m=Median("own_seconds"))["m"] == 4500
    assert tickets.exclude(own_seconds=3600).aggregate(m=Median("own_seconds"))["m"] == 6300
    assert tickets.filter(own_seconds__isnull=True).aggregate(m=Median("own_seconds"))["m"] is None
    filtered = tickets.aggregate(m=Median("own_seconds", filter=Q(ticket_type="incidente")))["m"]
    assert filtered == 5400  # 3600, 7200, 5400
    grouped = dict(tickets.values_list("ticket_type").annotate(m=Median("own_seconds")).order_by())
    assert grouped == {"incidente": 5400, "requerimiento": 6300}


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7, 10, 11, 50])
def test_median_matches_the_statistics_module(count):
    rng = random.Random(count)  # ties, zero and the largest value the field holds, among random ones
    edges = (0, 60, 3599, 2**31 - 1)
    values = [rng.choice(edges) if n % 3 == 0 else rng.randrange(2**31) for n in range(count)]
    Ticket.objects.bulk_create(
        Ticket(title="Caso", description="Caso", requester_name="Persona", opened_at=at(1, 2), own_seconds=v)
        for v in values
    )
    assert Ticket.objects.aggregate(m=Median("own_seconds"))["m"] == statistics.median(values)


def test_median_runs_where_configured():
    if connection.vendor == "postgresql":
        sql = str(Ticket.objects.annotate(m=Median("own_seconds")).values("m").query)
        assert "PERCENTILE_DISC(ARRAY[0.5, 0.500000001]::float8[]) WITHIN GROUP (ORDER BY" in sql
    else:
        assert connection.vendor == "sqlite"
        with connection.cursor() as cursor:
            cursor.execute("SELECT MEDIAN(x) FROM (SELECT 1 AS x UNION ALL SELECT 4 UNION ALL SELECT 2)")
            assert cursor.fetchone() == (2.0,)


def test_sqlite_median_aggregate_on_a_plain_sqlite_connection():
    import sqlite3

    database = sqlite3.connect(":memory:")
    database.create_aggregate("MEDIAN", 1, SqliteMedian)
    database.execute("CREATE TABLE t (g TEXT, x INTEGER)")
    database.executemany("INSERT INTO t VALUES (?, ?)", [("a", 5), ("a", 1), ("a", None), ("b", 4), ("b", 2)])
    result = database.execute("SELECT g, MEDIAN(x) FROM t GROUP BY g ORDER BY g").fetchall()
    assert result == [("a", 3.0), ("b", 3.0)]
    assert database.execute("SELECT MEDIAN(x) FROM t WHERE g = 'z'").fetchone() == (None,)


# --- The page ------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["tecnico", "auditor", "gerente", "profesional_tic"])
def test_readers_of_tickets_see_the_page(client, known, role):
    client.force_login(UserFactory(roles=[role]))
    response = client.get(URL + QUARTER_QUERY)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Informe estadístico de atención a solicitudes, requerimientos e incidentes" in html
    assert "servicedesk/vendor/chart.umd.min.js" in html
    for key in ("month", "type", "category", "service", "priority", "technician", "channel"):
        assert f'id="estadisticas-{key}-datos"' in html  # the chart's data (json_script)
        assert f'data-stats-chart="estadisticas-{key}-datos"' in html
    assert html.count('role="img"') == 7 and html.count('<caption id="estadisticas-') == 7
    assert '<th scope="row">Ana Pérez</th>' in html
    assert "75,0 %" in html  # solved within SLA, in Colombian number format


def test_page_tables_hold_the_figures(client, known):
    client.force_login(UserFactory(roles=["tecnico"]))
    html = client.get(URL + QUARTER_QUERY).content.decode()
    # Incidents: 3 opened, 3 solved, 3 closed, 1 pending, 66.7 % in SLA, 1.5 h to own, 5.3 h mean to resolve
    incident = '<th scope="row">Incidente</th><td>3</td><td>3</td><td>3</td><td>1</td><td>66,7 %</td>'
    assert (
        incident + "<td>1,5</td><td>1,5</td><td>5,3</td><td>4,0</td><td>33,3 %</td><td>4,00</td><td>2</td>"
        in html
    )
    # Requests: 1.75 h to own rounds half up, like the spreadsheet
    request = '<th scope="row">Requerimiento</th><td>3</td><td>1</td><td>0</td><td>3</td><td>100,0 %</td>'
    assert request + "<td>1,8</td>" in html
    assert '<th scope="row">5 · Muy baja</th><td>0</td>' in html


def test_funcionario_cannot_reach_the_statistics(client, known):
    client.force_login(UserFactory(roles=["funcionario"]))
    for url in (URL, XLSX_URL):
        response = client.get(url)
        # Wagtail refuses a user without admin access before the view runs: back to the admin sign-in.
        assert response.status_code in (302, 403)
        assert "estadísticas" not in response.content.decode().lower()
        if response.status_code == 302:
            assert response["Location"].startswith("/admin/login/")


def test_an_admin_user_without_ticket_rights_gets_403(client, known):
    client.force_login(UserFactory(roles=["editor"]))
    assert client.get(URL).status_code == 403
    assert client.get(XLSX_URL).status_code == 403


def test_anonymous_is_sent_to_sign_in(client):
    for url in (URL, XLSX_URL):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/?next=")


def test_menu_item_only_for_readers_of_tickets(known):
    item = statistics_menu_item()
    assert str(item.label) == "Estadísticas" and item.url == URL
    request = RequestFactory().get("/admin/")
    for role, shown in (("tecnico", True), ("auditor", True), ("funcionario", False), ("editor", False)):
        request.user = UserFactory(roles=[role])
        assert item.is_shown(request) is shown, role


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?desde=2025-02-30", "Ingrese una fecha válida."),
        ("?desde=hoy&hasta=2025-01-01", "Ingrese una fecha válida."),
        ("?desde=2025-03-01&hasta=2025-01-01", "La fecha «Desde» no puede ser posterior a la fecha «Hasta»."),
        ("?desde=2015-01-01&hasta=2025-01-01", "El periodo no puede pasar de cinco años: acórtelo."),
        ("?desde=1999-12-31&hasta=2000-01-31", "Escriba una fecha entre el año 2000 y el 2100."),
        ("?desde=9999-12-01&hasta=9999-12-31", "Escriba una fecha entre el año 2000 y el 2100."),
        ("?tipo=cambio", "Escoja una opción válida."),
        ("?servicio=abc", "Escoja una opción válida."),
        ("?servicio=99999999999999999999999", "Escoja una opción válida."),
    ],
)
def test_bad_filters_answer_400_in_spanish(client, known, query, message):
    client.force_login(UserFactory(roles=["tecnico"]))
    for url in (URL, XLSX_URL):
        response = client.get(url + query)
        assert response.status_code == 400, url
        assert message in response.content.decode()


def test_without_filters_the_last_twelve_months(client, known):
    from django.utils import timezone

    client.force_login(UserFactory(roles=["tecnico"]))
    response = client.get(URL)
    start, end = default_period(timezone.localdate())
    html = response.content.decode()
    assert response.status_code == 200
    assert f'value="{start.isoformat()}"' in html and f'value="{end.isoformat()}"' in html


def test_page_queries_do_not_grow_with_the_tickets(client, known, django_assert_max_num_queries):
    client.force_login(UserFactory(roles=["tecnico"]))
    client.get(URL + QUARTER_QUERY)  # warm up: permissions, site, menus
    with CaptureQueriesContext(connection) as few:
        client.get(URL + QUARTER_QUERY)
    more = [TicketCategory.objects.create(name=f"Categoría {n}") for n in range(10)]
    people = [UserFactory(roles=["tecnico"]) for _ in range(10)]
    Ticket.objects.bulk_create(
        Ticket(
            title="Más",
            description="Más",
            requester_name="P",
            ticket_type="incidente",
            opened_at=at(2, 1 + n % 27),
            category=more[n % 10],
            technician=people[n % 10],
            solved_at=at(3, 1),
            resolve_seconds=H,
            satisfaction=4,
            satisfaction_at=at(3, 2),
        )
        for n in range(300)
    )
    with django_assert_max_num_queries(32) as many:
        assert client.get(URL + QUARTER_QUERY).status_code == 200
    assert len(many.captured_queries) == len(few.captured_queries)


# --- The XLSX ------------------------------------------------------------------------------------

SHEETS = [
    "Resumen",
    "Por mes",
    "Por tipo",
    "Por categoría",
    "Por servicio",
    "Por prioridad",
    "Por técnico",
    "Por canal",
]
HEADERS = [
    "Abiertos",
    "Resueltos",
    "Cerrados",
    "Pendientes al final",
    "Resueltos dentro del ANS",
    "Tiempo medio para tomar (h hábiles)",
    "Mediana para tomar (h hábiles)",
    "Tiempo medio para resolver (h hábiles)",
    "Mediana para resolver (h hábiles)",
    "Tasa de reapertura",
    "Satisfacción media (1 a 5)",
    "Encuestas respondidas",
]


def test_xlsx_has_a_sheet_per_breakdown_with_figures_and_charts(client, known):
    client.force_login(UserFactory(roles=["auditor"]))
    response = client.get(XLSX_URL + QUARTER_QUERY)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert (
        'filename="estadisticas-mesa-de-servicios-20250101-20250331.xlsx"' in response["Content-Disposition"]
    )
    workbook = openpyxl.load_workbook(io.BytesIO(response.content), data_only=True)
    assert workbook.sheetnames == SHEETS

    by_type = workbook["Por tipo"]
    table = [[cell.value for cell in row] for row in by_type.iter_rows(min_row=5)]
    assert table[0] == ["Tipo", *HEADERS]
    incident = table[1]
    assert incident[:5] == ["Incidente", 3, 3, 3, 1]
    assert incident[5] == pytest.approx(2 / 3) and incident[6:8] == [1.5, 1.5]
    assert incident[8] == pytest.approx(57600 / 3 / H) and incident[9] == 4.0
    assert incident[10] == pytest.approx(1 / 3) and incident[11:] == [4.0, 2]
    assert table[3][:5] == ["Total del periodo", 6, 4, 3, 4]
    assert by_type.freeze_panes == "B6" and by_type.auto_filter.ref == "A5:M7"
    assert by_type["F6"].number_format == "0.0%" and by_type["G6"].number_format == "0.0"
    assert "INFORME ESTADÍSTICO" in by_type["A2"].value

    months = [[cell.value for cell in row][:5] for row in workbook["Por mes"].iter_rows(min_row=6, max_row=8)]
    assert [m[1:] for m in months] == [[2, 2, 2, 2], [1, 2, 1, 1], [3, 0, 0, 4]]
    technicians = [row[0].value for row in workbook["Por técnico"].iter_rows(min_row=6, max_row=8)]
    assert technicians == ["Ana Pérez", "Bruno Gómez", "Sin asignar"]
    summary = {row[0].value: row[1].value for row in workbook["Resumen"].iter_rows(min_row=6, max_row=17)}
    assert summary["Abiertos"] == 6 and summary["Resueltos dentro del ANS"] == 0.75
    assert summary["Mediana para resolver (h hábiles)"] == 3.0 and summary["Encuestas respondidas"] == 2

    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == len(SHEETS)
        xml = "".join(archive.read(name).decode() for name in charts)
    assert "<c:lineChart>" in xml and "<c:barChart>" in xml  # the SLA line on the monthly sheet
