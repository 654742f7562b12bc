"""Object permissions of the audit team: change (and view) their audit and its findings only.

Granted like the other registers' object permissions (``portal.ownership``): by signal receivers
connected in ``GovernanceConfig.ready()``, never by a model's ``save()``. An audit follows a lead
auditor *and* a team, so it has its own receivers rather than ``follow_responsible``.
"""

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


def audit_saved(sender, instance, **kwargs) -> None:
    """``post_save`` of an audit: the lead auditor may have changed.

    A ClusterableModel sends ``post_save`` before it commits its team, so the team read here is
    the one being saved; the commit then sends ``m2m_changed`` and the team is synced again.
    Fixture loading (``raw``) grants nothing, as ``save()`` never ran for it either.
    """
    if not kwargs.get("raw"):
        sync_audit_permissions(instance)


def audit_team_changed(sender, instance, action, reverse, pk_set, **kwargs) -> None:
    """``m2m_changed`` of ``Audit.team``: someone joined or left the team."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        sync_audit_permissions(instance)
        return
    audit_model = sender._meta.get_field("audit").related_model
    for audit in audit_model.objects.filter(pk__in=pk_set or ()):
        sync_audit_permissions(audit)


def finding_saved(sender, instance, created, **kwargs) -> None:
    """``post_save`` of a finding: a new one is the audit team's to edit."""
    if created and not kwargs.get("raw"):
        grant_finding_to_audit_team(instance)
