"""Governance models, one sub-package per topic; re-exported here for Django."""

from governance.processes.models import Process

__all__ = ["Process"]
