"""Wagtail hooks of monitoring: the push URL's rotation and availability as indicator sources.

The "Plataforma" menu (its registers and the availability report) is in servicedesk.wagtail_hooks.
"""

from django.urls import path
from wagtail import hooks

from servicedesk.monitoring.admin_views import rotate_push_token_view
from servicedesk.monitoring.indicators import indicator_sources

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
