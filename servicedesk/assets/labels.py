"""Printable labels of the inventory: each asset's number, name and a QR code that opens its page."""

from __future__ import annotations

import segno
from django.conf import settings
from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe

from servicedesk.assets.models import Asset

#: Labels per printed sheet at most (a page of 3 × 8 labels, many pages).
MAX_LABELS = 480


def asset_url(asset: Asset) -> str:
    """The absolute address of the asset's page (what a phone opens from the label)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "assets_asset_modeladmin_inspect", args=[asset.pk]
    )


def qr_svg(url: str) -> SafeString:
    """An inline SVG QR code of ``url`` (segno writes the markup itself: no user text in it)."""
    return mark_safe(segno.make(url, error="m").svg_inline(scale=3, border=2, title=url))  # noqa: S308
