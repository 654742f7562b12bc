"""Role × URL matrix: who may reach what, and who may not.

Later features add rows. ``ok`` is 200; ``login`` a redirect to a sign-in page; ``denied``
a 403 or a redirect away from the admin (Wagtail's way of refusing an admin user).
"""

import pytest

from governance.peti.models import StrategicPlan
from tests.factories import IndicatorFactory, ProcessFactory

ROLES = [
    None,
    "funcionario",
    "editor",
    "publicador",
    "tecnico",
    "profesional_tic",
    "gerente",
    "auditor",
    "administrador",
]

CONTENT_EDITORS = {"editor", "publicador", "administrador"}
GOVERNANCE_READERS = {"profesional_tic", "gerente", "auditor", "administrador"}
GOVERNANCE_WRITERS = {"profesional_tic", "administrador"}
ADMIN_USERS = set(ROLES) - {None, "funcionario"}


PUBLIC = {"home", "site_map", "transparency", "transparency_item", "news", "search", "normograma_xlsx"}


def expected(url_name, role):
    if url_name == "draft":
        return "notfound"  # drafts are never served on the public site, to anyone
    if role is None:
        return "ok" if url_name in PUBLIC else "login"
    if url_name in PUBLIC | {"intranet"}:
        return "ok"
    if url_name in {"documents_admin", "page_edit"}:
        return "ok" if role in CONTENT_EDITORS else "denied"
    if url_name == "admin":
        return "ok" if role in ADMIN_USERS else "denied"
    if url_name in {
        "process_list",
        "process_inspect",
        "process_history",
        "process_sheet",
        "indicator_list",
        "indicator_inspect",
        "performance_report",
        "peti_roadmap",
    }:
        return "ok" if role in GOVERNANCE_READERS else "denied"
    if url_name in {"process_create", "process_edit", "indicator_edit"}:
        return "ok" if role in GOVERNANCE_WRITERS else "denied"
    raise AssertionError(url_name)


def urls(process, site, indicator, peti):
    from digital_gov.transparency.models import TransparencyItemPage
    from website.models import StandardPage

    draft = StandardPage(title="Borrador", slug="borrador-matriz", live=False)
    site.root_page.add_child(instance=draft)
    return {
        "home": "/",
        "transparency": "/transparencia/",
        "transparency_item": TransparencyItemPage.objects.live().get(number="4.7").url,
        "news": "/noticias/",
        "search": "/buscar/?q=plan",
        "draft": draft.url_path.replace(site.root_page.url_path, "/", 1),
        "documents_admin": "/admin/documents/",
        "page_edit": f"/admin/pages/{site.root_page.pk}/edit/",
        "site_map": "/mapa-del-sitio/",
        "intranet": "/intranet/",
        "admin": "/admin/",
        "process_list": "/admin/governance/process/",
        "process_inspect": f"/admin/governance/process/inspect/{process.pk}/",
        "process_history": f"/admin/governance/process/history/{process.pk}/",
        "process_create": "/admin/governance/process/create/",
        "process_edit": f"/admin/governance/process/edit/{process.pk}/",
        "process_sheet": f"/admin/governance/process/sheet/{process.pk}/",
        "indicator_list": "/admin/governance/indicator/",
        "indicator_inspect": f"/admin/governance/indicator/inspect/{indicator.pk}/",
        "indicator_edit": f"/admin/governance/indicator/edit/{indicator.pk}/",
        "performance_report": "/admin/governance/desempeno/",
        "peti_roadmap": f"/admin/governance/peti/{peti.pk}/hoja-de-ruta/",
        "normograma_xlsx": "/transparencia/normograma.xlsx",
    }


def outcome(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 403:
        return "denied"
    if response.status_code == 404:
        return "notfound"
    if response.status_code == 302:
        target = response["Location"]
        signed_in = response.wsgi_request.user.is_authenticated
        if "/cuenta/ingresar/" in target or ("/admin/login/" in target and not signed_in):
            return "login"
        return "denied"
    return f"status {response.status_code}"


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES, ids=lambda r: r or "anonimo")
def test_role_matrix(client, transparency, demo_site, user_with_role, role):
    process = ProcessFactory()
    indicator = IndicatorFactory(process=process)  # its responsible is nobody in this matrix
    peti = StrategicPlan.objects.create(title="PETI", start_year=2024, end_year=2027)
    user = user_with_role(role)
    if user is not None:
        client.force_login(user)
    results = {
        name: outcome(client.get(url)) for name, url in urls(process, demo_site, indicator, peti).items()
    }
    wanted = {name: expected(name, role) for name in results}
    assert results == wanted


@pytest.mark.django_db
def test_anonymous_admin_redirects_to_admin_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
