"""The asset form: the common fields and, for the asset's kind, its own (``attributes``)."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from portal.uploads import check_upload
from servicedesk.assets import attributes
from servicedesk.assets.choices import AssetKind
from servicedesk.assets.models import Asset, AssetDependency, Assignment, InformationDetails, Location

PREFIX = "dato_"
COMMON = [
    "inventory_number",
    "name",
    "brand",
    "model_name",
    "serial",
    "location",
    "custodian",
    "responsible_group",
    "status",
    "acquired_on",
    "acquisition_value",
    "supplier",
    "warranty_ends",
    "criticality",
    "notes",
]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class AssetBaseForm(forms.ModelForm):
    kind: str = ""

    class Meta:
        model = Asset
        fields = COMMON
        widgets = {"acquired_on": DATE, "warranty_ends": DATE, "notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["custodian"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name", "username")
        )
        self.fields["custodian"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )
        if self.instance.pk:
            # The status moves along the life cycle, with its history, from the asset's page.
            del self.fields["status"]
            for attribute in attributes.ATTRIBUTES.get(self.kind, ()):
                self.initial.setdefault(
                    PREFIX + attribute.key, self.instance.attributes.get(attribute.key, "")
                )

    def clean_inventory_number(self):
        return self.cleaned_data["inventory_number"].strip().upper()

    def clean(self):
        data = super().clean()
        raw = {
            attribute.key: data.get(PREFIX + attribute.key)
            for attribute in attributes.ATTRIBUTES.get(self.kind, ())
        }
        cleaned, errors = attributes.clean(self.kind, raw)
        for key, message in errors.items():
            self.add_error(PREFIX + key, message)
        self.instance.kind = self.kind
        self.instance.attributes = cleaned
        return data


def asset_form_class(kind: str) -> type[AssetBaseForm]:
    """The form of an asset of ``kind``: the common fields and the kind's own."""
    fields = {
        PREFIX + attribute.key: forms.CharField(
            label=attribute.label,
            required=attribute.required,
            max_length=200,
            widget=DATE if attribute.type == "date" else forms.TextInput(),
        )
        for attribute in attributes.ATTRIBUTES.get(kind, ())
    }
    return type("AssetForm", (AssetBaseForm,), {"kind": kind, **fields})


class HttpsURLField(forms.URLField):
    """An address typed without a scheme is taken as https."""

    def __init__(self, **kwargs):
        super().__init__(assume_scheme="https", **kwargs)


class InformationForm(forms.ModelForm):
    """What an information asset is and how Ley 1712 classifies it (checked by the model's rules)."""

    prefix = "informacion"

    class Meta:
        model = InformationDetails
        exclude = ["asset"]
        field_classes = {"published_url": HttpsURLField}
        widgets = {
            "generated_on": DATE,
            "classified_on": DATE,
            "description": forms.Textarea(attrs={"rows": 3}),
            "legal_basis": forms.Textarea(attrs={"rows": 2}),
            "legitimate_objective": forms.Textarea(attrs={"rows": 2}),
        }


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Nuevo estado"))
    note = forms.CharField(label=_("Nota"), required=False, max_length=300)

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = choices


class DependencyForm(forms.ModelForm):
    class Meta:
        model = AssetDependency
        fields = ["dependency", "note"]


class ImportForm(forms.Form):
    """The inventory file: XLSX or CSV, checked like every upload of the portal."""

    archivo = forms.FileField(
        label=_("Archivo del inventario (XLSX o CSV)"),
        help_text=_("Con las columnas de la plantilla; se revisa todo antes de guardar nada."),
    )

    def clean_archivo(self):
        upload = self.cleaned_data["archivo"]
        check_upload(upload, ("xlsx", "csv"))
        return upload


class CheckOutForm(forms.ModelForm):
    class Meta:
        model = Assignment
        fields = ["holder", "kind", "due_back", "condition_out"]
        widgets = {"due_back": DATE, "condition_out": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["holder"].queryset = (
            get_user_model().objects.filter(is_active=True).order_by("first_name", "last_name", "username")
        )
        self.fields["holder"].label_from_instance = lambda user: user.get_full_name() or user.get_username()


class CheckInForm(forms.Form):
    condition_in = forms.CharField(
        label=_("Estado al devolver"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class AcknowledgeForm(forms.Form):
    note = forms.CharField(
        label=_("Observación (opcional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ProblemForm(forms.Form):
    description = forms.CharField(
        label=_("¿Qué le pasa al equipo?"), max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )


class LabelsForm(forms.Form):
    kind = forms.ChoiceField(label=_("Tipo"), required=False)
    location = forms.ModelChoiceField(label=_("Ubicación"), queryset=Location.objects.all(), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", "—"), *AssetKind.choices]
