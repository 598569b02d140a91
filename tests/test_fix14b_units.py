"""Unit names in the unit finder (fix14b): ministries by their full names, the member bodies of a
ministry (library, publisher, museum, theatre), a region's "Bộ" inside a name, cooperatives, numbers
that end a place's name, and a province's police or Border Guard. Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# --- 1. a ministry's Youth Union names the ministry by its full official name (ministries.tsv)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch phát động", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Đoàn Thanh niên Bộ Văn hóa - Thể thao và Du lịch phát động", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("Chi đoàn Bộ Lao động, Thương binh và Xã hội trao 5 suất", "Bộ Lao động - Thương binh và Xã hội"),
        ("Đoàn Thanh niên Bộ Giao thông Vận tải, Tỉnh đoàn", "Bộ Giao thông vận tải"),
        ("Đoàn Bộ Y tế có 42 cơ sở", "Bộ Y tế"),
    ],
)
def test_ministry_full_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_ministry_list_keeps_sector_and_longer_names():
    # the police ministry is its sector; a foreign ministry read longer keeps its own reading
    assert _canon("Đoàn Thanh niên Bộ Công an trao quà") == ["Công an nhân dân"]
    assert _canon("Đoàn Thanh niên Bộ Y tế Lào trao quà") == ["Bộ Y tế Lào"]
    # a ministry named alone (no Youth Union words) is a partner, not a unit
    assert _canon("phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức") == []


# --- 2. member bodies of a ministry: library, publisher, museum, theatre (orgunit in nonunits.tsv)


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Đoàn Thanh niên Thư viện Quốc gia Việt Nam góp 300 cuốn", "Thư viện Quốc gia Việt Nam"),
        ("Chi đoàn Nhà xuất bản Kim Đồng 250 cuốn", "Nhà xuất bản Kim Đồng"),
        ("Đoàn Thanh niên Bảo tàng Lịch sử Quốc gia tổ chức 3 buổi", "Bảo tàng Lịch sử Quốc gia"),
        ("Đoàn cơ sở Nhà hát Chèo Ninh Bình tặng 2 suất", "Nhà hát Chèo Ninh Bình"),
    ],
)
def test_member_body_by_its_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_member_body_named_alone_is_no_unit():
    assert _canon("học sinh tham quan Bảo tàng Hồ Chí Minh và Nhà hát Lớn") == []


# --- 3. a region's "Bộ" ends the name it is in


def test_region_bo_belongs_to_the_name():
    assert _canon("Đoàn Thanh niên Bệnh viện Đa khoa Khu vực Nam Trung Bộ tổ chức") == [
        "Bệnh viện Đa khoa Khu vực Nam Trung Bộ"
    ]
    found = _canon("Đoàn cơ sở Trung tâm Y tế Tây Nam Bộ, Tỉnh đoàn An Giang")
    assert found[0] == "Trung tâm Y tế Tây Nam Bộ"


def test_bo_before_a_capitalised_word_opens_a_ministry():
    found = _canon("Đoàn Thanh niên Công ty Điện lực Miền Nam Bộ Công Thương tặng")
    assert found[0] == "Công ty Điện lực Miền Nam"


# --- 4. "Hợp tác xã": a cooperative by its full name, never a commune


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Hợp tác xã Chè Tân Cương bán 2 tấn chè", "Hợp tác xã Chè Tân Cương"),
        ("; Hợp tác xã Bưởi da xanh Mỏ Cày đạt 300 đơn hàng", "Hợp tác xã Bưởi da xanh Mỏ Cày"),
        ("Đoàn Thanh niên Hợp tác xã Nông nghiệp Phú Lộc tặng 3 suất", "Hợp tác xã Nông nghiệp Phú Lộc"),
    ],
)
def test_cooperative_is_a_body_not_a_commune(text, canonical):
    assert _canon(text) == [canonical]


def test_cooperative_words_make_no_commune():
    assert _canon("tập huấn cho 40 xã viên của 5 hợp tác xã") == []
    assert _canon("Theo Liên minh Hợp tác xã tỉnh, có 200 hợp tác xã") == []
    # a real commune in the same sentence is still read
    assert _canon("của 5 hợp tác xã tại xã Phú Lộc") == ["xã Phú Lộc"]


# --- 5. a number after a place's name: the name's own before a bracket, a count before a counted noun


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("tổ dân phố Bắc Sơn 2 (35 lượt)", "tổ dân phố Bắc Sơn 2"),
        ("tại xóm Tân Lập 4 (xã Hòa Bình), 50 người", "xóm Tân Lập 4"),
        ("thôn Phan Bôi 2 (hai) nhà văn hóa", "thôn Phan Bôi"),
        ("Chi đoàn thôn Khe Mạ 12 cột (0,8 km)", "thôn Khe Mạ"),
    ],
)
def test_number_after_a_name(text, canonical):
    assert _canon(text)[0] == canonical


def test_counted_noun_after_a_level_word_number():
    assert _canon("Công ty tặng Đoàn phường 20 sim điện thoại") == []
    assert _canon("Đoàn phường 20 tổ chức ra quân")[0] == "phường 20"


# --- 6. a province's police or Border Guard acting is its sector; named otherwise it keeps the province


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Tỉnh đoàn trao 20 suất quà; Công an tỉnh Lạng Sơn cử 15 cán bộ", "Công an nhân dân"),
        ("Bộ đội Biên phòng tỉnh Hà Giang quản lý 270 km biên giới.", "Quân đội nhân dân"),
        ("³ Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu có 12 đồn", "Quân đội nhân dân"),
    ],
)
def test_province_force_acting_is_its_sector(text, canonical):
    assert canonical in _canon(text)


@pytest.mark.parametrize(
    "text",
    [
        "Theo Công an tỉnh Lạng Sơn, toàn tỉnh có 12 vụ",
        "đoàn viên hỗ trợ Công an tỉnh Lạng Sơn dọn bùn",
        "Đồn Biên phòng Y Tý (Bộ đội Biên phòng tỉnh Lào Cai) phối hợp",
        "Công an tỉnh Lạng Sơn và Tỉnh đoàn trao quà",
    ],
)
def test_province_force_not_acting_keeps_the_province(text):
    assert "Lạng Sơn" in _canon(text) or "Lào Cai" in _canon(text)


# --- 7. a command's Youth Union named by the bare "Bộ Chỉ huy" is the army sector (bodies.tsv)


def test_bare_command_is_the_army():
    assert _canon("Đoàn cơ sở Bộ Chỉ huy có 14 chi đoàn") == ["Quân đội nhân dân"]
    assert _canon("hỗ trợ Đoàn Thanh niên Bộ Chỉ huy 150 triệu đồng") == ["Quân đội nhân dân"]
    # a civil ministry stays itself
    assert _canon("Đoàn Thanh niên Bộ Tư pháp trao 5 suất") == ["Bộ Tư pháp"]
