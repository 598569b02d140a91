"""Unit attribution, round 14l (spec §2.3): an owner named after the counted people, a ranked
subject's own count, a named school's members giving. Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Bình Định")


# ---------------------------------------- "của <body>" after the counted people names their owner
def test_people_of_a_body_named_after_them_are_the_body_s():
    text = (
        "Sáng 5/6, Tỉnh đoàn Bình Định ra quân làm sạch bãi biển. "
        "Cùng tham gia còn có 3 đội hình với 60 đoàn viên của Thành đoàn Huế."
    )
    assert one(text, 3).unit == "Huế"
    assert one(text, 60).unit == "Huế"


def test_the_owner_after_the_count_beats_the_recipient_of_the_clause_before():
    text = (
        "Tỉnh đoàn Bình Định tặng Đoàn xã Cát Tiến 20 triệu đồng mua cây giống; "
        "1 đội hình tình nguyện với 28 đoàn viên của Đoàn xã Cát Hải trồng 500 cây."
    )
    assert one(text, 1).unit == "xã Cát Hải"
    assert one(text, 28).unit == "xã Cát Hải"


def test_a_gift_of_a_body_named_after_it_is_not_read_as_owned_people():
    # "của" after items says who gives them, which the existing rules read: not this rule
    text = "Xã Cát Tiến nhận 40 suất quà của Thành đoàn Huế trong dịp Tết."
    assert one(text, 40).unit == "xã Cát Tiến"


def test_people_of_a_place_that_is_no_body_stay_with_the_actor():
    text = "Đoàn xã Cát Tiến huy động 35 đoàn viên của thôn Trung Lương dọn vệ sinh đường làng."
    assert one(text, 35).unit == "xã Cát Tiến"


# ---------------------------------------- a subject ranked among the nation keeps its own count
def test_a_province_ranked_in_the_country_keeps_its_own_count():
    text = "Bình Định đứng thứ 3 cả nước trong cuộc thi trực tuyến với gần 80.000 lượt dự thi.\n"
    assert one(text, 80000).unit == "Bình Định"


def test_a_leading_province_keeps_its_own_count():
    text = "Tuổi trẻ Phú Yên dẫn đầu toàn quốc về số công trình với 210 công trình thanh niên."
    assert one(text, 210, scope="toàn quốc").unit == "Phú Yên"


def test_a_national_total_next_to_a_province_is_still_national():
    # no ranking phrase: "toàn quốc" counts the whole country, as before
    text = "Tại Bình Định, cuộc thi toàn quốc thu hút hơn 1,2 triệu lượt dự thi."
    assert one(text, 1200000).unit == "toàn quốc"


# ---------------------------------------- a national organising board acts for the country
def test_a_central_organising_board_chooses_for_the_country():
    text = (
        "Tỉnh đoàn Bình Định tổng kết cuộc thi. Ban Giám khảo Trung ương đã chấm chọn 20 tác phẩm "
        "xuất sắc nhất để trao giải."
    )
    assert one(text, 20).unit == "toàn quốc"


def test_a_local_organising_board_is_the_page_s_own():
    text = "Tỉnh đoàn Bình Định tổng kết cuộc thi. Ban Tổ chức đã chọn 15 tác phẩm để trao giải."
    assert one(text, 15).unit == "Bình Định"


# ---------------------------------------- a named school's members acting keep the school
def test_students_of_a_named_school_giving_keep_the_school():
    text = (
        "Đoàn Thanh niên Quân khu 5 tổ chức Tết Trung thu cho thiếu nhi. "
        "Sinh viên Trường Đại học Quy Nhơn góp 500 chiếc đèn lồng tự làm."
    )
    assert one(text, 500, scope="Quân đội nhân dân").unit == "trường Đại học Quy Nhơn"


def test_a_school_named_inside_a_place_phrase_is_no_actor():
    text = (
        "Đoàn Thanh niên Quân khu 5 tổ chức Tết Trung thu cho thiếu nhi. "
        "Điểm trường Trường Tiểu học Nhơn Lý đón 500 em thiếu nhi."
    )
    assert one(text, 500, scope="Quân đội nhân dân").unit != "trường Tiểu học Nhơn Lý"


# ---------------------------------------- a gift to a commune page's unnamed subdivisions
def test_a_gift_to_the_page_s_unnamed_villages_is_the_commune_s():
    text = "Sáng 2/3, Chi đoàn Bệnh viện Đa khoa Hoài Nhơn trao thêm 8 tủ thuốc cho các thôn."
    assert one(text, 8, scope="xã Hoài Châu").unit == "xã Hoài Châu"


def test_a_gift_to_villages_on_a_provincial_page_keeps_the_giver():
    # not a commune's page: the rule does not apply, the named giver keeps it as before
    text = "Sáng 2/3, Chi đoàn Bệnh viện Đa khoa Hoài Nhơn trao thêm 8 tủ thuốc cho các thôn."
    assert one(text, 8).unit != "Bình Định"


def test_a_gift_to_named_villages_is_not_read_by_the_rule():
    text = "Sáng 2/3, Chi đoàn Bệnh viện Đa khoa Hoài Nhơn trao thêm 8 tủ thuốc cho các thôn Tân Thạnh."
    assert one(text, 8, scope="xã Hoài Châu").unit != "xã Hoài Châu"
