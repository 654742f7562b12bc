"""GLPI's codes and labels in the portal's vocabulary (pure functions, no database).

GLPI speaks in numbers through its API (``status`` 1-6, ``urgency`` 1-5…) and in labels, in the
exporting user's language, in a CSV export ("En curso (asignada)", "Muy alta"). Both are mapped
here, in Spanish and English, to the codes of :mod:`servicedesk.tickets.choices`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from servicedesk.glpi.records import GlpiTicket, Person
from servicedesk.tickets.choices import Channel, Status, TicketType
from servicedesk.tickets.priority import ITIL_MATRIX, level_from_glpi, priority_from_glpi

#: GLPI's separator between the levels of a dropdown's complete name (" > ").
_LEVELS = re.compile(r"\s+>\s+")
#: GLPI joins several values of one CSV cell (two requesters…) with a line break or this marker.
MULTI_VALUE = re.compile(r"\r?\n|\$\$##\$\$|<br\s*/?>", re.IGNORECASE)
#: GLPI's "medium", used when a source leaves urgency, impact or priority out.
GLPI_MEDIUM = 3


def label_key(text: str) -> str:
    """``text`` lower-cased, without accents and with single spaces, to compare labels."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.lower().split())


def _table(entries: Mapping[str, Iterable[str]]) -> dict[str, str]:
    return {label_key(label): code for code, labels in entries.items() for label in labels}


TICKET_TYPES = {1: TicketType.INCIDENT.value, 2: TicketType.REQUEST.value}
_TYPE_LABELS = _table(
    {
        TicketType.INCIDENT.value: ("Incidente", "Incidencia", "Incident"),
        TicketType.REQUEST.value: ("Solicitud", "Requerimiento", "Petición", "Request"),
    }
)

STATUSES = {
    1: Status.NEW.value,
    2: Status.ASSIGNED.value,
    3: Status.ASSIGNED.value,  # planned: assigned, with a task in someone's calendar
    4: Status.ON_HOLD.value,
    5: Status.SOLVED.value,
    6: Status.CLOSED.value,
}
_STATUS_LABELS = _table(
    {
        Status.NEW.value: ("Nuevo", "Nueva", "New"),
        Status.ASSIGNED.value: (
            "En curso (asignada)",
            "En curso (asignado)",
            "En curso (planificada)",
            "En curso (planificado)",
            "Asignado",
            "Asignada",
            "Planificado",
            "Planificada",
            "Processing (assigned)",
            "Processing (planned)",
            "Assigned",
            "Planned",
        ),
        Status.ON_HOLD.value: ("En espera", "Pendiente", "Pending", "Waiting"),
        Status.SOLVED.value: ("Resuelto", "Resuelta", "Solucionado", "Solucionada", "Solved", "Resolved"),
        Status.CLOSED.value: ("Cerrado", "Cerrada", "Closed"),
    }
)

#: Urgency, impact and priority labels on GLPI's scale (1 very low … 5 very high, 6 major).
_SCALE_LABELS = {
    label_key(label): value
    for value, labels in {
        6: ("Mayor", "Major"),
        5: ("Muy alta", "Muy alto", "Very high"),
        4: ("Alta", "Alto", "High"),
        3: ("Mediana", "Mediano", "Media", "Medio", "Medium"),
        2: ("Baja", "Bajo", "Low"),
        1: ("Muy baja", "Muy bajo", "Very low"),
    }.items()
    for label in labels
}

_CHANNEL_LABELS = _table(
    {
        Channel.INTRANET.value: ("Helpdesk", "Help desk", "Mesa de ayuda", "Mesa de servicio", "Formulario"),
        Channel.EMAIL.value: ("E-Mail", "Email", "Mail", "Correo", "Correo electrónico", "Correo-e"),
        Channel.PHONE.value: ("Phone", "Teléfono", "Telefono", "Llamada", "Telephone"),
        Channel.IN_PERSON.value: ("Direct", "Directo", "Directa", "Presencial", "En persona"),
        Channel.WRITTEN.value: ("Written", "Escrito", "Escrita", "Comunicación escrita", "Oficio"),
    }
)


