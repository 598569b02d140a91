"""Unit attribution, round 13f (spec §2.3): a campaign a national body launches for the whole
country, after a sentence about a province; a person's commune in the bracket after the name.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Cao Bằng")


# ------------------------------------------------- "do Trung ương Đoàn phát động … trên cả nước"
def test_a_target_the_national_body_sets_for_the_whole_country_is_national():
    text = (
        "Theo Tỉnh đoàn Hà Giang, năm nay tỉnh làm 12 công trình. Chương trình do Trung ương Đoàn "
        "phát động với mục tiêu tặng ít nhất 300.000 suất quà cho thiếu nhi khó khăn trên cả nước."
    )
    assert one(text, 12).unit == "Hà Giang"
    assert one(text, 300_000).unit == "toàn quốc"


def test_the_country_only_saying_where_keeps_the_body_named_before():
    # no national body in the sentence: "trên cả nước" after the number only says where
    text = (
        "Tỉnh đoàn Hà Giang tổ chức hội nghị trực tuyến. Hội nghị được kết nối tới 20 điểm cầu "
        "trên cả nước."
    )
    assert one(text, 20).unit == "Hà Giang"


# ------------------------------------------------- "Anh A (30 tuổi, xã B) vay …"
def test_the_commune_in_the_bracket_after_a_persons_name_only_says_where_the_person_lives():
    # round 25d: the corpus convention since n214 (n245, n293, n358, c40/c48): the bracket says where
    # the person lives, the page's unit keeps the figures (this test first asserted the n87/n171 reading)
    text = "Chị Hoàng Thị Mai (27 tuổi, xã Quảng Uyên) vay 60 triệu đồng để nuôi 30 con lợn."
    assert one(text, 60_000_000).unit == "Cao Bằng"
    assert one(text, 30).unit == "Cao Bằng"


def test_a_bracket_after_a_body_still_only_says_where():
    text = "Tỉnh đoàn Cao Bằng (xã Quảng Uyên) tổ chức 4 lớp tập huấn."
    assert one(text, 4).unit == "Cao Bằng"
