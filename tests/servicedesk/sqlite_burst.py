"""Staff members file the same catalog request at the same moment, on the embedded SQLite default.

``python -m tests.servicedesk.sqlite_burst COUNT`` with the server's settings
(``portal.settings.dev``, no ``DATABASE_URL``) and ``PORTAL_VAR_DIR`` pointing to an empty folder.
It prints one JSON line: the HTTP status of every submission, the tickets saved and the first error.

It runs in a process of its own because the suite's SQLite test database lives in memory, where
SQLite never locks; here every request thread has its own connection to an SQLite file, as under
``runserver`` or a threaded WSGI server. Each thread posts through Django's whole request handler
(middleware, sessions, the page's ``serve``), with its own signed-in client.
"""

from __future__ import annotations

import json
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import django


class _NoMigrations(dict):
    """``MIGRATION_MODULES`` that makes ``migrate --run-syncdb`` create the tables from the models."""

    def __contains__(self, item):
        return True

    def __getitem__(self, item):
        return None


def build_database() -> None:
    """Tables from the models (a second instead of the half minute of every migration), then the
    rows Wagtail's data migrations would have written: the default locale and the root page."""
    from django.conf import settings
    from django.core.management import call_command
    from wagtail.coreutils import get_supported_content_language_variant
    from wagtail.models import Locale, Page

    settings.MIGRATION_MODULES = _NoMigrations()
    call_command("migrate", run_syncdb=True, verbosity=0)
    language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    locale = Locale.objects.create(language_code=language)
    Page.add_root(instance=Page(title="Root", slug="root", locale=locale))


def build_service():
    """A signed-in intranet with a catalog of one service and a requester (the suite's ``desk``)."""
    from servicedesk.models import (
        ServiceCatalogPage,
        ServiceFormField,
        ServicePage,
        SupportGroup,
        TicketCategory,
    )
    from tests.factories import UserFactory, build_site
    from website.models import IntranetPage

    build_site()
    group = SupportGroup.objects.create(name="Mesa de ayuda", email="mesa@instituto-demo.example")
    category = TicketCategory.objects.create(name="Computadores", group=group)
    catalog = IntranetPage.objects.get().add_child(
        instance=ServiceCatalogPage(title="Catálogo de servicios", slug="servicios")
    )
    service = catalog.add_child(
        instance=ServicePage(
            title="Soporte a equipos de cómputo",
            slug="soporte-equipos",
            summary="Su computador no enciende, está lento o falla.",
            category=category,
            owner_group=group,
            ticket_type="incidente",
        )
    )
    ServiceFormField.objects.create(
        page=service, sort_order=0, label="Describa el problema", field_type="multiline", required=True
    )
    service.save_revision().publish()
    requester = UserFactory(username="funcionaria", roles=["funcionario"])
    return ServicePage.objects.get(pk=service.pk), requester


def submit_all_at_once(service, requester, count: int) -> list[tuple[int, str]]:
    """``count`` signed-in clients post the service form together: (status, error) of each."""
    from django.db import connections
    from django.test import Client

    url = service.url
    problem = next(f.clean_name for f in service.get_form_fields())
    clients = []
    for _ in range(count):
        client = Client(raise_request_exception=False, HTTP_HOST="localhost")
        client.force_login(requester)
        clients.append(client)
    connections.close_all()
    start = threading.Barrier(count)

    def submit(client) -> tuple[int, str]:
        data = {"asunto": "El computador no enciende", problem: "Huele a quemado.", "urgencia": "alta"}
        data["clave_envio"] = str(uuid.uuid4())
        start.wait()
        try:
            response = client.post(url, data)
            error = repr(response.exc_info[1]) if response.exc_info else ""
            return response.status_code, error
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(submit, clients))


def main(count: int) -> None:
    django.setup()
    from servicedesk.models import Ticket

    build_database()
    service, requester = build_service()
    began = time.monotonic()
    results = submit_all_at_once(service, requester, count)
    statuses = [status for status, _ in results]
    print(
        json.dumps(
            {
                "statuses": statuses,
                "saved": Ticket.objects.count(),
                "seconds": round(time.monotonic() - began, 2),
                "first_error": next((error for _, error in results if error), ""),
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
