"""Forms of physical inventory campaigns: opening one, and the checklist of its assets."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from servicedesk.assets.choices import AssetKind, CheckResult
from servicedesk.assets.models import Location

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CampaignForm(forms.Form):
    name = forms.CharField(label=_("Nombre"), max_length=200)
    location = forms.ModelChoiceField(
        label=_("Ubicación"), queryset=Location.objects.all(), required=False, help_text=_("Vacía: todas.")
    )
    kind = forms.ChoiceField(label=_("Tipo de activo"), required=False, help_text=_("Vacío: todos."))
    due_on = forms.DateField(label=_("Fecha límite"), widget=DATE)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "—"), *AssetKind.choices]


class CheckRowForm(forms.Form):
    """One asset of the checklist (prefixed by the check's id). ``locations`` are the choices of
    "found in", read once for every row of the page."""

    result = forms.ChoiceField(label=_("Resultado"), choices=CheckResult.choices)
    found_location = forms.TypedChoiceField(
        label=_("Encontrado en"), coerce=int, empty_value=None, required=False
    )
    note = forms.CharField(label=_("Observación"), max_length=300, required=False)

    def __init__(self, *args, locations: list[tuple[int, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["found_location"].choices = [("", "—"), *locations]


def location_choices() -> list[tuple[int, str]]:
    return [(location.pk, str(location)) for location in Location.objects.all()]
