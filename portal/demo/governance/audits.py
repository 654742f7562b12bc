"""Demo institute: the 2026 audit programme and the internal audit of Gestión de TIC."""

from __future__ import annotations

from datetime import date

from django.contrib.auth import get_user_model

from governance.audits.models import Audit, AuditProgramme, AuditStatus, ChecklistItem, Finding

YEAR = 2026

CHECKLIST = (
    (
        "ISO 9001 7.5",
        "¿La información documentada del proceso está aprobada y vigente?",
        "cumple",
        "Caracterización GTI-CA-01 v1 aprobada el 2024-03-15; procedimientos vigentes.",
    ),
    (
        "ISO 27001 A.8.13",
        "¿Las copias de seguridad se prueban según la política?",
        "no_cumple",
        "No hay actas de prueba de restauración del primer semestre.",
    ),
    (
        "ISO 27001 A.5.18",
        "¿Se revisan periódicamente los derechos de acceso?",
        "no_cumple",
        "Revisiones de marzo y abril sin informe firmado.",
    ),
    (
        "ISO 9001 9.1.3",
        "¿Se analizan los resultados de los indicadores del proceso?",
        "cumple",
        "Informe de desempeño del primer semestre; análisis breve.",
    ),
    (
        "Ley 1712 de 2014",
        "¿El menú de transparencia publica la información mínima?",
        "cumple",
        "Menú «Transparencia y acceso a la información pública» con todos los ítems publicados; algunos "
        "en preparación con fecha prevista.",
    ),
)

FINDINGS = (
    (
        "H01",
        "conformidad",
        "Ley 1712 de 2014, art. 9",
        "El menú de transparencia publica todos los ítems del Anexo 2; la información de algunos está en "
        "preparación y la página de cada uno indica la fecha prevista de publicación.",
        None,  # counted in the published menu: see _transparency_evidence()
    ),
    (
        "H02",
        "nc_menor",
        "ISO/IEC 27001:2022 A.8.13",
        "No se evidencian pruebas de restauración de las copias de seguridad en el primer semestre de 2026.",
        "Entrevista al técnico de plataforma; carpeta de actas de restauración vacía para enero-junio.",
    ),
    (
        "H03",
        "observacion",
        "ISO/IEC 27001:2022 A.5.18",
        "Las revisiones mensuales de accesos se hacen pero no siempre queda el informe firmado.",
        "Informes de revisión de enero y febrero firmados; marzo y abril sin firma.",
    ),
    (
        "H04",
        "oportunidad",
        "ISO 9001:2015 9.1.3",
        "El análisis de los indicadores podría incluir causas y acciones cuando no se alcanza la meta.",
        "Informe de desempeño 2026-I: el indicador de disponibilidad quedó en amarillo "
        "sin análisis de causas.",
    ),
)


def _transparency_evidence() -> str:
    """What the auditor counted in the menu as the demo published it."""
    from portal.demo.transparency import summary

    counts = summary()
    if not counts["total"]:
        return "Revisión del menú de transparencia el 2026-06-10."
    return (
        f"Revisión del menú de transparencia el 2026-06-10: de {counts['total']} ítems del Anexo 2, "
        f"{counts['content']} con contenido, {counts['pending']} en preparación con fecha prevista de "
        f"publicación y {counts['not_applicable']} con justificación de no aplicabilidad."
    )


def seed_audits(process) -> Audit | None:
    users = get_user_model().objects
    auditor = users.filter(username="auditor").first()
    if auditor is None:
        return None
    programme, _ = AuditProgramme.objects.get_or_create(
        year=YEAR,
        defaults={
            "objective": "Verificar la conformidad de los procesos con ISO 9001, ISO/IEC 27001 y los "
            "requisitos legales, y la eficacia de los controles de los riesgos.",
            "scope": "Procesos estratégicos, misionales y de apoyo; prioridad a los de mayor riesgo "
            "residual.",
            "resources": "Dos auditores internos de la Oficina de Control Interno; 120 horas.",
            "responsible": auditor,
            "approved_on": date(2026, 1, 30),
            "created_by": auditor,
        },
    )
    audit = Audit.objects.filter(code="AI-2026-03").first()
    if audit is not None:
        return audit
    audit = Audit(
        programme=programme,
        code="AI-2026-03",
        process=process,
        objective="Determinar la conformidad del proceso Gestión de TIC con los criterios y la eficacia de "
        "los controles de sus riesgos.",
        scope="Actividades del proceso entre julio de 2025 y mayo de 2026: planeación, mesa de servicios, "
        "copias de seguridad, accesos y Gobierno Digital.",
        criteria=["iso9001", "iso27001", "legal"],
        criteria_detail="ISO 9001:2015 cap. 7-10; ISO/IEC 27001:2022 Anexo A; Ley 1712 de 2014; "
        "Resolución MinTIC 1519 de 2020.",
        start_date=date(2026, 6, 9),
        end_date=date(2026, 6, 12),
        lead_auditor=auditor,
        plan="9 jun: reunión de apertura. 10-11 jun: entrevistas y revisión de evidencias. "
        "12 jun: reunión de cierre.",
        status=AuditStatus.REPORTED,
        conclusions="El proceso es conforme en lo documental y en transparencia, con ítems del menú en "
        "preparación que deben publicarse en las fechas previstas. Se requiere acción "
        "correctiva sobre las pruebas de restauración y fortalecer la evidencia de revisión de accesos.",
        report_date=date(2026, 6, 20),
        created_by=auditor,
    )
    for order, (clause, question, result, notes) in enumerate(CHECKLIST):
        audit.checklist.add(
            ChecklistItem(sort_order=order, clause=clause, question=question, result=result, notes=notes)
        )
    # A ParentalManyToManyField is written by save(): set the team first.
    audit.team.set([auditor])
    audit.save()
    for code, kind, clause, description, evidence in FINDINGS:
        Finding.objects.create(
            audit=audit,
            code=f"{audit.code}-{code}",
            kind=kind,
            clause=clause,
            description=description,
            evidence=_transparency_evidence() if evidence is None else evidence,
            created_by=auditor,
        )
    return audit
