"""Risk events: a risk that materialised. Each one feeds the improvement plan."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.links import LinkedRecord
from portal.records import RegisterRecord


class RiskEvent(LinkedRecord, RegisterRecord):
    risk = models.ForeignKey(
        "governance.Risk", verbose_name=_("riesgo"), on_delete=models.PROTECT, related_name="events"
    )
    occurred_on = models.DateField(_("fecha de materialización"))
    description = models.TextField(_("descripción del evento"))
    impact = models.TextField(_("impacto (consecuencias observadas)"))
    record_url = models.URLField(_("enlace al registro relacionado"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("risk"), FieldPanel("occurred_on")]),
        FieldPanel("description"),
        FieldPanel("impact"),
        FieldPanel("record_url"),
    ]

    class Meta:
        ordering = ["-occurred_on", "-pk"]
        verbose_name = _("evento de riesgo")
        verbose_name_plural = _("eventos de riesgo")

    def __str__(self):
        return f"{self.risk.code} · {self.occurred_on:%Y-%m-%d} · {self.description[:60]}"

    def clean(self):
        if self.occurred_on and self.occurred_on > timezone.localdate():
            raise ValidationError({"occurred_on": _("La fecha de materialización no puede ser futura.")})
