"""TLS certificate probe: days until expiry, hostname mismatch and self-signed certificates.

One handshake verifies the certificate the way a browser would (trusted chain + hostname).
When that fails, a second handshake without verification fetches the certificate so the
result can still say when it expires and why it is not trusted. The certificate itself is
read with ``cryptography`` and checked here too, so every problem is reported, not only the
first one OpenSSL meets:

* expired, not yet valid, hostname mismatch, or days left ≤ ``critical_days`` → DOWN;
* self-signed or signed by an unknown authority → DOWN, unless ``ignore_tls_errors``
  (Uptime Kuma's option of the same name), then UP with the message and a warning;
* days left ≤ ``warning_days`` → UP with ``details["warning"] = True``.

Days left are whole days, rounded down (a certificate with 4 days 23 hours left "vence en
4 días"), so alerts come early rather than late. ``cafile`` replaces the system's authorities
with the given PEM bundle (an institute's internal CA).
"""

import datetime as dt
import ipaddress
import socket
import ssl
import time

from cryptography import x509
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .result import ProbeResult, elapsed_ms, network_error_message, unexpected_message

# OpenSSL verification codes (X509_V_ERR_*) that the messages tell apart.
_SELF_SIGNED_CODES = {18, 19}
_EXPIRED = 10
_NOT_YET_VALID = 9
_HOSTNAME_MISMATCH_CODES = {62, 64}
_UNTRUSTED_CODES = {2, 20, 21}


def check_tls_certificate(
    host: str,
    *,
    port: int = 443,
    server_name: str | None = None,
    warning_days: int = 21,
    critical_days: int = 7,
    timeout: float = 10.0,
    ignore_tls_errors: bool = False,
    cafile: str | None = None,
    now: dt.datetime | None = None,
) -> ProbeResult:
    """Connect to ``host:port`` and judge the certificate presented for ``server_name`` (default: host)."""
    server_name = server_name or host
    started = time.perf_counter()
    deadline = started + timeout  # shared by both handshakes
    try:
        verify_error = None
        try:
            certificate = _fetch_certificate(host, port, server_name, deadline, verifying=True, cafile=cafile)
        except ssl.SSLCertVerificationError as exc:
            verify_error = exc
            certificate = _fetch_certificate(host, port, server_name, deadline, verifying=False, cafile=None)
        latency = elapsed_ms(started)
        return _judge(
            x509.load_der_x509_certificate(certificate),
            latency=latency,
            server_name=server_name,
            verify_error=verify_error,
            warning_days=warning_days,
            critical_days=critical_days,
            ignore_tls_errors=ignore_tls_errors,
            now=now or dt.datetime.now(dt.UTC),
        )
    except ssl.SSLError as exc:
        return ProbeResult(False, elapsed_ms(started), tls_error_message(exc, server_name))
    except OSError as exc:
        return ProbeResult(False, elapsed_ms(started), network_error_message(exc, host, timeout))
    except Exception as exc:  # a probe never raises: the monitor records the failure
        return ProbeResult(False, elapsed_ms(started), unexpected_message(exc))


def _fetch_certificate(host, port, server_name, deadline, *, verifying, cafile) -> bytes:
    if verifying:
        context = ssl.create_default_context(cafile=cafile)
    else:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    with socket.create_connection((host, port), timeout=_remaining(deadline)) as raw:
        # The handshake gets what is left of the timeout, not a fresh one.
        raw.settimeout(_remaining(deadline))
        with context.wrap_socket(raw, server_hostname=server_name) as tls:
            return tls.getpeercert(binary_form=True)


def _remaining(deadline: float) -> float:
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        raise TimeoutError
    return remaining


