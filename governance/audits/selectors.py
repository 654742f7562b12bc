"""Reads of the audits topic."""

from django.db.models import Prefetch

from governance.audits.models import Audit, Finding
from portal.permissions import objects_visible_to


def audits_changeable_by(user):
    """Audits ``user`` may work on: all with the model permission, else those assigned to them."""
    return objects_visible_to(user, Audit.objects.select_related("process", "programme"), actions=("change",))


def audit_for_report(pk: int) -> Audit:
    """An audit with everything its report shows, in a fixed number of queries."""
    # The improvement plan sits above the audits (its actions cite findings), so its model is
    # reached through the reverse relation rather than imported.
    ImprovementAction = Finding._meta.get_field("improvement_actions").related_model
    return (
        Audit.objects.select_related("process", "programme", "lead_auditor")
        .prefetch_related(
            "team",
            "checklist",
            Prefetch(
                "findings",
                queryset=Finding.objects.order_by("code").prefetch_related(
                    Prefetch(
                        "improvement_actions",
                        queryset=ImprovementAction.objects.select_related("responsible").order_by("code"),
                    )
                ),
            ),
        )
        .get(pk=pk)
    )
