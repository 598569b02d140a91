"""PDF tables (readers/pdf.py, `_glued_at_rule`): header texts that fill their columns to the
rules, or run a little past them, touch the next cell's text with no space between ("… tham
giaThanh niên …"); they are read as the separate cells the column rules make them.

The PDFs are typeset here with fpdf2, with column widths fitted to the header texts the way a
generator does that sizes a table's columns to their widest text and then shrinks the table to
the page. Texts made up for the tests.
"""

from __future__ import annotations

import pytest

from pdf_glyphs import FONT, TwoColumnTable, glyphs, table_cells, table_pdf
from reportextract.readers.pdf import _Char, _tables

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Serif font not installed")


HEADER = [
    "STT",
    "Chi đoàn",
    "Lượt thanh niên tham gia",
    "Thanh niên được giới thiệu việc làm",
    "Kinh phí (triệu đồng)",
]
ROWS = [HEADER, ["1", "Chi đoàn thôn Đông", "210", "18", "12,5"], ["2", "Chi đoàn thôn Tây", "95", "7", "4"]]


@pytest.mark.parametrize("overflow", [0.0, 0.3])
def test_header_texts_touching_at_a_rule_are_separate_cells(overflow: float) -> None:
    assert table_cells(table_pdf(ROWS, size=8.0, overflow=overflow)) == ROWS


# --- the rule on made-up glyphs ---------------------------------------------------------------

SIZE = 8.0
W = 4.0


def _string(text: str, x: float, top: float) -> list[_Char]:
    return glyphs(text, x, top, SIZE, W)


def _Table() -> TwoColumnTable:
    return TwoColumnTable(100.0, 200.0)


def test_a_capital_flush_against_a_word_at_a_rule_starts_the_next_cell() -> None:
    # "Số ngày công" ends at 99.5, "Giá trị" starts at 99.5 (0.5 pt left of the rule)
    left = "Tổng ngày công"
    chars = _string(left, 99.5 - W * len(left), 5.0) + _string("Giá trị", 99.5, 5.0)
    chars += _string("40", 45.0, 25.0) + _string("12", 140.0, 25.0)
    tables, _ = _tables([_Table()], chars)
    assert tables[0][1] == [["Tổng ngày công", "Giá trị"], ["40", "12"]]


def test_a_capital_inside_a_string_away_from_any_rule_does_not_split_it() -> None:
    # a header across the rule at 100 (x 10..110) whose capital "V" is at 58, far from the
    # rule: one string, read whole in the cell its centre lies in
    text = "Số đoàn viênVượt chỉ tiêu"
    chars = _string(text, 10.0, 5.0) + _string("40", 45.0, 25.0) + _string("12", 140.0, 25.0)
    tables, _ = _tables([_Table()], chars)
    assert tables[0][1][0] == [text, ""]


def test_a_lower_case_word_crossing_a_rule_is_not_split() -> None:
    # "Cây xanh trồng mới" (x 72..144) with the rule at 100 exactly between "xan" and "h":
    # no capital there, so one string, read whole in the cell its centre (108) lies in
    text = "Cây xanh trồng mới"
    chars = _string(text, 72.0, 5.0)
    chars += _string("40", 45.0, 25.0) + _string("12", 140.0, 25.0)
    tables, _ = _tables([_Table()], chars)
    assert tables[0][1][0] == ["", text]
