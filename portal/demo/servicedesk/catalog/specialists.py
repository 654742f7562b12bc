"""The services of the specialist groups: access to systems, VPN, web publishing, security incidents."""

from __future__ import annotations

from portal.demo.servicedesk.catalog.fields import DATE, EMPTY, INVENTORY, PROBLEM
from portal.demo.servicedesk.data import INFRA, SEGURIDAD, SISTEMAS

SPECIALIST_SERVICES = (
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
)