def _code(value) -> int | None:
    """``value`` as a GLPI code when it is one (``3``, ``"3"``), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() else None


def _unknown(column: str, value) -> ValueError:
    return ValueError(
        _("Valor no reconocido en «%(column)s»: «%(value)s».") % {"column": column, "value": value}
    )


def _from_code_or_label(value, codes: dict, labels: dict, column: str) -> str:
    """The portal's value for a GLPI code (``codes``) or a label in either language (``labels``)."""
    code = _code(value)
    if code is not None and code in codes:
        return codes[code]
    if code is None and label_key(value) in labels:
        return labels[label_key(value)]
    raise _unknown(column, value)


def ticket_type_from_glpi(value, column: str = "type") -> str:
    """GLPI's ticket type (1 incident, 2 request, or its label) as the portal's type."""
    return _from_code_or_label(value, TICKET_TYPES, _TYPE_LABELS, column)


def status_from_glpi(value, column: str = "status") -> str:
    """GLPI's status (1-6 or its label) as the portal's status."""
    return _from_code_or_label(value, STATUSES, _STATUS_LABELS, column)


def glpi_scale(value, column: str = "urgency") -> int:
    """An urgency, impact or priority (1-6 or its label) on GLPI's numeric scale; blank is medium."""
    if value is None or str(value).strip() == "":
        return GLPI_MEDIUM
    code = _code(value)
    if code is not None and 1 <= code <= 6:
        return code
    if code is None and label_key(value) in _SCALE_LABELS:
        return _SCALE_LABELS[label_key(value)]
    raise _unknown(column, value)


def channel_from_request_type(name) -> str:
    """GLPI's request source (Helpdesk, E-Mail, Phone…) as the portal's channel; unknown is "otro"."""
    return _CHANNEL_LABELS.get(label_key(name or ""), Channel.OTHER.value)


def category_path(complete_name) -> tuple[str, ...]:
    """``"Hardware > Impresoras"`` → ``("Hardware", "Impresoras")``; blank → ``()``."""
    text = html.unescape(str(complete_name or ""))
    return tuple(part.strip()[:120] for part in _LEVELS.split(text) if part.strip())


def first_value(cell) -> str:
    """The first of the values GLPI joined in one cell (several requesters, several groups)."""
    for part in MULTI_VALUE.split(str(cell or "")):
        if part.strip():
            return part.strip()
    return ""


def person_from_label(cell) -> Person | None:
    """A requester or technician as a CSV cell names them: login, e-mail or "Last First"."""
    text = first_value(cell)
    if not text:
        return None
    if "@" in text and " " not in text:
        return Person(name=text, email=text)
    return Person(name=text, login=text if " " not in text else "")


_ID_GROUPS = re.compile(r"^\d{1,3}([ .,'\u00a0\u202f]\d{3})+$")


def parse_glpi_id(value) -> int:
    """A GLPI ID, also as the list shows it with thousands separators (``"1 234"``, ``"1.234"``)."""
    text = str(value if value is not None else "").strip()
    if _ID_GROUPS.match(text):
        text = re.sub(r"\D", "", text)
    if not text.isdigit() or int(text) == 0:
        raise ValueError(_("ID de GLPI no válido: «%(value)s».") % {"value": value})
    return int(text)


_DATE = re.compile(
    r"^(?P<a>\d{1,4})[-/.](?P<b>\d{1,2})[-/.](?P<c>\d{1,4})"
    r"(?:[ T]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?$"
)


