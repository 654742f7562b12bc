"""The "Gestión de TIC" process sheet of the institute, exactly as approved.

Each activity: (phase, number, text, suppliers, inputs, responsible, outputs, clients).
Multi-line cells of the original sheet keep their line breaks.
"""

from governance.processes.models import CriterionKind, Phase, ProcessType

HEADER = {
    "code": "GTI",
    "name": "Gestión de TIC",
    "process_type": ProcessType.SUPPORT,
    "objective": (
        "Administrar y mantener la plataforma tecnológica y de comunicaciones en condiciones óptimas y "
        "de seguridad, proveer e implementar nuevas tecnologías acorde a las necesidades del Instituto."
    ),
    "leader": "Gerente",
    "footnotes": "¹ Incluye la página web.",
}

PROFESIONAL = "Profesional Especializado"
PLANEACION = "Planeación y Gestión Institucional"
CLIENTES = "Clientes Internos y Externos"

ACTIVITIES = (
    (
        Phase.PLAN,
        1,
        "Planificar las acciones e indicadores del proceso dirigidas a cumplir con el objetivo del mismo y "
        "los resultados esperados en el Plan Estratégico Institucional – PEI",
        "Consejo Directivo",
        "Plan Estratégico Institucional PEI\nPlan Indicativo\nPlan Financiero\nMetodología de Evaluación",
        PROFESIONAL,
        "Plan de Acción",
        PLANEACION,
    ),
    (
        Phase.PLAN,
        2,
        "Identificar y valorar los riesgos operativos, de Corrupción y de Seguridad de la Información que "
        "puedan afectar el desempeño del proceso, así como las oportunidades que puedan conducir a la "
        "adopción de nuevas prácticas para abordar las necesidades del Instituto o de los clientes "
        "Identificar y valorar los riesgos que puedan afectar el desempeño del proceso.",
        "",
        "",
        "",
        "Matriz de Riesgos",
        "Gestión del Riesgo",
    ),
    (
        Phase.PLAN,
        3,
        "Establecer los lineamientos para el desarrollo de los sistemas de información del Instituto para "
        "garantizar la adecuada administración de los recursos tecnológicos, infraestructura de datos y "
        "comunicaciones.",
        "",
        "",
        "",
        "Plan Estratégico de Tecnologías de la Información PETI",
        PLANEACION,
    ),
    (
        Phase.DO,
        1,
        "Implementar la estrategia de Gobierno Digital para garantizar el aprovechamiento de las TIC en "
        "función de una mejor prestación de servicios y la transparencia.",
        CLIENTES,
        "Aplicación Mesa de Ayuda GLPI",
        PROFESIONAL,
        "Plan de Gobierno Digital",
        CLIENTES,
    ),
    (Phase.DO, 2, "Realizar la gestión de cambios en la plataforma tecnológica", "", "", "", "", ""),
    (
        Phase.DO,
        3,
        "Administrar los accesos y autorizaciones a los aplicativos ¹ y servicios TIC.",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        Phase.DO,
        4,
        "Atender los incidentes de la plataforma tecnológica y soporte técnico a usuarios.",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        Phase.DO,
        5,
        "Brindar respaldo periódico y recuperación de información del Instituto.",
        "",
        "",
        "",
        "",
        "",
    ),
    (
        Phase.DO,
        6,
        "Efectuar mantenimiento y monitoreo de la plataforma tecnológica.",
        "",
        "",
        "",
        "Informes Estadísticos de atención a solicitudes, requerimientos e incidentes",
        "",
    ),
    (
        Phase.DO,
        7,
        "Administrar los activos y servicios tecnológicos.",
        "",
        "",
        PROFESIONAL,
        "Inventario de equipos, aplicaciones y servicios tecnológicos",
        "",
    ),
    (
        Phase.CHECK,
        1,
        "Realizar seguimiento, medición, análisis y evaluación del plan de acción del proceso a través de "
        "los mecanismos habilitados por el Instituto y dentro de los plazos establecidos.",
        PLANEACION,
        "Organización y Métodos",
        PROFESIONAL,
        "Informe de medición del Desempeño del Proceso",
        "Alta Dirección",
    ),
    (
        Phase.CHECK,
        2,
        "Evaluar el desempeño del proceso respecto al cumplimiento de los requisitos legales, "
        "reglamentarios y de las Normas ISO en las que se certifique.",
        "Órganos de Control Interno y Externos",
        "Plan de Auditoria",
        "Auditor",
        "Informe de Auditoria",
        "",
    ),
    (
        Phase.ACT,
        1,
        "Tomar las acciones necesarias para controlar y corregir desviaciones e incumplimientos "
        "detectados, prevenir o mitigar eventos de riesgos, reportar los eventos y/o incidentes de riesgo "
        "operacional, de corrupción y seguridad de la información asociados al proceso en cualquiera de "
        "las actividades, y mejorar la capacidad para cumplir con los requisitos del cliente y aumentar su "
        "satisfacción.",
        CLIENTES,
        "Hallazgo\nNo Conformidad\nReclamos\nAutoevaluación\nRevisión por la Dirección\nEventos de Riesgos",
        PROFESIONAL,
        "Plan de Mejoramiento",
        "Evaluación y Seguimiento",
    ),
)

PLANS = (("GTI-PL-01", "Plan Estratégico de Tecnologías de la Información PETI"),)

PROCEDURES = (
    ("GTI-PR-01", "Soporte Técnico TIC"),
    ("GTI-PR-02", "Mantenimiento de Activos y Servicios TIC"),
    ("GTI-PR-03", "Gestión de cambios"),
    ("GTI-PR-04", "Administración de usuarios de los Servicios TIC"),
    ("GTI-PR-05", "Monitoreo de Activos y Servicios TIC"),
    ("GTI-PR-06", "Backups de información"),
    ("GTI-PR-07", "Restauración e inicio de Operación en Contingencia"),
    ("GTI-PR-08", "Restauración y Retorno a la Operación Normal"),
    ("GTI-PR-09", "Control de Recursos Tecnológicos"),
)

CRITERIA = (
    (CriterionKind.LEGAL, "Ver Normograma", "/admin/governance/legalnorm/"),
    (CriterionKind.RISKS, "Ver Matriz de Riesgos", ""),
    (CriterionKind.MEASUREMENT, "Ver Indicadores de Gestión", "/admin/governance/indicator/"),
    (
        CriterionKind.RESOURCES,
        "Ver Estructura Organizacional\nPlanta de Personal\nPresupuesto\nAplicaciones Tecnológicas",
        "",
    ),
)
