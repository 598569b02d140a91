"""Categories, round 14i (spec §2.4): leftovers of older held-out sets.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lâm Đồng")


# ------------------------------------------------- a bare repeat counts as its full mention
def test_bare_repeat_is_counted_as_its_full_mention():
    text = (
        "Nhiều nhất là điểm xã Tân Hà với 20 đoàn viên, hướng dẫn 1.300 lượt người dân; "
        "điểm xã Đạ Huoai 15 đoàn viên, 870 lượt; điểm xã Bảo Lâm 9 đoàn viên."
    )
    assert one(text, 1300).category == "beneficiaries"
    assert one(text, 870).category == "beneficiaries"
    assert one(text, 15).category == "participants"


def test_bare_repeat_of_people_who_act_stays_participants():
    text = (
        "Đoàn xã Tân Hà huy động 600 lượt đoàn viên tham gia dọn vệ sinh; "
        "Đoàn xã Đạ Huoai 420 lượt."
    )
    assert one(text, 420).category == "participants"


# ------------------------------------------------- lexicon rows and the install cue
def test_performance_acts_are_other():
    text = "Đêm văn nghệ của Đoàn xã Tân Hà có 14 tiết mục và 3 buổi giao lưu."
    assert one(text, 14).category == "other"
    assert one(text, 3).category == "events"


def test_donation_cases_are_other_but_examined_cases_are_served():
    text = "Năm qua bệnh viện ghi nhận 12 ca hiến tạng; đội y tế thực hiện 80 ca siêu âm cho người dân."
    assert one(text, 12).category == "other"
    assert one(text, 80).category == "beneficiaries"


def test_relics_and_red_addresses_visited_are_coverage():
    text = "Đoàn viên dọn vệ sinh tại 7 di tích lịch sử và dâng hương ở 15 địa chỉ đỏ của tỉnh."
    assert one(text, 7).category == "coverage"
    assert one(text, 15).category == "coverage"


def test_named_points_installed_are_works():
    text = "Đoàn xã Tân Hà lắp đặt 40 điểm wifi miễn phí tại các thôn."
    assert one(text, 40).category == "works"


def test_bare_points_installed_or_points_reached_are_not_works():
    text = "Đoàn xã Tân Hà lắp đặt camera tại 40 điểm, đội hình trực tại 12 điểm tư vấn."
    assert one(text, 40).category == "coverage"


# ------------------------------------------------- people who receive are served
def test_people_who_receive_are_served():
    text = "Tại phiên giao dịch có 90 thanh niên nhận thư mời phỏng vấn của doanh nghiệp."
    assert one(text, 90).category == "beneficiaries"


def test_people_who_receive_an_honour_are_other_and_who_act_take_part():
    text = "Có 25 đoàn viên nhận bằng khen của Tỉnh đoàn; 300 thanh niên tham gia ngày hội."
    assert one(text, 25).category != "beneficiaries"  # an honour received: nobody is served
    assert one(text, 300).category == "participants"
