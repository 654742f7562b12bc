"""Physical inventory campaigns (asset audits): a campaign by location and/or kind, a check of each
asset in it, and how often each kind of asset must be audited."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from servicedesk.assets.choices import AssetKind, CampaignStatus, CheckResult
from servicedesk.assets.models.inventory import Asset, Location


class AuditCampaign(models.Model):
    """A physical inventory: someone walks the offices and checks every asset the campaign covers."""

    name = models.CharField(_("nombre"), max_length=200)
    location = models.ForeignKey(
        Location,
        verbose_name=_("ubicación"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_campaigns",
        help_text=_("Vacía: todas las ubicaciones."),
    )
    kind = models.CharField(
        _("tipo de activo"),
        max_length=20,
        choices=AssetKind.choices,
        blank=True,
        help_text=_("Vacío: todos los tipos."),
    )
    due_on = models.DateField(_("fecha límite"))
    status = models.CharField(
        _("estado"), max_length=10, choices=CampaignStatus.choices, default=CampaignStatus.OPEN
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("abierta por"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    opened_at = models.DateTimeField(_("abierta el"), auto_now_add=True)
    closed_at = models.DateTimeField(_("cerrada el"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cerrada por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-opened_at", "-pk"]
        verbose_name = _("campaña de inventario físico")
        verbose_name_plural = _("campañas de inventario físico")

    def __str__(self):
        return self.name


class AuditCheck(models.Model):
    """What the campaign found of one asset."""

    campaign = models.ForeignKey(
        AuditCampaign, verbose_name=_("campaña"), on_delete=models.CASCADE, related_name="checks"
    )
    asset = models.ForeignKey(
        Asset, verbose_name=_("activo"), on_delete=models.CASCADE, related_name="audit_checks"
    )
    expected_location = models.ForeignKey(
        Location,
        verbose_name=_("ubicación registrada"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    result = models.CharField(
        _("resultado"), max_length=16, choices=CheckResult.choices, default=CheckResult.PENDING
    )
    found_location = models.ForeignKey(
        Location,
        verbose_name=_("ubicación encontrada"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("observación"), max_length=300, blank=True)
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("revisado por"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    checked_at = models.DateTimeField(_("revisado el"), null=True, blank=True)

    class Meta:
        ordering = ["asset__inventory_number"]
        verbose_name = _("verificación de activo")
        verbose_name_plural = _("verificaciones de activos")
        constraints = [models.UniqueConstraint(fields=["campaign", "asset"], name="assets_check_unique")]

    def __str__(self):
        return f"{self.campaign} · {self.asset.inventory_number}"


class AuditFrequency(models.Model):
    """How often the assets of a kind are checked in a physical inventory."""

    kind = models.CharField(_("tipo de activo"), max_length=20, choices=AssetKind.choices, unique=True)
    every_months = models.PositiveSmallIntegerField(
        _("cada (meses)"), validators=[MinValueValidator(1), MaxValueValidator(60)]
    )

    class Meta:
        ordering = ["kind"]
        verbose_name = _("frecuencia de inventario físico")
        verbose_name_plural = _("frecuencias de inventario físico")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.every_months}"
