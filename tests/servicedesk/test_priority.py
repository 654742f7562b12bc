"""Priority: the ITIL matrix of the domain reference, GLPI scales."""

import pytest

from servicedesk.tickets.priority import (
    ITIL_MATRIX,
    level_from_glpi,
    priority_for,
    priority_from_glpi,
)


def test_itil_matrix_of_the_reference():
    rows = [
        [priority_for(impact, urgency) for urgency in ("alta", "media", "baja")]
        for impact in ("alta", "media", "baja")
    ]
    assert rows == [[1, 2, 3], [2, 3, 4], [3, 4, 5]]


def test_an_edited_matrix_is_honoured():
    matrix = {**ITIL_MATRIX, ("baja", "alta"): 2}
    assert priority_for("baja", "alta", matrix) == 2
    with pytest.raises(KeyError):
        priority_for("critica", "alta", matrix)


@pytest.mark.parametrize(
    ("glpi", "level"), [(1, "baja"), (2, "baja"), (3, "media"), (4, "alta"), (5, "alta")]
)
def test_glpi_levels(glpi, level):
    assert level_from_glpi(glpi) == level


@pytest.mark.parametrize(("glpi", "priority"), [(1, 5), (2, 4), (3, 3), (4, 2), (5, 1), (6, 1)])
def test_glpi_priorities(glpi, priority):
    assert priority_from_glpi(glpi) == priority
