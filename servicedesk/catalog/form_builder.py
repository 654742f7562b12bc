"""The request form of a service page (its Wagtail form builder): the fields its editors define, plus
files and urgency."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FORM_FIELD_CHOICES

from portal.form_builders import BoundedFormBuilder
from portal.uploads import EVIDENCE_EXTENSIONS, CheckedFileField
from servicedesk.assets.fields import InventoryNumberField
from servicedesk.assets.models import Asset
from servicedesk.tickets.choices import Level

SERVICE_FIELD_CHOICES = (
    *FORM_FIELD_CHOICES,
    ("file", _("Archivo adjunto")),
    ("inventory_number", _("Número de inventario (vincula el caso al equipo)")),
)

#: Built-in fields every request form has, whatever the editor adds.
SUMMARY_FIELD = "asunto"
URGENCY_FIELD = "urgencia"
KEY_FIELD = "clave_envio"


class ServiceFormBuilder(BoundedFormBuilder):
    def create_file_field(self, field, options):
        options.pop("initial", None)
        options["help_text"] = options.get("help_text") or (
            _("Tipos permitidos: %(types)s.") % {"types": ", ".join(EVIDENCE_EXTENSIONS)}
        )
        return CheckedFileField(**options)

    def create_inventory_number_field(self, field, options):
        options.pop("initial", None)
        return InventoryNumberField(**options)

    @property
    def formfields(self):
        fields = {
            SUMMARY_FIELD: forms.CharField(
                label=_("Asunto"),
                max_length=200,
                help_text=_("En una frase, qué necesita o qué está fallando."),
            ),
        }
        fields.update(super().formfields)
        fields[URGENCY_FIELD] = forms.ChoiceField(
            label=_("Urgencia"),
            choices=Level.choices,
            initial=Level.MEDIUM,
            help_text=_(
                "Alta: le impide trabajar ahora. Media: le afecta pero puede seguir. Baja: puede esperar."
            ),
        )
        fields[KEY_FIELD] = forms.UUIDField(widget=forms.HiddenInput, required=False)
        return fields


def file_field_names(form) -> list[str]:
    return [name for name, field in form.fields.items() if isinstance(field, forms.FileField)]


def suggest_equipment(form, user) -> None:
    """The inventory-number answers offer the equipment ``user`` holds."""
    if user is None or not user.is_authenticated:
        return
    for field in form.fields.values():
        if isinstance(field, InventoryNumberField):
            field.suggest_for(user)


def asset_of(form):
    """The asset the first inventory-number answer names, or ``None``."""
    return next(
        (
            form.cleaned_data.get(name)
            for name, field in form.fields.items()
            if isinstance(field, InventoryNumberField) and form.cleaned_data.get(name) is not None
        ),
        None,
    )


def answers(form, labels: dict[str, str]) -> list[dict[str, str]]:
    """The editor-defined answers as ``[{"label", "value"}]`` (files listed by name)."""
    rows = []
    for name, value in form.cleaned_data.items():
        if name in (SUMMARY_FIELD, URGENCY_FIELD, KEY_FIELD) or name not in labels:
            continue
        if isinstance(value, Asset):
            value = value.inventory_number
        elif hasattr(value, "name"):
            value = value.name
        elif isinstance(value, list | tuple):
            value = ", ".join(str(v) for v in value)
        elif value is None:
            value = ""
        rows.append({"label": labels[name], "value": str(value)})
    return rows
