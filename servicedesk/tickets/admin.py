"""The "Mesa de servicios" registers: the technician queue and the tables behind tickets."""

from __future__ import annotations

from django.contrib.admin import display as admin_display
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail_modeladmin.views import EditView

from portal.modeladmin import GuardedIndexView, RegisterAdmin, RegisterCreateView, RegisterInspectView
from portal.people import display_name, person_column
from portal.permissions import GuardedPermissionHelper, user_can
from portal.xlsx import XLSX_CONTENT_TYPE
from servicedesk.tickets import services, views
from servicedesk.tickets.choices import SlaAlert, Status
from servicedesk.tickets.exports import ticket_register_workbook
from servicedesk.tickets.forms import (
    BulkAssignForm,
    MoveForm,
    TicketAdminForm,
    WorkCommentForm,
    comment_draft_key,
)
from servicedesk.tickets.models import PriorityMatrixCell, ServiceLevel, SupportGroup, Ticket, TicketCategory
from servicedesk.tickets.selectors import QUEUES, queue, queue_counts
from servicedesk.tickets.workflow import allowed_transitions
from website.institution import institution_name


class TicketPermissionHelper(GuardedPermissionHelper):
    """Tickets are evidence of the service given: they are closed, never deleted."""

    def user_can_delete_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return obj.is_open and super().user_can_edit_obj(user, obj)


