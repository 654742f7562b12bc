"""Governance registers show people by their name, never by their login."""

import re

import pytest

from portal.people import display_name
from tests.factories import (
    ImprovementActionFactory,
    IndicatorFactory,
    RiskFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner():
    return UserFactory(
        username="vrodriguez", first_name="Valentina", last_name="Rodríguez", roles=["tecnico"]
    )


@pytest.fixture
def admin_client(client):
    client.force_login(UserFactory(username="admin-gobernanza", roles=["administrador"]))
    return client


def _row_of(html, text):
    return next(row for row in re.findall(r"<tr.*?</tr>", html, re.S) if text in row)


def test_display_name_falls_back_to_the_username():
    assert display_name(UserFactory(username="sin-nombre", first_name="", last_name="")) == "sin-nombre"
    assert display_name(UserFactory(username="ana", first_name="Ana", last_name="Díaz")) == "Ana Díaz"
    assert display_name(None) == ""


@pytest.mark.parametrize(
    ("url", "make"),
    [
        ("/admin/governance/risk/", lambda owner: RiskFactory(owner=owner).code),
        (
            "/admin/governance/improvementaction/",
            lambda owner: ImprovementActionFactory(responsible=owner).code,
        ),
        ("/admin/governance/indicator/", lambda owner: IndicatorFactory(responsible=owner).code),
    ],
    ids=["riesgos", "plan-de-mejoramiento", "indicadores"],
)
def test_the_responsible_column_shows_the_full_name(admin_client, owner, url, make):
    code = make(owner)
    row = _row_of(admin_client.get(url).content.decode(), code)
    assert "Valentina Rodríguez" in row and "vrodriguez" not in row


def test_the_risk_export_and_inspect_show_the_full_name(admin_client, owner):
    risk = RiskFactory(owner=owner)
    csv = b"".join(admin_client.get("/admin/governance/risk/?export=csv").streaming_content).decode()
    assert "Valentina Rodríguez" in csv and "vrodriguez" not in csv
    action = ImprovementActionFactory(responsible=owner)
    html = admin_client.get(f"/admin/governance/improvementaction/inspect/{action.pk}/").content.decode()
    assert "Valentina Rodríguez" in html and "vrodriguez" not in html
    assert risk.code in csv


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/admin/governance/risk/create/", "owner"),
        ("/admin/governance/improvementaction/create/", "responsible"),
    ],
)
def test_responsible_is_chosen_by_full_name_in_name_order(admin_client, owner, url, field):
    UserFactory(username="zz-ultimo", first_name="Alba", last_name="Zapata")
    html = admin_client.get(url).content.decode()
    select = re.search(rf'<select name="{field}".*?</select>', html, re.S).group(0)
    labels = re.findall(r"<option value=\"\d+\"[^>]*>([^<]*)</option>", select)
    assert "Valentina Rodríguez" in labels and "Alba Zapata" in labels
    assert "vrodriguez" not in labels and "zz-ultimo" not in labels
    assert labels.index("Alba Zapata") < labels.index("Valentina Rodríguez")
