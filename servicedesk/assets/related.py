"""What hangs from an asset and from everything that depends on it: its monitors, its open tickets
and, offered by other apps through the ``register_asset_related`` hook, the records that name it
(governance's risks). "This server fails: what breaks?" in one page."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from servicedesk.monitoring.models import Monitor
from servicedesk.tickets.choices import DONE_STATUSES
from servicedesk.tickets.models import Ticket

#: A function ``(asset_ids, user) -> Section | None`` per app that links its records to assets.
HOOK_NAME = "register_asset_related"


@dataclass(frozen=True)
class Section:
    title: str
    #: ``(text, url or "", the asset it hangs from)``; url empty when the user may not open it.
    rows: list[tuple[str, str, str]]
    empty: str


def sections(asset_ids: list[int], user) -> list[Section]:
    """The monitors, open tickets and other apps' records of the assets ``asset_ids``."""
    found = [_monitors(asset_ids, user), _open_tickets(asset_ids, user)]
    found += [section for hook in hooks.get_hooks(HOOK_NAME) if (section := hook(asset_ids, user))]
    return found


def _monitors(asset_ids, user) -> Section:
    readable = user.has_perm("monitoring.view_monitor")
    monitors = Monitor.objects.filter(asset__in=asset_ids).select_related("asset").order_by("name")
    rows = [
        (
            f"{monitor.name} · {monitor.get_state_display()}",
            reverse("monitoring_monitor_modeladmin_inspect", args=[monitor.pk]) if readable else "",
            monitor.asset.inventory_number,
        )
        for monitor in monitors
    ]
    return Section(_("Monitores"), rows, _("Ningún monitor vigila estos activos."))


def _open_tickets(asset_ids, user) -> Section:
    readable = user.has_perm("servicedesk.view_ticket")
    tickets = (
        Ticket.objects.filter(asset__in=asset_ids)
        .exclude(status__in=DONE_STATUSES)
        .select_related("asset")
        .order_by("-opened_at")[:50]
    )
    rows = [
        (
            f"{ticket.number} · {ticket.title} · {ticket.get_status_display()}",
            reverse("servicedesk_ticket_modeladmin_inspect", args=[ticket.pk]) if readable else "",
            ticket.asset.inventory_number,
        )
        for ticket in tickets
    ]
    return Section(_("Casos abiertos"), rows, _("No hay casos abiertos sobre estos activos."))
