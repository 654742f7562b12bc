"""The Content-Security-Policy: strict on the public site and the intranet, Wagtail's own in the admin."""

import pytest
from django.test import override_settings

from tests.factories import UserFactory
from tests.portal.fresh_settings import settings_of

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"
CSP_REPORT_ONLY = "Content-Security-Policy-Report-Only"
POLICY_SETTINGS = (
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_REPORT_ONLY",
    "ADMIN_CONTENT_SECURITY_POLICY",
    "ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY",
)


def directives(header: str) -> dict[str, list[str]]:
    """``"default-src 'self'; img-src 'self' data:"`` → ``{"default-src": ["'self'"], …}``."""
    parsed = {}
    for directive in filter(None, (part.strip() for part in header.split(";"))):
        name, *sources = directive.split()
        parsed[name] = sources
    return parsed


def test_public_pages_forbid_inline_code_and_being_framed(client, demo_site):
    policy = directives(client.get("/")[CSP])
    assert policy["default-src"] == ["'self'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == policy["form-action"] == policy["connect-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    # Only the video players of the video block may be framed.
    assert all(source.startswith("https://") for source in policy["frame-src"])


def test_the_intranet_has_the_public_policy(client, demo_site):
    client.force_login(UserFactory(roles=["funcionario"]))
    response = client.get("/intranet/")
    assert response.status_code == 200
    policy = directives(response[CSP])
    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]


def test_the_wagtail_admin_has_its_own_policy(client, demo_site):
    client.force_login(UserFactory(roles=["administrador"]))
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response[CSP])
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    # The admin's sign-in page too: it is under /admin/.
    client.logout()
    assert directives(client.get("/admin/login/")[CSP])["script-src"] == ["'self'", "'unsafe-inline'"]


def test_a_page_preview_keeps_the_public_policy_and_only_the_admin_may_frame_it(client, demo_site):
    client.force_login(UserFactory(roles=["administrador"]))
    response = client.get(f"/admin/pages/{demo_site.root_page.pk}/view_draft/")
    assert response.status_code == 200
    policy = directives(response[CSP])
    assert policy["script-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


def test_documents_keep_the_stricter_policy_wagtail_serves_them_with(client, transparency):
    from wagtail.documents.models import Document

    document = client.get(Document.objects.get(title="Plan de Acción 2026").url)
    assert document.status_code == 200
    assert document["Content-Type"] == "application/pdf"
    assert document[CSP] == "default-src 'none'"


def test_report_only_switch_sends_both_policies_to_be_reported_not_enforced(client, demo_site):
    env = {"CSP_REPORT_ONLY": "true", "CSP_REPORT_URI": "https://informes.example/csp"}
    read = settings_of("portal.settings.base", env, POLICY_SETTINGS)
    assert read["CONTENT_SECURITY_POLICY"] is None and read["ADMIN_CONTENT_SECURITY_POLICY"] is None
    with override_settings(**read):
        public = client.get("/")
        admin = client.get("/admin/login/")
    for response in (public, admin):
        assert CSP not in response
        assert directives(response[CSP_REPORT_ONLY])["report-uri"] == ["https://informes.example/csp"]
    assert directives(public[CSP_REPORT_ONLY])["script-src"] == ["'self'"]
    assert directives(admin[CSP_REPORT_ONLY])["script-src"] == ["'self'", "'unsafe-inline'"]


def test_policies_are_enforced_unless_the_environment_asks_for_report_only():
    read = settings_of("portal.settings.base", {}, POLICY_SETTINGS)
    assert read["CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None
    assert read["ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY"] is None
    assert "report-uri" not in read["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
