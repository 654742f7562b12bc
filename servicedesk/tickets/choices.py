"""The fixed vocabularies of a ticket (GLPI's, in the institute's words)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TicketType(models.TextChoices):
    INCIDENT = "incidente", _("Incidente")
    REQUEST = "requerimiento", _("Requerimiento")


class Status(models.TextChoices):
    NEW = "nuevo", _("Nuevo")
    ASSIGNED = "asignado", _("Asignado")
    IN_PROGRESS = "en_curso", _("En curso")
    ON_HOLD = "en_espera", _("En espera")
    SOLVED = "resuelto", _("Resuelto")
    CLOSED = "cerrado", _("Cerrado")


OPEN_STATUSES = (Status.NEW, Status.ASSIGNED, Status.IN_PROGRESS, Status.ON_HOLD)
DONE_STATUSES = (Status.SOLVED, Status.CLOSED)


class Channel(models.TextChoices):
    INTRANET = "intranet", _("Intranet (catálogo de servicios)")
    EMAIL = "correo", _("Correo electrónico")
    PHONE = "telefono", _("Teléfono")
    IN_PERSON = "presencial", _("Presencial")
    WRITTEN = "escrito", _("Comunicación escrita")
    OTHER = "otro", _("Otro")
    MONITORING = "monitoreo", _("Monitoreo de la plataforma")


class Level(models.TextChoices):
    HIGH = "alta", _("Alta")
    MEDIUM = "media", _("Media")
    LOW = "baja", _("Baja")


class Priority(models.IntegerChoices):
    VERY_HIGH = 1, _("1 · Muy alta")
    HIGH = 2, _("2 · Alta")
    MEDIUM = 3, _("3 · Media")
    LOW = 4, _("4 · Baja")
    VERY_LOW = 5, _("5 · Muy baja")


class SlaAlert(models.TextChoices):
    NONE = "", _("En tiempo")
    WARNING = "por_vencer", _("Por vencer")
    BREACHED = "vencido", _("Vencido")
