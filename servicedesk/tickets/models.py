"""Tickets: incidents and requests, their history, comments and files, and the tables behind them."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.business_calendar import ClosedDays, Schedule, colombian_holidays, parse_hours
from portal.records import RegisterRecord
from servicedesk.tickets.choices import OPEN_STATUSES, Channel, Level, Priority, SlaAlert, Status, TicketType
from servicedesk.tickets.schedule import _default_hours, parse_closed_days


class SupportGroup(RegisterRecord):
    """A group of technicians that owns services and categories (GLPI's technician groups)."""

    name = models.CharField(_("nombre"), max_length=120, unique=True)
    email = models.EmailField(_("correo del grupo"), blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, verbose_name=_("integrantes"), blank=True, related_name="support_groups"
    )
    glpi_id = models.PositiveIntegerField(_("ID en GLPI"), null=True, blank=True, unique=True)

    panels = [FieldPanel("name"), FieldPanel("email"), FieldPanel("members")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("grupo de soporte")
        verbose_name_plural = _("grupos de soporte")

    def __str__(self):
        return self.name

    def addresses(self) -> list[str]:
        """Where mail to the group goes: its own address, else every member's."""
        if self.email:
            return [self.email]
        return [member.email for member in self.members.all() if member.email]


class TicketCategory(RegisterRecord):
    """A hierarchical category ("Hardware > Impresoras"), shared by every service and import."""

    name = models.CharField(_("nombre"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("categoría superior"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    full_name = models.CharField(_("nombre completo"), max_length=500, editable=False, db_index=True)
    group = models.ForeignKey(
        SupportGroup,
        verbose_name=_("grupo responsable"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="categories",
    )
    active = models.BooleanField(_("activa"), default=True)
    glpi_id = models.PositiveIntegerField(_("ID en GLPI"), null=True, blank=True, unique=True)

    panels = [FieldPanel("name"), FieldPanel("parent"), FieldPanel("group"), FieldPanel("active")]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("categoría")
        verbose_name_plural = _("categorías")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="ticketcategory_unique_name_in_parent"),
            models.UniqueConstraint(
                fields=["name"], condition=Q(parent__isnull=True), name="ticketcategory_unique_root_name"
            ),
        ]

    def __str__(self):
        return self.full_name or self.name

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if self.pk and ancestor.pk == self.pk:
                raise ValidationError({"parent": _("Una categoría no puede estar dentro de sí misma.")})
            ancestor = ancestor.parent

    def save(self, *args, **kwargs):
        old_name = self.full_name
        self.full_name = f"{self.parent.full_name} > {self.name}" if self.parent_id else self.name
        super().save(*args, **kwargs)
        if old_name and old_name != self.full_name:
            for child in self.children.all():
                child.save(update_fields=["full_name"])


class PriorityMatrixCell(models.Model):
    """One cell of the editable priority matrix (impact × urgency → priority)."""

    impact = models.CharField(_("impacto"), max_length=5, choices=Level.choices)
    urgency = models.CharField(_("urgencia"), max_length=5, choices=Level.choices)
    priority = models.PositiveSmallIntegerField(_("prioridad"), choices=Priority.choices)

    panels = [
        FieldRowPanel([FieldPanel("impact", read_only=True), FieldPanel("urgency", read_only=True)]),
        FieldPanel("priority"),
    ]

    class Meta:
        ordering = ["impact", "urgency"]
        verbose_name = _("celda de la matriz de prioridad")
        verbose_name_plural = _("matriz de prioridad")
        constraints = [models.UniqueConstraint(fields=["impact", "urgency"], name="priority_matrix_cell")]

    def __str__(self):
        return f"{self.get_impact_display()} × {self.get_urgency_display()} → {self.priority}"


class ServiceLevel(models.Model):
    """Targets of a priority, for every service or one in particular (business minutes)."""

    service = models.ForeignKey(
        "servicedesk.ServicePage",
        verbose_name=_("servicio"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="service_levels",
        help_text=_("Vacío: aplica a todos los servicios que no tengan su propio nivel."),
    )
    priority = models.PositiveSmallIntegerField(_("prioridad"), choices=Priority.choices)
    time_to_own = models.PositiveIntegerField(
        _("tiempo para tomar (minutos hábiles)"), validators=[MinValueValidator(1)]
    )
    time_to_resolve = models.PositiveIntegerField(
        _("tiempo para resolver (minutos hábiles)"), validators=[MinValueValidator(1)]
    )

    panels = [
        FieldPanel("service"),
        FieldPanel("priority"),
        FieldRowPanel([FieldPanel("time_to_own"), FieldPanel("time_to_resolve")]),
    ]

    class Meta:
        ordering = ["service_id", "priority"]
        verbose_name = _("nivel de servicio (ANS)")
        verbose_name_plural = _("niveles de servicio (ANS)")
        constraints = [
            models.UniqueConstraint(fields=["service", "priority"], name="service_level_per_service"),
            models.UniqueConstraint(
                fields=["priority"], condition=Q(service__isnull=True), name="service_level_default"
            ),
        ]

    def __str__(self):
        scope = self.service.title if self.service_id else _("Todos los servicios")
        return f"{scope} · {self.get_priority_display()}"


def breaching_condition(now) -> Q:
    """Breached, or past a deadline at ``now`` (live from the stored deadlines, so right between two
    clock checks): resolution due, or nobody took it within its ownership target."""
    return (
        Q(sla_alert=SlaAlert.BREACHED)
        | Q(resolve_due_at__lte=now)
        | Q(own_due_at__lte=now, taken_at__isnull=True)
    )


def due_soon_condition(now) -> Q:
    """Past the warning point of its resolution deadline at ``now``, not yet breached."""
    return Q(resolve_warn_at__lte=now, resolve_due_at__gt=now) & ~Q(sla_alert=SlaAlert.BREACHED)


class TicketQuerySet(models.QuerySet):
    """Domain names for the ticket reads the queue, the intranet and the clock check repeat."""

    def open(self):
        """Still being worked on: new, assigned, in progress or on hold."""
        return self.filter(status__in=OPEN_STATUSES)

    def not_closed(self):
        """What the requester still follows: the open tickets and the solved ones awaiting confirmation."""
        return self.filter(status__in=(*OPEN_STATUSES, Status.SOLVED))

    def for_requester(self, user):
        return self.filter(requester=user)

    def breaching(self, *, now=None):
        """Open tickets that breached or passed a deadline (see :func:`breaching_condition`)."""
        return self.open().filter(breaching_condition(now or timezone.now()))

    def due_soon(self, *, now=None):
        """Open tickets close to their resolution deadline (see :func:`due_soon_condition`)."""
        return self.open().filter(due_soon_condition(now or timezone.now()))


class Ticket(RegisterRecord):
    objects = TicketQuerySet.as_manager()

    ticket_type = models.CharField(_("tipo"), max_length=14, choices=TicketType.choices)
    service = models.ForeignKey(
        "servicedesk.ServicePage",
        verbose_name=_("servicio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tickets",
    )
    category = models.ForeignKey(
        TicketCategory,
        verbose_name=_("categoría"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tickets",
    )
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("solicitante"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="requested_tickets",
    )
    requester_name = models.CharField(
        _("nombre del solicitante"),
        max_length=200,
        blank=True,
        help_text=_("Para solicitudes de personas sin usuario en el portal (importadas o por teléfono)."),
    )
    channel = models.CharField(_("canal"), max_length=10, choices=Channel.choices, default=Channel.INTRANET)
    title = models.CharField(_("título"), max_length=255)
    description = models.TextField(_("descripción"))
    form_data = models.JSONField(_("respuestas del formulario"), default=list, blank=True, editable=False)
    impact = models.CharField(_("impacto"), max_length=5, choices=Level.choices, default=Level.LOW)
    urgency = models.CharField(_("urgencia"), max_length=5, choices=Level.choices, default=Level.MEDIUM)
    priority = models.PositiveSmallIntegerField(
        _("prioridad"), choices=Priority.choices, default=Priority.MEDIUM, editable=False
    )
    status = models.CharField(
        _("estado"), max_length=10, choices=Status.choices, default=Status.NEW, editable=False
    )
    group = models.ForeignKey(
        SupportGroup,
        verbose_name=_("grupo asignado"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tickets",
    )
    technician = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("técnico asignado"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tickets",
    )
    solution = models.TextField(_("solución"), blank=True, editable=False)
    time_spent = models.PositiveIntegerField(_("tiempo invertido (minutos)"), default=0)
    opened_at = models.DateTimeField(_("fecha de apertura"), default=timezone.now, editable=False)
    taken_at = models.DateTimeField(_("tomado el"), null=True, blank=True, editable=False)
    solved_at = models.DateTimeField(_("resuelto el"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("cerrado el"), null=True, blank=True, editable=False)
    reopen_count = models.PositiveSmallIntegerField(_("reaperturas"), default=0, editable=False)
    # Service-level clocks, recomputed from the status history (servicedesk.tickets.clocks).
    own_target = models.PositiveIntegerField(_("meta para tomar (s hábiles)"), default=0, editable=False)
    resolve_target = models.PositiveIntegerField(
        _("meta para resolver (s hábiles)"), default=0, editable=False
    )
    own_seconds = models.PositiveIntegerField(_("tiempo para tomar (s hábiles)"), null=True, editable=False)
    resolve_seconds = models.PositiveIntegerField(
        _("tiempo para resolver (s hábiles)"), null=True, editable=False
    )
    own_due_at = models.DateTimeField(_("vence para tomar"), null=True, editable=False)
    resolve_due_at = models.DateTimeField(_("vence para resolver"), null=True, editable=False)
    resolve_warn_at = models.DateTimeField(_("alerta de vencimiento"), null=True, editable=False)
    own_breached = models.BooleanField(_("ANS para tomar incumplido"), default=False, editable=False)
    resolve_breached = models.BooleanField(_("ANS para resolver incumplido"), default=False, editable=False)
    sla_alert = models.CharField(
        _("alerta de ANS"), max_length=10, choices=SlaAlert.choices, blank=True, editable=False
    )
    #: The last alert mailed ("" when none), so each state change is mailed once.
    sla_notified = models.CharField(max_length=10, blank=True, editable=False)
    satisfaction = models.PositiveSmallIntegerField(
        _("satisfacción"),
        null=True,
        blank=True,
        editable=False,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    satisfaction_comment = models.TextField(_("comentario de satisfacción"), blank=True, editable=False)
    satisfaction_at = models.DateTimeField(_("encuesta respondida el"), null=True, editable=False)
    #: One per submitted form, so a double click or a resent POST files one ticket.
    asset = models.ForeignKey(
        "assets.Asset",
        verbose_name=_("activo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="tickets",
        help_text=_("El equipo o servicio del inventario al que se refiere el caso."),
    )
    submission_key = models.UUIDField(null=True, unique=True, editable=False)
    glpi_id = models.PositiveIntegerField(_("ID en GLPI"), null=True, blank=True, unique=True, editable=False)

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ticket_type"), FieldPanel("channel")]),
                FieldPanel("service"),
                FieldPanel("category"),
                FieldPanel("asset"),
                FieldRowPanel([FieldPanel("requester"), FieldPanel("requester_name")]),
            ],
            heading=_("Clasificación"),
        ),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("impact"), FieldPanel("urgency")], heading=_("Prioridad")),
        FieldRowPanel([FieldPanel("group"), FieldPanel("technician")], heading=_("Asignación")),
        FieldPanel("time_spent"),
    ]

    class Meta:
        ordering = ["-opened_at", "-id"]
        verbose_name = _("caso")
        verbose_name_plural = _("casos")
        indexes = [
            models.Index(fields=["status", "priority"], name="ticket_status_priority"),
            models.Index(fields=["technician", "status"], name="ticket_technician_status"),
            models.Index(fields=["group", "status"], name="ticket_group_status"),
            models.Index(fields=["requester", "-opened_at"], name="ticket_requester"),
            models.Index(fields=["opened_at"], name="ticket_opened_at"),
            models.Index(fields=["solved_at"], name="ticket_solved_at"),
            models.Index(fields=["resolve_due_at"], name="ticket_resolve_due"),
        ]

    def __str__(self):
        return f"#{self.pk} {self.title}"

    @property
    def number(self) -> str:
        return f"#{self.pk}"

    @property
    def requester_display(self) -> str:
        if self.requester_id:
            return self.requester.get_full_name() or self.requester.get_username()
        return self.requester_name

    @property
    def is_open(self) -> bool:
        return self.status not in (Status.SOLVED, Status.CLOSED)

    def clean(self):
        if not self.requester_id and not self.requester_name:
            raise ValidationError({"requester": _("Indique el solicitante (usuario o nombre).")})
        if (
            self.technician_id
            and self.group_id
            and not self.group.members.filter(pk=self.technician_id).exists()
        ):
            raise ValidationError({"technician": _("El técnico no pertenece al grupo asignado.")})


class TicketStatusChange(models.Model):
    """One line of a ticket's status history: the source of every SLA clock."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="status_changes")
    status = models.CharField(_("estado"), max_length=10, choices=Status.choices)
    at = models.DateTimeField(_("fecha"), default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("nota"), max_length=500, blank=True)

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("cambio de estado")
        verbose_name_plural = _("historial de estados")

    def __str__(self):
        return f"{self.ticket_id} {self.status} {self.at:%Y-%m-%d %H:%M}"


class TicketComment(models.Model):
    """A follow-up: public (the requester reads it) or internal (technicians only)."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("comentario"))
    internal = models.BooleanField(_("interno"), default=False)
    created_at = models.DateTimeField(_("fecha"), default=timezone.now)
    glpi_id = models.PositiveIntegerField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("comentario")
        verbose_name_plural = _("comentarios")

    def __str__(self):
        return f"{self.ticket_id}: {self.body[:40]}"


def attachment_path(instance, filename):
    # Outside the folders the web server exposes; served by a permission-checked view.
    return f"servicedesk/adjuntos/{timezone.now():%Y/%m}/{uuid.uuid4().hex}/{filename}"


class TicketAttachment(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("archivo"), upload_to=attachment_path, max_length=300)
    name = models.CharField(_("nombre"), max_length=255)
    size = models.PositiveIntegerField(_("tamaño (bytes)"), default=0)
    internal = models.BooleanField(_("interno"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("subido por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("fecha"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("adjunto")
        verbose_name_plural = _("adjuntos")

    def __str__(self):
        return self.name


@register_setting(icon="time")
class ServiceDeskSettings(BaseGenericSetting):
    business_hours = models.TextField(
        _("horario de atención"),
        default=_default_hours,
        help_text=_(
            "Una línea por día: «lunes: 08:00-12:00, 13:00-17:00». Los días que no aparecen no cuentan."
        ),
    )
    closed_days = models.TextField(
        _("días de cierre adicionales"),
        blank=True,
        help_text=_("Fechas AAAA-MM-DD, una por línea. Los festivos de Colombia ya se descuentan."),
    )
    warning_percent = models.PositiveSmallIntegerField(
        _("alerta antes del vencimiento (% consumido)"),
        default=75,
        validators=[MinValueValidator(10), MaxValueValidator(99)],
    )
    auto_close_days = models.PositiveSmallIntegerField(
        _("cierre automático tras la solución (días hábiles)"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("Si el solicitante no confirma ni rechaza la solución en este plazo, el caso se cierra."),
    )

    panels = [
        FieldPanel("business_hours"),
        FieldPanel("closed_days"),
        FieldPanel("warning_percent"),
        FieldPanel("auto_close_days"),
    ]

    class Meta:
        verbose_name = _("mesa de servicios: horario y alertas")

    def clean(self):
        errors = {}
        try:
            if not parse_hours(self.business_hours):
                errors["business_hours"] = _("Indique al menos un día con horario.")
        except ValueError as error:
            errors["business_hours"] = _("Horario no válido (%(detail)s).") % {"detail": error}
        try:
            parse_closed_days(self.closed_days)
        except ValueError as error:
            errors["closed_days"] = _("Fecha no válida en la %(detail)s; use AAAA-MM-DD.") % {"detail": error}
        if errors:
            raise ValidationError(errors)

    def schedule(self) -> Schedule:
        return Schedule(
            hours=parse_hours(self.business_hours),
            holidays=ClosedDays(colombian_holidays(), parse_closed_days(self.closed_days)),
        )


def current_settings() -> ServiceDeskSettings:
    return ServiceDeskSettings.load()
