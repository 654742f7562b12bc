"""Wagtail hooks of the Digital Government app: what it offers to the apps above it."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from digital_gov.transparency.indicators import indicator_sources

hooks.register("register_indicator_sources", indicator_sources)


@hooks.register("register_log_actions")
def register_digital_gov_log_actions(actions):
    actions.register_action(
        "digital_gov.register_refreshed",
        _("Actualizar registro publicado"),
        _("Registro publicado actualizado por el portal y enviado a aprobación"),
    )
