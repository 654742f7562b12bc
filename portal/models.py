"""Models that belong to the platform itself rather than to one domain."""

from axes.models import AccessAttempt, AccessFailureLog
from django.db import models
from django.utils.timezone import localtime
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


class SignInAttempt(AccessAttempt):
    """django-axes' count of failed sign-ins of one user name from one address and browser.

    A proxy: axes writes and clears the rows (``portal.signin.handler``); the proxy gives them
    Spanish names and permissions of their own for the admin's lockouts register.
    """

    class Meta:
        proxy = True
        verbose_name = _("intento fallido de ingreso")
        verbose_name_plural = _("intentos fallidos de ingreso")

    def __str__(self):
        return f"{self.username} · {self.ip_address}"


class SignInFailure(AccessFailureLog):
    """One failed sign-in as django-axes' failure log keeps it (up to 1,000 per user name)."""

    class Meta:
        proxy = True
        verbose_name = _("fallo de ingreso")
        verbose_name_plural = _("fallos de ingreso")

    def __str__(self):
        return f"{self.username} · {self.ip_address} · {localtime(self.attempt_time):%Y-%m-%d %H:%M:%S}"
