"""The Ley 1712 classification rules of an information asset (pure)."""

from dataclasses import replace
from datetime import date

import pytest

from servicedesk.assets.classification import Decision, errors_of, in_force, term_ends

RESERVED = Decision(
    classification="reservada",
    legal_exception="art19b",
    legal_basis="Ley 1712 de 2014, art. 19 lit. b",
    legitimate_objective="Proteger la infraestructura",
    scope="total",
    classified_on=date(2025, 7, 1),
    term_years=5,
)


def test_public_information_needs_no_exception_and_carries_none():
    assert errors_of(Decision(classification="publica")) == {}
    errors = errors_of(Decision(classification="publica", legal_exception="art18a"))
    assert "no lleva excepción" in errors["classification"]


def test_a_complete_reserve_is_lawful():
    assert errors_of(RESERVED) == {}


def test_an_exception_needs_its_basis_objective_scope_and_date():
    errors = errors_of(Decision(classification="clasificada"))
    assert set(errors) == {"legal_exception", "legal_basis", "legitimate_objective", "scope", "classified_on"}
    assert errors["legal_basis"] == "Cite la norma constitucional o legal que fundamenta la excepción."


@pytest.mark.parametrize(
    ("classification", "exception", "message"),
    [
        ("reservada", "art18a", "artículo 18 clasifican"),
        ("clasificada", "art19b", "artículo 19 reservan"),
    ],
)
def test_the_exception_article_decides_classified_or_reserved(classification, exception, message):
    decision = replace(RESERVED, classification=classification, legal_exception=exception)
    assert message in errors_of(decision)["legal_exception"]


def test_a_reserve_lasts_fifteen_years_at_most_and_must_have_a_term():
    assert "máximo 15 años" in errors_of(replace(RESERVED, term_years=None))["term_years"]
    assert "art. 22" in errors_of(replace(RESERVED, term_years=16))["term_years"]
    assert errors_of(replace(RESERVED, term_years=15)) == {}


def test_a_classification_may_have_no_term_and_a_partial_one_says_which_part():
    classified = replace(RESERVED, classification="clasificada", legal_exception="art18a")
    assert errors_of(replace(classified, term_years=None)) == {}
    partial = replace(classified, scope="parcial")
    assert errors_of(partial) == {
        "classified_part": "Si la excepción es parcial, diga qué parte del documento cubre."
    }


def test_when_the_term_ends_the_information_is_public_again():
    assert term_ends(date(2025, 7, 1), 5) == date(2030, 7, 1)
    assert term_ends(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert term_ends(date(2025, 7, 1), None) is None
    assert in_force("reservada", date(2025, 7, 1), 5, date(2030, 6, 30)) == "reservada"
    assert in_force("reservada", date(2025, 7, 1), 5, date(2030, 7, 1)) == "publica"
    assert in_force("clasificada", date(2000, 1, 1), None, date(2030, 1, 1)) == "clasificada"
