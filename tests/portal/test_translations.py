"""English is available: every Spanish string of the project has its translation."""

import gettext
import re
from pathlib import Path

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
