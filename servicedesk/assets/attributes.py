"""The fields each kind of asset has beyond the common ones (pure), kept in one JSON column instead
of one table per kind, and checked with Spanish messages."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import date

from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.assets.choices import AssetKind as K


@dataclass(frozen=True)
class Attribute:
    key: str
    label: str | Promise
    #: "text", "int", "date" or "ip".
    type: str = "text"
    required: bool = False


CPU = Attribute("procesador", gettext_lazy("Procesador"))
RAM = Attribute("ram_gb", gettext_lazy("Memoria RAM (GB)"), "int")
DISK = Attribute("disco_gb", gettext_lazy("Disco (GB)"), "int")
OS = Attribute("sistema_operativo", gettext_lazy("Sistema operativo"))
HOST = Attribute("nombre_de_equipo", gettext_lazy("Nombre en la red"))
IP = Attribute("direccion_ip", gettext_lazy("Dirección IP"), "ip")
MAC = Attribute("direccion_mac", gettext_lazy("Dirección MAC"))

ATTRIBUTES: dict[str, tuple[Attribute, ...]] = {
    K.DESKTOP: (CPU, RAM, DISK, OS, HOST, IP, MAC),
    K.LAPTOP: (CPU, RAM, DISK, OS, HOST, MAC),
    K.SERVER: (CPU, RAM, DISK, OS, HOST, IP, Attribute("rack", gettext_lazy("Rack y posición"))),
    K.VIRTUAL_MACHINE: (
        Attribute("vcpu", gettext_lazy("vCPU"), "int"),
        RAM,
        DISK,
        OS,
        HOST,
        IP,
        Attribute("hipervisor", gettext_lazy("Hipervisor")),
    ),
    K.PRINTER: (IP, Attribute("tecnologia", gettext_lazy("Tecnología (láser, tinta…)"))),
    K.NETWORK: (
        IP,
        MAC,
        Attribute("puertos", gettext_lazy("Puertos"), "int"),
        Attribute("firmware", gettext_lazy("Firmware")),
    ),
    K.PHONE: (Attribute("extension", gettext_lazy("Extensión")), IP, MAC),
    K.PERIPHERAL: (Attribute("conexion", gettext_lazy("Conexión (USB, HDMI…)")),),
    K.SOFTWARE: (
        Attribute("version", gettext_lazy("Versión")),
        Attribute("puestos", gettext_lazy("Puestos de la licencia"), "int"),
        Attribute("vence", gettext_lazy("Vencimiento de la licencia"), "date"),
        Attribute("tipo_licencia", gettext_lazy("Tipo de licencia (perpetua, suscripción, libre…)")),
    ),
    K.SERVICE: (
        Attribute("url", gettext_lazy("Dirección (URL)")),
        Attribute("horario", gettext_lazy("Horario de servicio")),
    ),
    K.INFORMATION: (),
}


def clean(kind: str, values: dict) -> tuple[dict, dict[str, str]]:
    """The attributes of ``kind`` from ``values`` (form text), typed; and the errors per key."""
    cleaned, errors = {}, {}
    for attribute in ATTRIBUTES.get(kind, ()):
        raw = str(values.get(attribute.key) or "").strip()
        if not raw:
            if attribute.required:
                errors[attribute.key] = _("Este dato es obligatorio para este tipo de activo.")
            continue
        try:
            cleaned[attribute.key] = _typed(attribute.type, raw)
        except ValueError:
            errors[attribute.key] = {
                "int": _("Escriba un número entero (p. ej. 16)."),
                "date": _("Escriba una fecha AAAA-MM-DD (p. ej. 2027-06-30)."),
                "ip": _("«%(value)s» no es una dirección IP.") % {"value": raw},
            }.get(attribute.type, _("Valor no válido."))
    return cleaned, errors


def _typed(kind: str, raw: str):
    if kind == "int":
        value = int(raw)
        if value < 0:
            raise ValueError(raw)
        return value
    if kind == "date":
        return date.fromisoformat(raw).isoformat()
    if kind == "ip":
        return str(ipaddress.ip_address(raw))
    if len(raw) > 200:
        raise ValueError(raw)
    return raw
