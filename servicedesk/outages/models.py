"""An outage: a monitor's time DOWN, and the incident ticket it opened or reopened."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Outage(models.Model):
    """From the check that put a monitor DOWN to the one that found it UP again."""

    monitor = models.ForeignKey(
        "monitoring.Monitor", verbose_name=_("monitor"), on_delete=models.CASCADE, related_name="outages"
    )
    ticket = models.ForeignKey(
        "servicedesk.Ticket",
        verbose_name=_("incidente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outages",
    )
    started_at = models.DateTimeField(_("inicio"))
    ended_at = models.DateTimeField(_("fin"), null=True, blank=True)
    message = models.CharField(_("mensaje"), max_length=255, blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("caída")
        verbose_name_plural = _("caídas")
        constraints = [
            # One open outage (so one open incident) per monitor, whatever the consumers do.
            models.UniqueConstraint(
                fields=["monitor"], condition=Q(ended_at__isnull=True), name="outages_one_open_per_monitor"
            )
        ]

    def __str__(self):
        return f"{self.monitor} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def seconds(self) -> float | None:
        """How long it lasted; ``None`` while it goes on."""
        if self.ended_at is None:
            return None
        return (self.ended_at - self.started_at).total_seconds()
