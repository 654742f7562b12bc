"""Wagtail hooks of the statistics report (loaded by servicedesk.wagtail_hooks).

The admin URLs are registered here; the menu item is built by :func:`statistics_menu_item` for the
"Mesa de servicios" menu group, which adds it among its own items.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from servicedesk.stats import views
from servicedesk.stats.permissions import can_view_statistics


class StatisticsMenuItem(MenuItem):
    """Shown only to those who may read the tickets."""

    def is_shown(self, request):
        return can_view_statistics(request.user)


def statistics_menu_item(order: int = 900) -> MenuItem:
    """The "Estadísticas" item of the "Mesa de servicios" menu."""
    return StatisticsMenuItem(
        _("Estadísticas"),
        reverse("servicedesk_statistics"),
        name="servicedesk-statistics",
        icon_name="table",
        order=order,
    )


@hooks.register("register_admin_urls")
def register_statistics_urls():
    return [
        path("mesa-de-servicios/estadisticas/", views.statistics, name="servicedesk_statistics"),
        path(
            "mesa-de-servicios/estadisticas.xlsx", views.statistics_xlsx, name="servicedesk_statistics_xlsx"
        ),
    ]
