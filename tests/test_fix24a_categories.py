"""Figure categories and names of round 24a (spec §2.1, §2.4): awards received as an emulation flag or
a badge, a part of honoured bodies, people in a plight served by a passive past a comma, a bare "lượt"
counting the noun of its list's lead, a named point handed over, and a military unit's number after a
long branch name. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers
from reportextract.numbers import find_quantities

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- awards: a flag, a badge, a part of the honoured
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tổng kết năm, 9 huyện đoàn nhận Cờ thi đua của Tỉnh đoàn.", 9),
        ("Hội nghị ghi nhận 7 chi đoàn được tặng Cờ thi đua xuất sắc.", 7),
        ("Nhân dịp này, 14 cán bộ Đoàn cơ sở được trao Huy hiệu “Tuổi trẻ dũng cảm”.", 14),
        ("Tỉnh đoàn trao Huy hiệu Tuổi trẻ sáng tạo cho 11 đoàn viên.", 11),
        ("Có 6 đoàn viên nhận Huy hiệu Tuổi trẻ sáng tạo năm nay.", 6),
    ],
)
def test_a_flag_or_a_badge_received_is_an_honour(text: str, value: int) -> None:
    assert one(text, value).category == "other"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a badge worn, not handed over: the people take part
        ("Đeo huy hiệu Đoàn, 400 đoàn viên tham gia diễu hành.", 400, "participants"),
        ("Tỉnh đoàn nhận 9 huyện đoàn mới sau sắp xếp.", 9, "coverage"),
        ("Chương trình triển khai tại 9 huyện, thị xã.", 9, "coverage"),
    ],
)
def test_no_flag_nor_badge_no_honour(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_a_part_of_bodies_honoured_just_before_is_honoured():
    text = "Tỉnh đoàn tặng Bằng khen cho 15 chi đoàn, trong đó 4 đơn vị dẫn đầu là A, B, C và D."
    assert one(text, 15).category == "other"
    assert one(text, 4).category == "other"


def test_a_part_of_bodies_given_a_flag_after_them_is_honoured():
    text = "Có 18 đoàn cơ sở được tặng Cờ thi đua, trong đó 5 đoàn cơ sở khối trường học."
    assert one(text, 5).category == "other"


def test_a_part_of_places_covered_stays_covered():
    text = "Chiến dịch triển khai tại 15 xã, trong đó 4 xã vùng cao."
    assert one(text, 15).category == "coverage"
    assert one(text, 4).category == "coverage"


# ------------------------------------------------------- a plight listed before the passive
def test_people_in_a_plight_helped_by_a_passive_past_a_comma_are_served():
    text = "Có 870 thí sinh bị lạc đường, quên giấy tờ được đội hình tình nguyện giúp đỡ."
    assert one(text, 870).category == "beneficiaries"


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # the passive after the comma belongs to another count, or another subject
        ("Có 620 thí sinh bị lạc đường, 90 thí sinh được chở đến điểm thi.", 620, "participants"),
        ("Có 620 thí sinh bị lạc đường, đội hình được khen ngợi.", 620, "participants"),
        # no plight ran on into the phrase: the comma still ends the clause
        ("Có 620 thí sinh dự thi, phần lớn được hỗ trợ chỗ ở.", 620, "participants"),
    ],
)
def test_a_passive_after_a_comma_without_a_listed_plight(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


# ------------------------------------------------------- a bare "lượt" counting the lead's noun
def test_a_bare_turn_counts_the_noun_of_the_lists_lead():
    text = (
        "Dẫn đầu về số lớp là Vinh 320 lớp, Diễn Châu 210 lớp; dẫn đầu về số học viên là Vinh "
        "12.400 lượt, Diễn Châu 9.800 lượt, Quỳnh Lưu 7.050 lượt."
    )
    assert one(text, 320).category == "events"
    for value in (12400, 9800, 7050):
        assert one(text, value).category == "beneficiaries"


@pytest.mark.parametrize(
    "text",
    [
        # the lead names no lexicon noun alone, or no lead at all: the bare turns count nothing known
        "Dẫn đầu về số lượt xem là trang A 2.300 lượt, trang B 1.900 lượt.",
        "Trang A đạt 2.300 lượt, trang B 1.900 lượt.",
    ],
)
def test_a_bare_turn_without_a_lead_of_people(text: str) -> None:
    assert one(text, 2300).category == "other"


# ------------------------------------------------------- a named point handed over
def test_a_named_point_handed_over_is_a_work():
    text = "Tỉnh đoàn trao tặng Huyện đoàn Kỳ Sơn 02 “Điểm đọc sách cộng đồng” trị giá 80 triệu đồng."
    assert one(text, 2).category == "works"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # gifts handed "cho" the points: the points receive them
        ("Tỉnh đoàn trao quà cho 2 điểm đọc sách cộng đồng.", "coverage"),
        # a quoted point received: its own closing quote opens no programme's name
        ("Huyện đoàn nhận 2 “điểm đọc sách cộng đồng”.", "coverage"),
        # a programme's name quoted after a bare "điểm" stays the events held
        ("Huyện đoàn tổ chức 2 điểm “Tết cho em”.", "events"),
    ],
)
def test_points_not_handed_over(text: str, category: str) -> None:
    assert one(text, 2).category == category


# ------------------------------------------------------- a military unit's number after a long branch
def _tags(text: str) -> list[tuple[object, str | None]]:
    return [(q.value, q.nonfigure) for q in find_quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Đại đội Công binh cơ động 5 dọn 900 kg rác.",
        "Đồn Biên phòng Cửa khẩu 7 trồng 300 cây xanh.",
        "Tiểu đoàn Thông tin liên lạc 4 nạo vét 2 km kênh.",
    ],
)
def test_a_number_after_a_long_military_name_is_part_of_the_name(text: str) -> None:
    assert _tags(text)[0][1] == "name"


@pytest.mark.parametrize(
    "text",
    [
        "Đại đội Công binh cơ động 5 chiến sĩ trẻ dọn rác.",  # a counted noun follows: a count
        "Đại đội Công binh trồng được 5, vượt kế hoạch.",  # "được" before it: a count
        "1 Đồn Biên phòng Tân Thanh 312 124",  # a table row read as text: the cells are figures
        "đại đội công binh cơ động 5 dọn rác",  # no capitals: no name
    ],
)
def test_a_number_after_military_words_that_is_no_name(text: str) -> None:
    # the number is read, and kept as a figure (no non-figure tag), not dropped as a part of a name
    assert [tag for value, tag in _tags(text) if value in (5, 312)] == [None]
