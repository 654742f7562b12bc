"""The risk matrix configuration: levels, zones, heat map and control weights."""

from governance.risks.models import ControlWeight, HeatMapCell, RiskLevel, RiskZone
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
