"""The normograma published live at transparency item 2.1 (offered by a Wagtail hook)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from governance.legal.exports import public_norms


def _context(request):
    return {"norms": public_norms(), "download_url": reverse("normograma_xlsx")}


def transparency_listings():
    """``(key, label, template, context)`` of each listing, for ``register_transparency_listings``."""
    return [("normograma", _("Normograma"), "governance/includes/normograma_listing.html", _context)]
