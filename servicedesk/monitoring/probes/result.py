"""The outcome of one probe, and the messages shared by every probe."""

import socket
import time
from dataclasses import dataclass, field

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class ProbeResult:
    """One check of one target.

    ``message`` is short Spanish text for people (the status page, the incident ticket);
    ``details`` holds facts for the monitor's page (HTTP status, certificate expiry, addresses...).
    """

    up: bool
    latency_ms: int | None
    message: str
    details: dict = field(default_factory=dict)


def elapsed_ms(started: float) -> int:
    """Milliseconds since ``started`` (a ``time.perf_counter()`` reading)."""
    return round((time.perf_counter() - started) * 1000)


def format_seconds(seconds: float) -> str:
    """``10`` → ``"10"``, ``0.3`` → ``"0,3"`` (decimal comma, as written in Colombia)."""
    return f"{seconds:g}".replace(".", ",")


def timeout_message(timeout: float) -> str:
    return _("Tiempo de espera agotado (%(seconds)s s)") % {"seconds": format_seconds(timeout)}


def unresolved_message(host: str) -> str:
    return _("No se pudo resolver el nombre «%(host)s»") % {"host": host}


def unexpected_message(exc: BaseException) -> str:
    return _("Error inesperado: %(type)s") % {"type": type(exc).__name__}


def network_error_message(exc: OSError, host: str, timeout: float) -> str:
    """The Spanish message for a failed connection (refused, timeout, unknown name, unreachable...)."""
    if isinstance(exc, ConnectionRefusedError):
        return _("Conexión rechazada")
    if isinstance(exc, TimeoutError):  # socket.timeout is TimeoutError since Python 3.10
        return timeout_message(timeout)
    if isinstance(exc, socket.gaierror):
        return unresolved_message(host)
    if isinstance(exc, ConnectionResetError):
        return _("El servidor cerró la conexión")
    return _("Error de red: %(error)s") % {"error": exc.strerror or type(exc).__name__}
