"""The Plan de Mejoramiento register: actions raised in one click from a finding or a risk event."""

from django.contrib.admin import display as admin_display
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from governance.audits.models import Finding
from governance.improvement import services, views
from governance.improvement.models import ImprovementAction
from governance.improvement.permissions import can_evaluate, can_report_progress
from governance.improvement.status import CLOSED, ActionStatus
from governance.risks.models import RiskEvent
from portal.links import record_admin_url
from portal.modeladmin import RegisterAdmin, RegisterCreateView, RegisterInspectView, inspect_link_column
from portal.people import person_column
from portal.permissions import GuardedPermissionHelper, user_can


class ImprovementActionPermissionHelper(GuardedPermissionHelper):
    """A closed action is a record of what happened: nobody edits or deletes it any more."""

    def user_can_edit_obj(self, user, obj):
        return obj.status not in CLOSED and super().user_can_edit_obj(user, obj)

    def user_can_delete_obj(self, user, obj):
        # Only an untouched action may be deleted; follow-ups protect their action anyway.
        untouched = obj.status == ActionStatus.OPEN and obj.progress == 0
        return untouched and super().user_can_delete_obj(user, obj)


class ImprovementActionCreateView(RegisterCreateView):
    """``?hallazgo=<pk>`` or ``?evento=<pk>`` starts the action from its source, link kept."""

    def source(self):
        for param, model, initial in (
            ("hallazgo", Finding, services.initial_from_finding),
            ("evento", RiskEvent, services.initial_from_risk_event),
        ):
            raw = self.request.GET.get(param, "")
            if raw.isdigit():
                record = model.objects.filter(pk=raw).first()
                if record is None or not user_can(self.request.user, "view", record):
                    raise PermissionDenied
                return record, initial(record)
        return None, {}

    def get_initial(self):
        return {**super().get_initial(), **self.source()[1]}

    def form_valid(self, form):
        response = super().form_valid(form)
        services.action_raised(action=self.instance, by=self.request.user)
        return response


class ImprovementActionInspectView(RegisterInspectView):
    def get_context_data(self, **kwargs):
        action = self.instance
        user = self.request.user
        context = super().get_context_data(**kwargs)
        context.update(
            follow_ups=action.follow_ups.select_related("created_by").order_by("date", "pk"),
            evaluation=getattr(action, "evaluation", None),
            replacements=action.replacements.all(),
            source_url=record_admin_url(action.source_record),
            can_report_progress=action.is_pending and can_report_progress(user, action),
            can_evaluate=action.status == ActionStatus.FULFILLED and can_evaluate(user),
        )
        return context


class ImprovementActionAdmin(RegisterAdmin):
    model = ImprovementAction
    permission_helper_class = ImprovementActionPermissionHelper
    create_view_class = ImprovementActionCreateView
    inspect_view_class = ImprovementActionInspectView
    menu_icon = "tasks"
    menu_order = 195
    # What the plan's follow-up scans at 1366 px; source, problem, cause and dates stay in inspect.
    list_display = (
        "code_link",
        "short_action",
        "process_code",
        "responsible_name",
        "end_date_column",
        "progress_pct",
        "status",
    )
    title_column = "short_action"
    nowrap_columns = ("code_link", "process_code", "end_date_column", "progress_pct", "status")
    list_filter = ("status", "source", "action_type", "process")
    extra_filter_fields = ("finding", "risk_event", "responsible")
    list_select_related = ("process", "responsible")
    search_fields = ("code", "problem", "action", "source_reference")
    inspect_view_fields = (
        "code",
        "source",
        "source_reference",
        "process",
        "problem",
        "root_cause_method",
        "root_cause",
        "correction",
        "action",
        "action_type",
        "responsible",
        "start_date",
        "end_date",
        "goal",
        "deliverable",
        "progress",
        "status",
        "previous_action",
        "created_by",
        "created_at",
    )
    list_export = (
        "code",
        "source",
        "source_reference",
        "process",
        "problem",
        "root_cause",
        "correction",
        "action",
        "action_type",
        "responsible_name",
        "start_date",
        "end_date",
        "goal",
        "deliverable",
        "progress",
        "status",
    )
    export_filename = "plan-de-mejoramiento"

    @admin_display(description=_("acción"))
    def short_action(self, obj):
        return obj.action if len(obj.action) <= 90 else f"{obj.action[:87]}…"

    code_link = inspect_link_column("code", _("código"))
    responsible_name = person_column("responsible", _("responsable"))

    @admin_display(description=_("proceso"), ordering="process__code")
    def process_code(self, obj):
        return obj.process.code

    @admin_display(description=_("Vence"), ordering="end_date")
    def end_date_column(self, obj):
        return date_format(obj.end_date, "SHORT_DATE_FORMAT")

    @admin_display(description=_("avance"), ordering="progress")
    def progress_pct(self, obj):
        return f"{obj.progress} %"

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path(
                "governance/improvementaction/<int:pk>/seguimiento/",
                views.follow_up,
                name="governance_improvementaction_follow_up",
            ),
            path(
                "governance/improvementaction/<int:pk>/eficacia/",
                views.evaluate,
                name="governance_improvementaction_evaluate",
            ),
            path(
                "governance/seguimiento/<int:pk>/evidencia/",
                views.evidence,
                name="governance_followup_evidence",
            ),
            path(
                "governance/improvementaction/plan-de-mejoramiento.xlsx",
                views.plan_xlsx,
                name="governance_improvement_plan_xlsx",
            ),
        )
