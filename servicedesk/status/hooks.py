"""Wagtail hooks of the availability report (loaded by servicedesk.wagtail_hooks).

The admin URLs are registered here; the menu item is built by :func:`availability_menu_item` for
the "Plataforma" menu group, which adds it after its registers.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from servicedesk.status import admin_views
from servicedesk.status.evidence import control_evidence_sources

# Measured availability of the watched services, as evidence of governance's risk controls.
hooks.register("register_control_evidence_sources", control_evidence_sources)


class AvailabilityMenuItem(MenuItem):
    """Shown to those who may read the monitors."""

    def is_shown(self, request):
        return request.user.has_perm("monitoring.view_monitor")


def availability_menu_item(order: int = 900) -> MenuItem:
    return AvailabilityMenuItem(
        _("Informe de disponibilidad"),
        reverse("status_availability_report"),
        name="monitoring-availability-report",
        icon_name="table",
        order=order,
    )


@hooks.register("register_admin_urls")
def register_availability_urls():
    return [
        path(
            "plataforma/disponibilidad/",
            admin_views.availability_report_view,
            name="status_availability_report",
        ),
        path(
            "plataforma/disponibilidad.xlsx",
            admin_views.availability_report_xlsx,
            name="status_availability_report_xlsx",
        ),
    ]
