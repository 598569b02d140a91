"""Unit attribution of the fifth round (spec §2.3): lists in brackets, remainders of a list,
places that only say where, recipients after "tới", names that hold a unit or "toàn quốc".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ------------------------------------------------------------------------- a list in brackets
def test_list_in_brackets_breaks_down_the_count_before_it_unit_by_unit():
    text = (
        "Tuổi trẻ các tỉnh miền núi huy động 5.300 lượt đoàn viên (Lào Cai 2.100, Yên Bái 1.900, "
        "Hà Giang 1.300) tham gia khắc phục sạt lở."
    )
    expected = {2100: "Lào Cai", 1900: "Yên Bái", 1300: "Hà Giang"}
    for value, unit in expected.items():
        f = one(text, value, "toàn quốc")
        assert (f.unit, f.category) == (unit, "participants"), value
        assert f.measure == "lượt đoàn viên"


def test_served_people_broken_down_in_brackets_stay_served():
    text = "Các tỉnh đoàn hỗ trợ 740 hộ dân (Sơn La 400, Điện Biên 340) sửa chữa nhà."
    f = one(text, 340, "toàn quốc")
    assert (f.unit, f.category) == ("Điện Biên", "beneficiaries")


def test_list_items_in_brackets_keep_their_own_nouns():
    text = "Ra quân 90 đội hình (Lào Cai 50 đội hình, Yên Bái 40 đội hình)."
    f = one(text, 40, "toàn quốc")
    assert (f.unit, f.category) == ("Yên Bái", "teams")


def test_place_in_brackets_that_is_no_list_item_only_says_where():
    # "(tại …)" is not an item: the unit is the scope's
    text = "Tỉnh đoàn tổ chức hội trại với 600 trại sinh (tại huyện Hải Hậu 2 ngày)."
    assert one(text, 600).unit == "Nam Định"


# ------------------------------------------------------------------- the rest of a set of units
def test_remainder_of_a_list_is_not_the_unit_of_the_item_before():
    text = (
        "Năm qua, các xã cấp 9.000 thẻ bảo hiểm y tế: xã Hải Đông 1.200 thẻ, xã Hải Tây 900 thẻ; "
        "32 xã, thị trấn còn lại 6.900 thẻ."
    )
    for value in (32, 6900):
        f = one(text, value)
        assert (f.unit, f.unit_rule) == ("Nam Định", "scope"), value
    assert one(text, 900).unit == "xã Hải Tây"


def test_other_bodies_of_a_breakdown_footnote_go_to_the_anchor():
    text = (
        "Huyện Giao Thủy¹ tiếp nhận 600 đơn vị máu.\n\n"
        "¹ Trong đó: Đoàn xã Giao Thiện 250 đơn vị; các cơ sở Đoàn khác 350 đơn vị."
    )
    assert one(text, 250).unit == "xã Giao Thiện"
    assert one(text, 350).unit == "huyện Giao Thủy"


def test_other_activities_are_no_remainder_of_units():
    # "khác" after a noun that is not a unit: the subject of the sentence still holds
    text = "Đoàn xã Hải Đông tổ chức 5 buổi tuyên truyền; các hoạt động khác thu hút 300 lượt đoàn viên."
    assert one(text, 300).unit == "xã Hải Đông"


# ------------------------------------------------------------- a site named by the place it is in
def test_site_named_by_a_hamlet_belongs_to_the_commune_the_footnote_hangs_on():
    text = (
        "Đoàn xã Hải Phú³ hỗ trợ người dân làm thủ tục.\n\n"
        "³ Hướng dẫn 1.100 hồ sơ, trong đó điểm thôn Đông 600 hồ sơ, điểm thôn Tây 500 hồ sơ."
    )
    for value in (600, 500):
        assert one(text, value).unit == "xã Hải Phú", value


def test_youth_branch_named_by_a_hamlet_is_that_hamlets():
    text = (
        "Đoàn xã Hải Phú³ hỗ trợ người dân làm thủ tục.\n\n"
        "³ Hướng dẫn 1.100 hồ sơ, trong đó Chi đoàn thôn Đông 600 hồ sơ, Chi đoàn thôn Tây 500 hồ sơ."
    )
    assert one(text, 600).unit == "thôn Đông"
    assert one(text, 500).unit == "thôn Tây"


# ---------------------------------------------------------------- sent "tới"/"đến" a named unit
def test_unit_after_toi_following_a_sending_verb_receives():
    text = (
        "Đoàn trường vận động 90 triệu đồng, trong đó gửi 40 triệu đồng tới Đoàn xã Nghĩa Lâm "
        "để hỗ trợ 8 hộ có nhà bị hư hỏng."
    )
    f = one(text, 40_000_000)
    assert (f.unit, f.unit_rule) == ("xã Nghĩa Lâm", "recipient")
    assert one(text, 8).unit == "xã Nghĩa Lâm"
    assert one(text, 90_000_000).unit == "Nam Định"


def test_place_after_den_without_a_sending_verb_only_says_where():
    text = "Huyện đoàn Hải Hậu huy động 60 đoàn viên đến xã Hải Lộc dọn vệ sinh."
    assert one(text, 60).unit == "huyện Hải Hậu"


# ----------------------------------------------------------------- "toàn quốc" inside a name
def test_toan_quoc_in_the_name_of_a_congress_gives_no_national_unit():
    text = (
        "Đồng chí Bí thư cho biết: năm tới, Tỉnh đoàn phấn đấu sửa chữa ít nhất 12 nhà văn hóa; "
        "các cơ sở đăng ký công trình chào mừng Đại hội Đoàn toàn quốc lần thứ XIII."
    )
    assert one(text, 12).unit == "Nam Định"


def test_toan_quoc_said_of_the_activity_is_national():
    text = "Phong trào được triển khai trên toàn quốc với 3.500 công trình thanh niên."
    assert one(text, 3500).unit == "toàn quốc"
    text = "Trong năm, toàn quốc có 900 đội hình tham gia Hội nghị trực tuyến."
    assert one(text, 900).unit == "toàn quốc"


# ------------------------------------------------------------------ a unit's name inside a title
def test_unit_named_inside_a_quoted_title_is_no_unit():
    for title in ("“Tìm hiểu lịch sử Công an nhân dân”", '"Tìm hiểu lịch sử Công an nhân dân"'):
        text = (
            f"Cuộc thi trực tuyến {title} do Tỉnh đoàn phát động thu hút 2.700 bài dự thi; "
            "100% chi đoàn tham gia."
        )
        assert one(text, 2700).unit == "Nam Định", title
        assert one(text, 100).unit == "Nam Định", title


def test_unit_named_outside_quotes_still_acts():
    text = "Đoàn Thanh niên Công an nhân dân tổ chức cuộc thi “Tìm hiểu pháp luật” với 900 bài dự thi."
    assert one(text, 900).unit == "Công an nhân dân"
