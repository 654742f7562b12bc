"""What the backups announce (see docs/architecture.md, "Links the other way").

``backup_failed(run, ...)``: a run failed; ``drill_failed(drill, ...)``: a restore drill did not
restore what the run's manifest says. The service desk files an incident; governance records a
risk event on each risk a control of which cites the policy as evidence. Both signals also carry,
for receivers that know nothing of backups: ``record`` (the run or drill), ``evidence_source``
(the policy's key as an evidence source), ``occurred_at``, ``description`` and ``impact`` (Spanish).
"""

from django.dispatch import Signal

backup_failed = Signal()
drill_failed = Signal()
