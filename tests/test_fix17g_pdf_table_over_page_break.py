"""fix17g (readers/pdf.py, `_carry_rows`): a ruled table cut by a page break, with several rows
on the next page (a table of their own for pdfplumber), reads as one table, as the .docx does:
the rows on the next page continue the table's row numbers, after the table's cells and before
the first page's footnotes; a header row the generator repeats on the new page is dropped. A
table under text, or in other columns, stays a table of its own. PDFs typeset here with fpdf2;
texts made up for the test."""

from __future__ import annotations

import pytest

from pdf_glyphs import FONT
from reportextract.pipeline import extract
from reportextract.readers import read

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="DejaVu Serif font not installed")

WIDTHS = [12.0, 70.0, 35.0, 35.0]
HEADER = ["TT", "Chi đoàn", "Công trình", "Kinh phí (triệu đồng)"]
FIRST = [["1", "Chi đoàn xóm Bến", "7", "120"], ["2", "Chi đoàn xóm Đồi", "5", "85"]]
NEXT = [
    ["3", "Chi đoàn xóm Chợ", "6", "96"],
    ["4", "Chi đoàn xóm Giữa", "4", "70"],
    ["", "Cộng", "22", "371"],
]


def _rows(pdf: object, rows: list[list[str]], widths: list[float]) -> None:
    for row in rows:
        pdf.set_x(20)  # type: ignore[attr-defined]
        for w, text in zip(widths, row, strict=True):
            pdf.cell(w, 8, text, border=1)  # type: ignore[attr-defined]
        pdf.ln(8)  # type: ignore[attr-defined]


def _pdf(
    *, repeat_header: bool = False, text_above: bool = False, widths2: list[float] | None = None
) -> bytes:
    """Page 1: a paragraph with a footnote marker, the table's header and two rows at the page
    bottom, a separator rule and the footnote; page 2: three more rows (perhaps under the header
    again, or under a paragraph, or in other columns), then a closing paragraph."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", str(FONT))
    pdf.add_page()
    pdf.set_font("serif", size=12)
    pdf.set_xy(20, 30)
    pdf.multi_cell(170, 7, "Các chi đoàn làm công trình thanh niên trong năm¹ như bảng sau:")
    pdf.set_xy(20, 224)
    pdf.set_font("serif", size=10)
    _rows(pdf, [HEADER, *FIRST], WIDTHS)
    pdf.line(20, 262, 70, 262)
    pdf.set_xy(20, 264)
    pdf.set_font("serif", size=8)
    pdf.cell(0, 5, "1 Gồm đường bê tông, cầu dân sinh và sân chơi cho thiếu nhi.")
    pdf.add_page()
    y = 20.0
    if text_above:
        pdf.set_font("serif", size=12)
        pdf.set_xy(20, y)
        pdf.multi_cell(170, 7, "Kết quả của các chi đoàn còn lại:")
        y += 12
    pdf.set_xy(20, y)
    pdf.set_font("serif", size=10)
    _rows(pdf, [HEADER, *NEXT] if repeat_header else NEXT, widths2 or WIDTHS)
    pdf.set_xy(20, pdf.get_y() + 8)
    pdf.set_font("serif", size=12)
    pdf.multi_cell(170, 7, "Các chi đoàn tiếp tục duy tu các công trình trong năm tới.")
    return bytes(pdf.output())


def _cells(data: bytes) -> list[tuple[int | None, int | None, int | None, str]]:
    doc = read(data, format="pdf", name="t.pdf")
    return [(b.table, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


def _expected() -> list[tuple[int, int, int, str]]:
    return [(0, r, c, x) for r, row in enumerate([HEADER, *FIRST, *NEXT]) for c, x in enumerate(row) if x]


@pytest.mark.parametrize("repeat_header", [False, True])
def test_rows_on_the_next_page_continue_the_table(repeat_header: bool) -> None:
    data = _pdf(repeat_header=repeat_header)
    assert _cells(data) == _expected()
    doc = read(data, format="pdf", name="t.pdf")
    kinds = [b.kind for b in doc.blocks]
    last_cell = max(i for i, k in enumerate(kinds) if k == "table_cell")
    assert kinds[last_cell + 1] == "footnote"  # the first page's footnote stays after the table
    assert [b.page for b in doc.blocks if b.kind == "table_cell" and b.row == 3] == [2, 2, 2, 2]


def test_the_body_reads_the_table_as_one() -> None:
    """structure/repair.py `mark_running_heads`: the numbers at the page edges are table cells,
    not running heads (the cell "85" closes page 1, the row number "3" opens page 2)."""
    body = extract(_pdf(), format="pdf", name="t.pdf").body
    assert "2\tChi đoàn xóm Đồi\t5\t85\n3\tChi đoàn xóm Chợ\t6\t96\n" in body


def test_a_table_under_text_stays_its_own() -> None:
    cells = _cells(_pdf(text_above=True))
    assert {t for t, _, _, _ in cells} == {0, 1}
    assert [(r, x) for t, r, c, x in cells if t == 1 and c == 0] == [(0, "3"), (1, "4")]


def test_a_table_in_other_columns_stays_its_own() -> None:
    cells = _cells(_pdf(widths2=[15.0, 60.0, 40.0, 37.0]))
    assert {t for t, _, _, _ in cells} == {0, 1}


def _segment_body(blocks: list[object]) -> str:
    from reportextract.model import Document
    from reportextract.structure import segment

    doc = Document.from_blocks("t.pdf", "pdf", blocks, [], pages=2)  # type: ignore[arg-type]
    return segment(doc).report.body


def test_running_heads_are_found_but_never_in_table_cells() -> None:
    """structure/repair.py `mark_running_heads`: a short line that opens both pages is a running
    head (dropped); numbers in table cells at the page edges are not, though "#" is the same."""
    from reportextract.model import Block

    def cell(text: str, page: int, row: int, col: int) -> Block:
        return Block(kind="table_cell", text=text, page=page, table=0, row=row, col=col)

    blocks = [
        Block(kind="paragraph", text="Sổ tay công tác Đoàn", page=1),
        Block(kind="paragraph", text="Các chi đoàn trồng cây xanh trong tháng ba như sau.", page=1),
        cell("1", 1, 0, 0),
        cell("Chi đoàn Bắc", 1, 0, 1),
        cell("12", 1, 0, 2),
        Block(kind="paragraph", text="Sổ tay công tác Đoàn", page=2),
        cell("2", 2, 1, 0),
        cell("Chi đoàn Nam", 2, 1, 1),
        cell("9", 2, 1, 2),
        Block(kind="paragraph", text="Các chi đoàn chăm sóc cây đến cuối năm.", page=2),
    ]
    body = _segment_body(blocks)
    assert "Sổ tay" not in body
    assert "1\tChi đoàn Bắc\t12\n2\tChi đoàn Nam\t9" in body
