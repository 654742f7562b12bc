"""Forms of the improvement plan: follow-ups (by the responsible) and effectiveness (by an auditor)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from governance.improvement.models import FollowUp
from portal.limits import MAX_FREE_TEXT
from portal.uploads import check_upload


class FollowUpForm(forms.ModelForm):
    comment = FollowUp._meta.get_field("comment").formfield(max_length=MAX_FREE_TEXT)

    class Meta:
        model = FollowUp
        fields = ("date", "progress", "comment", "evidence_file", "evidence_url")
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, action=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.action = action
        self.fields["date"].initial = timezone.localdate()
        if action is not None:
            self.fields["progress"].initial = action.progress

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("La fecha del seguimiento no puede ser futura."))
        return date

    def clean_evidence_file(self):
        upload = self.cleaned_data.get("evidence_file")
        if upload:
            check_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("evidence_file") and not cleaned.get("evidence_url") and not self.errors:
            raise forms.ValidationError(_("Adjunte la evidencia del avance (archivo o enlace)."))
        return cleaned


class EffectivenessForm(forms.Form):
    effective = forms.TypedChoiceField(
        label=_("¿La acción fue eficaz?"),
        choices=(("1", _("Sí: la causa se eliminó")), ("0", _("No: el problema persiste"))),
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Análisis de eficacia"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=MAX_FREE_TEXT,
        help_text=_("Qué se verificó para concluir si la causa se eliminó."),
    )
