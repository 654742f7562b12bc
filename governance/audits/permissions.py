"""Object permissions of the audit team: change (and view) their audit and its findings only."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from guardian.shortcuts import assign_perm, get_users_with_perms, remove_perm

AUDIT_PERMS = ("governance.change_audit", "governance.view_audit")
FINDING_PERMS = ("governance.change_finding", "governance.view_finding")


def sync_audit_permissions(audit) -> None:
    """Give the lead auditor and the team their permissions; take them from anyone removed."""
    team = {person.pk for person in audit.auditors()}
    holders = set(
        get_users_with_perms(
            audit, only_with_perms_in=["change_audit"], with_group_users=False, with_superusers=False
        ).values_list("pk", flat=True)
    )
    findings = audit.findings.all()
    has_findings = findings.exists()
    users = get_user_model().objects.in_bulk(team | holders)
    for pk in holders - team:
        for perm in AUDIT_PERMS:
            remove_perm(perm, users[pk], audit)
        if has_findings:
            for perm in FINDING_PERMS:
                remove_perm(perm, users[pk], findings)
    for pk in team:
        if pk not in holders:
            for perm in AUDIT_PERMS:
                assign_perm(perm, users[pk], audit)
        if has_findings:
            for perm in FINDING_PERMS:
                assign_perm(perm, users[pk], findings)


def grant_finding_to_audit_team(finding) -> None:
    for person in finding.audit.auditors():
        for perm in FINDING_PERMS:
            assign_perm(perm, person, finding)
