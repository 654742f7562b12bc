"""What the backups announce (see docs/architecture.md, "Links the other way").

``backup_failed(run)``: a run failed; the service desk files an incident, governance records a
risk event. ``drill_failed(drill)``: a restore drill did not restore what the run's manifest says.
"""

from django.dispatch import Signal

backup_failed = Signal()
drill_failed = Signal()
