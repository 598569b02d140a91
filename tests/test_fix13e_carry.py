"""Unit attribution, round 13e (spec §2.3): a list item named before its bracketed address, and a
sentence opened by a new actor named by a bare noun (the sponsor, the jury), which stops the carry
of an earlier sentence's unit.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Bình")


# ------------------------------------------------- "Trường A (xã A) nhận 20 suất, Trường B (xã B) 15 suất"
def test_each_item_named_before_its_address_keeps_its_number():
    text = (
        "Trường THCS Minh Khai (xã Minh Khai) nhận 20 suất, Trường Tiểu học Đông Hưng (xã Đông Hưng) "
        "14 suất, Trường THCS Kiến Xương (xã Kiến Xương) 9 suất."
    )
    assert one(text, 20).unit == "trường THCS Minh Khai"
    assert one(text, 14).unit == "trường Tiểu học Đông Hưng"
    assert one(text, 9).unit == "trường THCS Kiến Xương"


def test_a_place_that_only_says_where_before_its_address_is_not_an_item():
    # "tại xã A (huyện B)": the bracket gives the venue's address, the actor keeps the number
    text = "Tỉnh đoàn Thái Bình tổ chức ngày hội tại xã Vũ Thư (huyện Vũ Thư) 3 buổi liền."
    assert one(text, 3).unit == "Thái Bình"


# ------------------------------------------------- "Ngân hàng nhận …", "Ban giám khảo trao …"
def test_a_sponsor_named_by_a_bare_noun_stops_the_carry_of_the_school_before():
    text = (
        "Trường THCS Minh Khai nhận 20 suất học bổng. Ngân hàng nhận đỡ đầu 8 học sinh mồ côi, "
        "mỗi em 500.000 đồng/tháng."
    )
    assert one(text, 8).unit == "Thái Bình"
    assert one(text, 500_000).unit == "Thái Bình"


def test_the_jury_stops_the_carry_of_the_school_before():
    text = (
        "Trường THCS Minh Khai có nhiều bài dự thi nhất với 12 bài. Ban giám khảo trao 2 giải nhất, "
        "3 giải nhì và 5 giải ba."
    )
    assert one(text, 2).unit == "Thái Bình"
    assert one(text, 3).unit == "Thái Bình"
    assert one(text, 5).unit == "Thái Bình"


def test_a_sentence_without_a_new_actor_still_carries_the_school():
    text = "Trường THCS Minh Khai nhận 20 suất học bổng. Năm nay nhà trường tổ chức 4 buổi ngoại khóa."
    assert one(text, 4).unit == "trường THCS Minh Khai"
