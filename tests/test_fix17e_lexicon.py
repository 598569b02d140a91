"""The measure lexicon, round 17 (spec §2.4): counted nouns the table did not know (with their
neighbours), a count per day written as one word, and points named after the programme held there.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Yên Bái")


def test_bare_road_after_a_number_is_a_work():
    text = (
        "Đoàn xã Hòa Bình nhận 3 tuyến đường tự quản; chi đoàn thôn 2 làm thêm 2 tuyến dọc kênh, "
        "nâng tổng số lên 9 tuyến."
    )
    for v in (2, 9):
        assert one(text, v).category == "works", v


def test_farmers_and_campers_are_people_reached():
    text = "Hội tập huấn cho 620 nông dân trẻ, hội trại đón 310 trại viên từ các xã."
    assert one(text, 620).category == "beneficiaries"
    assert one(text, 310).category == "beneficiaries"


def test_foreign_students_take_part():
    assert one("Ngày hội thu hút 150 lưu học sinh tham gia.", 150).category == "participants"


def test_countries_islands_post_offices_and_branches_are_places_reached():
    text = (
        "Sinh viên đến từ 9 nước; sách được chuyển tới 4 đảo qua 75 bưu cục và 3 chi nhánh của công ty."
    )
    for v in (9, 4, 75, 3):
        assert one(text, v).category == "coverage", v


def test_butts_signs_meters_and_vegetable_beds_are_items():
    text = (
        "Đoàn viên nhặt 8.000 đầu lọc thuốc lá, gắn 20 biển nhắc nhở, kiểm tra 140 công tơ và "
        "đắp 16 luống rau cho trường."
    )
    for v in (8000, 20, 140, 16):
        assert one(text, v).category == "items", v
    assert one(text, 8000).measure.startswith("đầu lọc thuốc lá")


def test_a_count_per_day_keeps_the_category_of_its_noun():
    text = "Bếp ăn ở cổng bệnh viện phát khoảng 90 ổ/ngày, 40 suất/ngày cho người nhà bệnh nhân."
    assert one(text, 90).category == "items"
    assert one(text, 40).category == "items"


def test_people_per_day_are_not_read_as_their_noun():
    # negative: a rate of people per day is left to the rules it had (not settled by the spec)
    assert one("Điểm tư vấn tiếp trung bình 35 người/ngày.", 35).category == "other"


def test_a_point_named_after_a_programme_is_an_event():
    text = 'Hội tổ chức 9 điểm "Xuân yêu thương" và mở thêm 2 điểm trại tại các xã.'
    assert one(text, 9).category == "events"
    assert one(text, 2).category == "events"


def test_a_bare_point_stays_a_place():
    # negative: "điểm" with no quoted name after it keeps its row (coverage)
    assert one("Đội hình có mặt tại 11 điểm trên địa bàn.", 11).category == "coverage"
