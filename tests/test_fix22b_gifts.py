"""Unit attribution, round 22b (spec §2.3): gifts and their recipients — givers listing their gifts
to a unit that receives from others, gifts sent to a named school's pupils, the contents of each
gift, and a new gift opened by "đồng thời".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Gia Lai")


# ------------------------------------ givers list their gifts to a unit that receives from others
def test_listed_givers_after_a_receiving_unit_give_to_the_receiver():
    text = (
        "Ngày 3/10, tại xã Ia Grai, Tỉnh đoàn Gia Lai tiếp nhận tiền, hàng của tuổi trẻ các tỉnh bạn.\n\n"
        "Thành đoàn Đà Nẵng trao 600 triệu đồng; Tỉnh đoàn Bình Định 420 triệu đồng và 8 tấn gạo; "
        "Đoàn Khối các cơ quan Trung ương 150 triệu đồng cùng 900 thùng mì. Hội Sinh viên Việt Nam "
        "tỉnh Kon Tum gửi 32 triệu đồng."
    )
    for value in (600_000_000, 420_000_000, 8, 150_000_000, 900, 32_000_000):
        assert one(text, value).unit == "Gia Lai", value


def test_listed_givers_without_a_receiving_unit_keep_their_gifts():
    # no unit receives from others before the list: each giver's own deed
    text = (
        "Ngày 3/10, tại xã Ia Grai, Tỉnh đoàn Gia Lai tổ chức chương trình tình nguyện.\n\n"
        "Thành đoàn Đà Nẵng trao 600 triệu đồng; Tỉnh đoàn Bình Định 420 triệu đồng và 8 tấn gạo."
    )
    assert one(text, 600_000_000).unit == "Đà Nẵng"
    assert one(text, 420_000_000).unit == "Bình Định"


def test_a_giver_with_its_own_receivers_keeps_them_after_a_receiving_unit():
    text = (
        "Tỉnh đoàn Gia Lai tiếp nhận tiền, hàng của tuổi trẻ các tỉnh bạn. Tỉnh đoàn Bình Định trao "
        "150 suất quà cho các hộ dân xã Ia Pa."
    )
    assert one(text, 150).unit == "xã Ia Pa"


# ---------------------------------------------------- gifts sent to a named school's pupils
def test_gift_sent_toward_a_schools_pupils_goes_to_the_school():
    text = (
        "Tỉnh đoàn Gia Lai trao 200 suất quà cho hộ nghèo xã Ia Pa; tặng 90 áo ấm tới học sinh "
        "trường Tiểu học Ia Rsai."
    )
    assert one(text, 200).unit == "xã Ia Pa"
    assert one(text, 90).unit == "trường Tiểu học Ia Rsai"


def test_gift_toward_pupils_at_a_school_only_says_where():
    text = "Tỉnh đoàn Gia Lai tặng 90 áo ấm tới các em tại trường Tiểu học Ia Rsai."
    assert one(text, 90).unit == "Gia Lai"


def test_notebooks_a_school_sends_to_another_schools_pupils_go_to_that_school():
    text = (
        "Liên đội Trường THCS Lê Lợi (Hà Nội) gửi 700 cuốn vở quyên góp được cho học sinh trường "
        "Tiểu học Ia Rsai."
    )
    assert one(text, 700).unit == "trường Tiểu học Ia Rsai"


def test_goods_carried_to_a_place_then_a_new_gift_keep_their_reading():
    text = (
        "Chương trình vận chuyển 26 tấn hàng ra xã Ia Pa, trao 300 suất quà cho học sinh trường "
        "Tiểu học Ia Rsai."
    )
    assert one(text, 26).unit == "xã Ia Pa"
    assert one(text, 300).unit == "trường Tiểu học Ia Rsai"


def test_letters_sent_to_pupils_at_a_school_stay_with_the_sender():
    text = "Đoàn xã Ia Pa gửi 12 bức thư cho các em tại trường Tiểu học Ia Rsai."
    assert one(text, 12).unit == "xã Ia Pa"


# ----------------------------------------------------------- the contents of each gift
def test_a_later_thing_of_each_gifts_contents_goes_to_the_recipient():
    text = (
        "Đoàn trường trao 80 suất quà cho học sinh trường Tiểu học Ia Rsai, mỗi suất gồm 4 quyển vở "
        "và 150.000 đồng."
    )
    assert one(text, 4).unit == "trường Tiểu học Ia Rsai"
    assert one(text, 150_000).unit == "trường Tiểu học Ia Rsai"


def test_an_amount_after_a_total_of_things_is_no_per_gift_content():
    # "và" after a count of its own, no "mỗi" phrase: the amount goes with the clause's giver
    text = "Tỉnh đoàn Bình Định trao 80 suất quà và 150 triệu đồng."
    assert one(text, 150_000_000).unit == "Bình Định"


# ---------------------------------------------------- "đồng thời" opens a new gift
def test_a_gift_opened_by_dong_thoi_with_its_own_people_leaves_the_first_recipient():
    text = (
        "Thành đoàn Đà Nẵng trao tặng Đoàn xã Ia Pa 1 căn nhà nhân ái trị giá 60 triệu đồng, đồng "
        "thời trao 30 suất quà, mỗi suất 500.000 đồng, cho các gia đình chính sách tại xã Ia Grai."
    )
    assert one(text, 60_000_000).unit == "xã Ia Pa"
    assert one(text, 30).unit == "Đà Nẵng"
    assert one(text, 500_000).unit == "Đà Nẵng"


def test_a_gift_opened_by_dong_thoi_to_the_first_recipients_people_stays_with_it():
    text = (
        "Thành đoàn Đà Nẵng trao tặng Đoàn xã Ia Pa 1 căn nhà trị giá 60 triệu đồng, đồng thời trao "
        "30 suất quà cho học sinh của xã."
    )
    assert one(text, 30).unit == "xã Ia Pa"


# ------------------------------------------- a place abroad handed a gift itself receives it
def test_gift_handed_to_a_village_abroad_itself_goes_to_the_village():
    text = (
        "Cùng dịp, Đoàn xã Ia Pa trao tặng bản Nậm Ty (huyện Ngòi Nưa, Lào) 10 con bò giống trị giá "
        "150 triệu đồng."
    )
    assert one(text, 10).unit == "bản Nậm Ty"
    assert one(text, 150_000_000).unit == "bản Nậm Ty"


def test_gift_handed_over_to_a_village_abroad_after_cho_goes_to_the_village():
    text = "Đoàn xã Ia Pa bàn giao cho bản Nậm Ty (Lào) 1 giếng nước trị giá 60 triệu đồng."
    assert one(text, 60_000_000).unit == "bản Nậm Ty"


def test_gift_to_the_pupils_of_a_village_abroad_stays_with_the_giver():
    text = "Cùng dịp, Đoàn xã Ia Pa tặng 15 suất học bổng cho học sinh bản Nậm Ty (huyện Ngòi Nưa, Lào)."
    assert one(text, 15).unit == "xã Ia Pa"



def test_gift_handed_to_the_youth_body_of_a_commune_abroad_goes_to_the_commune():
    text = "Đoàn xã Ia Pa trao Ủy ban Thanh niên xã Ou Ya Dav (Ratanakiri, Campuchia) 25 xe đạp."
    assert one(text, 25).unit == "xã Ou Ya Dav"


def test_gift_to_the_young_people_of_a_commune_abroad_stays_with_the_giver():
    text = "Đoàn xã Ia Pa trao 25 xe đạp cho thanh niên xã Ou Ya Dav (Ratanakiri, Campuchia)."
    assert one(text, 25).unit == "xã Ia Pa"

# --------------------------------------------------- a sum put into another unit's fund
def test_sum_put_into_the_fund_of_a_higher_body_goes_to_its_owner():
    text = (
        "Liên đội trao 40 suất học bổng cho học sinh khó khăn và góp 9,5 triệu đồng vào quỹ \"Vì bạn "
        "nghèo\" của Hội đồng Đội tỉnh Kon Tum."
    )
    assert one(text, 9_500_000).unit == "Kon Tum"


def test_sum_put_into_a_fund_of_people_stays_with_the_giver():
    text = "Đoàn xã Ia Pa góp 5 triệu đồng vào quỹ khuyến học của học sinh xã Ia Grai."
    assert one(text, 5_000_000).unit == "xã Ia Pa"


# ------------------------------------------------ a donor's sum for the page's own programme
SCHOOL = "trường Đại học Tây Nguyên"


def test_a_donors_sum_for_the_campaign_goes_to_the_pages_own_unit():
    text = (
        "Đoàn trường tổ chức chiến dịch tình nguyện tại xã Ia Pa. Tỉnh đoàn Kon Tum hỗ trợ chiến dịch "
        "70 triệu đồng."
    )
    assert one(text, 70_000_000, SCHOOL).unit == SCHOOL


def test_a_donors_own_sum_without_the_programme_stays_with_the_donor():
    text = "Đoàn trường tổ chức chiến dịch tình nguyện tại xã Ia Pa. Tỉnh đoàn Kon Tum hỗ trợ 70 triệu đồng."
    assert one(text, 70_000_000, SCHOOL).unit == "Kon Tum"
