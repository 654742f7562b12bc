"""Digital Government models, one sub-package per topic; re-exported here for Django."""

from digital_gov.transparency.models import (
    TransparencyDocument,
    TransparencyIndexPage,
    TransparencyItemPage,
    TransparencyLink,
    TransparencySectionPage,
)

__all__ = [
    "TransparencyDocument",
    "TransparencyIndexPage",
    "TransparencyItemPage",
    "TransparencyLink",
    "TransparencySectionPage",
]
