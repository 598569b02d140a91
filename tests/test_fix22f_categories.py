"""Figure categories of round 22f (spec §2.4): performers and art troupes, areas and turn-out points,
an audience at a contest, values given after "là" for a "số <noun>" count, and school sites that
receive a gift. Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Gia Lai")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # performers take part, like athletes
        ("Hội diễn quy tụ 320 diễn viên không chuyên của các xã.", 320, "participants"),
        ("Chương trình có sự góp mặt của 12 nghệ sĩ trẻ.", 12, "participants"),
        # a performing troupe is a team; other delegations named by their level stay bodies covered
        ("Tham gia có 18 đoàn nghệ thuật quần chúng.", 18, "teams"),
        ("Ngày hội có 30 đoàn xã, phường tham gia.", 30, "coverage"),
        # areas reached are places covered; turn-out points are the outings held
        ("Vòng loại được tổ chức tại 3 khu vực.", 3, "coverage"),
        ("Đoàn phường bố trí 5 điểm ra quân dọc bờ biển.", 5, "events"),
        ("Đội tình nguyện túc trực tại 5 điểm thi.", 5, "coverage"),
    ],
)
def test_performers_troupes_areas_points(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_an_area_after_a_comma_opens_the_next_item_not_a_coordinated_noun():
    text = (
        "Đợt hiến máu tiếp nhận 1.800 đơn vị máu. Khu vực phía Bắc tiếp nhận 1.000 đơn vị, "
        "khu vực phía Nam 800 đơn vị."
    )
    assert one(text, 1000).category == "items"
    assert one(text, 800).category == "items"


# ------------------------------------------------------- an audience at a contest
def test_an_audience_at_a_contest_is_reached_not_an_entrant():
    text = "Hai ngày, 600 vận động viên tranh tài ở 8 môn, thu hút khoảng 9.000 lượt khán giả."
    assert one(text, 9000).category == "beneficiaries"
    assert one(text, 600).category == "participants"


def test_people_counted_at_a_contest_still_take_part():
    # the neighbouring shape: a contest's people with no verb are its entrants
    text = "Hội thi năm nay có 48 đội thi với 190 học sinh."
    assert one(text, 190).category == "participants"


# ------------------------------------------------------- a bare "đoàn" at a performing festival
def test_a_bare_doan_at_a_performing_festival_is_a_troupe():
    assert one("Liên hoan văn nghệ năm nay có 16 đoàn, 410 diễn viên.", 16).category == "teams"
    assert one("Năm sau, hội diễn sẽ mở rộng lên 20 đoàn.", 20).category == "teams"


def test_a_bare_doan_elsewhere_stays_a_body_covered():
    assert one("Hội nghị có 16 đoàn tham dự.", 16).category == "coverage"


# ------------------------------------------------------- values given after "là" for a "số <noun>"
def test_values_after_la_count_the_noun_of_so():
    text = "Ba đơn vị dẫn đầu đoạt giải Nhất với số huy chương vàng lần lượt là 9, 7 và 5."
    assert [f.category for f in figs(text) if f.value in (9, 7, 5)] == ["items"] * 3


def test_values_after_la_with_people_counted():
    assert one("Năm nay, số đoàn viên tham gia là 340.", 340).category == "participants"


def test_a_number_after_la_with_no_so_count_is_unchanged():
    # the neighbouring shape: no "số <noun>" in the clause, nothing names what the number counts
    assert one("Kết quả cuối cùng là 14.", 14).category == "other"


# ------------------------------------------------------- school sites that receive a gift
def test_school_sites_after_cho_receive_the_gift():
    text = "Đoàn trường THPT Pleiku tặng 800 quyển vở cho 3 điểm trường ở xã Ia Grai."
    assert one(text, 3).category == "coverage"


def test_school_sites_handed_over_are_works():
    text = "Tỉnh đoàn trao 3 điểm trường cho xã Ia Grai."
    assert one(text, 3).category == "works"


def test_a_turn_out_named_as_an_event_does_not_complete_a_bare_point():
    # the bare "tại N điểm" of a clause naming the turn-out as an event stays places covered, though
    # the lexicon now holds "điểm ra quân"
    assert one("Lễ ra quân được tổ chức tại 9 điểm.", 9).category == "coverage"
