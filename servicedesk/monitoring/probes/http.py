"""HTTP(S) probe: status codes, a keyword, the response time.

The keyword is matched case-sensitively, as Uptime Kuma does: "Bienvenido" does not match
"bienvenido". Only the first megabyte of the body is searched (``MAX_BODY_BYTES``), so a
huge page cannot exhaust the worker. ``timeout`` applies to connecting and to every wait
for data, and reading the body stops once ``timeout`` has passed in total.

Proxies from the environment (``HTTPS_PROXY``, ``NO_PROXY``) apply, as for any ``requests``
call: an institute behind a proxy checks its public sites through it.
"""

import ssl
import time
import warnings

import requests
import urllib3
from django.utils.translation import gettext as _

from servicedesk.monitoring.status_codes import (
    DEFAULT_STATUS_CODES,
    CodeRanges,
    format_status_codes,
    status_matches,
)

from .result import ProbeResult, elapsed_ms, network_error_message, timeout_message, unexpected_message
from .tls import tls_error_message

MAX_BODY_BYTES = 1024 * 1024
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

# A monitor with verify_tls=False asked for unverified HTTPS; urllib3's warning on every
# check would only flood the worker's log.
warnings.filterwarnings("ignore", category=urllib3.exceptions.InsecureRequestWarning)


def check_http(
    url: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    expected_status: CodeRanges = DEFAULT_STATUS_CODES,
    keyword: str = "",
    keyword_must_appear: bool = True,
    max_response_ms: int | None = None,
    follow_redirects: bool = True,
    timeout: float = 10.0,
    verify_tls: bool = True,
    cafile: str | None = None,
    session: requests.Session | None = None,
) -> ProbeResult:
    """Request ``url`` and judge the answer.

    DOWN when the status is not in ``expected_status``, the keyword is missing (or present when
    ``keyword_must_appear`` is false), the answer took more than ``max_response_ms``, or the
    request failed (refused, timeout, TLS error...). ``verify_tls=False`` accepts any certificate;
    ``cafile`` trusts the given PEM bundle instead of the system's authorities. Header values
    are sent, never copied into the result.
    """
    started = time.perf_counter()
    own_session = session is None
    session = session or requests.Session()
    host = requests.utils.urlparse(url).hostname or url
    try:
        with session.request(
            method.upper(),
            url,
            headers=headers or {},
            allow_redirects=follow_redirects,
            timeout=timeout,
            verify=(cafile or True) if verify_tls else False,
            stream=True,
        ) as response:
            body = _read_body(response, started, timeout) if keyword else b""
            latency = elapsed_ms(started)
            return _judge(
                response,
                body,
                latency=latency,
                expected_status=expected_status,
                keyword=keyword,
                keyword_must_appear=keyword_must_appear,
                max_response_ms=max_response_ms,
            )
    except _BodyTimeout:
        return ProbeResult(False, elapsed_ms(started), timeout_message(timeout))
    except requests.exceptions.SSLError as exc:
        cause = _find_cause(exc, (ssl.SSLCertVerificationError,)) or _find_cause(exc, (ssl.SSLError,)) or exc
        return ProbeResult(False, elapsed_ms(started), tls_error_message(cause, host))
    except requests.exceptions.Timeout:
        return ProbeResult(False, elapsed_ms(started), timeout_message(timeout))
    except requests.exceptions.TooManyRedirects:
        return ProbeResult(False, elapsed_ms(started), _("Demasiadas redirecciones"))
    except (
        requests.exceptions.InvalidURL,
        requests.exceptions.MissingSchema,
        requests.exceptions.InvalidSchema,
    ):
        return ProbeResult(
            False, elapsed_ms(started), _("La dirección «%(url)s» no es válida") % {"url": url}
        )
    except requests.exceptions.ConnectionError as exc:
        cause = _find_cause(exc, (OSError,))
        message = _("Error de conexión") if cause is None else network_error_message(cause, host, timeout)
        return ProbeResult(False, elapsed_ms(started), message)
    except Exception as exc:  # a probe never raises: the monitor records the failure
        return ProbeResult(False, elapsed_ms(started), unexpected_message(exc))
    finally:
        if own_session:
            session.close()


class _BodyTimeout(Exception):
    pass


def _read_body(response, started: float, timeout: float) -> bytes:
    """At most ``MAX_BODY_BYTES`` of the body, within what is left of ``timeout``."""
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=64 * 1024):
        chunks.append(chunk)
        size += len(chunk)
        if size >= MAX_BODY_BYTES:
            break
        if time.perf_counter() - started > timeout:
            raise _BodyTimeout
    return b"".join(chunks)[:MAX_BODY_BYTES]


def _judge(response, body, *, latency, expected_status, keyword, keyword_must_appear, max_response_ms):
    status = response.status_code
    details = {"status": status, "url": response.url}
    if response.is_redirect and response.headers.get("Location"):
        details["location"] = response.headers["Location"]
    if not status_matches(status, expected_status):
        message = _("HTTP %(status)d (se esperaba %(expected)s)") % {
            "status": status,
            "expected": format_status_codes(expected_status),
        }
        return ProbeResult(False, latency, message, details)
    if keyword:
        text = body.decode(response.encoding or "utf-8", errors="replace")
        found = keyword in text
        if keyword_must_appear and not found:
            return ProbeResult(
                False, latency, _("La palabra «%(keyword)s» no aparece") % {"keyword": keyword}, details
            )
        if not keyword_must_appear and found:
            return ProbeResult(
                False, latency, _("La palabra «%(keyword)s» aparece") % {"keyword": keyword}, details
            )
    if max_response_ms is not None and latency > max_response_ms:
        message = _("Respuesta lenta: %(latency)d ms (máximo %(limit)d ms)") % {
            "latency": latency,
            "limit": max_response_ms,
        }
        return ProbeResult(False, latency, message, details)
    return ProbeResult(True, latency, _("HTTP %(status)d") % {"status": status}, details)


def _find_cause(exc: BaseException, kinds: tuple[type, ...]) -> BaseException | None:
    """The first exception of ``kinds`` behind a requests/urllib3 error (an ``ssl`` or socket error)."""
    seen = {id(exc)}
    while True:
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((arg for arg in getattr(exc, "args", ()) if isinstance(arg, BaseException)), None)
        exc = inner or exc.__cause__ or exc.__context__
        if exc is None or id(exc) in seen:
            return None
        seen.add(id(exc))
        if isinstance(exc, kinds) and not isinstance(exc, requests.exceptions.RequestException):
            return exc
