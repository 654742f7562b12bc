"""The Técnico's dashboard panel: preventive maintenance overdue, the oldest first."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from servicedesk.assets.maintenance import overdue
from servicedesk.assets.rules import can_record_maintenance

SHOWN = 10


class OverdueMaintenancePanel(Component):
    name = "assets_overdue_maintenance"
    order = 70
    template_name = "assets/dashboard/overdue_maintenance.html"

    def __init__(self, user):
        self.user = user

    def is_shown(self) -> bool:
        return self.user.has_perm("assets.view_maintenanceoccurrence")

    def get_context_data(self, parent_context=None):
        pending = overdue(timezone.localdate())
        rows = list(pending[:SHOWN])
        for occurrence in rows:
            occurrence.can_record = can_record_maintenance(self.user, occurrence.asset.kind)
        return {
            "count": pending.count(),
            "rows": rows,
            "calendar_url": reverse("assets_maintenance_calendar"),
        }
