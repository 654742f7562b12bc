"""Wagtail hooks of the service desk: the "Mesa de servicios" menu and its log actions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from servicedesk.assets.admin import AssetAdmin, LocationAdmin
from servicedesk.assets.audit_admin import AuditCampaignAdmin, AuditFrequencyAdmin
from servicedesk.assets.maintenance_admin import (
    MaintenanceOccurrenceAdmin,
    MaintenancePlanAdmin,
    MaintenanceRecordAdmin,
    calendar_menu_item,
)
from servicedesk.backups.admin import BackupPolicyAdmin, BackupRunAdmin, RestorationAdmin, RestoreDrillAdmin
from servicedesk.glpi.admin import GlpiImportRunAdmin
from servicedesk.monitoring.admin import MaintenanceWindowAdmin, MonitorAdmin
from servicedesk.stats.hooks import statistics_menu_item
from servicedesk.status.hooks import availability_menu_item
from servicedesk.tickets.admin import (
    PriorityMatrixAdmin,
    ServiceLevelAdmin,
    SupportGroupAdmin,
    TicketAdmin,
    TicketCategoryAdmin,
)


class ServiceDeskGroup(ModelAdminGroup):
    menu_label = _("Mesa de servicios")
    menu_icon = "help"
    menu_order = 210
    items = (
        TicketAdmin,
        SupportGroupAdmin,
        TicketCategoryAdmin,
        PriorityMatrixAdmin,
        ServiceLevelAdmin,
        GlpiImportRunAdmin,
    )

    def get_submenu_items(self):
        # The statistics report follows the tickets it counts.
        return [*super().get_submenu_items(), statistics_menu_item(order=1)]


modeladmin_register(ServiceDeskGroup)


class PlatformGroup(ModelAdminGroup):
    menu_label = _("Plataforma")
    menu_icon = "pick"
    menu_order = 215
    items = (
        AssetAdmin,
        LocationAdmin,
        MaintenancePlanAdmin,
        MaintenanceOccurrenceAdmin,
        MaintenanceRecordAdmin,
        AuditCampaignAdmin,
        AuditFrequencyAdmin,
        MonitorAdmin,
        MaintenanceWindowAdmin,
        BackupPolicyAdmin,
        BackupRunAdmin,
        RestoreDrillAdmin,
        RestorationAdmin,
    )

    def get_submenu_items(self):
        # The monthly availability report follows the monitors it sums up.
        return [*super().get_submenu_items(), calendar_menu_item(), availability_menu_item()]


modeladmin_register(PlatformGroup)


@hooks.register("register_log_actions")
def register_service_desk_log_actions(actions):
    actions.register_action("servicedesk.ticket.status", _("Cambiar estado"), _("Estado del caso cambiado"))
    actions.register_action("servicedesk.ticket.assign", _("Asignar"), _("Caso asignado"))
    actions.register_action(
        "servicedesk.ticket.time", _("Registrar tiempo"), _("Tiempo invertido registrado")
    )
    actions.register_action("servicedesk.ticket.comment", _("Comentar"), _("Comentario registrado"))
    actions.register_action(
        "servicedesk.ticket.rate", _("Encuesta"), _("Encuesta de satisfacción respondida")
    )
