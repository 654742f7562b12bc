"""Panels the platform adds to the Wagtail admin dashboard."""

from wagtail.admin.ui.components import Component

from portal.scheduler import current_scheduler_status


class SchedulerStatusPanel(Component):
    """Says whether the Huey scheduler is ticking, so a dead consumer is visible."""

    name = "scheduler_status"
    order = 50
    template_name = "portal/dashboard/scheduler_panel.html"

    def get_context_data(self, parent_context=None):
        return {"status": current_scheduler_status()}
