"""Equipment handed to staff and given back (control of technological resources): delivery with the
asset's condition, the holder's acknowledgement in the intranet, a problem reported as a ticket,
and the return."""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from guardian.shortcuts import assign_perm, remove_perm

from servicedesk.assets.choices import HARDWARE, AssetStatus, AssignmentKind
from servicedesk.assets.lifecycle import can_move
from servicedesk.assets.models import Asset, Assignment
from servicedesk.assets.services import change_status
from servicedesk.tickets import services as desk
from servicedesk.tickets.choices import TicketType

ACKNOWLEDGE = "assets.acknowledge_assignment"


@transaction.atomic
def check_out(
    asset: Asset,
    *,
    holder,
    by,
    condition: str,
    kind: str = AssignmentKind.CUSTODY,
    due_back: date | None = None,
    at: datetime | None = None,
) -> Assignment:
    """Hand ``asset`` to ``holder``: the asset is "asignado" to them, and they may acknowledge it."""
    asset = Asset.objects.select_for_update().get(pk=asset.pk)
    if asset.kind not in HARDWARE:
        raise ValidationError(_("Solo se entregan equipos."))
    if asset.assignments.filter(returned_at__isnull=True).exists():
        raise ValidationError(_("Este equipo ya está entregado: reciba primero la devolución."))
    if not can_move(asset.status, AssetStatus.ASSIGNED):
        raise ValidationError(
            _("Un equipo «%(status)s» no se entrega.") % {"status": asset.get_status_display()}
        )
    if kind == AssignmentKind.LOAN and due_back is None:
        raise ValidationError(_("Un préstamo necesita la fecha de devolución."))
    at = at or timezone.now()
    assignment = Assignment.objects.create(
        asset=asset,
        holder=holder,
        kind=kind,
        delivered_at=at,
        delivered_by=by,
        due_back=due_back,
        condition_out=condition,
    )
    change_status(
        asset, to=AssetStatus.ASSIGNED, by=by, note=_("Entregado a %(who)s.") % {"who": _name(holder)}, at=at
    )
    Asset.objects.filter(pk=asset.pk).update(custodian=holder)
    assign_perm(ACKNOWLEDGE, holder, assignment)
    return assignment


@transaction.atomic
def check_in(assignment: Assignment, *, by, condition: str, at: datetime | None = None) -> Assignment:
    """The equipment comes back: the asset returns to storage, without custodian."""
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.returned_at is not None:
        raise ValidationError(_("Esta entrega ya se cerró con su devolución."))
    at = at or timezone.now()
    assignment.returned_at, assignment.returned_to, assignment.condition_in = at, by, condition
    assignment.save(update_fields=["returned_at", "returned_to", "condition_in"])
    asset = assignment.asset
    if asset.status != AssetStatus.IN_STORAGE and can_move(asset.status, AssetStatus.IN_STORAGE):
        change_status(
            asset,
            to=AssetStatus.IN_STORAGE,
            by=by,
            note=_("Devuelto por %(who)s.") % {"who": _name(assignment.holder)},
            at=at,
        )
    Asset.objects.filter(pk=asset.pk).update(custodian=None)
    remove_perm(ACKNOWLEDGE, assignment.holder, assignment)
    return assignment


def acknowledge(assignment: Assignment, *, user, note: str = "") -> None:
    """The holder confirms they received the equipment as described (once)."""
    if not user.has_perm(ACKNOWLEDGE, assignment):
        raise PermissionDenied
    updated = Assignment.objects.filter(
        pk=assignment.pk, acknowledged_at__isnull=True, returned_at__isnull=True
    ).update(acknowledged_at=timezone.now(), acknowledgement_note=note)
    if not updated:
        raise ValidationError(_("Este recibo ya se confirmó."))


def report_problem(assignment: Assignment, *, user, description: str):
    """The holder reports a problem with the equipment: an incident ticket about the asset."""
    if not user.has_perm(ACKNOWLEDGE, assignment):
        raise PermissionDenied
    ticket = desk.open_ticket(
        title=_("Problema con el equipo %(number)s") % {"number": assignment.asset.inventory_number},
        description=description,
        ticket_type=TicketType.INCIDENT,
        requester=user,
        asset=assignment.asset,
    )
    return ticket


def _name(person) -> str:
    return person.get_full_name() or person.get_username()
