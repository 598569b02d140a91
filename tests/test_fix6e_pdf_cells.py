"""PDF tables: a header text drawn wider than its cell keeps all its letters (readers/pdf.py).

A generator that does not wrap a header cell draws its text centred over the cell and past
its rules on both sides; a glyph over a rule (or beside the table) goes with the rest of its
string, not with the neighbour cell it overlaps. Characters made up for these tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportextract.readers.pdf import _Char, _tables

SIZE = 10.0
W = 5.0  # the advance of every test glyph


def _string(text: str, x: float, top: float) -> list[_Char]:
    out = []
    for ch in text:
        out.append(_Char(ch, x, x + W, top, top + SIZE, SIZE))
        x += W
    return out


@dataclass
class _Row:
    cells: list[tuple[float, float, float, float]]


@dataclass
class _Table:
    rows: list[_Row]
    bbox: tuple[float, float, float, float]


# two columns, rules at x = 0, 100, 190; two rows
TABLE = _Table(
    rows=[
        _Row([(0.0, 0.0, 100.0, 20.0), (100.0, 0.0, 190.0, 20.0)]),
        _Row([(0.0, 20.0, 100.0, 40.0), (100.0, 20.0, 190.0, 40.0)]),
    ],
    bbox=(0.0, 0.0, 190.0, 40.0),
)


def test_header_text_overflowing_its_cell_keeps_its_first_and_last_letters() -> None:
    # "Số đội (đội)" ends at x 100.0 (its ")" at 95-100); "Kinh phí (triệu đồng)" starts at 96,
    # over the rule at 100 and the ")" before it, and ends at 201, past the table's edge
    chars = _string("Số đội (đội)", 40.0, 5.0) + _string("Kinh phí (triệu đồng)", 96.0, 5.0)
    chars += _string("12", 40.0, 25.0) + _string("245", 130.0, 25.0)
    tables, outside = _tables([TABLE], chars)
    assert tables[0][1] == [["Số đội (đội)", "Kinh phí (triệu đồng)"], ["12", "245"]]
    assert outside == []


def test_text_beside_the_table_that_is_not_part_of_a_cell_string_stays_outside() -> None:
    chars = _string("Đơn vị", 30.0, 5.0) + _string("Số đội", 120.0, 5.0)
    chars += _string("A", 30.0, 25.0) + _string("7", 140.0, 25.0)
    margin = _string("*", 250.0, 25.0)  # a mark in the margin on a row's band
    tables, outside = _tables([TABLE], chars + margin)
    assert tables[0][1] == [["Đơn vị", "Số đội"], ["A", "7"]]
    assert [c.text for c in outside] == ["*"]
