"""The service desk's answer to monitoring's ``monitor_state_changed`` (connected in ``apps``)."""

import logging

from servicedesk.monitoring.choices import MonitorState
from servicedesk.outages import services

logger = logging.getLogger(__name__)


def on_monitor_state_changed(sender, monitor, previous, state, at, message="", **kwargs):
    """DOWN opens (or reopens) the monitor's incident; UP writes the downtime and resolves it.

    The check that caused it is already recorded: a failure here is logged, not raised into it.
    """
    try:
        if state == MonitorState.DOWN:
            services.open_outage(monitor, at=at, message=message)
        elif state == MonitorState.UP:
            services.end_outage(monitor, at=at)
    except Exception:
        logger.exception("Outage of monitor %s (%s → %s) not recorded", monitor.pk, previous, state)
