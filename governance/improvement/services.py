"""Writes of the improvement plan: actions from a source, follow-ups, effectiveness, deadline alerts."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from governance.improvement.models import (
    ActionType,
    EffectivenessEvaluation,
    FollowUp,
    ImprovementAction,
    Source,
)
from governance.improvement.status import ActionStatus, check_progress
from portal.uploads import StoredUploads

#: Days the responsible gets to reformulate an action found not effective.
REFORMULATION_DAYS = 30


def initial_from_finding(finding) -> dict:
    """What an action raised from ``finding`` starts with (the link is kept)."""
    kind = "correctiva" if finding.kind in ("nc_mayor", "nc_menor") else ActionType.IMPROVEMENT
    return {
        "source": Source.INTERNAL_AUDIT,
        "finding": finding.pk,
        "process": finding.audit.process_id,
        "problem": f"{finding.code} ({finding.get_kind_display()}, {finding.clause}): {finding.description}",
        "action_type": kind,
    }


def initial_from_risk_event(event) -> dict:
    return {
        "source": Source.RISK_EVENT,
        "risk_event": event.pk,
        "process": event.risk.process_id,
        "problem": _("Materialización del riesgo %(code)s el %(date)s: %(description)s")
        % {
            "code": event.risk.code,
            "date": f"{event.occurred_on:%Y-%m-%d}",
            "description": event.description,
        },
        "action_type": ActionType.CORRECTIVE,
    }


@transaction.atomic
def action_raised(*, action: ImprovementAction, by) -> None:
    """Note in the history of the finding or risk event that ``action`` was raised from it."""
    source = action.finding or action.risk_event
    if source is not None:
        log(instance=source, action="governance.improvement.raised", user=by, data={"code": action.code})


def add_follow_up(*, action: ImprovementAction, by, **fields) -> FollowUp:
    """Record a follow-up; the action's progress and status follow. Safe under concurrent posts.

    The evidence file is stored with the follow-up or not at all (``UploadNotStored``).
    """
    evidence = fields.pop("evidence_file", None)
    with StoredUploads() as stored, transaction.atomic():
        action = ImprovementAction.objects.select_for_update().get(pk=action.pk)
        if not action.is_pending:
            raise ValidationError(_("La acción ya está cumplida o cerrada; no admite más seguimientos."))
        problem = check_progress(action.progress, fields["progress"])
        if problem:
            raise ValidationError({"progress": problem})
        follow_up = FollowUp(action=action, created_by=by, **fields)
        follow_up.full_clean()
        if evidence:
            stored.save(follow_up.evidence_file, evidence)
        follow_up.save()
        action.progress = follow_up.progress
        action.save(update_fields=["progress", "status", "updated_at"])
        log(
            instance=action,
            action="governance.action.follow_up",
            user=by,
            data={"progress": follow_up.progress, "date": follow_up.date.isoformat()},
        )
    return follow_up


@transaction.atomic
def evaluate(*, action: ImprovementAction, by, effective: bool, comment: str, on: date | None = None):
    """The auditor's effectiveness evaluation of a fulfilled action.

    Not effective: the action closes as such and a replacement action is opened for the same
    source and responsible, to be reformulated (the source shows an open action again).
    """
    action = ImprovementAction.objects.select_for_update().get(pk=action.pk)
    if action.status != ActionStatus.FULFILLED:
        raise ValidationError(_("Solo se evalúa la eficacia de una acción cumplida al 100 %."))
    evaluation = EffectivenessEvaluation.objects.create(
        action=action,
        evaluated_on=on or timezone.localdate(),
        evaluator=by,
        effective=effective,
        comment=comment,
        created_by=by,
    )
    action.evaluation = evaluation
    action.save(update_fields=["status", "updated_at"])
    log(
        instance=action,
        action="governance.action.evaluate",
        user=by,
        data={"effective": effective, "comment": comment[:200]},
    )
    replacement = None
    if not effective:
        replacement = _replacement_for(action, by=by)
    return evaluation, replacement


def _replacement_for(action: ImprovementAction, *, by) -> ImprovementAction:
    today = timezone.localdate()
    replacement = ImprovementAction(
        source=action.source,
        finding=action.finding,
        risk_event=action.risk_event,
        indicator=action.indicator,
        source_reference=action.source_reference,
        process=action.process,
        problem=action.problem,
        root_cause_method=action.root_cause_method,
        root_cause=action.root_cause,
        action=f"Reformular la acción {action.code}, evaluada no eficaz: {action.evaluation.comment}",
        action_type=action.action_type,
        responsible=action.responsible,
        start_date=today,
        end_date=today + timedelta(days=REFORMULATION_DAYS),
        goal=action.goal,
        deliverable=action.deliverable,
        previous_action=action,
        created_by=by,
    )
    replacement.save()
    log(instance=replacement, action="wagtail.create", user=by, data={"replaces": action.code})
    return replacement
