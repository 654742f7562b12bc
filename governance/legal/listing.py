"""The normograma published live at transparency item 2.1."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from digital_gov.transparency.registers import register_listing
from governance.legal.exports import public_norms


def _context(request):
    return {"norms": public_norms(), "download_url": reverse("normograma_xlsx")}


register_listing("normograma", _("Normograma"), "governance/includes/normograma_listing.html", _context)
