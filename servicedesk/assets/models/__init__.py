"""The inventory's models, by topic: the inventory itself, information assets, maintenance."""

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
