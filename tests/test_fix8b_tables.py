"""Table rows labelled with a former unit ("Hà Tĩnh cũ", "Khu vực tỉnh Quảng Bình (cũ)") give their
cells to that unit (spec §2.3: pre-2025 units keep their own names), and ``lookup`` reads such a name.

Texts made up for these tests.
"""

from __future__ import annotations

import pytest

from reportextract import extract
from reportextract.figures.tables import _row_unit
from reportextract.units import lookup

TABLE = (
    "BÁO CÁO\n"
    "Tỉnh đoàn Quảng Trị báo cáo kết quả mở lớp sau hợp nhất như sau:\n"
    "\n"
    "Địa bàn\tSố lớp\tLượt học viên\n"
    "Quảng Trị cũ\t310\t12.400\n"
    "Khu vực tỉnh Quảng Bình (cũ)\t455\t18.900\n"
    "Tổng cộng\t765\t31.300\n"
    "\n"
    "Các cơ sở Đoàn tiếp tục triển khai thực hiện.\n"
)


def _units_of(report, value: int) -> list[str]:
    return [f.unit for f in report.figures if f.value == value]


def test_former_province_rows_give_their_cells_to_that_province() -> None:
    report = extract(TABLE.encode(), format="txt", name="t.txt")
    assert _units_of(report, 455) == ["Quảng Bình"]
    assert _units_of(report, 18900) == ["Quảng Bình"]
    assert _units_of(report, 310) == ["Quảng Trị"]
    assert _units_of(report, 765) == ["Quảng Trị"]  # the total row stays the scope's


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Hà Tĩnh cũ", "Hà Tĩnh"),
        ("tỉnh Quảng Bình (cũ)", "Quảng Bình"),
        ("huyện Kim Thành cũ", "huyện Kim Thành"),
    ],
)
def test_lookup_reads_a_former_unit(name, canonical) -> None:
    m = lookup(name)
    assert m is not None and m.canonical == canonical


@pytest.mark.parametrize("name", ["cũ", "nhà cũ", "Chợ Cũ", "Trường cũ"])
def test_former_word_alone_or_after_a_non_unit_is_no_unit(name) -> None:
    assert lookup(name) is None


def test_area_word_before_a_row_unit() -> None:
    assert _row_unit("Khu vực Hà Tĩnh cũ").canonical == "Hà Tĩnh"
    assert _row_unit("Địa bàn huyện Kim Thành").canonical == "huyện Kim Thành"
    assert _row_unit("Khu vực miền núi") is None
    assert _row_unit("Khu vực") is None
