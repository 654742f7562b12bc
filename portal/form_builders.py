"""Wagtail form builders with a bound on free text.

Editors define the fields of the contact form and of every service request form; Wagtail gives a
multi-line field no maximum, so one submission could store megabytes. Every free-text answer is
limited to ``MAX_FREE_TEXT`` characters, refused with Django's Spanish message when longer.
"""

from __future__ import annotations

from wagtail.contrib.forms.forms import FormBuilder

from portal.limits import MAX_FREE_TEXT


class BoundedFormBuilder(FormBuilder):
    """Multi-line answers of at most ``MAX_FREE_TEXT`` characters (single-line ones keep Wagtail's 255)."""

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", MAX_FREE_TEXT)
        return super().create_multiline_field(field, options)
