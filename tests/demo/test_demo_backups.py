"""The demo's backups: a nightly copy of the portal, three nights of copies, a drill passed, and
the drill as the latest evidence of the backup controls of the information-loss risk."""

from datetime import time

import pytest
from django.utils import timezone

from governance.risks.models import Control, Risk
from portal.demo.servicedesk.backups import POLICY
from servicedesk.backups.choices import DrillStatus, RestorationStatus, RunStatus, StepStatus
from servicedesk.backups.models import BackupPolicy, Restoration, RestoreDrill
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_demo_copies_the_portal_every_night_and_its_drill_is_the_backup_controls_evidence(
    demo_institute, client
):
    policy = BackupPolicy.objects.get(name=POLICY)
    assert (policy.schedule, policy.include_portal_database, policy.include_media, policy.active) == (
        "0 2 * * *",
        True,
        True,
        True,
    )
    runs = list(policy.runs.order_by("started_at"))
    assert [run.status for run in runs] == [RunStatus.SUCCEEDED] * 3
    assert {timezone.localtime(run.started_at).time() for run in runs} == {time(2, 0)}
    assert all(run.artifacts.count() == 2 and 0 < run.duration_seconds < 600 for run in runs)

    drill = RestoreDrill.objects.get(run__policy=policy)
    assert drill.status == DrillStatus.PASSED and drill.run == runs[-1]
    assert [entry["problems"] for entry in drill.results] == [[], []]
    assert policy.heartbeat_monitor.state == "up" and policy.heartbeat_monitor.beats.count() == 3

    risk = Risk.objects.get(code="GTI-R03")
    assert {control.evidence_source for control in Control.objects.filter(risk=risk)} == {
        policy.evidence_source
    }
    client.force_login(UserFactory(username="auditora-copias", roles=["auditor"]))
    page = client.get(f"/admin/governance/risk/inspect/{risk.pk}/").content.decode()
    assert "3 de 3 copias exitosas" in page
    assert f"Último simulacro de restauración: superada el {timezone.localdate():%Y-%m-%d}" in page


def test_the_demo_s_contingency_exercise_is_closed_with_its_acta(demo_institute, client):
    restoration = Restoration.objects.get()
    assert (restoration.procedure, restoration.status) == ("contingencia", RestorationStatus.CLOSED)
    assert [entry["problems"] for entry in restoration.results if entry["restored"]] == [[]]
    assert not restoration.steps.filter(status=StepStatus.PENDING).exists()
    assert set(restoration.steps.values_list("done_by__username", flat=True)) == {"profesional_tic"}

    client.force_login(UserFactory(username="auditora-actas", roles=["auditor"]))
    page = client.get(f"/admin/backups/restoration/inspect/{restoration.pk}/").content.decode()
    assert "Cerrada con acta" in page and "Ejercicio: el servicio en producción no se mueve." in page
    acta = client.get(f"/admin/plataforma/restauraciones/{restoration.pk}/acta.xlsx")
    assert acta.status_code == 200 and acta["Content-Type"].startswith("application/vnd.openxmlformats")
