"""The processes register in the admin (menu Gobernanza), with the sheet page and its XLSX."""

from django.contrib.admin import display as admin_display
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from governance.processes import views
from governance.processes.models import Process
from portal.modeladmin import RegisterAdmin


class ProcessAdmin(RegisterAdmin):
    model = Process
    menu_icon = "sitemap"
    menu_order = 100
    list_display = ("code", "name", "process_type", "leader", "sheet_links")
    list_filter = ("process_type",)
    search_fields = ("code", "name", "objective", "leader")
    list_export = ("code", "name", "process_type", "objective", "leader", "updated_at")
    export_filename = "procesos"

    @admin_display(description=_("Caracterización"))
    def sheet_links(self, obj):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">XLSX</a>',
            reverse("governance_process_sheet", args=[obj.pk]),
            _("Ver hoja"),
            reverse("governance_process_sheet_xlsx", args=[obj.pk]),
        )

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path("governance/process/sheet/<int:pk>/", views.process_sheet, name="governance_process_sheet"),
            path(
                "governance/process/sheet/<int:pk>/xlsx/",
                views.process_sheet_xlsx,
                name="governance_process_sheet_xlsx",
            ),
        )
