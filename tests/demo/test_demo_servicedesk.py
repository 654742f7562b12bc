"""The demo service desk: a catalog on the intranet and a believable year of tickets."""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from portal.business_calendar import BOGOTA
from portal.demo import servicedesk as demo
from servicedesk.catalog.models import ServiceCatalogPage, ServicePage
from servicedesk.tickets.choices import DONE_STATUSES, Channel, Priority, Status, TicketType
from servicedesk.tickets.clocks import CLOCK_FIELDS, service_levels
from servicedesk.tickets.models import (
    ServiceLevel,
    SupportGroup,
    Ticket,
    TicketCategory,
    TicketComment,
    TicketStatusChange,
    current_settings,
)
from servicedesk.tickets.services import recompute
from servicedesk.tickets.workflow import REQUESTER, TECHNICIAN, can_move

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(demo_institute):
    """The whole demo institute (seeded once for the package, see ``conftest``)."""
    return demo_institute


def _desk_tickets():
    """The year of tickets the desk's demo generates (the monitoring demo's outage files one more)."""
    return Ticket.objects.exclude(channel=Channel.MONITORING)


def _counts():
    User = get_user_model()
    models = (User, SupportGroup, TicketCategory, ServicePage, ServiceLevel, Ticket, TicketStatusChange)
    return {model.__name__: model.objects.count() for model in (*models, TicketComment)}


# --- catalog ---------------------------------------------------------------------------------------


def test_catalog_lists_ten_published_services_under_the_intranet(seeded):
    catalog = ServiceCatalogPage.objects.get()
    assert catalog.live and catalog.slug == "servicios"
    assert catalog.get_parent().specific_class.__name__ == "IntranetPage"
    services = ServicePage.objects.child_of(catalog).live()
    assert services.count() == 10
    for service in services:
        assert service.form_fields.count() >= 2, service.title
        assert service.summary and service.description and service.thank_you_text
        assert service.category.parent_id is not None or service.category.name == "Sitio web e intranet"
        assert not service.has_unpublished_changes
        # Editors open the latest revision: the form fields are part of it.
        revision = service.get_latest_revision_as_object()
        assert [f.label for f in revision.form_fields.all()] == [f.label for f in service.form_fields.all()]
    field_types = set(services.values_list("form_fields__field_type", flat=True))
    assert {"singleline", "multiline", "dropdown", "date", "file"} <= field_types
    assert set(services.values_list("ticket_type", flat=True)) == set(TicketType.values)


def test_categories_are_hierarchical_and_each_has_a_group(seeded):
    names = set(TicketCategory.objects.values_list("full_name", flat=True))
    assert {"Hardware > Computadores", "Redes > VPN", "Seguridad > Incidentes de seguridad"} <= names
    assert not TicketCategory.objects.filter(group__isnull=True).exists()


def test_security_incidents_have_their_own_service_levels(seeded):
    service = ServicePage.objects.get(slug="reporte-de-incidente-de-seguridad")
    levels = {
        level.priority: (level.time_to_own, level.time_to_resolve) for level in service.service_levels.all()
    }
    assert levels == {1: (15, 120), 2: (30, 240)}


def test_support_groups_are_made_of_technicians(seeded):
    assert SupportGroup.objects.count() == 4
    for group in SupportGroup.objects.all():
        assert group.email.endswith("@instituto-demo.example")
        assert group.members.exists(), group.name
        for member in group.members.all():
            assert member.groups.filter(name__in=["Técnico", "Profesional TIC"]).exists(), member.username
    assert (
        SupportGroup.objects.get(name="Seguridad de la información")
        .members.filter(username="profesional_tic")
        .exists()
    )
    extra = get_user_model().objects.filter(username__in=["cmunoz", "lortiz", "jbenavides", "druiz"])
    assert extra.count() == 4
    assert not any(user.has_usable_password() for user in extra)


def test_a_funcionario_browses_the_catalog_and_her_requests(seeded, client):
    client.force_login(get_user_model().objects.get(username="funcionario"))
    response = client.get(ServiceCatalogPage.objects.get().url)
    assert response.status_code == 200
    assert "Restablecimiento de contraseña" in response.content.decode()
    service = ServicePage.objects.get(slug="soporte-a-equipos-de-computo")
    response = client.get(service.url)
    assert response.status_code == 200
    assert "Número de inventario del equipo" in response.content.decode()
    assert client.get(reverse("servicedesk_my_tickets") + "?ver=todas").status_code == 200


# --- tickets ---------------------------------------------------------------------------------------


def test_about_350_tickets_spread_over_the_last_twelve_months(seeded):
    now = seeded.now
    assert _desk_tickets().count() == demo.TICKET_COUNT
    assert not _desk_tickets().filter(opened_at__lt=now - timedelta(days=366)).exists()
    for month in range(12):
        window = (now - timedelta(days=30 * (month + 1)), now - timedelta(days=30 * month))
        assert _desk_tickets().filter(opened_at__range=window).count() >= 10, month
    opened = _desk_tickets().values_list("opened_at", flat=True)
    weekend = [moment for moment in opened if moment.astimezone(BOGOTA).weekday() >= 5]
    assert len(weekend) < demo.TICKET_COUNT * 0.1


