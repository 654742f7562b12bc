"""Demo institute: categories 2 to 9 of the transparency menu — what a citizen opens first.

Items whose information the demo institute does not have yet are published as pending with a
due date (``PENDING``) instead of a placeholder text.
"""

from __future__ import annotations

from datetime import date

BODIES: dict[str, str] = {
    "2.1": (
        "<p>Normas que rigen al Instituto, organizadas por tipo. El normograma de abajo se actualiza cada "
        "vez que la Oficina Asesora Jurídica registra, modifica o deroga una norma.</p>"
    ),
    "2.1.1": (
        "<ul><li>Ley 1712 de 2014 — transparencia y acceso a la información pública nacional.</li>"
        "<li>Ley 1755 de 2015 — derecho fundamental de petición.</li>"
        "<li>Ley 1581 de 2012 — protección de datos personales.</li>"
        "<li>Ley 1341 de 2009 y Ley 1978 de 2019 — sector de tecnologías de la información y las "
        "comunicaciones.</li>"
        "<li>Ley 80 de 1993, Ley 1150 de 2007 y Ley 1474 de 2011 — contratación estatal y estatuto "
        "anticorrupción.</li>"
        "<li>Ley 2052 de 2020 — racionalización de trámites.</li></ul>"
    ),
    "2.1.2": (
        "<p>Decretos únicos reglamentarios que el Instituto aplica:</p><ul>"
        "<li>Decreto 1078 de 2015 — sector de Tecnologías de la Información y las Comunicaciones "
        "(Gobierno Digital).</li>"
        "<li>Decreto 1081 de 2015 — sector de la Presidencia de la República (transparencia).</li>"
        "<li>Decreto 1083 de 2015 — sector de Función Pública (empleo público y MIPG).</li>"
        "<li>Decreto 1082 de 2015 — sector de Planeación Nacional (contratación estatal).</li></ul>"
    ),
    "2.1.3": (
        "<ul><li>Ordenanza 045 de 2012 de la Asamblea Departamental del Cauca — crea el Instituto.</li>"
        "<li>Acuerdo 003 de 2013 de la Junta Directiva — estatutos y estructura orgánica.</li>"
        "<li>Acuerdo 007 de 2021 de la Junta Directiva — ajuste de la estructura y de la planta.</li>"
        "<li>Resolución 112 de 2023 — reglamento interno de PQRSD.</li>"
        "<li>Resolución MinTIC 1519 de 2020 — estándares de publicación, accesibilidad y datos "
        "abiertos.</li></ul>"
    ),
    "2.1.4": (
        "<p>El Instituto no tiene diario oficial propio. Sus acuerdos y resoluciones de carácter general "
        "se publican en la Gaceta Departamental del Cauca, que edita la Gobernación, y en el normograma "
        "de este portal (ítem 2.1).</p>"
    ),
    "2.1.5": (
        "<ul><li>Política de seguridad y privacidad de la información (Resolución 061 de 2024).</li>"
        "<li>Política de tratamiento de datos personales (Resolución 062 de 2024).</li>"
        "<li>Política de gestión documental y Programa de Gestión Documental.</li>"
        "<li>Manual específico de funciones y competencias laborales (Resolución 018 de 2022).</li>"
        "<li>Manual de contratación (ítem 3.4).</li>"
        "<li>Código de integridad del servicio público.</li></ul>"
        "<p>Los documentos vigentes se solicitan a la Secretaría General mientras se completa su carga en "
        "el portal.</p>"
    ),
    "2.1.6": (
        "<p>Proyectos de acto administrativo de carácter general que el Instituto prevé expedir en 2026:</p>"
        "<ol><li>Acuerdo de actualización del manual de contratación — segundo trimestre.</li>"
        "<li>Resolución de actualización del reglamento interno de PQRSD — tercer trimestre.</li>"
        "<li>Resolución de adopción de la política de datos abiertos — cuarto trimestre.</li></ol>"
        "<p>Cada proyecto se publica para comentarios ciudadanos (ítem 2.3) antes de su expedición.</p>"
    ),
    "2.2": "<p>Herramientas para buscar las normas que rigen al Instituto.</p>",
    "2.2.1": (
        "<p>Las leyes y decretos nacionales vigentes, con sus modificaciones y la jurisprudencia que las "
        "afecta, se consultan en SUIN-Juriscol, el sistema del Ministerio de Justicia y del Derecho.</p>"
    ),
    "2.2.2": (
        "<p>El normograma del Instituto (ítem 2.1) reúne las normas externas e internas que rigen sus "
        "procesos. Para buscar una norma, use el buscador del portal con su número o su tema.</p>"
    ),
    "2.3": "<p>Proyectos de actos de carácter general que el Instituto somete a comentarios.</p>",
    "2.3.1": (
        "<p>No hay proyectos en consulta en este momento. Cuando se publica uno, permanece al menos "
        "quince días calendario para comentarios, con su memoria justificativa.</p>"
    ),
    "2.3.3": (
        "<p>Cualquier persona puede comentar un proyecto normativo mientras está en consulta, por el "
        "formulario de PQRSD (tipo «sugerencia») o en el correo participacion@instituto-demo.example, "
        "indicando el proyecto y el artículo que comenta. El Instituto responde todos los comentarios en "
        "un informe global que se publica en el ítem 2.3.2.</p>"
    ),
    "3.1": (
        "<p>Plan Anual de Adquisiciones 2026, aprobado por el Comité Institucional de Gestión y Desempeño y "
        "publicado también en el SECOP II. Sus modificaciones se publican en el mismo lugar.</p>"
    ),
    "3.2": (
        "<p>Todos los procesos de contratación del Instituto, desde la planeación hasta la liquidación, se "
        "publican en el SECOP II, donde pueden consultarse por número de proceso o por objeto.</p>"
    ),
    "3.3": (
        "<p>Los informes de supervisión, las actas de pago y las modificaciones de los contratos se "
        "publican en el expediente electrónico de cada contrato en el SECOP II.</p>"
    ),
    "3.4": (
        "<p>El Manual de Contratación (Acuerdo 005 de 2022 de la Junta Directiva) regula las etapas "
        "precontractual, contractual y poscontractual. Como establecimiento público, el Instituto aplica "
        "el Estatuto General de Contratación (Ley 80 de 1993, Ley 1150 de 2007, Decreto 1082 de "
        "2015).</p><h2>Modalidades de selección</h2><ul>"
        "<li>Licitación pública — obras y bienes por encima de la menor cuantía.</li>"
        "<li>Selección abreviada — bienes de características técnicas uniformes y menor cuantía.</li>"
        "<li>Concurso de méritos — consultorías e interventorías.</li>"
        "<li>Contratación directa — causales del artículo 2 de la Ley 1150 de 2007.</li>"
        "<li>Mínima cuantía — hasta el 10 % de la menor cuantía.</li></ul>"
        "<h2>Supervisión</h2><p>Cada contrato tiene un supervisor designado por escrito, que verifica el "
        "cumplimiento y publica sus informes en el SECOP II.</p>"
    ),
    "3.5": (
        "<p>El Instituto usa los documentos tipo de Colombia Compra Eficiente para obra pública, "
        "interventoría y consultoría, y sus propios modelos para la mínima cuantía y la prestación de "
        "servicios. Los pliegos y contratos de cada proceso están en el SECOP II.</p>"
    ),
    "4.1": (
        "<p>Presupuesto de ingresos, gastos e inversión de la vigencia 2026, aprobado por el Acuerdo 010 de "
        "2025 de la Junta Directiva: $ 8.420 millones, de los cuales $ 5.130 millones son de inversión.</p>"
    ),
    "4.2": (
        "<p>Ejecución del presupuesto de la vigencia 2026 con corte al 30 de septiembre:</p><ul>"
        "<li>Apropiación definitiva: $ 8.420 millones.</li>"
        "<li>Compromisos: $ 6.180 millones (73 %).</li>"
        "<li>Obligaciones: $ 4.950 millones (59 %).</li>"
        "<li>Pagos: $ 4.710 millones (56 %).</li></ul>"
        "<p>El informe detallado por rubro se publica cada trimestre, dentro de los veinte días siguientes "
        "a su cierre.</p>"
    ),
    "4.3": (
        "<p>El Plan de Acción 2026 integra los planes institucionales del Decreto 612 de 2018:</p><ul>"
        "<li>Plan Anual de Adquisiciones.</li><li>Plan Estratégico de Talento Humano.</li>"
        "<li>Plan Institucional de Capacitación.</li><li>Plan Anticorrupción y de Atención al "
        "Ciudadano.</li><li>Plan Estratégico de Tecnologías de la Información (PETI).</li>"
        "<li>Plan de Tratamiento de Riesgos de Seguridad y Privacidad de la Información.</li>"
        "<li>Plan de Seguridad y Privacidad de la Información.</li></ul>"
    ),
    "4.4": (
        "<p>Proyectos de inversión de la vigencia 2026, registrados en el Banco de Programas y Proyectos de "
        "Inversión del departamento:</p><ol>"
        "<li><b>Fortalecimiento de las capacidades digitales de los municipios del Cauca</b> — "
        "$ 2.300 millones; 24 municipios con asistencia técnica en Gobierno Digital.</li>"
        "<li><b>Formación en competencias digitales para la ciudadanía</b> — $ 1.450 millones; 6.000 "
        "personas formadas.</li>"
        "<li><b>Modernización de la plataforma tecnológica del Instituto</b> — $ 1.380 millones.</li></ol>"
        "<p>El avance de cada proyecto se informa cada trimestre en el informe de gestión (ítem 4.7).</p>"
    ),
    "4.5": (
        "<p>El último empalme se hizo en enero de 2024, con el cambio de gerente. El informe de empalme "
        "y el acta de entrega de los asuntos a cargo de la Gerencia se solicitan a la Secretaría "
        "General.</p>"
    ),
    "4.6": (
        "<ul><li>Estados financieros de la vigencia 2025, con sus notas (Subdirección Financiera).</li>"
        "<li>Resultados del FURAG 2025: índice de desempeño institucional de 71,4 puntos.</li>"
        "<li>Informe de resultados de la encuesta de satisfacción de la ciudadanía 2025.</li></ul>"
        "<p>Los documentos se envían a quien los solicite por el formulario de PQRSD mientras se "
        "publican aquí.</p>"
    ),
    "4.7": (
        "<p>Informes de gestión del Instituto y resultados de las auditorías de la Contraloría "
        "Departamental del Cauca, con el plan de mejoramiento suscrito.</p>"
    ),
    "4.8": (
        "<p>Informes de la Oficina de Control Interno: pormenorizado del estado del control interno "
        "(semestral), evaluación independiente del sistema de control interno y seguimiento al Plan "
        "Anticorrupción y de Atención al Ciudadano.</p>"
    ),
    "4.9": (
        "<p>El Instituto registra sus procesos judiciales y conciliaciones en eKOGUI. A 30 de junio de "
        "2026 tenía 3 procesos en curso como demandado, con pretensiones por $ 412 millones, y el Comité "
        "de Conciliación sesionó 6 veces en el semestre.</p>"
    ),
    "4.10": (
        "<p>Informe trimestral de peticiones, quejas, reclamos, sugerencias y denuncias: número de "
        "solicitudes recibidas, trasladadas, tiempo de respuesta y solicitudes de información negadas.</p>"
    ),
    "5.1": (
        "<p>Los trámites y otros procedimientos administrativos del Instituto están inscritos en el SUIT "
        "y se consultan en GOV.CO, con su norma, requisitos, costo, formato y tiempo de respuesta:</p><ul>"
        "<li>Inscripción en programas de formación en competencias digitales — gratuito.</li>"
        "<li>Solicitud de asistencia técnica municipal — gratuito, para alcaldías.</li>"
        "<li>Certificado de participación en programas de formación — gratuito.</li></ul>"
    ),
    "6.1": (
        "<p>El Instituto promueve la participación ciudadana en la planeación, la ejecución y el control "
        "de su gestión, según la Ley 1757 de 2015. La Estrategia de Participación Ciudadana y Rendición de "
        "Cuentas 2026 hace parte del Plan Anticorrupción y de Atención al Ciudadano (ítem 4.3).</p>"
    ),
    "6.2": "<p>Los espacios de participación del Instituto, según las fases de la gestión pública.</p>",
    "6.2.5": (
        "<p>La audiencia pública de rendición de cuentas de la vigencia 2025 se realizó el 27 de noviembre "
        "de 2025 en Popayán, con transmisión en línea: asistieron 134 personas y se recibieron 41 "
        "preguntas, respondidas en la audiencia o por escrito en los quince días siguientes. La audiencia "
        "de la vigencia 2026 está prevista para noviembre.</p>"
    ),
    "7.1": (
        "<p>Instrumentos de la Ley 1712 de 2014 para gestionar la información pública del Instituto.</p>"
    ),
    "7.1.1": (
        "<p>Inventario de la información pública que genera, obtiene, adquiere o controla el Instituto, con "
        "su idioma, medio de conservación, formato y disponibilidad.</p>"
    ),
    "7.1.2": (
        "<p>Información del Instituto exceptuada del acceso público por los artículos 18 y 19 de la Ley "
        "1712 de 2014, con su fundamento, su alcance y el plazo de la excepción.</p>"
    ),
    "7.2": (
        "<p>El Instituto publica sus conjuntos de datos abiertos en el portal nacional datos.gov.co: "
        "municipios con asistencia técnica, personas formadas por municipio y ejecución presupuestal "
        "trimestral.</p>"
    ),
    "9.1": (
        "<p>Reportes de información que el Instituto está obligado a presentar, y a quién:</p><ul>"
        "<li>FURAG — avance de MIPG, a la Función Pública (anual).</li>"
        "<li>CHIP — información contable y presupuestal, a la Contaduría General de la Nación "
        "(trimestral).</li>"
        "<li>Rendición de la cuenta fiscal — a la Contraloría Departamental del Cauca (anual).</li>"
        "<li>SIGEP II — hojas de vida y declaraciones de bienes y rentas (permanente).</li>"
        "<li>ITA — índice de transparencia y acceso a la información, a la Procuraduría (anual).</li></ul>"
    ),
}

