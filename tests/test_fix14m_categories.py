"""Categories and values, round 14m (spec §2.1, §2.4): people honoured past a description of who
they are and in named list items, star lanterns and vessels, army divisions, teaching hours,
guides sent, borrowers, and an amount in đồng before a verb made with "đồng".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Thái Bình")


# ------------------------------------------------- people honoured (spec §2.4 `other`)
def test_people_honoured_after_their_age_and_origin_are_other():
    text = (
        "Sáng nay, 240 thiếu nhi từ 8 đến 14 tuổi của 7/7 huyện, thành phố được biểu dương và nhận"
        " giấy khen của Tỉnh đoàn."
    )
    assert one(text, 240).category == "other"


def test_people_of_an_origin_who_take_part_are_not_honoured():
    text = "Có 150 học sinh của 6 trường tham gia trại hè, 12 em được tuyên dương."
    assert one(text, 150).category != "other"
    assert one(text, 12).category == "other"


def test_recognised_with_a_title_is_an_honour():
    text = 'Năm nay toàn tỉnh có 12.400 đội viên được công nhận danh hiệu "Cháu ngoan Bác Hồ".'
    assert one(text, 12400).category == "other"


def test_named_list_items_share_the_honour_of_the_first():
    text = "Huyện Đông Hưng có 40 em được tuyên dương, thành phố Thái Bình 37 em, huyện Vũ Thư 31 em."
    assert [one(text, v).category for v in (40, 37, 31)] == ["other", "other", "other"]


def test_an_item_of_em_repeats_the_people_counted_before():
    text = (
        "Liên đội Trường THCS Lê Lợi có 8 đội viên được tuyên dương, nhiều nhất tỉnh; Liên đội"
        " Trường THCS Quang Trung có 6 em."
    )
    assert one(text, 6).category == "other"


def test_named_list_items_after_people_served_stay_served():
    text = "Huyện Đông Hưng có 40 em được hỗ trợ học bổng, thành phố Thái Bình 37 em, huyện Vũ Thư 31 em."
    assert [one(text, v).category for v in (40, 37, 31)] == ["beneficiaries"] * 3


def test_a_new_clause_after_an_honour_is_not_a_list_item():
    text = "Xã Vũ Lạc có 20 đoàn viên được tuyên dương; Đoàn xã Vũ Hội mở lớp học bơi cho 9 em."
    assert one(text, 9).category == "beneficiaries"


# ------------------------------------------------- nouns of the lexicon
def test_star_lanterns_are_items():
    text = "Mỗi phần quà gồm 1 hộp bánh, 1 đèn ông sao và tiền mặt; Đoàn xã tặng thêm 150 đèn ông sao."
    assert one(text, 150).category == "items"
    ones = [f for f in figs(text) if f.value == 1]
    assert [f.category for f in ones] == ["items", "items"]


def test_a_patrol_vessel_sent_with_soldiers_is_an_item():
    text = "Đồn Biên phòng cử 20 cán bộ, chiến sĩ cùng 1 tàu tuần tra hỗ trợ vớt rác trên biển."
    assert one(text, 1).category == "items"


def test_army_divisions_and_brigades_taking_part_are_coverage():
    text = "Có 120 chiến sĩ trẻ của 3 sư đoàn, lữ đoàn tham gia hội diễn."
    assert one(text, 3).category == "coverage"


def test_teaching_hours_are_counted_not_a_length_of_time():
    text = "Các tình nguyện viên đã thực hiện tổng cộng 1.560 giờ dạy trong hè."
    fig = one(text, 1560)
    assert (fig.category, fig.measure) == ("other", "giờ dạy")


def test_a_length_in_hours_is_still_no_figure():
    assert 3 not in values("Buổi tập huấn kéo dài 3 giờ.")


def test_guides_sent_take_part():
    text = "Hội Chữ thập đỏ xã cử 6 hướng dẫn viên hỗ trợ buổi tập."
    assert one(text, 6).category == "participants"


def test_young_people_referred_for_loans_are_served():
    text = "Hội LHTN xã giới thiệu 85 thanh niên vay vốn phát triển kinh tế."
    assert one(text, 85).category == "beneficiaries"


def test_people_trained_about_loans_take_part():
    text = "Có 85 đoàn viên tham gia lớp tập huấn về vay vốn ưu đãi."
    assert one(text, 85).category == "participants"


# ------------------------------------------------- money (spec §2.1)
def test_dong_before_a_verb_made_with_dong_is_the_currency_after_a_scale_word():
    text = "Tỉnh đoàn hỗ trợ Đoàn xã Vũ Lạc 40 triệu đồng tổ chức lễ khánh thành cầu."
    fig = one(text, 40_000_000)
    assert (fig.category, fig.measure) == ("money", "triệu đồng")


def test_compatriots_after_a_scale_word_stay_people():
    assert all(f.category != "money" for f in figs("Có 3 triệu đồng bào theo dõi chương trình."))


def test_a_co_organiser_without_a_scale_word_is_no_money():
    text = "Công ty B là đơn vị đồng tổ chức 2 giải chạy."
    assert [f.category for f in figs(text)] == ["events"]


# ------------------------------------------------- per-unit conditions, gifts to the own branch (§2.1)
def test_one_thing_for_each_unit_of_a_target_share_is_no_figure():
    text = "Năm tới, Đoàn xã phấn đấu 100% chi đoàn thôn có 1 tủ sách thiếu nhi."
    assert values(text) == [100]


def test_a_floor_for_each_unit_of_a_counted_share_is_no_figure():
    text = "Hiện 27/30 thôn đã có ít nhất 1 người được tập huấn sơ cứu."
    assert 1 not in values(text)
    assert 27 in values(text)


def test_a_thing_a_unit_has_without_a_share_stays_a_figure():
    text = "Có 27/30 thôn tham gia, Đoàn xã Vũ Lạc có 1 tủ sách thiếu nhi."
    assert one(text, 1).category == "items"


def test_a_number_after_the_own_branch_given_things_counts_them():
    text = "Tỉnh đoàn trao tặng Đoàn xã 3 tủ sách pháp luật và 400 cuốn truyện."
    assert one(text, 3).category == "items"


def test_a_numbered_ward_that_acts_stays_a_name():
    assert 2 not in values("Đoàn phường 2 tổ chức 5 buổi tuyên truyền pháp luật.", "phường Trần Lãm")
