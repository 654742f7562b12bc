"""Demo institute, inventory part: the main site's offices, the data centre (a switch, two
virtualisation servers, the virtual machines and the services that run on them, so a server's page
shows what its failure breaks), the printers, and a computer for each member of staff. The demo's
monitors watch the platform's assets and its risks name the assets they threaten.

Seeded once (when the inventory is empty): a second run changes nothing.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from governance.risks.models import Risk
from portal.demo.servicedesk import data
from servicedesk.assets.assignments import acknowledge, check_out
from servicedesk.assets.choices import AssetStatus
from servicedesk.assets.models import Asset, AssetDependency, Location
from servicedesk.assets.services import add_dependency, change_status, save_asset
from servicedesk.monitoring.models import Monitor
from servicedesk.tickets.models import SupportGroup, Ticket

SEED = 2026
INVENTORY_LABEL = "Número de inventario del equipo"
SITE = "Sede principal"
OFFICES = (
    ("Bloque A", "1", "Atención al ciudadano"),
    ("Bloque A", "2", "Gestión de TIC"),
    ("Bloque B", "1", "Centro de datos"),
    ("Bloque B", "3", "Gerencia"),
)

#: number, kind, name, brand, model, office index, criticality, attributes, depends on (number, how)
PLATFORM = (
    (
        "IDTI-RED-0001",
        "red",
        "Switch núcleo del centro de datos",
        "Cisco",
        "Catalyst 9300",
        2,
        "alta",
        {"puertos": 48, "direccion_ip": "10.10.0.2"},
        (),
    ),
    (
        "IDTI-SRV-0001",
        "servidor",
        "Servidor de virtualización 1",
        "Dell",
        "PowerEdge R750",
        2,
        "alta",
        {"ram_gb": 256, "disco_gb": 4000, "sistema_operativo": "Proxmox VE 8", "direccion_ip": "10.10.0.11"},
        (("IDTI-RED-0001", "conectado a"),),
    ),
    (
        "IDTI-SRV-0002",
        "servidor",
        "Servidor de virtualización 2",
        "Dell",
        "PowerEdge R750",
        2,
        "alta",
        {"ram_gb": 256, "disco_gb": 4000, "sistema_operativo": "Proxmox VE 8", "direccion_ip": "10.10.0.12"},
        (("IDTI-RED-0001", "conectado a"),),
    ),
    (
        "IDTI-VM-0001",
        "maquina_virtual",
        "VM del portal web",
        "",
        "",
        2,
        "alta",
        {"vcpu": 4, "ram_gb": 16, "sistema_operativo": "Debian 12", "direccion_ip": "10.10.1.21"},
        (("IDTI-SRV-0001", "corre en"),),
    ),
    (
        "IDTI-VM-0002",
        "maquina_virtual",
        "VM de base de datos",
        "",
        "",
        2,
        "alta",
        {"vcpu": 8, "ram_gb": 32, "sistema_operativo": "Debian 12", "direccion_ip": "10.10.1.22"},
        (("IDTI-SRV-0001", "corre en"),),
    ),
    (
        "IDTI-VM-0003",
        "maquina_virtual",
        "VM del sistema financiero",
        "",
        "",
        2,
        "alta",
        {"vcpu": 4, "ram_gb": 16, "sistema_operativo": "Windows Server 2022", "direccion_ip": "10.10.1.23"},
        (("IDTI-SRV-0002", "corre en"),),
    ),
    (
        "IDTI-VM-0004",
        "maquina_virtual",
        "VM de copias de seguridad",
        "",
        "",
        2,
        "media",
        {"vcpu": 2, "ram_gb": 8, "sistema_operativo": "Debian 12", "direccion_ip": "10.10.1.24"},
        (("IDTI-SRV-0002", "corre en"),),
    ),
    (
        "IDTI-SVC-0001",
        "servicio",
        "Portal web del Instituto",
        "",
        "",
        2,
        "alta",
        {"url": "https://www.instituto.gov.co/"},
        (("IDTI-VM-0001", "corre en"), ("IDTI-VM-0002", "usa la base de")),
    ),
    (
        "IDTI-SVC-0002",
        "servicio",
        "Sistema financiero",
        "",
        "",
        2,
        "alta",
        {"horario": "Lunes a viernes, 7:00 a 18:00"},
        (("IDTI-VM-0003", "corre en"), ("IDTI-VM-0002", "usa la base de")),
    ),
    (
        "IDTI-SVC-0003",
        "servicio",
        "Copias de seguridad",
        "",
        "",
        2,
        "media",
        {},
        (("IDTI-VM-0004", "corre en"),),
    ),
    (
        "IDTI-SFT-0001",
        "software",
        "Ofimática en la nube (licencias)",
        "Microsoft",
        "365 E3",
        1,
        "media",
        {"puestos": 60, "vence": "2027-03-31", "tipo_licencia": "suscripción"},
        (),
    ),
    (
        "IDTI-IMP-0001",
        "impresora",
        "Impresora de atención al ciudadano",
        "HP",
        "LaserJet M507",
        0,
        "baja",
        {"direccion_ip": "10.10.5.31", "tecnologia": "láser"},
        (("IDTI-RED-0001", "conectada a"),),
    ),
    (
        "IDTI-IMP-0002",
        "impresora",
        "Multifuncional de gerencia",
        "Epson",
        "WorkForce C5790",
        3,
        "baja",
        {"direccion_ip": "10.10.5.32", "tecnologia": "tinta"},
        (("IDTI-RED-0001", "conectada a"),),
    ),
)


@transaction.atomic
def seed(report) -> None:
    if not Asset.objects.exists():
        offices = [
            Location.objects.get_or_create(site=SITE, building=b, floor=f, office=o)[0] for b, f, o in OFFICES
        ]
        _platform(offices)
        _computers(offices)
        _workplace(offices)
        _loan_pool(offices)
        _software_and_network(offices)
        _links()
    report("activos del inventario", Asset.objects.count())
    report("dependencias", AssetDependency.objects.count())


def _platform(offices) -> None:
    infra = SupportGroup.objects.filter(name=data.INFRA).first()
    created = {}
    for number, kind, name, brand, model, office, criticality, attributes, depends in PLATFORM:
        asset = save_asset(
            Asset(
                inventory_number=number,
                kind=kind,
                name=name,
                brand=brand,
                model_name=model,
                location=offices[office],
                responsible_group=infra,
                criticality=criticality,
                attributes=attributes,
                status=AssetStatus.IN_USE,
                acquired_on=date(2023, 3, 15) if kind in {"servidor", "red"} else None,
                warranty_ends=date(2028, 3, 15) if kind in {"servidor", "red"} else None,
            ),
            by=None,
        )
        created[number] = asset
        for other, how in depends:
            add_dependency(dependent=asset, dependency=created[other], note=how)


#: Monitors (by name) and risks (by code) of the other demo parts, and the assets they are about.
MONITORED = {
    "Portal web del Instituto": "IDTI-SVC-0001",
    "Base de datos (PostgreSQL)": "IDTI-VM-0002",
    "Copias de seguridad nocturnas": "IDTI-SVC-0003",
}
THREATENED = {"GTI-R01": ("IDTI-SVC-0001", "IDTI-SRV-0001"), "GTI-R03": ("IDTI-SVC-0003", "IDTI-VM-0004")}


def _links() -> None:
    """The demo's monitors watch the platform's assets; its risks name the assets they threaten."""
    for name, number in MONITORED.items():
        Monitor.objects.filter(name=name, asset__isnull=True).update(
            asset=Asset.objects.get(inventory_number=number)
        )
    for code, numbers in THREATENED.items():
        risk = Risk.objects.filter(code=code).first()
        if risk is not None:
            risk.inventory_assets.add(*Asset.objects.filter(inventory_number__in=numbers))
    _tickets_about_computers()


def _tickets_about_computers() -> None:
    """Requests filed with a "número de inventario" name the requester's own computer, linked to it."""
    computers = dict(
        Asset.objects.filter(kind__in=["escritorio", "portatil"], custodian__isnull=False).values_list(
            "custodian_id", "pk"
        )
    )
    numbers = dict(Asset.objects.filter(pk__in=computers.values()).values_list("pk", "inventory_number"))
    changed = []
    for ticket in Ticket.objects.filter(requester_id__in=computers, asset__isnull=True).exclude(form_data=[]):
        rows = [row for row in ticket.form_data if row.get("label") == INVENTORY_LABEL]
        if not rows:
            continue
        asset_id = computers[ticket.requester_id]
        for row in rows:
            row["value"] = numbers[asset_id]
        ticket.asset_id = asset_id
        ticket.description = "\n".join(f"{row['label']}: {row['value']}" for row in ticket.form_data)
        changed.append(ticket)
    Ticket.objects.bulk_update(changed, ["asset", "form_data", "description"], batch_size=500)


