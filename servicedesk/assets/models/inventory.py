"""The IT inventory: locations, assets of every kind (with their kind's own fields in one JSON
column), what each depends on, and the history of their status."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from servicedesk.assets.choices import AssetKind, AssetStatus, AssignmentKind
from servicedesk.tickets.choices import Level

INVENTORY_NUMBER = RegexValidator(
    r"^[A-Z0-9][A-Z0-9-]{2,39}$",
    _("Use mayúsculas, números y guiones (p. ej. IDTI-000123)."),
    code="inventory_number",
)


class Location(models.Model):
    """Where an asset is: site, building, floor and office."""

    site = models.CharField(_("sede"), max_length=120)
    building = models.CharField(_("edificio o bloque"), max_length=120, blank=True)
    floor = models.CharField(_("piso"), max_length=20, blank=True)
    office = models.CharField(_("oficina"), max_length=120, blank=True)

    class Meta:
        ordering = ["site", "building", "floor", "office"]
        verbose_name = _("ubicación")
        verbose_name_plural = _("ubicaciones")
        constraints = [
            models.UniqueConstraint(
                fields=["site", "building", "floor", "office"], name="assets_location_unique"
            )
        ]

    def __str__(self):
        return " · ".join(part for part in (self.site, self.building, self.floor, self.office) if part)


class Asset(models.Model):
    """An item of the institute's IT inventory: equipment, software, a service or an information asset."""

    inventory_number = models.CharField(
        _("número de inventario"),
        max_length=40,
        unique=True,
        validators=[INVENTORY_NUMBER],
        error_messages={"unique": _("Ya hay un activo con este número de inventario.")},
    )
    kind = models.CharField(_("tipo"), max_length=20, choices=AssetKind.choices)
    name = models.CharField(_("nombre"), max_length=200)
    brand = models.CharField(_("marca"), max_length=100, blank=True)
    model_name = models.CharField(_("modelo"), max_length=120, blank=True)
    serial = models.CharField(_("serial"), max_length=120, blank=True, db_index=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("ubicación"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assets",
    )
    custodian = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("custodio"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="custody_assets",
        help_text=_("El funcionario que lo tiene a su cargo."),
    )
    responsible_group = models.ForeignKey(
        "servicedesk.SupportGroup",
        verbose_name=_("grupo responsable"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assets",
    )
    status = models.CharField(
        _("estado"), max_length=20, choices=AssetStatus.choices, default=AssetStatus.IN_STORAGE
    )
    status_since = models.DateTimeField(_("en este estado desde"), auto_now_add=True)
    acquired_on = models.DateField(_("fecha de adquisición"), null=True, blank=True)
    acquisition_value = models.DecimalField(
        _("valor de adquisición (COP)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    supplier = models.CharField(_("proveedor"), max_length=200, blank=True)
    warranty_ends = models.DateField(_("fin de la garantía"), null=True, blank=True)
    criticality = models.CharField(
        _("criticidad"), max_length=10, choices=Level.choices, default=Level.MEDIUM
    )
    notes = models.TextField(_("notas"), blank=True)
    attributes = models.JSONField(_("datos del tipo"), default=dict, blank=True)
    depends_on = models.ManyToManyField(
        "self",
        verbose_name=_("depende de"),
        symmetrical=False,
        through="AssetDependency",
        related_name="dependents",
        blank=True,
    )
    created_at = models.DateTimeField(_("creado"), auto_now_add=True)
    updated_at = models.DateTimeField(_("modificado"), auto_now=True)

    class Meta:
        ordering = ["inventory_number"]
        verbose_name = _("activo TIC")
        verbose_name_plural = _("activos TIC")
        permissions = [("manage_any_kind", _("Gestionar software, servicios y activos de información"))]
        indexes = [
            models.Index(fields=["kind", "status"], name="assets_kind_status"),
            models.Index(fields=["custodian"], name="assets_custodian"),
        ]

    def __str__(self):
        return f"{self.inventory_number} · {self.name}"


class AssetDependency(models.Model):
    """``dependent`` needs ``dependency`` to work (a service runs on a virtual machine…)."""

    dependent = models.ForeignKey(Asset, verbose_name=_("activo"), on_delete=models.CASCADE, related_name="+")
    dependency = models.ForeignKey(
        Asset, verbose_name=_("depende de"), on_delete=models.CASCADE, related_name="+"
    )
    note = models.CharField(
        _("cómo"), max_length=200, blank=True, help_text=_("p. ej. «corre en», «conectado a».")
    )

    class Meta:
        verbose_name = _("dependencia")
        verbose_name_plural = _("dependencias")
        constraints = [
            models.UniqueConstraint(fields=["dependent", "dependency"], name="assets_dependency_unique"),
            models.CheckConstraint(
                condition=~models.Q(dependent=models.F("dependency")), name="assets_dependency_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.dependent} → {self.dependency}"


class AssetStatusChange(models.Model):
    """One step of an asset's life cycle: from, to, who and when."""

    asset = models.ForeignKey(
        Asset, verbose_name=_("activo"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(
        _("estado anterior"), max_length=20, choices=AssetStatus.choices, blank=True
    )
    to_status = models.CharField(_("estado nuevo"), max_length=20, choices=AssetStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("cuándo"))
    note = models.CharField(_("nota"), max_length=300, blank=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("cambio de estado de activo")
        verbose_name_plural = _("cambios de estado de activos")

    def __str__(self):
        return f"{self.asset}: {self.get_to_status_display()}"


class Assignment(models.Model):
    """Equipment handed to a member of staff (in custody, or lent until a date) and, later, given
    back: who delivered it, in what condition, the holder's acknowledgement, and the return."""

    asset = models.ForeignKey(
        Asset, verbose_name=_("activo"), on_delete=models.PROTECT, related_name="assignments"
    )
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("funcionario"),
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    kind = models.CharField(
        _("tipo"), max_length=10, choices=AssignmentKind.choices, default=AssignmentKind.CUSTODY
    )
    delivered_at = models.DateTimeField(_("entregado el"))
    delivered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("entregado por"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_back = models.DateField(_("devolver a más tardar"), null=True, blank=True)
    condition_out = models.TextField(
        _("estado al entregar"), help_text=_("Estado físico, accesorios, observaciones.")
    )
    acknowledged_at = models.DateTimeField(_("recibo confirmado el"), null=True, blank=True)
    acknowledgement_note = models.TextField(_("observación del funcionario"), blank=True)
    returned_at = models.DateTimeField(_("devuelto el"), null=True, blank=True)
    returned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recibido por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    condition_in = models.TextField(_("estado al devolver"), blank=True)
    overdue_notified_on = models.DateField(_("último aviso de préstamo vencido"), null=True, blank=True)

    class Meta:
        ordering = ["-delivered_at", "-pk"]
        verbose_name = _("entrega de equipo")
        verbose_name_plural = _("entregas de equipos")
        permissions = [("acknowledge_assignment", _("Confirmar el recibo de un equipo"))]
        constraints = [
            models.UniqueConstraint(
                fields=["asset"],
                condition=models.Q(returned_at__isnull=True),
                name="assets_one_open_assignment",
            )
        ]

    def __str__(self):
        return f"{self.asset.inventory_number} → {self.holder}"
