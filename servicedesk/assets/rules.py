"""Who manages which kinds of asset: the Técnico the equipment; the Profesional TIC every kind."""

from __future__ import annotations

from servicedesk.assets.choices import HARDWARE, AssetKind


def manageable_kinds(user) -> list[str]:
    """The kinds ``user`` may add or change (empty: none)."""
    if not (user.has_perm("assets.add_asset") or user.has_perm("assets.change_asset")):
        return []
    if user.has_perm("assets.manage_any_kind"):
        return list(AssetKind.values)
    return [kind for kind in AssetKind.values if kind in HARDWARE]


def can_manage(user, kind: str, *, creating: bool = False) -> bool:
    permission = "assets.add_asset" if creating else "assets.change_asset"
    return user.has_perm(permission) and kind in manageable_kinds(user)


def can_record_maintenance(user, kind: str) -> bool:
    """The Técnico records maintenance of equipment; the Profesional TIC of every kind."""
    return user.has_perm("assets.add_maintenancerecord") and kind in manageable_kinds(user)
