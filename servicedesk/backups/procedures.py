"""The checklists of the process sheet's two restore procedures (data; the portal's own steps are
the ones with an action, carried out and signed when the restore is run)."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from servicedesk.backups.choices import Procedure, StepAction

LEADER = _("Profesional TIC (líder del proceso)")
TECHNICIAN = _("Técnico de soporte")
PORTAL = _("Portal TIC (automático)")


@dataclass(frozen=True)
class Step:
    title: str | Promise
    responsible: str | Promise
    action: str = StepAction.MANUAL


#: The steps both procedures share: the portal verifies the copy and, after restoring it, compares
#: it with its manifest; key users try the restored service.
VERIFY = Step(_("Verificar la integridad de la copia: SHA-256 de cada archivo"), PORTAL, StepAction.VERIFY)
COMPARE = Step(
    _("Comprobar lo restaurado contra el manifiesto: filas y sumas por tabla, archivos"),
    PORTAL,
    StepAction.COMPARE,
)
KEY_USERS = Step(_("Probar el funcionamiento con usuarios clave"), LEADER)

CHECKLISTS: dict[str, tuple[Step, ...]] = {
    Procedure.CONTINGENCY: (
        Step(_("Declarar la contingencia y registrar el incidente en la mesa de servicios"), LEADER),
        Step(_("Informar a la dirección y a los usuarios afectados del inicio de la contingencia"), LEADER),
        Step(_("Elegir la copia a restaurar (la más reciente íntegra) y registrar por qué"), LEADER),
        VERIFY,
        Step(
            _("Preparar el servidor de contingencia: base de datos vacía y carpeta de archivos"), TECHNICIAN
        ),
        Step(
            _("Restaurar la base de datos y los archivos en el servidor de contingencia"),
            PORTAL,
            StepAction.RESTORE,
        ),
        COMPARE,
        Step(_("Dirigir el servicio al servidor de contingencia (DNS o proxy)"), TECHNICIAN),
        KEY_USERS,
        Step(_("Comunicar el inicio de la operación en contingencia"), LEADER),
    ),
    Procedure.RETURN: (
        Step(_("Confirmar que la plataforma principal está reparada y disponible"), TECHNICIAN),
        Step(_("Programar la ventana de retorno y avisar a los usuarios"), LEADER),
        Step(_("Detener las escrituras en la contingencia y tomar su copia final"), TECHNICIAN),
        VERIFY,
        Step(
            _("Restaurar la base de datos y los archivos en la plataforma principal"),
            PORTAL,
            StepAction.RESTORE,
        ),
        COMPARE,
        Step(_("Dirigir el servicio de vuelta a la plataforma principal"), TECHNICIAN),
        KEY_USERS,
        Step(
            _("Cerrar la contingencia: comunicarlo, cerrar el incidente y registrar lecciones aprendidas"),
            LEADER,
        ),
    ),
}
