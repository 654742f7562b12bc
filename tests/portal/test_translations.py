"""English is available: every Spanish string of the project has its translation."""

from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "locale" / "en" / "LC_MESSAGES"


def _entries(text):
    """(msgid, msgstr) pairs of a .po file, joining continued lines."""
    entries, current, key = [], {}, None
    for line in text.splitlines() + [""]:
        if line.startswith(("msgid ", "msgstr ")):
            key, _, rest = line.partition(" ")
            current[key] = rest.strip()[1:-1]
        elif line.startswith('"') and key:
            current[key] += line.strip()[1:-1]
        elif not line.strip() and current:
            entries.append((current.get("msgid", ""), current.get("msgstr", "")))
            current, key = {}, None
    return entries


def test_every_message_has_an_english_translation():
    entries = _entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    untranslated = [msgid for msgid, msgstr in entries if msgid and not msgstr]
    assert entries and untranslated == []


def test_compiled_catalogue_matches_its_source():
    import gettext

    entries = _entries((CATALOGUE / "django.po").read_text(encoding="utf-8"))
    with (CATALOGUE / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, msgstr in entries:
        if msgid:
            assert compiled.gettext(msgid.replace('\\"', '"')) == msgstr.replace('\\"', '"'), msgid
