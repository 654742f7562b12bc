"""Registers of the audits topic: programme, audits (with their report) and findings."""

from django.contrib.admin import display as admin_display
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList

from governance.audits import views
from governance.audits.forms import AuditForm, FindingForm
from governance.audits.models import Audit, AuditProgramme, Finding
from portal.modeladmin import RegisterAdmin, RegisterInspectView
from portal.people import person_column


class AuditProgrammeAdmin(RegisterAdmin):
    model = AuditProgramme
    menu_icon = "calendar-alt"
    menu_order = 185
    list_display = ("year", "responsible_name", "approved_on")
    list_select_related = ("responsible",)
    search_fields = ("objective", "scope")
    list_export = ("year", "objective", "scope", "resources", "responsible_name", "approved_on")
    export_filename = "programas-de-auditoria"
    responsible_name = person_column("responsible", _("responsable"))


class AuditAdmin(RegisterAdmin):
    model = Audit
    edit_handler = ObjectList(Audit.panels, base_form_class=AuditForm)
    menu_icon = "doc-full-inverse"
    menu_order = 186
    list_display = ("code", "process", "start_date", "end_date", "lead_auditor_name", "status")
    list_filter = ("programme", "process", "status")
    list_select_related = ("process", "lead_auditor")
    search_fields = ("code", "objective", "scope")
    inspect_view_fields = (
        "code",
        "programme",
        "process",
        "objective",
        "scope",
        "criteria_detail",
        "start_date",
        "end_date",
        "lead_auditor",
        "team",
        "plan",
        "status",
        "report_date",
        "conclusions",
    )
    list_export = ("code", "programme", "process", "objective", "scope", "start_date", "end_date", "status")
    export_filename = "auditorias"
    lead_auditor_name = person_column("lead_auditor", _("auditor líder"))

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path("governance/audit/<int:pk>/informe/", views.report, name="governance_audit_report"),
            path(
                "governance/audit/<int:pk>/informe.xlsx",
                views.report_xlsx,
                name="governance_audit_report_xlsx",
            ),
        )


class FindingInspectView(RegisterInspectView):
    """The finding with the improvement actions raised from it and their status."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = self.instance.improvement_actions.select_related("responsible").order_by("code")
        context["can_raise_action"] = self.instance.needs_action and self.request.user.has_perm(
            "governance.add_improvementaction"
        )
        return context


class FindingAdmin(RegisterAdmin):
    model = Finding
    edit_handler = ObjectList(Finding.panels, base_form_class=FindingForm)
    inspect_view_class = FindingInspectView
    menu_icon = "search"
    menu_order = 187
    list_display = ("code", "audit", "kind", "clause", "actions_status")
    list_filter = ("kind", "audit")
    list_select_related = ("audit__process",)
    search_fields = ("code", "clause", "description", "evidence")
    inspect_view_fields = ("code", "audit", "kind", "clause", "description", "evidence", "created_by")
    list_export = ("code", "audit", "kind", "clause", "description", "evidence")
    export_filename = "hallazgos"

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("improvement_actions")

    @admin_display(description=_("acciones de mejora"))
    def actions_status(self, obj):
        actions = list(obj.improvement_actions.all())
        if not actions:
            return "—" if obj.needs_action else _("No requiere")
        return ", ".join(f"{a.code} ({a.get_status_display()})" for a in actions)
