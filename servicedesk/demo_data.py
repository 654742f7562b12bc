"""Fixed tables of the demo service desk: groups, people, categories and the service catalog.

Each service carries the request texts its demo tickets draw from (title, what the requester
wrote, the technician's solution), so every generated ticket reads like a real one.
"""

from __future__ import annotations

MESA = "Mesa de ayuda (primer nivel)"
INFRA = "Infraestructura y redes"
SISTEMAS = "Sistemas de información"
SEGURIDAD = "Seguridad de la información"

#: Support groups: name → mailbox (local part at the demo domain).
GROUPS = {
    MESA: "mesadeayuda",
    INFRA: "infraestructura",
    SISTEMAS: "sistemasdeinformacion",
    SEGURIDAD: "seguridaddigital",
}

#: Technicians besides the demo ones: username → (first name, last name, groups).
TECHNICIANS = {
    "cmunoz": ("Camilo Andrés", "Muñoz Bravo", (MESA,)),
    "lortiz": ("Luisa Fernanda", "Ortiz Gómez", (MESA, SISTEMAS)),
    "jbenavides": ("Jhon Jairo", "Benavides López", (INFRA, SEGURIDAD)),
    "druiz": ("Diana Marcela", "Ruiz Salazar", (SISTEMAS,)),
}

#: The demo users of portal.demo that work in the service desk: role key → groups.
DEMO_STAFF_GROUPS = {
    "tecnico": (MESA, INFRA),
    "profesional_tic": (SEGURIDAD,),
}

#: Staff who file requests (role Funcionario): username → (first name, last name).
STAFF = {
    "mcastillo": ("María Fernanda", "Castillo Rengifo"),
    "jvelasco": ("José Luis", "Velasco Muñoz"),
    "lcaicedo": ("Luz Dary", "Caicedo Ordóñez"),
    "azuniga": ("Andrés Felipe", "Zúñiga Paz"),
    "cbolanos": ("Claudia Patricia", "Bolaños Idrobo"),
    "hmosquera": ("Héctor Fabio", "Mosquera Sandoval"),
    "yanacona": ("Yolanda", "Anacona Chicangana"),
    "rguzman": ("Ricardo", "Guzmán Collazos"),
    "nhurtado": ("Natalia", "Hurtado Cerón"),
    "opaz": ("Óscar Eduardo", "Paz Muñoz"),
    "serazo": ("Sandra Milena", "Erazo Daza"),
    "fidrobo": ("Fernando", "Idrobo Campo"),
    "kcollazos": ("Karen Julieth", "Collazos Vivas"),
    "wchicangana": ("Wilson", "Chicangana Muñoz"),
    "ecampo": ("Elizabeth", "Campo Meneses"),
}

#: Categories as (parent, name, responsible group); parents come first.
CATEGORIES = (
    (None, "Hardware", MESA),
    ("Hardware", "Computadores", MESA),
    ("Hardware", "Impresoras y escáneres", MESA),
    ("Hardware", "Equipos audiovisuales", MESA),
    (None, "Software", SISTEMAS),
    ("Software", "Ofimática", MESA),
    ("Software", "Sistemas misionales", SISTEMAS),
    (None, "Cuentas y accesos", MESA),
    ("Cuentas y accesos", "Correo electrónico", MESA),
    ("Cuentas y accesos", "Usuarios de red", INFRA),
    (None, "Redes", INFRA),
    ("Redes", "Conectividad", INFRA),
    ("Redes", "VPN", INFRA),
    (None, "Seguridad", SEGURIDAD),
    ("Seguridad", "Incidentes de seguridad", SEGURIDAD),
    (None, "Telefonía", INFRA),
    (None, "Sitio web e intranet", SISTEMAS),
)

CATALOG_INTRO = (
    "<p>Solicite aquí los servicios de la oficina de Gestión de TIC. Cada solicitud queda registrada "
    "con un número y puede seguirla en <b>Mis solicitudes</b>.</p>"
    "<ul><li>Si su equipo o un sistema dejó de funcionar, reporte un <b>incidente</b>.</li>"
    "<li>Si necesita algo nuevo (una cuenta, un acceso, un programa), haga un <b>requerimiento</b>.</li></ul>"
)

DEPENDENCIES = (
    "Gerencia",
    "Planeación",
    "Gestión Financiera",
    "Talento Humano",
    "Oficina Jurídica",
    "Proyectos de Conectividad",
    "Atención al Ciudadano",
    "Gestión de TIC",
)

