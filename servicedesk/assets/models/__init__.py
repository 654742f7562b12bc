"""The inventory's models, by topic: the inventory itself, information assets, maintenance,
physical inventory campaigns."""

from servicedesk.assets.models.audits import AuditCampaign, AuditCheck, AuditFrequency
from servicedesk.assets.models.information import InformationDetails
from servicedesk.assets.models.inventory import (
    INVENTORY_NUMBER,
    Asset,
    AssetDependency,
    AssetStatusChange,
    Assignment,
    Location,
)
from servicedesk.assets.models.maintenance import MaintenanceOccurrence, MaintenancePlan, MaintenanceRecord

__all__ = [
    "AuditCampaign",
    "AuditCheck",
    "AuditFrequency",
    "INVENTORY_NUMBER",
    "Asset",
    "AssetDependency",
    "AssetStatusChange",
    "Assignment",
    "InformationDetails",
    "Location",
    "MaintenanceOccurrence",
    "MaintenancePlan",
    "MaintenanceRecord",
]
