"""The service desk's configurable business schedule (a Wagtail setting) and its clock inputs."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.business_calendar import (
    OFFICE_HOURS,
    ClosedDays,
    Schedule,
    colombian_holidays,
    format_hours,
    parse_hours,
)


def _default_hours() -> str:
    return format_hours(OFFICE_HOURS)


def parse_closed_days(text: str) -> list[date]:
    days = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if line:
            try:
                days.append(date.fromisoformat(line))
            except ValueError as error:
                raise ValueError(_("línea %(number)d") % {"number": number}) from error
    return days


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
