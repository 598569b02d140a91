"""Unit attribution, round 19c (spec §2.3): actors, subjects, carry-over and sector bodies. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")

KHOI = "Đoàn Khối các cơ quan Trung ương"
ARMY = "Quân đội nhân dân"
POLICE = "Công an nhân dân"
SCHOOL = "trường Đại học Vinh"


# ------------------------------------------------------- a member's part of an organisation's own total
def test_a_members_part_of_an_organisations_own_total_is_the_members():
    text = (
        "Đoàn Khối các cơ quan Trung ương trao 200 suất học bổng cho học sinh nghèo. Tổng trị giá "
        "chương trình 800 triệu đồng. Trong đó, Đoàn Thanh niên Bộ Công Thương đóng góp 150 triệu đồng."
    )
    assert one(text, 150_000_000, KHOI).unit == "Bộ Công Thương"
    assert one(text, 800_000_000, KHOI).unit == KHOI


def test_a_donors_part_of_a_work_handed_to_the_pages_place_stays_the_places():
    # the page's own unit is a place that received the work: each donor's part is the place's (n160)
    text = (
        "Công trình nước sạch được khánh thành. Tổng kinh phí 500 triệu đồng. Trong đó, Thành đoàn "
        "Hà Nội hỗ trợ 300 triệu đồng."
    )
    assert one(text, 300_000_000, "xã Mường Tè").unit == "xã Mường Tè"


# ------------------------------------------------------- a bare "Đồn" refers back to its post
def test_a_bare_post_after_a_border_post_is_the_armys():
    text = (
        "Tại xã Mường Tè, Đoàn xã phối hợp Đồn Biên phòng Mù Cả nấu cơm cho 50 học sinh bán trú; "
        "Đồn cử 6 chiến sĩ trẻ giúp các em."
    )
    assert one(text, 6).unit == ARMY
    assert one(text, 50).unit == "xã Mường Tè"


def test_a_bare_post_after_a_police_post_is_the_polices():
    text = "Tại xã Mường Tè, Đoàn xã phối hợp Đồn Công an Mù Cả tuần tra; Đồn cử 4 cán bộ trẻ tham gia."
    assert one(text, 4).unit == POLICE


def test_a_bare_post_with_no_post_named_before_is_left_alone():
    text = "Tại xã Mường Tè, Đoàn xã nấu cơm cho 50 học sinh bán trú; Đồn cử 6 chiến sĩ trẻ giúp các em."
    assert one(text, 6).unit == "xã Mường Tè"


# ------------------------------------------------------- an officer of a bare-level body speaks for it
def test_an_officer_of_the_pages_own_school_speaks_for_the_school():
    text = (
        "Đoàn trường Đại học Vinh đưa 10 đội hình về tỉnh Lai Châu.\n\n"
        "Tại xã Mường Tè, Đoàn xã cử 15 đoàn viên tham gia. Anh Lê Văn Bình, Chủ tịch Hội Sinh viên "
        "trường, cho biết số sinh viên đăng ký năm nay tăng 20%."
    )
    assert one(text, 20, SCHOOL).unit == SCHOOL
    assert one(text, 15, SCHOOL).unit == "xã Mường Tè"


def test_a_speaker_without_a_bare_level_title_does_not_fire():
    # no officer of a body: the sentence before goes on
    text = (
        "Đoàn trường Đại học Vinh đưa 10 đội hình về tỉnh Lai Châu.\n\n"
        "Tại xã Mường Tè, Đoàn xã cử 15 đoàn viên tham gia. Anh Lê Văn Bình, sinh viên năm ba, cho "
        "biết số đoàn viên đăng ký năm nay tăng 20%."
    )
    assert one(text, 20, SCHOOL).unit == "xã Mường Tè"


# ------------------------------------------------------- members of a Youth Union body named after them
def test_members_named_with_their_youth_union_body_are_the_bodys():
    text = "Đoàn công tác gồm 30 cán bộ, đoàn viên Thành đoàn Hải Phòng đã đến thăm tỉnh Lai Châu."
    assert one(text, 30).unit == "Hải Phòng"


def test_members_served_by_the_actor_stay_the_actors():
    text = "Tỉnh đoàn Lai Châu tổ chức tập huấn cho 30 cán bộ, đoàn viên Thành đoàn Hải Phòng."
    assert one(text, 30).unit == "Lai Châu"


# ------------------------------------------------------- a sector body honouring in the passive
def test_a_sector_body_that_honours_in_the_passive_is_no_actor():
    text = (
        "Đoàn Thanh niên Tổng công ty được Ban Thường vụ Đoàn Khối các cơ quan Trung ương tặng "
        "Bằng khen vì đã tổ chức 12 đợt hiến máu."
    )
    assert one(text, 12, "Tổng công ty Sông Đà").unit == "Tổng công ty Sông Đà"


def test_a_sector_body_that_gives_in_the_active_acts():
    text = "Đoàn Khối các cơ quan Trung ương tặng 12 bằng khen cho các tập thể."
    assert one(text, 12, "Tổng công ty Sông Đà").unit == KHOI


# ------------------------------------------------------- "Nhà trường" past a school that only said where
def test_nha_truong_after_a_venue_school_is_the_pages_own_school():
    text = (
        "Đoàn trường Đại học Vinh tổ chức 5 ngày hội tư vấn tuyển sinh. Ngày hội ở Trường THPT "
        "Nghi Lộc 1 thu hút 900 học sinh.\n\n"
        "Nhà trường trao 40 suất học bổng cho tân sinh viên."
    )
    assert one(text, 40, SCHOOL).unit == SCHOOL


def test_nha_truong_after_a_school_that_received_is_that_school():
    text = (
        "Đoàn trường Đại học Vinh trao 200 áo ấm cho Trường THPT Kỳ Sơn.\n\n"
        "Nhà trường hiện có 400 học sinh bán trú."
    )
    assert one(text, 400, SCHOOL).unit == "trường THPT Kỳ Sơn"


# ------------------------------------------------------- a fair's stall of a unit sells
def test_a_stall_of_a_commune_that_opens_its_clause_is_the_communes():
    text = "Gian hàng của xã Mường Tè bán hết 2 tấn gạo nếp, thu về 90 triệu đồng."
    assert one(text, 2).unit == "xã Mường Tè"
    assert one(text, 90_000_000).unit == "xã Mường Tè"


def test_a_stall_that_only_says_where_is_no_actor():
    text = "Khách tham quan tại gian hàng của xã Mường Tè mua 2 tấn gạo nếp."
    assert one(text, 2).unit == "Lai Châu"


# ------------------------------------------------------- a superlative opens a ranking
def test_a_superlative_names_the_first_of_a_ranking():
    text = "Đông nhất là trường Đại học Vinh với 1.200 lượt thí sinh."
    assert one(text, 1200).unit == SCHOOL


def test_a_school_before_with_that_only_says_where_is_no_ranking():
    text = "Ngày hội diễn ra tại trường Đại học Vinh với 1.200 lượt thí sinh."
    assert one(text, 1200).unit == "Lai Châu"


# ------------------------------------------------------- a school opens the part "trong đó" breaks off
def test_a_school_right_after_trong_do_opens_its_part():
    text = "Câu lạc bộ thu hút 60 kỹ sư trẻ, trong đó trường Đại học Vinh có 25 thành viên."
    assert one(text, 25).unit == SCHOOL


def test_a_school_inside_a_phrase_after_trong_do_stays_a_place():
    text = "Câu lạc bộ thu hút 60 kỹ sư trẻ, trong đó điểm thi trường Đại học Vinh có 25 thành viên."
    assert one(text, 25).unit == "Lai Châu"


# ------------------------------------------------------- the central Party committees' Youth Unions
def test_a_central_party_committees_youth_union_is_a_unit_by_its_name():
    text = "Toàn Đoàn Đảng ủy Chính phủ năm 2025 tiếp nhận 9.000 đơn vị máu."
    assert one(text, 9000, "Bộ Xây dựng").unit == "Đoàn Đảng ủy Chính phủ"


def test_the_set_a_member_is_one_of_stays_the_pages():
    text = "Đoàn Thanh niên Bộ là 1 trong 5 đơn vị dẫn đầu phong trào hiến máu của Đoàn Đảng ủy Chính phủ."
    assert one(text, 5, "Bộ Xây dựng").unit == "Bộ Xây dựng"


def test_an_officers_words_that_name_their_own_actor_are_left_to_the_other_rules():
    # "Đoàn xã" in what is said is the actor (the page's own commune), not the school of the title
    text = (
        "Đoàn xã Mường Tè bàn giao sân chơi cho Trường Tiểu học Mù Cả. Cô Lò Thị Hoa, Hiệu trưởng "
        "nhà trường, cho biết Đoàn xã đã huy động 30 ngày công."
    )
    assert one(text, 30, "xã Mường Tè").unit == "xã Mường Tè"
