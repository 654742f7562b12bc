"""Wagtail hooks of the backups: the run-now and drill-now actions (the registers are in the
"Plataforma" menu group of servicedesk.wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from servicedesk.backups.admin_views import drill_now_view, run_now_view
from servicedesk.backups.evidence import control_evidence_sources, indicator_sources

# Runs and drills as evidence of governance's risk controls, and as live indicator sources.
hooks.register("register_control_evidence_sources", control_evidence_sources)
hooks.register("register_indicator_sources", indicator_sources)


@hooks.register("register_admin_urls")
def backups_admin_urls():
    return [
        path("plataforma/copias/<int:pk>/ejecutar/", run_now_view, name="backups_run_now"),
        path("plataforma/copias/ejecuciones/<int:pk>/simulacro/", drill_now_view, name="backups_drill_now"),
    ]