def _judge(
    certificate, *, latency, server_name, verify_error, warning_days, critical_days, ignore_tls_errors, now
):
    not_after = certificate.not_valid_after_utc
    not_before = certificate.not_valid_before_utc
    days_left = (not_after - now).days
    self_signed = certificate.issuer == certificate.subject
    code = getattr(verify_error, "verify_code", None)
    # OpenSSL stops at the first problem; the chain is untrusted only if it said so.
    untrusted = code in _SELF_SIGNED_CODES or code in _UNTRUSTED_CODES
    # A verified handshake already checked the name (OpenSSL also knows the old common-name rules).
    hostname_matches = verify_error is None or certificate_matches_name(certificate, server_name)
    details = {
        "subject": certificate.subject.rfc4514_string(),
        "issuer": certificate.issuer.rfc4514_string(),
        "not_before": not_before.isoformat(),
        "not_after": not_after.isoformat(),
        "days_left": days_left,
        "self_signed": self_signed,
        "trusted": not untrusted,
        "hostname_matches": hostname_matches,
    }
    if (
        verify_error is not None
        and not untrusted
        and code not in (_EXPIRED, _NOT_YET_VALID, *_HOSTNAME_MISMATCH_CODES)
    ):
        details["verify_error"] = verify_error.verify_message
        return ProbeResult(False, latency, tls_error_message(verify_error, server_name), details)

    if not_after <= now:
        message = _("El certificado venció el %(date)s") % {"date": not_after.date().isoformat()}
        return ProbeResult(False, latency, message, details)
    if not_before > now:
        message = _("El certificado aún no es válido (desde el %(date)s)") % {
            "date": not_before.date().isoformat()
        }
        return ProbeResult(False, latency, message, details)
    if not hostname_matches:
        return ProbeResult(False, latency, mismatch_message(server_name), details)
    expiry = expiry_message(days_left)
    if untrusted:
        reason = _("El certificado es autofirmado") if self_signed else _untrusted_message()
        if not ignore_tls_errors:
            return ProbeResult(False, latency, reason, details)
        details["warning"] = True
        return ProbeResult(days_left > critical_days, latency, f"{reason}. {expiry}", details)
    if days_left <= critical_days:
        return ProbeResult(False, latency, expiry, details)
    if days_left <= warning_days:
        details["warning"] = True
    return ProbeResult(True, latency, expiry, details)


def expiry_message(days_left: int) -> str:
    if days_left == 0:
        return _("Certificado vence hoy")
    return ngettext("Certificado vence en %(days)d día", "Certificado vence en %(days)d días", days_left) % {
        "days": days_left
    }


def mismatch_message(server_name: str) -> str:
    return _("El nombre del certificado no corresponde a %(name)s") % {"name": server_name}


def _untrusted_message() -> str:
    return _("El certificado no es de una autoridad de confianza")


def tls_error_message(exc: BaseException, server_name: str) -> str:
    """The Spanish message of a failed TLS handshake or certificate verification."""
    code = getattr(exc, "verify_code", None)
    if code in _SELF_SIGNED_CODES:
        return _("El certificado es autofirmado")
    if code == _EXPIRED:
        return _("El certificado está vencido")
    if code == _NOT_YET_VALID:
        return _("El certificado aún no es válido")
    if code in _HOSTNAME_MISMATCH_CODES:
        return mismatch_message(server_name)
    if code in _UNTRUSTED_CODES:
        return _untrusted_message()
    reason = getattr(exc, "verify_message", None) or getattr(exc, "reason", None) or type(exc).__name__
    return _("Error de TLS: %(reason)s") % {"reason": reason}


def certificate_matches_name(certificate: x509.Certificate, name: str) -> bool:
    """True when the certificate's subject alternative names cover ``name`` (DNS name or IP address).

    As browsers do, the common name is ignored, and a wildcard stands for exactly one
    leftmost label (``*.example.org`` covers ``www.example.org``, not ``example.org``).
    """
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return False
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        address = None
    if address is not None:
        return address in names.get_values_for_type(x509.IPAddress)
    wanted = name.rstrip(".").lower()
    for pattern in names.get_values_for_type(x509.DNSName):
        pattern = pattern.rstrip(".").lower()
        if pattern == wanted:
            return True
        if pattern.startswith("*.") and "." in wanted:
            label, rest = wanted.split(".", 1)
            if label and rest == pattern[2:]:
                return True
    return False
