"""The risk matrix configuration: levels, zones, heat map and control weights."""

from governance.risks.models import ControlWeight, HeatMapCell, RiskLevel, RiskZone
from governance.risks.register import Risk
from portal.modeladmin import RegisterAdmin


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


class RiskAdmin(RegisterAdmin):
    model = Risk
    menu_icon = "warning"
    menu_order = 175
    list_display = ("code", "statement", "risk_type", "inherent_zone", "residual_zone", "treatment", "owner")
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
        "owner",
        "inherent_probability",
        "inherent_impact",
        "inherent_zone",
        "residual_probability",
        "residual_impact",
        "residual_zone",
        "treatment",
    )
    export_filename = "riesgos"

    def get_admin_urls_for_registration(self):
        from django.urls import path

        from governance.risks import views

        return (
            *super().get_admin_urls_for_registration(),
            path("governance/risk/mapas-de-calor/", views.heat_maps, name="governance_risk_heat_maps"),
            path(
                "governance/risk/mapa-de-riesgos.xlsx", views.risk_map_xlsx, name="governance_risk_map_xlsx"
            ),
        )
