"""What monitoring announces to the apps above it (see docs/architecture.md)."""

from django.dispatch import Signal

#: Sent after the commit that changed a monitor's state, with ``monitor``, ``previous``,
#: ``state``, ``at``, ``message`` and ``state_change`` (the history row).
#: The service desk opens an incident on DOWN and resolves it on recovery.
monitor_state_changed = Signal()
