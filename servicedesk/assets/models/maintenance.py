"""Maintenance: preventive plans (per kind of asset or for one asset), the occurrences the portal
schedules from them, and the records of preventive and corrective work done."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from servicedesk.assets.choices import AssetKind, MaintenanceKind, OccurrenceStatus
from servicedesk.assets.models.inventory import Asset


class MaintenancePlan(models.Model):
    """Preventive maintenance every so many months for every asset of a kind, or for one asset."""

    name = models.CharField(_("nombre"), max_length=200)
    kind = models.CharField(
        _("tipo de activo"),
        max_length=20,
        choices=AssetKind.choices,
        blank=True,
        help_text=_("El plan cubre todos los activos de este tipo que no estén de baja…"),
    )
    asset = models.ForeignKey(
        Asset,
        verbose_name=_("activo"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="maintenance_plans",
        help_text=_("…o solo este activo."),
    )
    every_months = models.PositiveSmallIntegerField(
        _("cada (meses)"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )
    starts_on = models.DateField(_("primera fecha"))
    checklist = models.TextField(
        _("lista de tareas"),
        help_text=_("Una tarea por línea: el técnico marca cada una al registrar el trabajo."),
    )
    responsible_group = models.ForeignKey(
        "servicedesk.SupportGroup",
        verbose_name=_("grupo responsable"),
        on_delete=models.PROTECT,
        related_name="maintenance_plans",
    )
    active = models.BooleanField(_("activo"), default=True)
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("plan de mantenimiento")
        verbose_name_plural = _("planes de mantenimiento")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if bool(self.kind) == bool(self.asset_id):
            raise ValidationError({"kind": _("Elija un tipo de activo o un activo, no los dos ni ninguno.")})
        if not self.tasks():
            raise ValidationError({"checklist": _("Escriba al menos una tarea.")})

    def tasks(self) -> list[str]:
        return [line.strip(" -•\t") for line in self.checklist.splitlines() if line.strip(" -•\t")]


class MaintenanceOccurrence(models.Model):
    """One scheduled preventive maintenance of one asset, from its plan."""

    plan = models.ForeignKey(
        MaintenancePlan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="occurrences"
    )
    asset = models.ForeignKey(
        Asset, verbose_name=_("activo"), on_delete=models.CASCADE, related_name="maintenance_occurrences"
    )
    due_on = models.DateField(_("fecha programada"))
    status = models.CharField(
        _("estado"), max_length=12, choices=OccurrenceStatus.choices, default=OccurrenceStatus.SCHEDULED
    )

    class Meta:
        ordering = ["due_on", "asset__inventory_number"]
        verbose_name = _("mantenimiento programado")
        verbose_name_plural = _("mantenimientos programados")
        constraints = [
            models.UniqueConstraint(fields=["plan", "asset", "due_on"], name="assets_occurrence_unique")
        ]
        indexes = [models.Index(fields=["status", "due_on"], name="assets_occurrence_due")]

    def __str__(self):
        return f"{self.asset.inventory_number} · {self.plan} · {self.due_on:%Y-%m-%d}"


class MaintenanceRecord(models.Model):
    """Maintenance done on an asset: preventive (for an occurrence) or corrective (for a ticket)."""

    asset = models.ForeignKey(
        Asset, verbose_name=_("activo"), on_delete=models.PROTECT, related_name="maintenance_records"
    )
    kind = models.CharField(_("tipo"), max_length=12, choices=MaintenanceKind.choices)
    occurrence = models.OneToOneField(
        MaintenanceOccurrence,
        verbose_name=_("mantenimiento programado"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="record",
    )
    ticket = models.ForeignKey(
        "servicedesk.Ticket",
        verbose_name=_("caso"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="maintenance_records",
    )
    performed_on = models.DateField(_("fecha"))
    technician = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("técnico"), on_delete=models.PROTECT, related_name="+"
    )
    #: ``[{"task": str, "done": bool}]``, the plan's checklist as the technician ticked it.
    checklist_results = models.JSONField(_("lista de tareas"), default=list, blank=True)
    findings = models.TextField(_("hallazgos"), blank=True)
    parts = models.TextField(_("repuestos"), blank=True)
    cost = models.DecimalField(
        _("costo (COP)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    minutes = models.PositiveIntegerField(_("tiempo (minutos)"), validators=[MaxValueValidator(60 * 24 * 7)])
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registrado por"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registrado"), auto_now_add=True)

    class Meta:
        ordering = ["-performed_on", "-pk"]
        verbose_name = _("registro de mantenimiento")
        verbose_name_plural = _("registros de mantenimiento")

    def __str__(self):
        return f"{self.asset.inventory_number} · {self.get_kind_display()} · {self.performed_on:%Y-%m-%d}"
