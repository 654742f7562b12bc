"""Huey tasks of the service desk (the consumer discovers ``<app>.tasks`` modules only)."""

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from portal.scheduler import record_heartbeat
from servicedesk.glpi.tasks import glpi_sync
from servicedesk.tickets.alerts import check_clocks, close_unanswered_solutions

__all__ = ["check_sla_clocks", "glpi_sync"]


@db_periodic_task(crontab(minute="*/5"))
@lock_task("servicedesk-sla-clocks")
def check_sla_clocks():
    run = check_clocks()
    closed = close_unanswered_solutions()
    record_heartbeat(
        "servicedesk-sla-clocks",
        result=f"casos revisados: {run.checked}; alertas: {run.alerts_sent}; cerrados: {closed}",
    )
    return run.alerts_sent
