"""Platform-wide admin registrations: dashboard panels, the sign-in registers."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail_modeladmin.options import modeladmin_register

from portal.dashboard import SchedulerStatusPanel
from portal.signin.admin import SignInAttemptAdmin, SignInFailureAdmin
from portal.signin.lockouts import UNLOCK_ACTION


@hooks.register("construct_homepage_panels")
def add_scheduler_status_panel(request, panels):
    if request.user.has_perm("portal.view_schedulerheartbeat"):
        panels.append(SchedulerStatusPanel())


# Configuración > Bloqueos de ingreso, Historial de fallos de ingreso (the Administrador's).
modeladmin_register(SignInAttemptAdmin)
modeladmin_register(SignInFailureAdmin)


@hooks.register("register_log_actions")
def register_sign_in_log_actions(actions):
    actions.register_action(UNLOCK_ACTION, _("Desbloquear ingreso"), _("Ingreso desbloqueado"))
