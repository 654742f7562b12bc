"""Reads of the IT inventory: what an asset's failure reaches."""

from __future__ import annotations

from servicedesk.assets.impact import impacted
from servicedesk.assets.models import Asset, AssetDependency


def impact_of(asset: Asset) -> list[tuple[Asset, int]]:
    """Every asset that depends on ``asset``, directly or not, nearest first, with its distance."""
    edges = AssetDependency.objects.values_list("dependent_id", "dependency_id")
    distance = impacted(edges, asset.pk)
    assets = Asset.objects.in_bulk(list(distance))
    return sorted(
        ((assets[pk], steps) for pk, steps in distance.items()),
        key=lambda pair: (pair[1], pair[0].inventory_number),
    )
