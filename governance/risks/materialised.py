"""Risk events recorded by the portal itself: a record that a control cites as its evidence shows
the risk materialised (a failed backup, a failed restore drill).

Connected in ``GovernanceConfig.ready`` to the signals of the apps that observe such records;
the signal carries ``evidence_source`` (the key a control's ``evidence_source`` names), the record
and its Spanish description, so nothing here knows what a backup is.
"""

from __future__ import annotations

from django.utils import timezone

from governance.risks.models import Risk, RiskEvent


def record_risk_events(sender, *, evidence_source, record, occurred_at, description, impact, **kwargs):
    """A risk event, linked to ``record``, on each risk with a control citing ``evidence_source``."""
    for risk in Risk.objects.filter(controls__evidence_source=evidence_source).distinct():
        event = RiskEvent(
            risk=risk,
            occurred_on=timezone.localdate(occurred_at),
            description=description,
            impact=impact,
        )
        event.linked_record = record
        event.save()
