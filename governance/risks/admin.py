"""The risk matrix configuration: levels, zones, heat map and control weights."""

from django.contrib.admin import display as admin_display
from django.urls import path
from django.utils.translation import gettext_lazy as _

from governance.risks import services, views
from governance.risks.evidence import live_evidence
from governance.risks.models import ControlWeight, HeatMapCell, Risk, RiskEvent, RiskLevel, RiskZone
from portal.modeladmin import RegisterAdmin, RegisterCreateView, RegisterInspectView, inspect_link_column
from portal.people import person_column


class RiskLevelAdmin(RegisterAdmin):
    model = RiskLevel
    menu_icon = "list-ol"
    menu_order = 180
    list_display = ("label", "axis", "percent", "up_to", "description")
    list_filter = ("axis",)
    list_export = ("axis", "key", "label", "percent", "up_to", "description")


class RiskZoneAdmin(RegisterAdmin):
    model = RiskZone
    menu_icon = "warning"
    menu_order = 181
    list_display = ("label", "key", "colour", "order")
    list_export = ("key", "label", "colour", "order")


class HeatMapCellAdmin(RegisterAdmin):
    model = HeatMapCell
    menu_icon = "table"
    menu_order = 182
    list_display = ("probability", "impact", "zone")
    list_filter = ("zone",)
    list_select_related = ("probability", "impact", "zone")
    list_export = ("probability", "impact", "zone")


class ControlWeightAdmin(RegisterAdmin):
    model = ControlWeight
    menu_icon = "cog"
    menu_order = 183
    list_display = ("attribute", "value", "weight")
    list_export = ("attribute", "value", "weight")


class RiskInspectView(RegisterInspectView):
    """The risk with its controls, treatment, KRIs, monitoring and events (auditors read it here)."""

    def get_context_data(self, **kwargs):
        risk = self.instance
        context = super().get_context_data(**kwargs)
        controls = list(risk.controls.select_related("evidence_document").order_by("sort_order"))
        evidence = live_evidence([control.evidence_source for control in controls if control.evidence_source])
        for control in controls:
            control.live_evidence = evidence.get(control.evidence_source)
        context.update(
            controls=controls,
            treatment_tasks=risk.treatment_tasks.select_related("responsible").order_by("sort_order"),
            key_indicators=risk.key_indicators.order_by("sort_order"),
            reviews=risk.reviews.order_by("-reviewed_on"),
            events=risk.events.prefetch_related("improvement_actions"),
        )
        return context


class RiskAdmin(RegisterAdmin):
    model = Risk
    inspect_view_class = RiskInspectView
    menu_icon = "warning"
    menu_order = 175
    # The risk type and process are filters and stay in inspect; the list shows what is read first.
    list_display = (
        "code_link",
        "statement_column",
        "inherent_zone",
        "residual_zone",
        "treatment",
        "owner_name",
    )
    title_column = "statement_column"
    nowrap_columns = ("code_link", "inherent_zone", "residual_zone")
    list_filter = ("process", "risk_type", "inherent_zone", "residual_zone")
    # The heat maps link to the list filtered by level.
    extra_filter_fields = (
        "inherent_probability",
        "inherent_impact",
        "residual_probability",
        "residual_impact",
    )
    list_select_related = ("process", "owner")
    search_fields = ("code", "immediate_cause", "root_cause", "causes", "consequences")
    list_export = (
        "code",
        "process",
        "risk_type",
        "classification",
        "statement",
        "owner_name",
        "inherent_probability",
        "inherent_impact",
        "inherent_zone",
        "residual_probability",
        "residual_impact",
        "residual_zone",
        "treatment",
    )
    export_filename = "riesgos"

    code_link = inspect_link_column("code", _("código"))
    owner_name = person_column("owner", _("responsable"))

    @admin_display(description=_("riesgo"))
    def statement_column(self, obj):
        return obj.statement

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path("governance/risk/mapas-de-calor/", views.heat_maps, name="governance_risk_heat_maps"),
            path(
                "governance/risk/mapa-de-riesgos.xlsx", views.risk_map_xlsx, name="governance_risk_map_xlsx"
            ),
        )


class RiskEventCreateView(RegisterCreateView):
    """Recording an event also writes it into the risk's history."""

    def get_initial(self):
        initial = super().get_initial()
        raw = self.request.GET.get("riesgo", "")
        if raw.isdigit():
            initial["risk"] = int(raw)
        return initial

    def form_valid(self, form):
        response = super().form_valid(form)
        services.risk_event_recorded(event=self.instance, by=self.request.user)
        return response


class RiskEventInspectView(RegisterInspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["actions"] = self.instance.improvement_actions.order_by("code")
        context["can_raise_action"] = self.request.user.has_perm("governance.add_improvementaction")
        return context


class RiskEventAdmin(RegisterAdmin):
    model = RiskEvent
    create_view_class = RiskEventCreateView
    inspect_view_class = RiskEventInspectView
    menu_icon = "warning"
    menu_order = 177
    list_display = ("risk", "occurred_on", "description", "created_by_name")
    list_filter = ("risk__process", "risk")
    list_select_related = ("risk", "created_by")
    search_fields = ("description", "impact", "risk__code")
    inspect_view_fields = (
        "risk",
        "occurred_on",
        "description",
        "impact",
        "record_url",
        "created_by",
        "created_at",
    )
    list_export = ("risk", "occurred_on", "description", "impact", "record_url", "created_by_name")
    export_filename = "eventos-de-riesgo"
    created_by_name = person_column("created_by", _("Registrado por"))
