"""Who may read the service desk statistics."""

import pytest

from servicedesk.stats.permissions import can_view_statistics
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", ["tecnico", "profesional_tic"])
def test_those_who_read_the_tickets_see_the_statistics(role):
    assert can_view_statistics(UserFactory(roles=[role]))


def test_a_requester_does_not_see_the_statistics():
    assert not can_view_statistics(UserFactory(roles=["funcionario"]))


def test_a_deactivated_technician_does_not_see_the_statistics():
    technician = UserFactory(roles=["tecnico"])
    technician.is_active = False
    technician.save()
    assert not can_view_statistics(technician)