def parse_glpi_datetime(value, *, day_first: bool = True, tz: tzinfo | None = None) -> datetime | None:
    """A GLPI date ("2026-03-14 09:32", "14-03-2026 09:32", "03-14-2026") in the institute's zone.

    GLPI writes dates in the format each user chose (YYYY-MM-DD, DD-MM-YYYY or MM-DD-YYYY) and
    in its server's time zone, which is the institute's. ``None`` for a blank value;
    ``ValueError`` for anything else that is not a date.
    """
    text = str(value or "").strip()
    if not text or text.startswith("0000-00-00"):
        return None
    match = _DATE.match(text)
    if match is None:
        raise ValueError(text)
    a, b, c = (int(match[name]) for name in "abc")
    if len(match["a"]) == 4:
        year, month, day = a, b, c
    elif len(match["c"]) == 4:
        year, month, day = (c, b, a) if day_first else (c, a, b)
    else:
        raise ValueError(text)
    moment = datetime(
        year, month, day, int(match["hour"] or 0), int(match["minute"] or 0), int(match["second"] or 0)
    )
    return timezone.make_aware(moment, tz or timezone.get_default_timezone())


def detect_day_first(values: Iterable[str]) -> bool:
    """Whether dates with the year last are day-first (DD-MM-YYYY, Colombia) or month-first.

    A file holds one format: a first number above 12 proves day-first, a second one above 12
    proves month-first; with no proof, day-first.
    """
    for value in values:
        match = _DATE.match(str(value or "").strip())
        if match is None or len(match["c"]) != 4:
            continue
        if int(match["a"]) > 12:
            return True
        if int(match["b"]) > 12:
            return False
    return True


