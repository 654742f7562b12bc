"""The document form every upload goes through (single, multiple and chooser uploads)."""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

from portal.content_checks import content_matches_extension


class CheckedDocumentForm(BaseDocumentForm):
    """Rejects a file whose content does not match its extension; nothing is stored."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if not upload or upload == self.original_file:
            return upload
        extension = os.path.splitext(upload.name)[1].lstrip(".").lower()
        if not content_matches_extension(extension, upload):
            raise ValidationError(
                _(
                    "El contenido del archivo «%(name)s» no corresponde a un archivo %(ext)s. "
                    "Verifique que no esté dañado ni renombrado y súbalo de nuevo."
                ),
                code="content_mismatch",
                params={"name": os.path.basename(upload.name), "ext": extension.upper()},
            )
        return upload
