"""Service desk models, one sub-package per topic; re-exported here for Django."""

from servicedesk.catalog.pages import ServiceCatalogPage, ServiceFormField, ServicePage
from servicedesk.glpi.models import GlpiImportRun
from servicedesk.tickets.models import (
    PriorityMatrixCell,
    ServiceLevel,
    SupportGroup,
    Ticket,
    TicketAttachment,
    TicketCategory,
    TicketComment,
    TicketStatusChange,
)
from servicedesk.tickets.schedule import ServiceDeskSettings

__all__ = [
    "GlpiImportRun",
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
