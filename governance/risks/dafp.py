"""The DAFP v5 tables, used to seed the editable risk matrix (and as test fixtures)."""

from decimal import Decimal

from governance.risks.scoring import Level
from portal.palette import RISK_ZONE

PROBABILITY_LEVELS = (
    ("muy_baja", "Muy baja", Decimal(20), Decimal(2), "La actividad se ejecuta como máximo 2 veces al año"),
    ("baja", "Baja", Decimal(40), Decimal(24), "De 3 a 24 veces al año"),
    ("media", "Media", Decimal(60), Decimal(500), "De 24 a 500 veces al año"),
    ("alta", "Alta", Decimal(80), Decimal(5000), "De 500 a 5.000 veces al año"),
    ("muy_alta", "Muy alta", Decimal(100), None, "Más de 5.000 veces al año"),
)

IMPACT_LEVELS = (
    (
        "leve",
        "Leve",
        Decimal(20),
        Decimal(10),
        "Menos de 10 SMLMV · afecta a un grupo de funcionarios de un área",
    ),
    ("menor", "Menor", Decimal(40), Decimal(50), "Entre 10 y 50 SMLMV · de conocimiento interno"),
    ("moderado", "Moderado", Decimal(60), Decimal(100), "Entre 50 y 100 SMLMV · afecta a algunos usuarios"),
    ("mayor", "Mayor", Decimal(80), Decimal(500), "Entre 100 y 500 SMLMV · publicidad sectorial o regional"),
    ("catastrofico", "Catastrófico", Decimal(100), None, "Más de 500 SMLMV · publicidad nacional"),
)

#: Seed of the editable zones; their default colours are the palette's.
ZONES = (
    ("bajo", "Bajo", RISK_ZONE["bajo"]),
    ("moderado", "Moderado", RISK_ZONE["moderado"]),
    ("alto", "Alto", RISK_ZONE["alto"]),
    ("extremo", "Extremo", RISK_ZONE["extremo"]),
)

#: Rows from Muy alta to Muy baja, columns from Leve to Catastrófico (B, M, A, E).
HEAT_MAP_ROWS = {
    "muy_alta": "AAAAE",
    "alta": "MMAAE",
    "media": "MMMAE",
    "baja": "BMMAE",
    "muy_baja": "BBMAE",
}
ZONE_LETTERS = {"B": "bajo", "M": "moderado", "A": "alto", "E": "extremo"}

CONTROL_WEIGHTS = (
    ("tipo", "preventivo", Decimal(25)),
    ("tipo", "detectivo", Decimal(15)),
    ("tipo", "correctivo", Decimal(10)),
    ("implementacion", "automatico", Decimal(25)),
    ("implementacion", "manual", Decimal(15)),
)


def probability_levels() -> tuple[Level, ...]:
    return tuple(Level(key, percent, up_to) for key, _, percent, up_to, _ in PROBABILITY_LEVELS)


def impact_levels() -> tuple[Level, ...]:
    return tuple(Level(key, percent, up_to) for key, _, percent, up_to, _ in IMPACT_LEVELS)


def heat_map() -> dict[tuple[str, str], str]:
    impacts = [key for key, *_ in IMPACT_LEVELS]
    return {
        (probability, impact): ZONE_LETTERS[letter]
        for probability, letters in HEAT_MAP_ROWS.items()
        for impact, letter in zip(impacts, letters, strict=True)
    }


def control_weights() -> dict[tuple[str, str], Decimal]:
    return {(attribute, value): weight for attribute, value, weight in CONTROL_WEIGHTS}
