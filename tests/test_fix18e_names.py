"""Round 18e: unit names read whole, and not past their end (spec §2.3)."""

from reportextract.units import canonical_unit, find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_org_name_ends_after_its_province_before_a_lower_case_word():
    """A province's name ends an organisation's name: the lower-case word after it is what the
    organisation does (a verb whose first syllable is not itself a listed verb), not a compound's
    second syllable."""
    text = "Đoàn Thanh niên Công ty Cấp nước Hà Nam đảm nhiệm phần việc với 35 đoàn viên."
    assert _names(text) == ["Công ty Cấp nước Hà Nam"]
    text = "Đoàn Thanh niên Công ty Xổ số Kiến thiết Bến Tre đảm nhận 12 km đường."
    assert _names(text) == ["Công ty Xổ số Kiến thiết Bến Tre"]


def test_org_name_keeps_a_lower_case_second_syllable_after_a_capitalised_word():
    """Negative: "Điện lực", "Đào tạo" end names where no province's name comes before them."""
    assert _names("Đoàn Thanh niên Công ty Điện lực, 20 đoàn viên") == ["Công ty Điện lực"]
    assert "Sở Giáo dục và Đào tạo" in _names("Chi đoàn Sở Giáo dục và Đào tạo tặng 5 suất quà")


def test_boarding_school_type_spelled_out_is_read_whole():
    """The long type "Trường Phổ thông dân tộc bán trú Tiểu học X": the long type (any case, with its levels)
    is the school's type; the place name that ends it is the school's name, not a commune."""
    text = "Đoàn xã trao tặng Trường Phổ thông dân tộc bán trú Tiểu học Pá Hốc 3 bộ bàn ghế."
    assert _names(text) == ["trường Phổ thông dân tộc bán trú Tiểu học Pá Hốc"]
    text = "tặng Trường Phổ thông Dân tộc Nội trú THCS và THPT Nà Sang 40 suất quà"
    assert _names(text) == ["trường Phổ thông Dân tộc Nội trú THCS và THPT Nà Sang"]


def test_boarding_school_long_and_short_type_compare_equal():
    assert canonical_unit("trường Phổ thông dân tộc bán trú Tiểu học Pá Hốc") == canonical_unit(
        "trường PTDTBT Tiểu học Pá Hốc"
    )
    assert canonical_unit("trường Phổ thông dân tộc nội trú THCS Nà Sang") == canonical_unit(
        "trường PTDTNT THCS Nà Sang"
    )
    # negative: a plain "Phổ thông" school is not a boarding school
    plain = canonical_unit("trường Phổ thông Hermann Gmeiner")
    assert plain != canonical_unit("trường PTDTBT Hermann Gmeiner")


def test_bare_lien_doi_refers_back_to_the_one_school_named_by_its_lien_doi():
    """A bare "Liên đội", after the page named one school by its Liên đội, is that school; a figure
    may follow it (what it was given)."""
    text = (
        "Liên đội Trường THCS Hòa Bình tổ chức hội chợ. Sau đó, Liên đội trao 9 suất quà; "
        "Hội Khuyến học xã tặng Liên đội 50 bộ sách."
    )
    found = [(m.text, m.canonical) for m in find_units(text)]
    assert found.count(("Liên đội", "trường THCS Hòa Bình")) == 2


def test_bare_lien_doi_is_left_alone_without_one_named_school():
    """Negatives: no school named by its Liên đội; two of them; lower case "liên đội" (a count of
    bodies); "Liên đội" followed by a name."""
    assert _names("Hội đồng Đội tặng Liên đội 50 bộ sách.") == []
    two = "Liên đội Trường THCS A Lưới và Liên đội Trường THCS Hồng Hạ; Liên đội trao 9 suất quà."
    assert [m.text for m in find_units(two)].count("Liên đội") == 0
    low = "Liên đội Trường THCS Hòa Bình dẫn đầu; toàn tỉnh có 312 liên đội tham gia."
    assert [m.text.lower() for m in find_units(low)].count("liên đội") == 0
