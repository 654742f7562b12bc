"""Period close for live-source indicators, every day after midnight."""

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from governance.planning.services import close_periods
from portal.scheduler import record_heartbeat


@db_periodic_task(crontab(hour="1", minute="10"))
@lock_task("governance-close-periods")
def close_indicator_periods():
    recorded = close_periods(today=timezone.localdate())
    record_heartbeat("indicator-period-close", result=f"mediciones calculadas: {len(recorded)}")
    return len(recorded)
