"""Column headers that name their counted noun in brackets (figures/tables.py; spec §2.2 values in
base units, §2.6 the measure is the counted noun). Texts are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import reportextract
from reportextract.figures.tables import cell_info, find_tables

BODY = (
    "Kết quả:\n\n"
    "TT\tĐơn vị\tThanh niên tham gia (nghìn người)\tKinh phí (triệu đồng)\tTư vấn hướng nghiệp (người)"
    "\tCây xanh (cây)\n"
    "1\tXã Quang Minh\t2,5\t120\t340\t600\n"
    "2\tXã Hòa Lạc\t1,75\t95,5\t210\t450\n"
    "\tCộng\t4,25\t215,5\t550\t1.050\n\nHết."
)


def _cell(text: str, needle: str):
    table = find_tables(text)[0]
    cell = cell_info(text, table, text.index(needle))
    assert cell is not None
    return cell


def test_a_scale_word_before_a_counted_noun_scales_the_column() -> None:
    cell = _cell(BODY, "2,5")
    assert (cell.scale, cell.kind, cell.measure) == (1000, None, "Thanh niên tham gia")
    money = _cell(BODY, "120")
    assert (money.scale, money.kind) == (10**6, "money")  # money columns as before


def test_a_counted_noun_in_brackets_is_the_measure_when_the_header_names_none() -> None:
    assert _cell(BODY, "340").measure == "người"  # "Tư vấn hướng nghiệp" names no counted noun
    assert _cell(BODY, "600").measure == "Cây xanh"  # the header's own noun stays
    assert _cell(BODY, "340").scale == 1


@pytest.mark.parametrize(
    ("header", "measure"),
    [
        ("Hỗ trợ người dân (lượt)", "người dân"),  # a verb, then the header's own noun
        ("Số hộ được hỗ trợ", "Số hộ được hỗ trợ"),  # no brackets: as written
        ("Tỷ lệ (%)", "Tỷ lệ"),
        ("Đợt (2024)", "Đợt (2024)"),  # a year in brackets is no counted noun
    ],
)
def test_headers_with_or_without_a_counted_noun(header: str, measure: str) -> None:
    body = f"Đơn vị\t{header}\nXã Quang Minh\t12\nXã Hòa Lạc\t7\n"
    assert _cell(body, "12").measure == measure


def test_a_total_row_with_an_empty_first_cell_is_a_total_when_its_tab_is_kept() -> None:
    cell = _cell(BODY, "4,25")
    assert (cell.total_row, cell.unit, cell.scale) == (True, None, 1000)


def test_scaled_count_column_end_to_end() -> None:
    text = (
        "HUYỆN ĐOÀN BA VÌ\n\nBÁO CÁO\nKết quả tháng thanh niên\n\nHuyện đoàn báo cáo kết quả như sau:\n\n"
        "Đơn vị | Thanh niên tham gia (nghìn người) | Kinh phí (nghìn đồng)\n---|--:|--:\n"
        "Xã Quang Minh | 2,5 | 845.000\nXã Hòa Lạc | 1,75 | 120.500\n\nHết.\n"
    )
    rep = reportextract.extract(text, format="md", scope="huyện Ba Vì")
    got = sorted((f.value, f.unit) for f in rep.figures)
    assert got == sorted(
        [
            (2500, "xã Quang Minh"),
            (1750, "xã Hòa Lạc"),
            (845000000, "xã Quang Minh"),
            (120500000, "xã Hòa Lạc"),
        ]
    )
    assert all(isinstance(f.value, int | Decimal) for f in rep.figures)
