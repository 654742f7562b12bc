"""Monitors, their raw results (beats), roll-ups, state history and planned maintenance."""

from __future__ import annotations

import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.records import RegisterRecord
from servicedesk.monitoring.choices import (
    BeatStatus,
    HttpMethod,
    KeywordMode,
    MonitorKind,
    MonitorState,
    RollupPeriod,
)
from servicedesk.monitoring.schedule import next_due, timeout_fits
from servicedesk.monitoring.validators import (
    interval_validators,
    port_validators,
    validate_host,
    validate_http_url,
    validate_request_headers,
    validate_status_codes,
)


def new_push_token() -> str:
    """An unguessable token for a push monitor's secret URL."""
    return secrets.token_urlsafe(32)


class MonitorQuerySet(models.QuerySet):
    def due(self, at):
        """Active monitors whose check is due at ``at`` (a push monitor: its deadline has passed)."""
        return self.filter(active=True, next_due_at__lte=at).order_by("next_due_at")


class Monitor(RegisterRecord):
    """A check of a part of the IT platform, run every ``interval_seconds`` (or pushed to)."""

    objects = MonitorQuerySet.as_manager()

    #: Secrets: never shown in lists, exports or logs.
    SECRET_FIELDS = ("request_headers", "push_token")

    name = models.CharField(_("nombre"), max_length=120)
    kind = models.CharField(_("tipo de chequeo"), max_length=8, choices=MonitorKind.choices)
    # HTTP(S)
    url = models.CharField(_("URL"), max_length=2000, blank=True, validators=[validate_http_url])
    http_method = models.CharField(
        _("método HTTP"), max_length=6, choices=HttpMethod.choices, default=HttpMethod.GET
    )
    expected_status_codes = models.CharField(
        _("códigos de estado esperados"),
        max_length=100,
        default="200-299",
        validators=[validate_status_codes],
        help_text=_("Códigos o rangos separados por comas, por ejemplo «200-299,301»."),
    )
    keyword = models.CharField(_("palabra clave"), max_length=200, blank=True)
    keyword_mode = models.CharField(
        _("la palabra clave"), max_length=8, choices=KeywordMode.choices, default=KeywordMode.PRESENT
    )
    max_response_ms = models.PositiveIntegerField(
        _("tiempo máximo de respuesta (ms)"), null=True, blank=True, validators=[MinValueValidator(1)]
    )
    follow_redirects = models.BooleanField(_("seguir redirecciones"), default=True)
    request_headers = models.JSONField(
        _("encabezados de la petición"), default=dict, blank=True, validators=[validate_request_headers]
    )
    # TCP, TLS and DNS
    host = models.CharField(_("equipo o nombre DNS"), max_length=253, blank=True, validators=[validate_host])
    port = models.PositiveIntegerField(_("puerto"), null=True, blank=True, validators=port_validators)
    dns_expected_address = models.GenericIPAddressField(_("dirección esperada"), null=True, blank=True)
    dns_server = models.GenericIPAddressField(_("servidor DNS"), null=True, blank=True)
    tls_warning_days = models.PositiveSmallIntegerField(
        _("aviso si el certificado vence en (días)"), default=21
    )
    tls_critical_days = models.PositiveSmallIntegerField(
        _("crítico si el certificado vence en (días)"), default=7
    )
    # Schedule
    interval_seconds = models.PositiveIntegerField(
        _("intervalo (segundos)"), default=60, validators=interval_validators
    )
    timeout_seconds = models.PositiveIntegerField(
        _("tiempo de espera (segundos)"), default=10, validators=[MinValueValidator(1)]
    )
    retries = models.PositiveSmallIntegerField(
        _("reintentos antes de CAÍDO"), default=0, validators=[MaxValueValidator(10)]
    )
    push_token = models.CharField(
        _("token de la URL push"), max_length=64, unique=True, null=True, blank=True, editable=False
    )
    push_grace_seconds = models.PositiveIntegerField(_("gracia del push (segundos)"), default=60)
    pushed_by_scheduler = models.BooleanField(
        _("latido del programador de tareas"),
        default=False,
        help_text=_(
            "El programador de tareas del portal (Huey) llama a este monitor push cada minuto: "
            "si deja de hacerlo, el monitor cae."
        ),
    )
    # What it watches and who sees it
    service = models.ForeignKey(
        "servicedesk.ServicePage",
        verbose_name=_("servicio vigilado"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitors",
    )
    asset = models.ForeignKey(
        "assets.Asset",
        verbose_name=_("activo vigilado"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="monitors",
        help_text=_("El equipo o servicio del inventario que este monitor vigila."),
    )
    public = models.BooleanField(
        _("público"), default=False, help_text=_("Se muestra en la página de estado pública.")
    )
    active = models.BooleanField(_("activo"), default=True)
    # Current state (written by the checks)
    state = models.CharField(
        _("estado"), max_length=12, choices=MonitorState.choices, default=MonitorState.PENDING, editable=False
    )
    state_since = models.DateTimeField(_("en este estado desde"), null=True, blank=True, editable=False)
    failures_in_row = models.PositiveIntegerField(_("fallas seguidas"), default=0, editable=False)
    last_checked_at = models.DateTimeField(_("último chequeo"), null=True, blank=True, editable=False)
    next_due_at = models.DateTimeField(
        _("próximo chequeo"), null=True, blank=True, editable=False, db_index=True
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("monitor")
        verbose_name_plural = _("monitores")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        errors = {}
        required = _("Este campo es obligatorio para este tipo de chequeo.")
        if self.kind == MonitorKind.HTTP and not self.url:
            errors["url"] = required
        if self.kind in (MonitorKind.TCP, MonitorKind.TLS, MonitorKind.DNS) and not self.host:
            errors["host"] = required
        if self.kind in (MonitorKind.TCP, MonitorKind.TLS) and self.port is None:
            errors["port"] = required
        if (
            self.interval_seconds
            and self.timeout_seconds
            and not timeout_fits(self.timeout_seconds, self.interval_seconds)
        ):
            errors["timeout_seconds"] = _("El tiempo de espera debe ser menor que el intervalo.")
        if self.tls_critical_days > self.tls_warning_days:
            errors["tls_critical_days"] = _("Los días críticos no pueden ser más que los días de aviso.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.kind == MonitorKind.PUSH:
            if not self.push_token:
                self.push_token = new_push_token()
        else:
            self.push_token = None
        if self._state.adding:
            now = timezone.now()
            if not self.active:
                self.state = MonitorState.PAUSED
            self.state_since = self.state_since or now
            if self.next_due_at is None and self.active:
                # A check is due at once; a push monitor first waits a period and its grace.
                self.next_due_at = self.due_after(now) if self.kind == MonitorKind.PUSH else now
        super().save(*args, **kwargs)

    def due_after(self, at):
        """When the check after one at ``at`` is due (a push monitor's deadline includes its grace)."""
        grace = self.push_grace_seconds if self.kind == MonitorKind.PUSH else 0
        return next_due(at, self.interval_seconds, grace)


class Beat(models.Model):
    """One raw result of a check (kept 48 hours, then only its roll-ups remain)."""

    monitor = models.ForeignKey(
        Monitor, verbose_name=_("monitor"), on_delete=models.CASCADE, related_name="beats"
    )
    checked_at = models.DateTimeField(_("fecha del chequeo"))
    status = models.CharField(_("resultado"), max_length=12, choices=BeatStatus.choices)
    latency_ms = models.PositiveIntegerField(_("latencia (ms)"), null=True, blank=True)
    message = models.CharField(_("mensaje"), max_length=255, blank=True)
    late_by_ms = models.PositiveIntegerField(
        _("retraso sobre la hora prevista (ms)"), default=0, help_text=_("Cuánto después de su hora empezó.")
    )

    class Meta:
        ordering = ["-checked_at"]
        verbose_name = _("resultado de chequeo")
        verbose_name_plural = _("resultados de chequeo")
        indexes = [
            models.Index(fields=["monitor", "checked_at"], name="monitoring_beat_monitor_at"),
            models.Index(fields=["checked_at"], name="monitoring_beat_at"),
        ]

    def __str__(self):
        return f"{self.monitor} {self.checked_at:%Y-%m-%d %H:%M:%S} {self.get_status_display()}"


class Rollup(models.Model):
    """The checks of one monitor in one hour or one day, counted (kept a year and more)."""

    monitor = models.ForeignKey(
        Monitor, verbose_name=_("monitor"), on_delete=models.CASCADE, related_name="rollups"
    )
    period = models.CharField(_("periodo"), max_length=4, choices=RollupPeriod.choices)
    period_start = models.DateTimeField(_("inicio del periodo"))
    up_count = models.PositiveIntegerField(_("chequeos en línea"), default=0)
    down_count = models.PositiveIntegerField(_("chequeos caídos"), default=0)
    maintenance_count = models.PositiveIntegerField(_("chequeos en mantenimiento"), default=0)
    latency_mean_ms = models.FloatField(_("latencia media (ms)"), null=True, blank=True)
    latency_p95_ms = models.PositiveIntegerField(_("latencia p95 (ms)"), null=True, blank=True)

    class Meta:
        ordering = ["monitor", "period", "period_start"]
        verbose_name = _("resumen de disponibilidad")
        verbose_name_plural = _("resúmenes de disponibilidad")
        constraints = [
            models.UniqueConstraint(
                fields=["monitor", "period", "period_start"], name="monitoring_rollup_one_per_period"
            )
        ]

    def __str__(self):
        return f"{self.monitor} {self.get_period_display()} {self.period_start:%Y-%m-%d %H:%M}"


class MaintenanceWindowQuerySet(models.QuerySet):
    def active_at(self, at):
        """Windows under way at ``at`` (start included, end excluded)."""
        return self.filter(starts_at__lte=at, ends_at__gt=at)


class MaintenanceWindow(RegisterRecord):
    """Planned work: its monitors are in MAINTENANCE, open no incident and do not count in uptime."""

    objects = MaintenanceWindowQuerySet.as_manager()

    title = models.CharField(_("título"), max_length=200)
    reason = models.TextField(_("motivo"), blank=True)
    starts_at = models.DateTimeField(_("inicio"))
    ends_at = models.DateTimeField(_("fin"))
    monitors = models.ManyToManyField(
        Monitor, verbose_name=_("monitores afectados"), related_name="maintenance_windows"
    )

    class Meta:
        ordering = ["-starts_at"]
        verbose_name = _("ventana de mantenimiento")
        verbose_name_plural = _("ventanas de mantenimiento")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("El fin del mantenimiento debe ser posterior a su inicio.")})


class StateChange(models.Model):
    """A change of a monitor's state: the history behind its status page and incidents."""

    monitor = models.ForeignKey(
        Monitor, verbose_name=_("monitor"), on_delete=models.CASCADE, related_name="state_changes"
    )
    at = models.DateTimeField(_("fecha"))
    from_state = models.CharField(_("estado anterior"), max_length=12, choices=MonitorState.choices)
    to_state = models.CharField(_("estado nuevo"), max_length=12, choices=MonitorState.choices)
    message = models.CharField(_("mensaje"), max_length=255, blank=True)

    class Meta:
        ordering = ["-at"]
        verbose_name = _("cambio de estado")
        verbose_name_plural = _("cambios de estado")
        indexes = [models.Index(fields=["monitor", "at"], name="monitoring_change_monitor_at")]

    def __str__(self):
        return f"{self.monitor}: {self.get_from_state_display()} → {self.get_to_state_display()}"
