"""CSV exports write text that could start a formula as text; XLSX exports stay typed as text."""

import pytest
from wagtail.contrib.forms.models import FormSubmission

from portal.spreadsheets import neutralised
from tests.factories import FormPageFactory, UserFactory

PAYLOADS = ['=HYPERLINK("http://malo.example","clic")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)"]


@pytest.mark.parametrize("payload", [*PAYLOADS, "\tpestaña", "\rretorno"])
def test_formula_looking_text_gets_an_apostrophe(payload):
    assert neutralised(payload) == "'" + payload


@pytest.mark.parametrize("value", ["Impresora sin tóner", "", 42, None, "a=b", "correo@instituto.example"])
def test_other_values_are_left_alone(value):
    assert neutralised(value) == value


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="admin-exportes", roles=["administrador"]))
    return client


@pytest.mark.django_db
def test_contact_form_submissions_csv_neutralises_answers(admin_client, demo_site):
    page = FormPageFactory(parent=demo_site.root_page)
    FormSubmission.objects.create(
        page=page, form_data={"nombre_completo": "+1+1", "asunto": "@SUM(A1:A2)", "mensaje": "Hola"}
    )
    response = admin_client.get(f"/admin/forms/submissions/{page.pk}/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert "'+1+1" in text and "'@SUM(A1:A2)" in text and "Hola" in text
