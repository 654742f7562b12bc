"""PETI registers: the plan and its initiatives, with the roadmap page and XLSX."""

from django.contrib.admin import display as admin_display
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from governance.peti import views
from governance.peti.models import Initiative, StrategicPlan
from portal.modeladmin import RegisterAdmin
from portal.people import person_column


class StrategicPlanAdmin(RegisterAdmin):
    model = StrategicPlan
    menu_label = _("PETI")
    menu_icon = "site"
    menu_order = 160
    list_display = ("__str__", "roadmap_links")
    search_fields = ("title", "summary")
    list_export = ("title", "start_year", "end_year", "summary")
    export_filename = "peti"

    @admin_display(description=_("Hoja de ruta"))
    def roadmap_links(self, obj):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">XLSX</a>',
            reverse("governance_peti_roadmap", args=[obj.pk]),
            _("Ver hoja de ruta"),
            reverse("governance_peti_xlsx", args=[obj.pk]),
        )

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path(
                "governance/peti/<int:pk>/hoja-de-ruta/", views.roadmap_view, name="governance_peti_roadmap"
            ),
            path("governance/peti/<int:pk>/xlsx/", views.peti_xlsx, name="governance_peti_xlsx"),
        )


class InitiativeAdmin(RegisterAdmin):
    model = Initiative
    menu_icon = "rocket"
    menu_order = 170
    list_display = ("code", "name", "domain", "priority", "year", "status", "progress", "responsible_name")
    list_filter = ("plan", "domain", "priority", "year", "status")
    list_select_related = ("plan", "responsible")
    search_fields = ("code", "name", "description")
    list_export = (
        "code",
        "name",
        "domain",
        "priority",
        "cost",
        "year",
        "status",
        "progress",
        "responsible_name",
    )
    export_filename = "iniciativas-peti"
    responsible_name = person_column("responsible", _("responsable"))
