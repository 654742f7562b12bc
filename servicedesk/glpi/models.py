"""Each run of the GLPI import, with its counts and errors (what an auditor asks for)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportSource(models.TextChoices):
    API = "api", _("API REST de GLPI")
    CSV = "csv", _("Exportación CSV de GLPI")


class RunStatus(models.TextChoices):
    RUNNING = "en_curso", _("En curso")
    OK = "correcta", _("Correcta")
    WITH_ERRORS = "con_errores", _("Con errores")
    FAILED = "fallida", _("Fallida")


class GlpiImportRun(models.Model):
    source = models.CharField(_("origen"), max_length=3, choices=ImportSource.choices)
    source_name = models.CharField(_("archivo o servidor"), max_length=300)
    started_at = models.DateTimeField(_("inicio"), default=timezone.now)
    finished_at = models.DateTimeField(_("fin"), null=True, blank=True)
    status = models.CharField(
        _("resultado"), max_length=12, choices=RunStatus.choices, default=RunStatus.RUNNING
    )
    created = models.PositiveIntegerField(_("creados"), default=0)
    updated = models.PositiveIntegerField(_("actualizados"), default=0)
    skipped = models.PositiveIntegerField(_("sin cambios"), default=0)
    failed = models.PositiveIntegerField(_("con error"), default=0)
    errors = models.JSONField(_("errores"), default=list, blank=True)
    triggered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ejecutada por"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        verbose_name = _("importación desde GLPI")
        verbose_name_plural = _("importaciones desde GLPI")

    def __str__(self):
        return f"{self.get_source_display()} {self.started_at:%Y-%m-%d %H:%M}"
