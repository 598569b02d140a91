"""Round 11d fixes of attribution (spec §2.3). Texts written for the tests."""

from __future__ import annotations

from reportextract import extract


def _units(text: str) -> dict[float, str | None]:
    return {f.value: f.unit for f in extract(text).figures}


def test_a_former_province_area_that_opens_the_sentence_is_its_unit() -> None:
    text = (
        "Tỉnh đoàn Gia Lai tổ chức Ngày hội thanh niên. Riêng Đoàn xã Ia Grai trồng 500 cây xanh. "
        "Tại khu vực tỉnh Bình Định cũ, 30 đội hình đã giúp 900 hộ dân sửa nhà."
    )
    units = _units(text)
    assert units[500] == "xã Ia Grai"
    assert units[30] == "Bình Định"
    assert units[900] == "Bình Định"


def test_a_former_province_area_inside_the_sentence_only_says_where() -> None:
    # negative: not opening the sentence, the area is where the named body acted
    text = (
        "Tỉnh đoàn Gia Lai tổ chức Ngày hội thanh niên. Riêng Đoàn xã Ia Grai trồng 500 cây xanh. "
        "Đoàn xã Ia Grai có 30 đội hình tại khu vực tỉnh Bình Định cũ, giúp 900 hộ dân sửa nhà."
    )
    units = _units(text)
    assert units[30] == "xã Ia Grai"
    assert units[900] == "xã Ia Grai"
