"""Wagtail hooks of the service desk: the "Mesa de servicios" menu, admin URLs, log actions."""

from servicedesk.glpi import hooks as glpi_hooks  # noqa: F401
from servicedesk.stats import hooks as stats_hooks  # noqa: F401
