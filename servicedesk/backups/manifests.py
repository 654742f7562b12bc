"""Comparing what a restored copy holds with the manifest taken when it was made (pure)."""

from __future__ import annotations

from django.utils.translation import gettext as _


def differences(expected: dict, actual: dict) -> list[str]:
    """Every difference between two manifests, in Spanish; empty when they match."""
    found = []
    if "tables" in expected or "tables" in actual:
        before, after = expected.get("tables", {}), actual.get("tables", {})
        for name in sorted(set(before) - set(after)):
            found.append(_("Falta la tabla %(t)s.") % {"t": name})
        for name in sorted(set(after) - set(before)):
            found.append(_("Sobra la tabla %(t)s.") % {"t": name})
        for name in sorted(set(before) & set(after)):
            if before[name]["rows"] != after[name]["rows"]:
                found.append(
                    _("%(t)s: %(a)s filas restauradas, %(b)s copiadas.")
                    % {"t": name, "a": after[name]["rows"], "b": before[name]["rows"]}
                )
            elif before[name]["checksum"] != after[name]["checksum"]:
                found.append(_("%(t)s: el contenido restaurado difiere del copiado.") % {"t": name})
        return found
    for key, label in (("files", _("archivos")), ("bytes", _("bytes"))):
        if expected.get(key) != actual.get(key):
            found.append(
                _("%(what)s: %(a)s restaurados, %(b)s copiados.")
                % {"what": label, "a": actual.get(key), "b": expected.get(key)}
            )
    if not found and expected.get("digest") != actual.get("digest"):
        found.append(_("El contenido de algún archivo restaurado difiere del copiado."))
    return found


def tables_compared(manifest: dict) -> list[int]:
    """How many tables and rows a manifest names (files and bytes for a folder)."""
    if "tables" in manifest:
        tables = manifest["tables"]
        return [len(tables), sum(table["rows"] for table in tables.values())]
    return [manifest.get("files", 0), manifest.get("bytes", 0)]


def compared_text(entry: dict) -> str:
    """What a drill's or a restoration's entry compared, in words ("12 tablas, 340 filas")."""
    counts = entry.get("compared")
    if not counts:
        return ""
    if entry.get("artifact", "").endswith(".tar.gz"):
        return _("%(files)s archivos, %(bytes)s bytes") % {"files": counts[0], "bytes": counts[1]}
    return _("%(tables)s tablas, %(rows)s filas") % {"tables": counts[0], "rows": counts[1]}
