"""Field validators of a monitor, with the messages the staff read (in Spanish)."""

from __future__ import annotations

import ipaddress
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from servicedesk.monitoring.schedule import MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS
from servicedesk.monitoring.status_codes import parse_status_codes

validate_http_url = URLValidator(
    schemes=["http", "https"],
    message=_("Escriba una dirección web válida que empiece por http:// o https://."),
)

_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


def is_hostname(value: str) -> bool:
    """A DNS name of letters, digits and hyphens (``servidor.instituto.gov.co``, ``localhost``)."""
    name = value[:-1] if value.endswith(".") else value
    if not name or len(name) > 253:
        return False
    labels = name.split(".")
    return all(_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def is_ip_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def validate_host(value: str) -> None:
    """A host name or an IPv4/IPv6 address."""
    if not (is_ip_address(value) or is_hostname(value)):
        raise ValidationError(
            _(
                "Escriba un nombre de equipo (por ejemplo servidor.instituto.gov.co) "
                "o una dirección IP válida."
            ),
            code="invalid_host",
        )


_PORT_MESSAGE = _("El puerto debe ser un número entre 1 y 65535.")
port_validators = [
    MinValueValidator(1, message=_PORT_MESSAGE),
    MaxValueValidator(65535, message=_PORT_MESSAGE),
]

_INTERVAL_MESSAGE = _("El intervalo debe estar entre 30 segundos y 24 horas (86400 segundos).")
interval_validators = [
    MinValueValidator(MIN_INTERVAL_SECONDS, message=_INTERVAL_MESSAGE),
    MaxValueValidator(MAX_INTERVAL_SECONDS, message=_INTERVAL_MESSAGE),
]


def validate_status_codes(value: str) -> None:
    """Expected HTTP status codes such as ``200-299,301``."""
    parse_status_codes(value)


def validate_request_headers(value) -> None:
    """Request headers: an object of names to text values."""
    if not isinstance(value, dict) or not all(
        isinstance(name, str) and name.strip() and isinstance(text, str) for name, text in value.items()
    ):
        raise ValidationError(
            _(
                "Los encabezados deben ser un objeto JSON de nombres a textos, "
                'por ejemplo {"Accept": "text/html"}.'
            ),
            code="invalid_headers",
        )