LOCATIONS = (
    "Sede principal, piso 1, Atención al Ciudadano",
    "Sede principal, piso 2, Contabilidad",
    "Sede principal, piso 2, Tesorería",
    "Sede principal, piso 3, Gerencia",
    "Sede principal, piso 3, Planeación",
    "Sede principal, piso 3, Oficina Jurídica",
    "Sede norte, piso 1, Proyectos de Conectividad",
    "Sede norte, piso 2, Talento Humano",
)

NEW_PEOPLE = (
    "Juan Sebastián Ordóñez Meneses",
    "Valentina Muñoz Caicedo",
    "Carlos Arturo Chaux Realpe",
    "Laura Daniela Bravo Ceballos",
    "Miguel Ángel Quilindo Velasco",
    "Angie Paola Dorado Solarte",
)

# Field specs: (label, field_type, required, choices, help_text, samples). ``samples`` are the
# answers a ticket may carry: a tuple of texts, "{n}" replaced by a number; PROBLEM = what the
# requester wrote; DATE = a date some days after the request; EMPTY = left blank.
PROBLEM, DATE, EMPTY = "problem", "date", "empty"
INVENTORY = ("IDTI-PC-0{n}",)
LOCATION_FIELD = ("Ubicación (sede, piso, oficina)", "singleline", True, "", "", LOCATIONS)
PROBLEM_FIELD = (
    "Describa el problema",
    "multiline",
    True,
    "",
    "Qué pasa, desde cuándo y qué mensaje sale.",
    PROBLEM,
)
SCREENSHOT_FIELD = ("Captura de pantalla o documento", "file", False, "", "", EMPTY)

