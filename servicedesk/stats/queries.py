"""The measures of the service-desk statistics report, aggregated in the database.

Every figure comes from conditional aggregates (``Count(filter=...)``, ``Avg``, :class:`Median`) over
the tickets that matter for the period: one query gives the period's totals and every month; the
other breakdowns (type, category, service, priority, technician, channel) are grouped together with
grouping sets on PostgreSQL (:mod:`servicedesk.stats.grouping`), one grouped query each on SQLite;
every pass runs twice, the medians apart (see :func:`_split`); three small queries name the
categories, services and technicians found. No ticket is loaded into Python: the number of queries
does not depend on how many there are (seven on PostgreSQL, seventeen on SQLite). The page and the
XLSX both read the :class:`Statistics` returned by :func:`ticket_statistics`.

Definitions, for a period [start, end) of dates in America/Bogota:

* opened, solved, closed: ``opened_at``, ``solved_at``, ``closed_at`` within the period;
* backlog: opened before the end and not solved before it (``solved_at`` empty or on/after the end);
  a month's backlog is the one at the end of that month;
* within SLA: share of the solved tickets whose resolution SLA was not breached;
* time to own / to resolve: business hours (``own_seconds``, ``resolve_seconds``) of the tickets
  taken / solved within the period, as mean and median;
* reopen rate: share of the solved tickets that were reopened at least once;
* satisfaction: surveys answered within the period, mean score (1–5) and number of answers.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time

from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Avg, Count, Q, QuerySet
from django.utils import formats
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.business_calendar import BOGOTA
from servicedesk.catalog.models import ServicePage
from servicedesk.stats.grouping import grouped_by_each
from servicedesk.stats.median import Median
from servicedesk.tickets.choices import Channel, Priority, TicketType
from servicedesk.tickets.models import Ticket, TicketCategory

HOUR = 3600


@dataclass(frozen=True)
class Column:
    """A measure as the page and the XLSX show it: ``kind`` is count, percent, hours or score."""

    key: str
    label: str
    kind: str


COLUMNS: tuple[Column, ...] = (
    Column("opened", _("Abiertos"), "count"),
    Column("solved", _("Resueltos"), "count"),
    Column("closed", _("Cerrados"), "count"),
    Column("backlog", _("Pendientes al final"), "count"),
    Column("sla_rate", _("Resueltos dentro del ANS"), "percent"),
    Column("own_mean", _("Tiempo medio para tomar (h hábiles)"), "hours"),
    Column("own_median", _("Mediana para tomar (h hábiles)"), "hours"),
    Column("resolve_mean", _("Tiempo medio para resolver (h hábiles)"), "hours"),
    Column("resolve_median", _("Mediana para resolver (h hábiles)"), "hours"),
    Column("reopen_rate", _("Tasa de reapertura"), "percent"),
    Column("satisfaction_mean", _("Satisfacción media (1 a 5)"), "score"),
    Column("satisfaction_answers", _("Encuestas respondidas"), "count"),
)


@dataclass(frozen=True)
class Measures:
    """Every measure of one bucket (a month, a type, a technician…) or of the whole period."""

    opened: int = 0
    solved: int = 0
    closed: int = 0
    backlog: int = 0
    solved_in_sla: int = 0
    reopened: int = 0
    own_mean: float | None = None
    own_median: float | None = None
    resolve_mean: float | None = None
    resolve_median: float | None = None
    satisfaction_mean: float | None = None
    satisfaction_answers: int = 0

    @property
    def sla_rate(self) -> float | None:
        """Share (0–1) of the solved tickets solved within the SLA; ``None`` when none was solved."""
        return self.solved_in_sla / self.solved if self.solved else None

    @property
    def reopen_rate(self) -> float | None:
        """Share (0–1) of the solved tickets that had been reopened."""
        return self.reopened / self.solved if self.solved else None

    def value(self, key: str):
        return getattr(self, key)

    @classmethod
    def from_row(cls, row: dict, prefix: str = "") -> Measures:
        """The measures in an aggregate row (seconds become hours)."""

        def hours(name):
            seconds = row[prefix + name]
            return None if seconds is None else seconds / HOUR

        score = row[prefix + "satisfaction_mean"]
        return cls(
            opened=row[prefix + "opened"],
            solved=row[prefix + "solved"],
            closed=row[prefix + "closed"],
            backlog=row[prefix + "backlog"],
            solved_in_sla=row[prefix + "solved_in_sla"],
            reopened=row[prefix + "reopened"],
            own_mean=hours("own_mean"),
            own_median=hours("own_median"),
            resolve_mean=hours("resolve_mean"),
            resolve_median=hours("resolve_median"),
            satisfaction_mean=None if score is None else float(score),
            satisfaction_answers=row[prefix + "satisfaction_answers"],
        )


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    measures: Measures


@dataclass(frozen=True)
class Breakdown:
    """The measures bucket by bucket along one dimension, with the period's totals."""

    key: str
    title: str
    heading: str
    rows: list[Row]
    total: Measures


