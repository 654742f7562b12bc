"""Demo institute, service-desk part: groups, categories, the intranet catalog and a year of tickets.

Groups, categories, users and pages are looked up by their natural key and created when missing;
the tickets (``random.Random(2026)``, relative to the moment of seeding) are generated only when
the demo tickets are not there yet. A second run therefore changes nothing.

Tickets are planned first (``TicketGenerator.plans``), then told through the ticket services a user
goes through, each event at its moment of the past, without mail (``replay``).
"""

from __future__ import annotations

import math
import random
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from portal.business_calendar import BOGOTA, Schedule, add_business_seconds
from portal.demo.people import DEMO_EMAIL_DOMAIN
from portal.demo.servicedesk import catalog as catalog_data
from portal.demo.servicedesk import data, replay
from portal.pages import ensure_child_page
from portal.roles import role_by_key
from servicedesk.catalog.models import ServiceCatalogPage, ServiceFormField, ServicePage
from servicedesk.tickets.choices import Channel, Level, Status
from servicedesk.tickets.clocks import service_levels, targets_for
from servicedesk.tickets.models import ServiceLevel, SupportGroup, Ticket, TicketCategory, current_settings
from servicedesk.tickets.priority import priority_for
from servicedesk.tickets.services import priority_matrix
from website.models import IntranetPage

SEED = 2026
TICKET_COUNT = 350
DAYS = 365
#: Demo tickets filed from the catalog carry ``submission_key = uuid5(NAMESPACE, "demo-<n>")``.
NAMESPACE = uuid.UUID("6f0c6a52-2f5e-4c41-9d1e-2026a11ce0de")

MINUTE, HOUR = 60, 3600
BUSINESS_DAY = 8 * HOUR

CHANNELS = ((Channel.INTRANET, 62), (Channel.EMAIL, 18), (Channel.PHONE, 13), (Channel.IN_PERSON, 7))
#: (impact, urgency) → weight; with the ITIL matrix: 2 % priority 1, 6 % 2, 42 % 3, 38 % 4, 12 % 5.
LEVELS = {
    (Level.HIGH, Level.HIGH): 2,
    (Level.HIGH, Level.MEDIUM): 2,
    (Level.MEDIUM, Level.HIGH): 4,
    (Level.HIGH, Level.LOW): 2,
    (Level.MEDIUM, Level.MEDIUM): 22,
    (Level.LOW, Level.HIGH): 18,
    (Level.MEDIUM, Level.LOW): 13,
    (Level.LOW, Level.MEDIUM): 25,
    (Level.LOW, Level.LOW): 12,
}
SECURITY_LEVELS = {
    (Level.HIGH, Level.HIGH): 15,
    (Level.HIGH, Level.MEDIUM): 25,
    (Level.MEDIUM, Level.HIGH): 25,
    (Level.MEDIUM, Level.MEDIUM): 25,
    (Level.LOW, Level.HIGH): 10,
}
#: New contracts and yearly plans in January and February, mid-year changes; the year-end break is quiet.
MONTH_FACTOR = {1: 2.0, 2: 1.4, 6: 1.25, 7: 1.35, 11: 1.05, 12: 0.75}
HOUR_WEIGHTS = {7: 2, 8: 10, 9: 14, 10: 14, 11: 12, 12: 4, 13: 6, 14: 12, 15: 12, 16: 10, 17: 4, 18: 2, 19: 1}
LATE_SHARE = 0.07  # tickets solved after their resolution target
STUCK_STATUSES = ((Status.ON_HOLD, 50), (Status.IN_PROGRESS, 35), (Status.ASSIGNED, 15))
AUTO_CLOSE = "Cierre automático sin respuesta"


# --- reference data -------------------------------------------------------------------------------


def _user(username: str, first: str, last: str, role_key: str):
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"first_name": first, "last_name": last, "email": f"{username}@{DEMO_EMAIL_DOMAIN}"},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=role_by_key(role_key).name))
    return user


