"""The ISO 19011 audit report ("Informe de Auditoría") as plain data, for the HTML page and the XLSX.

``audit_report`` reads only what :func:`governance.audits.selectors.audit_for_report` loaded: it
walks the prefetched relations with ``.all()`` and never filters them, so it makes no queries.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from governance.audits.models import FindingKind
from portal.people import display_name as person_name


@dataclass(frozen=True)
class ChecklistRow:
    clause: str
    question: str
    result: str  # "cumple", "no_cumple", "na" or "" (not verified yet)
    result_label: str
    notes: str


@dataclass(frozen=True)
class ActionLink:
    """An improvement action raised from a finding, as the report lists it."""

    pk: int
    code: str
    status: str
    status_label: str
    responsible: str
    progress: int
    end_date: date


@dataclass(frozen=True)
class FindingRow:
    code: str
    kind: str
    kind_label: str
    clause: str
    description: str
    evidence: str
    needs_action: bool
    actions: tuple[ActionLink, ...]


@dataclass(frozen=True)
class KindCount:
    kind: str
    label: str
    count: int
    share: float  # fraction of all the audit's findings, 0 when there are none

    @property
    def percent(self) -> int:
        return round(self.share * 100)


@dataclass(frozen=True)
class AuditReport:
    code: str
    process: str
    programme_year: int
    status_label: str
    objective: str
    scope: str
    criteria: tuple[str, ...]
    criteria_detail: str
    start_date: date
    end_date: date
    lead_auditor: str
    team: tuple[str, ...]  # the auditors besides the lead, without repeats
    plan: str
    checklist: tuple[ChecklistRow, ...]
    findings: tuple[FindingRow, ...]
    counts: tuple[KindCount, ...]  # every kind in FindingKind order, zeros included
    conclusions: str
    report_date: date | None

    @property
    def auditors(self) -> tuple[str, ...]:
        return (self.lead_auditor, *self.team)

    @property
    def total_findings(self) -> int:
        return len(self.findings)

    @property
    def action_count(self) -> int:
        return sum(len(finding.actions) for finding in self.findings)


def audit_report(audit) -> AuditReport:
    """What the audit report shows; ``audit`` should come from ``audit_for_report``."""
    auditors = audit.auditors()
    findings = tuple(_finding_row(finding) for finding in audit.findings.all())
    per_kind = Counter(finding.kind for finding in findings)
    counts = tuple(
        KindCount(
            kind=kind.value,
            label=str(kind.label),
            count=per_kind[kind.value],
            share=per_kind[kind.value] / len(findings) if findings else 0.0,
        )
        for kind in FindingKind
    )
    return AuditReport(
        code=audit.code,
        process=audit.process.name,
        programme_year=audit.programme.year,
        status_label=audit.get_status_display(),
        objective=audit.objective,
        scope=audit.scope,
        criteria=tuple(audit.criteria_labels()),
        criteria_detail=audit.criteria_detail,
        start_date=audit.start_date,
        end_date=audit.end_date,
        lead_auditor=person_name(audit.lead_auditor),
        team=tuple(person_name(person) for person in auditors if person.pk != audit.lead_auditor_id),
        plan=audit.plan,
        checklist=tuple(
            ChecklistRow(
                clause=item.clause,
                question=item.question,
                result=item.result,
                result_label=item.get_result_display(),
                notes=item.notes,
            )
            for item in audit.checklist.all()
        ),
        findings=findings,
        counts=counts,
        conclusions=audit.conclusions,
        report_date=audit.report_date,
    )


def _finding_row(finding) -> FindingRow:
    return FindingRow(
        code=finding.code,
        kind=finding.kind,
        kind_label=finding.get_kind_display(),
        clause=finding.clause,
        description=finding.description,
        evidence=finding.evidence,
        needs_action=finding.needs_action,
        actions=tuple(
            ActionLink(
                pk=action.pk,
                code=action.code,
                status=action.status,
                status_label=action.get_status_display(),
                responsible=person_name(action.responsible),
                progress=action.progress,
                end_date=action.end_date,
            )
            for action in finding.improvement_actions.all()
        ),
    )
