"""Scoring a risk against the configured matrix (a pre_save receiver calls it whenever a risk is saved)
and recording a risk event in the risk's history."""

from __future__ import annotations

from django.db import transaction
from wagtail.log_actions import log

from governance.risks.matrix import load_matrix
from governance.risks.scoring import (
    control_weight,
    corruption_impact,
    impact_from_criteria,
    inherent_rating,
    probability_from_frequency,
    residual_rating,
)


def score(risk, matrix=None) -> None:
    """Set the inherent and residual levels and zones of ``risk`` (opportunities have none)."""
    blank = ("", "", "", "", "", "")
    if risk.is_opportunity or risk.yearly_frequency is None:
        (
            risk.inherent_probability,
            risk.inherent_impact,
            risk.inherent_zone,
            risk.residual_probability,
            risk.residual_impact,
            risk.residual_zone,
        ) = blank
        risk.residual_probability_percent = risk.residual_impact_percent = None
        return
    matrix = matrix or load_matrix()
    probability = probability_from_frequency(risk.yearly_frequency, matrix.probability_levels)
    if risk.risk_type == "corrupcion":
        key = corruption_impact(risk.corruption_yes_answers or 0)
        impact = next(level for level in matrix.impact_levels if level.key == key)
    else:
        impact = impact_from_criteria(
            risk.economic_impact_smlmv, risk.reputational_impact or None, matrix.impact_levels
        )
    inherent = inherent_rating(probability, impact, matrix.heat_map)
    controls = [
        (control.control_type, control_weight(control.attributes, matrix.control_weights))
        for control in sorted(risk.controls.all(), key=lambda c: c.sort_order or 0)
    ]
    residual = residual_rating(
        inherent, controls, matrix.probability_levels, matrix.impact_levels, matrix.heat_map
    )
    risk.inherent_probability, risk.inherent_impact, risk.inherent_zone = (
        inherent.probability,
        inherent.impact,
        inherent.zone,
    )
    risk.residual_probability, risk.residual_impact, risk.residual_zone = (
        residual.probability,
        residual.impact,
        residual.zone,
    )
    risk.residual_probability_percent = residual.probability_percent
    risk.residual_impact_percent = residual.impact_percent


def score_on_save(sender, instance, **kwargs) -> None:
    """``pre_save`` receiver for ``Risk`` (connected in ``GovernanceConfig.ready``)."""
    score(instance)


@transaction.atomic
def risk_event_recorded(*, event, by) -> None:
    """Write the new ``event`` into the history of its risk."""
    log(
        instance=event.risk,
        action="governance.risk.event",
        user=by,
        data={"event": event.pk, "occurred_on": event.occurred_on.isoformat()},
    )