def seed_groups() -> dict[str, SupportGroup]:
    groups = {
        name: SupportGroup.objects.get_or_create(name=name, defaults={"email": f"{box}@{DEMO_EMAIL_DOMAIN}"})[
            0
        ]
        for name, box in data.GROUPS.items()
    }
    User = get_user_model()
    for username, names in data.DEMO_STAFF_GROUPS.items():
        user = User.objects.get(username=username)
        for name in names:
            groups[name].members.add(user)
    for username, (first, last, names) in data.TECHNICIANS.items():
        user = _user(username, first, last, "tecnico")
        for name in names:
            groups[name].members.add(user)
    return groups


def seed_categories(groups: dict[str, SupportGroup]) -> dict[str, TicketCategory]:
    found: dict[str, TicketCategory] = {}
    for parent, name, group in data.CATEGORIES:
        category, _ = TicketCategory.objects.get_or_create(
            parent=found[parent] if parent else None, name=name, defaults={"group": groups[group]}
        )
        found[category.full_name] = category
    return found


def seed_catalog(categories, groups) -> dict[str, ServicePage]:
    """The catalog under the intranet and its services (slug → page); existing pages are kept."""
    intranet = IntranetPage.objects.first()
    if intranet is None:
        raise RuntimeError("The website demo must run first: the catalog lives under the intranet page.")
    catalog = ServiceCatalogPage.objects.first() or ensure_child_page(
        intranet,
        ServiceCatalogPage,
        "servicios",
        title="Catálogo de servicios TIC",
        intro=catalog_data.CATALOG_INTRO,
    )
    return {spec["slug"]: _service(catalog, spec, categories, groups) for spec in catalog_data.SERVICES}


def _service(catalog, spec: dict, categories, groups) -> ServicePage:
    existing = catalog.get_children().filter(slug=spec["slug"]).first()
    if existing is not None:
        return existing.specific
    page = ServicePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        category=categories[spec["category"]],
        owner_group=groups[spec["group"]],
        ticket_type=spec["ticket_type"],
        requirements=spec["requirements"],
        thank_you_text=spec["thank_you_text"],
    )
    # Set before saving, so the fields are committed with the page and kept in its revision.
    page.form_fields = [
        ServiceFormField(
            sort_order=order,
            label=label,
            field_type=kind,
            required=required,
            choices=choices,
            help_text=help_text,
        )
        for order, (label, kind, required, choices, help_text, _samples) in enumerate(spec["fields"])
    ]
    catalog.add_child(instance=page)
    page.save_revision().publish()
    return page


def seed_service_levels(services: dict[str, ServicePage]) -> None:
    for spec in catalog_data.SERVICES:
        if spec.get("security"):
            for priority, (own, resolve) in catalog_data.SECURITY_LEVELS.items():
                ServiceLevel.objects.get_or_create(
                    service=services[spec["slug"]],
                    priority=priority,
                    defaults={"time_to_own": own, "time_to_resolve": resolve},
                )


def seed_staff() -> list:
    """The people who file requests: the demo Funcionario first."""
    User = get_user_model()
    staff = [User.objects.get(username="funcionario")]
    staff += [_user(username, first, last, "funcionario") for username, (first, last) in data.STAFF.items()]
    return staff


@transaction.atomic
def seed(report) -> None:
    groups = seed_groups()
    categories = seed_categories(groups)
    services = seed_catalog(categories, groups)
    seed_service_levels(services)
    staff = seed_staff()
    keys = [demo_key(n) for n in range(TICKET_COUNT)]
    if not Ticket.objects.filter(submission_key__in=keys).exists():
        TicketGenerator(groups=groups, services=services, staff=staff, now=timezone.now()).save()
    report("grupos de soporte", SupportGroup.objects.count())
    report("categorías", TicketCategory.objects.count())
    report("servicios del catálogo", ServicePage.objects.live().count())
    report("casos", Ticket.objects.count())


def demo_key(number: int) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"demo-{number}")


# --- tickets --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """How a ticket's life goes, in business seconds; cut at the moment of seeding."""

    own_delay: int  # until someone owns it
    via_assignment: bool  # assigned first (then taken), or taken directly
    work: int  # business time in progress until solved (holds excluded)
    start_delay: int = 0  # from assignment to work
    hold: tuple[int, int, int] | None = None  # (after this much work, paused for, reason index)
    stop_at: str | None = None  # the ticket stays in this status (nobody moved it on)
    reopen: tuple[int, int] | None = None  # (requester rejects after, more work)
    confirm_after: int | None = None  # the requester confirms; None: closed automatically
    survey: int | None = None
    survey_delay: int = 2 * HOUR  # wall-clock seconds after closing


