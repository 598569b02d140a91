"""One test of a breakdown's bracket for the number reader and the unit finder (review 21/B #2): both
call `numbers.breakdown.in_breakdown_bracket`, so they read the same bracket the same way, a tab
before it or not. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

import reportextract
from reportextract.numbers import breakdown, quantities
from reportextract.units import gazetteer


def test_both_callers_share_one_helper() -> None:
    assert quantities.in_breakdown_bracket is breakdown.in_breakdown_bracket
    assert gazetteer.in_breakdown_bracket is breakdown.in_breakdown_bracket


@pytest.mark.parametrize("gap", [" ", "\t", "\u00a0"])
def test_a_total_of_people_breaks_down_with_any_gap(gap: str) -> None:
    text = f"có 64 sinh viên{gap}(Chi đoàn Yên Lập 29, Chi đoàn Hàm Yên 21"
    assert breakdown.in_breakdown_bracket(text, text.index("29"))
    assert breakdown.in_breakdown_bracket(text, text.index("21"))


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_a_total_of_units_lists_their_names_with_any_gap(gap: str) -> None:
    # negative: the total counts schools, the bracket names them with their own numbers
    text = f"có 2 trường{gap}(Trường THPT Yên Lập 1, Trường THPT Yên Lập 2"
    assert not breakdown.in_breakdown_bracket(text, text.index("1,"))
    # and a closed bracket is no breakdown of what follows it
    closed = "có 64 sinh viên (Chi đoàn Yên Lập 29), Chi đoàn Hàm Yên 21"
    assert not breakdown.in_breakdown_bracket(closed, closed.index("21"))


@pytest.mark.parametrize("gap", [" ", "\t"])
def test_the_figures_of_a_breakdown_do_not_depend_on_the_gap(gap: str) -> None:
    text = f"Toàn huyện có 64 sinh viên{gap}(Trường THPT Yên Lập 29, Trường THPT Hàm Yên 21) tham gia."
    assert [f.value for f in reportextract.extract(text, scope="Tuyên Quang").figures] == [64, 29, 21]
