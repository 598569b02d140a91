"""Unit-mention rules of fix 6b (spec §2.3), on sentences written for these tests.

- a university's name goes on past the dot of a city abbreviation ("TP.HCM", "Tp. Hồ Chí Minh");
- the army's youth under its own names ("toàn quân", "Hội LHTN Việt Nam trong Quân đội", the Youth Union
  of a province's military command) is the army sector; a table row naming the police or military command
  of a place by its level word ("Công an xã") is its sector, while the force named in text is a partner;
- the central committee of the Union's Hội ("Trung ương Hội LHTN Việt Nam") is national;
- a branch ("Chi nhánh X") is an organisation whose Youth Union is a unit, as a company is; an
  organisation that opens an item of a list with its figure right after it ("…: Tổng công ty X 12
  triệu đồng, Chi nhánh Y 8 triệu đồng") is the unit of that figure, but not in a list of donors;
- "Liên đội trường THCS X" / "Chi đoàn trường THPT X" is the school's body, named as "trường THCS X";
- a number with a leading zero after a bare level word counts the noun after it ("tặng Đoàn phường 01
  sân chơi"), so it names no unit; "phường 01" alone or before a verb keeps its number;
- an organisation's name with lower-case syllables or a dash inside ("Bệnh viện Mắt - Răng hàm mặt
  Quảng Bình") hides the province at its end: the place is the organisation's, not a unit mention.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units, lookup


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ city abbreviations in a name

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn trường Đại học Kinh tế TP.HCM ra quân 20 đội hình", ["trường Đại học Kinh tế TP.HCM"]),
        ("sinh viên Trường Đại học Y Dược Tp. Hồ Chí Minh tham gia",
         ["trường Đại học Y Dược Tp. Hồ Chí Minh"]),
        ("Học viện Cán bộ TP.HCM và Thành đoàn Cần Thơ", ["Học viện Cán bộ TP.HCM", "Cần Thơ"]),
        # the city ends the name: a verb phrase and a capitalised title after it are not part of it
        ("Trường Đại học Ngân hàng TP.HCM tổ chức lễ ra quân Chiến dịch Xuân tình nguyện",
         ["trường Đại học Ngân hàng TP.HCM"]),
    ],
)
def test_a_university_name_keeps_its_city_abbreviation(text, expected):
    assert _canon(text) == expected


def test_a_university_with_a_city_abbreviation_lies_in_that_city():
    m = lookup("trường Đại học Sư phạm Kỹ thuật TP.HCM")
    assert m is not None and m.province_2025 == "Hồ Chí Minh"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dot that ends a word other than "TP" still ends the name
        ("Trường Đại học Cần Thơ. Hôm nay", ["trường Đại học Cần Thơ"]),
        # "TP." after a place level word is still the city's own level word
        ("Đoàn trường Đại học Vinh, TP. Vinh", ["trường Đại học Vinh", "thành phố Vinh"]),
    ],
)
def test_other_dots_still_end_a_university_name(text, expected):
    assert _canon(text) == expected


# ------------------------------------------------------------------ army and police sector units

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội LHTN Việt Nam trong Quân đội đã trồng 5.000 cây", ["Quân đội nhân dân"]),
        ("Hội Liên hiệp Thanh niên Việt Nam trong Quân đội phát động", ["Quân đội nhân dân"]),
        ("Năm 2026, tuổi trẻ toàn quân tổ chức 30 điểm chợ", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh: 40 chiến sĩ trẻ", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh Sơn La sửa 9 nhà", ["Quân đội nhân dân"]),
    ],
)
def test_army_youth_is_the_army_sector(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the force itself, a partner, keeps the place it names (as "Công an tỉnh X" does)
        ("Huyện đoàn phối hợp Bộ đội Biên phòng tỉnh Kon Tum tặng quà", ["Kon Tum"]),
        ("phối hợp Bộ Chỉ huy Quân sự tỉnh Gia Lai", ["Gia Lai"]),
        ("toàn quốc có 20 tỉnh", ["toàn quốc"]),
    ],
)
def test_the_force_alone_is_not_the_army_sector(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Công an phường", "Công an nhân dân"),
        ("Chi đoàn Công an xã Hòa Bình", "Công an nhân dân"),
        ("Ban Chỉ huy Quân sự xã", "Quân đội nhân dân"),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh", "Quân đội nhân dân"),
    ],
)
def test_a_row_naming_a_local_police_or_command_is_its_sector(name, expected):
    m = lookup(name)
    assert m is not None and (m.canonical, m.level) == (expected, "sector")


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thường vụ Trung ương Hội Liên hiệp Thanh niên Việt Nam phát động",
        "Trung ương Hội trao 500 cây giống",
        "Trung ương Hội Sinh viên Việt Nam tuyên dương 120 sinh viên",
    ],
)
def test_the_central_hoi_is_national(text):
    assert _canon(text) == ["toàn quốc"]


def test_a_provincial_hoi_is_its_province():
    assert _canon("Hội LHTN Việt Nam tỉnh Bạc Liêu trồng 8 ha") == ["Bạc Liêu"]


@pytest.mark.parametrize("name", ["Công an", "phường Tân Hòa", "Công an viên"])
def test_other_rows_are_not_a_sector(name):
    m = lookup(name)
    assert m is None or m.level != "sector"


# ------------------------------------------------------------------ companies and branches

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chi đoàn Chi nhánh Viễn thông Bến Tre tiết kiệm 90 triệu đồng", ["Chi nhánh Viễn thông Bến Tre"]),
        ("Kết quả gây quỹ: Tổng công ty Cơ khí Sông Đà 75 triệu đồng, Chi nhánh Cơ khí Tây Ninh 30 triệu.",
         ["Tổng công ty Cơ khí Sông Đà", "Chi nhánh Cơ khí Tây Ninh"]),
        ("Tổng công ty Giấy Bãi Bằng\t640\t25", ["Tổng công ty Giấy Bãi Bằng"]),  # a table row
        ("- Nhà máy Gạch Đồng Nai 45 đoàn viên", ["Nhà máy Gạch Đồng Nai"]),
    ],
)
def test_an_organisation_opening_a_list_item_with_its_figure_is_a_unit(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nguồn tài trợ: Công ty Cổ phần Gạch Đồng Nai 120 triệu đồng; Quỹ Khuyến học 60 triệu đồng.",
        "Đoàn xã phối hợp Tổng công ty Cơ khí Sông Đà 12 lần",  # not an item of a list
        "Năm nay, Chi nhánh Cơ khí Tây Ninh tổ chức 3 đợt",  # no figure right after the name
    ],
)
def test_an_organisation_elsewhere_is_not_a_unit(text):
    assert all(m.level != "body" for m in find_units(text))


def test_lookup_reads_a_branch_given_as_a_unit():
    m = lookup("Chi nhánh Viễn thông Bến Tre")
    assert m is not None and (m.canonical, m.level) == ("Chi nhánh Viễn thông Bến Tre", "body")


# ------------------------------------------------------------------ Liên đội / Chi đoàn of a school

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Liên đội trường Tiểu học Kim Đồng thu 1,2 tấn giấy", "trường Tiểu học Kim Đồng"),
        ("trao tặng Liên đội trường THCS Hòa Phú 02 tủ sách", "trường THCS Hòa Phú"),
        ("Chi đoàn trường THPT Phan Bội Châu ra quân", "trường THPT Phan Bội Châu"),
    ],
)
def test_the_pioneer_or_youth_body_of_a_school_is_the_school(text, expected):
    [m] = find_units(text)
    assert (m.canonical, m.level, m.is_body) == (expected, "school", True)
    assert m.text.lower().startswith(("liên đội", "chi đoàn"))


def test_lookup_reads_the_pioneer_body_of_a_school():
    m = lookup("Liên đội trường THCS Hòa Phú")
    assert m is not None and m.canonical == "trường THCS Hòa Phú"


@pytest.mark.parametrize("text", ["Liên đội tổ chức 3 buổi", "các Liên đội trường học trên địa bàn"])
def test_a_pioneer_body_without_a_school_name_is_no_school(text):
    assert all(m.level != "school" for m in find_units(text))


# ------------------------------------------------------------------ a count after a bare level word

@pytest.mark.parametrize(
    "text",
    [
        "Huyện đoàn trao tặng Đoàn xã và Đoàn phường 02 nhà văn hóa",
        "bàn giao cho thôn 01 cây cầu dân sinh dài 30 m",
        "hỗ trợ khu phố 03 bồn nước",
    ],
)
def test_a_count_after_a_bare_level_word_names_no_unit(text):
    assert not any(c[-1].isdigit() for c in _canon(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn phường 01 tổ chức 3 buổi", ["phường 01"]),  # a verb after it
        ("tại phường 02, khu phố 3", ["phường 02", "khu phố 3"]),
        ("tặng ấp 02 hai con bò", ["ấp 02"]),  # a spelled number counts the noun
        ("phường 01 quận 5", ["phường 01", "quận 5"]),
        ("thôn 2 sân bóng", ["thôn 2"]),  # no leading zero: the number stays the name
    ],
)
def test_a_numbered_unit_keeps_its_number(text, expected):
    assert _canon(text) == expected


# ------------------------------------------------------------------ a province inside an organisation's name

@pytest.mark.parametrize(
    "text",
    [
        "trao quà cho bệnh nhân tại Bệnh viện Mắt - Răng hàm mặt Quảng Bình; tặng 8 xe lăn",
        "khám cho 200 người tại Bệnh viện Y học cổ truyền Lâm Đồng",
        "đón 40 em tại Bệnh viện Nhi đồng Cần Thơ",
    ],
)
def test_a_province_inside_an_organisation_name_is_no_unit(text):
    assert all(m.level != "province" for m in find_units(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Báo Tiền phong và Tỉnh đoàn Bình Định phát động", ["Bình Định"]),  # "và" ends the name
        ("Công ty Bia Sao Vàng tặng Quảng Bình 30 suất quà", ["Quảng Bình"]),  # a verb ends it
        ("Đoàn Thanh niên Công ty Điện lực Quảng Bình có 50 đoàn viên", ["Công ty Điện lực Quảng Bình"]),
    ],
)
def test_a_province_after_an_organisation_name_stays(text, expected):
    assert _canon(text) == expected