def _workplace(offices) -> None:
    """Each person's monitor and IP phone, the training room's computers, and the spare peripherals
    in storage."""
    rng = random.Random(SEED + 1)
    people = list(get_user_model().objects.filter(is_active=True).order_by("username"))
    mesa = SupportGroup.objects.filter(name=data.MESA).first()
    for n, person in enumerate(people, start=1):
        office = offices[n % len(offices)]
        for number, kind, name, brand, model, attributes in (
            (
                f"IDTI-MON-{n:04d}",
                "periferico",
                "Monitor 24 pulgadas",
                "Dell",
                "P2422H",
                {"conexion": "HDMI"},
            ),
            (f"IDTI-TEL-{n:04d}", "telefono", "Teléfono IP", "Yealink", "T43U", {"extension": str(2100 + n)}),
        ):
            save_asset(
                Asset(
                    inventory_number=number,
                    kind=kind,
                    name=f"{name} de {_name(person)}",
                    brand=brand,
                    model_name=model,
                    serial=f"SN{rng.randrange(10**9, 10**10)}",
                    location=office,
                    custodian=person,
                    responsible_group=mesa,
                    status=AssetStatus.IN_USE,
                    criticality="baja",
                    acquired_on=date(2023, 3, 1),
                    acquisition_value=Decimal(rng.choice([650000, 720000])),
                    attributes=attributes,
                ),
                by=None,
            )
    classroom = Location.objects.get_or_create(
        site=SITE, building="Bloque B", floor="2", office="Aula de formación"
    )[0]
    for n in range(1, 41):
        save_asset(
            Asset(
                inventory_number=f"IDTI-AULA-{n:04d}",
                kind="escritorio",
                name=f"Computador {n} del aula de formación",
                brand="Lenovo",
                model_name="ThinkCentre Neo 50s",
                serial=f"SN{rng.randrange(10**9, 10**10)}",
                location=classroom,
                responsible_group=mesa,
                status=AssetStatus.IN_USE,
                criticality="baja",
                acquired_on=date(2024, 5, 15),
                acquisition_value=Decimal(2600000),
                attributes={"ram_gb": 8, "disco_gb": 256, "sistema_operativo": "Windows 11 Pro"},
            ),
            by=None,
        )
    spares = ("Teclado USB", "Mouse óptico", "Cámara web", "Diadema con micrófono", "Adaptador USB-C a HDMI")
    for n in range(1, 31):
        save_asset(
            Asset(
                inventory_number=f"IDTI-PER-{n:04d}",
                kind="periferico",
                name=spares[n % len(spares)],
                brand=rng.choice(["Logitech", "Genius", "HP"]),
                location=offices[1],
                responsible_group=mesa,
                criticality="baja",
                acquired_on=date(2025, 2, 1),
                attributes={"conexion": "USB"},
            ),
            by=None,
        )


