"""HTTP(S) probe: status codes, a keyword, the response time.

The keyword is matched case-sensitively, as Uptime Kuma does: "Bienvenido" does not match
"bienvenido". Only the first megabyte of the body is searched (``MAX_BODY_BYTES``), so a
huge page cannot exhaust the worker. ``timeout`` applies to connecting and to every wait
for data, and reading the body stops once ``timeout`` has passed in total.

Proxies from the environment (``HTTPS_PROXY``, ``NO_PROXY``) apply, as for any ``requests``
call: an institute behind a proxy checks its public sites through it.
"""

import re
import ssl
import time
import warnings

import requests
import urllib3
from django.utils.translation import gettext as _

from .result import ProbeResult, elapsed_ms, network_error_message, timeout_message, unexpected_message
from .tls import tls_error_message

MAX_BODY_BYTES = 1024 * 1024
DEFAULT_STATUS_RANGES = ((200, 299),)
METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

StatusRanges = tuple[tuple[int, int], ...]

# A monitor with verify_tls=False asked for unverified HTTPS; urllib3's warning on every
# check would only flood the worker's log.
warnings.filterwarnings("ignore", category=urllib3.exceptions.InsecureRequestWarning)

_RANGE = re.compile(r"^(\d{3})(?:\s*-\s*(\d{3}))?$")


def parse_status_ranges(text: str) -> StatusRanges:
    """``"200-299, 301"`` → ``((200, 299), (301, 301))``.

    Raises ``ValueError`` with a Spanish message for anything else (empty text, a code outside
    100-599, a range whose start is above its end...); forms show the message as it is.
    """
    parts = [part.strip() for part in (text or "").split(",")]
    if not any(parts):
        raise ValueError(_("Indique al menos un código de estado HTTP, por ejemplo 200-299."))
    ranges = []
    for part in parts:
        match = _RANGE.match(part)
        if not match:
            raise ValueError(
                _("«%(part)s» no es un código ni un rango de códigos HTTP (ejemplo: 200-299,301).")
                % {"part": part}
            )
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if not (100 <= low <= 599 and 100 <= high <= 599):
            raise ValueError(_("Los códigos de estado HTTP van de 100 a 599: «%(part)s».") % {"part": part})
        if low > high:
            raise ValueError(_("El rango «%(part)s» empieza después de terminar.") % {"part": part})
        ranges.append((low, high))
    return tuple(ranges)


def format_status_ranges(ranges: StatusRanges) -> str:
    """The inverse of ``parse_status_ranges``: ``((200, 299), (301, 301))`` → ``"200-299,301"``."""
    return ",".join(str(low) if low == high else f"{low}-{high}" for low, high in ranges)


def status_expected(status: int, ranges: StatusRanges) -> bool:
    return any(low <= status <= high for low, high in ranges)


def check_http(
    url: str,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    expected_status: StatusRanges = DEFAULT_STATUS_RANGES,
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
    if not status_expected(status, expected_status):
        message = _("HTTP %(status)d (se esperaba %(expected)s)") % {
            "status": status,
            "expected": format_status_ranges(expected_status),
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
