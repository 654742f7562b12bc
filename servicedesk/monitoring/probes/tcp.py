"""TCP port probe: can a connection be opened, and how long did it take."""

import socket
import time

from django.utils.translation import gettext as _

from .result import ProbeResult, elapsed_ms, network_error_message, unexpected_message


def check_tcp(host: str, port: int, *, timeout: float = 10.0) -> ProbeResult:
    """UP when ``host:port`` accepts a TCP connection within ``timeout`` seconds.

    The connection is closed at once; nothing is sent. Name resolution uses the system
    resolver (``/etc/hosts`` included) and is not bounded by ``timeout``.
    """
    started = time.perf_counter()
    try:
        with socket.create_connection((host, port), timeout=timeout):
            latency = elapsed_ms(started)
        return ProbeResult(True, latency, _("Puerto %(port)d abierto") % {"port": port}, {"port": port})
    except OSError as exc:
        return ProbeResult(False, elapsed_ms(started), network_error_message(exc, host, timeout))
    except Exception as exc:  # a probe never raises: the monitor records the failure
        return ProbeResult(False, elapsed_ms(started), unexpected_message(exc))
