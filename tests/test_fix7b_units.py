"""Unit-name rules of round 7b (spec §2.3), on sentences written for these tests.

Each rule has a case it must fire on and a case it must not fire on.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# -- organisation names ending in a lower-case syllable ("Dầu khí", "Cơ khí") ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn Thanh niên Tổng công ty Khoan Dầu khí dẫn đầu với 90 ý tưởng.", "Tổng công ty Khoan Dầu khí"),
        ("Đoàn Thanh niên Công ty Cơ khí Đông Anh tặng 5 suất quà.", "Công ty Cơ khí Đông Anh"),
        (
            "Đoàn Thanh niên Công ty Vận tải Hoàng Long đứng đầu với 7 công trình.",
            "Công ty Vận tải Hoàng Long",
        ),
    ],
)
def test_organisation_name_keeps_its_last_syllable(text, name):
    assert _canon(text)[0] == name


def test_name_tail_does_not_swallow_a_following_verb():
    # "dẫn đầu" is what the organisation does, not a part of its name
    assert _canon("Đoàn Thanh niên Công ty Thép Hòa Phát dẫn đầu toàn khối.") == ["Công ty Thép Hòa Phát"]


# -- a number after a level word that counts a noun ("Đoàn phường 10 máy tính") ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Huyện đoàn đã trao cho Đoàn phường 12 bộ bàn ghế học tập.",
        "Chi đoàn hỗ trợ ấp 4 căn nhà tình nghĩa.",
        "Tỉnh đoàn tặng thôn 15 suất quà Tết.",
    ],
)
def test_number_before_a_counted_noun_is_not_the_unit_name(text):
    assert not any(c.split(" ")[-1].isdigit() for c in _canon(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn phường 12 tổ chức ngày hội thiếu nhi.", "phường 12"),
        ("Thanh niên khu phố 4 hiện có 35 đoàn viên.", "khu phố 4"),
        ("Tuổi trẻ quận 8 và phường 6 ra quân.", "phường 6"),
    ],
)
def test_numbered_unit_keeps_its_number(text, unit):
    assert unit in _canon(text)


# -- bare "Hồ Chí Minh" as a province in a list of provinces with figures ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nhiều nhất là: Hồ Chí Minh 210 lớp, Cần Thơ 75 lớp, Huế 40 lớp.",
        "tiêu biểu như Hồ Chí Minh với 3.400 tình nguyện viên, Đà Nẵng 1.900.",
    ],
)
def test_bare_hcm_first_in_a_list_with_figures(text):
    assert _canon(text)[0] == "Hồ Chí Minh"


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn TNCS Hồ Chí Minh và Hà Nội cùng tổ chức.",
        "Đội TNTP Hồ Chí Minh, Cần Thơ có 12 liên đội.",
        "học tập tư tưởng Hồ Chí Minh 40 buổi, Huế 12 buổi",
        "Chủ tịch Hồ Chí Minh với 3 lần về thăm, Nghệ An tự hào.",
    ],
)
def test_bare_hcm_as_a_name_stays_no_unit(text):
    assert "Hồ Chí Minh" not in _canon(text)


# -- police and army units named after a province or a bare level word ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đoàn Thanh niên Bộ đội Biên phòng tỉnh Lào Cai trao 40 suất quà.", ["Quân đội nhân dân"]),
        ("Tuổi trẻ Biên phòng tỉnh tặng 200 áo ấm.", ["Quân đội nhân dân"]),
        ("Thanh niên Biên phòng Hà Giang ra quân", ["Quân đội nhân dân"]),
        ("Đồn Biên phòng Sín Thầu khánh thành 01 điểm trường.", ["Quân đội nhân dân"]),
        ("Hiện nay bộ đội biên phòng toàn quốc nhận nuôi 900 em.", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Công an tỉnh Bình Định cấp 900 căn cước.", ["Công an nhân dân"]),
        ("gồm 45 đoàn viên Đoàn Thanh niên Công an thành phố.", ["Công an nhân dân"]),
        ("Chi đoàn Công an xã tuyên truyền tại 9 thôn.", ["Công an nhân dân"]),
        ("Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh nạo vét 3 km kênh.", ["Quân đội nhân dân"]),
        ("Đoàn Thanh niên Bộ Quốc phòng tặng 10 suất.", ["Quân đội nhân dân"]),
    ],
)
def test_force_branch_is_its_sector_and_hides_its_place(text, expected):
    assert _canon(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Huyện đoàn phối hợp Đồn Biên phòng Sín Thầu tổ chức 3 buổi", ["Huyện đoàn"]),
        ("Tổng kinh phí 90 triệu đồng, trong đó Đồn Biên phòng Ia Mơ hỗ trợ 20 triệu đồng", []),
        ("Cán bộ Công an tỉnh Lạng Sơn làm căn cước", ["Lạng Sơn"]),  # the force alone keeps its place
    ],
)
def test_force_as_partner_or_alone_is_not_the_sector(text, expected):
    canon = _canon(text)
    assert "Quân đội nhân dân" not in canon and "Công an nhân dân" not in canon
    if expected == ["Lạng Sơn"]:
        assert canon == expected


# -- the Youth Union of a ministry ----------------------------------------------------------------


def test_ministry_youth_union_is_its_own_unit():
    text = "trong đó Đoàn Thanh niên Bộ Tài nguyên và Môi trường 5 lớp, Đoàn Thanh niên Bộ Y tế 2 lớp."
    assert _canon(text) == ["Bộ Tài nguyên và Môi trường", "Bộ Y tế"]


def test_ministry_named_alone_is_no_unit():
    # without its Youth Union's words a ministry is a partner or an addressee, not a unit
    assert _canon("Kính gửi: Bộ Y tế; Bộ Nội vụ (để phối hợp).") == []