@dataclass(frozen=True)
class Filters:
    """The period [start, end) in America/Bogota dates, and optionally one type and one service."""

    start: date
    end: date
    ticket_type: str = ""
    service_id: int | None = None


@dataclass(frozen=True)
class Statistics:
    filters: Filters
    total: Measures
    breakdowns: list[Breakdown] = field(default_factory=list)

    def breakdown(self, key: str) -> Breakdown:
        return next(b for b in self.breakdowns if b.key == key)


def aware(day: date) -> datetime:
    """Midnight of ``day`` in Bogota."""
    return datetime.combine(day, time.min, tzinfo=BOGOTA)


def aggregates(start: datetime, end: datetime, prefix: str = "") -> dict:
    """The conditional aggregates of every measure for the window [start, end)."""
    opened = Q(opened_at__gte=start, opened_at__lt=end)
    solved = Q(solved_at__gte=start, solved_at__lt=end)
    closed = Q(closed_at__gte=start, closed_at__lt=end)
    owned = Q(taken_at__gte=start, taken_at__lt=end)
    backlog = Q(opened_at__lt=end) & (Q(solved_at__isnull=True) | Q(solved_at__gte=end))
    answered = Q(satisfaction_at__gte=start, satisfaction_at__lt=end, satisfaction__isnull=False)
    measures = {
        "opened": Count("pk", filter=opened),
        "solved": Count("pk", filter=solved),
        "closed": Count("pk", filter=closed),
        "backlog": Count("pk", filter=backlog),
        "solved_in_sla": Count("pk", filter=solved & Q(resolve_breached=False)),
        "reopened": Count("pk", filter=solved & Q(reopen_count__gt=0)),
        "own_mean": Avg("own_seconds", filter=owned),
        "own_median": Median("own_seconds", filter=owned),
        "resolve_mean": Avg("resolve_seconds", filter=solved),
        "resolve_median": Median("resolve_seconds", filter=solved),
        "satisfaction_mean": Avg("satisfaction", filter=answered),
        "satisfaction_answers": Count("pk", filter=answered),
    }
    return {prefix + name: aggregate for name, aggregate in measures.items()}


def tickets_for(filters: Filters) -> QuerySet:
    """The tickets that count for some measure of the period (and match the filters)."""
    start, end = aware(filters.start), aware(filters.end)
    tickets = Ticket.objects.filter(opened_at__lt=end).filter(
        Q(opened_at__gte=start)
        | Q(solved_at__isnull=True)
        | Q(solved_at__gte=start)
        | Q(closed_at__gte=start)
        | Q(taken_at__gte=start)
        | Q(satisfaction_at__gte=start)
    )
    if filters.ticket_type:
        tickets = tickets.filter(ticket_type=filters.ticket_type)
    if filters.service_id:
        tickets = tickets.filter(service_id=filters.service_id)
    return tickets.order_by()


def months_of(start: date, end: date) -> list[tuple[date, date]]:
    """The calendar months that [start, end) touches, each clipped to the period."""
    months, first = [], start.replace(day=1)
    while first < end:
        following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
        months.append((max(first, start), min(following, end)))
        first = following
    return months


@dataclass(frozen=True)
class Dimension:
    """How one breakdown groups the tickets and names each group.

    Tickets are grouped by ``group_by`` alone (a code or a foreign key): no join widens the rows the
    database sorts. A vocabulary names its codes (``choices``, every code a bucket even when empty);
    a relation names the keys found with one small query (``names``).
    """

    key: str
    title: str
    heading: str
    group_by: str
    choices: type | None = None
    names: Callable[[list], dict] | None = None
    none_label: str = ""


def _category_names(keys: list) -> dict:
    return dict(TicketCategory.objects.filter(pk__in=keys).values_list("pk", "full_name"))


def _service_names(keys: list) -> dict:
    return dict(ServicePage.objects.filter(pk__in=keys).values_list("pk", "title"))


