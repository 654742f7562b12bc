"""Choices of the backups' models."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ArtifactKind(models.TextChoices):
    PORTAL_DATABASE = "base_portal", _("Base de datos del portal")
    MEDIA = "medios", _("Archivos del portal (documentos, imágenes, evidencias)")
    EXTERNAL_DATABASE = "base_externa", _("Otra base de datos PostgreSQL")
    FOLDER = "carpeta", _("Carpeta")


class Engine(models.TextChoices):
    SQLITE = "sqlite", _("SQLite (API de copia en línea)")
    POSTGRESQL = "postgresql", _("PostgreSQL (pg_dump, formato personalizado)")
    TAR = "tar", _("Archivo tar comprimido")


class RunStatus(models.TextChoices):
    RUNNING = "en_curso", _("En curso")
    SUCCEEDED = "exitosa", _("Exitosa")
    FAILED = "fallida", _("Fallida")
    INTERRUPTED = "interrumpida", _("Interrumpida")


class Trigger(models.TextChoices):
    SCHEDULE = "programada", _("Programada")
    MANUAL = "manual", _("Manual (administración)")
    COMMAND = "consola", _("Línea de comandos")


class DrillStatus(models.TextChoices):
    RUNNING = "en_curso", _("En curso")
    PASSED = "superada", _("Superada")
    FAILED = "fallida", _("Fallida")
    INTERRUPTED = "interrumpida", _("Interrumpida")


#: What a run does, in order; shown live on its page.
class Phase(models.TextChoices):
    WAITING = "en_espera", _("En espera")
    CHECKING_SPACE = "espacio", _("Comprobando el espacio libre")
    DATABASE = "base_de_datos", _("Copiando la base de datos")
    FILES = "archivos", _("Copiando archivos")
    CHECKSUMS = "sumas", _("Calculando sumas de verificación")
    OFFSITE = "externa", _("Enviando la copia externa (restic)")
    RETENTION = "retencion", _("Aplicando la retención")
    DONE = "terminada", _("Terminada")


class Procedure(models.TextChoices):
    """The process sheet's two restore procedures."""

    CONTINGENCY = "contingencia", _("Restauración e inicio de Operación en Contingencia")
    RETURN = "retorno", _("Restauración y Retorno a la Operación Normal")


class RestorationStatus(models.TextChoices):
    OPEN = "abierta", _("Abierta: lista de chequeo en curso")
    RESTORING = "restaurando", _("Restaurando")
    RESTORED = "restaurada", _("Restaurada y comprobada")
    FAILED = "fallida", _("La restauración falló")
    CLOSED = "cerrada", _("Cerrada con acta")


#: The restorations that hold their run: the retention does not delete its copy meanwhile.
UNFINISHED_RESTORATIONS = (RestorationStatus.OPEN, RestorationStatus.RESTORING, RestorationStatus.FAILED)


class StepStatus(models.TextChoices):
    PENDING = "pendiente", _("Pendiente")
    DONE = "hecho", _("Hecho")
    NOT_APPLICABLE = "no_aplica", _("No aplica")


class StepAction(models.TextChoices):
    """The steps the portal carries out itself when the restore is run."""

    MANUAL = "", _("Manual")
    VERIFY = "verificar", _("El portal verifica la copia")
    RESTORE = "restaurar", _("El portal restaura")
    COMPARE = "comprobar", _("El portal compara con el manifiesto")
