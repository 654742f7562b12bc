"""Daily deadline reminders for improvement actions and risk-treatment tasks.

The responsible gets one mail when an item becomes "por vencer" and one when it becomes
"vencida" — never the same alert twice (the last one mailed is stored on the item). The mail is
queued with ``portal.mail.send_later`` and retried by Huey while the mail server is down.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from governance.deadlines import DeadlineAlert, deadline_alert
from governance.improvement.models import ImprovementAction
from governance.risks.models import TreatmentTask
from portal.mail import send_later


@dataclass
class ReminderRun:
    statuses_changed: int = 0
    mails_sent: int = 0


def _mail(person, subject: str, body: str) -> bool:
    if not person.email:
        return False
    return send_later(subject=subject, body=body, recipients=[person.email])


def _site_url(path: str) -> str:
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}"


def _action_message(action: ImprovementAction, alert: str) -> tuple[str, str]:
    url = _site_url(reverse("governance_improvementaction_modeladmin_inspect", args=[action.pk]))
    if alert == DeadlineAlert.OVERDUE:
        subject = _("Acción de mejora vencida: %(code)s") % {"code": action.code}
    else:
        subject = _("Acción de mejora por vencer: %(code)s") % {"code": action.code}
    body = _(
        "La acción %(code)s del Plan de Mejoramiento vence el %(end)s y lleva %(progress)s %% de avance.\n\n"
        "%(action)s\n\nRegistre el seguimiento con su evidencia en %(url)s"
    ) % {
        "code": action.code,
        "end": f"{action.end_date:%Y-%m-%d}",
        "progress": action.progress,
        "action": action.action,
        "url": url,
    }
    return subject, body


def _task_message(task: TreatmentTask, alert: str) -> tuple[str, str]:
    url = _site_url(reverse("governance_risk_modeladmin_edit", args=[task.risk_id]))
    if alert == DeadlineAlert.OVERDUE:
        subject = _("Tratamiento de riesgo vencido: %(code)s") % {"code": task.risk.code}
    else:
        subject = _("Tratamiento de riesgo por vencer: %(code)s") % {"code": task.risk.code}
    body = _(
        "La actividad de tratamiento del riesgo %(code)s vence el %(due)s:\n\n%(action)s\n\n"
        "Cuando la termine, registre la fecha en %(url)s"
    ) % {"code": task.risk.code, "due": f"{task.due_date:%Y-%m-%d}", "action": task.action, "url": url}
    return subject, body


def send_deadline_reminders(*, today: date) -> ReminderRun:
    run = ReminderRun()
    actions = ImprovementAction.objects.to_remind().select_related("responsible", "evaluation")
    for action in actions:
        before = action.status
        action.refresh_status(today)
        alert = (
            deadline_alert(due=action.end_date, done=False, today=today)
            if action.is_pending
            else DeadlineAlert.NONE
        )
        if before == action.status and alert == action.alert_state:
            continue
        run.statuses_changed += before != action.status
        if alert and alert != action.alert_state:
            run.mails_sent += _mail(action.responsible, *_action_message(action, alert))
        # ``save`` would re-derive the status for the real today; store what was derived for ``today``.
        ImprovementAction.objects.filter(pk=action.pk).update(
            status=action.status, alert_state=alert, updated_at=timezone.now()
        )
    tasks = TreatmentTask.objects.to_remind().select_related("responsible", "risk")
    for task in tasks:
        alert = deadline_alert(due=task.due_date, done=task.completed_on is not None, today=today)
        if alert == task.alert_state:
            continue
        if alert:
            run.mails_sent += _mail(task.responsible, *_task_message(task, alert))
        task.alert_state = alert
        task.save(update_fields=["alert_state"])
    return run


def overdue_counts(today: date) -> dict[str, int]:
    """Overdue improvement actions and risk-treatment tasks, for the dashboard."""
    return {
        "actions": ImprovementAction.objects.overdue(today).count(),
        "tasks": TreatmentTask.objects.overdue(today).count(),
    }
