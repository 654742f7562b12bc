"""The service desk's answer to the backups' signals (connected in ``apps``)."""

import logging

from servicedesk.backups import incidents

logger = logging.getLogger(__name__)


def on_backup_failed(sender, run, **kwargs):
    """A failed run files its incident; a failure here is logged, never raised into the run."""
    try:
        incidents.file_for_run(run)
    except Exception:
        logger.exception("The incident of failed backup run %s was not filed", run.pk)


def on_drill_failed(sender, drill, **kwargs):
    try:
        incidents.file_for_drill(drill)
    except Exception:
        logger.exception("The incident of failed restore drill %s was not filed", drill.pk)
