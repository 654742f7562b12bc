"""Demo institute: category 1 of the transparency menu (Información de la entidad), item by item.

Fictional but plausible content, written with the rich-text features the item body allows
(headings, lists, bold, links): no tables, no images.
"""

from __future__ import annotations

from html import escape

#: The staff directory (1.5): name, position, dependency, e-mail user, extension.
STAFF = (
    ("Laura Marcela Idrobo Muñoz", "Gerente", "Gerencia", "gerencia", "101"),
    ("Andrés Felipe Chantre Ortega", "Secretario General", "Secretaría General", "secretariageneral", "110"),
    (
        "Diana Patricia Velasco Ruiz",
        "Jefe de Oficina Asesora de Planeación",
        "Oficina Asesora de Planeación",
        "planeacion",
        "120",
    ),
    (
        "Carlos Eduardo Muñoz Bolaños",
        "Jefe de Oficina Asesora Jurídica",
        "Oficina Asesora Jurídica",
        "juridica",
        "130",
    ),
    (
        "Sandra Milena Guzmán Pito",
        "Jefe de Oficina de Control Interno",
        "Oficina de Control Interno",
        "controlinterno",
        "140",
    ),
    ("Jorge Iván Paz Caicedo", "Subdirector Financiero", "Subdirección Financiera", "financiera", "150"),
    (
        "María Fernanda Ledezma Zúñiga",
        "Profesional Especializado — líder de Gestión de TIC",
        "Oficina de TIC",
        "tic",
        "160",
    ),
    (
        "Óscar Julián Anacona Realpe",
        "Técnico Administrativo — plataforma tecnológica",
        "Oficina de TIC",
        "soporte",
        "161",
    ),
    (
        "Natalia Andrea Sarria Collazos",
        "Profesional Universitario — contratación",
        "Secretaría General",
        "contratacion",
        "112",
    ),
    (
        "Luis Alberto Yandé Campo",
        "Auxiliar Administrativo — atención al ciudadano",
        "Secretaría General",
        "atencionciudadano",
        "100",
    ),
)

DOMAIN = "instituto-demo.example"
PHONE = "+57 602 820 0000"


def _staff_directory() -> str:
    people = []
    for name, position, dependency, user, extension in STAFF:
        email = f"{user}@{DOMAIN}"
        people.append(
            f"<li><b>{escape(name)}</b><ul>"
            f"<li>Cargo: {escape(position)}</li>"
            f"<li>Dependencia: {escape(dependency)}</li>"
            f'<li>Correo: <a href="mailto:{email}">{email}</a></li>'
            f"<li>Teléfono: {PHONE}, extensión {extension}</li>"
            "</ul></li>"
        )
    return (
        "<p>Directorio de los servidores públicos del Instituto, con corte al último día hábil del mes "
        "anterior. La información completa de cada servidor (formación académica, experiencia, "
        "escala salarial) se consulta en el SIGEP II de la Función Pública (ítem 1.14).</p>"
        "<h2>Servidores públicos</h2>"
        f"<ul>{''.join(people)}</ul>"
        "<h2>Contratistas de prestación de servicios</h2>"
        "<p>Los contratos de prestación de servicios de personas naturales, con su objeto, valor, plazo y "
        "supervisor, se publican en el SECOP II (ítem 3.2). La planta de personal aprobada por la Junta "
        "Directiva es de 38 empleos; a la fecha hay 34 provistos.</p>"
    )


