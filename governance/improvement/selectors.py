"""Reads of the improvement plan."""

from django.db.models import Prefetch

from governance.improvement.models import FollowUp, ImprovementAction


def actions_for_plan(queryset=None):
    """Actions with their source, responsible, follow-ups and evaluation, in a fixed number of queries."""
    queryset = ImprovementAction.objects.all() if queryset is None else queryset
    return (
        queryset.select_related(
            "process",
            "responsible",
            "finding__audit",
            "risk_event__risk",
            "indicator",
            "evaluation__evaluator",
            "previous_action",
        )
        .prefetch_related(Prefetch("follow_ups", queryset=FollowUp.objects.order_by("date", "pk")))
        .order_by("process__code", "code")
    )
