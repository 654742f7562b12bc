"""Wagtail hooks of the inventory: its form and actions (the registers are in the "Plataforma"
menu group of servicedesk.wagtail_hooks)."""

from django.urls import path
from wagtail import hooks

from servicedesk.assets import views
from servicedesk.assets.registers import published_registers

# The Registro de Activos de Información and the Índice, published by Digital Government at 7.1.
hooks.register("register_published_registers", published_registers)


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
        path("inventario/<int:pk>/estado/", views.status_view, name="assets_asset_status"),
        path("inventario/<int:pk>/dependencias/", views.dependency_view, name="assets_asset_dependency"),
        path(
            "inventario/<int:pk>/dependencias/<int:dependency_pk>/quitar/",
            views.dependency_delete_view,
            name="assets_asset_dependency_delete",
        ),
    ]
