"""The translation gate: every message of the project has a current English translation.

``makemessages`` runs on a temporary copy of the sources and of ``locale/``, so the committed
catalogue is never touched. The gate fails when the refreshed catalogue has an entry without
translation, a fuzzy entry, an obsolete entry, a format mismatch, when the committed ``.mo`` does
not match its ``.po``, or when a gettext call sits inside an f-string (xgettext cannot see it).
"""

from __future__ import annotations

import ast
import gettext
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

#: The same exclusions as ``make messages``.
IGNORED = (".venv", "node_modules", "var", "tests")
EXTENSIONS = (".py", ".html", ".txt")
GETTEXT_NAMES = {
    "_",
    "gettext",
    "gettext_lazy",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}
_KEY = re.compile(r'^(#~ )?(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) "(.*)"$')


@dataclass
class Entry:
    msgid: str = ""
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def translations(self) -> list[str]:
        return [value for key, value in self.fields.items() if key.startswith("msgstr")]


def _unescape(text: str) -> str:
    return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def parse_po(text: str) -> list[Entry]:
    """The entries of a .po file (the header excluded)."""
    entries, current, key = [], Entry(), None
    for line in [*text.splitlines(), ""]:
        match = _KEY.match(line)
        if line.startswith("#,"):
            current.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif match:
            current.obsolete = current.obsolete or bool(match.group(1))
            key = match.group(2)
            current.fields[key] = _unescape(match.group(3))
        elif key and (line.startswith('"') or line.startswith('#~ "')):
            current.fields[key] += _unescape(line.removeprefix("#~ ")[1:-1])
        elif not line.strip():
            if current.fields.get("msgid"):
                current.msgid = current.fields["msgid"]
                entries.append(current)
            current, key = Entry(), None
    return entries


def gettext_in_fstrings(root: Path) -> list[str]:
    """``file:line`` of gettext calls inside f-strings, which xgettext does not extract."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for inner in ast.walk(node):
                func = getattr(inner, "func", None)
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                if isinstance(inner, ast.Call) and name in GETTEXT_NAMES:
                    found.append(f"{path.relative_to(root)}:{inner.lineno}")
    return found


def _copy_sources(source: Path, target: Path) -> None:
    """The files makemessages reads, and the locale directory, under ``target``."""
    for dirpath, dirnames, filenames in os.walk(source):
        relative = Path(dirpath).relative_to(source)
        dirnames[:] = [
            name
            for name in dirnames
            if not name.startswith(".")
            and name not in ("__pycache__", "locale")
            and not (relative == Path(".") and name in IGNORED)
        ]
        for name in filenames:
            if name.endswith(EXTENSIONS):
                (target / relative).mkdir(parents=True, exist_ok=True)
                shutil.copy2(Path(dirpath) / name, target / relative / name)
    shutil.copytree(source / "locale", target / "locale")


def _catalog(mo_path: Path) -> dict:
    with mo_path.open("rb") as handle:
        catalog = dict(gettext.GNUTranslations(handle)._catalog)
    catalog.pop("", None)  # the header: its dates say nothing about the translations
    return catalog


class Command(BaseCommand):
    help = (
        "Comprueba que todos los textos traducibles tengan traducción al inglés vigente "
        "(sin entradas vacías, difusas ni obsoletas) y que el .mo corresponda al .po. "
        "No modifica el catálogo del repositorio."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", "-l", default="en", help="Idioma a comprobar (por defecto: en).")

    def handle(self, *args, locale, **options):
        root = Path(settings.BASE_DIR)
        catalogue = root / "locale" / locale / "LC_MESSAGES"
        if not (catalogue / "django.po").exists():
            raise CommandError(f"No existe {catalogue / 'django.po'}.")
        problems: list[str] = []
        with tempfile.TemporaryDirectory(prefix="check-translations-") as tmp:
            work = Path(tmp) / "src"
            _copy_sources(root, work)
            problems += [
                f"gettext dentro de un f-string (xgettext no lo extrae): {where}"
                for where in gettext_in_fstrings(work)
            ]
            po = self._refresh(work, locale)
            problems += self._check_entries(po)
            problems += self._check_format(po)
            problems += self._check_compiled(catalogue, Path(tmp))
        if problems:
            for problem in problems:
                self.stderr.write(f"  {problem}")
            raise CommandError(
                f"{len(problems)} problema(s) de traducción. Traduzca con `make messages` y "
                "edite locale/en/LC_MESSAGES/django.po."
            )
        self.stdout.write(self.style.SUCCESS("Traducciones completas y catálogo compilado al día."))

    def _refresh(self, work: Path, locale: str) -> Path:
        """Run makemessages in the copy, as ``make messages`` does; the refreshed .po."""
        previous = Path.cwd()
        os.chdir(work)
        try:
            with override_settings(LOCALE_PATHS=[str(work / "locale")]):
                call_command(
                    "makemessages",
                    locale=[locale],
                    no_location=True,
                    ignore_patterns=list(IGNORED),
                    verbosity=0,
                )
        finally:
            os.chdir(previous)
        return work / "locale" / locale / "LC_MESSAGES" / "django.po"

    def _check_entries(self, po: Path) -> list[str]:
        problems = []
        for entry in parse_po(po.read_text(encoding="utf-8")):
            label = entry.msgid.replace("\n", "\\n")
            if entry.obsolete:
                problems.append(f"obsoleta (ya no está en el código): {label}")
            elif "fuzzy" in entry.flags:
                problems.append(f"difusa (fuzzy), revise la traducción: {label}")
            elif not entry.translations or not all(entry.translations):
                problems.append(f"sin traducción: {label}")
        return problems

    def _check_format(self, po: Path) -> list[str]:
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", os.devnull, str(po)], capture_output=True, text=True
        )
        if result.returncode == 0:
            return []
        return [f"formato: {line}" for line in result.stderr.splitlines() if line.strip()]

    def _check_compiled(self, catalogue: Path, tmp: Path) -> list[str]:
        """The committed .mo must hold exactly what compiling the committed .po gives."""
        compiled = tmp / "committed.mo"
        result = subprocess.run(
            ["msgfmt", "--check-format", "-o", str(compiled), str(catalogue / "django.po")],
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            return [f"el .po del repositorio no compila: {result.stderr.strip()}"]
        if not (catalogue / "django.mo").exists() or _catalog(catalogue / "django.mo") != _catalog(compiled):
            return ["django.mo no corresponde a django.po: ejecute compilemessages y confírmelo"]
        return []
