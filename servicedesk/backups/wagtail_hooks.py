"""Wagtail hooks of the backups: the run-now and drill-now actions and the restorations' views
(the registers are in the "Plataforma" menu group of servicedesk.wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from servicedesk.backups import restoration_views
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
        path(
            "plataforma/copias/ejecuciones/<int:run_pk>/restaurar/",
            restoration_views.new_view,
            name="backups_restoration_new",
        ),
        path(
            "plataforma/restauraciones/<int:pk>/ejecutar/",
            restoration_views.execute_view,
            name="backups_restoration_execute",
        ),
        path(
            "plataforma/restauraciones/<int:pk>/pasos/<int:position>/",
            restoration_views.step_view,
            name="backups_restoration_step",
        ),
        path(
            "plataforma/restauraciones/<int:pk>/cerrar/",
            restoration_views.close_view,
            name="backups_restoration_close",
        ),
        path(
            "plataforma/restauraciones/<int:pk>/acta.xlsx", restoration_views.acta_view, name="backups_acta"
        ),
    ]
