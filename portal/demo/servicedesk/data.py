"""Fixed tables of the demo service desk: groups, people, categories and the texts of a ticket's life
(hold reasons, internal notes, reopenings, survey remarks). The catalog is in ``demo_catalog``.
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
