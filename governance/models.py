"""Governance models, one sub-package per topic; re-exported here for Django."""

from governance.audits.models import Audit, AuditProgramme, ChecklistItem, Finding
from governance.documents.models import ControlledDocument, DocumentVersion
from governance.improvement.models import EffectivenessEvaluation, FollowUp, ImprovementAction
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
from governance.risks.models import (
    Control,
    ControlWeight,
    HeatMapCell,
    KeyRiskIndicator,
    Risk,
    RiskEvent,
    RiskLevel,
    RiskReview,
    RiskZone,
    TreatmentTask,
)

__all__ = [
    "ActionPlan",
    "Audit",
    "AuditProgramme",
    "ChecklistItem",
    "EffectivenessEvaluation",
    "Finding",
    "FollowUp",
    "ImprovementAction",
    "KeyRiskIndicator",
    "RiskEvent",
    "RiskReview",
    "TreatmentTask",
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