class TicketIndexView(GuardedIndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        request = self.request
        counts = queue_counts(self.model_admin.get_base_queryset(request), request.user)
        context.update(
            queues=[(name, label, counts[name]) for name, label in QUEUES.items()],
            current_queue=request.GET.get("cola", ""),
            can_assign=request.user.has_perm("servicedesk.change_ticket"),
            assign_form=BulkAssignForm(),
        )
        return context

    def write_xlsx_response(self, queryset):
        """The institutional register (xlsxwriter, constant memory) instead of Wagtail's generic sheet."""
        queue_name = QUEUES.get(self.request.GET.get("cola", ""), "")
        content = ticket_register_workbook(
            queryset, institution=institution_name(self.request), description=str(queue_name)
        )
        response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.xlsx"'
        return response


class TicketCreateView(RegisterCreateView):
    """A technician registers a ticket (phone, e-mail, walk-in) through the same service as the intranet."""

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            self.instance = services.open_ticket(
                title=data["title"],
                description=data["description"],
                ticket_type=data["ticket_type"],
                requester=data.get("requester"),
                requester_name=data.get("requester_name", ""),
                service=data.get("service"),
                category=data.get("category"),
                channel=data["channel"],
                impact=data["impact"],
                urgency=data["urgency"],
                group=data.get("group"),
                technician=data.get("technician"),
                by=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None, error)
            return self.form_invalid(form)
        if data.get("time_spent"):
            services.ticket_add_time(ticket=self.instance, minutes=data["time_spent"], by=self.request.user)
        from django.contrib import messages

        messages.success(self.request, _("Caso %(number)s registrado.") % {"number": self.instance.number})
        return redirect(views.inspect_url(self.instance))


class TicketEditView(EditView):
    def form_valid(self, form):
        response = super().form_valid(form)
        services.reclassify(ticket=self.instance, by=self.request.user)
        return response


class TicketInspectView(RegisterInspectView):
    def get_context_data(self, **kwargs):
        ticket = self.instance
        user = self.request.user
        can_work = user_can(user, "change", ticket)
        context = super().get_context_data(**kwargs)
        context.update(
            ticket=ticket,
            history=ticket.status_changes.select_related("by"),
            comments=ticket.comments.select_related("author"),
            attachments=ticket.attachments.select_related("uploaded_by"),
            can_work=can_work,
            can_take=can_work and ticket.is_open and ticket.technician_id != user.pk,
            moves=[(status, Status(status).label) for status in allowed_transitions(ticket.status)]
            if can_work
            else [],
            move_form=MoveForm(),
            comment_form=WorkCommentForm(initial=self.request.session.pop(comment_draft_key(ticket), None)),
            SLA_BREACHED=SlaAlert.BREACHED,
        )
        return context


class TicketAdmin(RegisterAdmin):
    model = Ticket
    menu_label = _("Casos")
    menu_icon = "help"
    menu_order = 100
    permission_helper_class = TicketPermissionHelper
    index_view_class = TicketIndexView
    create_view_class = TicketCreateView
    edit_view_class = TicketEditView
    inspect_view_class = TicketInspectView
    index_template_name = "modeladmin/servicedesk/ticket/index.html"
    inspect_template_name = "modeladmin/servicedesk/ticket/inspect.html"
    list_per_page = 50
    # The queue at 1366 px: what a technician scans. Service, category, group, channel and the
    # dates beyond the opening are in the inspect view, the filters and the XLSX register.
    list_display = (
        "select_box",
        "number_link",
        "title",
        "status",
        "priority",
        "requester_column",
        "assignee_column",
        "sla_column",
        "opened_column",
    )
    title_column = "title"
    nowrap_columns = ("number_link", "status", "priority", "sla_column", "opened_column")
    list_filter = ("status", "priority", "ticket_type", "channel", "group")
    extra_filter_fields = ("technician", "requester", "service", "category")
    list_select_related = ("requester", "group", "technician")
    search_fields = ("title", "description", "requester_name", "requester__username", "requester__last_name")
    inspect_view_fields = (
        "ticket_type",
        "service",
        "category",
        "channel",
        "impact",
        "urgency",
        "priority",
        "status",
        "group",
        "technician",
        "opened_at",
        "taken_at",
        "solved_at",
        "closed_at",
        "time_spent",
        "reopen_count",
        "glpi_id",
    )
    list_export = (
        "id",
        "ticket_type",
        "title",
        "status",
        "priority",
        "impact",
        "urgency",
        "channel",
        "service",
        "category",
        "requester_display",
        "group",
        "technician_name",
        "opened_at",
        "taken_at",
        "solved_at",
        "closed_at",
        "own_breached",
        "resolve_breached",
        "reopen_count",
        "satisfaction",
        "time_spent",
    )
    export_filename = "casos-mesa-de-servicios"

    def get_base_queryset(self, request):
        return super().get_queryset(request)

    def get_queryset(self, request):
        return queue(self.get_base_queryset(request), request.GET.get("cola", ""), request.user)

    @admin_display(description="")
    def select_box(self, obj):
        return format_html(
            '<input type="checkbox" name="ticket" value="{}" form="asignacion-masiva" aria-label="{}">',
            obj.pk,
            _("Seleccionar el caso %(number)s") % {"number": obj.number},
        )

    @admin_display(description=_("Número"), ordering="id")
    def number_link(self, obj):
        return format_html('<a href="{}">{}</a>', views.inspect_url(obj), obj.number)

    @admin_display(description=_("Solicitante"))
    def requester_column(self, obj):
        return obj.requester_display

    technician_name = person_column("technician", _("técnico asignado"))

    @admin_display(description=_("Asignación"), ordering="technician__first_name")
    def assignee_column(self, obj):
        """The technician by name; the group while nobody has taken the ticket."""
        if obj.technician_id:
            return display_name(obj.technician)
        if obj.group_id:
            return format_html('{} <span class="register-muted">({})</span>', obj.group, _("Sin asignar"))
        return _("Sin asignar")

    @admin_display(description=_("Apertura"), ordering="opened_at")
    def opened_column(self, obj):
        return date_format(localtime(obj.opened_at), "SHORT_DATETIME_FORMAT")

    def get_edit_handler(self):
        return ObjectList(Ticket.panels, base_form_class=TicketAdminForm)

    @admin_display(description=_("ANS"), ordering="resolve_due_at")
    def sla_column(self, obj):
        if not obj.is_open:
            return _("Incumplido") if obj.resolve_breached else _("Cumplido")
        label = {SlaAlert.BREACHED: _("Vencido"), SlaAlert.WARNING: _("Por vencer")}.get(obj.sla_alert, "")
        due = (
            obj.resolve_due_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if obj.resolve_due_at
            else _("en pausa")
        )
        if label:
            return format_html('<strong class="sla sla--{}">{}</strong> · {}', obj.sla_alert, label, due)
        return due

    def get_admin_urls_for_registration(self):
        return (
            *super().get_admin_urls_for_registration(),
            path("mesa-de-servicios/casos/<int:pk>/tomar/", views.take, name="servicedesk_ticket_take"),
            path("mesa-de-servicios/casos/<int:pk>/estado/", views.move, name="servicedesk_ticket_move"),
            path(
                "mesa-de-servicios/casos/<int:pk>/comentar/",
                views.add_comment,
                name="servicedesk_ticket_comment",
            ),
            path(
                "mesa-de-servicios/adjuntos/<int:pk>/", views.attachment, name="servicedesk_ticket_attachment"
            ),
            path(
                "mesa-de-servicios/casos/asignar/", views.bulk_assign, name="servicedesk_ticket_bulk_assign"
            ),
        )


class SupportGroupAdmin(RegisterAdmin):
    model = SupportGroup
    menu_label = _("Grupos de soporte")
    menu_icon = "group"
    menu_order = 110
    list_display = ("name", "email")
    search_fields = ("name",)
    inspect_view_fields = ("name", "email", "members")


class TicketCategoryAdmin(RegisterAdmin):
    model = TicketCategory
    menu_label = _("Categorías")
    menu_icon = "folder-open-inverse"
    menu_order = 120
    list_display = ("full_name", "group", "active")
    list_filter = ("active", "group")
    list_select_related = ("group",)
    search_fields = ("full_name",)


class FixedTablePermissionHelper(GuardedPermissionHelper):
    """A table seeded by a migration: its rows are edited, never added or removed."""

    def user_can_create(self, user):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class PriorityMatrixAdmin(RegisterAdmin):
    model = PriorityMatrixCell
    menu_label = _("Matriz de prioridad")
    menu_icon = "table"
    menu_order = 130
    permission_helper_class = FixedTablePermissionHelper
    list_display = ("impact", "urgency", "priority")
    inspect_view_enabled = False


class ServiceLevelAdmin(RegisterAdmin):
    model = ServiceLevel
    menu_label = _("Niveles de servicio (ANS)")
    menu_icon = "time"
    menu_order = 140
    list_display = ("service", "priority", "time_to_own", "time_to_resolve")
    list_filter = ("priority",)
    list_select_related = ("service",)
