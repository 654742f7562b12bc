"""Demo institute, backups part: the nightly copy of the portal's database and media, three nights
of successful copies, a restore drill passed, and the copies as the evidence of the backup controls
of the information-loss risk (GTI-R03).

The copies are real, made by the policy into ``BACKUP_ROOT`` when the demo is seeded and dated the
last three nights at 2:00 (each with the duration it really took); the drill restores the latest
now, and the yearly contingency exercise restores its files on the alternate server's folder and
closes with its acta. A push monitor hears each copy: if the nightly copies stop, it goes DOWN.
Looked up by name: a second run changes nothing.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from governance.risks.models import Control
from servicedesk.backups.choices import (
    DrillStatus,
    Procedure,
    RestorationStatus,
    RunStatus,
    StepAction,
    StepStatus,
)
from servicedesk.backups.drills import latest_run, run_drill
from servicedesk.backups.models import BackupPolicy, BackupRun, Restoration, RestoreDrill
from servicedesk.backups.restores import carry_out, close, open_restoration, record_step
from servicedesk.backups.services import run_policy
from servicedesk.monitoring.choices import MonitorKind
from servicedesk.monitoring.models import Monitor

POLICY = "Portal: base de datos y archivos (nocturna)"
MONITOR = "Copias de seguridad nocturnas"
NIGHTS = 3
#: Steps of the contingency checklist the yearly exercise does not carry out (it never moves the
#: service in production): declaring it, telling the users, redirecting the service, announcing it.
NOT_IN_EXERCISE = {1, 2, 8, 10}
NOT_IN_EXERCISE_NOTE = "Ejercicio: el servicio en producción no se mueve."
EXERCISE_NOTES = {
    3: "La última copia nocturna, probada por el simulacro de restauración.",
    5: "El técnico de soporte dejó listo el servidor alterno, con la carpeta de archivos vacía; el "
    "ejercicio no restaura la base.",
    9: "La funcionaria de demostración abrió tres documentos restaurados sin errores.",
}
COPY_HOUR = time(2, 0)


def seed(report) -> None:
    policy = BackupPolicy.objects.filter(name=POLICY).first()
    if policy is None:
        policy = _policy()
        _nights(policy, timezone.now())
        run = latest_run(policy)
        if run is not None:
            run_drill(run)
            _contingency_exercise(run)
    _evidence_of_backup_control(policy)
    report("copias exitosas", BackupRun.objects.filter(status=RunStatus.SUCCEEDED).count())
    report("simulacros superados", RestoreDrill.objects.filter(status=DrillStatus.PASSED).count())
    report("restauraciones con acta", Restoration.objects.filter(status=RestorationStatus.CLOSED).count())


@transaction.atomic
def _policy() -> BackupPolicy:
    monitor = Monitor.objects.filter(name=MONITOR).first()
    if monitor is None:
        monitor = Monitor(
            name=MONITOR,
            kind=MonitorKind.PUSH,
            interval_seconds=24 * 60 * 60,
            push_grace_seconds=2 * 60 * 60,
            public=False,
        )
        monitor.full_clean()
        monitor.save()
    destination = Path(settings.BACKUP_ROOT)
    destination.mkdir(parents=True, exist_ok=True)
    policy = BackupPolicy(
        name=POLICY,
        description=(
            "Copia diaria de la base de datos del portal y de sus archivos (documentos, imágenes y "
            "evidencias); simulacro de restauración cada domingo."
        ),
        include_portal_database=True,
        include_media=True,
        schedule="0 2 * * *",
        drill_schedule="30 4 * * 0",
        destination=str(destination),
        heartbeat_monitor=monitor,
    )
    policy.full_clean()
    policy.save()
    return policy


def _nights(policy: BackupPolicy, now: datetime) -> None:
    """The copies of the last nights, made now and dated at 2:00 of each night."""
    today = timezone.localdate(now)
    zone = timezone.get_current_timezone()
    for days_ago in range(NIGHTS, 0, -1):
        night = datetime.combine(today - timedelta(days=days_ago - 1), COPY_HOUR, tzinfo=zone)
        if night > now:
            night -= timedelta(days=1)
        started = timezone.now()
        run = run_policy(policy, now=night)
        took = timezone.now() - started
        BackupRun.objects.filter(pk=run.pk).update(finished_at=night + took)


def _contingency_exercise(run: BackupRun) -> None:
    """The yearly contingency exercise: the latest copy's files restored on the alternate server's
    folder, its checklist signed by the Profesional TIC (the Técnico's steps too, as the checklist
    is hers to keep), closed with its acta."""
    leader = get_user_model().objects.filter(username="profesional_tic").first()
    restoration = open_restoration(
        run=run,
        procedure=Procedure.CONTINGENCY,
        reason="Ejercicio anual de contingencia: los archivos del portal se restauran en el servidor "
        "alterno.",
        user=leader,
        media_target=str(Path(settings.BACKUP_ROOT).parent / "contingencia" / "medios"),
    )
    carry_out(restoration, user=leader)
    if restoration.status != RestorationStatus.RESTORED:
        return
    for step in restoration.steps.filter(action=StepAction.MANUAL):
        skipped = step.position in NOT_IN_EXERCISE
        record_step(
            step,
            user=leader,
            status=StepStatus.NOT_APPLICABLE if skipped else StepStatus.DONE,
            notes=NOT_IN_EXERCISE_NOTE if skipped else EXERCISE_NOTES.get(step.position, "Hecho."),
        )
    close(restoration, user=leader)


def _evidence_of_backup_control(policy: BackupPolicy) -> None:
    """The policy's copies and drills are the evidence of GTI-R03's controls: the daily check of the
    copies and the restore test."""
    Control.objects.filter(risk__code="GTI-R03", evidence_source="").update(
        evidence_source=policy.evidence_source
    )
