"""Demo institute: the 2026 action plan of Gestión de TIC, its indicators and measurements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model

from governance.planning.models import (
    ActionPlan,
    Indicator,
    IndicatorGoal,
    Measurement,
    PlanActivity,
    PlanStatus,
)

YEAR = 2026

PLAN_ACTIVITIES = (
    (
        "Actualizar y publicar el PETI 2024-2027 en su revisión anual",
        "PETI actualizado y publicado",
        20,
        date(2026, 1, 15),
        date(2026, 3, 31),
        "PETI versión 2026",
        100,
    ),
    (
        "Implementar la mesa de servicios con acuerdos de nivel de servicio",
        "100 % de solicitudes en la mesa",
        25,
        date(2026, 2, 1),
        date(2026, 9, 30),
        "Mesa de servicios en producción",
        80,
    ),
    (
        "Ejecutar el plan de copias de seguridad y pruebas de restauración",
        "12 pruebas de restauración",
        20,
        date(2026, 1, 1),
        date(2026, 12, 31),
        "Informes de pruebas",
        75,
    ),
    (
        "Mantener actualizado el menú de Transparencia",
        "100 % de ítems al día",
        15,
        date(2026, 1, 1),
        date(2026, 12, 31),
        "Matriz ITA diligenciada",
        70,
    ),
    (
        "Actualizar el inventario de activos de información",
        "Inventario 2026 aprobado",
        20,
        date(2026, 4, 1),
        date(2026, 11, 30),
        "Registro de Activos de Información",
        60,
    ),
)

INDICATORS = (
    {
        "code": "GTI-IND-01",
        "name": "Disponibilidad de los servicios tecnológicos críticos",
        "objective": "Medir el tiempo en que los servicios críticos estuvieron disponibles.",
        "indicator_type": "eficacia",
        "formula": "(Horas disponibles / Horas programadas) × 100",
        "numerator_description": "Horas en que los servicios críticos estuvieron disponibles",
        "denominator_description": "Horas programadas de servicio",
        "unit": "porcentaje",
        "baseline": Decimal("97.50"),
        "frequency": "trimestral",
        "data_source": "Informes de monitoreo de la plataforma",
        "responsible": "profesional_tic",
        "goal": Decimal("99.00"),
        "measurements": ((1, 2150, 2184), (2, 2170, 2184), (3, 2050, 2208)),
    },
    {
        "code": "GTI-IND-02",
        "name": "Solicitudes de soporte atendidas a tiempo",
        "objective": "Verificar que la mesa de servicios atienda las solicitudes a tiempo.",
        "indicator_type": "eficiencia",
        "formula": "(Solicitudes atendidas a tiempo / Solicitudes atendidas) × 100",
        "numerator_description": "Solicitudes atendidas dentro del tiempo acordado",
        "denominator_description": "Solicitudes atendidas en el periodo",
        "unit": "porcentaje",
        "baseline": Decimal("80.00"),
        "frequency": "trimestral",
        "data_source": "Mesa de ayuda GLPI",
        "responsible": "tecnico",
        "goal": Decimal("90.00"),
        "measurements": ((1, 312, 350), (2, 298, 330), (3, 0, 0)),
    },
    {
        "code": "GTI-IND-03",
        "name": "Ítems de transparencia actualizados",
        "objective": "Asegurar que la información publicada en el menú de Transparencia esté vigente.",
        "indicator_type": "efectividad",
        "formula": "(Ítems actualizados en el último año / Ítems que aplican) × 100",
        "numerator_description": "Ítems publicados con actualización de menos de un año",
        "denominator_description": "Ítems publicados que aplican a la entidad",
        "unit": "porcentaje",
        "baseline": Decimal("85.00"),
        "frequency": "semestral",
        "data_source": "Menú de Transparencia del portal",
        "responsible": "profesional_tic",
        "goal": Decimal("100.00"),
        "live_source": "transparencia_items_al_dia",
        "measurements": (),
    },
)


def seed_planning(process) -> None:
    users = {
        user.username: user
        for user in get_user_model().objects.filter(username__in=["profesional_tic", "tecnico"])
    }
    plan, created = ActionPlan.objects.get_or_create(
        process=process, year=YEAR, defaults={"status": PlanStatus.SUBMITTED}
    )
    if created:
        for order, (description, goal, weight, start, end, deliverable, progress) in enumerate(
            PLAN_ACTIVITIES
        ):
            PlanActivity.objects.create(
                plan=plan,
                sort_order=order,
                description=description,
                goal=goal,
                weight=Decimal(weight),
                responsible="Profesional Especializado",
                starts_on=start,
                ends_on=end,
                deliverable=deliverable,
                progress=Decimal(progress),
            )
    for spec in INDICATORS:
        spec = dict(spec)
        goal, measurements = spec.pop("goal"), spec.pop("measurements")
        responsible = users.get(spec.pop("responsible"))
        if responsible is None or Indicator.objects.filter(code=spec["code"]).exists():
            continue
        indicator = Indicator.objects.create(process=process, responsible=responsible, **spec)
        IndicatorGoal.objects.create(indicator=indicator, year=YEAR, period=None, value=goal)
        for period, numerator, denominator in measurements:
            Measurement.objects.create(
                indicator=indicator,
                year=YEAR,
                period=period,
                numerator=numerator,
                denominator=denominator,
                analysis="Resultado revisado en el comité del proceso.",
            )
