"""Unit attribution, round 7c (spec §2.3): givers, recipients, partners and places that only say
where.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thanh Hóa")


# ------------------------------------------------------------- places that only say where
def test_place_after_vao_only_says_where():
    text = (
        "Đoàn xã Hà Long đã đổ 400 m đường bê tông vào thôn Yên Lạc, lắp đặt 25 cột đèn "
        "chiếu sáng dọc đường làng."
    )
    assert one(text, 25).unit == "xã Hà Long"


def test_place_that_acts_without_vao_still_takes_the_figure():
    text = "Thôn Yên Lạc, xã Hà Long đã lắp đặt 25 cột đèn chiếu sáng dọc đường làng."
    assert one(text, 25).unit == "thôn Yên Lạc"


# ------------------------------------------------------------------ partners are no actors
def test_partner_after_phoi_hop_is_not_the_actor():
    text = "Huyện đoàn Hà Trung phối hợp Đoàn xã Hà Long tổ chức 8 buổi sinh hoạt hè cho thiếu nhi."
    assert one(text, 8).unit == "huyện Hà Trung"


def test_body_that_itself_coordinates_still_acts():
    text = "Đoàn xã Hà Long phối hợp với nhà trường tổ chức 8 buổi sinh hoạt hè cho thiếu nhi."
    assert one(text, 8).unit == "xã Hà Long"


# ------------------------------------------- a recipient is not carried into the actor's next act
def test_recipient_named_after_the_gift_does_not_take_the_next_act_of_the_giver():
    text = (
        "Huyện đoàn Hà Trung trao 40 suất quà cho thiếu nhi xã Hà Long, và thành lập 2 câu lạc bộ "
        "kỹ năng với 35 đội viên."
    )
    assert one(text, 40).unit == "xã Hà Long"
    assert one(text, 2).unit == "huyện Hà Trung"
    assert one(text, 35).unit == "huyện Hà Trung"


def test_recipient_keeps_the_rest_of_its_gift_after_va():
    # "và" followed by the number of one more gift: the gift goes on, the recipient keeps it
    text = "Huyện đoàn Hà Trung trao tặng cho xã Hà Long 2 nhà nhân ái và 50 chăn ấm."
    assert one(text, 50).unit == "xã Hà Long"


# ------------------------------------------------ a body that goes down to the page's own commune
def test_body_that_goes_down_to_the_commune_and_gives_gives_to_the_commune():
    text = "Sáng 3/2, Tỉnh đoàn Thanh Hóa đã về xã trao tặng 3 nhà nhân ái và 120 suất quà."
    assert one(text, 3, "xã Hà Long").unit == "xã Hà Long"
    assert one(text, 120, "xã Hà Long").unit == "xã Hà Long"


def test_body_that_goes_down_to_the_commune_to_organise_keeps_its_figures():
    text = "Sáng 3/2, Tỉnh đoàn Thanh Hóa đã về xã tổ chức 3 buổi khám bệnh miễn phí."
    assert one(text, 3, "xã Hà Long").unit == "Thanh Hóa"


def test_unnamed_ward_body_before_the_number_of_its_gift_receives_it():
    text = (
        "Thành đoàn Đà Nẵng trao tặng Đoàn phường 02 sân chơi cho thiếu nhi trị giá 40 triệu đồng "
        "tại công viên ven sông."
    )  # (until the fourteenth round it ended "tại tổ dân phố số 3", then no unit; a gift placed at a
    # named group of the ward goes to the group, as "tại tổ dân phố Đông Hải" already did)
    assert one(text, 2, "phường Hải Châu").unit == "phường Hải Châu"
    assert one(text, 40_000_000, "phường Hải Châu").unit == "phường Hải Châu"


def test_numbered_ward_body_that_acts_is_not_an_unnamed_recipient():
    text = "Đoàn phường 10 tổ chức 4 buổi sinh hoạt hè cho thiếu nhi."
    assert one(text, 4, "Hồ Chí Minh").unit == "phường 10"


# ---------------------------------------- a national report: an event bridged to many points
def test_place_of_an_event_bridged_online_only_says_where_in_a_national_report():
    text = (
        "Lễ khởi động Chiến dịch được tổ chức ngày 4/6 tại tỉnh Nghệ An, kết nối trực tuyến tới "
        "34 điểm cầu với hơn 2.500 đoàn viên tham dự."
    )
    assert one(text, 34, "toàn quốc").unit == "toàn quốc"
    assert one(text, 2500, "toàn quốc").unit == "toàn quốc"


def test_place_of_an_event_without_online_points_still_names_its_unit_in_a_national_report():
    text = "Lễ khởi động Chiến dịch được tổ chức ngày 4/6 tại tỉnh Nghệ An với hơn 2.500 đoàn viên tham dự."
    assert one(text, 2500, "toàn quốc").unit == "Nghệ An"


# ---------------------------------------------- gifts carried to another unit, and their total
def test_gifts_carried_up_to_another_province_are_the_recipients():
    text = "Tuổi trẻ Thanh Hóa mang 2.000 chăn ấm lên Lào Cai."
    assert one(text, 2000).unit == "Lào Cai"


def test_gifts_sent_back_to_a_commune_are_the_communes():
    text = "Huyện đoàn Hà Trung gửi 80 suất quà về xã Hà Long."
    assert one(text, 80).unit == "xã Hà Long"


def test_a_province_travelled_to_only_says_where():
    text = (
        "Đoàn công tác của Tỉnh đoàn Thanh Hóa gồm 30 đoàn viên đã lên tỉnh Lào Cai "
        "tổ chức 4 buổi sinh hoạt."
    )
    assert one(text, 4).unit == "Thanh Hóa"


def test_total_value_of_the_gifts_goes_to_the_unit_that_received_them():
    text = (
        "Tỉnh đoàn Thanh Hóa đã trao tặng Tỉnh đoàn Lào Cai 2.000 chăn ấm và 100 triệu đồng. "
        "Tổng giá trị quà tặng đợt này khoảng 600 triệu đồng."
    )
    assert one(text, 600_000_000).unit == "Lào Cai"


def test_total_value_of_the_activities_stays_with_the_actor():
    text = (
        "Tỉnh đoàn Thanh Hóa đã trao tặng Tỉnh đoàn Lào Cai 2.000 chăn ấm và 100 triệu đồng. "
        "Tổng giá trị các hoạt động khoảng 600 triệu đồng."
    )
    assert one(text, 600_000_000).unit == "Thanh Hóa"
