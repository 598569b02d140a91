"""Unit names in the unit finder (fix13b): abbreviated school types, a number that ends a name, the
army's hospitals, an organisation opened by "Cảng", a site label glued to an all-caps word, and the
sources of scholarships. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.units import canonical_unit, find_units, lookup


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


# --- 1. "ĐH" / "CĐ" are spelled out in the canonical name (spec §2.3, schools with "trường")


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Gần 500 sinh viên ĐH Tây Nguyên ra quân", "trường Đại học Tây Nguyên"),
        ("Đoàn trường ĐH Vinh tổ chức hội thao", "trường Đại học Vinh"),
        ("sinh viên Trường CĐ Nghề Bình Phước hiến máu", "trường Cao đẳng Nghề Bình Phước"),
    ],
)
def test_abbreviated_school_type_is_spelled_out(text, canonical):
    assert [c for _t, c in _units(text)] == [canonical]


def test_abbreviated_and_full_school_names_compare_equal():
    assert canonical_unit("ĐH Tây Nguyên") == canonical_unit("trường Đại học Tây Nguyên")
    assert canonical_unit("trường CĐ Y tế Hà Tĩnh") == canonical_unit("Trường Cao đẳng Y tế Hà Tĩnh")
    # a fixed body named with the abbreviation is still that body
    assert lookup("ĐH Quốc gia Hà Nội").canonical == "Đại học Quốc gia Hà Nội"


def test_school_abbreviations_the_gold_keeps_stay():
    # THPT / THCS are kept as written (the gold writes them so)
    found = _units("Trường THPT Nguyễn Du trao 30 suất quà")
    assert found == [("Trường THPT Nguyễn Du", "trường THPT Nguyễn Du")]


# --- 2. a number that ends a unit's name before a verb is the name's (spec §2.1 numbers inside names)


def test_school_number_before_a_verb_is_part_of_the_name():
    assert _units("Liên đội Trường Tiểu học Tân Phong 3 đoạt 5 giải nhất") == [
        ("Liên đội Trường Tiểu học Tân Phong 3", "trường Tiểu học Tân Phong 3")
    ]
    assert _units("trường Mầm non Hòa Bình 2 nhận 60 phần quà") == [
        ("trường Mầm non Hòa Bình 2", "trường Mầm non Hòa Bình 2")
    ]


def test_school_number_before_a_counted_noun_is_a_count():
    # negative: the number counts what follows
    found = _units("trao tặng Trường THCS Lê Lợi 15 máy tính")
    assert found == [("Trường THCS Lê Lợi", "trường THCS Lê Lợi")]
    assert _units("tặng Trường Tiểu học Tân Phong 3 tủ sách") == [
        ("Trường Tiểu học Tân Phong", "trường Tiểu học Tân Phong")
    ]
    # a leading zero is the genre's small count, even before a verb-like word
    assert _units("tặng Trường Tiểu học Tân Phong 02 nhận") == [
        ("Trường Tiểu học Tân Phong", "trường Tiểu học Tân Phong")
    ]


def test_numbered_enterprise_before_its_figure():
    assert _units("Chi đoàn Xí nghiệp Vận tải số 2 18,5 triệu đồng") == [
        ("Chi đoàn Xí nghiệp Vận tải số 2", "Xí nghiệp Vận tải số 2")
    ]


def test_organisation_number_before_a_verb_is_part_of_the_name():
    assert _units("Đoàn Thanh niên Công ty Xăng dầu Khu vực 2 trao 50 suất quà") == [
        ("Đoàn Thanh niên Công ty Xăng dầu Khu vực 2", "Công ty Xăng dầu Khu vực 2")
    ]
    # negative: a number before its counted noun is a figure of the organisation
    assert _units("Chi đoàn Sở Tư pháp 7 đồng chí") == [("Chi đoàn Sở Tư pháp", "Sở Tư pháp")]


def test_organisation_named_by_a_number_or_a_date():
    assert _units("Đoàn Thanh niên Bệnh viện 30-4 tặng 200 suất quà") == [
        ("Đoàn Thanh niên Bệnh viện 30-4", "Bệnh viện 30-4")
    ]
    assert lookup("Bệnh viện 30-4").canonical == "Bệnh viện 30-4"
    # negative: a figure right after the noun is no name
    assert _units("Đoàn Thanh niên Bệnh viện 50 triệu đồng") == []


# --- 3. the army's hospitals are the army sector (spec §2.3)


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Thanh niên Bệnh viện Quân y 7 khám bệnh cho 150 người",
        "tuổi trẻ Viện Quân y 105 hiến 40 đơn vị máu",
        "Đoàn Thanh niên Bệnh viện Trung ương Quân đội 108 tặng 20 suất quà",
    ],
)
def test_army_hospital_is_the_army_sector(text):
    found = find_units(text)
    assert [(m.canonical, m.level, m.is_body) for m in found] == [("Quân đội nhân dân", "sector", True)]
    assert found[0].text[-1].isdigit()  # the hospital's number is in the mention


def test_civil_hospital_with_a_number_is_not_the_army():
    # negative: a hospital whose name is no army name stays an organisation
    assert _units("Đoàn Thanh niên Bệnh viện Phụ sản 2 tặng 30 suất quà") == [
        ("Đoàn Thanh niên Bệnh viện Phụ sản 2", "Bệnh viện Phụ sản 2")
    ]


# --- 4. "Cảng" opens an organisation's name after its Youth Union's words


def test_port_after_youth_union_words_is_a_unit_named_in_full():
    assert _units("Đoàn Thanh niên Cảng Sài Gòn Mới góp 215 triệu đồng") != []  # the document's own case
    assert _units("Đoàn Thanh niên Cảng Chân Mây tặng 40 suất quà") == [
        ("Đoàn Thanh niên Cảng Chân Mây", "Cảng Chân Mây")
    ]
    assert lookup("Cảng Chân Mây").canonical == "Cảng Chân Mây"


def test_port_inside_a_company_name_does_not_cut_it():
    # negative: "Cảng" inside another organisation's name is part of that name
    assert _units("Đoàn Thanh niên Công ty Cổ phần Cảng Quy Nhơn tặng 5 suất") == [
        ("Đoàn Thanh niên Công ty Cổ phần Cảng Quy Nhơn", "Công ty Cổ phần Cảng Quy Nhơn")
    ]
    assert _units("Đoàn Thanh niên Tổng công ty Tân Cảng Miền Bắc góp 2 tỷ đồng") == [
        ("Đoàn Thanh niên Tổng công ty Tân Cảng Miền Bắc", "Tổng công ty Tân Cảng Miền Bắc")
    ]


def test_province_at_the_end_of_a_college_name_is_part_of_it():
    assert _units("tặng trường Cao đẳng Nghề - Kỹ thuật Bạc Liêu 30 bộ sách") == [
        ("trường Cao đẳng Nghề - Kỹ thuật Bạc Liêu", "trường Cao đẳng Nghề - Kỹ thuật Bạc Liêu")
    ]


# --- 5. "XÃ HỘI" with a word glued to it is no commune


def test_site_label_glued_to_an_all_caps_word_is_no_commune():
    assert _units("XÃ HỘIBình Dương: 40 chuyến xe đưa công nhân về quê") == [("Bình Dương", "Bình Dương")]
    assert _units("THỜI SỰCần Thơ: 12 đội hình ra quân") == [("Cần Thơ", "Cần Thơ")]
    assert _units("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == []


def test_real_communes_named_hoi_stay():
    # negative: communes whose name starts with "Hội" are still communes, in any case
    assert [c for _t, c in _units("Đoàn xã Hội Sơn tặng 5 suất quà")] == ["xã Hội Sơn"]
    assert [c for _t, c in _units("ĐOÀN XÃ HỘI XUÂN")] == ["xã Hội Xuân"]


# --- 6. the sources of scholarships are donors


def test_companies_listed_as_scholarship_sources_are_no_units():
    text = "Học bổng gồm: Quỹ Khuyến học Trí Việt 50 suất, Công ty TNHH Thép Nam Việt 30 suất."
    assert _units(text) == []


def test_companies_listed_with_their_own_results_stay_units():
    # negative: a list of results (no donors' words) names each company as its unit
    text = "Kết quả: Công ty TNHH Thép Nam Việt 30 sáng kiến, Công ty Cổ phần Gạch Đồng Tâm 12 sáng kiến."
    assert [c for _t, c in _units(text)] == ["Công ty TNHH Thép Nam Việt", "Công ty Cổ phần Gạch Đồng Tâm"]
