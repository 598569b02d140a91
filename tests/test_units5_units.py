"""Unit rules of batch 5 (spec §2.3), on sentences written for these tests.

- a town named after a former state farm ("thị trấn Nông trường X") is one name, longer than the
  district or town name it holds;
- a number after the words of a hamlet's name counts what follows when the genre's count form shows
  ("01", a quoted name after it, another number), and stays in the name otherwise ("ấp Hòa Bình 2");
- the Youth Union of an organisation ("Đoàn cơ sở / Đoàn Thanh niên / Chi đoàn" + a company, a
  hospital, an agency) is a unit named by the organisation;
- a provincial Đoàn Khối is a unit of its own, named in full;
- the police of a province or district ("Đoàn Thanh niên Công an tỉnh X") is a part of the police
  sector: "Công an nhân dân".
"""

from __future__ import annotations

import pytest

from reportextract.units import canonical_unit, find_units, lookup


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ towns of former state farms

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longer level-word name wins over the district name inside it
        ("Chi đoàn thị trấn Nông trường Mộc Châu, huyện Mộc Châu ra quân", ["thị trấn Nông trường Mộc Châu",
                                                                             "huyện Mộc Châu"]),
        # a town the gazetteer knows keeps its place and province
        ("Đội hình tình nguyện về thị trấn Nông trường Liên Sơn", ["thị trấn Nông trường Liên Sơn"]),
        # an unknown one is read all the same, up to its capitalised words
        ("Thị trấn Nông trường Sao Đỏ 7 420", ["thị trấn Nông trường Sao Đỏ"]),
    ],
)
def test_state_farm_town_is_one_name(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Các đội hình về thị trấn Nông trường để hỗ trợ bà con.",  # no name after it
        "thị trấn nông trường mới thành lập",  # lower case: not a name
        "xã Nông và xã khác",  # "Nông" alone still opens no name
    ],
)
def test_no_state_farm_town_without_its_name(text):
    assert not any("Nông trường" in c for c in _canon(text))


def test_known_state_farm_town_has_its_province():
    m = lookup("thị trấn Nông trường Liên Sơn")
    assert m is not None and m.province_2025 == "Lào Cai" and m.level == "commune"


# ------------------------------------------------------------------ numbers after a hamlet's name

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("trao tặng thôn Đồng Tâm 02 “Tủ sách thiếu nhi”", ["thôn Đồng Tâm"]),
        ("bàn giao cho xóm Bãi Sậy 01 nhà nhân ái", ["xóm Bãi Sậy"]),
        ("khánh thành tại bản Nà Cà 1 (một) công trình", ["bản Nà Cà"]),
        ("Xóm Bến Củi 5 640 1.210", ["xóm Bến Củi"]),  # a table row written with spaces
        ("thôn Ba Làng 2.500 cây", ["thôn Ba Làng"]),  # part of a larger number
    ],
)
def test_a_count_after_a_hamlet_is_not_its_number(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chi đoàn ấp Hòa Bình 2 ra quân dọn vệ sinh", ["ấp Hòa Bình 2"]),
        ("tổ dân phố 3 và khu phố 02", ["tổ dân phố 3", "khu phố 02"]),  # numbered units themselves
        ("thôn Tân Lập 3.", ["thôn Tân Lập 3"]),
    ],
)
def test_a_hamlet_number_stays_in_its_name(text, expected):
    assert _canon(text) == expected


# ------------------------------------------------------------------ Youth Unions of organisations

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn cơ sở Công ty Cấp nước Lạng Sơn ra quân", ["Công ty Cấp nước Lạng Sơn"]),
        ("Đoàn Thanh niên Bệnh viện Sản Nhi tỉnh Lào Cai khám cho 300 trẻ",
         ["Bệnh viện Sản Nhi tỉnh Lào Cai"]),
        ("Chi đoàn Kho bạc Nhà nước huyện Bảo Yên, Đoàn xã Tân Dương", ["Kho bạc Nhà nước huyện Bảo Yên",
                                                                       "xã Tân Dương"]),
        ("Đoàn TN Sở Giáo dục và Đào tạo tổ chức 4 lớp", ["Sở Giáo dục và Đào tạo"]),
        # the name ends before what the organisation does or a unit it works with
        ("Đoàn Thanh niên Công ty Than Hà Lầm tặng Trường Mầm non Hoa Sen 20 bộ đồ chơi",
         ["Công ty Than Hà Lầm", "trường Mầm non Hoa Sen"]),
        ("Đoàn Thanh niên Tổng công ty Điện lực miền Bắc phối hợp Tỉnh đoàn Hà Giang",
         ["Tổng công ty Điện lực miền Bắc", "Hà Giang"]),
        ("BAN CHẤP HÀNH ĐOÀN CƠ SỞ CÔNG TY CẤP NƯỚC", ["Công ty Cấp Nước"]),
    ],
)
def test_youth_union_of_an_organisation_is_a_unit(text, expected):
    assert _canon(text) == expected


def test_organisation_unit_reads_its_province():
    [m] = find_units("Đoàn Thanh niên Bệnh viện Sản Nhi tỉnh Lào Cai")
    assert (m.level, m.is_body, m.province) == ("body", True, "Lào Cai")


@pytest.mark.parametrize(
    "text",
    [
        "phối hợp với Công ty Cấp nước Lạng Sơn lắp đặt 2 trụ nước",  # a partner, not a Youth Union
        "đoàn công tác Công ty Than Hà Lầm đến thăm",  # a delegation
        "Đoàn viên Công ty Than Hà Lầm",
        "Thành lập 2 Chi đoàn tại Công ty May Tiên Sơn",
    ],
)
def test_an_organisation_alone_is_not_a_unit_in_text(text):
    assert all(m.level != "body" for m in find_units(text))


def test_lookup_reads_an_organisation_given_as_a_unit():
    m = lookup("Công ty Cấp nước Lạng Sơn")
    assert m is not None and m.canonical == "Công ty Cấp nước Lạng Sơn"
    name = "Công ty Cấp nước Lạng Sơn"
    assert canonical_unit(f"Đoàn cơ sở {name}") == canonical_unit(name)


# ------------------------------------------------------------------ provincial Đoàn Khối

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn Khối các cơ quan tỉnh Hà Tĩnh phát động", ["Đoàn Khối các cơ quan tỉnh Hà Tĩnh"]),
        ("BCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH NGHỆ AN", ["Đoàn Khối doanh nghiệp tỉnh Nghệ An"]),
        ("Đoàn Khối Doanh nghiệp Trung ương trao quà tại tỉnh Yên Bái",
         ["Đoàn Khối Doanh nghiệp Trung ương", "Yên Bái"]),
        ("Đoàn Khối hỗ trợ tỉnh Lào Cai 200 suất quà", ["Lào Cai"]),  # a verb: the province received
    ],
)
def test_provincial_doan_khoi(text, expected):
    assert _canon(text) == expected


# ------------------------------------------------------------------ police of a province

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn Thanh niên Công an thành phố Cần Thơ huy động 300 lượt", ["Công an nhân dân"]),
        ("tuổi trẻ Công an nhân dân và thanh niên Công an tỉnh Sóc Trăng", ["Công an nhân dân",
                                                                           "Công an nhân dân"]),
        ("Huyện đoàn phối hợp Công an tỉnh Sóc Trăng", ["Sóc Trăng"]),  # the police force, not its youth
    ],
)
def test_police_of_a_place_is_the_police_sector(text, expected):
    assert _canon(text) == expected
