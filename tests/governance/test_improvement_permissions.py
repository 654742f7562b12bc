"""Who may report progress on an improvement action and who evaluates its effectiveness."""

import pytest

from governance.improvement.permissions import can_evaluate, can_report_progress
from tests.factories import ImprovementActionFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_responsible_reports_progress_on_their_action():
    action = ImprovementActionFactory()
    assert can_report_progress(action.responsible, action)


def test_another_technician_cannot_report_progress_on_an_action_that_is_not_theirs():
    action = ImprovementActionFactory()
    assert not can_report_progress(UserFactory(roles=["tecnico"]), action)


def test_a_new_responsible_takes_over_the_progress_reports():
    action = ImprovementActionFactory()
    previous, successor = action.responsible, UserFactory(roles=["tecnico"])
    action.responsible = successor
    action.save()
    assert can_report_progress(successor, action) and not can_report_progress(previous, action)


def test_the_auditor_evaluates_effectiveness():
    assert can_evaluate(UserFactory(roles=["auditor"]))


@pytest.mark.parametrize("role", ["tecnico", "profesional_tic", "funcionario"])
def test_other_roles_do_not_evaluate_effectiveness(role):
    assert not can_evaluate(UserFactory(roles=[role]))
