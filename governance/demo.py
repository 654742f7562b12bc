"""Demo institute, governance part: the Gestión de TIC process (header of its sheet)."""

from __future__ import annotations

from governance.processes.models import Process, ProcessType

GESTION_TIC = {
    "name": "Gestión de TIC",
    "process_type": ProcessType.SUPPORT,
    "objective": (
        "Administrar y mantener la plataforma tecnológica y de comunicaciones en condiciones "
        "óptimas y de seguridad, proveer e implementar nuevas tecnologías acorde a las "
        "necesidades del Instituto."
    ),
    "leader": "Gerente",
}


def seed(report) -> None:
    Process.objects.update_or_create(code="GTI", defaults=GESTION_TIC)
    report("procesos", Process.objects.count())
