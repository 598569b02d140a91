"""Made-up PDF glyphs and a two-column table for the PDF table-reading tests (``readers.pdf._tables``):
characters of one size and width, and a table whose rules are given."""

from __future__ import annotations

from reportextract.readers.pdf import _Char


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
