"""Request-form fields the demo services share, and the answers their tickets draw from.

Field specs: (label, field_type, required, choices, help_text, samples). ``samples`` are the answers
a ticket may carry: a tuple of texts, "{n}" replaced by a number; PROBLEM = what the requester wrote;
DATE = a date some days after the request; EMPTY = left blank.
"""

from __future__ import annotations

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

PROBLEM, DATE, EMPTY = "problem", "date", "empty"
INVENTORY = ("IDTI-000{n}",)
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
