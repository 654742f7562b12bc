"""Maintenance under "Plataforma": the plans (saving one schedules its occurrences at once), what is
scheduled, the records of work done (written from the asset's page or the calendar), and the
calendar's menu item."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList
from wagtail_modeladmin.views import EditView

from portal.modeladmin import RegisterAdmin, RegisterCreateView
from portal.permissions import WrittenByThePortalPermissionHelper
from servicedesk.assets.maintenance import schedule_occurrences
from servicedesk.assets.models import MaintenanceOccurrence, MaintenancePlan, MaintenanceRecord
from servicedesk.assets.rules import manageable_kinds


class SchedulesOnSave:
    """The plan's form offers the kinds and assets the user manages (the Técnico equipment); after a
    plan is saved, its occurrences for the coming months exist (not only after the night)."""

    def get_form(self):
        form = super().get_form()
        kinds = manageable_kinds(self.request.user)
        form.fields["kind"].choices = [
            (value, label) for value, label in form.fields["kind"].choices if value in ("", *kinds)
        ]
        form.fields["asset"].queryset = form.fields["asset"].queryset.filter(kind__in=kinds)
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        schedule_occurrences(plans=[form.instance])
        return response


class PlanCreateView(SchedulesOnSave, RegisterCreateView):
    pass


class PlanEditView(SchedulesOnSave, EditView):
    pass


class MaintenancePlanAdmin(RegisterAdmin):
    model = MaintenancePlan
    menu_label = _("Planes de mantenimiento")
    menu_icon = "cog"
    menu_order = 120
    create_view_class = PlanCreateView
    edit_view_class = PlanEditView
    edit_handler = ObjectList(
        [
            FieldPanel("name"),
            FieldRowPanel([FieldPanel("kind"), FieldPanel("asset")]),
            FieldRowPanel([FieldPanel("every_months"), FieldPanel("starts_on")]),
            FieldPanel("checklist"),
            FieldRowPanel([FieldPanel("responsible_group"), FieldPanel("active")]),
        ]
    )
    list_display = ("name", "kind", "asset", "every_months", "starts_on", "responsible_group", "active")
    list_filter = ("kind", "responsible_group", "active")
    list_select_related = ("asset", "responsible_group")
    search_fields = ("name", "asset__inventory_number", "asset__name")
    list_export = (
        "name",
        "kind",
        "asset",
        "every_months",
        "starts_on",
        "checklist",
        "responsible_group",
        "active",
    )
    title_column = "name"


class MaintenanceOccurrenceAdmin(RegisterAdmin):
    model = MaintenanceOccurrence
    menu_label = _("Mantenimientos programados")
    menu_icon = "date"
    menu_order = 121
    permission_helper_class = WrittenByThePortalPermissionHelper
    list_display = ("due_on", "asset", "plan", "status")
    list_filter = ("status", "plan", "plan__responsible_group")
    list_select_related = ("asset", "plan")
    search_fields = ("asset__inventory_number", "asset__name", "plan__name")
    list_export = ("due_on", "asset", "plan", "status")
    nowrap_columns = ("due_on", "status")


class MaintenanceRecordAdmin(RegisterAdmin):
    model = MaintenanceRecord
    menu_label = _("Registros de mantenimiento")
    menu_icon = "doc-full"
    menu_order = 122
    permission_helper_class = WrittenByThePortalPermissionHelper
    list_display = ("performed_on", "asset", "kind", "technician", "minutes", "cost")
    list_filter = ("kind", "performed_on")
    list_select_related = ("asset", "technician")
    search_fields = ("asset__inventory_number", "asset__name", "findings", "parts")
    list_export = (
        "performed_on",
        "asset",
        "kind",
        "technician",
        "minutes",
        "cost",
        "findings",
        "parts",
        "ticket",
    )
    nowrap_columns = ("performed_on",)


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("assets.view_maintenanceoccurrence")


def calendar_menu_item(order: int = 123) -> MenuItem:
    return CalendarMenuItem(
        _("Calendario de mantenimiento"),
        reverse("assets_maintenance_calendar"),
        name="assets-maintenance-calendar",
        icon_name="date",
        order=order,
    )
