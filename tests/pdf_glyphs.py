"""Helpers of the PDF table-reading tests: a one-page PDF with one table (written with fpdf2) and the
cells `read` finds in it; made-up glyphs of one size and width and a two-column table whose rules are
given (for ``readers.pdf._tables`` alone)."""

from __future__ import annotations

from pathlib import Path

from reportextract.readers import read
from reportextract.readers.pdf import _Char

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def table_pdf(
    rows: list[list[str]], widths: list[float] | None = None, *, size: float = 9.0, overflow: float = 0.0
) -> bytes:
    """A one-page PDF (DejaVu Serif) with one bordered table between two paragraphs; the cells are not
    wrapped (text may overflow). Without `widths`, each column is its widest text less `overflow` mm
    (centred header texts then reach `overflow / 2` mm past both rules)."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_page()
    pdf.add_font("serif", "", str(FONT))
    pdf.set_font("serif", size=11)
    pdf.multi_cell(0, 6, "Kết quả các đơn vị trong đợt ra quân như sau:")
    pdf.ln(2)
    pdf.set_font("serif", size=size)
    if widths is None:
        widths = [max(pdf.get_string_width(r[j]) for r in rows) - overflow for j in range(len(rows[0]))]
    for r, row in enumerate(rows):
        for j, text in enumerate(row):
            pdf.cell(widths[j], 7, text, border=1, align="C" if r == 0 or j != 1 else "L")
        pdf.ln(7)
    pdf.ln(3)
    pdf.set_font("serif", size=11)
    pdf.multi_cell(0, 6, "Các đơn vị tiếp tục duy trì phong trào.")
    return bytes(pdf.output())


def table_cells(data: bytes) -> list[list[str]]:
    """The texts of the table cells `read` finds in the PDF `data`, row by row."""
    doc = read(data, format="pdf", name="t.pdf")
    rows: dict[int, dict[int, str]] = {}
    for b in doc.blocks:
        if b.kind == "table_cell":
            assert b.row is not None and b.col is not None
            rows.setdefault(b.row, {})[b.col] = b.text
    return [[rows[r].get(c, "") for c in range(max(rows[r]) + 1)] for r in sorted(rows)]


def glyphs(text: str, x: float, top: float, size: float, width: float) -> list[_Char]:
    """The characters of `text` from `x` on, each `width` wide, on the line at `top`."""
    out = []
    for ch in text:
        out.append(_Char(ch, x, x + width, top, top + size, size))
        x += width
    return out


class Row:
    def __init__(self, cells: list[tuple[float, float, float, float]]) -> None:
        self.cells = cells


class TwoColumnTable:
    """Two columns with rules at x = 0, `middle`, `right`, two rows of 20 pt (what pdfplumber gives)."""

    def __init__(self, middle: float, right: float) -> None:
        self.rows = [
            Row([(0.0, 0.0, middle, 20.0), (middle, 0.0, right, 20.0)]),
            Row([(0.0, 20.0, middle, 40.0), (middle, 20.0, right, 40.0)]),
        ]
        self.bbox = (0.0, 0.0, right, 40.0)
