"""Network probes of the monitors: plain functions that check one target and return a ProbeResult.

They import no models, so the Huey tasks, ``check_monitor`` and the tests call them alike.
Each probe measures its latency with ``time.perf_counter``, respects its timeout and never
raises: every failure becomes a DOWN result with a short Spanish message.
"""

from .dns import check_dns
from .http import check_http
from .result import ProbeResult
from .tcp import check_tcp
from .tls import check_tls_certificate

__all__ = [
    "ProbeResult",
    "check_dns",
    "check_http",
    "check_tcp",
    "check_tls_certificate",
]
