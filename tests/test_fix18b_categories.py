"""Categories, round 18 (spec §2.4): rooms fitted out and lamps, people seen off or brought to attend,
awardees of a prize, people operated on and the bare "ca" after operations, a list's elliptic
"lượt", a population counted in "em", a verb of serving before a word of manner, holders of a
quoted title, and a play area handed over.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hà Giang")


# rooms and lamps (measures.tsv)


def test_computer_rooms_fitted_out_are_works():
    text = "Chi đoàn ngân hàng tặng 200 bộ máy tính, lập 9 phòng tin học và trang bị 4 phòng máy tính."
    assert one(text, 9).category == "works"
    assert one(text, 4).category == "works"


def test_computer_rooms_handed_over_are_items():
    # negative (older convention, real r022 "trao 1 phòng máy vi tính"): a room handed over is given
    text = "Chi đoàn ngân hàng đã trao 14 phòng máy tính cho các trường vùng cao."
    assert one(text, 14).category == "items"


def test_bare_room_repeats_the_room_named_before():
    text = "Công ty tặng 80 bộ máy tính, đủ trang bị 4 phòng tin học. Xã Minh Tân nhận 1 phòng với 20 bộ máy."
    assert one(text, 1).category == "works"


def test_bare_room_alone_stays_other():
    # negative: a bare "phòng" with no room named before is a department, not a work
    assert one("Sở có 5 phòng chuyên môn.", 5).category == "other"


def test_lamps_fitted_are_items():
    assert one("Đoàn phường lắp 18 đèn năng lượng mặt trời ở ngõ xóm.", 18).category == "items"


# people seen off, brought to attend, operated on


def test_people_seen_off_home_are_served():
    text = "Hội Sinh viên tiễn 640 sinh viên về quê đón Tết bằng xe miễn phí."
    assert one(text, 640).category == "beneficiaries"


def test_people_seen_off_to_enlist_take_part():
    # negative (older convention, n121): young men seen off to the army enlist, they take part
    text = "Tuổi trẻ các xã tiễn 850 thanh niên lên đường nhập ngũ."
    assert one(text, 850).category == "participants"


def test_people_brought_to_attend_take_part():
    text = "Đoàn xã Yên Minh đưa 95 thanh niên đến dự phiên giao dịch việc làm."
    assert one(text, 95).category == "participants"


def test_people_brought_to_an_exam_stay_served():
    # negative: people taken to a place where nothing of their own is done are served
    assert one("Đoàn trường đưa 60 học sinh về nhà an toàn.", 60).category == "beneficiaries"


def test_people_operated_on_are_served():
    text = "Đoàn y tế mổ cho 70 người bệnh (9 người mổ cả hai mắt)."
    assert one(text, 9).category == "beneficiaries"


def test_doctors_who_examine_others_take_part():
    # negative: people whose trade is to treat, or who treat others ("cho"), are the doers
    assert one("Có 12 bác sĩ khám cho 400 người dân.", 12).category == "participants"
    assert one("Có 15 sinh viên y khoa khám cho 300 người dân.", 15).category == "participants"


def test_bare_cases_after_operations_are_served():
    text = "Bệnh viện thực hiện 90 ca phẫu thuật mắt. Chia theo xã: xã Bắc Mê 50 ca, xã Yên Cường 40 ca."
    assert one(text, 50).category == "beneficiaries"
    assert one(text, 40).category == "beneficiaries"


def test_bare_shifts_stay_as_the_lexicon_says():
    # negative: cases of no treating ("ca trực", a shift) say nothing about people
    text = "Trạm bố trí 10 ca trực mỗi tuần. Riêng tổ A 6 ca, tổ B 4 ca."
    assert one(text, 6).category == "events"


# awardees


def test_people_honoured_by_a_prize_are_other():
    text = "Giải thưởng năm nay tôn vinh 64 cán bộ Đoàn tiêu biểu."
    assert one(text, 64).category == "other"


def test_prize_handed_to_people_is_an_award():
    text = "Sau 20 năm, Giải thưởng Nguyễn Văn Trỗi đã trao cho 900 lượt đoàn viên."
    assert one(text, 900).category == "other"


def test_fund_handed_to_people_serves_them():
    # negative: no prize named, the people the fund is handed to are served
    assert one("Quỹ khuyến học của xã đã trao cho 45 học sinh nghèo.", 45).category == "beneficiaries"


# lists and populations


def test_elliptic_visits_keep_the_series_category_past_another_count():
    text = (
        "Đoàn xã mở 20 lớp học buổi tối cho 610 lượt người dân theo học tại nhà văn hóa các thôn. "
        "Học viên được hướng dẫn cài ứng dụng, nộp hồ sơ và thanh toán trực tuyến; nhiều người lần đầu "
        "dùng điện thoại thông minh. Sau đợt học, 402 tài khoản định danh điện tử được kích hoạt và "
        "150 hộ biết thanh toán không dùng tiền mặt. Thôn Nà Rì đông nhất với 88 lượt; thôn Khuổi Hỏ "
        "71 lượt, kích hoạt 60 tài khoản; thôn Bản Tàn 57 lượt."
    )
    assert one(text, 88).category == "beneficiaries"
    assert one(text, 57).category == "beneficiaries"


def test_students_counted_in_em_are_a_population():
    text = "Sinh viên khóa mới có 1.840 em, trong đó 210 em là người dân tộc thiểu số."
    assert one(text, 1840).category == "participants"
    assert one(text, 210).category == "participants"


def test_children_of_a_school_counted_in_em_stay_served():
    # negative: "em" after a school (no people before "có") keeps its own role
    text = "Trường có 320 em, trong đó 75 em là người dân tộc thiểu số."
    assert one(text, 320).category == "beneficiaries"


def test_serving_verb_before_a_word_of_manner_still_serves():
    text = 'Quỹ "Học sinh giúp học sinh" hỗ trợ đột xuất 26 sinh viên có nhà bị sập.'
    assert one(text, 26).category == "beneficiaries"


def test_word_of_manner_after_a_mobilising_verb_keeps_them_acting():
    # negative: "thêm" after a verb of mobilising does not make the people served
    assert one("Đoàn trường huy động thêm 40 sinh viên.", 40).category == "participants"


def test_people_who_reach_a_quoted_title_are_honoured():
    text = (
        'Năm qua có 210 học sinh đạt danh hiệu "Học sinh 3 tốt". Chỉ tiêu năm tới:\n'
        '- Không dưới 250 học sinh đạt "Học sinh 3 tốt" cấp trường.'
    )
    assert one(text, 250).category == "other"


def test_people_who_reach_a_quoted_certificate_take_part():
    # negative: a quoted name the text never calls a title ("danh hiệu") is no honour
    text = 'Năm tới có 300 sinh viên đạt "Chứng chỉ ngoại ngữ B1".'
    assert one(text, 300).category == "participants"


# a play area handed over


def test_play_area_handed_over_is_a_work():
    text = "Đội hình trao tặng xã Lũng Cú 01 điểm vui chơi cho thiếu nhi trị giá 70 triệu đồng."
    assert one(text, 1).category == "works"


def test_play_areas_held_stay_events():
    # negative: play points organised for a festival are activities held
    text = "Dịp Trung thu, các cơ sở Đoàn tổ chức 120 điểm vui chơi cho thiếu nhi."
    assert one(text, 120).category == "events"


def test_ratio_whose_whole_repeats_people_served_is_served():
    text = (
        "Hội Sinh viên tiễn 930 sinh viên về quê ăn Tết trên 20 chuyến xe. "
        "Có 305/930 sinh viên là người dân tộc thiểu số."
    )
    assert one(text, 305).category == "beneficiaries"


def test_ratio_with_no_earlier_count_keeps_the_noun_role():
    # negative: a ratio whose whole was never counted before keeps the noun's own role
    text = "Hội Sinh viên tiễn 930 sinh viên về quê ăn Tết. Có 38/40 sinh viên của lớp A là nữ."
    assert one(text, 38).category == "participants"
