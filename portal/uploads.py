"""Uploads outside Wagtail's document library (evidence of follow-ups, attachments).

The same three checks as documents: extension allow-list, size limit, content that matches
the extension. A write that stores files removes them again if it fails (``StoredUploads``).
Files live under ``MEDIA_ROOT`` in folders the web server does not expose; they
are served by views that check who may read the record they belong to.
"""

from __future__ import annotations

import contextlib
import os

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.content_checks import content_matches_extension

EVIDENCE_EXTENSIONS = ("csv", "docx", "jpg", "jpeg", "ods", "odt", "pdf", "png", "pptx", "txt", "xlsx", "zip")


def max_upload_size() -> int:
    return settings.WAGTAILDOCS_MAX_UPLOAD_SIZE


def check_upload(upload, extensions=EVIDENCE_EXTENSIONS) -> None:
    """Raise a Spanish ``ValidationError`` unless ``upload`` is an allowed, intact file."""
    name = os.path.basename(upload.name)
    extension = os.path.splitext(name)[1].lstrip(".").lower()
    if extension not in extensions:
        raise ValidationError(
            _("El tipo de archivo «%(ext)s» no está permitido. Tipos permitidos: %(allowed)s."),
            code="extension",
            params={"ext": extension or "?", "allowed": ", ".join(extensions)},
        )
    limit = max_upload_size()
    if upload.size > limit:
        raise ValidationError(
            _("El archivo «%(name)s» pesa más de %(mb)s MB."),
            code="size",
            params={"name": name, "mb": limit // (1024 * 1024)},
        )
    if not content_matches_extension(extension, upload):
        raise ValidationError(
            _(
                "El contenido del archivo «%(name)s» no corresponde a un archivo %(ext)s. "
                "Verifique que no esté dañado ni renombrado y súbalo de nuevo."
            ),
            code="content_mismatch",
            params={"name": name, "ext": extension.upper()},
        )


class UploadNotStored(ValidationError):
    """The storage could not write an upload (full disk, no permission): nothing was saved."""

    def __init__(self, name: str):
        super().__init__(
            gettext_lazy(
                "No se pudo guardar el archivo «%(name)s» porque el servidor no tiene espacio "
                "disponible o no permite escribir. No se registró nada: intente de nuevo más tarde "
                "y, si el problema continúa, avise a la mesa de servicios."
            ),
            code="not_stored",
            params={"name": name},
        )


class StoredUploads:
    """The files one write stores; removed again if the write fails.

    Wrap the service's transaction and store each upload through :meth:`save` before saving
    its record::

        with StoredUploads() as stored, transaction.atomic():
            stored.save(record.file, upload)
            record.save()

    The transaction rolls back the records; this removes the files stored before the failure.
    A storage error becomes :class:`UploadNotStored` (a Spanish ``ValidationError``); the storage
    itself never leaves a partial file (``portal.storage``).
    """

    def __init__(self):
        self._stored: list[tuple] = []

    def __enter__(self) -> StoredUploads:
        return self

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is None:
            return
        for storage, name in self._stored:
            with contextlib.suppress(OSError):
                storage.delete(name)

    def save(self, field_file, upload) -> None:
        """Write ``upload`` to ``field_file`` (its record is saved by the caller)."""
        name = os.path.basename(upload.name)
        try:
            field_file.save(name, upload, save=False)
        except OSError as error:
            raise UploadNotStored(name) from error
        self._stored.append((field_file.storage, field_file.name))


class CheckedFileField(forms.FileField):
    """A file checked like every upload of the portal (type, size, content)."""

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            check_upload(upload)
        return upload


def serve_file(field_file) -> FileResponse:
    """A stored upload as an attachment (the caller has checked permissions)."""
    if not field_file:
        raise Http404
    try:
        handle = field_file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=os.path.basename(field_file.name))