#: The catalog. Besides the page fields: ``weight`` (share of the demo tickets), ``peaks`` (month →
#: factor), ``minutes`` (range of time spent), ``typical_hours`` (median business hours to solve) and
#: ``tickets`` (title, what the requester wrote, solution[, answers that go with them]).
SERVICES = (
    {
        "slug": "soporte-a-equipos-de-computo",
        "title": "Soporte a equipos de cómputo",
        "summary": "Reporte fallas de su computador de escritorio o portátil: no enciende, está lento, "
        "muestra errores o un periférico dejó de funcionar.",
        "description": "<p>La mesa de ayuda revisa su equipo de forma remota o en su puesto de trabajo. "
        "Si la reparación toma más de un día, le prestamos un equipo mientras tanto.</p>"
        "<p>Antes de reportar, reinicie el equipo: muchas fallas se resuelven así.</p>",
        "category": "Hardware > Computadores",
        "group": MESA,
        "ticket_type": "incidente",
        "requirements": "Tenga a mano el número de inventario (etiqueta plateada en la parte posterior del "
        "equipo). Si el equipo enciende, guarde su trabajo antes de la visita del técnico.",
        "thank_you_text": "<p>Recibimos su reporte. Un técnico de la mesa de ayuda lo contactará.</p>",
        "fields": (
            (
                "Número de inventario del equipo",
                "singleline",
                True,
                "",
                "Está en la etiqueta plateada del equipo, por ejemplo IDTI-PC-0123.",
                INVENTORY,
            ),
            LOCATION_FIELD,
            PROBLEM_FIELD,
            SCREENSHOT_FIELD,
        ),
        "weight": 23,
        "minutes": (20, 180),
        "typical_hours": 5,
        "tickets": (
            (
                "El computador no enciende",
                "Al presionar el botón de encendido no prende ninguna luz. Ya revisé que esté conectado.",
                "Se cambió la fuente de poder del equipo; enciende y funciona correctamente.",
            ),
            (
                "El equipo está muy lento",
                "Desde hace una semana el computador tarda más de diez minutos en iniciar y se congela al "
                "abrir Excel.",
                "Se liberó espacio en disco, se quitaron programas del inicio y se instalaron las "
                "actualizaciones pendientes. El equipo inicia en menos de dos minutos.",
            ),
            (
                "Pantalla azul al iniciar Windows",
                "Sale una pantalla azul con el mensaje CRITICAL_PROCESS_DIED y el equipo se reinicia solo.",
                "Se restauró el sistema operativo desde la imagen institucional y se recuperaron los "
                "archivos del usuario desde la copia de seguridad.",
            ),
            (
                "El monitor no muestra imagen",
                "El computador enciende pero el monitor queda en negro con el aviso «Sin señal».",
                "Se reemplazó el cable HDMI y se actualizó el controlador de video.",
            ),
            (
                "El teclado no responde",
                "Varias teclas no funcionan y otras escriben caracteres diferentes.",
                "Se reemplazó el teclado por uno nuevo del inventario de repuestos.",
            ),
            (
                "El portátil no carga la batería",
                "El cargador está conectado pero el portátil dice «Conectado, no se está cargando».",
                "La batería estaba dañada; se cambió por garantía con el proveedor.",
            ),
            (
                "El equipo hace un ruido fuerte y se calienta",
                "El ventilador suena muy duro y en la tarde el equipo se apaga solo.",
                "Se hizo limpieza interna y se cambió la pasta térmica del procesador.",
            ),
            (
                "No reconoce la memoria USB",
                "Conecto la memoria y el equipo no la muestra; en otros computadores sí funciona.",
                "Se reinstalaron los controladores USB. Se recordó que las memorias se analizan con el "
                "antivirus antes de abrirlas.",
            ),
        ),
    },
    {
        "slug": "instalacion-de-software",
        "title": "Instalación de software",
        "summary": "Pida la instalación de un programa en su equipo. Solo instalamos software licenciado o "
        "libre aprobado por la oficina de TIC.",
        "description": "<p>Revisamos que el programa tenga licencia o sea software libre aprobado y que su "
        "equipo cumpla los requisitos. La instalación se hace de forma remota en horario acordado.</p>",
        "category": "Software > Ofimática",
        "group": MESA,
        "ticket_type": "requerimiento",
        "requirements": "El software con licencia paga requiere el visto bueno del jefe de la dependencia.",
        "thank_you_text": "<p>Recibimos su solicitud. Le avisaremos antes de conectarnos a su equipo.</p>",
        "fields": (
            (
                "Software requerido",
                "dropdown",
                True,
                "Microsoft Office\nAdobe Acrobat Reader\nSoftware de firma digital\nAutoCAD\nQGIS\nOtro",
                "",
                ("Microsoft Office", "Adobe Acrobat Reader"),
            ),
            ("Número de inventario del equipo", "singleline", True, "", "", INVENTORY),
            (
                "Justificación",
                "multiline",
                True,
                "",
                "Para qué lo necesita en sus funciones.",
                PROBLEM,
            ),
        ),
        "weight": 12,
        "minutes": (15, 90),
        "typical_hours": 4,
        "tickets": (
            (
                "Instalar QGIS para el proyecto de conectividad rural",
                "Necesito revisar los mapas de cobertura de los puntos de acceso en los municipios.",
                "Se instaló QGIS 3.34 LTR y se configuró la conexión a la capa de municipios del servidor.",
                {"Software requerido": "QGIS"},
            ),
            (
                "Instalar el software del token de firma digital",
                "Me asignaron token de firma digital para firmar las órdenes de pago.",
                "Se instaló el controlador del token y se probó la firma de un documento PDF.",
                {"Software requerido": "Software de firma digital"},
            ),
            (
                "Instalar Adobe Acrobat Reader",
                "No puedo abrir los PDF que llegan de la Gobernación.",
                "Se instaló Acrobat Reader y se dejó como programa predeterminado para los PDF.",
                {"Software requerido": "Adobe Acrobat Reader"},
            ),
            (
                "Instalar AutoCAD para revisar planos",
                "Debo revisar los planos de la adecuación de la sede norte. Tengo visto bueno de la "
                "Gerencia.",
                "Se asignó una de las licencias de AutoCAD LT del Instituto y se instaló.",
                {"Software requerido": "AutoCAD"},
            ),
            (
                "Office pide activación",
                "Word y Excel muestran el aviso «Producto sin licencia» y no dejan editar.",
                "Se reactivó Microsoft 365 con la cuenta institucional del usuario.",
                {"Software requerido": "Microsoft Office"},
            ),
            (
                "Instalar Power BI Desktop",
                "Necesito preparar los tableros del informe de gestión del trimestre.",
                "Se instaló Power BI Desktop desde la tienda de Microsoft con la cuenta institucional.",
                {"Software requerido": "Otro"},
            ),
        ),
    },
    {
        "slug": "creacion-de-cuenta-de-usuario-y-correo",
        "title": "Creación de cuenta de usuario y correo",
        "summary": "Cuenta de red y correo institucional para un funcionario, contratista o pasante que "
        "ingresa al Instituto.",
        "description": "<p>Creamos el usuario de red, el buzón de correo y los accesos básicos (intranet, "
        "impresoras y carpeta de la dependencia). Las credenciales se entregan en persona.</p>"
        "<p>Para contratistas, la cuenta vence con el contrato.</p>",
        "category": "Cuentas y accesos > Correo electrónico",
        "group": MESA,
        "ticket_type": "requerimiento",
        "requirements": "La solicita el jefe de la dependencia o el supervisor del contrato, con al menos un "
        "día hábil de anticipación.",
        "thank_you_text": "<p>Recibimos la solicitud. Entregaremos las credenciales a la persona en su "
        "puesto.</p>",
        "fields": (
            ("Nombre completo de la persona", "singleline", True, "", "", NEW_PEOPLE),
            ("Número de documento", "singleline", True, "", "", ("10{n}58{n}",)),
            ("Dependencia", "dropdown", True, "\n".join(DEPENDENCIES), "", DEPENDENCIES),
            (
                "Tipo de vinculación",
                "radio",
                True,
                "Planta\nContrato de prestación de servicios\nPasante",
                "",
                (
                    "Contrato de prestación de servicios",
                    "Contrato de prestación de servicios",
                    "Planta",
                    "Pasante",
                ),
            ),
            (
                "Fecha de finalización del contrato",
                "date",
                False,
                "",
                "Solo para contratistas y pasantes.",
                DATE,
            ),
        ),
        "weight": 8,
        "peaks": {1: 4.0, 2: 2.0, 7: 1.5},
        "minutes": (20, 45),
        "typical_hours": 3,
        "tickets": (
            (
                "Cuenta de correo y usuario de red para contratista nuevo",
                "Inicia contrato el próximo lunes y necesita correo y acceso a la carpeta de la dependencia.",
                "Se creó el usuario de red y el buzón; las credenciales se entregaron en persona.",
                {"Tipo de vinculación": "Contrato de prestación de servicios"},
            ),
            (
                "Creación de cuenta para funcionaria de planta",
                "Se posesionó hoy en el cargo de profesional universitario.",
                "Cuenta y correo creados; se agregó a la lista de distribución de la dependencia.",
                {"Tipo de vinculación": "Planta", "Fecha de finalización del contrato": ""},
            ),
            (
                "Usuario para pasante de la universidad",
                "El pasante acompañará el proyecto durante seis meses.",
                "Se creó la cuenta con vencimiento en la fecha de finalización de la práctica.",
                {"Tipo de vinculación": "Pasante"},
            ),
        ),
    },
    {
        "slug": "restablecimiento-de-contrasena",
        "title": "Restablecimiento de contraseña",
        "summary": "Si olvidó su contraseña o su cuenta se bloqueó, le asignamos una clave temporal.",
        "description": "<p>Por seguridad, antes de entregar la clave temporal verificamos su identidad con "
        "una llamada. Al ingresar, el sistema le pedirá cambiarla.</p>",
        "category": "Cuentas y accesos > Usuarios de red",
        "group": MESA,
        "ticket_type": "requerimiento",
        "requirements": "Nunca comparta su contraseña, ni siquiera con el personal de TIC.",
        "thank_you_text": "<p>Le llamaremos en los próximos minutos para verificar su identidad.</p>",
        "fields": (
            (
                "Sistema o cuenta",
                "dropdown",
                True,
                "Usuario de red (Windows)\nCorreo institucional\nSistema financiero\n"
                "Sistema de gestión documental\nVPN",
                "",
                ("Usuario de red (Windows)",),
            ),
            (
                "Teléfono o extensión de contacto",
                "singleline",
                True,
                "",
                "Le llamaremos para verificar su identidad.",
                ("Ext. 2{n}", "310 {n} 4{n}"),
            ),
        ),
        "weight": 13,
        "peaks": {1: 1.6, 7: 1.3},
        "minutes": (5, 20),
        "typical_hours": 0.5,
        "tickets": (
            (
                "Se bloqueó mi usuario de red",
                "Después de las vacaciones intenté entrar varias veces y la cuenta quedó bloqueada.",
                "Se desbloqueó la cuenta y se asignó una contraseña temporal tras verificar la identidad.",
                {"Sistema o cuenta": "Usuario de red (Windows)"},
            ),
            (
                "Olvidé la contraseña del correo",
                "No recuerdo la contraseña del correo institucional y no tengo configurado otro método.",
                "Se asignó una contraseña temporal y se configuró la verificación en dos pasos.",
                {"Sistema o cuenta": "Correo institucional"},
            ),
            (
                "Contraseña vencida en el sistema financiero",
                "El sistema financiero dice que la contraseña venció y no me deja cambiarla.",
                "Se restableció la contraseña del sistema financiero; el usuario la cambió al ingresar.",
                {"Sistema o cuenta": "Sistema financiero"},
            ),
            (
                "No puedo entrar al sistema de gestión documental",
                "Sale «usuario o contraseña incorrectos» aunque la escribo bien.",
                "La cuenta estaba bloqueada por intentos fallidos; se desbloqueó y se asignó clave temporal.",
                {"Sistema o cuenta": "Sistema de gestión documental"},
            ),
        ),
    },
    {
        "slug": "acceso-a-carpetas-y-sistemas",
        "title": "Acceso a carpetas compartidas y sistemas de información",
        "summary": "Permisos sobre carpetas de red y sistemas del Instituto, autorizados por su jefe.",
        "description": "<p>Otorgamos el acceso mínimo necesario para sus funciones, con la autorización del "
        "jefe de la dependencia dueña de la información. Los accesos se revisan cada mes.</p>",
        "category": "Software > Sistemas misionales",
        "group": SISTEMAS,
        "ticket_type": "requerimiento",
        "requirements": "Indique quién autoriza: sin autorización del dueño de la información no se otorga.",
        "thank_you_text": "<p>Recibimos su solicitud. Pediremos la confirmación al jefe que autoriza.</p>",
        "fields": (
            (
                "Carpeta o sistema",
                "singleline",
                True,
                "",
                "",
                (
                    "\\\\archivos\\Planeacion\\Plan de acción",
                    "Sistema financiero (módulo de presupuesto)",
                    "Sistema de gestión documental",
                    "\\\\archivos\\Contratacion",
                ),
            ),
            (
                "Tipo de acceso",
                "radio",
                True,
                "Solo lectura\nLectura y escritura",
                "",
                ("Solo lectura", "Lectura y escritura"),
            ),
            (
                "Jefe que autoriza",
                "singleline",
                True,
                "",
                "",
                ("Jefe de Planeación", "Profesional de Presupuesto"),
            ),
            ("Justificación", "multiline", False, "", "", PROBLEM),
        ),
        "weight": 9,
        "peaks": {1: 1.8, 2: 1.4},
        "minutes": (10, 40),
        "typical_hours": 5,
        "tickets": (
            (
                "Acceso a la carpeta del Plan de Acción",
                "Debo cargar los avances trimestrales de los indicadores de la dependencia.",
                "Se otorgó acceso de lectura y escritura con la autorización del jefe de Planeación.",
                {
                    "Carpeta o sistema": "\\\\archivos\\Planeacion\\Plan de acción",
                    "Tipo de acceso": "Lectura y escritura",
                    "Jefe que autoriza": "Jefe de Planeación",
                },
            ),
            (
                "Acceso al módulo de presupuesto del sistema financiero",
                "Me designaron como apoyo para expedir certificados de disponibilidad presupuestal.",
                "Se creó el rol de consulta y expedición de CDP en el sistema financiero.",
                {
                    "Carpeta o sistema": "Sistema financiero (módulo de presupuesto)",
                    "Tipo de acceso": "Lectura y escritura",
                    "Jefe que autoriza": "Profesional de Presupuesto",
                },
            ),
            (
                "Permiso de consulta en gestión documental",
                "Necesito consultar las comunicaciones radicadas de la dependencia.",
                "Se habilitó la consulta de la serie documental de la dependencia.",
                {"Carpeta o sistema": "Sistema de gestión documental", "Tipo de acceso": "Solo lectura"},
            ),
            (
                "Acceso a la carpeta de contratación",
                "Superviso tres contratos y debo revisar los informes de los contratistas.",
                "Se dio acceso de solo lectura a las carpetas de los contratos que supervisa.",
                {
                    "Carpeta o sistema": "\\\\archivos\\Contratacion",
                    "Tipo de acceso": "Solo lectura",
                    "Jefe que autoriza": "Jefe de la Oficina Jurídica",
                },
            ),
        ),
    },
    {
        "slug": "conexion-vpn-trabajo-en-casa",
        "title": "Conexión VPN para trabajo en casa",
        "summary": "Acceso seguro desde su casa a las carpetas y sistemas del Instituto.",
        "description": "<p>Configuramos la VPN en el equipo institucional asignado para trabajo en casa. "
        "No se configura en equipos personales.</p>",
        "category": "Redes > VPN",
        "group": INFRA,
        "ticket_type": "requerimiento",
        "requirements": "Acto administrativo que autoriza el trabajo en casa y equipo institucional "
        "asignado.",
        "thank_you_text": "<p>Recibimos su solicitud. Le enviaremos la guía de conexión por correo.</p>",
        "fields": (
            (
                "Resolución o acuerdo de trabajo en casa",
                "singleline",
                True,
                "",
                "Número del acto que lo autoriza.",
                ("Resolución 0{n} de 2025", "Acuerdo de trabajo en casa 0{n}"),
            ),
            (
                "Sistemas a los que necesita acceder",
                "checkboxes",
                True,
                "Carpetas compartidas\nSistema financiero\nGestión documental\n"
                "Escritorio remoto de su equipo",
                "",
                ("Carpetas compartidas", "Carpetas compartidas, Gestión documental"),
            ),
            ("Fecha de inicio", "date", True, "", "", DATE),
        ),
        "weight": 6,
        "minutes": (20, 60),
        "typical_hours": 8,
        "tickets": (
            (
                "VPN para trabajo en casa dos días a la semana",
                "Tengo aprobado trabajo en casa los martes y jueves.",
                "Se instaló el cliente VPN en el portátil institucional y se probó la conexión a las "
                "carpetas.",
            ),
            (
                "La VPN no conecta desde mi casa",
                "El cliente dice «tiempo de espera agotado» desde ayer.",
                "El certificado del cliente había vencido; se renovó y la conexión funciona.",
            ),
            (
                "Acceso por VPN al sistema financiero",
                "Durante el cierre contable debo trabajar en casa algunos días.",
                "Se habilitó el perfil de VPN con acceso al sistema financiero durante el cierre.",
            ),
        ),
    },
    {
        "slug": "prestamo-de-equipos-para-eventos",
        "title": "Préstamo de equipos para eventos",
        "summary": "Portátiles, videoproyector, sonido o cámara para capacitaciones, reuniones y eventos.",
        "description": "<p>Reservamos los equipos y, si lo necesita, un técnico acompaña la instalación. "
        "Los equipos se devuelven el mismo día del evento.</p>",
        "category": "Hardware > Equipos audiovisuales",
        "group": MESA,
        "ticket_type": "requerimiento",
        "requirements": "Solicítelo con tres días hábiles de anticipación.",
        "thank_you_text": "<p>Recibimos su solicitud. Le confirmaremos la disponibilidad de los equipos.</p>",
        "fields": (
            ("Nombre del evento", "singleline", True, "", "", ("Capacitación", "Comité directivo")),
            ("Fecha del evento", "date", True, "", "", DATE),
            ("Lugar", "singleline", True, "", "", ("Auditorio sede principal", "Sala de juntas, piso 3")),
            (
                "Equipos requeridos",
                "checkboxes",
                True,
                "Portátil\nVideoproyector\nSonido y micrófonos\n"
                "Cámara para transmisión\nExtensión y multitoma",
                "",
                ("Portátil, Videoproyector", "Videoproyector, Sonido y micrófonos"),
            ),
        ),
        "weight": 4,
        "peaks": {6: 2.0, 11: 2.0, 12: 2.5},
        "minutes": (30, 240),
        "typical_hours": 10,
        "tickets": (
            (
                "Equipos para la audiencia de rendición de cuentas",
                "La audiencia pública se transmite en vivo por las redes del Instituto.",
                "Se instalaron sonido, videoproyector y cámara; un técnico acompañó la transmisión.",
                {
                    "Nombre del evento": "Audiencia pública de rendición de cuentas",
                    "Equipos requeridos": "Portátil, Videoproyector, Sonido y micrófonos, "
                    "Cámara para transmisión",
                },
            ),
            (
                "Videoproyector para capacitación de municipios",
                "Capacitación a los enlaces TIC de las alcaldías en el auditorio.",
                "Se entregaron el videoproyector y un portátil; se recibieron en buen estado al final.",
                {"Nombre del evento": "Capacitación a enlaces TIC municipales"},
            ),
            (
                "Portátil y sonido para el comité directivo",
                "Sesión del comité institucional de gestión y desempeño.",
                "Equipos instalados en la sala de juntas antes de la sesión.",
                {"Nombre del evento": "Comité institucional de gestión y desempeño"},
            ),
        ),
    },
    {
        "slug": "publicacion-en-el-sitio-web-e-intranet",
        "title": "Publicación en el sitio web o la intranet",
        "summary": "Publique documentos e información en el menú de Transparencia, noticias, eventos o la "
        "intranet.",
        "description": "<p>Publicamos la información que su dependencia debe divulgar (Ley 1712 de 2014) y "
        "las noticias y eventos institucionales. Revisamos que los documentos sean accesibles.</p>"
        "<p>Los planes institucionales se publican a más tardar el 31 de enero.</p>",
        "category": "Sitio web e intranet",
        "group": SISTEMAS,
        "ticket_type": "requerimiento",
        "requirements": "Adjunte el documento final en PDF accesible, aprobado por el jefe de la "
        "dependencia.",
        "thank_you_text": "<p>Recibimos su solicitud. Le enviaremos el enlace cuando esté publicado.</p>",
        "fields": (
            (
                "Sección donde se publica",
                "dropdown",
                True,
                "Transparencia y acceso a la información\nNoticias\nEventos\nIntranet\nDatos abiertos",
                "",
                ("Transparencia y acceso a la información",),
            ),
            ("Fecha límite de publicación", "date", False, "", "", DATE),
            ("Documento o texto a publicar", "file", False, "", "", EMPTY),
            ("Observaciones", "multiline", False, "", "", PROBLEM),
        ),
        "weight": 7,
        "peaks": {1: 3.0, 7: 1.5},
        "minutes": (15, 60),
        "typical_hours": 6,
        "tickets": (
            (
                "Publicar el Plan de Acción en Transparencia",
                "Plan de Acción aprobado por el comité; debe quedar publicado antes del 31 de enero.",
                "Se publicó el documento en Transparencia > Planeación y se envió el enlace.",
            ),
            (
                "Publicar noticia de la convocatoria de formación",
                "Texto y fotografía aprobados por Comunicaciones.",
                "Noticia publicada en el sitio y compartida en la intranet.",
                {"Sección donde se publica": "Noticias"},
            ),
            (
                "Actualizar el directorio de funcionarios",
                "Ingresaron dos profesionales y se retiró un contratista de la dependencia.",
                "Se actualizó el directorio de servidores públicos y contratistas en Transparencia.",
            ),
            (
                "Publicar el informe de PQRSD del trimestre",
                "Informe trimestral de peticiones, quejas, reclamos, sugerencias y denuncias.",
                "Informe publicado en Transparencia > Informes de PQRSD.",
            ),
            (
                "Publicar circular en la intranet",
                "Circular de Talento Humano sobre la jornada de vacunación.",
                "La circular quedó publicada en la intranet y destacada en el inicio.",
                {"Sección donde se publica": "Intranet"},
            ),
        ),
    },
    {
        "slug": "reporte-de-incidente-de-seguridad",
        "title": "Reporte de incidente de seguridad de la información",
        "summary": "Reporte correos sospechosos, pérdida de equipos, accesos no autorizados o cualquier "
        "evento que ponga en riesgo la información.",
        "description": "<p>Reporte de inmediato: en un incidente de seguridad cada minuto cuenta. El "
        "equipo de Seguridad de la información contiene el incidente, investiga y le informa qué hacer.</p>"
        "<p>No reenvíe el correo sospechoso a sus compañeros ni apague el equipo afectado.</p>",
        "category": "Seguridad > Incidentes de seguridad",
        "group": SEGURIDAD,
        "ticket_type": "incidente",
        "requirements": "Si es urgente, además del reporte llame a la extensión 2100.",
        "thank_you_text": "<p>Gracias por reportar. El equipo de Seguridad de la información lo atenderá "
        "con prioridad.</p>",
        "fields": (
            ("¿Qué ocurrió?", "multiline", True, "", "", PROBLEM),
            ("Fecha y hora aproximada", "singleline", True, "", "", ("Hoy en la mañana", "Ayer en la tarde")),
            ("Equipos o cuentas afectadas", "singleline", False, "", "", INVENTORY),
            ("Evidencia (captura del correo sospechoso, etc.)", "file", False, "", "", EMPTY),
        ),
        "weight": 4,
        "security": True,
        "minutes": (30, 300),
        "typical_hours": 1.5,
        "tickets": (
            (
                "Correo sospechoso que pide actualizar la clave",
                "Llegó un correo a nombre de «Soporte Microsoft» que pide ingresar la contraseña en un "
                "enlace.",
                "Se bloqueó el remitente y el enlace en el filtro de correo, se eliminó el mensaje de "
                "todos los buzones y se confirmó que nadie ingresó sus datos.",
            ),
            (
                "Hice clic en un enlace de un correo falso",
                "Abrí el enlace y escribí mi usuario y contraseña antes de darme cuenta.",
                "Se cambió la contraseña, se cerraron las sesiones abiertas y se revisó el buzón sin "
                "encontrar reglas de reenvío maliciosas.",
            ),
            (
                "Pérdida del portátil institucional",
                "El portátil se quedó en un taxi al volver de una reunión en la Gobernación.",
                "Se bloqueó el equipo de forma remota, se cambiaron las credenciales y se presentó la "
                "denuncia; el disco estaba cifrado.",
            ),
            (
                "Mensaje de archivos cifrados en la carpeta compartida",
                "Varios archivos de la carpeta de la dependencia cambiaron de extensión y no abren.",
                "Se aisló el equipo de origen, se restauró la carpeta desde la copia de la noche anterior "
                "y se reforzó la protección del antivirus.",
            ),
            (
                "Memoria USB desconocida conectada en un equipo",
                "Encontramos una memoria USB conectada en el equipo de atención al ciudadano.",
                "Se analizó el equipo y la memoria en un entorno aislado; no se halló software malicioso.",
            ),
        ),
    },
    {
        "slug": "soporte-de-impresoras-y-escaneres",
        "title": "Soporte de impresoras y escáneres",
        "summary": "Atascos, mala calidad de impresión, equipos que no aparecen en la red o escáneres que "
        "no envían al correo.",
        "description": "<p>Atendemos las impresoras multifuncionales de cada piso y los escáneres de las "
        "dependencias. El cambio de tóner lo hace el proveedor del contrato de impresión.</p>",
        "category": "Hardware > Impresoras y escáneres",
        "group": MESA,
        "ticket_type": "incidente",
        "requirements": "Indique la marca o el número de inventario de la impresora (etiqueta frontal).",
        "thank_you_text": "<p>Recibimos su reporte. Un técnico revisará la impresora.</p>",
        "fields": (
            (
                "Impresora o escáner (marca o número de inventario)",
                "singleline",
                True,
                "",
                "",
                ("IDTI-IMP-0{n}", "Multifuncional del piso 2", "Escáner de Atención al Ciudadano"),
            ),
            LOCATION_FIELD,
            PROBLEM_FIELD,
        ),
        "weight": 14,
        "minutes": (10, 90),
        "typical_hours": 3,
        "tickets": (
            (
                "La impresora del piso se atasca",
                "Cada tres o cuatro hojas se atasca el papel en la bandeja 2.",
                "Se limpiaron los rodillos de la bandeja 2 y se retiró un clip atascado.",
            ),
            (
                "No puedo imprimir desde mi equipo",
                "Los documentos quedan en cola y no salen; a mis compañeros sí les imprime.",
                "Se reinstaló la impresora en el equipo con el controlador correcto.",
            ),
            (
                "El escáner no envía al correo",
                "Al escanear sale «Error de conexión con el servidor SMTP».",
                "Se actualizó la configuración de correo del escáner tras el cambio de contraseña de la "
                "cuenta de servicio.",
            ),
            (
                "Las impresiones salen con rayas",
                "Todas las hojas salen con una raya negra vertical.",
                "El proveedor del contrato de impresión cambió la unidad de imagen.",
            ),
            (
                "La impresora no aparece en la red",
                "Después del corte de energía la impresora ya no aparece para imprimir.",
                "La impresora tomó otra dirección IP; se le asignó una dirección fija.",
            ),
        ),
    },
)

