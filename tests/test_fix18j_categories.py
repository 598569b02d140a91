"""fix18j: categories, round 18 (spec §2.4): courses held, water stations built, distributors
connected, OCOP producers trained.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lào Cai")


def test_a_course_opened_is_an_event():
    text = "Năm qua, Tỉnh đoàn phối hợp mở 9 khóa đào tạo nghề cho thanh niên nông thôn."
    assert one(text, 9).category == "events"
    assert one("Trung tâm tổ chức 4 khóa học kỹ năng số.", 4).category == "events"


def test_a_term_of_office_is_not_a_course():
    # negative: "khóa" after the number's own noun is not the counted noun
    assert one("Đại hội bầu 27 ủy viên Ban Chấp hành khóa mới.", 27).category != "events"


def test_a_water_filter_station_built_is_a_work():
    text = "Đoàn xã lắp đặt 2 trạm lọc nước cho điểm trường Nậm Pung."
    assert one(text, 2).category == "works"


def test_a_bare_station_stays_coverage():
    # negative: the bare "trạm" keeps its row (a station reached)
    assert one("Đội hình tình nguyện đến 5 trạm kiểm soát biên phòng.", 5).category == "coverage"


def test_distributors_connected_are_other():
    text = "Phiên chợ giúp các hợp tác xã kết nối với 25 nhà phân phối trong và ngoài tỉnh."
    assert one(text, 25).category == "other"


def test_a_house_built_stays_a_work():
    # negative: "nhà" alone is still a house
    assert one("Đoàn viên góp công xây 3 nhà cho hộ nghèo.", 3).category == "works"


def test_ocop_producers_trained_are_served():
    text = "Hội LHTN tỉnh tập huấn livestream bán hàng cho 60 chủ thể OCOP trẻ."
    assert one(text, 60).category == "beneficiaries"


# people drawn in by an event named earlier with a service (measure._host_named_with_service)


def test_pupils_drawn_to_an_advice_fair_named_earlier_are_served():
    text = ("Tháng 3, Đoàn trường tổ chức 6 ngày hội tư vấn hướng nghiệp tại các huyện. "
            "Ở huyện Bắc Hà, ngày hội tại Trường THPT Bắc Hà thu hút 1.700 học sinh.")
    assert one(text, 1700).category == "beneficiaries"


def test_members_drawn_to_a_sports_fair_take_part():
    # negative: the earlier name of the fair holds no service
    text = ("Tháng 3, Đoàn trường tổ chức ngày hội thể thao sinh viên. "
            "Ở cơ sở 2, ngày hội thu hút 1.700 đoàn viên.")
    assert one(text, 1700).category == "participants"


# a bare "người" in a list repeats the people of the list's first item (measure._list_people_named)


def test_bare_people_in_a_list_repeat_the_first_items_people():
    text = ("Xã Bản Phiệt có 120 lao động đi làm ăn xa trở về, nhiều nhất huyện; "
            "xã Bản Cầm 85 người, xã Phong Niên 64 người.")
    assert one(text, 85).category == "beneficiaries"
    assert one(text, 64).category == "beneficiaries"


def test_bare_people_after_things_keep_their_own_reading():
    # negative: the earlier item counts no people (no role to repeat)
    assert one("Xã Bản Phiệt có 12 tổ hợp tác, xã Bản Cầm 30 người.", 30).category == "participants"


def test_a_list_of_bare_people_alone_repeats_nothing():
    # negative: every item says a bare "người" (the measure of the first must not run on into the
    # next item's name, "người, Bệnh …" read as "người bệnh")
    text = ("Bệnh viện Đa khoa tỉnh A 12 người, Bệnh viện Đa khoa B 10 người, Trung tâm Y tế C 6 người; "
            "làm việc tại các xã vùng cao.")
    assert one(text, 10).category == "participants"