def test_every_status_priority_and_both_types_are_present(seeded):
    assert set(_desk_tickets().values_list("status", flat=True)) == set(Status.values)
    priorities = list(_desk_tickets().values_list("priority", flat=True))
    assert set(priorities) == set(Priority.values)
    assert sum(p in (3, 4) for p in priorities) > len(priorities) * 0.6
    requests = _desk_tickets().filter(ticket_type=TicketType.REQUEST).count()
    assert 0.5 < requests / demo.TICKET_COUNT < 0.7


def test_tickets_follow_their_service_and_group(seeded):
    members = {
        group.pk: set(group.members.values_list("pk", flat=True)) for group in SupportGroup.objects.all()
    }
    for ticket in _desk_tickets().select_related("service"):
        assert ticket.category_id == ticket.service.category_id
        assert ticket.group_id == ticket.service.owner_group_id
        assert ticket.requester_id is not None
        if ticket.status == Status.NEW:
            assert ticket.technician_id is None
        else:
            assert ticket.technician_id in members[ticket.group_id], ticket


def test_histories_start_new_and_follow_the_life_cycle(seeded):
    for ticket in _desk_tickets().prefetch_related("status_changes"):
        changes = list(ticket.status_changes.all())
        assert changes[0].status == Status.NEW and changes[0].at == ticket.opened_at
        assert changes[-1].status == ticket.status
        for before, after in itertools.pairwise(changes):
            assert before.at < after.at, ticket
            assert can_move(before.status, after.status, TECHNICIAN) or can_move(
                before.status, after.status, REQUESTER
            ), (ticket, before.status, after.status)
        assert all(change.at <= seeded.now for change in changes)


def test_dates_and_solution_match_the_status(seeded):
    for ticket in _desk_tickets().all():
        done = ticket.status in DONE_STATUSES
        assert (ticket.solved_at is not None) == done, ticket
        assert (ticket.closed_at is not None) == (ticket.status == Status.CLOSED), ticket
        if done:
            assert ticket.solution
            assert ticket.time_spent > 0
        if ticket.status != Status.NEW:
            assert ticket.taken_at is not None
        if ticket.satisfaction is not None:
            assert ticket.status == Status.CLOSED and ticket.satisfaction_at >= ticket.closed_at


def test_clock_fields_are_those_of_the_history(seeded):
    levels, config = service_levels(), current_settings()
    done = _desk_tickets().filter(status__in=DONE_STATUSES).prefetch_related("status_changes")
    for ticket in done[::5]:
        stored = {name: getattr(ticket, name) for name in CLOCK_FIELDS}
        recompute(ticket, levels=levels, config=config)
        assert {name: getattr(ticket, name) for name in CLOCK_FIELDS} == stored, ticket
    for ticket in _desk_tickets().exclude(status__in=DONE_STATUSES).prefetch_related("status_changes"):
        stored = (ticket.own_target, ticket.resolve_target, ticket.reopen_count)
        recompute(ticket, now=seeded.now, levels=levels, config=config)
        assert (ticket.own_target, ticket.resolve_target, ticket.reopen_count) == stored


def test_some_tickets_breach_reopen_and_wait(seeded):
    breached = _desk_tickets().filter(resolve_breached=True).count()
    assert 0.05 < breached / demo.TICKET_COUNT < 0.2
    assert _desk_tickets().filter(reopen_count__gt=0).count() >= 5
    assert TicketStatusChange.objects.filter(status=Status.ON_HOLD).count() >= 20
    assert TicketComment.objects.filter(internal=True).exists()
    assert TicketComment.objects.filter(internal=False).exists()


def test_old_tickets_are_mostly_closed_and_rated(seeded):
    old = _desk_tickets().filter(opened_at__lt=seeded.now - timedelta(days=14))
    closed = old.filter(status=Status.CLOSED)
    assert 0.82 < closed.count() / old.count() < 0.95
    rated = _desk_tickets().filter(status=Status.CLOSED, satisfaction__isnull=False)
    assert 0.45 < rated.count() / _desk_tickets().filter(status=Status.CLOSED).count() < 0.75
    assert rated.filter(satisfaction__gte=4).count() > rated.count() * 0.7


def test_the_demo_funcionario_has_every_case_of_my_requests(seeded):
    mine = _desk_tickets().filter(requester__username="funcionario")
    waiting = mine.filter(status=Status.ON_HOLD)
    assert waiting.exists()
    assert (
        TicketComment.objects.filter(ticket__in=waiting, internal=False)
        .exclude(author__username="funcionario")
        .exists()
    )
    assert mine.filter(status=Status.SOLVED).exists()
    assert mine.filter(status=Status.CLOSED, satisfaction__isnull=True).exists()
    assert mine.filter(status=Status.CLOSED, satisfaction__isnull=False).exists()


def test_seeding_sends_no_mail(seeded):
    assert seeded.mails == 0


def test_seeding_again_changes_nothing(seeded):
    before = _counts()
    demo.seed(lambda *args: None)
    assert _counts() == before


def test_the_same_moment_gives_the_same_tickets(seeded):
    def tickets():
        generator = demo.TicketGenerator(
            groups={group.name: group for group in SupportGroup.objects.all()},
            services={page.slug: page for page in ServicePage.objects.all()},
            staff=demo.seed_staff(),
            now=seeded.now,
        )
        return [(t.opened_at, t.title, t.status, t.priority, t.requester_id) for t, _, _ in generator.plans()]

    assert tickets() == tickets()
