"""Forms of the technician's work page and of the queue's bulk assignment."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from portal.uploads import CheckedFileField
from servicedesk.tickets.choices import Status
from servicedesk.tickets.models import SupportGroup

MAX_TEXT = 10000


def technicians():
    return (
        get_user_model()
        .objects.filter(is_active=True, support_groups__isnull=False)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class TechnicianChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class MoveForm(forms.Form):
    target = forms.ChoiceField(label=_("Nuevo estado"), choices=Status.choices)
    note = forms.CharField(label=_("Nota"), required=False, max_length=500)
    solution = forms.CharField(
        label=_("Solución (la lee el solicitante)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_TEXT,
    )
    time_spent = forms.IntegerField(
        label=_("Minutos invertidos"), required=False, min_value=0, max_value=100000
    )


class WorkCommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comentario"), widget=forms.Textarea(attrs={"rows": 4}), max_length=MAX_TEXT
    )
    internal = forms.BooleanField(
        label=_("Interno (solo lo ven los técnicos)"), required=False, initial=False
    )
    file = CheckedFileField(label=_("Adjuntar un archivo (opcional)"), required=False)


class BulkAssignForm(forms.Form):
    group = forms.ModelChoiceField(
        label=_("Grupo"), queryset=SupportGroup.objects.all(), required=False, empty_label=_("— sin cambio —")
    )
    technician = TechnicianChoiceField(
        label=_("Técnico"), queryset=technicians(), required=False, empty_label=_("— sin cambio —")
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["technician"].queryset = technicians()

    def clean(self):
        data = super().clean()
        if not data.get("group") and not data.get("technician"):
            raise forms.ValidationError(_("Elija el grupo, el técnico o ambos."))
        return data
