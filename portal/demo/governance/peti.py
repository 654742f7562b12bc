"""Demo institute: the PETI 2024–2027 with its analysis and roadmap."""

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from governance.peti.models import (
    CurrentStateFinding,
    Gap,
    Initiative,
    Milestone,
    StrategicPlan,
    StrategicRupture,
)

RUPTURES = (
    "La tecnología es un habilitador de la estrategia institucional, no un gasto de soporte.",
    "La información es un activo que se gestiona, se protege y se publica como dato abierto.",
    "Los servicios se diseñan desde la experiencia del ciudadano y del funcionario.",
)
FINDINGS = (
    ("estrategia", "El PETI anterior no tenía indicadores de seguimiento ni hoja de ruta presupuestada."),
    ("gobierno", "No existe un comité de cambios: los cambios en producción no se documentan."),
    ("informacion", "El Registro de Activos de Información está desactualizado desde 2021."),
    ("sistemas", "Tres aplicativos misionales no tienen soporte del fabricante."),
    ("servicios", "La mesa de ayuda no mide acuerdos de nivel de servicio."),
    ("apropiacion", "El 40 % de los funcionarios no conoce los servicios de la oficina de TIC."),
)
GAPS = (
    (
        "gobierno",
        "Cambios sin control ni evaluación de riesgo",
        "Gestión de cambios con aprobación y plan de reversa",
    ),
    (
        "servicios",
        "Soporte sin tiempos de atención medidos",
        "Mesa de servicios con ANS y reportes mensuales",
    ),
    (
        "informacion",
        "Inventario de activos desactualizado",
        "Registro de Activos publicado y revisado cada año",
    ),
)
INITIATIVES = (
    (
        "PETI-01",
        "Mesa de servicios con acuerdos de nivel de servicio",
        "servicios",
        "alta",
        2024,
        Decimal(85_000_000),
        "terminada",
        100,
    ),
    (
        "PETI-02",
        "Gestión de cambios y comité asesor de cambios",
        "gobierno",
        "alta",
        2025,
        Decimal(20_000_000),
        "en_curso",
        60,
    ),
    (
        "PETI-03",
        "Copias de seguridad con pruebas de restauración",
        "servicios",
        "alta",
        2025,
        Decimal(60_000_000),
        "en_curso",
        75,
    ),
    (
        "PETI-04",
        "Actualización del Registro de Activos de Información",
        "informacion",
        "media",
        2026,
        Decimal(15_000_000),
        "planeada",
        0,
    ),
    (
        "PETI-05",
        "Renovación de aplicativos misionales sin soporte",
        "sistemas",
        "media",
        2027,
        Decimal(450_000_000),
        "planeada",
        0,
    ),
    (
        "PETI-06",
        "Estrategia de uso y apropiación de servicios TIC",
        "apropiacion",
        "baja",
        2026,
        Decimal(12_000_000),
        "planeada",
        0,
    ),
)


def seed_peti() -> StrategicPlan:
    plan, created = StrategicPlan.objects.get_or_create(
        start_year=2024,
        end_year=2027,
        defaults={
            "title": "Plan Estratégico de Tecnologías de la Información",
            "summary": "Hoja de ruta de la transformación digital del Instituto.",
        },
    )
    if created:
        for order, text in enumerate(RUPTURES):
            StrategicRupture.objects.create(plan=plan, sort_order=order, text=text)
        for order, (domain, text) in enumerate(FINDINGS):
            CurrentStateFinding.objects.create(plan=plan, sort_order=order, domain=domain, text=text)
        for order, (domain, current, target) in enumerate(GAPS):
            Gap.objects.create(
                plan=plan, sort_order=order, domain=domain, current_state=current, target_state=target
            )
    responsible = get_user_model().objects.filter(username="profesional_tic").first()
    if responsible is None:
        return plan
    for code, name, domain, priority, year, cost, status, progress in INITIATIVES:
        if Initiative.objects.filter(code=code).exists():
            continue
        initiative = Initiative.objects.create(
            plan=plan,
            code=code,
            name=name,
            domain=domain,
            priority=priority,
            year=year,
            cost=cost,
            status=status,
            progress=Decimal(progress),
            responsible=responsible,
        )
        Milestone.objects.create(
            initiative=initiative, name="Diseño aprobado", due_on=date(year, 3, 31), done=progress >= 50
        )
        Milestone.objects.create(
            initiative=initiative,
            name="Puesta en producción",
            due_on=date(year, 11, 30),
            done=progress == 100,
        )
    return plan
