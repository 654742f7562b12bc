"""Wagtail hooks of the backups: the run-now and drill-now actions (the registers are in the
"Plataforma" menu group of servicedesk.wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from servicedesk.backups.admin_views import drill_now_view, run_now_view


@hooks.register("register_admin_urls")
def backups_admin_urls():
    return [
        path("plataforma/copias/<int:pk>/ejecutar/", run_now_view, name="backups_run_now"),
        path("plataforma/copias/ejecuciones/<int:pk>/simulacro/", drill_now_view, name="backups_drill_now"),
    ]
