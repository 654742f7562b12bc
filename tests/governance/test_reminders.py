"""Daily deadline reminders: one mail per state change, never a storm; overdue counts on the dashboard."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from governance.improvement.models import ImprovementAction
from governance.reminders import overdue_counts, send_deadline_reminders
from governance.risks.models import TreatmentTask
from governance.tasks import deadline_reminders
from tests.factories import ImprovementActionFactory, RiskFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def remind(django_capture_on_commit_callbacks):
    """The daily pass, with its mail sent as when the job's transaction commits."""

    def run(today):
        with django_capture_on_commit_callbacks(execute=True):
            return send_deadline_reminders(today=today)

    return run


def test_one_mail_per_state_change(remind):
    today = timezone.localdate()
    action = ImprovementActionFactory(
        start_date=today - timedelta(days=30), end_date=today + timedelta(days=20)
    )
    assert remind(today).mails_sent == 0
    soon = today + timedelta(days=10)
    run = remind(soon)
    assert run.mails_sent == 1
    assert mail.outbox[-1].to == [action.responsible.email]
    assert "por vencer" in mail.outbox[-1].subject and action.code in mail.outbox[-1].subject
    assert remind(soon).mails_sent == 0
    assert remind(soon + timedelta(days=1)).mails_sent == 0
    late = today + timedelta(days=21)
    run = remind(late)
    assert (run.mails_sent, run.statuses_changed) == (1, 1)
    assert "vencida" in mail.outbox[-1].subject
    action.refresh_from_db()
    assert (action.status, action.alert_state) == ("vencida", "vencida")
    for day in range(5):
        assert remind(late + timedelta(days=day)).mails_sent == 0
    assert len(mail.outbox) == 2


def test_no_mail_without_an_address_but_the_state_is_kept():
    today = timezone.localdate()
    responsible = UserFactory(roles=["tecnico"], email="")
    action = ImprovementActionFactory(
        responsible=responsible, start_date=today - timedelta(days=30), end_date=today - timedelta(days=1)
    )
    assert send_deadline_reminders(today=today).mails_sent == 0
    action.refresh_from_db()
    assert action.alert_state == "vencida"


def test_treatment_tasks_are_reminded_once(remind):
    today = timezone.localdate()
    risk = RiskFactory()
    task = TreatmentTask.objects.create(
        risk=risk,
        action="Activar doble factor",
        responsible=risk.owner,
        start_date=today - timedelta(days=60),
        due_date=today - timedelta(days=2),
    )
    assert remind(today).mails_sent == 1
    assert risk.code in mail.outbox[-1].subject
    assert remind(today).mails_sent == 0
    assert overdue_counts(today)["tasks"] == 1
    task.completed_on = today
    task.save()
    remind(today)
    task.refresh_from_db()
    assert task.alert_state == "" and overdue_counts(today)["tasks"] == 0


def test_the_huey_task_runs_and_leaves_a_heartbeat():
    from portal.models import SchedulerHeartbeat

    deadline_reminders.call_local()
    assert SchedulerHeartbeat.objects.filter(name="deadline-reminders").exists()


def test_huey_discovers_the_governance_tasks():
    from huey.contrib.djhuey import HUEY

    import governance.tasks  # noqa: F401 - what run_huey's autodiscovery imports

    names = set(HUEY._registry._registry)
    assert any("deadline_reminders" in name for name in names)
    assert any("close_indicator_periods" in name for name in names)


def test_dashboard_shows_overdue_counts(client):
    today = timezone.localdate()
    ImprovementActionFactory(start_date=today - timedelta(days=30), end_date=today - timedelta(days=1))
    client.force_login(UserFactory(roles=["gerente"]))
    body = client.get("/admin/").content.decode()
    assert 'data-overdue-actions="1"' in body
    assert "1 acción de mejora vencida" in body
    client.force_login(UserFactory(roles=["editor"]))
    assert "data-overdue-actions" not in client.get("/admin/").content.decode()
    assert ImprovementAction.objects.count() == 1
