from django.apps import AppConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Gobernanza")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from governance.improvement.models import ImprovementAction
        from governance.peti.models import Initiative
        from governance.planning.models import Indicator
        from governance.risks.models import Risk
        from governance.risks.services import score_on_save
        from portal.ownership import follow_responsible

        # Models are imported here, once the registry is ready (apps.py is imported before it is).
        pre_save.connect(score_on_save, sender=Risk, dispatch_uid="governance-risk-score")

        follow_responsible(Indicator)
        follow_responsible(Initiative)
        follow_responsible(Risk, field="owner")
        # The responsible of an improvement action reads it and reports its progress, nothing more.
        follow_responsible(ImprovementAction, perms=("view", "report_progress"))
