"""Demo institute: the risks of the Gestión de TIC process."""

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from governance.risks.models import Control, KeyRiskIndicator, Risk, RiskReview, TreatmentTask

RISKS = (
    {
        "code": "GTI-R01",
        "risk_type": "seguridad",
        "classification": "fallas_tecnologicas",
        "affectation": "reputacional",
        "immediate_cause": "la indisponibilidad del portal web institucional",
        "root_cause": "fallas del servidor sin redundancia ni monitoreo",
        "yearly_frequency": 365,
        "reputational_impact": "mayor",
        "loses_availability": True,
        "assets": "Portal web; servidor de aplicaciones",
        "causes": "Servidor único, sin balanceo; alertas no configuradas.",
        "consequences": "Ciudadanos sin acceso a trámites e información; quejas.",
        "treatment": "reducir",
        "controls": (
            (
                "El técnico de plataforma revisa cada hora el monitoreo del portal y escala las caídas "
                "a la mesa de servicios; queda registro en el ticket.",
                "preventivo",
                "automatico",
            ),
            (
                "El profesional TIC restaura el servicio desde la copia diaria siguiendo el procedimiento "
                "GTI-PR-07; deja acta de restauración.",
                "correctivo",
                "manual",
            ),
        ),
    },
    {
        "code": "GTI-R02",
        "risk_type": "seguridad",
        "classification": "fraude_externo",
        "affectation": "reputacional",
        "immediate_cause": "el acceso no autorizado a los sistemas de información",
        "root_cause": "contraseñas débiles y cuentas de retirados sin desactivar",
        "yearly_frequency": 200,
        "reputational_impact": "mayor",
        "loses_confidentiality": True,
        "loses_integrity": True,
        "assets": "Directorio de usuarios; sistema financiero",
        "treatment": "reducir",
        "controls": (
            (
                "Cada mes el profesional TIC revisa los accesos contra la planta de personal y retira los "
                "que no correspondan; deja el informe de revisión.",
                "detectivo",
                "manual",
            ),
        ),
    },
    {
        "code": "GTI-R03",
        "risk_type": "gestion",
        "classification": "fallas_tecnologicas",
        "affectation": "económica",
        "immediate_cause": "la pérdida de información institucional",
        "root_cause": "copias de seguridad fallidas o no probadas",
        "yearly_frequency": 12,
        "economic_impact_smlmv": Decimal(150),
        "loses_availability": True,
        "treatment": "reducir",
        "controls": (
            (
                "El técnico verifica a diario el resultado de las copias y repite las fallidas; el portal "
                "registra cada ejecución.",
                "preventivo",
                "automatico",
            ),
            ("Cada trimestre se hace una prueba de restauración con acta.", "detectivo", "manual"),
        ),
    },
    {
        "code": "GTI-R04",
        "risk_type": "corrupcion",
        "classification": "fraude_interno",
        "affectation": "económica",
        "immediate_cause": "el direccionamiento de la contratación de TI",
        "root_cause": "estudios previos hechos a la medida de un proveedor para beneficio particular",
        "yearly_frequency": 6,
        "corruption_yes_answers": 8,
        "treatment": "evitar",
        "controls": (
            (
                "El comité de contratación revisa que cada estudio previo tenga al menos tres cotizaciones "
                "y especificaciones neutras; deja acta.",
                "preventivo",
                "manual",
            ),
        ),
    },
)


def seed_risks(process) -> None:
    owner = get_user_model().objects.filter(username="profesional_tic").first()
    if owner is None:
        return
    for spec in RISKS:
        spec = dict(spec)
        controls = spec.pop("controls")
        if Risk.objects.filter(code=spec["code"]).exists():
            continue
        risk = Risk(process=process, owner=owner, **spec)
        for order, (description, kind, implementation) in enumerate(controls):
            risk.controls.add(
                Control(
                    description=description,
                    responsible="Oficina de TIC",
                    control_type=kind,
                    implementation=implementation,
                    sort_order=order,
                )
            )
        risk.full_clean()
        risk.save()


TREATMENT = {
    "GTI-R01": (
        (
            "Contratar monitoreo externo del portal con alertas por correo y SMS",
            "tecnico",
            date(2026, 9, 1),
            date(2026, 12, 31),
            None,
        ),
    ),
    "GTI-R02": (
        (
            "Activar el doble factor de autenticación en el correo y la VPN",
            "profesional_tic",
            date(2026, 8, 1),
            date(2026, 10, 31),
            None,
        ),
    ),
    "GTI-R03": (
        (
            "Prueba trimestral de restauración del sistema financiero",
            "tecnico",
            date(2026, 9, 1),
            date(2026, 9, 30),
            date(2026, 9, 25),
        ),
    ),
}

KEY_INDICATORS = {
    "GTI-R01": (
        "Disponibilidad mensual del portal",
        "minutos disponibles / minutos del mes × 100",
        "< 99,5 %",
        "Mensual",
    ),
    "GTI-R03": ("Copias fallidas sin repetir", "copias fallidas no repetidas en 24 h", "≥ 1", "Diaria"),
}


def seed_treatment() -> None:
    """Treatment tasks, key risk indicators and one monitoring record per demo risk."""
    users = get_user_model().objects
    for risk in Risk.objects.filter(code__in=[spec["code"] for spec in RISKS]):
        if risk.treatment_tasks.exists() or risk.reviews.exists():
            continue
        for order, (action, who, start, due, done) in enumerate(TREATMENT.get(risk.code, ())):
            TreatmentTask.objects.create(
                risk=risk,
                sort_order=order,
                action=action,
                responsible=users.get(username=who),
                start_date=start,
                due_date=due,
                completed_on=done,
            )
        if risk.code in KEY_INDICATORS:
            name, formula, threshold, frequency = KEY_INDICATORS[risk.code]
            KeyRiskIndicator.objects.create(
                risk=risk, name=name, formula=formula, threshold=threshold, frequency=frequency
            )
        RiskReview.objects.create(
            risk=risk,
            reviewed_on=date(2026, 7, 15),
            reviewer="Oficina de Control Interno",
            controls_applied=True,
            materialised=risk.code == "GTI-R03",
            observations="Monitoreo del primer semestre: controles aplicados según su diseño.",
        )
