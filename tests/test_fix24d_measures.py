"""Round 24d: categories (goods handed out, registrations, the parts of an award count by former
areas, helpers who serve, people who donate, recruits), "trên" meaning "on" a route, and the
dates of an occasion or a plan (spec §2.4, §2.5, §3 `event_dates`).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract import find_quantities
from reportextract.structure.meta import event_dates

figs, one, values = helpers("Nghệ An")


def _quals(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.qualifier) for q in find_quantities(text)]


def _dates(text: str, own: str = "2025-08-20") -> list[str]:
    return event_dates(text, [], own_date=own, since_clauses=True, loose_forms=True)


# --- goods handed out (spec §2.4 `items`) --------------------------------------------------------


def test_goods_handed_out_are_items():
    assert one("Tại gian hàng 0 đồng, đoàn viên phát 800 sản phẩm thiết yếu.", 800).category == "items"
    assert one("Chi đoàn trao tặng 150 sản phẩm cho hộ nghèo.", 150).category == "items"


def test_goods_shown_or_supported_stay_other():
    # negative: shown at a fair, or supported (promoted), not handed out
    assert one("Hội chợ giới thiệu 320 sản phẩm của thanh niên.", 320).category == "other"
    assert one("Hội phấn đấu hỗ trợ 25 sản phẩm đạt chuẩn.", 25).category == "other"


# --- registrations (spec §2.4 `other`) -----------------------------------------------------------


def test_registrations_counted_in_turns_are_other():
    text = "Hai ngày qua, điểm hiến máu tiếp nhận 700 đơn vị máu từ 860 lượt đăng ký."
    assert one(text, 860).category == "other"


def test_people_who_register_keep_their_role():
    # negative: people who register take part
    assert one("Ngày hội có 540 người đăng ký hiến máu.", 540).category == "participants"


# --- the parts of an award count by former areas (spec §2.4 `other`) --------------------------------


def test_former_areas_split_an_award_count():
    text = (
        "Năm nay, 300 học sinh đạt danh hiệu “Học sinh 3 tốt”. "
        "Khu vực tỉnh Hà Tĩnh cũ có 40 học sinh, khu vực tỉnh Quảng Bình cũ 35 học sinh."
    )
    assert one(text, 40).category == "other"
    assert one(text, 35).category == "other"


def test_former_areas_after_people_taking_part_are_no_award():
    # negative: the count split is of people taking part, not honoured
    text = (
        "Năm nay, 300 học sinh tham gia hội trại. "
        "Khu vực tỉnh Hà Tĩnh cũ có 40 học sinh, khu vực tỉnh Quảng Bình cũ 35 học sinh."
    )
    assert one(text, 40).category != "other"
    assert one(text, 35).category != "other"


# --- helpers who serve and those they serve (spec §2.4) ------------------------------------------


def test_volunteers_mobilised_to_serve_take_part():
    text = "Ban tổ chức bố trí 6 gian tư vấn tuyển sinh, huy động 42 tình nguyện viên hỗ trợ thí sinh."
    assert one(text, 42).category == "participants"


def test_people_drawn_to_a_service_are_served():
    # negative: no verb of serving after them; the service named before serves them
    text = "Ngày hội có 6 gian tư vấn tuyển sinh, thu hút 900 học sinh."
    assert one(text, 900).category == "beneficiaries"


def test_people_the_counted_helpers_carry_are_served():
    text = "Đoàn phường huy động 20 đoàn viên đưa đón 260 lượt công nhân đến ngày hội việc làm."
    assert one(text, 20).category == "participants"
    assert one(text, 260).category == "beneficiaries"


def test_people_brought_to_a_fair_with_no_helpers_counted_keep_the_old_rule():
    # negative: no counted helpers before the verb
    text = "Đoàn phường đưa 260 đoàn viên đến ngày hội việc làm."
    assert one(text, 260).category == "participants"


# --- people who donate, recruits (spec §2.4 `participants`) ---------------------------------------


def test_households_that_give_land_act():
    text = "Chi đoàn thôn vận động 28 hộ hiến 900 m² đất để mở đường."
    assert one(text, 28).category == "participants"


def test_households_persuaded_with_no_act_are_served():
    # negative: no verb of giving after them
    assert one("Chi đoàn thôn vận động 28 hộ dân.", 28).category == "beneficiaries"


def test_recruits_of_an_army_ceremony_take_part():
    text = "Ngày 02/3/2026, xã tổ chức Lễ giao nhận quân cho 24 thanh niên."
    assert one(text, 24).category == "participants"


def test_gifts_after_the_ceremony_serve_the_recruits():
    # negative: a comma ends the ceremony's clause; the gifts serve them
    text = "Sau lễ giao nhận quân, Đoàn xã tặng quà cho 24 thanh niên."
    assert one(text, 24).category == "beneficiaries"


# --- "trên" meaning "on" a route (spec §2.5) -------------------------------------------------------


def test_things_put_on_or_taken_off_a_route_lie_on_it():
    assert _quals("Đoàn viên thu gom rác thải trên 8 km đường liên xã.") == [("8 km", None)]
    assert _quals("Chi đoàn sơn vạch kẻ đường trên 1,5 km đường thôn.") == [("1,5 km", None)]
    assert _quals("Thanh niên trồng hoa trên 3 km đường làng.") == [("3 km", None)]


def test_a_length_that_is_the_object_or_a_distance_is_more_than():
    # negative: no object between the verb and "trên", no route after, or a distance
    assert _quals("Đoàn viên thu gom trên 8 km đường.") == [("8 km", "more_than")]
    assert _quals("Đoàn viên lắp đặt trên 2 km đường điện.") == [("2 km", "more_than")]
    assert _quals("Đoàn viên thu gom rác trên 8 km.") == [("8 km", "more_than")]
    assert _quals("Thôn cách trung tâm xã trên 12 km đường núi.") == [("12 km", "more_than")]


# --- the dates of an occasion or a plan (spec §3 `event_dates`) ------------------------------------


def test_the_occasion_of_a_headline_is_no_event_date():
    text = (
        "Tuổi trẻ huyện thăm 200 gia đình chính sách dịp 27/7\n"
        "Từ ngày 15 đến 18/8, Đoàn huyện tổ chức thăm hỏi."
    )
    assert _dates(text) == ["2025-08-15/2025-08-18"]


def test_a_day_after_other_words_is_an_event_date():
    # negative: "dịp" only as part of another word, or the day itself opening the activity
    assert _dates("Ngày 27/7, Đoàn huyện tổ chức lễ thắp nến.") == ["2025-07-27"]


def test_a_day_that_opens_a_plan_is_no_event_date():
    text = "Ngày 18/8, Đoàn huyện tổ chức thăm hỏi. Tối 22/8, Đoàn huyện sẽ tổ chức lễ tổng kết."
    assert _dates(text) == ["2025-08-18"]


def test_a_plan_in_a_later_clause_keeps_the_day():
    # negative: "sẽ" after a comma past the date's own clause
    text = "Ngày 18/8, Đoàn huyện tổ chức thăm hỏi, trao quà; các cơ sở sẽ tiếp tục."
    assert _dates(text) == ["2025-08-18"]
