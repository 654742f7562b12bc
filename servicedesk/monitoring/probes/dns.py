"""DNS probe (dnspython): does a name resolve, optionally to an expected address.

Without ``nameserver`` the servers of ``/etc/resolv.conf`` are asked. dnspython does not read
``/etc/hosts``: a name that only exists there (``localhost``) does not resolve here, which is
the point of a DNS check — it tests the DNS service, not the machine's host table.

``timeout`` is the resolution's lifetime; dnspython may add its 0.1 s back-off before it
gives up on a server that never answers.
"""

import ipaddress
import time

import dns.exception
import dns.resolver
from django.utils.translation import gettext as _

from .result import ProbeResult, elapsed_ms, timeout_message, unexpected_message

RECORD_TYPES = ("A", "AAAA")


def check_dns(
    hostname: str,
    *,
    record_type: str = "A",
    expected_address: str | None = None,
    nameserver: tuple[str, int] | None = None,
    timeout: float = 5.0,
) -> ProbeResult:
    """UP when ``hostname`` has ``record_type`` records (and ``expected_address`` among them).

    ``nameserver`` is ``(ip, port)`` of the server to ask; ``details["addresses"]`` lists the answers.
    """
    started = time.perf_counter()
    try:
        if record_type not in RECORD_TYPES:
            return ProbeResult(
                False, None, _("Tipo de registro DNS no soportado: %(type)s") % {"type": record_type}
            )
        if nameserver is None:
            resolver = dns.resolver.Resolver()
        else:
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [nameserver[0]]
            resolver.port = nameserver[1]
        resolver.timeout = resolver.lifetime = timeout
        answer = resolver.resolve(hostname, record_type, search=False)
        latency = elapsed_ms(started)
    except dns.resolver.NXDOMAIN:
        return ProbeResult(
            False, elapsed_ms(started), _("El nombre «%(name)s» no existe") % {"name": hostname}
        )
    except dns.resolver.NoAnswer:
        message = _("«%(name)s» no tiene registros %(type)s") % {"name": hostname, "type": record_type}
        return ProbeResult(False, elapsed_ms(started), message)
    except dns.exception.Timeout:
        return ProbeResult(False, elapsed_ms(started), timeout_message(timeout))
    except dns.resolver.NoNameservers:
        return ProbeResult(False, elapsed_ms(started), _("Ningún servidor DNS pudo responder"))
    except dns.resolver.NoResolverConfiguration:
        return ProbeResult(False, elapsed_ms(started), _("No hay servidores DNS configurados"))
    except (dns.exception.SyntaxError, dns.name.NameTooLong, dns.name.EmptyLabel, dns.name.LabelTooLong):
        return ProbeResult(
            False, elapsed_ms(started), _("«%(name)s» no es un nombre DNS válido") % {"name": hostname}
        )
    except Exception as exc:  # a probe never raises: the monitor records the failure
        return ProbeResult(False, elapsed_ms(started), unexpected_message(exc))

    addresses = sorted({record.address for record in answer}, key=_address_key)
    details = {"addresses": addresses, "record_type": record_type}
    if expected_address:
        try:
            expected = ipaddress.ip_address(expected_address.strip())
        except ValueError:
            message = _("«%(address)s» no es una dirección IP") % {"address": expected_address}
            return ProbeResult(False, latency, message, details)
        if expected not in {ipaddress.ip_address(address) for address in addresses}:
            message = _("%(name)s resuelve a %(addresses)s, no a %(expected)s") % {
                "name": hostname,
                "addresses": ", ".join(addresses),
                "expected": expected,
            }
            return ProbeResult(False, latency, message, details)
    message = _("%(name)s resuelve a %(addresses)s") % {"name": hostname, "addresses": ", ".join(addresses)}
    return ProbeResult(True, latency, message, details)


def _address_key(address: str):
    parsed = ipaddress.ip_address(address)
    return (parsed.version, parsed)
