"""Who may download a file that a governance register cites.

A process's procedures and plans (the versions of a controlled document) and the evidence of a
risk's controls are Wagtail documents. They are not published by any page, so Wagtail's own
serving view keeps them private (``website.documents``). They are read here instead, by the
people who may read the register that cites them: whoever may read a controlled document reads
its versions' files, whoever may read a risk reads its controls' evidence.
"""

from __future__ import annotations

from django.db.models import Model

from governance.documents.models import ControlledDocument
from governance.risks.models import Risk
from portal.permissions import READ_ACTIONS, user_can


def records_citing(document) -> list[Model]:
    """The governance records that cite ``document`` (a Wagtail document)."""
    return [
        *ControlledDocument.objects.filter(versions__file=document).distinct(),
        *Risk.objects.filter(controls__evidence_document=document).distinct(),
    ]


def user_may_download(user, records: list[Model]) -> bool:
    """Whether ``user`` may read any of ``records`` (model or object permission)."""
    return any(user_can(user, action, record) for record in records for action in READ_ACTIONS)
