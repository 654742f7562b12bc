"""Service desk models, one sub-package per topic; re-exported here for Django."""

from servicedesk.catalog.models import ServiceCatalogPage, ServiceFormField, ServicePage
from servicedesk.glpi.models import GlpiImportRun
from servicedesk.outages.models import Outage
from servicedesk.tickets.models import (
    PriorityMatrixCell,
    ServiceDeskSettings,
    ServiceLevel,
    SupportGroup,
    Ticket,
    TicketAttachment,
    TicketCategory,
    TicketComment,
    TicketStatusChange,
)

__all__ = [
    "GlpiImportRun",
    "Outage",
    "PriorityMatrixCell",
    "ServiceCatalogPage",
    "ServiceDeskSettings",
    "ServiceFormField",
    "ServiceLevel",
    "ServicePage",
    "SupportGroup",
    "Ticket",
    "TicketAttachment",
    "TicketCategory",
    "TicketComment",
    "TicketStatusChange",
]
