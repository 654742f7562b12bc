"""Governance models, one sub-package per topic; re-exported here for Django."""

from governance.documents.models import ControlledDocument, DocumentVersion
from governance.processes.models import Process, ProcessActivity, ProcessCriterion

__all__ = ["ControlledDocument", "DocumentVersion", "Process", "ProcessActivity", "ProcessCriterion"]
