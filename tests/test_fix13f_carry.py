"""Unit attribution, round 13f (spec §2.3): what an earlier clause's unit does not carry into the
next clause: a new counted group of receivers after a receiver, and the place of the people a
unit served.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------- "A nhận 10 triệu đồng; 3 đội … mỗi đội nhận …"
def test_a_new_counted_group_of_receivers_is_not_the_receiver_before():
    text = (
        "Đoàn Thanh niên Sở Y tế nhận 10 triệu đồng; 3 đội đạt giải Khuyến khích mỗi đội nhận "
        "2 triệu đồng."
    )
    assert one(text, 10_000_000).unit == "Sở Y tế"
    assert one(text, 3).unit == "Nghệ An"
    assert one(text, 2_000_000).unit == "Nghệ An"


def test_a_clause_that_goes_on_with_the_receiver_keeps_it():
    # "nhận" again, but no new counted receivers open the clause: it still speaks of the unit
    text = "Đoàn Thanh niên Sở Y tế nhận 10 triệu đồng; ngoài ra còn nhận thêm 4 bộ sách."
    assert one(text, 4).unit == "Sở Y tế"


def test_a_counted_group_after_an_actor_that_did_not_receive_stays_its():
    text = "Đoàn Thanh niên Sở Y tế tổ chức 2 lớp tập huấn; 40 đoàn viên nhận giấy chứng nhận."
    assert one(text, 40).unit == "Sở Y tế"


# ------------------------------------------------- "giúp 120 hộ dân xã A …; vận chuyển 30 tấn …"
def test_the_commune_of_the_counted_people_served_is_not_carried():
    text = (
        "Tỉnh đoàn Nghệ An đã giúp 120 hộ dân xã Nghi Lộc dọn dẹp nhà cửa; vận chuyển hơn 30 tấn "
        "hàng cứu trợ."
    )
    assert one(text, 120).unit == "Nghệ An"
    assert one(text, 30).unit == "Nghệ An"


def test_a_commune_that_acts_is_still_carried():
    text = "Đoàn xã Nghi Lộc đã tổ chức 5 buổi ra quân; vận chuyển hơn 30 tấn hàng cứu trợ."
    assert one(text, 30).unit == "xã Nghi Lộc"


def test_counted_people_a_gift_is_given_to_keep_what_it_is_worth():
    # "cho N người dân xã A, trị giá …": the people of A receive it, A keeps its value
    text = (
        "Tỉnh đoàn Nghệ An khám bệnh, cấp thuốc cho 150 người dân xã Nghi Lộc (huyện Nghi Lộc), "
        "trị giá khoảng 20 triệu đồng; Đoàn trường tặng 40 bộ sách."
    )
    assert one(text, 20_000_000).unit == "xã Nghi Lộc"
