"""The "Transparencia y acceso a la información pública" menu of Res. MinTIC 1519/2020, Anexo 2.

Numbers and titles as the annex and the entities that follow it publish them. Each entry is
``(number, title, children)``.
"""

from __future__ import annotations

Entry = tuple[str, str, tuple["Entry", ...]]


def _items(*pairs: tuple[str, str]) -> tuple[Entry, ...]:
    return tuple((number, title, ()) for number, title in pairs)


ANEXO_2: tuple[Entry, ...] = (
    (
        "1",
        "Información de la entidad",
        _items(
            ("1.1", "Misión, visión, funciones y deberes"),
            ("1.2", "Estructura orgánica - organigrama"),
            ("1.3", "Mapas y cartas descriptivas de los procesos"),
            ("1.4", "Directorio institucional (sedes, dependencias)"),
            ("1.5", "Directorio de servidores públicos, empleados o contratistas"),
            ("1.6", "Directorio de entidades"),
            ("1.7", "Directorio de agremiaciones, asociaciones y grupos de interés"),
            ("1.8", "Servicio al público, normas, formularios y protocolos de atención"),
            ("1.9", "Procedimientos para tomar decisiones"),
            ("1.10", "Mecanismo de presentación directa de solicitudes, quejas y reclamos"),
            ("1.11", "Calendario de actividades y eventos"),
            ("1.12", "Decisiones que pueden afectar al público"),
            ("1.13", "Entes y autoridades que lo vigilan"),
            ("1.14", "Publicación de hojas de vida"),
        ),
    ),
    (
        "2",
        "Normativa",
        (
            (
                "2.1",
                "Normativa de la entidad",
                _items(
                    ("2.1.1", "Leyes"),
                    ("2.1.2", "Decreto Único Reglamentario"),
                    ("2.1.3", "Normativa aplicable"),
                    ("2.1.4", "Diario o Gaceta Oficial"),
                    ("2.1.5", "Políticas, lineamientos y manuales"),
                    ("2.1.6", "Agenda regulatoria"),
                ),
            ),
            (
                "2.2",
                "Búsqueda de normas",
                _items(
                    ("2.2.1", "Sistema Único de Información Normativa - SUIN-Juriscol"),
                    ("2.2.2", "Sistema de búsqueda de normas propio de la entidad"),
                ),
            ),
            (
                "2.3",
                "Proyectos de normas para comentarios",
                _items(
                    ("2.3.1", "Proyectos normativos"),
                    ("2.3.2", "Comentarios y documento de respuesta a comentarios"),
                    ("2.3.3", "Participación ciudadana en la expedición de normas"),
                ),
            ),
        ),
    ),
    (
        "3",
        "Contratación",
        _items(
            ("3.1", "Plan Anual de Adquisiciones"),
            ("3.2", "Información contractual"),
            ("3.3", "Ejecución de contratos"),
            ("3.4", "Manual de contratación, adquisición y/o compras"),
            ("3.5", "Formatos o modelos de contratos o pliegos tipo"),
        ),
    ),
    (
        "4",
        "Planeación, presupuesto e informes",
        _items(
            ("4.1", "Presupuesto general de ingresos, gastos e inversión"),
            ("4.2", "Ejecución presupuestal"),
            ("4.3", "Plan de Acción"),
            ("4.4", "Proyectos de inversión"),
            ("4.5", "Informes de empalme"),
            ("4.6", "Información pública y/o relevante"),
            ("4.7", "Informes de gestión, evaluación y auditoría"),
            ("4.8", "Informes de la Oficina de Control Interno"),
            ("4.9", "Informe sobre defensa pública y prevención del daño antijurídico"),
            ("4.10", "Informes trimestrales sobre acceso a información, quejas y reclamos"),
        ),
    ),
    (
        "5",
        "Trámites",
        _items(
            ("5.1", "Trámites: normatividad, proceso, costos y formatos"),
        ),
    ),
    (
        "6",
        "Participa",
        (
            ("6.1", "Descripción general", ()),
            (
                "6.2",
                "Estructura y secciones del menú Participa",
                _items(
                    ("6.2.1", "Diagnóstico e identificación de problemas"),
                    ("6.2.2", "Planeación y presupuesto participativo"),
                    ("6.2.3", "Consulta ciudadana"),
                    ("6.2.4", "Colaboración e innovación abierta"),
                    ("6.2.5", "Rendición de cuentas"),
                    ("6.2.6", "Control social"),
                ),
            ),
        ),
    ),
    (
        "7",
        "Datos abiertos",
        (
            (
                "7.1",
                "Instrumentos de gestión de la información",
                _items(
                    ("7.1.1", "Registro de Activos de Información"),
                    ("7.1.2", "Índice de Información Clasificada y Reservada"),
                    ("7.1.3", "Esquema de Publicación de Información"),
                    ("7.1.4", "Programa de Gestión Documental"),
                    ("7.1.5", "Tablas de Retención Documental"),
                ),
            ),
            ("7.2", "Sección de datos abiertos", ()),
        ),
    ),
    (
        "8",
        "Información específica para grupos de interés",
        _items(
            ("8.1", "Información para niñas, niños y adolescentes"),
            ("8.2", "Información para mujeres"),
            ("8.3", "Otros grupos de interés"),
        ),
    ),
    (
        "9",
        "Obligación de reporte de información específica por parte de la entidad",
        _items(
            ("9.1", "Normatividad especial"),
        ),
    ),
    (
        "10",
        "Información tributaria en entidades territoriales locales",
        _items(
            ("10.1", "Procesos de recaudo de rentas locales"),
            ("10.2", "Tarifas de liquidación del impuesto de industria y comercio (ICA)"),
        ),
    ),
)


def walk(entries: tuple[Entry, ...] = ANEXO_2, parent: str | None = None):
    """Every entry depth-first, as ``(number, title, parent_number)``."""
    for number, title, children in entries:
        yield number, title, parent
        yield from walk(children, number)


def number_key(number: str) -> tuple[int, ...]:
    """Sort key that puts 1.2 before 1.10."""
    return tuple(int(part) for part in number.split("."))
