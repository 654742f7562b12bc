"""Dashboard panel: overdue improvement actions and risk-treatment tasks."""

from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from governance.improvement.models import ImprovementAction
from governance.reminders import overdue_counts
from portal.permissions import user_can_read_any


class OverduePanel(Component):
    name = "governance_overdue"
    order = 60
    template_name = "governance/dashboard/overdue_panel.html"

    def __init__(self, user):
        self.user = user

    def is_shown(self) -> bool:
        return user_can_read_any(self.user, ImprovementAction) or self.user.has_perm("governance.view_risk")

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        actions_url = reverse("governance_improvementaction_modeladmin_index")
        return {
            "counts": overdue_counts(today),
            "actions_url": f"{actions_url}?status__exact=vencida",
            "risks_url": reverse("governance_risk_modeladmin_index"),
        }