def _loan_pool(offices) -> None:
    """Laptops and projectors the desk lends: one loan overdue, one due this week."""
    technician = get_user_model().objects.filter(username="tecnico").first()
    mesa = SupportGroup.objects.filter(name=data.MESA).first()
    borrowers = list(get_user_model().objects.filter(username__in=["funcionario", "editor", "gerente"]))
    today = timezone.localdate()
    pool = []
    for n in range(1, 9):
        laptop = n <= 6
        pool.append(
            save_asset(
                Asset(
                    inventory_number=f"IDTI-PRE-{n:04d}",
                    kind="portatil" if laptop else "periferico",
                    name=f"Portátil de préstamo {n}" if laptop else f"Video proyector de préstamo {n - 6}",
                    brand="Lenovo" if laptop else "Epson",
                    model_name="ThinkPad E14" if laptop else "PowerLite X49",
                    location=offices[1],
                    responsible_group=mesa,
                    criticality="baja",
                    acquired_on=date(2024, 8, 1),
                    attributes={"ram_gb": 16, "sistema_operativo": "Windows 11 Pro"} if laptop else {},
                ),
                by=technician,
            )
        )
    for asset, holder, due in zip(
        (pool[0], pool[1], pool[6]),
        borrowers,
        (today - timedelta(days=5), today + timedelta(days=3), today + timedelta(days=10)),
        strict=False,
    ):
        check_out(
            asset,
            holder=holder,
            by=technician,
            condition="Con cargador y maletín.",
            kind="prestamo",
            due_back=due,
        )


#: number, name, brand, version, seats, expires
LICENCES = (
    ("IDTI-SW-0001", "Microsoft 365 Empresa Estándar", "Microsoft", "2026", 60, "2027-01-31"),
    ("IDTI-SW-0002", "Antivirus corporativo", "ESET", "PROTECT Entry", 70, "2027-03-15"),
    ("IDTI-SW-0003", "Adobe Acrobat Pro", "Adobe", "2025", 10, "2026-12-20"),
    ("IDTI-SW-0004", "AutoCAD", "Autodesk", "2026", 3, "2027-06-30"),
    ("IDTI-SW-0005", "ArcGIS Desktop", "Esri", "10.8", 2, "2027-02-28"),
    ("IDTI-SW-0006", "Software de copias de seguridad", "Veeam", "12", 4, "2027-05-31"),
    ("IDTI-SW-0007", "Windows Server Datacenter", "Microsoft", "2022", 2, ""),
    ("IDTI-SW-0008", "Firma digital de documentos", "Certicámara", "5", 15, "2027-01-10"),
)


