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


class Classification(models.TextChoices):
    """Ley 1712 de 2014: public information, and the two kinds of exception (arts. 18 and 19)."""

    PUBLIC = "publica", _("Pública")
    CLASSIFIED = "clasificada", _("Pública clasificada")
    RESERVED = "reservada", _("Pública reservada")


class LegalException(models.TextChoices):
    """The exceptions to access of Ley 1712 de 2014: art. 18 classifies, art. 19 reserves."""

    PRIVACY = "art18a", _("Art. 18 a) Derecho de toda persona a la intimidad")
    LIFE_SAFETY = "art18b", _("Art. 18 b) Derecho de toda persona a la vida, la salud o la seguridad")
    TRADE_SECRETS = "art18c", _("Art. 18 c) Secretos comerciales, industriales y profesionales")
    DEFENCE = "art19a", _("Art. 19 a) Defensa y seguridad nacional")
    PUBLIC_SAFETY = "art19b", _("Art. 19 b) Seguridad pública")
    FOREIGN_RELATIONS = "art19c", _("Art. 19 c) Relaciones internacionales")
    CRIME = "art19d", _("Art. 19 d) Prevención, investigación y persecución de los delitos y faltas")
    DUE_PROCESS = "art19e", _("Art. 19 e) Debido proceso e igualdad de las partes en los procesos judiciales")
    JUSTICE = "art19f", _("Art. 19 f) Administración efectiva de la justicia")
    CHILDREN = "art19g", _("Art. 19 g) Derechos de la infancia y la adolescencia")
    ECONOMY = "art19h", _("Art. 19 h) Estabilidad macroeconómica y financiera del país")
    PUBLIC_HEALTH = "art19i", _("Art. 19 i) Salud pública")


class ExceptionScope(models.TextChoices):
    TOTAL = "total", _("Total")
    PARTIAL = "parcial", _("Parcial")


class Medium(models.TextChoices):
    PHYSICAL = "fisico", _("Físico")
    ELECTRONIC = "electronico", _("Electrónico")
    BOTH = "ambos", _("Físico y electrónico")


class SecurityLevel(models.TextChoices):
    HIGH = "alta", _("Alta")
    MEDIUM = "media", _("Media")
    LOW = "baja", _("Baja")


class PublicationFrequency(models.TextChoices):
    PERMANENT = "permanente", _("Cuando cambie")
    DAILY = "diaria", _("Diaria")
    MONTHLY = "mensual", _("Mensual")
    QUARTERLY = "trimestral", _("Trimestral")
    BIANNUAL = "semestral", _("Semestral")
    ANNUAL = "anual", _("Anual")
    NOT_APPLICABLE = "no_aplica", _("No se publica")


class MaintenanceKind(models.TextChoices):
    PREVENTIVE = "preventivo", _("Preventivo")
    CORRECTIVE = "correctivo", _("Correctivo")


class OccurrenceStatus(models.TextChoices):
    SCHEDULED = "programado", _("Programado")
    DONE = "realizado", _("Realizado")
    CANCELLED = "cancelado", _("Cancelado")


class CampaignStatus(models.TextChoices):
    OPEN = "abierta", _("Abierta")
    CLOSED = "cerrada", _("Cerrada")


class CheckResult(models.TextChoices):
    PENDING = "pendiente", _("Pendiente")
    FOUND = "encontrado", _("Encontrado")
    NOT_FOUND = "no_encontrado", _("No encontrado")
    ELSEWHERE = "otra_ubicacion", _("En otra ubicación")
    DAMAGED = "danado", _("Dañado")


#: Results that are a discrepancy of the physical inventory.
DISCREPANCIES = frozenset({CheckResult.NOT_FOUND, CheckResult.ELSEWHERE, CheckResult.DAMAGED})
