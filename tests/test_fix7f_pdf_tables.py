"""PDF tables (readers/pdf.py, `_placed_centres`): a cell text drawn wider than its cell, across
the neighbour cells' rules and over their own text, is read whole in the cell it is centred on.

The PDFs are typeset here with fpdf2 the way a generator that does not wrap table cells draws
them: each header text centred on its cell and running over its rules. Texts made up for the
tests.
"""

from __future__ import annotations

import pytest

from pdf_glyphs import FONT, TwoColumnTable, glyphs, table_cells, table_pdf
from reportextract.readers.pdf import _Char, _Line, _paragraphs, _tables

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Serif font not installed")


def test_centred_header_texts_wider_than_their_cells_are_read_whole() -> None:
    header = [
        "STT",
        "Chi đoàn",
        "Cây xanh được trồng thêm (cây)",
        "Lượt đoàn viên dự",
        "Kinh phí vận động (triệu đồng)",
    ]
    rows = [
        header,
        ["1", "Chi đoàn thôn Bắc", "1.200", "85", "14,5"],
        ["2", "Chi đoàn thôn Nam", "950", "60", "9"],
    ]
    cells = table_cells(table_pdf(rows, [10, 45, 30, 25, 30]))
    assert cells[0] == header
    assert cells[1] == rows[1]
    assert cells[2] == rows[2]


def test_left_aligned_name_running_over_the_next_cells_blank_start() -> None:
    # the unit name is longer than its column: it runs on over the blank start of the number
    # cell, whose centred number stays apart
    rows = [
        ["STT", "Đơn vị", "Số buổi"],
        ["1", "Đoàn Thanh niên Công ty cổ phần cấp nước", "12"],
        ["2", "Chi đoàn khu phố 3", "7"],
    ]
    cells = table_cells(table_pdf(rows, [10, 50, 40]))
    assert cells == rows


def test_texts_that_fit_their_cells_are_unchanged() -> None:
    rows = [["STT", "Nội dung", "Số lượng"], ["1", "Ngày công", "320"], ["2", "Suất quà", "45"]]
    assert table_cells(table_pdf(rows, [15, 60, 30])) == rows


# --- the rule on made-up glyphs: two cells' texts close to a rule stay apart -------------------

SIZE = 10.0
W = 5.0


def _string(text: str, x: float, top: float) -> list[_Char]:
    return glyphs(text, x, top, SIZE, W)


def _Table() -> TwoColumnTable:
    return TwoColumnTable(100.0, 190.0)


def test_a_rule_in_the_space_between_two_cell_texts_separates_them() -> None:
    # "Tổng" right-aligned ending 2 pt before the rule, "302" starting 2 pt after it: close
    # enough to be one string by spacing, but the rule between them makes two cells
    left = _string("Tổng", 78.0, 25.0)
    right = _string("302", 102.0, 25.0)
    chars = _string("Mục", 40.0, 5.0) + _string("Giá trị", 120.0, 5.0) + left + right
    tables, _ = _tables([_Table()], chars)
    assert tables[0][1] == [["Mục", "Giá trị"], ["Tổng", "302"]]


def test_a_string_drawn_over_the_next_cells_text_goes_with_its_centre() -> None:
    # "Số đoàn viên dự (người)" centred on column 0 (x -7.5..107.5), past the table's left edge
    # and over the rule at 100; "Nơi tổ chức" centred on column 1
    chars = _string("Số đoàn viên dự (người)", -7.5, 5.0) + _string("Nơi tổ chức", 117.5, 5.0)
    chars += _string("40", 45.0, 25.0) + _string("xã", 140.0, 25.0)
    tables, outside = _tables([_Table()], chars)
    assert tables[0][1][0] == ["Số đoàn viên dự (người)", "Nơi tổ chức"]
    assert outside == []


# --- paragraphs: a short line before a line that starts with a digit (`_paragraphs`, `_fits`) -----


def _line(text: str, x0: float, x1: float, top: float) -> _Line:
    return _Line(text, x0, x1, top, top + 12.0, 12.0, 1)


def test_a_line_wrapped_before_a_date_that_did_not_fit_goes_on() -> None:
    # "… tổ chức vào ngày" ends 50 pt before the margin; "15/4/2025" (9 characters of about 6 pt)
    # would not have fit there, so the line was wrapped
    lines = [
        _line("Hội nghị tổng kết công tác Đoàn được tổ chức vào ngày", 100.0, 490.0, 100.0),
        _line("15/4/2025 tại hội trường xã với 120 đại biểu tham dự và", 80.0, 440.0, 117.0),
    ]
    assert len(_paragraphs(lines, 80.0, 540.0)) == 1


def test_a_short_line_before_a_number_that_would_have_fit_ends_its_paragraph() -> None:
    lines = [
        _line("Kết quả cụ thể như sau", 100.0, 250.0, 100.0),
        _line("2025 là năm đầu tiên các xã thực hiện mô hình chính quyền mới", 80.0, 500.0, 117.0),
    ]
    assert len(_paragraphs(lines, 80.0, 540.0)) == 2
