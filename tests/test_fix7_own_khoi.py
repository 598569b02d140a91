"""A provincial Đoàn Khối named without its province ("Đoàn Khối các cơ quan và doanh nghiệp tỉnh"),
on text written for these tests: the unit finder keeps the name with its bare level word, and the
figure stage completes it with the report's own province (spec §2.3: the Đoàn Khối is a unit of its own)."""

from __future__ import annotations

import pytest

from reportextract import extract
from reportextract.units import find_units

_HEAD = """TỈNH ĐOÀN ĐỒNG THÁP

Số: 15-BC/TĐTN-VP Đồng Tháp, ngày 10 tháng 9 năm 2025

BÁO CÁO
Kết quả Chiến dịch Thanh niên tình nguyện hè năm 2025

"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tiêu biểu là Đoàn Khối các cơ quan và doanh nghiệp tỉnh¹, Đoàn xã Tân Hồng.",
         "Đoàn Khối các cơ quan và doanh nghiệp tỉnh"),
        ("Đoàn Khối các cơ quan tỉnh tổ chức 3 lớp tập huấn.", "Đoàn Khối các cơ quan tỉnh"),
    ],
)
def test_a_khoi_named_with_a_bare_level_word_is_a_unit(text, name):
    assert name in [m.canonical for m in find_units(text)]


def test_a_khoi_named_with_its_province_keeps_it():
    assert [m.canonical for m in find_units("Đoàn Khối các cơ quan tỉnh Hưng Yên tổ chức 3 lớp.")] == [
        "Đoàn Khối các cơ quan tỉnh Hưng Yên"
    ]


def test_the_figure_stage_completes_the_name_with_the_reports_province():
    rep = extract(_HEAD + "Đoàn Khối các cơ quan và doanh nghiệp tỉnh tổ chức 12 buổi tuyên truyền.\n")
    fig = next(f for f in rep.figures if f.value == 12)
    assert fig.unit == "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Đồng Tháp"


def test_a_national_report_leaves_the_name_as_written():
    text = "Trung ương Đoàn cho biết, Đoàn Khối các cơ quan tỉnh tổ chức 12 buổi tuyên truyền trên cả nước."
    fig = next(f for f in extract(text).figures if f.value == 12)
    assert fig.unit is None or not fig.unit.endswith("Đồng Tháp")


def test_a_khoi_without_its_province_is_not_the_pages_scope():
    # co-organisers of an event held in a district: the district's body is what the page is about
    text = (
        "(TB) - Sáng 12-7, tại huyện Đông Hưng, Đoàn Khối các cơ quan tỉnh, Huyện đoàn Đông Hưng phối hợp "
        "tổ chức lễ ra quân.\nCác đơn vị trao 150 phần quà cho hộ nghèo."
    )
    rep = extract(text)
    assert rep.metadata.scope == "huyện Đông Hưng"
    assert next(f for f in rep.figures if f.value == 150).unit == "huyện Đông Hưng"
