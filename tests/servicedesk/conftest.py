"""A small service desk: a group with a technician, a category, a catalog with one service."""

from types import SimpleNamespace

import pytest

from tests.factories import UserFactory


@pytest.fixture
def desk(demo_site):
    from servicedesk.models import (
        ServiceCatalogPage,
        ServiceFormField,
        ServicePage,
        SupportGroup,
        TicketCategory,
    )
    from website.models import IntranetPage

    technician = UserFactory(username="tecnico-mesa", first_name="Tomás", roles=["tecnico"])
    other_technician = UserFactory(username="tecnico-redes", roles=["tecnico"])
    group = SupportGroup.objects.create(name="Mesa de ayuda", email="mesa@instituto-demo.example")
    group.members.add(technician)
    network = SupportGroup.objects.create(name="Redes")
    network.members.add(other_technician)
    hardware = TicketCategory.objects.create(name="Hardware", group=group)
    computers = TicketCategory.objects.create(name="Computadores", parent=hardware, group=group)
    intranet = IntranetPage.objects.get()
    catalog = intranet.add_child(instance=ServiceCatalogPage(title="Catálogo de servicios", slug="servicios"))
    service = ServicePage(
        title="Soporte a equipos de cómputo",
        slug="soporte-equipos",
        summary="Su computador no enciende, está lento o falla.",
        category=computers,
        owner_group=group,
        ticket_type="incidente",
    )
    catalog.add_child(instance=service)
    ServiceFormField.objects.create(
        page=service, sort_order=0, label="Número de inventario", field_type="singleline", required=True
    )
    ServiceFormField.objects.create(
        page=service, sort_order=1, label="Describa el problema", field_type="multiline", required=True
    )
    ServiceFormField.objects.create(
        page=service, sort_order=2, label="Captura de pantalla", field_type="file", required=False
    )
    service.save_revision().publish()
    requester = UserFactory(username="funcionaria", first_name="Fabiola", roles=["funcionario"])
    return SimpleNamespace(
        technician=technician,
        other_technician=other_technician,
        group=group,
        network=network,
        category=computers,
        catalog=catalog,
        service=ServicePage.objects.get(pk=service.pk),
        requester=requester,
    )


@pytest.fixture
def open_ticket(desk):
    """``open_ticket(**overrides)`` → a ticket filed by the desk's requester."""
    from servicedesk.tickets import services

    def make(**overrides):
        values = {
            "title": "El computador no enciende",
            "description": "Desde esta mañana.",
            "ticket_type": "incidente",
            "requester": desk.requester,
            "service": desk.service,
            "urgency": "media",
            "by": desk.requester,
        }
        values.update(overrides)
        return services.open_ticket(**values)

    return make
