"""Unit attribution, round 13d (spec §2.3): givers and recipients.

Support handed to a unit is the recipient's; what the giver does itself stays the giver's. Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Quảng Ngãi")


# ---------------------------------------- "quyên góp N ủng hộ <unit>": the unit receives
def test_money_raised_in_support_of_another_province_s_body_is_that_province_s():
    text = "Ủy ban Hội tỉnh vận động hội viên quyên góp 1,2 tỷ đồng ủng hộ Hội LHTN tỉnh Lâm Đồng sau bão."
    assert one(text, 1_200_000_000).unit == "Lâm Đồng"


def test_gifts_in_support_of_a_commune_s_people_are_the_commune_s():
    text = "Đoàn viên quyên góp 45 triệu đồng ủng hộ đồng bào xã Ba Tơ."
    assert one(text, 45_000_000).unit == "xã Ba Tơ"


def test_an_activity_in_support_of_people_stays_the_actor_s():
    text = "Huyện đoàn Sơn Tịnh tổ chức 4 lớp hỗ trợ thanh niên xã Ba Tơ."
    assert one(text, 4).unit == "huyện Sơn Tịnh"


def test_a_second_gift_after_va_is_not_the_first_gift_s_recipient():
    text = "Lữ đoàn 3 bàn giao 3 nhà trị giá 70 triệu đồng/căn và trao tặng xã Ba Tơ 1 nhà văn hóa."
    assert one(text, 70_000_000).unit != "xã Ba Tơ"
    assert one(text, 1).unit == "xã Ba Tơ"


# ---------------------------------------- the giver's new deed after "đồng thời"
def test_the_giver_s_teams_after_dong_thoi_are_not_the_recipient_s():
    text = (
        "Ủy ban Hội tỉnh quyên góp 900 triệu đồng ủng hộ Hội LHTN tỉnh Lâm Đồng; đồng thời cử 03 đội "
        "hình với 45 hội viên tham gia sửa nhà tại xã Đạ Tẻh (tỉnh Lâm Đồng)."
    )
    assert one(text, 900_000_000).unit == "Lâm Đồng"
    assert one(text, 3).unit == "Quảng Ngãi"
    assert one(text, 45).unit == "Quảng Ngãi"


def test_a_named_giver_keeps_its_own_deed_after_dong_thoi():
    text = "Huyện đoàn Sơn Tịnh hỗ trợ xã Ba Tơ 25 triệu đồng; đồng thời tổ chức 2 lớp tập huấn."
    assert one(text, 25_000_000).unit == "xã Ba Tơ"
    assert one(text, 2).unit == "huyện Sơn Tịnh"


def test_a_clause_that_goes_on_with_the_gift_keeps_the_recipient():
    text = "Huyện đoàn Sơn Tịnh trao tặng xã Ba Tơ 2 nhà nhân ái; tổng giá trị hỗ trợ là 150 triệu đồng."
    assert one(text, 150_000_000).unit == "xã Ba Tơ"


# ---------------------------------------- "cho … của tỉnh" when the giver is another province
def test_the_province_given_to_is_the_page_s_not_the_giving_city_s():
    text = "Thành đoàn Đà Nẵng trao tặng 600 thùng hàng cho thanh niên vùng lũ của tỉnh."
    assert one(text, 600).unit == "Quảng Ngãi"


def test_the_province_s_own_body_gives_to_its_own_province():
    text = "Tỉnh đoàn Quảng Ngãi trao tặng 60 suất học bổng cho học sinh nghèo của tỉnh."
    assert one(text, 60, "xã Ba Tơ").unit == "Quảng Ngãi"


def test_the_commune_named_as_where_is_the_commune_given_to():
    text = "Tại xã Ba Tơ, Huyện đoàn trao tặng 12 xe đạp cho học sinh nghèo của xã."
    assert one(text, 12).unit == "xã Ba Tơ"


# ---------------------------------------- a bare body as the recipient is the page's own
def test_a_bare_provincial_body_given_to_is_the_page_s_own():
    text = "Thành đoàn Huế trao cho Tỉnh đoàn 70 suất học bổng."
    assert one(text, 70).unit == "Quảng Ngãi"


def test_a_bare_commune_body_given_money_is_the_page_s_commune():
    text = "Công ty Cổ phần Đường Quảng Ngãi tặng Đoàn xã 35 triệu đồng."
    assert one(text, 35_000_000, "xã Ba Tơ").unit == "xã Ba Tơ"


def test_a_bare_body_served_by_an_activity_is_no_recipient():
    text = "Thành đoàn Huế tổ chức cho Tỉnh đoàn 3 lớp tập huấn."
    assert one(text, 3).unit == "Huế"


# ---------------------------------------- "…, mỗi căn N đồng": the amount of each thing given
def test_the_amount_of_each_house_given_is_the_recipient_s_as_the_houses():
    text = (
        '"Năm nay, chúng tôi bàn giao 3 ngôi nhà cho hộ nghèo xã Ba Tơ, mỗi căn 75 triệu đồng", '
        "anh Hùng nói."
    )
    assert one(text, 3).unit == "xã Ba Tơ"
    assert one(text, 75_000_000).unit == "xã Ba Tơ"
    assert one(text, 75_000_000).unit_rule == "item"


def test_the_amount_of_each_grant_given_to_a_bare_body_is_the_page_s():
    text = "Thành đoàn Huế trao cho Tỉnh đoàn 40 suất học bổng, mỗi suất 2 triệu đồng."
    assert one(text, 2_000_000).unit == "Quảng Ngãi"


def test_a_rate_over_time_is_no_amount_of_each_thing():
    text = "Thành đoàn Huế trao 30 suất quà cho học sinh xã Ba Tơ, mỗi tháng 2 buổi sinh hoạt."
    # since round 15 "mỗi tháng 2 buổi" is a frequency and no figure at all (tests/test_fix15i_rules.py);
    # what this case guards stays: the 2 is never read as an amount of each gift
    assert not any(f.value == 2 and f.unit_rule == "item" for f in figs(text))
    assert 30 in values(text)


def test_moi_inside_a_verb_phrase_is_no_amount_of_each_thing():
    text = "Huyện đoàn Sơn Tịnh trao 20 suất quà cho học sinh xã Ba Tơ và hỗ trợ mỗi hộ 500.000 đồng."
    assert one(text, 500_000).unit_rule != "item"


# ---------------------------------------- a donor list after "Trong đó" breaks down a gift's cost
def test_every_donor_s_part_of_a_work_s_cost_goes_where_the_work_goes():
    text = (
        "Đoàn xã Ba Tơ bàn giao 12 bể nước cho bà con thôn Làng Mâm. Tổng kinh phí là 900 triệu đồng.\n\n"
        "Trong đó, Thành đoàn Huế hỗ trợ 400 triệu đồng; Công ty Cổ phần Bê tông Dung Quất tài trợ "
        "300 triệu đồng; Hội LHTN Việt Nam tỉnh Gia Lai hỗ trợ 200 triệu đồng."
    )
    units = {one(text, v, "xã Ba Tơ").unit for v in (400_000_000, 300_000_000, 200_000_000)}
    assert units == {one(text, 900_000_000, "xã Ba Tơ").unit}
    assert "Huế" not in units and "Gia Lai" not in units


def test_a_donor_list_in_the_same_sentence_as_the_total():
    text = (
        "Dự án có tổng kinh phí 500 triệu đồng, trong đó Tỉnh đoàn Gia Lai hỗ trợ 150 triệu đồng, "
        "Thành đoàn Huế đóng góp 100 triệu đồng."
    )
    assert one(text, 150_000_000, "xã Ba Tơ").unit == "xã Ba Tơ"
    assert one(text, 100_000_000, "xã Ba Tơ").unit == "xã Ba Tơ"


def test_units_that_raise_their_own_parts_keep_them():
    text = (
        "Tổng kinh phí vận động đạt 900 triệu đồng. Trong đó, Huyện đoàn Sơn Tịnh vận động 300 triệu đồng, "
        "Huyện đoàn Tư Nghĩa vận động 250 triệu đồng."
    )
    assert one(text, 300_000_000).unit == "huyện Sơn Tịnh"
    assert one(text, 250_000_000).unit == "huyện Tư Nghĩa"


def test_a_support_with_no_total_before_is_the_donor_s():
    text = "Năm nay có nhiều hoạt động. Trong đó, Thành đoàn Huế hỗ trợ 400 triệu đồng xây nhà văn hóa."
    assert one(text, 400_000_000).unit == "Huế"


def test_a_bare_doan_khoi_given_to_is_the_page_s_own_doan_khoi():
    text = "Dịp này, Tỉnh đoàn Quảng Ngãi trao tặng Đoàn Khối 3 tủ sách cùng 250 cuốn sách."
    page = "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Quảng Ngãi"
    assert one(text, 250, page).unit == page


def test_a_bare_doan_khoi_on_a_province_s_page_is_not_read_as_the_page():
    text = "Dịp này, Thành đoàn Huế trao tặng Đoàn Khối 3 tủ sách cùng 250 cuốn sách."
    assert one(text, 250).unit == "Huế"
