"""A CSV export of GLPI's ticket list as a source of tickets.

GLPI exports any search list as CSV; the separator (``;`` or ``,``), the encoding (UTF-8 with or
without BOM, Windows-1252, ISO-8859-1) and the headers' language depend on its version and on
the exporting user, so all three are detected here.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from charset_normalizer import from_bytes
from django.utils.translation import gettext as _

from servicedesk.glpi.mapping import detect_day_first, label_key, record_from_csv_row
from servicedesk.glpi.models import ImportSource
from servicedesk.glpi.records import GlpiError, GlpiTicket, RowProblem

DELIMITERS = ";,"
#: The single-byte encodings GLPI exports in besides UTF-8. Guessing among these only keeps a
#: short Spanish file from being read as, say, Central European or Cyrillic.
LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]

#: Canonical column → the headers GLPI gives it, in Spanish and English.
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("ID",),
    "title": ("Título", "Titulo", "Title", "Nombre", "Name"),
    "status": ("Estado", "Status"),
    "opened": ("Fecha de apertura", "Apertura", "Opening date"),
    "modified": ("Última actualización", "Ultima modificación", "Última modificación", "Last update"),
    "priority": ("Prioridad", "Priority"),
    "requester": ("Solicitante - Solicitante", "Solicitante", "Requester - Requester", "Requester"),
    "technician": ("Asignado a - Técnico", "Técnico", "Assigned to - Technician", "Technician"),
    "group": (
        "Asignado a - Grupo de técnicos",
        "Asignado a - Grupo",
        "Assigned to - Technician group",
        "Assigned to - Group",
    ),
    "category": ("Categoría", "Categoria", "Category"),
    "type": ("Tipo", "Type"),
    "urgency": ("Urgencia", "Urgency"),
    "impact": ("Impacto", "Impact"),
    "solved": ("Fecha de solución", "Fecha de resolución", "Resolution date", "Solution date", "Solve date"),
    "closed": ("Fecha de cierre", "Closing date", "Close date"),
    "source": ("Origen de la solicitud", "Fuente de la solicitud", "Request source"),
    "content": ("Descripción", "Descripcion", "Description"),
}
_CANONICAL = {label_key(header): key for key, headers in HEADERS.items() for header in headers}
DATE_COLUMNS = ("opened", "modified", "solved", "closed")


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``: UTF-8 (BOM or not) when it is, else the best legacy guess."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    encoding = guess.encoding if guess is not None else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _known_columns(header_line: str, delimiter: str, canonical: dict[str, str]) -> int:
    cells = next(csv.reader([header_line], delimiter=delimiter), [])
    return sum(label_key(cell) in canonical for cell in cells)


def detect_delimiter(text: str, canonical: dict[str, str] = _CANONICAL) -> str:
    """``;`` or ``,``: the sniffer's answer when the header agrees, else the one naming more of the
    columns ``canonical`` knows (a header's ``label_key`` → its column)."""
    header_line = text.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff("\n".join(text.splitlines()[:20]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    counts = {delimiter: _known_columns(header_line, delimiter, canonical) for delimiter in DELIMITERS}
    if sniffed in counts and counts[sniffed] >= max(counts.values()):
        return sniffed
    return max(DELIMITERS, key=lambda delimiter: counts[delimiter])


def csv_rows(text: str, canonical: dict[str, str] = _CANONICAL):
    """A ``csv.reader`` over a GLPI export: Excel's ``sep=`` hint line obeyed, else the delimiter
    detected from the columns ``canonical`` knows."""
    if text.lower().startswith("sep="):  # Excel's hint line, when the file went through it
        delimiter, text = text[4:5] or ";", text.split("\n", 1)[-1]
    else:
        delimiter = detect_delimiter(text, canonical)
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


class CsvSource:
    """Tickets of a GLPI CSV export (``since``: only rows updated from then on)."""

    kind = ImportSource.CSV

    def __init__(self, path, *, since: datetime | None = None):
        self.path = Path(path)
        self.name = self.path.name
        self.since = since

    def read_text(self) -> str:
        try:
            data = self.path.read_bytes()
        except OSError as error:
            raise GlpiError(
                _("No se pudo leer el archivo «%(name)s»: %(error)s") % {"name": self.name, "error": error}
            ) from error
        return decode(data)[0]

    def records(self) -> Iterator[GlpiTicket | RowProblem]:
        reader = csv_rows(self.read_text())
        header = next(reader, [])
        columns: dict[str, str] = {}
        positions: dict[str, int] = {}
        for position, label in enumerate(header):
            key = _CANONICAL.get(label_key(label))
            if key and key not in positions:
                positions[key], columns[key] = position, label.strip()
        if "id" not in positions or "title" not in positions:
            raise GlpiError(
                _("«%(name)s» no parece una exportación de casos de GLPI: faltan las columnas ID o Título.")
                % {"name": self.name}
            )
        rows = []
        for row in reader:
            if any(cell.strip() for cell in row):
                values = {key: row[index] if index < len(row) else "" for key, index in positions.items()}
                rows.append((reader.line_num, values))
        day_first = detect_day_first(
            values[key] for _line, values in rows for key in DATE_COLUMNS if key in values
        )
        for line, values in rows:
            try:
                record = record_from_csv_row(values, columns=columns, day_first=day_first)
            except ValueError as error:
                reference = values.get("id", "").strip() or _("línea %(line)s") % {"line": line}
                yield RowProblem(reference=reference, message=str(error))
                continue
            if self.since is None or (record.modified_at or record.opened_at) >= self.since:
                yield record
