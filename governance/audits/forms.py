"""Admin forms of audits and findings."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from governance.audits.models import CRITERIA_CHOICES
from governance.audits.selectors import audits_changeable_by


class AuditForm(WagtailAdminModelForm):
    criteria = forms.MultipleChoiceField(
        label=_("criterios"), choices=CRITERIA_CHOICES, widget=forms.CheckboxSelectMultiple
    )


class FindingForm(WagtailAdminModelForm):
    """Auditors record findings only in the audits assigned to them."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "audit" in self.fields:
            self.fields["audit"].queryset = audits_changeable_by(for_user)
            self.fields["audit"].error_messages["invalid_choice"] = _(
                "Solo puede registrar hallazgos en las auditorías asignadas a usted."
            )
