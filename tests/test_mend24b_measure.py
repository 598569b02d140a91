"""Review 24 a, #6: the lead of a list of "<number> lượt" items reads a capitals-only short form
only as written in capitals (`figures.measure._count_of_lead`)."""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("toàn quốc")

_LEAD = "Cả nước dẫn đầu về số {} là Hồ Chí Minh 214.300 lượt, Hà Nội 168.900 lượt."


@pytest.mark.parametrize(("noun", "category"), [("BCH", "coverage"), ("TN", "participants")])
def test_a_short_form_in_capitals_names_the_lists_noun(noun: str, category: str) -> None:
    assert one(_LEAD.format(noun), 214300).category == category


@pytest.mark.parametrize("noun", ["bch", "tn"])
def test_a_short_form_in_lower_case_names_no_noun(noun: str) -> None:
    # "tn", "bch" written in lower case are no short forms: the lead names no lexicon noun
    assert one(_LEAD.format(noun), 214300).category == one(_LEAD.format("xyz"), 214300).category == "other"
