"""Demo institute, monitoring part: the platform the portal runs on, watched, with three months of history.

Four monitors watch what ``make run`` serves: the portal itself at its own URL, the database port,
Redis and the Huey scheduler's heartbeat. Their history is made up (``random.Random(2026)``) but
consistent: raw checks for the last day, rolled up by the roll-up jobs themselves, and daily
roll-ups for the 90 days before, with one outage of the portal (and its incident, resolved and
closed) and one past maintenance of the database; a maintenance is planned for next Saturday.
Monitors are looked up by name: a second run changes nothing.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from urllib.parse import urlparse

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from governance.risks.models import Control
from servicedesk.catalog.models import ServicePage
from servicedesk.monitoring.choices import BeatStatus, MonitorKind, MonitorState, RollupPeriod
from servicedesk.monitoring.models import Beat, MaintenanceWindow, Monitor, Rollup, StateChange
from servicedesk.monitoring.periods import day_start, local_day
from servicedesk.monitoring.rollups import roll_up_days, roll_up_hours
from servicedesk.monitoring.validators import validate_http_url
from servicedesk.outages import services as outages
from servicedesk.status.evidence import SERVICE_KEY as EVIDENCE_KEY
from servicedesk.tickets import notifications
from servicedesk.tickets import services as desk
from servicedesk.tickets.choices import Level, Status
from website.models import FooterLink

SEED = 2026
HISTORY_DAYS = 90
#: The portal's outage: this many days ago, at 10:40 local time, for 25 minutes.
OUTAGE_DAYS_AGO, OUTAGE_MINUTES = 12, 25
#: The database's past maintenance: this many days ago, 22:00 to 23:00 local time.
MAINTENANCE_DAYS_AGO = 20


def _address(url: str | None, default_host: str, default_port: int) -> tuple[str, int]:
    parts = urlparse(url or "")
    return parts.hostname or default_host, parts.port or default_port


def _specs() -> list[dict]:
    database = settings.DATABASES["default"]
    if "postgresql" in database["ENGINE"]:
        db_host, db_port = database.get("HOST") or "127.0.0.1", int(database.get("PORT") or 5432)
    else:  # the embedded SQLite default: watch the PostgreSQL of the machine, as production would
        db_host, db_port = "127.0.0.1", 5432
    redis_host, redis_port = _address(settings.REDIS_URL, "127.0.0.1", 6379)
    portal_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/"
    try:
        validate_http_url(portal_url)
    except ValidationError:  # a host such as the test client's "testserver"
        portal_url = "http://127.0.0.1:8000/"
    return [
        {
            "name": "Portal web del Instituto",
            "kind": MonitorKind.HTTP,
            "url": portal_url,
            "keyword": "Instituto",
            "max_response_ms": 3000,
            "retries": 1,
            "public": True,
            "service": "publicacion-en-el-sitio-web-e-intranet",
            "latency": (90, 240),
        },
        {
            "name": "Base de datos (PostgreSQL)",
            "kind": MonitorKind.TCP,
            "host": db_host,
            "port": db_port,
            "retries": 2,
            "public": False,
            "service": "acceso-a-carpetas-y-sistemas",
            "latency": (1, 4),
        },
        {
            "name": "Caché y colas (Redis)",
            "kind": MonitorKind.TCP,
            "host": redis_host,
            "port": redis_port,
            "retries": 2,
            "public": False,
            "service": None,
            "latency": (1, 3),
        },
        {
            "name": "Programador de tareas (Huey)",
            "kind": MonitorKind.PUSH,
            "pushed_by_scheduler": True,
            "push_grace_seconds": 120,
            "public": False,
            "service": None,
            "latency": None,
        },
    ]


@transaction.atomic
def seed(report) -> None:
    now = timezone.now()
    rng = random.Random(SEED)
    created = []
    for spec in _specs():
        spec = dict(spec)
        latency = spec.pop("latency")
        slug = spec.pop("service")
        service = ServicePage.objects.filter(slug=slug).first() if slug else None
        monitor = Monitor.objects.filter(name=spec["name"]).first()
        if monitor is None:
            monitor = Monitor(**spec, service=service, interval_seconds=60, timeout_seconds=10)
            monitor.full_clean()
            monitor.save()
            created.append((monitor, latency))
    if created:
        portal_service = ServicePage.objects.filter(slug="publicacion-en-el-sitio-web-e-intranet").first()
        if portal_service is not None and portal_service.criticality != Level.HIGH:
            portal_service.criticality = Level.HIGH
            portal_service.save_revision().publish()
        for monitor, latency in created:
            _history(monitor, latency, rng=rng, now=now)
        # The roll-up jobs count the checks of the last day as they will every hour.
        roll_up_hours(until=now)
        roll_up_days(until=now)
        with notifications.muted():
            for monitor, _latency in created:
                _states(monitor, now=now)
        _maintenance(now)
    _evidence_of_portal_control()
    # The public status page, from the footer's links (an address: editors link pages or addresses).
    FooterLink.objects.get_or_create(
        label="Estado de los servicios",
        defaults={"url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/estado/", "sort_order": 20},
    )
    report("monitores", Monitor.objects.count())
    report("controles con evidencia medida", Control.objects.exclude(evidence_source="").count())
    report("resultados de chequeo recientes", Beat.objects.count())


def _history(monitor: Monitor, latency, *, rng: random.Random, now: datetime) -> None:
    """Daily roll-ups for the days before yesterday, checks every minute since, rolled up by the jobs."""
    today = local_day(now)
    outage_day = today - timedelta(days=OUTAGE_DAYS_AGO)  # its minutes DOWN are in that day's roll-up
    maintenance_day = today - timedelta(days=MAINTENANCE_DAYS_AGO)
    daily = []
    for days_ago in range(HISTORY_DAYS, 1, -1):
        day = today - timedelta(days=days_ago)
        down = OUTAGE_MINUTES if (monitor.kind == MonitorKind.HTTP and day == outage_day) else 0
        maintenance = (
            60 if (monitor.kind == MonitorKind.TCP and monitor.service_id and day == maintenance_day) else 0
        )
        daily.append(
            Rollup(
                monitor=monitor,
                period=RollupPeriod.DAY,
                period_start=day_start(day),
                up_count=24 * 60 - down - maintenance,
                down_count=down,
                maintenance_count=maintenance,
                latency_mean_ms=None if latency is None else rng.uniform(*latency),
                latency_p95_ms=None if latency is None else int(latency[1] * 1.2),
            )
        )
    Rollup.objects.bulk_create(daily)
    start = day_start(today - timedelta(days=1))
    minutes = int((now - start).total_seconds() // 60)
    Beat.objects.bulk_create(
        (
            Beat(
                monitor=monitor,
                checked_at=start + timedelta(minutes=n),
                status=BeatStatus.UP,
                latency_ms=None if latency is None else rng.randint(*latency),
                message="" if latency is None else "OK",
            )
            for n in range(minutes)
        ),
        batch_size=1000,
    )


def _states(monitor: Monitor, *, now: datetime) -> None:
    """UP since the history began (the portal: since its outage), due for a check at once."""
    today = local_day(now)
    since = day_start(today - timedelta(days=HISTORY_DAYS))
    StateChange.objects.create(
        monitor=monitor, at=since, from_state=MonitorState.PENDING, to_state=MonitorState.UP
    )
    if monitor.kind == MonitorKind.HTTP:
        since = _outage(monitor, today - timedelta(days=OUTAGE_DAYS_AGO))
    last = monitor.beats.order_by("-checked_at").values_list("checked_at", flat=True).first()
    Monitor.objects.filter(pk=monitor.pk).update(
        state=MonitorState.UP, state_since=since, last_checked_at=last, next_due_at=now
    )


def _outage(monitor: Monitor, day) -> datetime:
    """The portal's outage: its state history and its incident, solved by the recovery and closed."""
    down_at = datetime.combine(day, time(10, 40), tzinfo=day_start(day).tzinfo)
    up_at = down_at + timedelta(minutes=OUTAGE_MINUTES)
    message = "HTTP 502 Bad Gateway"
    StateChange.objects.create(
        monitor=monitor, at=down_at, from_state=MonitorState.UP, to_state=MonitorState.DOWN, message=message
    )
    StateChange.objects.create(
        monitor=monitor, at=up_at, from_state=MonitorState.DOWN, to_state=MonitorState.UP, message="HTTP 200"
    )
    outage = outages.open_outage(monitor, at=down_at, message=message)
    outages.end_outage(monitor, at=up_at)
    if outage is not None and outage.ticket is not None:
        desk.change_status(ticket=outage.ticket, target=Status.CLOSED, by=None, at=up_at + timedelta(days=3))
    return up_at


