"""The classification of an information asset under Ley 1712 de 2014 (pure rules).

Information is public unless an exception applies: art. 18 makes it *clasificada* (harm to a
person's rights), art. 19 makes it *reservada* (harm to a public interest). Each exception needs its
legal basis, whether it covers the whole document or a part (which part), the date it was decided
and, for a reserve, a term of at most 15 years (art. 22); a classification may have no term. When the
term ends the information is public again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from servicedesk.assets.choices import Classification, ExceptionScope

#: Ley 1712 de 2014, art. 22: a reserve lasts at most fifteen years.
MAX_RESERVE_YEARS = 15


@dataclass(frozen=True)
class Decision:
    """What an information asset's classification says (the fields the rules read)."""

    classification: str
    legal_exception: str = ""
    legal_basis: str = ""
    legitimate_objective: str = ""
    scope: str = ""
    classified_part: str = ""
    classified_on: date | None = None
    term_years: int | None = None


def article_of(legal_exception: str) -> str:
    """``"18"`` or ``"19"``: the article an exception (``art18a``…) belongs to."""
    return legal_exception[3:5] if legal_exception.startswith("art") else ""


def expected_classification(legal_exception: str) -> str:
    return {"18": Classification.CLASSIFIED, "19": Classification.RESERVED}.get(
        article_of(legal_exception), ""
    )


def errors_of(decision: Decision) -> dict[str, str]:
    """The fields that make ``decision`` unlawful or incomplete, with a Spanish message each."""
    errors: dict[str, str] = {}
    if decision.classification == Classification.PUBLIC:
        if decision.legal_exception or decision.scope or decision.classified_on or decision.term_years:
            errors["classification"] = _(
                "La información pública no lleva excepción: borre la excepción, el alcance, la fecha y el "
                "plazo, o elija «clasificada» o «reservada»."
            )
        return errors
    required = {
        "legal_exception": _("Indique la excepción de la Ley 1712 de 2014 que se aplica."),
        "legal_basis": _("Cite la norma constitucional o legal que fundamenta la excepción."),
        "legitimate_objective": _("Escriba el objetivo legítimo que protege la excepción."),
        "scope": _("Indique si la excepción es total o parcial."),
        "classified_on": _("Indique la fecha de la calificación."),
    }
    for field, message in required.items():
        value = getattr(decision, field)
        if not (value.strip() if isinstance(value, str) else value):
            errors[field] = message
    expected = expected_classification(decision.legal_exception)
    if decision.legal_exception and expected != decision.classification:
        errors["legal_exception"] = (
            _("Las excepciones del artículo 18 clasifican la información; elija «pública clasificada».")
            if expected == Classification.CLASSIFIED
            else _("Las excepciones del artículo 19 reservan la información; elija «pública reservada».")
        )
    if decision.scope == ExceptionScope.PARTIAL and not decision.classified_part.strip():
        errors["classified_part"] = _("Si la excepción es parcial, diga qué parte del documento cubre.")
    if decision.classification == Classification.RESERVED:
        if not decision.term_years:
            errors["term_years"] = _("La reserva necesita un plazo, de máximo %(years)s años.") % {
                "years": MAX_RESERVE_YEARS
            }
        elif decision.term_years > MAX_RESERVE_YEARS:
            errors["term_years"] = _(
                "La reserva no puede durar más de %(years)s años (Ley 1712 de 2014, art. 22)."
            ) % {"years": MAX_RESERVE_YEARS}
    return errors


def term_ends(classified_on: date | None, term_years: int | None) -> date | None:
    """The day the exception stops applying (``None``: no term)."""
    if classified_on is None or not term_years:
        return None
    try:
        return classified_on.replace(year=classified_on.year + term_years)
    except ValueError:  # 29 February
        return classified_on.replace(year=classified_on.year + term_years, day=28)


def in_force(classification: str, classified_on: date | None, term_years: int | None, today: date) -> str:
    """The classification that applies ``today``: an exception whose term has ended is public again."""
    if classification == Classification.PUBLIC:
        return classification
    ends = term_ends(classified_on, term_years)
    return Classification.PUBLIC if ends is not None and ends <= today else classification