#: Items published as pending: days from the seeding date to the expected publication date.
PENDING: dict[str, int] = {
    "2.3.2": 30,
    "6.2.1": 45,
    "6.2.2": 60,
    "6.2.3": 45,
    "6.2.4": 75,
    "6.2.6": 60,
    "7.1.3": 30,
    "7.1.4": 90,
    "7.1.5": 90,
    "8.1": 60,
    "8.2": 60,
    "8.3": 75,
}

LINKS: dict[str, list[tuple[str, str]]] = {
    "2.2.1": [("SUIN-Juriscol", "https://www.suin-juriscol.gov.co/")],
    "3.1": [("SECOP II — Plan Anual de Adquisiciones", "https://community.secop.gov.co/")],
    "3.2": [("SECOP II — procesos del Instituto", "https://community.secop.gov.co/")],
    "3.3": [("SECOP II — ejecución de contratos", "https://community.secop.gov.co/")],
    "3.5": [("Colombia Compra Eficiente — documentos tipo", "https://www.colombiacompra.gov.co/")],
    "4.9": [
        ("eKOGUI — Agencia Nacional de Defensa Jurídica del Estado", "https://www.defensajuridica.gov.co/")
    ],
    "5.1": [
        ("Trámites del Instituto en GOV.CO", "https://www.gov.co/"),
        ("Sistema Único de Información de Trámites — SUIT", "https://www.funcionpublica.gov.co/web/suit"),
    ],
    "7.2": [("Datos abiertos del Instituto en datos.gov.co", "https://www.datos.gov.co/")],
}

DOCUMENTS: dict[str, tuple[str, date]] = {
    "3.1": ("Plan Anual de Adquisiciones 2026", date(2026, 1, 30)),
    "4.1": ("Presupuesto de ingresos y gastos 2026", date(2026, 1, 15)),
    "4.3": ("Plan de Acción 2026", date(2026, 1, 31)),
    "4.7": ("Informe de gestión 2025", date(2026, 2, 28)),
    "4.8": ("Informe pormenorizado de control interno — segundo semestre 2025", date(2026, 1, 20)),
    "4.10": ("Informe trimestral de PQRSD — tercer trimestre 2026", date(2026, 10, 15)),
}
