"""English is available: every Spanish string of the project has its translation."""

import datetime
import gettext
import io
import re
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.utils import formats, translation
from openpyxl import load_workbook

from governance.legal.exports import normograma_workbook
from portal.management.commands.check_translations import gettext_in_fstrings, parse_po
from servicedesk.tickets.models import ServiceDeskSettings

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"
KEY = re.compile(r'^(msgid|msgid_plural|msgstr|msgstr\[\d\]) "(.*)"$')


def _entries(text):
    """Entries of a .po file as dicts of msgid, msgid_plural, msgstr / msgstr[n]."""
    entries, current, key = [], {}, None
    for line in [*text.splitlines(), ""]:
        match = KEY.match(line)
        if match:
            key = match.group(1)
            current[key] = match.group(2)
        elif line.startswith('"') and key:
            current[key] += line[1:-1]
        elif not line.strip() and current:
            entries.append(current)
            current, key = {}, None
    return [entry for entry in entries if entry.get("msgid")]


def _unescape(text):
    return text.replace('\\"', '"').replace("\\n", "\n")


def test_every_message_has_an_english_translation():
    entries = _entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    untranslated = [
        e["msgid"] for e in entries if not (e.get("msgstr") or e.get("msgstr[0]") and e.get("msgstr[1]"))
    ]
    assert entries and untranslated == []


def test_compiled_catalogue_matches_its_source():
    entries = _entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    with (CATALOGUE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in entries:
        msgid = _unescape(entry["msgid"])
        if "msgid_plural" in entry:
            plural = _unescape(entry["msgid_plural"])
            assert compiled.ngettext(msgid, plural, 1) == _unescape(entry["msgstr[0]"]), msgid
            assert compiled.ngettext(msgid, plural, 2) == _unescape(entry["msgstr[1]"]), msgid
        else:
            assert compiled.gettext(msgid) == _unescape(entry["msgstr"]), msgid


def _schedule_errors(language, **fields):
    settings = ServiceDeskSettings(**{"business_hours": "lunes: 08:00-12:00", "closed_days": "", **fields})
    with translation.override(language), pytest.raises(ValidationError) as caught:
        settings.clean()
    return {
        name: [str(message) for message in messages] for name, messages in caught.value.message_dict.items()
    }


@pytest.mark.parametrize(
    ("language", "hours_error", "day_error"),
    [
        (
            "es-co",
            "Horario no válido (línea 2: día de la semana desconocido).",
            "Fecha no válida en la línea 2; use AAAA-MM-DD.",
        ),
        ("en", "Invalid hours (line 2: unknown weekday).", "Invalid date on line 2; use YYYY-MM-DD."),
    ],
)
def test_business_calendar_errors_speak_the_language_of_the_form(language, hours_error, day_error):
    errors = _schedule_errors(
        language,
        business_hours="lunes: 08:00-12:00\nfunday: 08:00-12:00",
        closed_days="2026-12-24\n24/12/2026",
    )
    assert errors == {"business_hours": [hours_error], "closed_days": [day_error]}


@pytest.mark.parametrize(
    ("language", "overlap"),
    [("es-co", "línea 1: las franjas se superponen"), ("en", "line 1: time slots overlap")],
)
def test_overlapping_hours_are_explained_without_english_in_spanish(language, overlap):
    errors = _schedule_errors(language, business_hours="martes: 08:00-12:00, 11:00-14:00")
    assert overlap in errors["business_hours"][0]


@pytest.mark.parametrize(
    ("language", "sheet", "header", "generated"),
    [
        ("es-co", "Normograma", "Epígrafe", "Generado el "),
        ("en", "Legal register (normograma)", "Title", "Generated on "),
    ],
)
def test_xlsx_headers_follow_the_active_language(language, sheet, header, generated):
    with translation.override(language):
        book = load_workbook(io.BytesIO(normograma_workbook([], institution="Instituto")))
    assert book.sheetnames == [sheet]
    cells = [cell.value for row in book[sheet].iter_rows() for cell in row if cell.value]
    assert header in cells
    assert any(str(value).startswith(generated) for value in cells)


def test_gate_reads_fuzzy_obsolete_and_untranslated_entries():
    entries = parse_po(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy, python-format\nmsgid "Hola %(name)s"\nmsgstr "Hi %(name)s"\n\n'
        'msgid ""\n"Dos "\n"líneas"\nmsgstr ""\n\n'
        '#~ msgid "Viejo"\n#~ msgstr "Old"\n'
    )
    assert [(e.msgid, e.flags >= {"fuzzy"}, e.obsolete, e.translations) for e in entries] == [
        ("Hola %(name)s", True, False, ["Hi %(name)s"]),
        ("Dos líneas", False, False, [""]),
        ("Viejo", False, True, ["Old"]),
    ]


def test_gate_finds_gettext_hidden_in_fstrings(tmp_path):
    (tmp_path / "module.py").write_text(
        "from django.utils.translation import gettext as _\n"
        'ok = _("Casos %(n)s") % {"n": 1}\n'
        "hidden = f\"{_('Casos')} — {ok}\"\n",
        encoding="utf-8",
    )
    assert gettext_in_fstrings(tmp_path) == ["module.py:3"]


def test_an_english_request_leaves_the_thread_in_spanish(client, settings, db):
    """The language chosen for one request is not left active for whatever the thread does next."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.get("/cuenta/ingresar/")
    assert response["Content-Language"] == "en"
    assert translation.get_language() == settings.LANGUAGE_CODE


@pytest.mark.parametrize(
    ("language", "expected"), [("es-co", "31 de enero de 2026"), ("en", "Jan. 31, 2026")]
)
def test_dates_are_written_as_each_language_writes_them(language, expected):
    """Spanish months in lower case (Django's es_CO catalogue capitalises them)."""
    with translation.override(language):
        assert formats.date_format(datetime.date(2026, 1, 31)) == expected