def _software_and_network(offices) -> None:
    """The licences, the wireless access points on every floor, the firewall and the UPS."""
    infra = SupportGroup.objects.filter(name=data.INFRA).first()
    for number, name, brand, version, seats, expires in LICENCES:
        attributes = {
            "version": version,
            "puestos": seats,
            "tipo_licencia": "suscripción" if expires else "perpetua",
        }
        if expires:
            attributes["vence"] = expires
        save_asset(
            Asset(
                inventory_number=number,
                kind="software",
                name=name,
                brand=brand,
                responsible_group=infra,
                status=AssetStatus.IN_USE,
                criticality="media",
                acquired_on=date(2025, 2, 1),
                attributes=attributes,
            ),
            by=None,
        )
    for n in range(1, 13):
        save_asset(
            Asset(
                inventory_number=f"IDTI-AP-{n:04d}",
                kind="red",
                name=f"Punto de acceso inalámbrico {n}",
                brand="Ubiquiti",
                model_name="U6 Pro",
                serial=f"AP{n:06d}",
                location=offices[n % len(offices)],
                responsible_group=infra,
                status=AssetStatus.IN_USE,
                criticality="media",
                attributes={"direccion_ip": f"10.10.20.{n + 10}"},
            ),
            by=None,
        )
    for number, name, brand, model in (
        ("IDTI-RED-0100", "Firewall perimetral", "Fortinet", "FortiGate 100F"),
        ("IDTI-UPS-0001", "UPS del centro de datos", "APC", "Smart-UPS SRT 10kVA"),
        ("IDTI-UPS-0002", "UPS de la red de oficinas", "APC", "Smart-UPS 3000"),
    ):
        save_asset(
            Asset(
                inventory_number=number,
                kind="red" if "RED" in number else "periferico",
                name=name,
                brand=brand,
                model_name=model,
                location=offices[2],
                responsible_group=infra,
                status=AssetStatus.IN_USE,
                criticality="alta",
            ),
            by=None,
        )


def _name(person) -> str:
    return person.get_full_name() or person.username


def _computers(offices) -> None:
    """A computer for each member of staff: desktops for most, laptops for the IT office and the
    management; one in maintenance and one retired, with their history."""
    rng = random.Random(SEED)
    people = list(get_user_model().objects.filter(is_active=True).order_by("username"))
    technician = get_user_model().objects.filter(username="tecnico").first()
    mesa = SupportGroup.objects.filter(name=data.MESA).first()
    for n, person in enumerate(people, start=1):
        laptop = person.username in {"profesional_tic", "tecnico", "gerente", "administrador"} or n % 5 == 0
        kind = "portatil" if laptop else "escritorio"
        asset = save_asset(
            Asset(
                inventory_number=f"IDTI-{n:06d}",
                kind=kind,
                name=f"{'Portátil' if laptop else 'Computador'} de {_name(person)}",
                brand=rng.choice(["Lenovo", "HP", "Dell"]),
                model_name=rng.choice(["ThinkPad T14", "EliteBook 840", "Latitude 5440"])
                if laptop
                else rng.choice(["ThinkCentre M70", "ProDesk 400", "OptiPlex 7010"]),
                serial=f"SN{rng.randrange(10**9, 10**10)}",
                location=offices[n % len(offices)],
                custodian=person,
                responsible_group=mesa,
                criticality="baja",
                acquired_on=date(2022, 1, 20) + timedelta(days=30 * (n % 24)),
                acquisition_value=Decimal(rng.choice([2900000, 3400000, 4100000])),
                supplier="Colombia Compra Eficiente (Acuerdo Marco)",
                warranty_ends=date(2025, 1, 20) + timedelta(days=30 * (n % 24)),
                attributes={
                    "ram_gb": rng.choice([8, 16]),
                    "disco_gb": 512,
                    "sistema_operativo": "Windows 11 Pro",
                },
            ),
            by=technician,
        )
        assignment = check_out(
            asset,
            holder=person,
            by=technician,
            condition="Buen estado, con cargador." if laptop else "Buen estado.",
        )
        if n % 4:  # most have confirmed the receipt in the intranet
            acknowledge(assignment, user=person, note="Recibido.")
        if n == 3:
            change_status(
                asset,
                to=AssetStatus.IN_MAINTENANCE,
                by=technician,
                note="No enciende: revisión de la fuente.",
            )
    spare = save_asset(
        Asset(
            inventory_number="IDTI-000900",
            kind="escritorio",
            name="Computador de reemplazo",
            location=offices[1],
            criticality="baja",
        ),
        by=technician,
    )
    change_status(spare, to=AssetStatus.RETIRED, by=technician, note="Obsoleto: dado de baja por el comité.")
