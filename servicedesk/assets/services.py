"""Writes of the IT inventory: an asset saved with its history, its status moved along the life
cycle, its dependencies kept free of loops."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.published_registers import announce_change
from servicedesk.assets.choices import AssetKind
from servicedesk.assets.impact import creates_cycle
from servicedesk.assets.lifecycle import can_move
from servicedesk.assets.models import Asset, AssetDependency, AssetStatusChange, InformationDetails
from servicedesk.assets.registers import INDEX_KEY, RAI_KEY


def announce_information_change() -> None:
    """The published registers of information assets (7.1.1, 7.1.2) are regenerated after the commit."""
    announce_change(RAI_KEY, INDEX_KEY)


@transaction.atomic
def save_asset(asset: Asset, *, by, information: InformationDetails | None = None) -> Asset:
    """Create or update ``asset`` (already validated) and, for an information asset, its
    ``information`` details; a new asset starts its status history."""
    created = asset.pk is None
    asset.save()
    if information is not None:
        information.asset = asset
        information.save()
    if asset.kind == AssetKind.INFORMATION:
        announce_information_change()
    if created:
        AssetStatusChange.objects.create(
            asset=asset,
            to_status=asset.status,
            changed_by=by,
            changed_at=timezone.now(),
            note=_("Alta en el inventario."),
        )
    return asset


@transaction.atomic
def change_status(
    asset: Asset, *, to: str, by, note: str = "", at: datetime | None = None
) -> AssetStatusChange:
    """Move ``asset`` to ``to`` if its life cycle allows it; the step is recorded with who and when."""
    asset = Asset.objects.select_for_update().get(pk=asset.pk)
    if not can_move(asset.status, to):
        raise ValidationError(
            _("Un activo «%(current)s» no puede pasar a «%(target)s».")
            % {
                "current": asset.get_status_display(),
                "target": dict(Asset._meta.get_field("status").choices)[to],
            }
        )
    at = at or timezone.now()
    change = AssetStatusChange.objects.create(
        asset=asset, from_status=asset.status, to_status=to, changed_by=by, changed_at=at, note=note
    )
    Asset.objects.filter(pk=asset.pk).update(status=to, status_since=at)
    if asset.kind == AssetKind.INFORMATION:
        announce_information_change()
    return change


def add_dependency(*, dependent: Asset, dependency: Asset, note: str = "") -> AssetDependency:
    """``dependent`` needs ``dependency``; refused when it would close a loop or already exists."""
    with transaction.atomic():
        edges = list(AssetDependency.objects.select_for_update().values_list("dependent_id", "dependency_id"))
        if creates_cycle(edges, dependent.pk, dependency.pk):
            raise ValidationError(
                _("%(a)s no puede depender de %(b)s: %(b)s ya depende de %(a)s.")
                % {"a": dependent.inventory_number, "b": dependency.inventory_number}
            )
        if (dependent.pk, dependency.pk) in edges:
            raise ValidationError(_("Esa dependencia ya está registrada."))
        return AssetDependency.objects.create(dependent=dependent, dependency=dependency, note=note)
