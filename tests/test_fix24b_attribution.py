"""Unit attribution and news scope, round 24b (spec §2.3): a province named only as one item of a
per-province list, a province's body after "của", the police's young members by short words, the
per-person gift of an event's doers, a site named by its place, "giúp" handing a gift on and a partner
after "ký kết với".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.structure.scope import news_scope
from reportextract.units import find_units

figs, one, values = helpers("toàn quốc")


# ----------------------------------------------------- news scope: provinces as items of one list
def test_provinces_only_listed_as_parts_give_no_scope():
    title = "Ngày hội việc làm 2025: 40.000 lượt thanh niên tham dự"
    lead = "Ngày 3/5, Ban Tổ chức ngày hội việc làm Trung ương tổng kết chương trình."
    text = (
        f"{title}\n{lead}\nCác đơn vị tổ chức 120 phiên giao dịch.\n"
        "Trong đó, TP Hồ Chí Minh tổ chức 30 phiên, Hà Nội 25 phiên; Nghệ An 12 phiên; Cần Thơ 9 phiên."
    )
    assert news_scope(title, lead, text) == "toàn quốc"


def test_province_named_in_its_own_sentence_stays_the_scope():
    # one province, named on its own: the page's (the list rule needs three in one sentence)
    title = "Ngày hội việc làm 2025: 4.000 lượt thanh niên tham dự"
    lead = "Ngày 3/5, ngày hội việc làm được tổ chức."
    text = f"{title}\n{lead}\nNghệ An tổ chức 12 phiên giao dịch. Nghệ An trao 30 suất học bổng."
    assert news_scope(title, lead, text) == "Nghệ An"


# ------------------------------------------------------------ a province's body after "của"
def test_people_of_a_provinces_association_after_cua_are_the_provinces():
    text = "Hơn 80 tình nguyện viên của Hội LHTN Việt Nam tỉnh Lào Cai gói bánh cho các em."
    assert one(text, 80).unit == "Lào Cai"


def test_people_of_the_national_association_stay_national():
    text = "Hơn 80 tình nguyện viên của Hội LHTN Việt Nam gói bánh cho các em."
    assert one(text, 80).unit == "toàn quốc"


# ----------------------------------------------- the police's young members by short words
def test_police_members_by_short_words_are_the_police_sector():
    for words in ("ĐVTN Công an Nam Định", "cán bộ, chiến sĩ trẻ Công an tỉnh Nam Định"):
        found = find_units(f"Năm nay {words} đã hiến 900 đơn vị máu.")
        assert [m.canonical for m in found] == ["Công an nhân dân"], words


def test_police_force_named_alone_keeps_its_place():
    found = find_units("Tỉnh đoàn phối hợp với Công an Nam Định tổ chức ngày hội.")
    assert [m.canonical for m in found] == ["Nam Định"]


# --------------------------------------------------- the per-person gift of an event's doers
def test_gift_to_each_donor_is_the_pages_not_the_helper_before():
    text = (
        "Ngày hội tiếp nhận 700 đơn vị máu. Đoàn phường Trần Phú cử 20 tình nguyện viên hỗ trợ đón "
        "tiếp. Mỗi người hiến máu được tặng phần quà trị giá 120.000 đồng."
    )
    assert one(text, 120_000, "Hà Tĩnh").unit == "Hà Tĩnh"
    assert one(text, 20, "Hà Tĩnh").unit == "phường Trần Phú"


def test_gift_to_each_donor_after_a_helper_goes_back_to_the_organiser():
    text = (
        "Đoàn xã Cẩm Lạc tổ chức ngày hội hiến máu. Đoàn trường THPT Cẩm Xuyên cử 20 đoàn viên hỗ trợ "
        "đón tiếp. Mỗi người hiến máu được tặng phần quà trị giá 120.000 đồng."
    )
    assert one(text, 120_000, "Hà Tĩnh").unit == "xã Cẩm Lạc"


def test_gift_to_each_child_goes_on_with_the_giver_before():
    text = "Đoàn phường Trần Phú trao 30 suất quà cho thiếu nhi. Mỗi em được tặng 200.000 đồng."
    assert one(text, 200_000, "Hà Tĩnh").unit == "phường Trần Phú"


# ---------------------------------------------------------------- a site named by its place
def test_beach_named_by_its_hamlet_only_says_where():
    text = "Đoàn Thanh niên Đồn Biên phòng Hải Hà dọn 1,2 km bãi biển thôn Tân Hải và đặt 8 thùng rác."
    assert one(text, 8, "Quảng Ninh").unit == "Quân đội nhân dân"


def test_hamlet_acting_after_a_comma_is_no_site():
    text = "Đoàn xã dọn 1,2 km bãi biển, thôn Tân Hải đặt 8 thùng rác."
    assert one(text, 8, "xã Quảng Minh").unit == "thôn Tân Hải"


# -------------------------------------------------------------------- "giúp" hands a gift on
def test_sum_given_to_help_a_provinces_union_is_the_receivers():
    text = "Đoàn Khối Doanh nghiệp Trung ương trao 500 triệu đồng giúp Tỉnh đoàn Quảng Bình sửa trường."
    assert one(text, 500_000_000).unit == "Quảng Bình"


def test_sum_spent_to_help_people_stays_the_givers():
    text = "Đoàn Khối Doanh nghiệp Trung ương trao 500 triệu đồng giúp người dân sửa nhà."
    assert one(text, 500_000_000).unit == "Đoàn Khối Doanh nghiệp Trung ương"


# --------------------------------------------------------------- a partner after "ký kết với"
def test_partner_bank_named_with_a_province_does_not_act():
    text = (
        "Đoàn Thanh niên Tổng công ty Chè Tân Cương ký kết với Ngân hàng Chính sách xã hội tỉnh "
        "Thái Nguyên hỗ trợ 18 dự án khởi nghiệp."
    )
    assert one(text, 18, "Tổng công ty Chè Tân Cương").unit == "Tổng công ty Chè Tân Cương"


def test_province_acting_after_the_signing_keeps_its_figures():
    text = "Sau lễ ký kết, tỉnh Thái Nguyên hỗ trợ 18 dự án khởi nghiệp."
    assert one(text, 18, "Tổng công ty Chè Tân Cương").unit == "Thái Nguyên"
