"""Wagtail hooks of the inventory: its form and actions (the registers are in the "Plataforma"
menu group of servicedesk.wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from servicedesk.assets import audit_views, maintenance_views, views
from servicedesk.assets.dashboard import OverdueMaintenancePanel
from servicedesk.assets.indicators import indicator_sources
from servicedesk.assets.registers import published_registers

# The Registro de Activos de Información and the Índice, published by Digital Government at 7.1.
hooks.register("register_published_registers", published_registers)
# The maintenance completion rate, for governance's indicators.
hooks.register("register_indicator_sources", indicator_sources)


@hooks.register("construct_homepage_panels")
def add_overdue_maintenance_panel(request, panels):
    panel = OverdueMaintenancePanel(request.user)
    if panel.is_shown():
        panels.append(panel)


@hooks.register("register_admin_urls")
def assets_admin_urls():
    return [
        path("inventario/nuevo/", views.new_view, name="assets_asset_new"),
        path("inventario/importar/", views.import_view, name="assets_import"),
        path("inventario/etiquetas/", views.labels_view, name="assets_labels"),
        path("inventario/<int:pk>/entregar/", views.check_out_view, name="assets_check_out"),
        path(
            "inventario/<int:pk>/entregas/<int:assignment_pk>/devolucion/",
            views.check_in_view,
            name="assets_check_in",
        ),
        path(
            "inventario/entregas/<int:pk>/acta.xlsx",
            views.assignment_acta_view,
            name="assets_assignment_acta",
        ),
        path("inventario/plantilla.xlsx", views.import_template_view, name="assets_import_template"),
        path("inventario/<int:pk>/editar/", views.edit_view, name="assets_asset_edit"),
        path("inventario/campanas/nueva/", audit_views.new_view, name="assets_campaign_new"),
        path(
            "inventario/campanas/<int:pk>/verificar/", audit_views.checks_view, name="assets_campaign_checks"
        ),
        path("inventario/campanas/<int:pk>/cerrar/", audit_views.close_view, name="assets_campaign_close"),
        path(
            "inventario/campanas/<int:pk>/discrepancias.xlsx",
            audit_views.discrepancies_view,
            name="assets_campaign_discrepancies",
        ),
        path(
            "inventario/<int:pk>/mantenimiento/",
            maintenance_views.record_view,
            name="assets_maintenance_record",
        ),
        path(
            "inventario/mantenimiento/calendario/",
            maintenance_views.calendar_view,
            name="assets_maintenance_calendar",
        ),
        path("inventario/<int:pk>/estado/", views.status_view, name="assets_asset_status"),
        path("inventario/<int:pk>/dependencias/", views.dependency_view, name="assets_asset_dependency"),
        path(
            "inventario/<int:pk>/dependencias/<int:dependency_pk>/quitar/",
            views.dependency_delete_view,
            name="assets_asset_dependency_delete",
        ),
    ]
