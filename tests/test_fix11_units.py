"""Round 11 fixes of the unit finder: an organisation named alone after its Youth Union was named.
Texts written for the tests."""

from __future__ import annotations

from reportextract import extract
from reportextract.units import find_units


def test_an_organisation_named_alone_after_its_youth_union_is_the_same_unit() -> None:
    text = (
        "Đoàn Thanh niên Nhà máy Nhựa Tân Lập 14 sáng kiến. "
        "Sáng kiến của tổ kỹ thuật Nhà máy Nhựa Tân Lập giúp tiết kiệm 12% nguyên liệu."
    )
    found = [(m.text, m.canonical) for m in find_units(text)]
    assert found == [
        ("Đoàn Thanh niên Nhà máy Nhựa Tân Lập", "Nhà máy Nhựa Tân Lập"),
        ("Nhà máy Nhựa Tân Lập", "Nhà máy Nhựa Tân Lập"),
    ]
    fig = next(f for f in extract(text).figures if f.value == 12)
    assert fig.unit == "Nhà máy Nhựa Tân Lập"


def test_an_organisation_named_alone_before_its_youth_union_is_no_unit() -> None:
    # negative: only a name the text has introduced as a unit refers to it
    text = (
        "Hôm qua, lãnh đạo Công ty Cấp nước Hòa Bình tài trợ 20 triệu đồng. "
        "Đoàn Thanh niên Công ty Cấp nước Hòa Bình ra quân."
    )
    assert [m.start for m in find_units(text)] == [text.index("Đoàn Thanh niên")]


def test_a_longer_name_that_starts_with_the_organisation_is_not_it() -> None:
    # negative: "Nhà máy Nhựa Tân Lập 2" is another factory (a whole-word match only)
    text = "Đoàn Thanh niên Nhà máy Nhựa Tân Lập ra quân. Nhà máy Nhựa Tân Lậpx hỗ trợ 5 suất quà."
    assert len(find_units(text)) == 1