BODIES: dict[str, str] = {
    "1.1": (
        "<h2>Misión</h2><p>Promover el desarrollo tecnológico y la innovación en el departamento del Cauca "
        "mediante servicios de asistencia técnica, formación y transferencia de conocimiento a los "
        "municipios y a las organizaciones sociales y productivas.</p>"
        "<h2>Visión</h2><p>En 2030 seremos la entidad de referencia del suroccidente colombiano en "
        "apropiación de tecnología para la gestión pública.</p>"
        "<h2>Funciones</h2><p>Según la Ordenanza 045 de 2012 de la Asamblea Departamental del Cauca, que "
        "creó el Instituto:</p><ol>"
        "<li>Formular y ejecutar planes, programas y proyectos de ciencia, tecnología e innovación del "
        "departamento.</li>"
        "<li>Prestar asistencia técnica a los municipios en gobierno digital y gestión de la "
        "información.</li>"
        "<li>Ofrecer formación en competencias digitales a servidores públicos y a la ciudadanía.</li>"
        "<li>Administrar la plataforma tecnológica del Instituto y los servicios que presta en línea.</li>"
        "<li>Gestionar recursos de cooperación para proyectos de innovación pública.</li></ol>"
        "<h2>Deberes</h2><ul>"
        "<li>Atender las peticiones, quejas, reclamos, sugerencias y denuncias en los términos de la Ley "
        "1755 de 2015.</li>"
        "<li>Publicar la información pública en los términos de la Ley 1712 de 2014.</li>"
        "<li>Rendir cuentas a la ciudadanía y a los organismos de control.</li>"
        "<li>Proteger los datos personales que trata, conforme a la Ley 1581 de 2012.</li></ul>"
    ),
    "1.2": (
        "<p>Estructura orgánica adoptada por el Acuerdo 003 de 2013 de la Junta Directiva y ajustada por el "
        "Acuerdo 007 de 2021. La lista muestra cada dependencia debajo de aquella de la que depende.</p>"
        "<ul><li><b>Junta Directiva</b> — presidida por el Gobernador del Cauca o su delegado."
        "<ul><li><b>Gerencia</b> — dirige el Instituto y lo representa legalmente."
        "<ul>"
        "<li><b>Oficina de Control Interno</b> — evalúa de forma independiente el sistema de control "
        "interno.</li>"
        "<li><b>Oficina Asesora de Planeación</b> — planes, proyectos de inversión, MIPG e indicadores.</li>"
        "<li><b>Oficina Asesora Jurídica</b> — defensa judicial, conceptos y normograma.</li>"
        "<li><b>Oficina de TIC</b> — plataforma tecnológica, seguridad de la información y Gobierno "
        "Digital.</li>"
        "<li><b>Secretaría General</b> — talento humano, contratación, gestión documental, bienes y "
        "servicios y atención al ciudadano.</li>"
        "<li><b>Subdirección Financiera</b> — presupuesto, contabilidad y tesorería.</li>"
        "<li><b>Subdirección de Innovación y Transferencia Tecnológica</b> — asistencia técnica, "
        "formación y proyectos con los municipios.</li>"
        "</ul></li></ul></li></ul>"
        "<p>Órganos de coordinación: Comité Institucional de Gestión y Desempeño, Comité Institucional de "
        "Coordinación de Control Interno y Comité de Conciliación.</p>"
    ),
    "1.3": (
        "<p>El Instituto gestiona su trabajo por procesos, según el Modelo Integrado de Planeación y "
        "Gestión (MIPG) y la norma ISO 9001:2015. Cada proceso tiene una caracterización con su objetivo, "
        "líder, entradas, actividades, salidas, riesgos e indicadores, que se solicita a la Oficina Asesora "
        "de Planeación o se consulta en el sistema de gestión.</p>"
        "<h2>Procesos estratégicos</h2><ul>"
        "<li>Planeación y Gestión Institucional</li><li>Gestión del Riesgo</li>"
        "<li>Comunicaciones y Relacionamiento con la Ciudadanía</li></ul>"
        "<h2>Procesos misionales</h2><ul>"
        "<li>Asistencia Técnica a Municipios</li><li>Formación en Competencias Digitales</li>"
        "<li>Innovación y Transferencia Tecnológica</li></ul>"
        "<h2>Procesos de apoyo</h2><ul>"
        "<li>Gestión del Talento Humano</li><li>Gestión Financiera</li><li>Gestión Contractual</li>"
        "<li>Gestión Documental</li><li>Gestión Jurídica</li><li>Gestión de TIC</li>"
        "<li>Atención al Ciudadano</li></ul>"
        "<h2>Procesos de evaluación</h2><ul>"
        "<li>Evaluación y Seguimiento (control interno)</li><li>Mejora Continua</li></ul>"
    ),
    "1.4": (
        "<h2>Sede principal</h2><ul>"
        "<li>Dirección: Calle 5 # 4-70, piso 3, Popayán, Cauca (código postal 190003).</li>"
        "<li>Horario: lunes a viernes de 8:00 a. m. a 12:00 m. y de 2:00 p. m. a 6:00 p. m.</li>"
        f"<li>Teléfono: {PHONE}; línea gratuita 01 8000 910 000.</li>"
        f'<li>Correo: <a href="mailto:contactenos@{DOMAIN}">contactenos@{DOMAIN}</a></li></ul>'
        "<h2>Centro de Innovación de Santander de Quilichao</h2><ul>"
        "<li>Dirección: Carrera 10 # 3-25, Santander de Quilichao, Cauca.</li>"
        "<li>Horario: martes a sábado de 8:00 a. m. a 4:00 p. m.</li>"
        "<li>Teléfono: +57 602 829 1100.</li></ul>"
        "<h2>Dependencias</h2><p>Todas funcionan en la sede principal: Gerencia (piso 3), Secretaría "
        "General y ventanilla única de atención (piso 1), Oficina Asesora de Planeación, Oficina Asesora "
        "Jurídica, Oficina de Control Interno, Subdirección Financiera, Subdirección de Innovación y "
        "Transferencia Tecnológica y Oficina de TIC (piso 3).</p>"
    ),
    "1.5": _staff_directory(),
    "1.6": (
        "<p>Entidades con las que el Instituto se relaciona en el ejercicio de sus funciones:</p>"
        "<h2>Orden nacional</h2><ul>"
        '<li><a href="https://www.mintic.gov.co/">Ministerio de Tecnologías de la Información y las '
        "Comunicaciones</a></li>"
        '<li><a href="https://www.minciencias.gov.co/">Ministerio de Ciencia, Tecnología e '
        "Innovación</a></li>"
        '<li><a href="https://www.funcionpublica.gov.co/">Departamento Administrativo de la Función '
        "Pública</a></li>"
        '<li><a href="https://www.colombiacompra.gov.co/">Agencia Nacional de Contratación Pública — '
        "Colombia Compra Eficiente</a></li></ul>"
        "<h2>Orden departamental</h2><ul>"
        '<li><a href="https://www.cauca.gov.co/">Gobernación del Cauca</a> y sus secretarías</li>'
        "<li>Asamblea Departamental del Cauca</li></ul>"
        "<h2>Orden municipal</h2><p>Las 42 alcaldías del departamento, con las que el Instituto suscribe "
        "convenios de asistencia técnica.</p>"
    ),
    "1.7": (
        "<p>Organizaciones con las que el Instituto trabaja de forma regular:</p><ul>"
        "<li><b>Cámara de Comercio del Cauca</b> — programas de transformación digital de empresas.</li>"
        "<li><b>Universidad del Cauca</b> y <b>Corporación Universitaria Comfacauca</b> — convenios de "
        "investigación y prácticas.</li>"
        "<li><b>Red Departamental de Juntas de Acción Comunal</b> — formación en competencias "
        "digitales.</li>"
        "<li><b>Asociación de Cabildos Indígenas del Norte del Cauca (ACIN)</b> — conectividad y "
        "apropiación con enfoque diferencial.</li>"
        "<li><b>Mesa Departamental de Mujeres del Cauca</b> — programa Mujeres TIC.</li></ul>"
        "<p>Las organizaciones que quieran ser incluidas pueden escribir a "
        f'<a href="mailto:participacion@{DOMAIN}">participacion@{DOMAIN}</a>.</p>'
    ),
    "1.8": (
        "<h2>Canales de atención</h2><ul>"
        "<li><b>Presencial:</b> ventanilla única, Calle 5 # 4-70, piso 1, Popayán; lunes a viernes de "
        "8:00 a. m. a 12:00 m. y de 2:00 p. m. a 6:00 p. m.</li>"
        f"<li><b>Telefónico:</b> {PHONE} y línea gratuita 01 8000 910 000, en el mismo horario.</li>"
        "<li><b>Virtual:</b> formulario de PQRSD del portal y correo "
        f'<a href="mailto:contactenos@{DOMAIN}">contactenos@{DOMAIN}</a>, todos los días; lo recibido '
        "fuera del horario se radica el día hábil siguiente.</li></ul>"
        "<h2>Normas que rigen la atención</h2><ul>"
        "<li>Ley 1755 de 2015 (derecho de petición) y Ley 1437 de 2011.</li>"
        "<li>Ley 1712 de 2014 (transparencia y acceso a la información pública).</li>"
        "<li>Resolución 112 de 2023 del Instituto: reglamento interno de trámite de PQRSD.</li></ul>"
        "<h2>Protocolo de atención</h2><p>El Protocolo de Servicio al Ciudadano (versión 3, 2025) define "
        "el saludo, la identificación de la solicitud, la atención preferencial a personas con "
        "discapacidad, adultos mayores, mujeres gestantes y niños, y el uso de intérprete de lengua de "
        "señas colombiana a solicitud, con un día hábil de anticipación.</p>"
    ),
    "1.9": (
        "<p>Las decisiones del Instituto se toman así:</p><ol>"
        "<li><b>Junta Directiva:</b> aprueba el plan estratégico, el presupuesto anual, la estructura y la "
        "planta de personal mediante acuerdos, en sesiones ordinarias trimestrales con quórum de la mitad "
        "más uno de sus miembros.</li>"
        "<li><b>Gerencia:</b> adopta las decisiones administrativas mediante resoluciones, previa revisión "
        "jurídica de la Oficina Asesora Jurídica.</li>"
        "<li><b>Comité Institucional de Gestión y Desempeño:</b> aprueba los planes institucionales del "
        "Decreto 612 de 2018 y hace seguimiento a MIPG; se reúne al menos una vez por trimestre y deja "
        "acta.</li>"
        "<li><b>Comité de Contratación:</b> recomienda la apertura y adjudicación de los procesos de "
        "selección de mayor cuantía.</li></ol>"
        "<p>Los proyectos de actos de carácter general se publican para comentarios (ítem 2.3) antes de "
        "su expedición.</p>"
    ),
    "1.10": (
        "<p>Cualquier persona puede presentar peticiones, quejas, reclamos, sugerencias y denuncias "
        "(PQRSD), sin necesidad de abogado y sin costo:</p><ul>"
        "<li>En el formulario electrónico de PQRSD de este portal, que entrega un número de radicado para "
        "hacer seguimiento.</li>"
        "<li>En la ventanilla única de la sede principal.</li>"
        f'<li>En el correo <a href="mailto:contactenos@{DOMAIN}">contactenos@{DOMAIN}</a>.</li>'
        "<li>Por teléfono, en la línea gratuita 01 8000 910 000.</li></ul>"
        "<p>Plazos de respuesta (Ley 1755 de 2015): 15 días hábiles para peticiones, 10 para solicitudes "
        "de información y 30 para consultas. Las denuncias por posibles actos de corrupción también se "
        "reciben en la línea anticorrupción +57 602 820 0099.</p>"
    ),
    "1.11": (
        "<p>Actividades abiertas a la ciudadanía programadas para el año:</p><ul>"
        "<li><b>Febrero:</b> publicación del Plan de Acción y del Plan Anual de Adquisiciones.</li>"
        "<li><b>Abril:</b> Semana de la Innovación Pública del Cauca, en Popayán.</li>"
        "<li><b>Junio:</b> jornadas de formación en competencias digitales en Santander de Quilichao, "
        "Piendamó y El Bordo.</li>"
        "<li><b>Septiembre:</b> mesa de diálogo con organizaciones sociales sobre conectividad rural.</li>"
        "<li><b>Noviembre:</b> audiencia pública de rendición de cuentas.</li></ul>"
        "<p>Las fechas exactas y los lugares se anuncian en la sección de noticias con al menos quince "
        "días de anticipación.</p>"
    ),
    "1.12": (
        "<p>Decisiones recientes del Instituto que pueden afectar a la ciudadanía:</p><ul>"
        "<li><b>Resolución 112 de 2023:</b> reglamento interno de trámite de PQRSD.</li>"
        "<li><b>Resolución 045 de 2025:</b> horario de atención al público y cierre de la ventanilla los "
        "sábados.</li>"
        "<li><b>Acuerdo 002 de 2026 de la Junta Directiva:</b> criterios de priorización de los municipios "
        "beneficiarios de asistencia técnica en 2026.</li></ul>"
        "<p>El texto completo de estos actos está en el normograma (ítem 2.1).</p>"
    ),
    "1.13": (
        "<p>Entes y autoridades que vigilan al Instituto y tipo de control que ejercen:</p><ul>"
        "<li><b>Contraloría Departamental del Cauca</b> — control fiscal; el Instituto le rinde la cuenta "
        "anual en el aplicativo que la Contraloría dispone.</li>"
        '<li><b><a href="https://www.procuraduria.gov.co/">Procuraduría General de la Nación</a></b> — '
        "control disciplinario y preventivo, a través de la Procuraduría Regional del Cauca.</li>"
        "<li><b>Personería Municipal de Popayán</b> — defensa de los derechos de la ciudadanía y "
        "vigilancia de la conducta de los servidores.</li>"
        '<li><b><a href="https://www.contaduria.gov.co/">Contaduría General de la Nación</a></b> — '
        "regulación y reporte contable público (CHIP).</li>"
        "<li><b>Asamblea Departamental del Cauca</b> — control político.</li>"
        "<li><b>Oficina de Control Interno del Instituto</b> — control interno.</li></ul>"
    ),
    "1.14": (
        "<p>Las hojas de vida de los servidores públicos y contratistas del Instituto se publican en el "
        "Sistema de Información y Gestión del Empleo Público (SIGEP II) del Departamento Administrativo "
        "de la Función Pública. Para consultarlas, busque por el nombre de la persona o por la entidad "
        "«Instituto Departamental de Tecnología e Innovación».</p>"
        "<p>Las hojas de vida de los aspirantes a empleos de libre nombramiento y remoción se publican "
        "en este portal durante tres días antes de la designación, según el Decreto 1083 de 2015.</p>"
    ),
}

LINKS: dict[str, list[tuple[str, str]]] = {
    "1.14": [
        (
            "SIGEP II — directorio de servidores públicos y contratistas",
            "https://www.funcionpublica.gov.co/web/sigep2",
        )
    ],
}
