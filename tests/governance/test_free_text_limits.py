"""Free text typed into governance forms is bounded like every free text of the portal."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, ObjectList

from governance.improvement import services
from governance.improvement.models import EffectivenessEvaluation, FollowUp
from governance.legal.models import LegalNorm
from portal.limits import MAX_FREE_TEXT
from tests.factories import ImprovementActionFactory, UserFactory
from website.models import HomePage

pytestmark = pytest.mark.django_db

TOO_LONG = "b" * (MAX_FREE_TEXT + 1)
REFUSAL = f"como máximo {MAX_FREE_TEXT} caracteres (tiene {MAX_FREE_TEXT + 1})"


def _action():
    today = timezone.localdate()
    return ImprovementActionFactory(
        start_date=today - timedelta(days=30), end_date=today + timedelta(days=60)
    )


def _norm(title):
    return {
        "norm_type": "ley",
        "number": "1581",
        "year": "2012",
        "issuer": "Congreso de la República",
        "title": title,
        "applicable_articles": "",
        "status": "vigente",
        "url": "",
    }


def test_a_register_admin_form_refuses_text_over_the_limit(client):
    client.force_login(UserFactory(roles=["profesional_tic"]))
    refused = client.post("/admin/governance/legalnorm/create/", _norm(TOO_LONG))
    assert refused.status_code == 200 and REFUSAL in refused.content.decode()
    assert not LegalNorm.objects.exists()
    accepted = client.post("/admin/governance/legalnorm/create/", _norm("a" * MAX_FREE_TEXT))
    assert accepted.status_code == 302
    assert len(LegalNorm.objects.get().title) == MAX_FREE_TEXT


def test_rich_text_keeps_no_free_text_limit():
    form_class = ObjectList([FieldPanel("body")]).bind_to_model(HomePage).get_form_class()
    assert form_class.base_fields["body"].max_length is None


def test_a_follow_up_comment_over_the_limit_is_refused_and_nothing_is_lost(client):
    action = _action()
    client.force_login(action.responsible)
    data = {
        "date": timezone.localdate().isoformat(),
        "progress": 50,
        "comment": TOO_LONG,
        "evidence_url": "https://intranet.example/acta",
    }
    refused = client.post(f"/admin/governance/improvementaction/{action.pk}/seguimiento/", data)
    assert refused.status_code == 400
    assert REFUSAL in refused.content.decode() and TOO_LONG in refused.content.decode()
    assert not FollowUp.objects.exists()


def test_an_effectiveness_analysis_over_the_limit_is_refused(client):
    action = _action()
    services.add_follow_up(
        action=action, by=action.responsible, date=timezone.localdate(), progress=100, comment="Listo"
    )
    client.force_login(UserFactory(roles=["auditor"]))
    url = f"/admin/governance/improvementaction/{action.pk}/eficacia/"
    refused = client.post(url, {"effective": "1", "comment": TOO_LONG})
    assert refused.status_code == 400 and REFUSAL in refused.content.decode()
    assert not EffectivenessEvaluation.objects.exists()
