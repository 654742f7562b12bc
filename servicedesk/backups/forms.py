"""Forms of the restorations: opening one (procedure, reason, targets) and signing a step."""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.backups.choices import ArtifactKind, StepStatus
from servicedesk.backups.engines import BackupError
from servicedesk.backups.models import BackupRun, Restoration
from servicedesk.backups.restore_targets import check_media_target, database_from_env
from servicedesk.backups.validators import validate_absolute_path


class RestorationForm(forms.ModelForm):
    """What to restore where; each target is refused at once with its reason (in Spanish)."""

    class Meta:
        model = Restoration
        fields = ["procedure", "reason", "database_env", "media_target"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, run: BackupRun, **kwargs):
        super().__init__(*args, **kwargs)
        self.kinds = set(run.artifacts.values_list("kind", flat=True))

    def clean_database_env(self):
        name = self.cleaned_data["database_env"].strip()
        if not name:
            return name
        if ArtifactKind.PORTAL_DATABASE not in self.kinds:
            raise forms.ValidationError(_("Esta copia no tiene la base de datos del portal."))
        try:
            database_from_env(name)
        except BackupError as error:
            raise forms.ValidationError(str(error)) from error
        return name

    def clean_media_target(self):
        path = self.cleaned_data["media_target"].strip()
        if not path:
            return path
        validate_absolute_path(path)
        if ArtifactKind.MEDIA not in self.kinds:
            raise forms.ValidationError(_("Esta copia no tiene los archivos del portal."))
        try:
            check_media_target(Path(path), new=True)
        except BackupError as error:
            raise forms.ValidationError(str(error)) from error
        return path

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("database_env") and not data.get("media_target"):
            raise forms.ValidationError(
                _(
                    "Indique dónde restaurar: la variable con la base de destino, la carpeta de los "
                    "archivos o ambas."
                )
            )
        return data


class StepForm(forms.Form):
    status = forms.ChoiceField(
        label=gettext_lazy("Estado"), choices=StepStatus.choices, widget=forms.RadioSelect
    )
    notes = forms.CharField(
        label=gettext_lazy("Notas"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 2})
    )


def step_prefix(position: int) -> str:
    """The prefix of a step's form: every step of the page has its own fields."""
    return f"paso-{position}"
