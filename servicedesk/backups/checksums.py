"""Checksums of artifacts (SHA-256, streamed) and of table contents (order-independent)."""

from __future__ import annotations

import hashlib
from pathlib import Path

CHUNK = 1 << 20
#: Row digests are summed modulo 2**64: the order rows come in does not change the total.
MODULUS = 1 << 64


def sha256_file(path: Path | str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def row_digest(text: str) -> int:
    """The first 64 bits of the row's MD5, as PostgreSQL computes them in ``TABLE_CHECKSUM_SQL``."""
    return int(hashlib.md5(text.encode(), usedforsecurity=False).hexdigest()[:16], 16)


def fold(total: int) -> str:
    """A sum of row digests as the manifest writes it (16 hex digits)."""
    return f"{total % MODULUS:016x}"


class HashingReader:
    """A file object that hashes what is read through it (so a file is read once to copy and hash it)."""

    def __init__(self, handle):
        self._handle = handle
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.digest.update(data)
        self.size += len(data)
        return data

    def hexdigest(self) -> str:
        return self.digest.hexdigest()
