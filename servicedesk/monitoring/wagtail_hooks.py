"""Wagtail hooks of monitoring: the "Plataforma" menu and availability as indicator sources."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from servicedesk.monitoring.admin import MaintenanceWindowAdmin, MonitorAdmin
from servicedesk.monitoring.admin_views import rotate_push_token_view
from servicedesk.monitoring.indicators import indicator_sources


class PlatformGroup(ModelAdminGroup):
    menu_label = _("Plataforma")
    menu_icon = "pick"
    menu_order = 215
    items = (MonitorAdmin, MaintenanceWindowAdmin)


modeladmin_register(PlatformGroup)
# Availability of the watched services, as live sources of governance's indicators.
hooks.register("register_indicator_sources", indicator_sources)


@hooks.register("register_admin_urls")
def monitoring_admin_urls():
    return [
        path(
            "plataforma/monitores/<int:pk>/url-push/",
            rotate_push_token_view,
            name="monitoring_rotate_push_token",
        )
    ]
