"""Backups as governance sees them: evidence of a risk control, indicators, and risk events."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.test import TestCase
from django.utils import timezone

from governance.risks.evidence import evidence_choices, live_evidence
from governance.risks.models import Control, RiskEvent
from servicedesk.backups.evidence import drill_success, run_success
from servicedesk.backups.models import BackupRun, RestoreDrill
from tests.factories import RiskFactory

pytestmark = pytest.mark.django_db


def _at(*args):
    return timezone.make_aware(datetime(*args))


@pytest.fixture
def november(make_policy):
    """A policy with three runs in November (two good, one failed) and two drills (one passed)."""
    policy = make_policy()
    runs = [
        BackupRun.objects.create(
            policy=policy,
            status=status,
            started_at=_at(2026, 11, day, 2),
            finished_at=_at(2026, 11, day, 2, 5),
        )
        for day, status in ((10, "exitosa"), (11, "fallida"), (12, "exitosa"))
    ]
    RestoreDrill.objects.create(run=runs[0], status="fallida", started_at=_at(2026, 11, 10, 5), rto_seconds=3)
    RestoreDrill.objects.create(
        run=runs[2],
        status="superada",
        started_at=_at(2026, 11, 15, 4, 30),
        rto_seconds=12.34,
        rpo_seconds=3.5 * 3600,
    )
    return policy


def test_a_control_cites_a_policy_and_its_risk_shows_runs_and_the_latest_drill(november):
    key = november.evidence_source
    assert (key, "Copias y simulacros de la política «Portal nocturna»") in evidence_choices()
    (evidence,) = live_evidence([key], today=date(2026, 11, 30)).values()
    assert evidence.summary == (
        "2 de 3 copias exitosas del 2026-11-01 al 2026-11-30. Último simulacro de restauración: superada "
        "el 2026-11-15 (restaurada en 12,3 s; copia de hace 3,5 h)."
    )
    assert evidence.url == f"/admin/backups/backuppolicy/inspect/{november.pk}/"


def test_success_rates_are_indicator_sources(november):
    assert run_success(date(2026, 11, 1), date(2026, 11, 30)) == (Decimal(2), Decimal(3))
    assert drill_success(date(2026, 11, 1), date(2026, 11, 30)) == (Decimal(1), Decimal(2))
    assert run_success(date(2026, 12, 1), date(2026, 12, 31)) == (Decimal(0), Decimal(0))


def test_a_failed_run_is_a_risk_event_on_the_risk_whose_control_cites_it(make_policy, destination, media):
    from servicedesk.backups.services import run_policy

    policy = make_policy(include_portal_database=False)
    risk = RiskFactory()
    Control.objects.create(
        risk=risk,
        description="Verificación diaria de copias",
        responsible="Técnico",
        control_type="preventivo",
        implementation="automatico",
        evidence_source=policy.evidence_source,
    )
    other = RiskFactory()
    destination.rmdir()
    with TestCase.captureOnCommitCallbacks(execute=True):
        run = run_policy(policy)
    (event,) = RiskEvent.objects.all()
    assert event.risk == risk and event.linked_record == run
    assert event.description.startswith(
        "Falló la copia de seguridad «Portal nocturna»: La carpeta de destino"
    )
    assert not other.events.exists()