#: The security service's own targets: priority → (minutes to own, minutes to resolve).
SECURITY_LEVELS = {1: (15, 120), 2: (30, 240)}

HOLD_REASONS = (
    (
        "Esperando respuesta del solicitante",
        "¿Nos confirma en qué horario podemos revisar su equipo?",
        "Puede ser mañana a partir de las 8:00.",
    ),
    (
        "Esperando autorización del jefe",
        "Para continuar necesitamos la autorización de su jefe inmediato por correo.",
        "Mi jefe ya envió la autorización al correo de la mesa de ayuda.",
    ),
    (
        "Pendiente de repuesto del proveedor",
        "El repuesto está en camino; el proveedor lo entrega en dos o tres días hábiles.",
        "",
    ),
    (
        "Esperando información del solicitante",
        "Por favor envíenos una captura de pantalla del mensaje de error.",
        "Ya adjunté la captura en el correo.",
    ),
)

INTERNAL_NOTES = (
    "Se revisó el registro de eventos del equipo; hay errores de disco. Se solicita cambio por garantía.",
    "Caso similar al de la semana pasada en la misma dependencia; revisar el punto de red.",
    "Se escaló al proveedor bajo el contrato de soporte; radicado de la garantía en el expediente.",
    "Verificar con Talento Humano la fecha de retiro antes de desactivar la cuenta.",
    "Se documentó el procedimiento en la base de conocimiento de la mesa de ayuda.",
)

WORKING_ON_IT = "Estamos revisando su caso; le avisaremos cuando quede listo."

REOPEN_REASONS = (
    "El problema volvió a presentarse esta mañana.",
    "Todavía no puedo ingresar; sale el mismo mensaje.",
    "Funcionó un día y volvió a fallar.",
)

SURVEY_REMARKS = {
    5: ("Excelente atención, muy rápidos.", "Muy amable el técnico y resolvió todo.", ""),
    4: ("Buena atención.", "Resolvieron, aunque tardó un poco.", ""),
    3: ("Se resolvió, pero tuve que insistir.", ""),
    2: ("Tardaron varios días en resolver.",),
    1: ("Nadie me avisó que el caso estaba resuelto.",),
}
