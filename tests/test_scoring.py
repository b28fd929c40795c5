"""Maturity and completion, checked against cases computed by hand."""

import pytest

from essdesk.domain.scoring import LeverInput, format_percent, score, score_by_step
from essdesk.models.enums import LeverStatus as S
from essdesk.models.enums import Priority as P


def test_contributions_are_weighted_means():
    # (1 + 0.5 + 0.25 + 0 + 0) / 5 = 35 %
    result = score([LeverInput(S.DONE), LeverInput(S.IN_PROGRESS), LeverInput(S.PLANNED),
                    LeverInput(S.NOT_STARTED), LeverInput(S.NOT_ASSESSED)])
    assert result.maturity == pytest.approx(35.0)
    assert result.completion == pytest.approx(80.0)  # 4 of 5 assessed
    assert result.total == 5 and result.assessed == 4


def test_weight_counts_in_numerator_and_denominator():
    # done with weight 3, not started with weight 1: 3 / 4 = 75 %
    result = score([LeverInput(S.DONE, weight=3), LeverInput(S.NOT_STARTED, weight=1)])
    assert result.maturity == pytest.approx(75.0)


def test_not_applicable_leaves_the_denominator_but_counts_as_assessed():
    # done + n/a + not started → 1 / 2 = 50 %; completion 3/3
    result = score([LeverInput(S.DONE), LeverInput(S.NOT_APPLICABLE), LeverInput(S.NOT_STARTED)])
    assert result.maturity == pytest.approx(50.0)
    assert result.completion == pytest.approx(100.0)


def test_step_where_every_lever_is_not_applicable_has_no_maturity():
    result = score([LeverInput(S.NOT_APPLICABLE)] * 4)
    assert result.maturity is None
    assert result.completion == pytest.approx(100.0)
    assert format_percent(result.maturity) == "—"


def test_counts_per_status_and_priority():
    result = score([LeverInput(S.DONE, P.HIGH), LeverInput(S.DONE, P.LOW),
                    LeverInput(S.PLANNED, P.HIGH)])
    assert result.by_status[S.DONE] == 2 and result.by_status[S.PLANNED] == 1
    assert result.by_status[S.NOT_ASSESSED] == 0
    assert result.by_priority[P.HIGH] == 2 and result.by_priority[P.LOW] == 1


def test_overall_is_over_all_levers_not_a_mean_of_steps():
    # step 1: one lever done (100 %); step 2: three levers not started (0 %)
    # mean of steps would be 50 %, over all levers it is 1/4 = 25 %
    levers = [(1, LeverInput(S.DONE))] + [(2, LeverInput(S.NOT_STARTED))] * 3
    result = score_by_step(levers, numbers=(1, 2, 5))
    assert result.steps[1].maturity == pytest.approx(100.0)
    assert result.steps[2].maturity == pytest.approx(0.0)
    assert result.overall.maturity == pytest.approx(25.0)
    assert result.steps[5].maturity is None and result.steps[5].total == 0


def test_empty_diagnostic_has_no_figures():
    result = score([])
    assert result.maturity is None and result.completion is None


def test_french_percent_format():
    assert format_percent(42.4) == "42\u202f%"
    assert format_percent(0.0) == "0\u202f%"
