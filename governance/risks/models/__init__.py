"""The risk register's models, one module per part; import them from here."""

from governance.risks.models.events import RiskEvent
from governance.risks.models.levels import Axis, ControlWeight, HeatMapCell, RiskLevel, RiskZone
from governance.risks.models.register import (
    Affectation,
    Classification,
    Control,
    ControlType,
    Implementation,
    Risk,
    RiskType,
    Treatment,
)
from governance.risks.models.treatment import KeyRiskIndicator, RiskReview, TreatmentTask

__all__ = [
    "Affectation",
    "Axis",
    "Classification",
    "Control",
    "ControlType",
    "ControlWeight",
    "HeatMapCell",
    "Implementation",
    "KeyRiskIndicator",
    "Risk",
    "RiskEvent",
    "RiskLevel",
    "RiskReview",
    "RiskType",
    "RiskZone",
    "Treatment",
    "TreatmentTask",
]
