"""The inventory's rules: the life cycle, what an asset's failure reaches, each kind's own fields."""

import pytest

from servicedesk.assets.attributes import clean
from servicedesk.assets.impact import creates_cycle, impacted
from servicedesk.assets.lifecycle import can_move, next_statuses


def test_a_retired_asset_never_comes_back_and_the_others_move_freely():
    assert next_statuses("de_baja") == []
    assert can_move("en_bodega", "asignado") and can_move("en_mantenimiento", "en_uso")
    assert not can_move("asignado", "asignado")
    assert next_statuses("en_bodega") == ["asignado", "en_uso", "en_mantenimiento", "de_baja"]


def test_the_impact_of_a_server_reaches_what_runs_on_it_through_every_step():
    # portal → vm1 → server ← vm2 ← correo; switch ← server
    edges = [(10, 2), (2, 1), (3, 1), (20, 3), (1, 99)]
    assert impacted(edges, 1) == {2: 1, 3: 1, 10: 2, 20: 2}
    assert impacted(edges, 99) == {1: 1, 2: 2, 3: 2, 10: 3, 20: 3}
    assert impacted(edges, 10) == {}


def test_a_dependency_that_would_close_a_loop_is_found():
    edges = [(10, 2), (2, 1)]
    assert creates_cycle(edges, 1, 10) and creates_cycle(edges, 1, 2) and creates_cycle(edges, 5, 5)
    assert not creates_cycle(edges, 10, 1) and not creates_cycle(edges, 3, 1)
    assert impacted([(1, 2), (2, 1)], 1) == {2: 1}  # a loop already stored does not hang the walk


@pytest.mark.parametrize(
    ("kind", "values", "cleaned", "errors"),
    [
        (
            "portatil",
            {"ram_gb": "16", "procesador": " Core i5 "},
            {"ram_gb": 16, "procesador": "Core i5"},
            {},
        ),
        (
            "servidor",
            {"direccion_ip": "10.0.0.300"},
            {},
            {"direccion_ip": "«10.0.0.300» no es una dirección IP."},
        ),
        (
            "software",
            {"vence": "30/06/2027", "puestos": "-1"},
            {},
            {
                "vence": "Escriba una fecha AAAA-MM-DD (p. ej. 2027-06-30).",
                "puestos": "Escriba un número entero (p. ej. 16).",
            },
        ),
        ("software", {"vence": "2027-06-30", "otra": "x"}, {"vence": "2027-06-30"}, {}),
        ("informacion", {"ram_gb": "8"}, {}, {}),
    ],
)
def test_each_kind_keeps_its_own_fields_typed_and_refuses_bad_ones_in_spanish(kind, values, cleaned, errors):
    assert clean(kind, values) == (cleaned, errors)
