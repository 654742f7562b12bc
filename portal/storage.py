"""The media storage: a file appears under its name only once it is complete.

Django's ``FileSystemStorage`` writes an upload straight to its final name, so a write that
fails part-way (a full disk: ``ENOSPC``) leaves a truncated file there. This storage writes to
a hidden temporary name in the same folder, renames it into place when complete, and removes
it when the write fails. Every file of the default storage goes through it: Wagtail documents
and images, ticket attachments, follow-up evidence.
"""

from __future__ import annotations

import contextlib
import os
import posixpath
import uuid

from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible

PARTIAL_SUFFIX = ".part"


@deconstructible(path="portal.storage.CompleteFilesStorage")
class CompleteFilesStorage(FileSystemStorage):
    """``FileSystemStorage`` that never leaves a partial file under a stored name."""

    def _save(self, name, content):
        folder = posixpath.dirname(name)
        partial = posixpath.join(folder, f".{uuid.uuid4().hex}{PARTIAL_SUFFIX}")
        try:
            # Django's own write (folders, permissions, moving big uploads from /tmp), to the
            # temporary name; it returns the name it really used.
            partial = super()._save(partial, content)
            return self._move_into_place(self.path(partial), name)
        except BaseException:
            with contextlib.suppress(OSError):
                os.remove(self.path(partial))
            raise

    def _move_into_place(self, partial_path: str, name: str) -> str:
        """Rename the complete file to ``name``, or to the next free name if it is taken."""
        while True:
            full_path = self.path(name)
            if self._allow_overwrite:
                os.replace(partial_path, full_path)
                break
            try:
                # Claim the name (fails if another upload took it meanwhile), then replace the
                # empty claim with the complete file in one rename.
                os.close(os.open(full_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            except FileExistsError:
                name = self.get_available_name(name)
                continue
            try:
                os.replace(partial_path, full_path)
            except BaseException:
                os.remove(full_path)
                raise
            break
        return os.path.relpath(full_path, self.location).replace("\\", "/")
