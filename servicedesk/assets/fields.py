"""The "número de inventario" answer of a request form: typed by the staff member (or picked from the
equipment they hold), it resolves to the asset, so the ticket is linked to it."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from servicedesk.assets.choices import AssetStatus
from servicedesk.assets.models import Asset


class InventoryNumberInput(forms.TextInput):
    """A text box with the equipment the person holds offered as suggestions (a ``datalist``)."""

    template_name = "assets/widgets/inventory_number.html"

    def __init__(self, attrs=None):
        super().__init__({"autocomplete": "off", "spellcheck": "false", **(attrs or {})})
        self.suggestions: list[tuple[str, str]] = []

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if self.suggestions:
            context["widget"]["attrs"]["list"] = f"{context['widget']['attrs']['id']}-equipos"
        context["widget"]["suggestions"] = self.suggestions
        return context


class InventoryNumberField(forms.CharField):
    """Cleans to the :class:`Asset` with that number (any case, spaces ignored), or ``None`` if blank."""

    widget = InventoryNumberInput

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)

    def clean(self, value):
        number = (super().clean(value) or "").replace(" ", "").upper()
        if not number:
            return None
        asset = Asset.objects.filter(inventory_number=number).exclude(status=AssetStatus.RETIRED).first()
        if asset is None:
            raise ValidationError(
                _(
                    "No encontramos el equipo «%(number)s» en el inventario. Revise el número en la "
                    "etiqueta del equipo (p. ej. IDTI-000123)."
                )
                % {"number": number},
                code="unknown_asset",
            )
        return asset

    def suggest_for(self, user) -> None:
        """Offer the equipment ``user`` holds (in custody or on loan) as suggestions."""
        holds = Q(custodian=user) | Q(assignments__holder=user, assignments__returned_at=None)
        held = (
            Asset.objects.filter(holds)
            .exclude(status=AssetStatus.RETIRED)
            .distinct()
            .order_by("inventory_number")
        )
        self.widget.suggestions = list(held.values_list("inventory_number", "name")[:20])
