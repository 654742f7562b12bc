"""Which status a ticket may move to, and who may move it (pure)."""

from __future__ import annotations

from servicedesk.tickets.choices import Status

TECHNICIAN = "tecnico"
REQUESTER = "solicitante"

#: GLPI's life cycle: taken, put on hold, solved; the requester approves (closed) or
#: rejects (back in progress) the solution.
_TECHNICIAN_MOVES: dict[str, tuple[str, ...]] = {
    Status.NEW: (Status.ASSIGNED, Status.IN_PROGRESS, Status.ON_HOLD, Status.SOLVED),
    Status.ASSIGNED: (Status.IN_PROGRESS, Status.ON_HOLD, Status.SOLVED),
    Status.IN_PROGRESS: (Status.ON_HOLD, Status.SOLVED),
    Status.ON_HOLD: (Status.IN_PROGRESS, Status.SOLVED),
    Status.SOLVED: (Status.IN_PROGRESS, Status.CLOSED),
    Status.CLOSED: (),
}
_REQUESTER_MOVES: dict[str, tuple[str, ...]] = {
    Status.SOLVED: (Status.CLOSED, Status.IN_PROGRESS),
    # Answering a question while the ticket waits on the requester sends it back to work.
    Status.ON_HOLD: (Status.IN_PROGRESS,),
}


def allowed_transitions(status: str, actor: str = TECHNICIAN) -> tuple[str, ...]:
    moves = _TECHNICIAN_MOVES if actor == TECHNICIAN else _REQUESTER_MOVES
    return tuple(moves.get(status, ()))


def can_move(status: str, target: str, actor: str = TECHNICIAN) -> bool:
    return target in allowed_transitions(status, actor)


def needs_solution(target: str) -> bool:
    """A ticket is solved with a written solution the requester can read."""
    return target == Status.SOLVED


def is_reopening(status: str, target: str) -> bool:
    return status in (Status.SOLVED, Status.CLOSED) and target not in (Status.SOLVED, Status.CLOSED)
