"""Unit attribution, round 15c (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's, even when the recipient is no place nor Youth Union
level (a club, a border post, a corporation, a health centre); a team sent to help another province
keeps what it does there; members named with their commune are that commune's. Every sentence was
written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lâm Đồng")


# ---------------------------------------- a receiver named by its head alone is the page's own
def test_a_gift_to_the_bare_student_association_of_the_province_is_the_page_s():
    text = "Dịp này, Hội Sinh viên Việt Nam thành phố Huế tặng Hội Sinh viên tỉnh 12 bộ bàn ghế học tập."
    assert one(text, 12).unit == "Lâm Đồng"


def test_a_gift_to_an_unnamed_club_is_the_page_s():
    text = "Nhân dịp này, Tỉnh đoàn Khánh Hòa tặng CLB 3 máy bơm nước."
    assert one(text, 3).unit == "Lâm Đồng"
    text2 = "Nhân dịp này, Tỉnh đoàn Khánh Hòa tặng Câu lạc bộ hơn 20 bộ dụng cụ."
    assert one(text2, 20).unit == "Lâm Đồng"


def test_a_gift_to_an_unnamed_border_post_or_corporation_is_the_page_s():
    text = "Tỉnh đoàn Khánh Hòa trao tặng Đồn 40 triệu đồng để mua quà."
    assert one(text, 40_000_000, "Quân đội nhân dân").unit == "Quân đội nhân dân"
    text2 = "Tỉnh đoàn Khánh Hòa trao tặng Đoàn Thanh niên Tổng công ty 2 bằng khen."
    assert one(text2, 2, "Tổng công ty Xây dựng Miền Núi").unit == "Tổng công ty Xây dựng Miền Núi"


def test_the_giver_s_own_club_or_a_club_after_a_verb_of_doing_stays_the_giver_s():
    # negatives: no verb of giving before the club; the club is the organiser's partner
    text = "Tỉnh đoàn Khánh Hòa phối hợp CLB 3 đơn vị tổ chức ngày hội."
    assert one(text, 3).unit == "Khánh Hòa"
    text2 = "Tỉnh đoàn Khánh Hòa thành lập CLB 3 tháng trước và tặng 20 bộ dụng cụ."
    assert one(text2, 20).unit == "Khánh Hòa"


# ---------------------------------------- a receiver that is a named organisation
def test_a_gift_to_a_named_health_centre_is_the_centre_s():
    text = (
        "Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Lâm Đồng trao tặng Trung tâm Y tế khu vực Di Linh "
        "01 máy siêu âm trị giá 250 triệu đồng."
    )
    assert one(text, 1).unit == "Trung tâm Y tế khu vực Di Linh"
    assert one(text, 250_000_000).unit == "Trung tâm Y tế khu vực Di Linh"


def test_a_named_organisation_after_a_verb_of_doing_is_not_a_recipient():
    # negative: the hospital organises with the centre; the centre receives nothing
    text = (
        "Đoàn Thanh niên Bệnh viện Đa khoa tỉnh Lâm Đồng phối hợp Trung tâm Y tế khu vực Di Linh "
        "khám cho 250 người dân."
    )
    assert one(text, 250).unit == "Bệnh viện Đa khoa tỉnh Lâm Đồng"


def test_a_gift_to_a_named_school_is_the_school_s():
    # the school is a unit the finder knows: the existing recipient rule reads it
    text = "Đoàn xã Đạ Tẻh trao 2 tấn gạo cho Trường THCS Lê Lợi."
    assert one(text, 2).unit == "trường THCS Lê Lợi"


# ---------------------------------------- a team sent to help another province
_SENT = (
    "Đoàn Thanh niên Sở Y tế cử 3 đội y tế với 28 y, bác sĩ trẻ lên hỗ trợ tỉnh Gia Lai khắc phục "
    "hậu quả lũ, khám và cấp thuốc cho 1.940 lượt người dân vùng ngập; đồng thời trao 150 triệu "
    "đồng hỗ trợ Tỉnh đoàn Gia Lai."
)


def test_what_a_team_sent_to_help_another_province_does_there_is_the_sender_s():
    scope = "Sở Y tế tỉnh Lâm Đồng"
    assert one(_SENT, 1940, scope).unit != "Gia Lai"
    assert one(_SENT, 3, scope).unit == one(_SENT, 1940, scope).unit


def test_money_handed_to_the_helped_province_s_body_stays_its():
    # negative: a gift to the province's body after a verb of giving is still the receiver's
    assert one(_SENT, 150_000_000, "Sở Y tế tỉnh Lâm Đồng").unit == "Gia Lai"


def test_a_gift_counted_right_after_the_helped_province_is_its():
    # negative: no comma between the province and the figure, the support is the province's
    text = "Tỉnh đoàn Khánh Hòa cử đoàn công tác lên hỗ trợ tỉnh Gia Lai 200 triệu đồng."
    assert one(text, 200_000_000).unit == "Gia Lai"


def test_a_commune_helped_by_a_team_from_outside_keeps_its_classes():
    # negative (older convention, n190): a commune helped, not another province
    text = "Thành đoàn Đà Nẵng cử 15 huấn luyện viên sang hỗ trợ xã Đạ Tẻh mở 4 lớp bơi cho 130 em."
    assert one(text, 130).unit == "xã Đạ Tẻh"


# ---------------------------------------- members named with their commune
def test_members_named_with_their_commune_are_the_commune_s():
    text = "Hơn 50 cán bộ, chiến sĩ trẻ của Đồn và 30 đoàn viên xã Đạ Tẻh tham gia phục vụ."
    assert one(text, 30, "Quân đội nhân dân").unit == "xã Đạ Tẻh"


def test_served_people_or_a_place_that_only_says_where_are_not_owned():
    # negatives: pupils are served people, not members; "tại" only says where
    text = "Tỉnh đoàn Khánh Hòa huy động 30 đoàn viên tham gia tại xã Đạ Tẻh."
    assert one(text, 30).unit == "Khánh Hòa"


# ---------------------------------------- a school that received a work, then described
_KITCHEN = (
    "Ngày 3/11, Đoàn xã Đạ Tẻh bàn giao công trình “Bếp ăn yêu thương” cho Trường THCS Lê Lợi. "
    "Bếp rộng 52 m², có 3 bếp đun tiết kiệm củi, trị giá 140 triệu đồng.\n\n"
    "Trường hiện có 260 học sinh bán trú. Trước đây, các em ăn trong gian bếp tạm rộng khoảng 20 m².\n\n"
    "Cùng ngày, Đoàn xã trao cho nhà trường 1,5 tấn gạo do Chi đoàn 4 thôn quyên góp.\n"
    "Đoàn xã còn thành lập 1 tổ tình nguyện gồm 9 đoàn viên."
)


def test_a_sentence_describing_the_work_handed_to_a_school_is_the_school_s():
    for value in (52, 3, 140_000_000):
        assert one(_KITCHEN, value, "xã Đạ Tẻh").unit == "trường THCS Lê Lợi"


def test_the_school_named_back_by_its_common_noun_is_the_school():
    assert one(_KITCHEN, 260, "xã Đạ Tẻh").unit == "trường THCS Lê Lợi"
    assert one(_KITCHEN, 20, "xã Đạ Tẻh").unit == "trường THCS Lê Lợi"  # carried to the next sentence


def test_a_gift_to_the_bare_nha_truong_is_the_school_named_before():
    assert one(_KITCHEN, 1.5, "xã Đạ Tẻh").unit == "trường THCS Lê Lợi"


def test_the_donors_count_and_the_giver_s_own_team_stay_the_giver_s():
    # negatives: the count inside "do Chi đoàn 4 thôn"; a new act of the giver, no school named
    assert one(_KITCHEN, 4, "xã Đạ Tẻh").unit == "xã Đạ Tẻh"
    assert one(_KITCHEN, 9, "xã Đạ Tẻh").unit == "xã Đạ Tẻh"


def test_a_sentence_opening_with_another_noun_is_not_the_recipient_s():
    # negative: the next sentence opens with a noun the gift did not name
    text = (
        "Đoàn xã Đạ Tẻh bàn giao công trình bếp ăn cho Trường THCS Lê Lợi. "
        "Đoàn viên đã góp 120 ngày công."
    )
    assert one(text, 120, "xã Đạ Tẻh").unit == "xã Đạ Tẻh"


def test_schools_in_general_are_no_back_reference():
    # negative: "Trường học" is schools in general; no school named before either
    text = "Trường học vùng cao còn thiếu 40 phòng học."
    assert one(text, 40).unit == "Lâm Đồng"
    text2 = "Trường hiện có 260 học sinh bán trú."
    assert one(text2, 260).unit == "Lâm Đồng"


def test_members_served_by_the_actor_s_activity_stay_the_actor_s():
    # negative (fix9e convention): "cho" or a verb of serving before the count
    text = "Tỉnh đoàn Khánh Hòa tổ chức 2 buổi tập huấn cho hơn 80 đoàn viên xã Đạ Tẻh."
    assert one(text, 80).unit == "Khánh Hòa"
