"""Round 11d fixes of the unit finder: a numbered enterprise ("Xí nghiệp X số 2") and the item of a
bracketed list after "và". Texts written for the tests."""

from __future__ import annotations

from reportextract import extract
from reportextract.units import find_units, lookup


def test_a_numbered_enterprise_is_its_own_canonical_form() -> None:
    for name in ("Xí nghiệp Cơ khí số 5", "Nhà máy Thủy điện số 3", "Xí nghiệp Chế biến Lâm sản"):
        m = lookup(name)
        assert m is not None and m.canonical == name, name


def test_a_numbered_name_keeps_no_number_that_is_a_figure() -> None:
    # negative: "số" + a larger number with a thousands dot is no enterprise's number
    assert lookup("Xí nghiệp Cơ khí số 5.000") is None


def test_the_last_item_after_va_of_a_bracketed_list_is_a_unit() -> None:
    text = (
        "Các đơn vị góp 19 xe cứu thương, gồm Công ty Vận tải Hoa Mai (12 xe) "
        "và Xí nghiệp Cơ khí số 5 (7 xe)."
    )
    assert [m.canonical for m in find_units(text)] == ["Công ty Vận tải Hoa Mai", "Xí nghiệp Cơ khí số 5"]
    units = {f.value: f.unit for f in extract(text).figures}
    assert units[12] == "Công ty Vận tải Hoa Mai"
    assert units[7] == "Xí nghiệp Cơ khí số 5"


def test_an_organisation_after_va_without_its_figure_is_no_unit() -> None:
    # negative: named in running text, not as a list item with its figure, an organisation is a partner
    text = "Đoàn phường Đông Hòa cùng Công ty Vận tải Hoa Mai và Xí nghiệp Cơ khí số 5 tặng 7 xe đạp."
    assert [m.canonical for m in find_units(text)] == ["phường Đông Hòa"]
