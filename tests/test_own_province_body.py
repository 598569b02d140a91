"""A provincial body written with a bare "tỉnh" ("Đoàn Khối các cơ quan tỉnh") is completed with the
report's own province as the report's time names it, and keeps the post-2025 province apart."""

from __future__ import annotations

from decimal import Decimal

from reportextract.figures.extract import _complete_own_province
from reportextract.model import Figure


def _fig(unit: str) -> Figure:
    return Figure(
        value=Decimal(5), unit=unit, category="other", qualifier=None, measure="", text="5", span=(0, 1)
    )


def test_body_of_a_former_province_keeps_its_province_and_gets_the_merged_one() -> None:
    fig = _fig("Đoàn Khối các cơ quan tỉnh")
    _complete_own_province([fig], "Đoàn Khối các cơ quan tỉnh Thái Bình")
    assert fig.unit == "Đoàn Khối các cơ quan tỉnh Thái Bình"
    assert fig.province_2025 == "Hưng Yên"


def test_province_scope_completes_the_body() -> None:
    fig = _fig("Đoàn Khối các cơ quan tỉnh")
    _complete_own_province([fig], "Thái Bình")
    assert fig.unit == "Đoàn Khối các cơ quan tỉnh Thái Bình"
    assert fig.province_2025 == "Hưng Yên"


def test_national_report_leaves_the_body_as_written() -> None:
    fig = _fig("Đoàn Khối các cơ quan tỉnh")
    _complete_own_province([fig], "toàn quốc")
    assert fig.unit == "Đoàn Khối các cơ quan tỉnh"
