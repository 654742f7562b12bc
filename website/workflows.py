"""The editorial workflow "Revisión y publicación": Editor submits, Publicador approves."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Revisión y publicación"
TASK_NAME = "Aprobación del Publicador"
APPROVER_GROUP = "Publicador"
#: Wagtail's starter workflow, replaced by ours.
STARTER_WORKFLOW = "Moderators approval"


@transaction.atomic
def ensure_editorial_workflow() -> Workflow | None:
    """Create or repair the workflow and assign it to the whole page tree. Idempotent."""
    root = Page.objects.filter(depth=1).first()
    approvers = Group.objects.filter(name=APPROVER_GROUP).first()
    if root is None or approvers is None:
        return None
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    if list(task.groups.all()) != [approvers]:
        task.groups.set([approvers])
    if not task.active:
        task.active = True
        task.save(update_fields=["active"])

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name=STARTER_WORKFLOW, workflow_pages__isnull=True).update(active=False)
    return workflow


def ensure_editorial_workflow_after_migrate(sender, **kwargs) -> None:
    """``post_migrate`` receiver (runs after the roles exist)."""
    ensure_editorial_workflow()
