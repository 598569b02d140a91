"""fix17b: unit names of organisations' Youth Unions. Texts written for these tests."""

from __future__ import annotations

from reportextract.units import find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_postal_branch_of_a_province_is_its_own_unit() -> None:
    assert _names("Sáng 9/4, Đoàn cơ sở Bưu chính tỉnh Hà Giang cử 9 đoàn viên lên bản.") == [
        "Bưu chính tỉnh Hà Giang"
    ]
    assert _names("Đoàn Thanh niên Viễn thông Điện Biên lắp 12 điểm wifi.") == ["Viễn thông Điện Biên"]


def test_postal_word_inside_a_corporation_name_or_alone() -> None:
    # negative: inside a corporation's name the word does not open another name; without a Youth
    # Union's words before it the place stays a place
    assert _names("Đoàn Thanh niên Tổng công ty Bưu chính Miền Núi tặng 30 suất quà.") == [
        "Tổng công ty Bưu chính Miền Núi"
    ]
    assert _names("Sản lượng bưu chính tỉnh Hà Giang tăng 8%.") == ["Hà Giang"]