def _maintenance(now: datetime) -> None:
    database = Monitor.objects.filter(kind=MonitorKind.TCP, service__isnull=False).first()
    portal = Monitor.objects.filter(kind=MonitorKind.HTTP).first()
    today = local_day(now)
    past_day = today - timedelta(days=MAINTENANCE_DAYS_AGO)
    past = MaintenanceWindow.objects.create(
        title="Actualización menor de PostgreSQL",
        reason="Parche de seguridad del motor de base de datos.",
        starts_at=day_start(past_day) + timedelta(hours=22),
        ends_at=day_start(past_day) + timedelta(hours=23),
    )
    saturday = today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    planned = MaintenanceWindow.objects.create(
        title="Cambio de discos del servidor de aplicaciones",
        reason="Reemplazo programado de los discos; el portal y la base de datos no responderán.",
        starts_at=day_start(saturday) + timedelta(hours=22),
        ends_at=day_start(saturday) + timedelta(hours=26),
    )
    if database is not None:
        past.monitors.add(database)
        planned.monitors.add(database)
    if portal is not None:
        planned.monitors.add(portal)


def _evidence_of_portal_control() -> None:
    """The portal's measured availability is the evidence of the control on its unavailability risk."""
    portal_service = ServicePage.objects.filter(slug="publicacion-en-el-sitio-web-e-intranet").first()
    control = (
        Control.objects.filter(risk__code="GTI-R01", control_type="preventivo", evidence_source="")
        .order_by("sort_order")
        .first()
    )
    if portal_service is not None and control is not None:
        control.evidence_source = EVIDENCE_KEY.format(pk=portal_service.pk)
        control.save(update_fields=["evidence_source"])