#: Tickets the demo must show whatever the date: the demo Funcionario's cases for "Mis solicitudes"
#: (one waiting on them, one solved awaiting confirmation, closed ones with and without survey) and
#: fresh ones in the first statuses. (service, request, demo Funcionario's, business hours ago,
#: (impact, urgency), story)
PINNED = (
    ("soporte-a-equipos-de-computo", 1, True, 14, (Level.LOW, Level.MEDIUM),
     Story(own_delay=20 * MINUTE, via_assignment=False, work=2 * HOUR, hold=(HOUR, 0, 3),
           stop_at=Status.ON_HOLD)),
    ("soporte-de-impresoras-y-escaneres", 2, True, 12, (Level.MEDIUM, Level.MEDIUM),
     Story(own_delay=30 * MINUTE, via_assignment=True, start_delay=15 * MINUTE, work=3 * HOUR,
           confirm_after=3 * BUSINESS_DAY)),
    ("instalacion-de-software", 2, True, 80, (Level.LOW, Level.LOW),
     Story(own_delay=40 * MINUTE, via_assignment=False, work=4 * HOUR, confirm_after=2 * HOUR)),
    ("restablecimiento-de-contrasena", 0, True, 200, (Level.LOW, Level.HIGH),
     Story(own_delay=10 * MINUTE, via_assignment=False, work=20 * MINUTE, confirm_after=30 * MINUTE,
           survey=5)),
    ("acceso-a-carpetas-y-sistemas", 0, False, 0.4, (Level.LOW, Level.MEDIUM),
     Story(own_delay=HOUR, via_assignment=False, work=HOUR, stop_at=Status.NEW)),
    ("conexion-vpn-trabajo-en-casa", 1, False, 1.5, (Level.MEDIUM, Level.MEDIUM),
     Story(own_delay=15 * MINUTE, via_assignment=True, work=HOUR, stop_at=Status.ASSIGNED)),
    # Close to its resolution target: shows the "por vencer" alert.
    ("publicacion-en-el-sitio-web-e-intranet", 1, False, 13, (Level.MEDIUM, Level.MEDIUM),
     Story(own_delay=30 * MINUTE, via_assignment=False, work=3 * HOUR, stop_at=Status.IN_PROGRESS)),
    # Solved, rejected by the requester, back in progress.
    ("soporte-a-equipos-de-computo", 6, False, 30, (Level.LOW, Level.MEDIUM),
     Story(own_delay=20 * MINUTE, via_assignment=False, work=5 * HOUR,
           reopen=(2 * HOUR, 5 * BUSINESS_DAY))),
)  # fmt: skip


@dataclass
class _Event:
    status: str
    at: datetime
    by: object
    note: str = ""


@dataclass
class _Comment:
    at: datetime
    author: object
    body: str
    internal: bool = False


