"""Editorial workflow "Revisión y publicación": editors submit, publishers approve."""

import pytest
from wagtail.models import Page, Workflow, WorkflowState

from website.models import StandardPage
from website.workflows import WORKFLOW_NAME, ensure_editorial_workflow

pytestmark = pytest.mark.django_db

EMPTY_STREAM = "[]"


def _create(client, parent, action=None, slug="nueva-pagina"):
    data = {"title": "Nueva página", "slug": slug, "intro": "Resumen", "body-count": "0"}
    data["body"] = EMPTY_STREAM
    if action:
        data[action] = "1"
    return client.post(f"/admin/pages/add/website/standardpage/{parent.pk}/", data)


def test_the_workflow_covers_the_whole_tree_and_is_approved_by_publicadores(demo_site):
    workflow = ensure_editorial_workflow()
    assert workflow.name == WORKFLOW_NAME
    assert Page.objects.get(depth=1).get_workflow() == workflow
    assert demo_site.root_page.get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == ["Publicador"]
    assert ensure_editorial_workflow() == workflow
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


def test_editor_cannot_publish_directly(client, demo_site, user_with_role):
    client.force_login(user_with_role("editor"))
    _create(client, demo_site.root_page, action="action-publish")
    page = StandardPage.objects.get(slug="nueva-pagina")
    assert not page.live
    assert client.get("/nueva-pagina/").status_code in (302, 404)
    client.logout()
    assert client.get("/nueva-pagina/").status_code == 404


def test_submitted_page_is_invisible_until_a_publicador_approves(client, demo_site, user_with_role):
    editor, publicador = user_with_role("editor"), user_with_role("publicador")
    client.force_login(editor)
    _create(client, demo_site.root_page, action="action-submit")
    page = StandardPage.objects.get(slug="nueva-pagina")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    client.logout()
    assert client.get("/nueva-pagina/").status_code == 404

    client.force_login(publicador)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/",
        {"comment": "Aprobada"},
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live
    client.logout()
    assert client.get("/nueva-pagina/").status_code == 200


def test_publicador_can_reject_with_a_comment(client, demo_site, user_with_role):
    client.force_login(user_with_role("editor"))
    _create(client, demo_site.root_page, action="action-submit", slug="rechazada")
    page = StandardPage.objects.get(slug="rechazada")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    client.force_login(user_with_role("publicador"))
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Falta la fuente de los datos"},
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    page.refresh_from_db()
    assert not page.live


def test_publicador_can_publish_directly(client, demo_site, user_with_role):
    client.force_login(user_with_role("publicador"))
    _create(client, demo_site.root_page, action="action-publish", slug="directa")
    assert StandardPage.objects.get(slug="directa").live


def test_editors_get_wagtails_accessibility_checker_on_pages(client, demo_site, user_with_role):
    client.force_login(user_with_role("editor"))
    html = client.get("/").content.decode()
    assert "wagtail-userbar" in html
    assert 'id="checker-axe-configuration"' in html  # Wagtail's content checker (axe) for editors
    client.logout()
    assert "wagtail-userbar" not in client.get("/").content.decode()
