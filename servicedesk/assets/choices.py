"""Choices of the IT inventory."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AssetKind(models.TextChoices):
    DESKTOP = "escritorio", _("Computador de escritorio")
    LAPTOP = "portatil", _("Computador portátil")
    SERVER = "servidor", _("Servidor")
    VIRTUAL_MACHINE = "maquina_virtual", _("Máquina virtual")
    PRINTER = "impresora", _("Impresora")
    NETWORK = "red", _("Equipo de red")
    PHONE = "telefono", _("Teléfono")
    PERIPHERAL = "periferico", _("Periférico")
    SOFTWARE = "software", _("Software o licencia")
    SERVICE = "servicio", _("Servicio TIC")
    INFORMATION = "informacion", _("Activo de información")


#: What the Técnico manages; software, services and information assets are the Profesional TIC's.
HARDWARE = frozenset(
    {
        AssetKind.DESKTOP,
        AssetKind.LAPTOP,
        AssetKind.SERVER,
        AssetKind.VIRTUAL_MACHINE,
        AssetKind.PRINTER,
        AssetKind.NETWORK,
        AssetKind.PHONE,
        AssetKind.PERIPHERAL,
    }
)


class AssetStatus(models.TextChoices):
    IN_STORAGE = "en_bodega", _("En bodega")
    ASSIGNED = "asignado", _("Asignado")
    IN_USE = "en_uso", _("En uso")
    IN_MAINTENANCE = "en_mantenimiento", _("En mantenimiento")
    RETIRED = "de_baja", _("De baja")


class AssignmentKind(models.TextChoices):
    CUSTODY = "entrega", _("Entrega en custodia")
    LOAN = "prestamo", _("Préstamo temporal")
