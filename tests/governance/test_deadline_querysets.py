"""The domain names of improvement-plan and risk-treatment reads: pending, overdue, to remind."""

from datetime import date, timedelta

import pytest

from governance.improvement.models import ImprovementAction
from governance.risks.models import TreatmentTask
from tests.factories import ImprovementActionFactory, RiskFactory

pytestmark = pytest.mark.django_db

TODAY = date(2026, 9, 15)


def _action(status: str, *, end: date = date(2026, 12, 31), alert: str = "") -> ImprovementAction:
    action = ImprovementActionFactory(end_date=end)
    # ``save`` derives the status from the real today; the register state under test is stored as is.
    ImprovementAction.objects.filter(pk=action.pk).update(status=status, alert_state=alert)
    return action


def _pks(queryset) -> set[int]:
    return set(queryset.values_list("pk", flat=True))


def test_pending_actions_are_open_in_progress_or_overdue():
    pending = {_action(status).pk for status in ("abierta", "en_curso", "vencida")}
    for status in ("cumplida", "eficaz", "no_eficaz"):
        _action(status)
    assert _pks(ImprovementAction.objects.pending()) == pending


def test_overdue_actions_are_pending_and_past_their_end_date():
    late = _action("en_curso", end=TODAY - timedelta(days=1))
    _action("en_curso", end=TODAY)
    _action("cumplida", end=TODAY - timedelta(days=10))
    assert _pks(ImprovementAction.objects.overdue(TODAY)) == {late.pk}


def test_actions_to_remind_are_pending_or_carry_an_alert_to_clear():
    pending = _action("abierta")
    warned_then_done = _action("cumplida", alert="por_vencer")
    _action("eficaz")
    assert _pks(ImprovementAction.objects.to_remind()) == {pending.pk, warned_then_done.pk}


def _task(risk, *, due: date, completed_on=None, alert: str = "") -> TreatmentTask:
    return TreatmentTask.objects.create(
        risk=risk,
        action="Activar doble factor",
        responsible=risk.owner,
        start_date=due - timedelta(days=60),
        due_date=due,
        completed_on=completed_on,
        alert_state=alert,
    )


def test_open_and_overdue_treatment_tasks():
    risk = RiskFactory()
    late = _task(risk, due=TODAY - timedelta(days=1))
    upcoming = _task(risk, due=TODAY + timedelta(days=30))
    _task(risk, due=TODAY - timedelta(days=5), completed_on=TODAY - timedelta(days=6))
    assert _pks(TreatmentTask.objects.open()) == {late.pk, upcoming.pk}
    assert _pks(TreatmentTask.objects.overdue(TODAY)) == {late.pk}


def test_treatment_tasks_to_remind_are_open_or_carry_an_alert_to_clear():
    risk = RiskFactory()
    open_task = _task(risk, due=TODAY + timedelta(days=30))
    warned_then_done = _task(risk, due=TODAY, completed_on=TODAY, alert="vencida")
    _task(risk, due=TODAY, completed_on=TODAY)
    assert _pks(TreatmentTask.objects.to_remind()) == {open_task.pk, warned_then_done.pk}
