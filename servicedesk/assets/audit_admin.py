"""Physical inventory campaigns under "Plataforma": the campaigns (opened with their own form, checked
and closed from their page) and how often each kind of asset is checked."""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail_modeladmin.helpers import AdminURLHelper
from wagtail_modeladmin.views import WMABaseView

from portal.modeladmin import RegisterAdmin, RegisterInspectView
from portal.permissions import GuardedPermissionHelper
from servicedesk.assets import audits
from servicedesk.assets.audit_forms import CheckRowForm, location_choices
from servicedesk.assets.choices import CampaignStatus, CheckResult
from servicedesk.assets.models import AuditCampaign, AuditFrequency

SHOWN_CHECKS = 500


class CampaignURLHelper(AdminURLHelper):
    def get_action_url(self, action, *args, **kwargs):
        if action == "create":
            return reverse("assets_campaign_new")
        return super().get_action_url(action, *args, **kwargs)


class ToCampaignForm(WMABaseView):
    def dispatch(self, request, *args, **kwargs):
        return redirect("assets_campaign_new")


class CampaignPermissionHelper(GuardedPermissionHelper):
    """A campaign is opened with its own form and changed by checking it; it is never deleted."""

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class CampaignInspectView(RegisterInspectView):
    """Progress, the checklist (pending first, or every asset), closing, the discrepancies."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        campaign = self.instance
        user = self.request.user
        show_all = self.request.GET.get("ver") == "todos"
        checks = campaign.checks.select_related("asset", "expected_location", "found_location", "checked_by")
        if not show_all and campaign.status == CampaignStatus.OPEN:
            checks = checks.filter(result=CheckResult.PENDING)
        can_check = campaign.status == CampaignStatus.OPEN and user.has_perm("assets.change_auditcheck")
        rows = []
        locations = location_choices() if can_check else []
        for check in checks[:SHOWN_CHECKS]:
            form = None
            if can_check:
                form = CheckRowForm(
                    prefix=f"v{check.pk}",
                    locations=locations,
                    initial={
                        "result": check.result,
                        "found_location": check.found_location_id,
                        "note": check.note,
                    },
                )
            rows.append((check, form))
        context.update(
            campaign=campaign,
            progress=audits.progress(campaign),
            rows=rows,
            truncated=checks.count() > SHOWN_CHECKS,
            show_all=show_all,
            can_check=can_check,
            can_close=campaign.status == CampaignStatus.OPEN and user.has_perm("assets.change_auditcampaign"),
            discrepancies=audits.discrepancies(campaign)[:200],
            overdue=campaign.status == CampaignStatus.OPEN and campaign.due_on < timezone.localdate(),
        )
        return context


class AuditCampaignAdmin(RegisterAdmin):
    model = AuditCampaign
    menu_label = _("Inventario físico")
    menu_icon = "tasks"
    menu_order = 130
    url_helper_class = CampaignURLHelper
    permission_helper_class = CampaignPermissionHelper
    create_view_class = ToCampaignForm
    inspect_view_class = CampaignInspectView
    list_display = ("name", "location", "kind", "due_on", "status", "opened_at")
    list_filter = ("status", "kind", "location")
    list_select_related = ("location",)
    search_fields = ("name",)
    list_export = ("name", "location", "kind", "due_on", "status", "opened_at", "closed_at")
    title_column = "name"
    nowrap_columns = ("due_on", "status")


class AuditFrequencyAdmin(RegisterAdmin):
    model = AuditFrequency
    menu_label = _("Frecuencia del inventario físico")
    menu_icon = "time"
    menu_order = 131
    edit_handler = ObjectList([FieldPanel("kind"), FieldPanel("every_months")])
    list_display = ("kind", "every_months")
    list_export = ("kind", "every_months")
