from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class GovernanceConfig(AppConfig):
    name = "governance"
    verbose_name = _("Gobernanza")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from governance.audits import permissions as audit_permissions
        from governance.audits.models import Audit, Finding
        from governance.improvement.models import ImprovementAction
        from governance.peti.models import Initiative
        from governance.planning.models import Indicator
        from governance.risks.materialised import record_risk_events
        from governance.risks.models import Risk
        from governance.risks.services import score_on_save
        from portal.ownership import follow_responsible
        from servicedesk.backups.signals import backup_failed, drill_failed

        # Models are imported here, once the registry is ready (apps.py is imported before it is).
        pre_save.connect(score_on_save, sender=Risk, dispatch_uid="governance-risk-score")
        # A failed backup or restore drill is a risk event on the risks whose controls cite it.
        backup_failed.connect(record_risk_events, dispatch_uid="governance-risk-event-backup")
        drill_failed.connect(record_risk_events, dispatch_uid="governance-risk-event-drill")

        follow_responsible(Indicator)
        follow_responsible(Initiative)
        follow_responsible(Risk, field="owner")
        # The responsible of an improvement action reads it and reports its progress, nothing more.
        follow_responsible(ImprovementAction, perms=("view", "report_progress"))
        # The audit team (lead auditor and members) edits its audit and the audit's findings.
        post_save.connect(audit_permissions.audit_saved, sender=Audit, dispatch_uid="governance-audit-team")
        m2m_changed.connect(
            audit_permissions.audit_team_changed,
            sender=Audit.team.through,
            dispatch_uid="governance-audit-team-members",
        )
        post_save.connect(
            audit_permissions.finding_saved, sender=Finding, dispatch_uid="governance-finding-audit-team"
        )
