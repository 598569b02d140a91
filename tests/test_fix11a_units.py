"""fix11a: where a unit's name ends, and army units as the army sector (spec §2.3).

Texts written for these tests (not copied from the documents).
"""

from __future__ import annotations

import pytest

from reportextract.units.gazetteer import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# --------------------------------------------------------------------------- 1. ordinal / term ends a name


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đại hội Đoàn trường Đại học Hồng Đức lần thứ XII thành công tốt đẹp", "trường Đại học Hồng Đức"),
        (
            "Đại hội Đoàn trường Cao đẳng Sư phạm Nghệ An khóa IX có 180 đại biểu",
            "trường Cao đẳng Sư phạm Nghệ An",
        ),
        ("Đại hội Chi đoàn Sở Xây dựng lần thứ III bầu 5 đồng chí", "Sở Xây dựng"),
        ("Đại hội Đoàn trường Học viện Tài chính nhiệm kỳ 2025 – 2030 khai mạc", "trường Học viện Tài chính"),
        ("Hội nghị Đoàn trường Đại học Vinh khoá XXI lần thứ I", "trường Đại học Vinh"),
    ],
)
def test_ordinal_or_term_ends_the_unit_name(text, unit):
    assert unit in _canon(text)
    assert not any("lần" in c or "khóa" in c or "khoá" in c or "nhiệm" in c for c in _canon(text))


def test_name_with_lower_case_words_is_kept_without_a_term():
    """Negative case: lower-case words that are part of a name still are."""
    assert "Sở Giáo dục và Đào tạo" in _canon("Đoàn Thanh niên Sở Giáo dục và Đào tạo trao 12 suất quà")
    assert "trường Đại học Kinh tế Quốc dân" in _canon("Đoàn trường Đại học Kinh tế Quốc dân tổ chức hội thi")


# --------------------------------------------------------------------------- 2. a verb ends a name


@pytest.mark.parametrize(
    "verb",
    ["đóng góp", "ghi nhận", "công nhận", "tu sửa", "biếu tặng", "đăng ký", "ủng hộ", "tài trợ", "kêu gọi"],
)
def test_compound_or_genre_verb_ends_an_organisation_name(verb):
    """A compound verb whose last syllable is a listed verb ("đóng góp": "góp") must not leave its
    first syllable in the name; a genre verb before a capitalised object must not run the name on."""
    text = f"Đoàn Thanh niên Tổng công ty Cấp nước Sài Gòn {verb} Quỹ Vì người nghèo 20 triệu đồng"
    assert _canon(text)[0] == "Tổng công ty Cấp nước Sài Gòn"
    text = f"Đoàn Thanh niên Công ty Điện lực Quảng Bình {verb} 50 suất quà"
    assert _canon(text)[0] == "Công ty Điện lực Quảng Bình"


def test_name_ending_in_lower_case_before_a_verb_is_kept():
    """Negative case: a name's own last lower-case word before a listed verb stays ("Tư pháp")."""
    assert _canon("Chi đoàn Sở Tư pháp đóng góp 3 triệu đồng")[0] == "Sở Tư pháp"


# --------------------------------------------------------------------------- 3. army units are the army


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn cơ sở Sư đoàn 312 (Quân khu 1) tổ chức 5 buổi khám bệnh tại xã Tân Tú, tỉnh Thái Nguyên",
        "Tuổi trẻ Lữ đoàn Công binh 229 giúp dân 800 ngày công",
        "Trung đoàn 48 xây 2 nhà đồng đội ở tỉnh Nghệ An",
    ],
)
def test_numbered_army_unit_is_the_army_sector(text):
    ms = find_units(text)
    assert ms[0].canonical == "Quân đội nhân dân" and ms[0].level == "sector"


def test_army_unit_chain_is_one_name_and_a_partner_after_phoi_hop():
    """ "Tiểu đoàn 5, Trung đoàn 88" is one name; after "phối hợp" the whole chain is a partner."""
    ms = find_units("Đoàn Thanh niên Sư đoàn 5 (Quân khu 7) trao 20 suất quà")
    assert [m.text for m in ms] == ["Đoàn Thanh niên Sư đoàn 5 (Quân khu 7)"]
    assert "Quân đội nhân dân" not in _canon(
        "Huyện đoàn phối hợp Tiểu đoàn 5, Trung đoàn 88 tổ chức 3 lớp học"
    )


def test_army_noun_without_number_or_lower_case_is_no_unit():
    """Negative cases: a lower-case count of regiments, or a noun with no number, names no unit."""
    assert _canon("320 đoàn viên của 4 trung đoàn đã giúp dân") == []
    assert _canon("ở miền Trung Đoàn viên góp 2 triệu đồng") == []


# --------------------------------------------------------------------------- 4. member companies in brackets


def test_company_with_bracketed_figure_after_gom_is_a_unit():
    """ "gồm Công ty X (10 xe), Công ty Y (9 xe)": each member named with its figure in brackets is a unit."""
    text = "Các đơn vị góp 19 xe, gồm Công ty Xe khách Minh Long (10 xe), Công ty Xe khách Phú Hòa (9 xe)"
    assert _canon(text) == ["Công ty Xe khách Minh Long", "Công ty Xe khách Phú Hòa"]


def test_company_named_in_a_sentence_is_no_unit():
    """Negative cases: an organisation in running text, or in a donors' list, stays no unit."""
    assert _canon("Công ty Xe khách Minh Long tặng 10 xe cho sinh viên") == []
    assert _canon("Nguồn tài trợ gồm Công ty Xe khách Minh Long (50 triệu đồng)") == []
