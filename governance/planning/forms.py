"""Admin form of measurements: people record measurements only for indicators they may change."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from governance.planning.selectors import indicators_measurable_by


class MeasurementForm(WagtailAdminModelForm):
    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "indicator" in self.fields:
            self.fields["indicator"].queryset = indicators_measurable_by(for_user)
            self.fields["indicator"].error_messages["invalid_choice"] = _(
                "Solo puede registrar mediciones de los indicadores a su cargo."
            )
