"""The demo service catalog: the intranet introduction and the ten services with their request forms.

Each service carries the request texts its demo tickets draw from (title, what the requester
wrote, the technician's solution), so every generated ticket reads like a real one.
"""

from __future__ import annotations

from portal.demo.servicedesk.catalog.desk import DESK_SERVICES
from portal.demo.servicedesk.catalog.fields import DATE, EMPTY, PROBLEM
from portal.demo.servicedesk.catalog.specialists import SPECIALIST_SERVICES

__all__ = ["CATALOG_INTRO", "DATE", "EMPTY", "PROBLEM", "SECURITY_LEVELS", "SERVICES"]

CATALOG_INTRO = (
    "<p>Solicite aquí los servicios de la oficina de Gestión de TIC. Cada solicitud queda registrada "
    "con un número y puede seguirla en <b>Mis solicitudes</b>.</p>"
    "<ul><li>Si su equipo o un sistema dejó de funcionar, reporte un <b>incidente</b>.</li>"
    "<li>Si necesita algo nuevo (una cuenta, un acceso, un programa), haga un <b>requerimiento</b>.</li></ul>"
)

#: The catalog. Besides the page fields: ``weight`` (share of the demo tickets), ``peaks`` (month →
#: factor), ``minutes`` (range of time spent), ``typical_hours`` (median business hours to solve) and
#: ``tickets`` (title, what the requester wrote, solution[, answers that go with them]).
SERVICES = (*DESK_SERVICES, *SPECIALIST_SERVICES)

#: The security service's own targets: priority → (minutes to own, minutes to resolve).
SECURITY_LEVELS = {1: (15, 120), 2: (30, 240)}
