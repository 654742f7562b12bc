"""Folders (the portal's media, other folders): a gzip-compressed tar, each file hashed as it is read.

The manifest counts the files and their bytes and keeps a digest of the sorted list of
``path, size, SHA-256``: a restored copy whose any file differs gives another digest.
"""

from __future__ import annotations

import hashlib
import os
import tarfile
from collections.abc import Callable, Iterator
from pathlib import Path

from django.utils.translation import gettext as _

from servicedesk.backups.checksums import CHUNK, HashingReader, sha256_file
from servicedesk.backups.engines import BackupError


def _files(root: Path) -> Iterator[Path]:
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def folder_size(root: Path) -> int:
    return sum(path.stat().st_size for path in _files(root)) if root.is_dir() else 0


def _summary(entries: list[tuple[str, int, str]]) -> dict:
    digest = hashlib.sha256()
    for name, size, sha in sorted(entries):
        digest.update(f"{name}\t{size}\t{sha}\n".encode())
    return {
        "files": len(entries),
        "bytes": sum(size for _n, size, _s in entries),
        "digest": digest.hexdigest(),
    }


def backup(root: Path, target: Path, progress: Callable[[int, int], None] | None = None) -> dict:
    """Every regular file under ``root`` into the tar ``target``; the manifest of what went in."""
    if not root.is_dir():
        raise BackupError(_("La carpeta %(path)s no existe o no es una carpeta.") % {"path": root})
    entries, done = [], 0
    try:
        with tarfile.open(target, "w:gz", compresslevel=6) as archive:
            for path in _files(root):
                name = path.relative_to(root).as_posix()
                info = archive.gettarinfo(str(path), arcname=name)
                with path.open("rb") as handle:
                    reader = HashingReader(handle)
                    archive.addfile(info, reader)
                entries.append((name, reader.size, reader.hexdigest()))
                done += reader.size
                if progress is not None:
                    progress(done, len(entries))
    except OSError as error:
        raise BackupError(
            _("No se pudo copiar la carpeta %(path)s: %(error)s") % {"path": root, "error": error}
        ) from error
    return _summary(entries)


def restore_manifest(artifact: Path, destination: Path | None = None) -> dict:
    """Read every file back from the tar; with ``destination``, extract it there and read each
    extracted file back from the disk (what the manifest then describes is what was written)."""
    entries = []
    try:
        with tarfile.open(artifact, "r:gz") as archive:
            for member in archive:
                if not member.isfile():
                    continue
                source = archive.extractfile(member)
                digest, size = hashlib.sha256(), 0
                target = None
                if destination is not None:
                    target = destination / member.name
                    if destination.resolve() not in target.resolve().parents:
                        raise BackupError(
                            _("La copia contiene una ruta insegura: %(name)s") % {"name": member.name}
                        )
                    target.parent.mkdir(parents=True, exist_ok=True)
                out = target.open("wb") if target is not None else None
                try:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        if out is not None:
                            out.write(chunk)
                finally:
                    if out is not None:
                        out.close()
                entries.append((member.name, size, digest.hexdigest()))
    except (OSError, tarfile.TarError, EOFError) as error:
        raise BackupError(_("No se pudo leer la copia de archivos: %(error)s") % {"error": error}) from error
    if destination is not None:
        entries = [_read_back(destination, name) for name, _size, _sha in entries]
    return _summary(entries)


def _read_back(destination: Path, name: str) -> tuple[str, int, str]:
    path = destination / name
    try:
        return name, path.stat().st_size, sha256_file(path)
    except OSError:
        return name, -1, ""
