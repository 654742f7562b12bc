"""Forms of the restorations: opening one (procedure, reason, targets) and signing a step."""

from __future__ import annotations

import os

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from servicedesk.backups.choices import StepStatus
from servicedesk.backups.engines import BackupError
from servicedesk.backups.models import Restoration
from servicedesk.backups.restores import database_target, portal_database


def _same_database(a, b) -> bool:
    """Whether two targets name the same database (the same engine, host, port and name or file)."""
    keys = ("host", "port", "dbname", "path")
    return a.engine == b.engine and all(a.params.get(key) == b.params.get(key) for key in keys)


class RestorationForm(forms.ModelForm):
    class Meta:
        model = Restoration
        fields = ["procedure", "reason", "database_env", "media_target"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}

    def clean_database_env(self):
        name = self.cleaned_data["database_env"].strip()
        if not name:
            return name
        url = os.environ.get(name, "").strip()
        if not url:
            raise forms.ValidationError(
                _("La variable de entorno %(name)s no está definida en el servidor."), params={"name": name}
            )
        try:
            target = database_target(url)
        except BackupError as error:
            raise forms.ValidationError(str(error)) from error
        if _same_database(target, portal_database()):
            raise forms.ValidationError(
                _(
                    "Esa es la base del propio portal: restáurela con «manage.py restore_backup» y el portal "
                    "detenido."
                )
            )
        return name

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

    def clean(self):
        data = super().clean()
        if data.get("status") == StepStatus.NOT_APPLICABLE and not (data.get("notes") or "").strip():
            self.add_error("notes", _("Diga por qué el paso no aplica."))
        return data
