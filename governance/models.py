"""Governance models, one sub-package per topic; re-exported here for Django."""

from governance.documents.models import ControlledDocument, DocumentVersion
from governance.legal.models import LegalNorm
from governance.peti.models import (
    CurrentStateFinding,
    Gap,
    Initiative,
    Milestone,
    StrategicPlan,
    StrategicRupture,
)
from governance.planning.models import (
    ActionPlan,
    Indicator,
    IndicatorGoal,
    Measurement,
    PlanActivity,
)
from governance.processes.models import Process, ProcessActivity, ProcessCriterion
from governance.risks.models import ControlWeight, HeatMapCell, RiskLevel, RiskZone
from governance.risks.register import Control, Risk

__all__ = [
    "ActionPlan",
    "Control",
    "ControlWeight",
    "ControlledDocument",
    "HeatMapCell",
    "CurrentStateFinding",
    "Gap",
    "Initiative",
    "Milestone",
    "StrategicPlan",
    "StrategicRupture",
    "DocumentVersion",
    "Indicator",
    "IndicatorGoal",
    "LegalNorm",
    "Measurement",
    "PlanActivity",
    "Process",
    "ProcessActivity",
    "ProcessCriterion",
    "Risk",
    "RiskLevel",
    "RiskZone",
]
