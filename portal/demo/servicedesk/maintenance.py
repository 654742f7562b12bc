"""Demo institute, maintenance: preventive plans for the computers, the servers and the printers,
a year of their history (most done on time, some late, a few overdue now), the months ahead
scheduled, and corrective work recorded against tickets.

Seeded once (when there is no plan): a second run changes nothing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from portal.demo.servicedesk import data
from servicedesk.assets.choices import MaintenanceKind
from servicedesk.assets.maintenance import plan_assets, record_maintenance, schedule_occurrences
from servicedesk.assets.models import MaintenanceOccurrence, MaintenancePlan
from servicedesk.assets.schedule import due_dates
from servicedesk.tickets.models import SupportGroup, Ticket

SEED = 1712
#: name, kind, every (months), first date, group, checklist
PLANS = (
    (
        "Mantenimiento preventivo de computadores de escritorio",
        "escritorio",
        6,
        date(2025, 2, 3),
        data.MESA,
        "Limpieza interna y de ventiladores\nActualizaciones del sistema operativo\n"
        "Revisión del antivirus\nEstado del disco (SMART)\nRevisión de cables y periféricos",
    ),
    (
        "Mantenimiento preventivo de portátiles",
        "portatil",
        6,
        date(2025, 3, 10),
        data.MESA,
        "Limpieza de teclado y ventiladores\nEstado de la batería\nActualizaciones del sistema operativo\n"
        "Cifrado del disco activo",
    ),
    (
        "Mantenimiento preventivo de servidores",
        "servidor",
        3,
        date(2025, 1, 15),
        data.INFRA,
        "Revisión de alertas del hardware (iLO/iDRAC)\nFirmware y parches\nPrueba de la fuente redundante\n"
        "Limpieza del rack",
    ),
    (
        "Mantenimiento preventivo de impresoras",
        "impresora",
        4,
        date(2025, 2, 20),
        data.MESA,
        "Limpieza del rodillo y la bandeja\nNivel de tóner y kit de mantenimiento\nPágina de prueba",
    ),
)


def seed(report) -> None:
    if not MaintenancePlan.objects.exists():
        with transaction.atomic():
            _plans()
    report("planes de mantenimiento", MaintenancePlan.objects.count())
    report("mantenimientos programados", MaintenanceOccurrence.objects.count())


def _plans() -> None:
    rng = random.Random(SEED)
    today = timezone.localdate()
    technicians = list(get_user_model().objects.filter(username__in=["tecnico", "profesional_tic"]))
    if not technicians:
        return
    for name, kind, every, first, group_name, checklist in PLANS:
        group = SupportGroup.objects.filter(name=group_name).first()
        if group is None:
            continue
        plan = MaintenancePlan.objects.create(
            name=name,
            kind=kind,
            every_months=every,
            starts_on=first,
            checklist=checklist,
            responsible_group=group,
        )
        past = due_dates(first, every, since=today - timedelta(days=365), until=today - timedelta(days=1))
        for asset in plan_assets(plan):
            for due in past:
                occurrence = MaintenanceOccurrence.objects.create(plan=plan, asset=asset, due_on=due)
                if (today - due).days < 25 and rng.random() < 0.5:
                    continue  # overdue now: on the Técnico's dashboard
                done = min(due + timedelta(days=rng.choice([0, 0, 1, 2, 5, 12])), today)
                record_maintenance(
                    asset=asset,
                    kind=MaintenanceKind.PREVENTIVE,
                    occurrence=occurrence,
                    performed_on=done,
                    technician=rng.choice(technicians),
                    minutes=rng.choice([30, 45, 60, 90]),
                    results=[{"task": task, "done": rng.random() > 0.05} for task in plan.tasks()],
                    findings=rng.choice(
                        [
                            "",
                            "",
                            "Sin novedad.",
                            "Ventilador ruidoso; se lubricó.",
                            "Disco con sectores reasignados: vigilar.",
                        ]
                    ),
                    by=None,
                )
    schedule_occurrences(today)
    _corrective(rng, technicians, today)


def _corrective(rng, technicians, today: date) -> None:
    """Repairs recorded against the hardware tickets that name an asset."""
    for ticket in Ticket.objects.filter(asset__isnull=False, solved_at__isnull=False).select_related("asset")[
        :12
    ]:
        record_maintenance(
            asset=ticket.asset,
            kind=MaintenanceKind.CORRECTIVE,
            performed_on=min(timezone.localdate(ticket.solved_at), today),
            technician=rng.choice(technicians),
            minutes=rng.choice([20, 40, 60, 120]),
            findings=rng.choice(
                [
                    "Cambio de fuente de poder.",
                    "Reinstalación del controlador de video.",
                    "Cambio de teclado.",
                ]
            ),
            parts=rng.choice(["", "Fuente de poder 500 W", "Teclado USB"]),
            cost=Decimal(rng.choice([0, 85000, 180000])),
            ticket=ticket,
            by=None,
        )

