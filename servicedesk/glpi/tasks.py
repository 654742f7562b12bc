"""The nightly GLPI sync on Huey (only when the API is configured)."""

import logging

from django.conf import settings
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, lock_task

from portal.scheduler import record_heartbeat
from servicedesk.glpi.api import ApiSource
from servicedesk.glpi.importer import last_api_sync_start, run_import
from servicedesk.glpi.records import GlpiError

logger = logging.getLogger(__name__)
HEARTBEAT = "servicedesk-glpi-sync"


@db_periodic_task(crontab(hour="2", minute="0"))
@lock_task(HEARTBEAT)
def glpi_sync():
    """Tickets updated in GLPI since the last good sync (all of them the first time)."""
    if not settings.GLPI_API_URL:
        return None
    try:
        run = run_import(ApiSource.from_settings(since=last_api_sync_start()))
    except GlpiError as error:
        logger.warning("GLPI sync failed: %s", error)
        record_heartbeat(HEARTBEAT, result=f"fallida: {error}")
        return None
    record_heartbeat(
        HEARTBEAT,
        result=(
            f"creados: {run.created}; actualizados: {run.updated}; "
            f"sin cambios: {run.skipped}; con error: {run.failed}"
        ),
    )
    return run.pk
