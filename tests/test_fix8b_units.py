"""Unit-name rules of round 8b (spec §2.3), on sentences written for these tests.

Each rule has a case it must fire on and a case it must not fire on.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units, lookup


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# -- a branch named after its place is its organisation's unit, not the place ----------------------


@pytest.mark.parametrize(
    ("text", "name", "province"),
    [
        ("Đoàn cơ sở Bưu điện tỉnh Hà Tĩnh đứng đầu với 12 tổ.", "Bưu điện tỉnh Hà Tĩnh", "Hà Tĩnh"),
        ("Đoàn Thanh niên Bưu điện thành phố Cần Thơ mở 9 lớp.", "Bưu điện thành phố Cần Thơ", "Cần Thơ"),
        ("Chi đoàn Bưu điện TP. Đà Nẵng góp 3 triệu đồng.", "Bưu điện TP. Đà Nẵng", "Đà Nẵng"),
        (
            # five lower-case syllables before the place: the level word counts as none of them
            "Đoàn Thanh niên Chi nhánh Ngân hàng Chính sách xã hội thành phố Hải Phòng giải ngân 7 tỷ đồng.",
            "Chi nhánh Ngân hàng Chính sách xã hội thành phố Hải Phòng",
            "Hải Phòng",
        ),
        (
            "Đoàn Thanh niên Chi nhánh Ngân hàng Chính sách xã hội huyện Mường Tè có 40 đoàn viên.",
            "Chi nhánh Ngân hàng Chính sách xã hội huyện Mường Tè",
            None,
        ),
    ],
)
def test_branch_named_after_a_place_is_a_unit_of_its_own(text, name, province):
    units = find_units(text)
    assert units[0].canonical == name
    assert units[0].is_body
    if province is not None:
        assert units[0].province_2025 == province


def test_branch_rule_keeps_the_old_names():
    assert _canon("Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Thái Bình khám cho 200 người.") == [
        "Bệnh viện Đa khoa tỉnh Thái Bình"
    ]
    assert _canon("Đoàn Thanh niên Tổng công ty Bưu điện Việt Nam lập 40 tổ.") == [
        "Tổng công ty Bưu điện Việt Nam"
    ]


def test_post_office_without_its_youth_union_is_only_the_place():
    # the office named alone is a partner or a place: the unit stays the province
    assert _canon("Tỉnh đoàn phối hợp với Bưu điện tỉnh Hà Tĩnh hướng dẫn 300 người dân.") == ["Hà Tĩnh"]


def test_place_word_does_not_glue_another_body_to_the_name():
    # a bare level word (the report's own province) or a body after it is no place of the name
    assert _canon("Đoàn Thanh niên Ngân hàng Nông nghiệp tỉnh đã trao 20 suất.") == ["Ngân hàng Nông nghiệp"]
    assert _canon("Đoàn Thanh niên Bưu điện tỉnh phối hợp Huyện đoàn Kỳ Anh tặng quà.") == ["huyện Kỳ Anh"]


# -- universities and academies: whole names, and in a list the bracket ends each name ---------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dẫn đầu là Học viện Báo chí và Tuyên truyền (120 đơn vị) và Học viện Ngân hàng (75 đơn vị).",
            ["Học viện Báo chí và Tuyên truyền", "Học viện Ngân hàng"],
        ),
        (
            (
                "Xếp sau: Trường Đại học Giao thông vận tải (300 đơn vị),"
                " Trường Cao đẳng Y tế - Kỹ thuật Bạc Liêu (90 đơn vị)."
            ),
            ["trường Đại học Giao thông vận tải", "trường Cao đẳng Y tế - Kỹ thuật Bạc Liêu"],
        ),
        (
            (
                "Trường Đại học Khoa học Xã hội và Nhân văn (98 đơn vị),"
                " Học viện Thanh thiếu niên Việt Nam (60 đơn vị)"
            ),
            ["trường Đại học Khoa học Xã hội và Nhân văn", "Học viện Thanh thiếu niên Việt Nam"],
        ),
    ],
)
def test_bracketed_figure_ends_an_institution_name(text, names):
    assert [m.canonical for m in find_units(text) if m.level == "school"] == names


def test_bracket_rule_stops_at_a_verb_a_rank_or_another_unit():
    text = "Trường Đại học Y Hải Phòng đứng thứ hai (140 đơn vị) và Học viện Tài chính (cùng 50 đơn vị)."
    assert _canon(text) == ["trường Đại học Y Hải Phòng", "Học viện Tài chính"]
    # "Trường … và Học viện …" are two units, even with one figure in brackets after them
    text = "Trường Đại học Vinh và Học viện Hậu cần (120 đơn vị)"
    assert _canon(text) == ["trường Đại học Vinh", "Học viện Hậu cần"]


def test_no_bracket_no_lower_case_run():
    # without a bracket the name ends where it did: "thông qua" is what the school does
    assert _canon("Trường Đại học Y Dược Cần Thơ thông qua 3 đề án (năm 2025).") == [
        "trường Đại học Y Dược Cần Thơ"
    ]
    assert _canon("Sinh viên Học viện Ngân hàng hàng năm hiến 300 đơn vị máu.") == ["Học viện Ngân hàng"]
    assert _canon("Trường Đại học Cần Thơ hàng năm hiến 30 đơn vị.") == ["trường Đại học Cần Thơ"]


def test_member_university_of_a_regional_university_keeps_its_full_name():
    # "Trường Đại học X - Đại học Y": the dash may follow a lower-case syllable ("Sư phạm - Đại học Huế")
    assert _canon("Trường Đại học Sư phạm - Đại học Huế tổ chức 12 đội hình.") == [
        "trường Đại học Sư phạm - Đại học Huế"
    ]
    # a dash before a lower-case word is no part of the name
    assert _canon("Trường Đại học Sư phạm - nơi đón 12 đội hình.") == ["trường Đại học Sư phạm"]


def test_tail_syllables_that_start_common_phrases():
    assert _canon("Học viện Ngân hàng tổ chức 3 đợt hiến máu.") == ["Học viện Ngân hàng"]
    assert _canon("Học viện Báo chí tổ chức 3 đợt.") == ["Học viện Báo chí"]
    # round 10a: "và" joins the two parts of the name, "truyền" ends it (after "Tuyên")
    assert _canon("Học viện Báo chí và Tuyên truyền tổ chức 3 đợt.")[:1] == [
        "Học viện Báo chí và Tuyên truyền"
    ]


# -- lookup reads an organisation's name given alone -------------------------------------------------


@pytest.mark.parametrize(
    ("name", "province"),
    [
        ("Bưu điện tỉnh Quảng Trị", "Quảng Trị"),
        ("Bưu điện thành phố Cần Thơ", "Cần Thơ"),
        ("Ngân hàng Chính sách xã hội", None),
        ("Chi nhánh Ngân hàng Chính sách xã hội huyện Mường Tè", None),
    ],
)
def test_lookup_reads_an_organisation_name(name, province):
    m = lookup(name)
    assert m is not None and m.canonical == name and m.is_body
    if province is not None:
        assert m.province_2025 == province


def test_lookup_of_a_place_is_still_the_place():
    m = lookup("tỉnh Quảng Trị")
    assert m is not None and (m.canonical, m.level) == ("Quảng Trị", "province")
    # in running text a name does not run on into lower-case words after it
    assert _canon("Đoàn Thanh niên Ngân hàng Chính sách xã hội tổ chức 5 phiên.") == [
        "Ngân hàng Chính sách xã hội"
    ]
    assert _canon("Đoàn Thanh niên Ngân hàng Chính sách xã hội tỉnh đã tặng 5 suất.") != [
        "Ngân hàng Chính sách xã hội tỉnh đã tặng"
    ]


def test_two_lower_case_words_before_a_tail_but_not_a_clause():
    assert _canon("Đoàn Thanh niên Công ty May Phú Thọ chăm lo y tế cho 30 công nhân.") == [
        "Công ty May Phú Thọ"
    ]


# -- a capitalised word glued to the word before it (a site label run into a headline) ---------------


def test_unit_glued_to_a_site_label_is_found():
    units = find_units("Đời sốngTuổi trẻ Công an Hà Tĩnh tặng 200 áo phao cho học sinh")
    assert [(m.text, m.canonical) for m in units] == [("Tuổi trẻ Công an Hà Tĩnh", "Công an nhân dân")]
    assert _canon("Tin mớiThành đoàn Cần Thơ ra quân 40 đội hình") == ["Cần Thơ"]


def test_brand_names_with_inner_capitals_are_no_units():
    # "TikTok", "VNeID", "YouTube": a capital inside a word starts no unit of its own
    assert _canon("Hướng dẫn dùng VNeID, TikTok và YouTube cho 50 người tại xã Tân Tú.") == ["xã Tân Tú"]
    assert _canon("Kênh ThanhNienQuangTri đạt 20.000 lượt xem.") == []
