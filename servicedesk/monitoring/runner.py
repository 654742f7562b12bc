"""Running one check of a monitor: its fields mapped to the right probe, the result recorded."""

from __future__ import annotations

import logging
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from servicedesk.monitoring.choices import KeywordMode, MonitorKind
from servicedesk.monitoring.models import Beat, Monitor
from servicedesk.monitoring.probes import (
    ProbeResult,
    check_dns,
    check_http,
    check_tcp,
    check_tls_certificate,
)
from servicedesk.monitoring.schedule import LATE_MS, late_by_ms
from servicedesk.monitoring.services import record_result
from servicedesk.monitoring.status_codes import parse_status_codes

logger = logging.getLogger(__name__)

DNS_PORT = 53


def probe(monitor: Monitor) -> ProbeResult:
    """Check ``monitor``'s target with the probe of its kind (a push monitor is not probed)."""
    timeout = float(monitor.timeout_seconds)
    if monitor.kind == MonitorKind.HTTP:
        return check_http(
            monitor.url,
            method=monitor.http_method,
            headers=monitor.request_headers or None,
            expected_status=parse_status_codes(monitor.expected_status_codes),
            keyword=monitor.keyword,
            keyword_must_appear=monitor.keyword_mode != KeywordMode.ABSENT,
            max_response_ms=monitor.max_response_ms,
            follow_redirects=monitor.follow_redirects,
            timeout=timeout,
        )
    if monitor.kind == MonitorKind.TCP:
        return check_tcp(monitor.host, monitor.port, timeout=timeout)
    if monitor.kind == MonitorKind.TLS:
        return check_tls_certificate(
            monitor.host,
            port=monitor.port or 443,
            warning_days=monitor.tls_warning_days,
            critical_days=monitor.tls_critical_days,
            timeout=timeout,
        )
    if monitor.kind == MonitorKind.DNS:
        return check_dns(
            monitor.host,
            expected_address=monitor.dns_expected_address,
            nameserver=(monitor.dns_server, DNS_PORT) if monitor.dns_server else None,
            timeout=timeout,
        )
    return ProbeResult(False, None, _("Los monitores push no se consultan: esperan el latido."))


def run_check(monitor_id: int, *, due_at: datetime | None = None) -> Beat | None:
    """Probe the monitor now and record the result (``None``: gone, paused, push, or already recorded).

    ``due_at`` is the due time the check was dispatched for; a check that starts more than
    ``LATE_MS`` after it is logged as a warning (its lateness is kept on the beat).
    Probes never raise, so neither does a failing target.
    """
    monitor = Monitor.objects.filter(pk=monitor_id).first()
    if monitor is None or not monitor.active or monitor.kind == MonitorKind.PUSH:
        return None  # a check scheduled before the monitor was paused does not run
    started = timezone.now()
    late = late_by_ms(due_at, started)
    if late > LATE_MS:
        logger.warning("Monitor %s: check started %d ms after its due time", monitor.pk, late)
    result = probe(monitor)
    return record_result(monitor, result, at=started, due_at=due_at)
