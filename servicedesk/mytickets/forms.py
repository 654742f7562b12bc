"""Forms the requester uses on "Mis solicitudes"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.limits import MAX_FREE_TEXT
from portal.uploads import CheckedFileField


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Comentario"), widget=forms.Textarea(attrs={"rows": 4}), max_length=MAX_FREE_TEXT
    )
    file = CheckedFileField(label=_("Adjuntar un archivo (opcional)"), required=False)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("¿Por qué la solución no resolvió su solicitud?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_FREE_TEXT,
    )


class SurveyForm(forms.Form):
    score = forms.TypedChoiceField(
        label=_("¿Qué tan satisfecho quedó con la atención?"),
        choices=[
            (5, _("5 · Muy satisfecho")),
            (4, _("4 · Satisfecho")),
            (3, _("3 · Ni satisfecho ni insatisfecho")),
            (2, _("2 · Insatisfecho")),
            (1, _("1 · Muy insatisfecho")),
        ],
        coerce=int,
        widget=forms.RadioSelect,
    )
    remark = forms.CharField(
        label=_("Comentario (opcional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_FREE_TEXT,
    )
