"""Registers the Gobernanza admin menu (the registers live in their sub-packages) and the normograma
as a live transparency listing."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from governance.audits.admin import AuditAdmin, AuditProgrammeAdmin, FindingAdmin
from governance.dashboard import OverduePanel
from governance.documents.admin import ControlledDocumentAdmin
from governance.files import views as file_views
from governance.improvement.admin import ImprovementActionAdmin
from governance.legal.admin import LegalNormAdmin
from governance.legal.listing import transparency_listings
from governance.peti.admin import InitiativeAdmin, StrategicPlanAdmin
from governance.planning.admin import ActionPlanAdmin, IndicatorAdmin, MeasurementAdmin
from governance.planning.models import Indicator
from governance.processes.admin import ProcessAdmin
from governance.risks.admin import (
    ControlWeightAdmin,
    HeatMapCellAdmin,
    RiskAdmin,
    RiskEventAdmin,
    RiskLevelAdmin,
    RiskZoneAdmin,
)
from governance.risks.assets import risks_of_assets
from governance.risks.models import Risk
from portal.permissions import has_model_permission


class PerformanceReportMenuItem(MenuItem):
    def is_shown(self, request):
        return has_model_permission(request.user, Indicator)


class RiskHeatMapMenuItem(MenuItem):
    def is_shown(self, request):
        return has_model_permission(request.user, Risk)


class GovernanceGroup(ModelAdminGroup):
    menu_label = _("Gobernanza")
    menu_icon = "clipboard-list"
    menu_order = 200
    items = (
        ProcessAdmin,
        LegalNormAdmin,
        ControlledDocumentAdmin,
        ActionPlanAdmin,
        IndicatorAdmin,
        MeasurementAdmin,
        StrategicPlanAdmin,
        InitiativeAdmin,
        RiskAdmin,
        RiskEventAdmin,
        AuditProgrammeAdmin,
        AuditAdmin,
        FindingAdmin,
        ImprovementActionAdmin,
        HeatMapCellAdmin,
        RiskLevelAdmin,
        RiskZoneAdmin,
        ControlWeightAdmin,
    )

    def get_submenu_items(self):
        items = super().get_submenu_items()
        items.append(
            RiskHeatMapMenuItem(
                _("Mapas de calor"), reverse("governance_risk_heat_maps"), icon_name="table", order=176
            )
        )
        items.append(
            PerformanceReportMenuItem(
                _("Informe de desempeño"),
                reverse("governance_performance_report"),
                icon_name="gauge",
                order=150,
            )
        )
        return items


modeladmin_register(GovernanceGroup)


# The risks that name an asset, on its page in the inventory.
hooks.register("register_asset_related", risks_of_assets)


@hooks.register("register_admin_urls")
def register_governance_file_urls():
    return [path("governance/documentos/<int:pk>/", file_views.download, name="governance_document_file")]


@hooks.register("register_log_actions")
def register_governance_log_actions(actions):
    actions.register_action("governance.plan.submit", _("Enviar plan"), _("Plan enviado para aprobación"))
    actions.register_action("governance.plan.approve", _("Aprobar plan"), _("Plan aprobado"))
    actions.register_action("governance.risk.event", _("Registrar evento"), _("Materialización registrada"))
    actions.register_action(
        "governance.improvement.raised", _("Crear acción de mejora"), _("Acción de mejora creada")
    )
    actions.register_action("governance.action.follow_up", _("Seguimiento"), _("Seguimiento registrado"))
    actions.register_action("governance.action.evaluate", _("Evaluar eficacia"), _("Eficacia evaluada"))


@hooks.register("construct_homepage_panels")
def add_overdue_panel(request, panels):
    panel = OverduePanel(request.user)
    if panel.is_shown():
        panels.append(panel)


hooks.register("register_transparency_listings", transparency_listings)
