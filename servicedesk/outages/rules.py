"""How an outage is classified as an incident (pure functions)."""

from servicedesk.tickets.choices import Level

#: (impact, urgency) of an outage of a service of each criticality. A service that is down is
#: urgent; how many people it stops is what the criticality says.
INCIDENT_LEVELS: dict[str, tuple[str, str]] = {
    Level.HIGH: (Level.HIGH, Level.HIGH),
    Level.MEDIUM: (Level.MEDIUM, Level.HIGH),
    Level.LOW: (Level.LOW, Level.MEDIUM),
}


def incident_levels(criticality: str | None) -> tuple[str, str]:
    """Impact and urgency of the incident an outage opens; a monitor with no service: medium."""
    return INCIDENT_LEVELS.get(criticality or "", (Level.MEDIUM, Level.MEDIUM))
