"""Unit attribution, round 23b (spec §2.3): gifts, support and their recipients — a work handed
over to a commune's authorities and people, what later sentences say of the work, the commune's own
members, the contents of each gift, a site named by its hamlet, "trao" handing a sum on, and a bare
"Đoàn xã" acting beside the page's own unit.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("huyện Bắc Yên")


# ------------------------------------------- a work handed to a commune's authorities and people
def test_work_handed_to_the_authorities_and_people_of_a_commune_goes_to_the_commune():
    text = (
        'Huyện đoàn Bắc Yên bàn giao công trình "Nhà văn hóa bản Phiêng Ban" cho cấp ủy, chính quyền '
        "và nhân dân xã Tà Xùa. Nhà rộng 120 m², kinh phí 250 triệu đồng."
    )
    assert one(text, 120).unit == "xã Tà Xùa"
    assert one(text, 250_000_000).unit == "xã Tà Xùa"


def test_gift_to_the_people_of_a_commune_alone_is_not_the_communes():
    # no authority of the commune named: its people, not the commune, receive
    text = "Huyện đoàn Bắc Yên trao 80 suất quà cho Nhân dân xã Tà Xùa."
    assert one(text, 80).unit == "huyện Bắc Yên"


# ----------------------------------------------- a later sentence on the work, after its classifier
def test_sentence_on_the_handed_work_after_its_classifier_is_the_recipients():
    text = (
        'Huyện đoàn Bắc Yên khánh thành, bàn giao công trình "Cầu treo bản Phiêng Ban" cho UBND xã Tà Xùa.'
        "\n\nCây cầu giúp 210 hộ dân đi lại an toàn."
    )
    assert one(text, 210).unit == "xã Tà Xùa"


def test_sentence_on_another_thing_after_a_classifier_stays_the_givers():
    text = (
        'Huyện đoàn Bắc Yên bàn giao công trình "Cầu treo bản Phiêng Ban" cho xã Tà Xùa.'
        "\n\nChiếc xe của Huyện đoàn chở 12 tấn xi măng."
    )
    assert one(text, 12).unit == "huyện Bắc Yên"


# ------------------------------------------------------- a commune's own members, nouns joined
def test_members_named_by_joined_nouns_before_a_commune_are_the_communes():
    text = "Dịp này, 65 đoàn viên, thanh niên xã Tà Xùa đã góp 400 ngày công."
    assert one(text, 65).unit == "xã Tà Xùa"


def test_members_served_by_the_actor_stay_the_actors():
    text = "Huyện đoàn tập huấn kỹ năng cho 65 đoàn viên, thanh niên xã Tà Xùa."
    assert one(text, 65).unit == "huyện Bắc Yên"


# ---------------------------------------------------------------- the contents of each gift
def test_value_of_each_gift_after_its_unnumbered_contents_goes_with_the_gift():
    text = (
        "Huyện đoàn trao 40 suất quà cho học sinh trường Tiểu học Tà Xùa, mỗi suất gồm áo ấm, chăn bông "
        "trị giá 350.000 đồng."
    )
    assert one(text, 40).unit == "trường Tiểu học Tà Xùa"
    assert one(text, 350_000).unit == "trường Tiểu học Tà Xùa"


def test_value_over_a_period_is_no_contents_of_each_gift():
    text = (
        "Huyện đoàn trao 40 suất quà cho học sinh trường Tiểu học Tà Xùa, mỗi tháng có sách vở trị giá "
        "350.000 đồng."
    )
    assert one(text, 350_000).unit == "huyện Bắc Yên"


def test_contents_of_each_gift_after_a_bracket_of_parts_follow_the_whole_gift():
    # the bracket splits the gifts by village; each gift is of the undivided total: the giver's
    text = (
        "Huyện đoàn trao 90 suất quà cho hộ nghèo hai bản Phiêng Ban và Háng Đồng (bản Phiêng Ban 50 "
        "suất, bản Háng Đồng 40 suất), mỗi suất gồm 5 kg gạo và 200.000 đồng."
    )
    assert one(text, 50).unit == "bản Phiêng Ban"
    assert one(text, 40).unit == "bản Háng Đồng"
    assert one(text, 5).unit == "huyện Bắc Yên"
    assert one(text, 200_000).unit == "huyện Bắc Yên"


def test_contents_of_each_gift_without_a_bracket_follow_its_recipient():
    text = "Huyện đoàn trao 90 suất quà cho hộ nghèo xã Tà Xùa, mỗi suất gồm 5 kg gạo và 200.000 đồng."
    assert one(text, 5).unit == "xã Tà Xùa"
    assert one(text, 200_000).unit == "xã Tà Xùa"


# ------------------------------------------------------ a site named by its hamlet after a recipient
def test_site_after_a_named_recipient_only_says_where():
    text = (
        "Huyện đoàn trao tặng Đoàn xã Tà Xùa 15 bộ bàn ghế trị giá 45 triệu đồng cho điểm trường "
        "bản Háng Đồng."
    )
    assert one(text, 15).unit == "xã Tà Xùa"
    assert one(text, 45_000_000).unit == "xã Tà Xùa"


def test_site_without_a_recipient_named_before_is_unchanged():
    text = "Huyện đoàn trao tặng 15 bộ bàn ghế trị giá 45 triệu đồng cho điểm trường bản Háng Đồng."
    assert one(text, 45_000_000).unit == "bản Háng Đồng"


# ------------------------------------------------------------------- "trao" hands a sum on
def test_sum_raised_and_handed_on_by_trao_goes_to_the_body_after_it():
    text = "Huyện đoàn quyên góp 75 triệu đồng trao Đoàn xã Tà Xùa khắc phục hậu quả lũ."
    assert one(text, 75_000_000).unit == "xã Tà Xùa"


def test_trao_doi_hands_nothing_on():
    text = "Huyện đoàn vận động 75 triệu đồng trao đổi với Đoàn xã Tà Xùa."
    assert one(text, 75_000_000).unit == "huyện Bắc Yên"


# ----------------------------------------------- a bare "Đoàn xã" beside the page's own unit
def test_bare_commune_body_acting_is_the_partner_commune_named_before():
    text = (
        "Huyện đoàn Bắc Yên phối hợp Đoàn xã Tà Xùa tổ chức ngày hội.\n"
        "Huyện đoàn huy động 30 đoàn viên; Đoàn xã cử 25 thanh niên cùng tham gia."
    )
    assert one(text, 30).unit == "huyện Bắc Yên"
    assert one(text, 25).unit == "xã Tà Xùa"


def test_bare_commune_body_with_no_commune_named_keeps_the_actor():
    text = "Huyện đoàn Bắc Yên tổ chức ngày hội.\nHuyện đoàn huy động 30 đoàn viên; Đoàn xã cử 25 thanh niên."
    assert one(text, 25).unit == "huyện Bắc Yên"


def test_bare_commune_body_on_a_communes_own_page_is_the_page_own():
    text = (
        "Đoàn xã Tà Xùa phối hợp Đoàn xã Làng Chếu tổ chức ngày hội.\n"
        "Chi đoàn bản Háng Đồng huy động 30 đoàn viên; Đoàn xã cử 25 thanh niên cùng tham gia."
    )
    assert one(text, 25, scope="xã Tà Xùa").unit == "xã Tà Xùa"
