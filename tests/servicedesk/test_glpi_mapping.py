"""GLPI codes and labels in the portal's vocabulary: pure functions, no database."""

from datetime import datetime, timedelta

import pytest

from portal.business_calendar import BOGOTA
from servicedesk.glpi.api import public_url, total_from
from servicedesk.glpi.csv_source import decode, detect_delimiter
from servicedesk.glpi.mapping import (
    category_path,
    channel_from_request_type,
    detect_day_first,
    first_value,
    glpi_scale,
    html_to_text,
    parse_glpi_datetime,
    parse_glpi_id,
    person_from_label,
    priority_of,
    record_from_api,
    record_from_csv_row,
    status_from_glpi,
    status_history,
    ticket_type_from_glpi,
)
from servicedesk.glpi.records import GlpiTicket, Person


def at(*args):
    return datetime(*args, tzinfo=BOGOTA)


@pytest.mark.parametrize(("glpi", "portal"), [(1, "incidente"), (2, "requerimiento"), ("2", "requerimiento")])
def test_ticket_type_codes(glpi, portal):
    assert ticket_type_from_glpi(glpi) == portal


@pytest.mark.parametrize(
    ("label", "portal"),
    [
        ("Incidente", "incidente"),
        ("Incident", "incidente"),
        ("Solicitud", "requerimiento"),
        ("REQUEST", "requerimiento"),
    ],
)
def test_ticket_type_labels_in_both_languages(label, portal):
    assert ticket_type_from_glpi(label) == portal


@pytest.mark.parametrize(
    ("glpi", "portal"),
    [(1, "nuevo"), (2, "asignado"), (3, "asignado"), (4, "en_espera"), (5, "resuelto"), (6, "cerrado")],
)
def test_status_codes(glpi, portal):
    assert status_from_glpi(glpi) == portal


@pytest.mark.parametrize(
    ("label", "portal"),
    [
        ("Nuevo", "nuevo"),
        ("En curso (asignada)", "asignado"),
        ("En curso (planificada)", "asignado"),
        ("en  curso (ASIGNADA)", "asignado"),
        ("En espera", "en_espera"),
        ("Resuelto", "resuelto"),
        ("Cerrado", "cerrado"),
        ("New", "nuevo"),
        ("Processing (assigned)", "asignado"),
        ("Processing (planned)", "asignado"),
        ("Pending", "en_espera"),
        ("Solved", "resuelto"),
        ("Closed", "cerrado"),
    ],
)
def test_status_labels_in_both_languages(label, portal):
    assert status_from_glpi(label) == portal


def test_an_unknown_status_is_refused_in_spanish():
    with pytest.raises(ValueError, match="Valor no reconocido en «Estado»: «Archivado»"):
        status_from_glpi("Archivado", "Estado")
    with pytest.raises(ValueError):
        status_from_glpi(9)


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Muy alta", 5),
        ("Alta", 4),
        ("Mediana", 3),
        ("Media", 3),
        ("Baja", 2),
        ("Muy baja", 1),
        ("Mayor", 6),
        ("Very high", 5),
        ("Medium", 3),
        ("Major", 6),
        ("4", 4),
        ("", 3),
        (None, 3),
    ],
)
def test_urgency_impact_priority_labels(label, value):
    assert glpi_scale(label) == value


def test_priority_comes_from_glpi_else_from_the_itil_matrix():
    assert priority_of(6, urgency=1, impact=1) == 1  # major tops the scale
    assert priority_of("Muy baja", urgency=5, impact=5) == 5
    assert priority_of("", urgency=5, impact=5) == 1
    assert priority_of(None, urgency=3, impact=2) == 4  # impact baja × urgency media


