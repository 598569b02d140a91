"""Unit-name rules of fix 9c (spec §2.3), on sentences written for these tests.

- "Trường" opens a school only before a school type (THCS, THPT, Tiểu học, Mầm non, Đại học, Cao
  đẳng, ...); before anything else it is a word of a name ("Tổng công ty Điện lực Trường Sơn"), so it
  does not end an organisation's name;
- a project board ("Ban Quản lý dự án X") is an organisation whose Youth Union is a member unit;
- an organisation's name may end with a lower-case syllable right before its figure ("Chi đoàn Sở Tư
  pháp 7 đồng chí") when that syllable completes a compound that opens the name or follows a lower-case
  word; after two capitalised words it is a verb ("… Việt Nam lập 40 tổ");
- a school's name may open with a compound whose second syllable is lower-case ("THPT Quốc học X");
- digits glued to a lower-case letter are a footnote marker, not part of the name ("thôn Khe Mơ3");
  a number written apart stays ("phường Hà Giang 2");
- an island ("đảo X") that opens its clause is a place below the commune, as a village is; after a
  word ("ra đảo X", "tại đảo X") it only says where; "bán đảo", "quần đảo" and a quoted title are not;
- an organisation named by its noun and a bare level word ("Đoàn cơ sở Kho bạc tỉnh 9 đồng chí") is
  the branch in the report's own place, named so;
- 3-4 capitalised syllables after a body's level word that start with a family name, with an office
  right before the body ("Bí thư Đoàn xã Nguyễn Văn X"), are the office holder, not a place, unless the
  gazetteer knows the place;
- an association of Vietnamese youth or students abroad ("Hội Sinh viên Việt Nam tại <country>") is a
  body named in full; with a Vietnamese province after "tại" it is not.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ "Trường" inside a name


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn Thanh niên Tổng công ty Than Trường Giang tổ chức 7 buổi.", "Tổng công ty Than Trường Giang"),
        ("Đoàn cơ sở Công ty Cấp nước Trường Sa Phú Yên trồng 300 cây.",
         "Công ty Cấp nước Trường Sa Phú Yên"),
        ("Đoàn Thanh niên Trung tâm Dịch vụ khách hàng Trường Xuân tổ chức 4 buổi.",
         "Trung tâm Dịch vụ khách hàng Trường Xuân"),
    ],
)  # fmt: skip
def test_truong_inside_an_organisation_name(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "Trường" before a school type still opens a school and ends the organisation's name
        ("Đoàn Thanh niên Công ty Cổ phần Minh Tâm tặng Trường THCS Hòa Bình 10 máy tính.",
         ["Công ty Cổ phần Minh Tâm", "trường THCS Hòa Bình"]),
        ("Đoàn Thanh niên Công ty Cổ phần Minh Tâm và Trường Đại học Vinh ký 3 thỏa thuận.",
         ["Công ty Cổ phần Minh Tâm", "trường Đại học Vinh"]),
        ("Đoàn cơ sở Bệnh viện Đa khoa Hòa Bình tặng Trường Mầm non Sen Hồng 5 bộ đồ chơi.",
         ["Bệnh viện Đa khoa Hòa Bình", "trường Mầm non Sen Hồng"]),
    ],
)  # fmt: skip
def test_truong_before_a_school_type_still_ends_the_name(text: str, units: list[str]) -> None:
    assert _canon(text) == units


# ------------------------------------------------------------------ project boards


def test_project_board_is_a_member_unit() -> None:
    text = "Chi đoàn cơ sở Ban Quản lý dự án Giao thông Bình Minh² tổ chức 5 buổi."
    assert _canon(text) == ["Ban Quản lý dự án Giao thông Bình Minh"]


def test_project_board_not_a_unit_without_a_name() -> None:
    # a lower-case "ban quản lý dự án" with no capitalised name is no unit
    assert _canon("Đoàn cơ sở ban quản lý dự án tổ chức 5 buổi.") == []


# ------------------------------------------------------------------ lower-case syllable before a figure


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Chi đoàn Sở Nội vụ 9 đồng chí, Chi đoàn Sở Tài chính 6 đồng chí.", "Sở Nội vụ"),
        ("Đoàn cơ sở Sở Khoa học và Công nghệ 14 đồng chí.", "Sở Khoa học và Công nghệ"),
        ("Chi đoàn Sở Nội vụ[3] có 9 đồng chí.", "Sở Nội vụ"),
    ],
)
def test_lower_case_syllable_before_a_figure_ends_the_name(text: str, unit: str) -> None:
    assert _canon(text)[0] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn Thanh niên Công ty Hòa Bình Xanh góp 12 triệu đồng.", "Công ty Hòa Bình Xanh"),
        ("Đoàn Thanh niên Tổng công ty Cao su Đồng Nai lập 8 đội hình.", "Tổng công ty Cao su Đồng Nai"),
        ("Đoàn Thanh niên Công ty Minh Tâm cử 20 đoàn viên.", "Công ty Minh Tâm"),
    ],
)
def test_verb_before_a_figure_is_not_part_of_the_name(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


# ------------------------------------------------------------------ school names


def test_school_name_opening_with_a_compound() -> None:
    assert _canon("Đoàn trường THPT Quốc học Bình Định cử 40 đoàn viên.") == [
        "trường THPT Quốc học Bình Định"
    ]
    assert _canon("Trường Phổ thông Năng khiếu Đông Hà nhận 3 suất.") == [
        "trường Phổ thông Năng khiếu Đông Hà"
    ]


def test_school_name_does_not_run_over_a_verb() -> None:
    assert _canon("Trường Mầm non Sen giành Giải Nhất hội thi.") == ["trường Mầm non Sen"]
    assert _canon("Trường THCS Kim Đồng đón Đoàn công tác.") == ["trường THCS Kim Đồng"]


# ------------------------------------------------------------------ glued footnote digits


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Chi đoàn Tổ dân phố Đồng Tâm4 ra quân 9 buổi.", "tổ dân phố Đồng Tâm"),
        ("tặng 2 tủ sách cho thôn Khe Mơ3, trị giá 5 triệu đồng", "thôn Khe Mơ"),
        ("Đoàn phường Hà Giang 2 (640 lượt)", "phường Hà Giang 2"),
        ("Đoàn phường 12 tổ chức 5 buổi.", "phường 12"),
    ],
)
def test_glued_footnote_digits_are_not_part_of_the_name(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


# ------------------------------------------------------------------ islands


def test_island_is_a_place() -> None:
    assert _canon("đảo Song Tử Tây nhận 150 suất quà; đảo Nam Yết nhận 90 suất quà") == [
        "đảo Song Tử Tây",
        "đảo Nam Yết",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xã Hải Tân đưa 40 đoàn viên ra đảo Hòn Mê, thu gom 2 tấn rác.",
        "xây 1 nhà văn hóa tại đảo Phan Vinh; trao 20 suất quà",
        'ủng hộ Quỹ "Vì biển, đảo Việt Nam" 12 triệu đồng',
    ],
)
def test_island_that_only_says_where_is_no_unit(text: str) -> None:
    assert not [u for u in _canon(text) if u.startswith("đảo")]


def test_peninsula_and_archipelago_are_not_islands() -> None:
    assert _canon("du khách ra bán đảo Sơn Trà 3 lần") == []
    assert _canon("quần đảo Hoàng Sa có nhiều đảo") == []


# ------------------------------------------------------------------ organisation + bare level word


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn cơ sở Bảo hiểm xã hội tỉnh 21 đồng chí[4].", "Bảo hiểm xã hội tỉnh"),
        ("Chi đoàn Bưu điện huyện 12 đồng chí.", "Bưu điện huyện"),
        ("Đoàn Thanh niên Bảo hiểm xã hội tỉnh Hà Tĩnh tổ chức 3 buổi.", "Bảo hiểm xã hội tỉnh Hà Tĩnh"),
        ("Đoàn Thanh niên Bưu điện Tp. Đà Nẵng có 40 đoàn viên.", "Bưu điện Tp. Đà Nẵng"),
    ],
)
def test_organisation_with_a_bare_level_word(text: str, unit: str) -> None:
    assert _canon(text)[0] == unit


# ------------------------------------------------------------------ office holders


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Đoàn phường Đỗ Minh Khôi cho biết, đã trồng 300 cây.",
        "Phó Bí thư Đoàn xã Lê Thị Thu Hà cho biết có 5 đội hình.",
        "Chủ tịch UBND xã Phạm Văn Long cho biết có 12 hộ.",
    ],
)
def test_office_holder_is_not_a_place(text: str) -> None:
    assert _canon(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # no office before the body: a name the gazetteer lacks stays a place
        ("Đoàn phường Đỗ Minh Khôi tổ chức 5 buổi.", "phường Đỗ Minh Khôi"),
        # a known ward named after a person stays the ward
        ("Bí thư Đoàn phường Lê Lợi cho biết có 5 đội.", "phường Lê Lợi"),
        # two syllables only: not read as a person's name
        ("Bí thư Đoàn xã Hòa Xuân cho biết có 5 đội.", "xã Hòa Xuân"),
    ],
)
def test_office_holder_rule_keeps_places(text: str, unit: str) -> None:
    assert _canon(text)[0] == unit


def test_bare_level_word_before_a_verb_is_left_out() -> None:
    assert _canon("Đoàn Thanh niên Kho bạc tỉnh phối hợp Huyện đoàn Cẩm Xuyên tặng quà.") == [
        "huyện Cẩm Xuyên"
    ]


def test_university_name_ending_with_van_tai() -> None:
    assert _canon("Trường Cao đẳng Giao thông Vận tải tổ chức 4 buổi.") == [
        "trường Cao đẳng Giao thông Vận tải"
    ]


# ------------------------------------------------------------------ overseas associations


def test_overseas_association_is_a_body() -> None:
    text = "Hội Thanh niên Sinh viên Việt Nam tại Hàn Quốc phối hợp tổ chức 3 buổi tại Đại học Seoul."
    assert _canon(text)[0] == "Hội Thanh niên Sinh viên Việt Nam tại Hàn Quốc"


def test_association_in_a_vietnamese_province_is_not_overseas() -> None:
    assert _canon("Hội Sinh viên Việt Nam tại Đà Nẵng có 3 chi hội.") == ["Đà Nẵng"]


# ------------------------------------------------------------------ Đoàn Khối in an all-caps header


def test_khoi_with_bare_level_word_in_caps_header() -> None:
    assert _canon("BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH\nSố: 12-BC/ĐTN") == ["Đoàn Khối các cơ quan tỉnh"]
    # written in running text the case is kept as written
    assert _canon("Đoàn Khối các cơ quan tỉnh² tổ chức 4 buổi.") == ["Đoàn Khối các cơ quan tỉnh"]
