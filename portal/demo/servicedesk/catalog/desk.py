"""The services the first-line desk attends: equipment, software, accounts, passwords, loans, printers."""

from __future__ import annotations

from portal.demo.servicedesk.catalog.fields import (
    DATE,
    DEPENDENCIES,
    INVENTORY,
    LOCATION_FIELD,
    NEW_PEOPLE,
    PROBLEM,
    PROBLEM_FIELD,
    SCREENSHOT_FIELD,
)
from portal.demo.servicedesk.data import MESA

DESK_SERVICES = (
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
                "inventory_number",
                True,
                "",
                "Está en la etiqueta plateada del equipo, por ejemplo IDTI-000123.",
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
            ("Número de inventario del equipo", "inventory_number", True, "", "", INVENTORY),
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