@pytest.mark.parametrize(
    ("name", "channel"),
    [
        ("Helpdesk", "intranet"),
        ("Mesa de ayuda", "intranet"),
        ("E-Mail", "correo"),
        ("Correo electrónico", "correo"),
        ("Phone", "telefono"),
        ("Teléfono", "telefono"),
        ("Direct", "presencial"),
        ("Directo", "presencial"),
        ("Written", "escrito"),
        ("Escrito", "escrito"),
        ("Other", "otro"),
        ("", "otro"),
        (None, "otro"),
    ],
)
def test_request_sources(name, channel):
    assert channel_from_request_type(name) == channel


def test_category_complete_names_split_into_levels():
    assert category_path("Hardware > Impresoras") == ("Hardware", "Impresoras")
    assert category_path("Redes &gt; Conectividad &gt; Sede norte") == ("Redes", "Conectividad", "Sede norte")
    assert category_path("I/O>Puertos") == ("I/O>Puertos",)
    assert category_path("") == () and category_path(None) == ()


@pytest.mark.parametrize(
    ("text", "glpi_id"), [("1234", 1234), ("1 234", 1234), ("1.234", 1234), ("12\u00a0345", 12345)]
)
def test_ids_with_thousands_separators(text, glpi_id):
    assert parse_glpi_id(text) == glpi_id


@pytest.mark.parametrize("text", ["", "abc", "0", "12 34"])
def test_bad_ids_are_refused(text):
    with pytest.raises(ValueError, match="ID de GLPI no válido"):
        parse_glpi_id(text)


def test_dates_in_glpi_formats_are_read_in_bogota_time():
    assert parse_glpi_datetime("2026-03-14 09:32") == at(2026, 3, 14, 9, 32)
    assert parse_glpi_datetime("2026-03-14 09:32:10") == at(2026, 3, 14, 9, 32, 10)
    assert parse_glpi_datetime("14-03-2026 09:32") == at(2026, 3, 14, 9, 32)
    assert parse_glpi_datetime("14/03/2026") == at(2026, 3, 14)
    assert parse_glpi_datetime("03-14-2026 09:32", day_first=False) == at(2026, 3, 14, 9, 32)
    assert parse_glpi_datetime("") is None and parse_glpi_datetime(None) is None
    assert parse_glpi_datetime("0000-00-00 00:00:00") is None


@pytest.mark.parametrize("text", ["mañana", "32-13-2026 09:00", "2026-02-30", "14-03-26"])
def test_bad_dates_raise(text):
    with pytest.raises(ValueError):
        parse_glpi_datetime(text)


def test_day_or_month_first_is_decided_by_the_file():
    assert detect_day_first(["01-02-2026", "14-03-2026"]) is True
    assert detect_day_first(["01-02-2026", "03-14-2026"]) is False
    assert detect_day_first(["2026-03-14 10:00", "01-02-2026"]) is True


def test_html_content_becomes_plain_text():
    escaped = (
        "&lt;p&gt;Impresora &amp;amp; escáner&lt;/p&gt;"
        "&lt;p&gt;Piso&amp;nbsp;2&lt;br /&gt;Oficina 301&lt;/p&gt;"
    )
    assert html_to_text(escaped) == "Impresora & escáner\nPiso 2\nOficina 301"
    assert html_to_text("<p>Hola <script>alert(1)</script><b>mundo</b></p>") == "Hola alert(1)mundo"
    assert html_to_text(None) == ""


def test_cells_with_several_values_and_people():
    assert first_value("Ana\nCarlos") == "Ana"
    assert person_from_label("jperez") == Person(name="jperez", login="jperez")
    assert person_from_label("ana@x.example") == Person(name="ana@x.example", email="ana@x.example")
    assert person_from_label("Pérez Ana") == Person(name="Pérez Ana")
    assert person_from_label("") is None


def record(**changes):
    base = {
        "glpi_id": 1,
        "title": "Caso",
        "description": "",
        "ticket_type": "incidente",
        "status": "nuevo",
        "opened_at": at(2026, 3, 2, 8),
        "impact": "baja",
        "urgency": "media",
        "priority": 4,
        "channel": "otro",
    }
    return GlpiTicket(**{**base, **changes})


