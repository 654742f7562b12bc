"""Demo institute: the improvement plan fed by the internal audit and a risk event."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model

from governance.improvement import services
from governance.improvement.models import ImprovementAction
from governance.risks.models import Risk, RiskEvent

ACTIONS = (
    {
        "finding": "H02",
        "responsible": "profesional_tic",
        "root_cause_method": "cinco_porques",
        "root_cause": "El procedimiento de copias no fija la frecuencia de las pruebas de restauración ni "
        "quién las hace.",
        "correction": "Se hizo una prueba de restauración del sistema financiero el 2026-06-25.",
        "action": "Actualizar el procedimiento GTI-PR-07 con pruebas trimestrales de restauración, "
        "responsable y formato de acta; programarlas en el portal.",
        "action_type": "correctiva",
        "start_date": date(2026, 7, 1),
        "end_date": date(2026, 9, 30),
        "goal": "4 pruebas de restauración al año con acta",
        "deliverable": "Procedimiento GTI-PR-07 v2 y actas de prueba",
        "follow_ups": (
            (date(2026, 8, 14), 40, "Procedimiento actualizado en revisión."),
            (date(2026, 9, 26), 100, "Procedimiento aprobado y primera prueba trimestral ejecutada."),
        ),
        "evaluation": (
            date(2026, 10, 15),
            True,
            "Se verificaron las actas de julio y septiembre; la causa "
            "(falta de frecuencia definida) se eliminó.",
        ),
    },
    {
        "finding": "H03",
        "responsible": "tecnico",
        "root_cause_method": "lluvia_ideas",
        "root_cause": "La revisión de accesos depende de una sola persona y no tiene recordatorio.",
        "action": "Registrar en el portal la revisión mensual de accesos con su informe firmado.",
        "action_type": "mejora",
        "start_date": date(2026, 7, 1),
        "end_date": date(2026, 10, 31),
        "goal": "12 informes de revisión firmados al año",
        "deliverable": "Informes mensuales de revisión de accesos",
        "follow_ups": ((date(2026, 9, 1), 50, "Informes de julio y agosto firmados."),),
    },
    {
        "finding": "H04",
        "responsible": "profesional_tic",
        "root_cause_method": "ishikawa",
        "root_cause": "El formato del informe de desempeño no pide análisis de causas.",
        "action": "Incluir en el informe de desempeño el análisis de causas y acciones de los indicadores "
        "en amarillo o rojo.",
        "action_type": "mejora",
        "start_date": date(2026, 11, 1),
        "end_date": date(2026, 12, 15),
        "goal": "100 % de indicadores bajo la meta con análisis",
        "deliverable": "Informe de desempeño 2026-II",
        "follow_ups": (),
    },
)

EVENT = {
    "risk": "GTI-R03",
    "occurred_on": date(2026, 8, 4),
    "description": "La copia diaria del servidor de archivos falló tres días seguidos sin que nadie lo "
    "notara; se perdieron los cambios de un día al restaurar.",
    "impact": "Pérdida de un día de trabajo en el área financiera; 2 solicitudes a la mesa de servicios.",
}

EVENT_ACTION = {
    "responsible": "tecnico",
    "root_cause_method": "cinco_porques",
    "root_cause": "Las copias fallidas no generan alerta: el resultado solo se ve en la consola.",
    "correction": "Se repitió la copia y se restauró el último respaldo válido.",
    "action": "Registrar cada ejecución de copia en el portal con alerta por correo ante fallas.",
    "action_type": "correctiva",
    "start_date": date(2026, 8, 10),
    "end_date": date(2027, 1, 31),
    "goal": "100 % de copias fallidas alertadas el mismo día",
    "deliverable": "Monitoreo de copias con alertas",
    "follow_ups": ((date(2026, 10, 1), 30, "Alertas configuradas para el servidor de archivos."),),
}


def _create(initial: dict, spec: dict, users, by) -> ImprovementAction:
    spec = dict(spec)
    spec.pop("finding", None)
    follow_ups = spec.pop("follow_ups")
    evaluation = spec.pop("evaluation", None)
    responsible = users.get(username=spec.pop("responsible"))
    fields = {k: v for k, v in initial.items() if k not in ("finding", "risk_event", "process")}
    action = ImprovementAction(
        **{**fields, **spec},
        finding_id=initial.get("finding"),
        risk_event_id=initial.get("risk_event"),
        process_id=initial["process"],
        responsible=responsible,
        created_by=by,
    )
    action.full_clean()
    action.save()
    for when, progress, comment in follow_ups:
        services.add_follow_up(
            action=action,
            by=responsible,
            date=when,
            progress=progress,
            comment=comment,
            evidence_url="https://intranet.example.gov.co/evidencias/" + action.code.lower(),
        )
    if evaluation:
        on, effective, comment = evaluation
        auditor = users.get(username="auditor")
        services.evaluate(action=action, by=auditor, effective=effective, comment=comment, on=on)
    return action


def seed_improvement(audit) -> None:
    users = get_user_model().objects
    manager = users.filter(username="profesional_tic").first()
    if audit is None or manager is None or ImprovementAction.objects.exists():
        return
    findings = {finding.code.rsplit("-", 1)[1]: finding for finding in audit.findings.all()}
    for spec in ACTIONS:
        _create(services.initial_from_finding(findings[spec["finding"]]), spec, users, manager)
    risk = Risk.objects.filter(code=EVENT["risk"]).first()
    if risk is None:
        return
    event = RiskEvent.objects.create(
        risk=risk, **{k: v for k, v in EVENT.items() if k != "risk"}, created_by=manager
    )
    _create(services.initial_from_risk_event(event), EVENT_ACTION, users, manager)
