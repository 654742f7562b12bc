"""Models that belong to the platform itself rather than to one domain."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SchedulerHeartbeat(models.Model):
    """When a periodic job last ran, so a stopped Huey consumer is visible.

    One row per job name, overwritten on every tick.
    """

    name = models.CharField(_("tarea"), max_length=100, unique=True)
    last_beat_at = models.DateTimeField(_("último latido"))
    last_result = models.CharField(_("último resultado"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("latido del programador")
        verbose_name_plural = _("latidos del programador")

    def __str__(self):
        return f"{self.name} @ {self.last_beat_at:%Y-%m-%d %H:%M:%S}"
