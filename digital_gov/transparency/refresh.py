"""Keep the published registers of the transparency items current, through the editorial workflow.

When a register changes (its owner sends ``portal.published_registers.register_changed``, and every
night regardless), each item that publishes it gets a new revision with the new snapshot, taken on
top of the item's latest draft so an editor's pending edits are kept, and that revision is submitted
to the page's workflow: the public page changes only when a Publicador approves it, and the page's
history shows the revision, the submission and the publication. A submission the portal made for
an earlier snapshot is cancelled first, so the Publicador reviews the latest one; an editor's own
submission is left as it is (approving it publishes the latest revision, this one included). A page
that is not live stays a draft. With no workflow on the page, the revision is published at once,
unless the draft held an editor's unpublished edits, which are never published behind their back.
"""

from __future__ import annotations

from django.db import transaction
from wagtail.log_actions import log
from wagtail.models import Revision

from digital_gov.transparency.models import TransparencyItemPage
from digital_gov.transparency.published import same_content, take_snapshot


def refresh_published_registers(key: str | None = None) -> list[Revision]:
    """New revisions of the items publishing ``key`` (every register if ``None``) whose rows changed."""
    pages = TransparencyItemPage.objects.exclude(published_register="")
    if key:
        pages = pages.filter(published_register=key)
    revisions = []
    for page_id in pages.values_list("pk", flat=True):
        revision = refresh_page(page_id)
        if revision is not None:
            revisions.append(revision)
    return revisions


@transaction.atomic
def refresh_page(page_id: int) -> Revision | None:
    page = TransparencyItemPage.objects.select_for_update().get(pk=page_id)
    had_pending_edits = page.has_unpublished_changes
    draft = page.get_latest_revision_as_object()
    snapshot = take_snapshot(draft.published_register)
    if snapshot is None or same_content(snapshot, draft.register_snapshot):
        return None
    draft.register_snapshot = snapshot
    revision = draft.save_revision(log_action=True, changed=True, clean=False)
    log(
        instance=page,
        action="digital_gov.register_refreshed",
        data={"register": draft.published_register, "rows": len(snapshot["rows"])},
        revision=revision,
    )
    if not page.live:
        return revision  # a page not yet public stays a draft: its editors publish it
    page.refresh_from_db()
    state = page.current_workflow_state
    if state is not None and state.requested_by_id is not None:
        # An editor's own submission: approving it publishes the latest revision, this one included.
        return revision
    workflow = page.get_workflow()
    if workflow is not None and workflow.active:
        if state is not None:
            state.cancel()  # the portal's earlier refresh, replaced by this one
        workflow.start(page, None)
    elif not had_pending_edits:
        revision.publish()  # no workflow, and nothing but the register changed
    return revision
