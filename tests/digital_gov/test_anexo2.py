"""The Anexo 2 menu as data: complete, numbered, ordered."""

from digital_gov.transparency.anexo2 import ANEXO_2, number_key, walk


def test_ten_categories_numbered_one_to_ten():
    assert [number for number, _, _ in ANEXO_2] == [str(n) for n in range(1, 11)]


def test_every_entry_is_numbered_under_its_parent():
    for number, _title, parent in walk():
        if parent is None:
            assert "." not in number
        else:
            assert number.rsplit(".", 1)[0] == parent


def test_the_reference_items_are_all_there():
    numbers = {number for number, _, _ in walk()}
    expected = {f"1.{n}" for n in range(1, 15)} | {f"4.{n}" for n in range(1, 11)}
    expected |= {"2.1.1", "2.1.6", "2.2.1", "2.2.2", "2.3.3", "3.1", "3.5", "7.1.1", "7.1.5", "7.2"}
    expected |= {"8.1", "8.2", "8.3", "9.1", "10.1", "10.2"}
    assert expected <= numbers
    titles = {number: title for number, title, _ in walk()}
    assert titles["4.7"] == "Informes de gestión, evaluación y auditoría"
    assert titles["7.1.2"] == "Índice de Información Clasificada y Reservada"


def test_numbers_sort_naturally():
    assert sorted(["1.10", "1.2", "1.1", "10", "2"], key=number_key) == ["1.1", "1.2", "1.10", "2", "10"]