def html_to_text(content) -> str:
    """GLPI's description (HTML, often HTML-escaped once more) as plain text with its line breaks."""
    text = html.unescape(str(content or ""))
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|li|tr|h[1-6]|blockquote|pre)\s*>", "\n", text)
    text = html.unescape(strip_tags(text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def priority_of(priority, urgency: int, impact: int, column: str = "priority") -> int:
    """The portal priority: GLPI's own when given, else the ITIL matrix of impact × urgency."""
    if priority is not None and str(priority).strip() != "":
        return priority_from_glpi(glpi_scale(priority, column))
    return ITIL_MATRIX[(level_from_glpi(impact), level_from_glpi(urgency))]


def status_history(record: GlpiTicket) -> list[tuple[str, datetime, bool]]:
    """The status history GLPI implies: ``(status, at, estimated)`` in order.

    GLPI's ticket row keeps the dates of opening, taking (opening + delay), solution and closing;
    when the current status needs a step whose date GLPI does not give (a pending ticket, an
    assigned one without its taking delay), its last update stands in and the step is marked
    estimated. The history always starts "nuevo" at the opening and ends in the current status,
    so the SLA clocks see the ticket as GLPI does.
    """
    opened = record.opened_at
    last_known = max(record.modified_at or opened, opened)
    steps: list[tuple[str, datetime, bool]] = [(Status.NEW.value, opened, False)]

    def add(status: str, at: datetime, estimated: bool = False) -> None:
        steps.append((status, max(at, opened), estimated))

    if record.taken_at is not None:
        add(Status.ASSIGNED.value, record.taken_at)
    elif record.status in (Status.ASSIGNED, Status.IN_PROGRESS, Status.ON_HOLD):
        add(Status.ASSIGNED.value, last_known, True)
    if record.status == Status.ON_HOLD:
        add(Status.ON_HOLD.value, last_known, True)
    if record.solved_at is not None:
        add(Status.SOLVED.value, record.solved_at)
    if record.closed_at is not None:
        add(Status.CLOSED.value, record.closed_at)
    steps.sort(key=lambda step: step[1])
    if steps[-1][0] != record.status:
        add(record.status, max(last_known, steps[-1][1]), True)
    return steps


# --- One record per source shape ---------------------------------------------------------


def _api_date(item: Mapping, field: str) -> datetime | None:
    try:
        return parse_glpi_datetime(item.get(field))
    except ValueError as error:
        raise ValueError(
            _("Fecha no válida en «%(column)s»: «%(value)s».") % {"column": field, "value": item.get(field)}
        ) from error


def _seconds(value) -> int:
    code = _code(value if value is not None else "")
    return code or 0


def record_from_api(
    item: Mapping,
    *,
    category: tuple[int | None, str] | None = None,
    request_type: str = "",
    requester: Person | None = None,
    technician: Person | None = None,
) -> GlpiTicket:
    """A ticket as ``GET Ticket`` returns it (named fields, dropdowns already resolved by the caller)."""
    opened_at = _api_date(item, "date")
    if opened_at is None:
        raise ValueError(_("El caso no tiene fecha de apertura."))
    urgency = glpi_scale(item.get("urgency"), "urgency")
    impact = glpi_scale(item.get("impact"), "impact")
    delay = _seconds(item.get("takeintoaccount_delay_stat"))
    category_id, category_name = category or (None, "")
    return GlpiTicket(
        glpi_id=parse_glpi_id(item.get("id")),
        title=html.unescape(str(item.get("name") or "")).strip(),
        description=html_to_text(item.get("content")),
        ticket_type=ticket_type_from_glpi(item.get("type"), "type"),
        status=status_from_glpi(item.get("status"), "status"),
        opened_at=opened_at,
        modified_at=_api_date(item, "date_mod"),
        taken_at=opened_at + timedelta(seconds=delay) if delay else None,
        solved_at=_api_date(item, "solvedate"),
        closed_at=_api_date(item, "closedate"),
        impact=level_from_glpi(impact),
        urgency=level_from_glpi(urgency),
        priority=priority_of(item.get("priority"), urgency, impact),
        channel=channel_from_request_type(request_type),
        category_path=category_path(category_name),
        category_glpi_id=category_id,
        requester=requester or None,
        technician=technician or None,
        time_spent=_seconds(item.get("actiontime")) // 60,
    )


def record_from_csv_row(row: Mapping[str, str], *, columns: Mapping[str, str], day_first: bool) -> GlpiTicket:
    """A row of a CSV export, keyed by the canonical column names of :mod:`servicedesk.glpi.csv_source`.

    ``columns`` gives each canonical name's header as written in the file, for the messages.
    """

    def cell(key: str) -> str:
        return str(row.get(key) or "").strip()

    def date(key: str) -> datetime | None:
        try:
            return parse_glpi_datetime(cell(key), day_first=day_first)
        except ValueError as error:
            raise ValueError(
                _("Fecha no válida en «%(column)s»: «%(value)s».")
                % {"column": columns.get(key, key), "value": cell(key)}
            ) from error

    opened_at = date("opened")
    if opened_at is None:
        raise ValueError(_("El caso no tiene fecha de apertura."))
    urgency = glpi_scale(cell("urgency"), columns.get("urgency", "urgency"))
    impact = glpi_scale(cell("impact"), columns.get("impact", "impact"))
    return GlpiTicket(
        glpi_id=parse_glpi_id(cell("id")),
        title=cell("title"),
        description=html_to_text(cell("content")),
        ticket_type=(
            ticket_type_from_glpi(cell("type"), columns.get("type", "type"))
            if cell("type")
            else TicketType.INCIDENT.value
        ),
        status=status_from_glpi(cell("status"), columns.get("status", "status")),
        opened_at=opened_at,
        modified_at=date("modified"),
        solved_at=date("solved"),
        closed_at=date("closed"),
        impact=level_from_glpi(impact),
        urgency=level_from_glpi(urgency),
        priority=priority_of(cell("priority"), urgency, impact, columns.get("priority", "priority")),
        channel=channel_from_request_type(cell("source")),
        category_path=category_path(first_value(cell("category"))),
        requester=person_from_label(cell("requester")),
        technician=person_from_label(cell("technician")),
        group_name=first_value(cell("group"))[:120],
    )