class TicketGenerator:
    """A year of tickets, deterministic for a given moment ``now``."""

    def __init__(self, *, groups, services, staff, now: datetime):
        self.rng = random.Random(SEED)
        self.now = now
        self.config = current_settings()
        self.schedule: Schedule = self.config.schedule()
        self.levels = service_levels()
        self.matrix = priority_matrix()
        self.services = [(spec, services[spec["slug"]]) for spec in catalog_data.SERVICES]
        self.members = {
            name: sorted(group.members.all(), key=lambda user: user.username)
            for name, group in groups.items()
        }
        self.staff = staff
        self.staff_weights = [6] + [self.rng.randint(2, 9) for _ in staff[1:]]
        User = get_user_model()
        self.coordinator = User.objects.get(username="profesional_tic")

    # Business time -------------------------------------------------------------------------------

    def later(self, moment: datetime, seconds: float) -> datetime:
        return add_business_seconds(moment, int(seconds), self.schedule)

    def earlier(self, moment: datetime, seconds: float) -> datetime:
        """The moment ``seconds`` of open time before ``moment``."""
        remaining = seconds
        day = moment.astimezone(BOGOTA).date()
        for _ in range(3660):
            for opens, closes in reversed(self.schedule.windows(day)):
                available = (min(moment, closes) - opens).total_seconds()
                if available <= 0:
                    continue
                if remaining <= available:
                    return min(moment, closes) - timedelta(seconds=remaining)
                remaining -= available
            day -= timedelta(days=1)
        raise ValueError("the schedule has no open hours within the horizon")

    # Plans ---------------------------------------------------------------------------------------

    def opening_times(self, count: int) -> list[datetime]:
        """More tickets on working days and office hours, more in January and mid-year."""
        today = self.now.astimezone(BOGOTA).date()
        days = [today - timedelta(days=back) for back in range(1, DAYS)]
        weights = [self._day_weight(day) for day in days]
        hours = list(HOUR_WEIGHTS)
        times = []
        for day in self.rng.choices(days, weights, k=count):
            if day.weekday() < 5:
                hour = self.rng.choices(hours, list(HOUR_WEIGHTS.values()))[0]
            else:  # a weekend: someone catching up, any time of the day
                hour = self.rng.randint(8, 17)
            times.append(
                datetime.combine(day, time(hour, self.rng.randrange(60), self.rng.randrange(60)), BOGOTA)
            )
        return sorted(times)

    def _day_weight(self, day: date) -> float:
        open_day = day.weekday() < 5 and day not in self.schedule.holidays
        year_end_break = (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 9)
        return (1.0 if open_day else 0.06) * (0.4 if year_end_break else MONTH_FACTOR.get(day.month, 1.0))

    def plans(self) -> list[tuple[Ticket, list[_Event], list[_Comment]]]:
        """Every demo ticket with its history and comments, oldest first."""
        plans = []
        for slug, request, own, hours_ago, levels, story in PINNED:
            spec, page = next((s, p) for s, p in self.services if s["slug"] == slug)
            requester = self.staff[0] if own else self.rng.choice(self.staff[1:])
            opened = self.earlier(self.now, hours_ago * HOUR)
            request = spec["tickets"][request]
            plans.append(self._plan(spec, page, opened, request, requester, Channel.INTRANET, levels, story))
        for opened in self.opening_times(TICKET_COUNT - len(PINNED)):
            weights = [s["weight"] * s.get("peaks", {}).get(opened.month, 1.0) for s, _ in self.services]
            spec, page = self.rng.choices(self.services, weights)[0]
            request = self.rng.choice(spec["tickets"])
            requester = self.rng.choices(self.staff, self.staff_weights)[0]
            channel = self.rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
            table = SECURITY_LEVELS if spec.get("security") else LEVELS
            levels = self.rng.choices(list(table), list(table.values()))[0]
            plans.append(self._plan(spec, page, opened, request, requester, channel, levels))
        return sorted(plans, key=lambda plan: plan[0].opened_at)

    def random_story(self, spec: dict, targets: tuple[int, int], age_days: int) -> Story:
        rng = self.rng
        own_target, resolve_target = targets
        if rng.random() < 0.07:
            own = own_target * rng.uniform(1.1, 2.5)
        else:
            own = min(rng.lognormvariate(math.log(25 * MINUTE), 0.7), 0.9 * own_target)
        via_assignment = rng.random() < 0.55
        start = rng.uniform(5, 90) * MINUTE if via_assignment else 0
        if rng.random() < LATE_SHARE:
            total = resolve_target * rng.uniform(1.1, 2.2)
        else:
            total = min(spec["typical_hours"] * HOUR * rng.lognormvariate(0, 0.6), 0.9 * resolve_target)
        work = max(total - own - start, 10 * MINUTE)
        hold = None
        if rng.random() < 0.18:
            hold = (
                int(work * rng.uniform(0.2, 0.6)),
                rng.randint(2 * HOUR, 3 * BUSINESS_DAY),
                rng.randrange(4),
            )
        stop_at = None
        stuck = 0.35 if age_days < 45 else 0.2 if age_days < 120 else 0.07
        if rng.random() < stuck:
            stop_at = rng.choices([s for s, _ in STUCK_STATUSES], [w for _, w in STUCK_STATUSES])[0]
            if stop_at == Status.ON_HOLD and hold is None:
                hold = (int(work * 0.3), 0, rng.choice((1, 2)))
            via_assignment = via_assignment or stop_at == Status.ASSIGNED
        reopen = None
        if rng.random() < 0.05:
            reopen = (rng.randint(30 * MINUTE, 6 * HOUR), rng.randint(30 * MINUTE, 4 * HOUR))
        confirmed = rng.random() < 0.6
        confirm_after = rng.randint(10 * MINUTE, 2 * BUSINESS_DAY) if confirmed else None
        late = total > resolve_target
        survey = None
        if rng.random() < (0.75 if confirmed else 0.35):
            survey = rng.choices([5, 4, 3, 2, 1], [25, 35, 20, 12, 8] if late else [55, 30, 9, 4, 2])[0]
        return Story(
            own_delay=int(own),
            via_assignment=via_assignment,
            work=int(work),
            start_delay=int(start),
            hold=hold,
            stop_at=stop_at,
            reopen=reopen,
            confirm_after=confirm_after,
            survey=survey,
            survey_delay=rng.randint(5 * MINUTE, 2 * 24 * HOUR),
        )

    def _plan(self, spec, page, opened, request, requester, channel, levels, story: Story | None = None):
        rng = self.rng
        title, detail, solution, *extra = request
        group_name = spec["group"]
        technician = rng.choice(self.members[group_name])
        opener = requester if channel == Channel.INTRANET else rng.choice(self.members[data.MESA])
        impact, urgency = levels
        ticket = Ticket(
            ticket_type=spec["ticket_type"],
            service=page,
            category=page.category,
            requester=requester,
            channel=channel,
            title=title,
            impact=impact,
            urgency=urgency,
            priority=priority_for(impact, urgency, self.matrix),
            group=page.owner_group,
            opened_at=opened,
            created_by=opener,
        )
        if channel == Channel.INTRANET:
            ticket.form_data = self._answers(spec, detail, extra[0] if extra else {}, opened)
            ticket.description = "\n".join(f"{row['label']}: {row['value']}" for row in ticket.form_data)
        else:
            ticket.description = detail
        if story is None:
            story = self.random_story(spec, targets_for(ticket, self.levels), (self.now - opened).days)
        events, comments = self._events(story, opened, requester, technician, opener)
        events = [event for event in events if event.at <= self.now]
        comments = [comment for comment in comments if comment.at <= self.now]
        self._outcome(ticket, spec, story, events, technician, solution)
        return ticket, events, comments

    def _answers(self, spec, detail: str, given: dict, opened: datetime) -> list[dict[str, str]]:
        rows = []
        for label, _kind, _required, _choices, _help, samples in spec["fields"]:
            if label in given:
                value = given[label]
            elif samples == catalog_data.PROBLEM:
                value = detail
            elif samples == catalog_data.DATE:
                value = (opened.date() + timedelta(days=self.rng.randint(3, 30))).isoformat()
            elif samples == catalog_data.EMPTY:
                value = ""
            else:
                value = re.sub(
                    r"\{n\}", lambda _: f"{self.rng.randint(1, 999):03d}", self.rng.choice(samples)
                )
            rows.append({"label": label, "value": value})
        return rows

    def _events(self, story: Story, opened, requester, technician, opener):
        rng, later = self.rng, self.later
        events = [_Event(Status.NEW, opened, opener)]
        comments: list[_Comment] = []
        if story.stop_at == Status.NEW:
            return events, comments
        moment = later(opened, story.own_delay)
        if story.via_assignment:
            events.append(_Event(Status.ASSIGNED, moment, self.coordinator))
            if story.stop_at == Status.ASSIGNED:
                return events, comments
            moment = later(moment, story.start_delay)
        events.append(_Event(Status.IN_PROGRESS, moment, technician, "Tomado por el técnico"))
        work = story.work
        if story.hold:
            after, pause, reason = story.hold
            note, question, answer = data.HOLD_REASONS[reason]
            moment = later(moment, after)
            work -= after
            events.append(_Event(Status.ON_HOLD, moment, technician, note))
            comments.append(_Comment(moment, technician, question))
            if story.stop_at == Status.ON_HOLD:
                return events, comments
            moment = later(moment, pause)
            if answer:
                events.append(_Event(Status.IN_PROGRESS, moment, requester, "Respuesta del solicitante"))
                comments.append(_Comment(moment, requester, answer))
            else:
                events.append(_Event(Status.IN_PROGRESS, moment, technician, "Llegó el repuesto"))
        solved = later(moment, max(work, 5 * MINUTE))
        if rng.random() < 0.3:
            # A follow-up while the technician works: an internal note or a word to the requester.
            internal = rng.random() < 0.65
            body = rng.choice(data.INTERNAL_NOTES) if internal else data.WORKING_ON_IT
            at = moment + (solved - moment) * rng.uniform(0.1, 0.6)
            comments.append(_Comment(at, technician, body, internal=internal))
        if story.stop_at == Status.IN_PROGRESS:
            return events, comments
        moment = solved
        events.append(_Event(Status.SOLVED, moment, technician))
        if story.reopen:
            reject_after, more_work = story.reopen
            moment = later(moment, reject_after)
            events.append(_Event(Status.IN_PROGRESS, moment, requester, "Solución rechazada"))
            comments.append(_Comment(moment, requester, rng.choice(data.REOPEN_REASONS)))
            moment = later(moment, more_work)
            events.append(_Event(Status.SOLVED, moment, technician))
        auto_close = self.config.auto_close_days * BUSINESS_DAY
        if story.confirm_after is not None and story.confirm_after < auto_close:
            events.append(
                _Event(Status.CLOSED, later(moment, story.confirm_after), requester, "Solución confirmada")
            )
        else:
            closed = later(moment, auto_close) + timedelta(minutes=rng.randint(1, 5))
            events.append(_Event(Status.CLOSED, closed, None, AUTO_CLOSE))
        return events, comments

    def _outcome(
        self, ticket: Ticket, spec, story: Story, events: list[_Event], technician, solution
    ) -> None:
        """The ticket's fields as its (cut) history left them."""
        rng = self.rng
        ticket.status = events[-1].status
        if ticket.status != Status.NEW:
            ticket.technician = technician
        taken = [e.at for e in events if e.status in (Status.ASSIGNED, Status.IN_PROGRESS)]
        ticket.taken_at = taken[0] if taken else None
        solved = [e for e in events if e.status == Status.SOLVED]
        if solved:
            ticket.solution = solution
            if len(solved) > 1:
                ticket.solution += replay.SECOND_REVIEW
        if ticket.status in (Status.SOLVED, Status.CLOSED):
            ticket.solved_at = solved[-1].at
        low, high = spec["minutes"]
        spent = rng.randint(low, high)
        if ticket.status == Status.CLOSED:
            ticket.closed_at = events[-1].at
            answered = ticket.closed_at + timedelta(seconds=story.survey_delay)
            if story.survey is not None and answered <= self.now:
                ticket.satisfaction = story.survey
                ticket.satisfaction_comment = rng.choice(data.SURVEY_REMARKS[story.survey])
                ticket.satisfaction_at = answered
        if ticket.status in (Status.NEW, Status.ASSIGNED):
            spent = 0
        elif ticket.status in (Status.IN_PROGRESS, Status.ON_HOLD):
            spent = int(spent * rng.uniform(0.2, 0.7))
        ticket.time_spent = 5 * round(spent / 5)

    # Storage -------------------------------------------------------------------------------------

    def save(self) -> int:
        """Replay every plan through the ticket services (see ``replay``), oldest ticket first."""
        plans = self.plans()
        with replay.quietly():
            for number, (planned, events, comments) in enumerate(plans):
                replay.tell(
                    planned,
                    [(e.at, e.status, e.by, e.note) for e in events],
                    [(c.at, c.author, c.body, c.internal) for c in comments],
                    submission_key=demo_key(number) if planned.channel == Channel.INTRANET else None,
                    now=self.now,
                    levels=self.levels,
                    config=self.config,
                )
        return len(plans)