def _technician_names(keys: list) -> dict:
    users = get_user_model().objects.filter(pk__in=keys)
    return {
        pk: f"{first} {last}".strip() or username
        for pk, first, last, username in users.values_list("pk", "first_name", "last_name", "username")
    }


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("type", _("Por tipo"), _("Tipo"), "ticket_type", choices=TicketType),
    Dimension(
        "category",
        _("Por categoría"),
        _("Categoría"),
        "category",
        names=_category_names,
        none_label=_("Sin categoría"),
    ),
    Dimension(
        "service",
        _("Por servicio"),
        _("Servicio"),
        "service",
        names=_service_names,
        none_label=_("Sin servicio"),
    ),
    Dimension("priority", _("Por prioridad"), _("Prioridad"), "priority", choices=Priority),
    Dimension(
        "technician",
        _("Por técnico"),
        _("Técnico"),
        "technician",
        names=_technician_names,
        none_label=_("Sin asignar"),
    ),
    Dimension("channel", _("Por canal"), _("Canal"), "channel", choices=Channel),
)


def _split(measures: dict) -> tuple[dict, dict]:
    """The aggregates apart from the medians, and the medians.

    A median (an ordered-set aggregate on PostgreSQL) makes the database sort the rows by group and
    feed every aggregate of the query one row at a time; run apart, the other aggregates take a
    single hashed pass. Two queries are faster than one here (about a third at 100,000 tickets).
    """
    medians = {name: value for name, value in measures.items() if isinstance(value, Median)}
    return {name: value for name, value in measures.items() if name not in medians}, medians


def _rows_by_dimension(tickets: QuerySet, measures: dict) -> dict[str, dict]:
    """``{group_by: {key: row}}`` for every dimension: the plain measures in one pass, the medians in
    another (see :func:`_split`), each pass grouping by every dimension at once where the database can."""
    fields = [dimension.group_by for dimension in DIMENSIONS]
    plain, medians = _split(measures)
    rows = grouped_by_each(tickets, fields, plain)
    for group_by, found in grouped_by_each(tickets, fields, medians).items():
        for key, row in found.items():
            rows[group_by][key].update(row)
    return rows


def _breakdown(dimension: Dimension, grouped: dict, total: Measures) -> Breakdown:
    """The rows of one dimension (``{key: aggregate row}``), named and in order."""
    found = {key: Measures.from_row(row) for key, row in grouped.items()}
    if dimension.choices is not None:
        # Every choice is a bucket, even an empty one, in the order of the vocabulary.
        rows = [
            Row(str(value), str(label), found.get(value, Measures()))
            for value, label in dimension.choices.choices
        ]
    else:
        names = dimension.names([key for key in found if key is not None])
        named = sorted(
            (Row(str(key), names.get(key, str(key)), measures) for key, measures in found.items() if key),
            key=lambda row: row.label.casefold(),
        )
        rows = named + ([Row("None", str(dimension.none_label), found[None])] if None in found else [])
    return Breakdown(dimension.key, str(dimension.title), str(dimension.heading), rows, total)


@contextmanager
def reporting_session():
    """A transaction tuned for the report's few large aggregates.

    On PostgreSQL the sorts behind the medians stay in memory (``work_mem``) and JIT compilation,
    which costs more than it saves on a single pass over the tickets, is off; both only for this
    transaction (``SET LOCAL``).
    """
    with transaction.atomic():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET LOCAL jit = off")
                cursor.execute("SET LOCAL work_mem = '64MB'")
        yield


def ticket_statistics(filters: Filters) -> Statistics:
    """Every measure of the period: totals, then by month, type, category, service, priority, technician
    and channel (a fixed number of queries, however many tickets there are)."""
    with reporting_session():
        return _statistics(filters)


def _statistics(filters: Filters) -> Statistics:
    start, end = aware(filters.start), aware(filters.end)
    tickets = tickets_for(filters)
    months = months_of(filters.start, filters.end)
    period = aggregates(start, end)
    for index, (first, last) in enumerate(months):
        period.update(aggregates(aware(first), aware(last), prefix=f"m{index}_"))
    plain, medians = _split(period)
    row = {**tickets.aggregate(**plain), **tickets.aggregate(**medians)}
    total = Measures.from_row(row)
    by_month = Breakdown(
        "month",
        gettext("Por mes"),
        gettext("Mes"),
        [
            Row(
                f"{first:%Y-%m}",
                formats.date_format(first, "YEAR_MONTH_FORMAT"),
                Measures.from_row(row, f"m{i}_"),
            )
            for i, (first, _last) in enumerate(months)
        ],
        total,
    )
    rows = _rows_by_dimension(tickets, aggregates(start, end))
    others = [_breakdown(dimension, rows[dimension.group_by], total) for dimension in DIMENSIONS]
    return Statistics(filters, total, [by_month, *others])
