"""The audit team's object permissions follow the lead auditor and the team, granted by signals."""

import pytest
from django.contrib.auth import get_user_model

from governance.audits.models import Audit, Finding
from tests.factories import AuditFactory, FindingFactory, UserFactory

pytestmark = pytest.mark.django_db


def _fresh(user):
    """The user again, without guardian's per-instance permission cache."""
    return get_user_model().objects.get(pk=user.pk)


def _edits(user, audit, finding) -> bool:
    user = _fresh(user)
    can_change_audit = user.has_perm("governance.change_audit", audit)
    return can_change_audit and user.has_perm("governance.change_finding", finding)


def _sees_nothing(user, audit, finding) -> bool:
    user = _fresh(user)
    return not any(
        user.has_perm(perm, obj)
        for perm, obj in (
            ("governance.change_audit", audit),
            ("governance.view_audit", audit),
            ("governance.change_finding", finding),
            ("governance.view_finding", finding),
        )
    )


def test_a_new_lead_auditor_takes_the_permissions_from_the_previous_one():
    previous, successor = UserFactory(roles=["auditor"]), UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=previous)
    finding = FindingFactory(audit=audit)
    assert _edits(previous, audit, finding)
    audit.lead_auditor = successor
    audit.save()
    assert _edits(successor, audit, finding)
    assert _sees_nothing(previous, audit, finding)


def test_a_lead_auditor_who_stays_in_the_team_keeps_the_permissions():
    previous, successor = UserFactory(roles=["auditor"]), UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=previous)
    finding = FindingFactory(audit=audit)
    audit.lead_auditor = successor
    audit.team.set([previous])
    audit.save()
    assert _edits(previous, audit, finding) and _edits(successor, audit, finding)


def test_joining_and_leaving_the_team_moves_the_permissions():
    lead, first, second = (UserFactory(roles=["auditor"]) for _ in range(3))
    audit = AuditFactory(lead_auditor=lead)
    finding = FindingFactory(audit=audit)
    audit.team.set([first])
    audit.save()
    assert _edits(first, audit, finding) and _sees_nothing(second, audit, finding)
    audit.team.set([second])
    audit.save()
    assert _edits(second, audit, finding) and _sees_nothing(first, audit, finding)
    assert _edits(lead, audit, finding)


def test_adding_an_audit_from_the_auditors_side_grants_the_permissions():
    lead, member = UserFactory(roles=["auditor"]), UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=lead)
    finding = FindingFactory(audit=audit)
    member.audits.add(audit)
    assert _edits(member, audit, finding)
    member.audits.remove(audit)
    assert _sees_nothing(member, audit, finding)


def test_a_new_finding_is_the_audit_teams_to_edit():
    lead, member = UserFactory(roles=["auditor"]), UserFactory(roles=["auditor"])
    audit = AuditFactory(lead_auditor=lead)
    audit.team.set([member])
    audit.save()
    finding = FindingFactory(audit=audit)
    assert _edits(lead, audit, finding) and _edits(member, audit, finding)


def test_audits_and_findings_grant_nothing_in_save_the_signals_do():
    # One mechanism for object permissions (portal.ownership's): receivers connected in ready().
    assert "save" not in vars(Audit) and "save" not in vars(Finding)
