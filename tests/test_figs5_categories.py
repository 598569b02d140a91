"""Figure categories of the fifth round (spec §2.4, §2.6): a noun said once for a whole breakdown,
things counted by their classifier, changes, served people counted in a subset, places.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nam Định")


# ----------------------------------------------------------- a noun said once for the breakdown
def test_bare_count_word_after_a_unit_repeats_the_noun_of_the_breakdown():
    text = (
        "Đoàn xã mở 12 lớp tin học cho 900 lượt người dân, trong đó Chi đoàn thôn Đông 400 lượt, "
        "Chi đoàn thôn Tây 300 lượt, Chi đoàn thôn Nam 200 lượt."
    )
    for value in (400, 300, 200):
        f = one(text, value)
        assert (f.category, f.measure) == ("beneficiaries", "lượt"), value


def test_count_word_before_a_comma_does_not_take_the_next_items_noun():
    # "lượt, Chi đoàn …": the comma ends the item; "chi đoàn" is the next item's name
    f = one("Tổ chức 3 buổi: Chi đoàn thôn Đông 40 lượt, Chi đoàn thôn Tây 30 lượt.", 40)
    assert f.category != "coverage"
    assert f.measure == "lượt"


def test_capitalised_name_after_a_comma_is_not_a_coordinated_noun():
    text = (
        "Ngày hội hiến máu thu được 700 đơn vị máu, trong đó Đoàn cơ sở Bệnh viện A 300 đơn vị, "
        "Đoàn cơ sở Công ty B 250 đơn vị; các đơn vị khác 150 đơn vị."
    )
    for value in (300, 250, 150):
        f = one(text, value)
        assert (f.category, f.measure) == ("items", "đơn vị"), value
    # a lower-case noun after the comma is still coordinated
    f = one("Các chi đoàn thực hiện 14 công trình, phần việc thanh niên.", 14)
    assert f.measure == "công trình, phần việc thanh niên"


def test_breakdown_footnote_repeats_the_noun_of_the_figure_its_marker_ends():
    text = (
        "Đoàn Khối tổ chức 5 đợt hiến máu, tiếp nhận 900 đơn vị máu¹.\n\n"
        "¹ Trong đó: Đoàn cơ sở Nhà máy A 500 đơn vị, Đoàn cơ sở Nhà máy B 400 đơn vị."
    )
    for value in (500, 400):
        f = one(text, value)
        assert (f.category, f.footnote) == ("items", "1"), value


def test_bare_unit_noun_in_a_footnote_without_a_breakdown_stays_coverage():
    text = "Đoàn Khối tiếp nhận 900 đơn vị máu¹.\n\n¹ Ngày hội có 12 đơn vị tham gia tổ chức."
    assert one(text, 12).category == "coverage"


# ------------------------------------------------------------------ things, money, changes, places
@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # things counted by their classifier or kind are items, like "chiếc", "quyển", "con"
        ("Chi đoàn tặng 150 cuốn vở và 30 cuốn truyện cho thiếu nhi.", 150, "items"),
        ("Chi đoàn tặng 150 cuốn vở và 30 cuốn truyện cho thiếu nhi.", 30, "items"),
        ("Lực lượng xung kích huy động 12 xuồng máy cứu hộ.", 12, "items"),
        ("Tổ hợp tác của thanh niên nuôi 85 đàn ong lấy mật.", 85, "items"),
        # cash with a scale word and no "đồng" is money
        ("Huyện đoàn trao 320 triệu tiền mặt cho các hộ.", 320_000_000, "money"),
        # a number of times after "gấp"/"tăng" is a change, not a count of events
        ("Nguồn lực vận động đạt 3 tỷ đồng, gấp 2,5 lần năm trước.", 2.5, "other"),
        ("Số đoàn viên tham gia tăng 3 lần so với cùng kỳ.", 3, "other"),
        # … while a count of times something was organised stays events
        ("Đoàn xã tổ chức 4 lần ra quân dọn vệ sinh.", 4, "events"),
        # a reception point of the administration is a place
        ("Đoàn viên hỗ trợ người dân tại 05 điểm tiếp nhận hồ sơ của xã.", 5, "coverage"),
        # a school site cleaned is a place; built, repaired or handed over it is a work
        ("Sau bão, thanh niên dọn dẹp 64 điểm trường.", 64, "coverage"),
        ("Tỉnh đoàn hỗ trợ kinh phí sửa chữa 7 điểm trường vùng cao.", 7, "works"),
        ("Tỉnh đoàn trao tặng huyện Mường Tè 02 điểm trường mầm non.", 2, "works"),
    ],
)
def test_category_of_things_money_changes_and_places(text, value, category):
    assert one(text, value).category == category


def test_folding_is_not_a_change():
    # "gấp" also means "fold": with a counted noun the number counts that noun
    assert one("Thiếu nhi gấp 500 con hạc giấy gửi tặng bệnh nhi.", 500).category == "items"


# ------------------------------------------------------------------ people counted in a subset
@pytest.mark.parametrize(
    "text",
    [
        "Trung tâm giới thiệu việc làm cho 640 thanh niên, trong đó 85 thanh niên đi làm việc ở nước ngoài.",
        "Đoàn xã tư vấn cho 300 lượt thanh niên; trong đó 42 thanh niên được nhận vào làm việc.",
    ],
)
def test_subset_of_served_people_stays_served(text):
    subset = [f for f in figs(text) if f.value in (85, 42)]
    assert [f.category for f in subset] == ["beneficiaries"]


def test_subset_of_people_who_act_stays_participants():
    f = one("Huy động 900 đoàn viên tham gia, trong đó 300 đoàn viên nữ.", 300)
    assert f.category == "participants"


def test_subset_with_its_own_verb_keeps_it():
    # the subset's own words decide before the superset's
    f = one("Tập huấn cho 500 học sinh, trong đó 60 học sinh tham gia thi cấp tỉnh.", 60)
    assert f.category == "participants"


# ------------------------------------------------------------- amounts in a list of đồng amounts
def test_scaled_amount_without_dong_in_a_list_of_dong_amounts_is_money():
    text = "Các huyện vận động: Ba Vì 1,2 tỷ đồng; Mỹ Đức 850 triệu; Sóc Sơn 2 tỷ đồng."
    f = one(text, 850_000_000, "Hà Nội")
    assert (f.category, f.measure) == ("money", "triệu")


def test_scaled_count_without_a_money_neighbour_is_not_money():
    # "3,4 triệu lượt xem" has its noun; a lone scaled number with no đồng amount by it stays other
    text = "Các video thu hút 3,4 triệu lượt xem. Trang tin có 1,5 triệu."
    assert one(text, 1_500_000, "Hà Nội").category == "other"
    assert one(text, 3_400_000, "Hà Nội").category == "other"
