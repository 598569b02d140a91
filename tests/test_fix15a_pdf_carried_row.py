"""fix15a (readers/pdf.py, `_carry_rows`): a ruled table whose last row falls on the next page,
after the page-bottom footnotes, keeps that row; the footnotes stay footnotes. PDFs typeset here
with fpdf2; texts made up for the test."""

from __future__ import annotations

import pytest

from pdf_glyphs import FONT
from reportextract.readers import read

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Serif font not installed")

WIDTHS = [12.0, 60.0, 30.0, 30.0]
HEADER = ["STT", "Chi đoàn", "Buổi tập", "Lượt người"]
ROWS = [["1", "Chi đoàn thôn Đông", "14", "320"], ["2", "Chi đoàn thôn Tây", "9", "215"]]
LAST = ["3", "Chi đoàn thôn Trung", "11", "260"]


def _pdf(*, text_above_row: bool = False, widths2: list[float] | None = None) -> bytes:
    """Page 1: a paragraph with a footnote marker, the table's header and two rows at the page
    bottom, a separator rule and the footnote; page 2: one more row of the table (in the same
    columns, or `widths2`), perhaps under a paragraph, then a closing paragraph."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT))
    pdf.add_page()
    pdf.set_font("serif", size=12)
    pdf.set_xy(20, 30)
    pdf.multi_cell(170, 7, "Các chi đoàn tổ chức tập luyện thể thao cho thanh niên trong hè¹ như sau:")
    pdf.set_xy(20, 220)
    pdf.set_font("serif", size=10)
    for row in [HEADER, *ROWS]:
        pdf.set_x(20)
        for w, text in zip(WIDTHS, row, strict=True):
            pdf.cell(w, 8, text, border=1)
        pdf.ln(8)
    pdf.line(20, 262, 70, 262)
    pdf.set_xy(20, 264)
    pdf.set_font("serif", size=8)
    pdf.cell(0, 5, "1 Từ tháng Sáu đến tháng Tám, tại nhà văn hóa các thôn.")
    pdf.add_page()
    pdf.set_font("serif", size=12)
    y = 20.0
    if text_above_row:
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 7, "Bảng sau ghi kết quả của thôn còn lại:")
        y += 12
    pdf.set_xy(20, y)
    pdf.set_font("serif", size=10)
    for w, text in zip(widths2 or WIDTHS, LAST, strict=True):
        pdf.cell(w, 8, text, border=1)
    pdf.set_xy(20, y + 16)
    pdf.set_font("serif", size=12)
    pdf.multi_cell(170, 7, "Các chi đoàn tiếp tục duy trì phong trào trong năm học mới.")
    return bytes(pdf.output())


def _cells(data: bytes) -> tuple[list[tuple[int | None, int | None, int | None, str]], list[str]]:
    doc = read(data, format="pdf", name="t.pdf")
    cells = [(b.table, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    kinds = [b.kind for b in doc.blocks]
    return cells, kinds


def test_row_on_the_next_page_joins_its_table_before_the_footnotes() -> None:
    doc = read(_pdf(), format="pdf", name="t.pdf")
    cells = [(b.table, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]
    assert [(t, r, c, x) for t, r, c, x in cells if r == 3] == [(0, 3, c, x) for c, x in enumerate(LAST)]
    assert {t for t, _, _, _ in cells} == {0}
    # the carried row sits right after the table's other cells, the footnote after it
    kinds = [b.kind for b in doc.blocks]
    last_cell = max(i for i, k in enumerate(kinds) if k == "table_cell")
    assert kinds[last_cell + 1] == "footnote"
    notes = [(b.footnote_id, b.text) for b in doc.blocks if b.kind == "footnote"]
    assert notes == [("1", "Từ tháng Sáu đến tháng Tám, tại nhà văn hóa các thôn.")]
    assert doc.blocks[-1].text.startswith("Các chi đoàn tiếp tục")
    assert [r.id for r in doc.note_refs] == ["1"]


def test_a_lone_row_under_text_is_not_carried() -> None:
    cells, _ = _cells(_pdf(text_above_row=True))
    assert all(r is not None and r <= 2 for _, r, _, _ in cells)


def test_a_lone_row_in_other_columns_is_not_carried() -> None:
    cells, _ = _cells(_pdf(widths2=[20.0, 50.0, 30.0, 30.0]))
    assert all(r is not None and r <= 2 for _, r, _, _ in cells)
