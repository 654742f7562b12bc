"""The fixed vocabularies of monitoring (kinds of check, states, results)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MonitorKind(models.TextChoices):
    HTTP = "http", _("HTTP(S)")
    TCP = "tcp", _("Puerto TCP")
    TLS = "tls", _("Certificado TLS")
    DNS = "dns", _("DNS")
    PUSH = "push", _("Push (latido)")


class MonitorState(models.TextChoices):
    UP = "up", _("En línea")
    DOWN = "down", _("Caído")
    PENDING = "pending", _("Pendiente")
    MAINTENANCE = "maintenance", _("En mantenimiento")
    PAUSED = "paused", _("Pausado")


class BeatStatus(models.TextChoices):
    UP = "up", _("En línea")
    DOWN = "down", _("Caído")
    MAINTENANCE = "maintenance", _("En mantenimiento")


class HttpMethod(models.TextChoices):
    GET = "GET", "GET"
    HEAD = "HEAD", "HEAD"
    POST = "POST", "POST"


class KeywordMode(models.TextChoices):
    PRESENT = "present", _("Debe aparecer")
    ABSENT = "absent", _("No debe aparecer")


class RollupPeriod(models.TextChoices):
    HOUR = "hour", _("Hora")
    DAY = "day", _("Día")
