"""Admin forms of audits and findings."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

CRITERIA_CHOICES = (
    ("iso9001", _("ISO 9001:2015")),
    ("iso27001", _("ISO/IEC 27001:2022")),
    ("legal", _("Requisitos legales (normograma)")),
    ("mipg", _("MIPG / Política de Gobierno Digital")),
)


class AuditForm(WagtailAdminModelForm):
    criteria = forms.MultipleChoiceField(
        label=_("criterios"), choices=CRITERIA_CHOICES, widget=forms.CheckboxSelectMultiple
    )


class FindingForm(WagtailAdminModelForm):
    """Auditors record findings only in the audits assigned to them."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "audit" in self.fields:
            from governance.audits.selectors import audits_changeable_by

            self.fields["audit"].queryset = audits_changeable_by(for_user)
            self.fields["audit"].error_messages["invalid_choice"] = _(
                "Solo puede registrar hallazgos en las auditorías asignadas a usted."
            )