def test_history_of_a_closed_ticket_follows_glpi_dates():
    closed = record(
        status="cerrado",
        taken_at=at(2026, 3, 2, 8, 30),
        solved_at=at(2026, 3, 3, 15),
        closed_at=at(2026, 3, 4, 10),
        modified_at=at(2026, 3, 4, 10),
    )
    assert status_history(closed) == [
        ("nuevo", at(2026, 3, 2, 8), False),
        ("asignado", at(2026, 3, 2, 8, 30), False),
        ("resuelto", at(2026, 3, 3, 15), False),
        ("cerrado", at(2026, 3, 4, 10), False),
    ]


def test_history_estimates_what_glpi_does_not_date():
    pending = record(status="en_espera", modified_at=at(2026, 3, 5, 9))
    assert status_history(pending) == [
        ("nuevo", at(2026, 3, 2, 8), False),
        ("asignado", at(2026, 3, 5, 9), True),
        ("en_espera", at(2026, 3, 5, 9), True),
    ]
    solved_without_date = record(status="resuelto", modified_at=at(2026, 3, 6, 9))
    assert status_history(solved_without_date)[-1] == ("resuelto", at(2026, 3, 6, 9), True)
    assert status_history(record()) == [("nuevo", at(2026, 3, 2, 8), False)]


def test_history_never_goes_before_the_opening():
    odd = record(status="resuelto", solved_at=at(2026, 3, 1, 8))
    assert status_history(odd) == [
        ("nuevo", at(2026, 3, 2, 8), False),
        ("resuelto", at(2026, 3, 2, 8), False),
    ]


def test_an_api_item_becomes_a_record():
    item = {
        "id": 77,
        "name": "Sin red",
        "content": "&lt;p&gt;No hay red&lt;/p&gt;",
        "date": "2026-03-02 08:00:00",
        "date_mod": "2026-03-04 10:00:00",
        "solvedate": "2026-03-03 15:00:00",
        "closedate": None,
        "status": 5,
        "urgency": 4,
        "impact": 3,
        "priority": 4,
        "type": 1,
        "takeintoaccount_delay_stat": 900,
        "actiontime": 5400,
    }
    result = record_from_api(item, category=(12, "Hardware > Red"), request_type="Phone")
    assert result.glpi_id == 77 and result.title == "Sin red" and result.description == "No hay red"
    assert (result.status, result.ticket_type, result.channel) == ("resuelto", "incidente", "telefono")
    assert (result.urgency, result.impact, result.priority) == ("alta", "media", 2)
    assert result.taken_at == at(2026, 3, 2, 8) + timedelta(minutes=15)
    assert result.category_path == ("Hardware", "Red") and result.category_glpi_id == 12
    assert result.time_spent == 90


def test_a_csv_row_with_a_bad_date_names_its_column():
    row = {"id": "5", "title": "x", "status": "Nuevo", "opened": "31-02-2026 08:00"}
    with pytest.raises(ValueError, match="Fecha no válida en «Fecha de apertura»: «31-02-2026 08:00»"):
        record_from_csv_row(row, columns={"opened": "Fecha de apertura"}, day_first=True)


def test_encodings_and_delimiters_are_detected():
    text = "ID;Título;Categoría\n1;Impresión, color;Hardware\n"
    assert decode(text.encode("cp1252")) == (text, "cp1252")
    assert decode(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")
    assert decode(text.encode()) == (text, "utf-8")
    assert detect_delimiter(text) == ";"
    assert detect_delimiter('ID,Title,Status\n1,"Uno; dos",New\n') == ","


def test_api_helpers():
    assert total_from("0-49/1234") == 1234 and total_from("") is None
    assert (
        public_url("https://glpi:secreto@mesa.example/apirest.php?app_token=x")
        == "https://mesa.example/apirest.php"
    )
