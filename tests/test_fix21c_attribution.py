"""Unit attribution, round 21c (spec §2.3): partners listed after "phối hợp", a partner's people named
by a bare level word, a team of the giver that opens a clause, places that only say where, and
organisations that act on their own. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Bắc Ninh")

KHOI = "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Bắc Ninh"


# ------------------------------------------------------- a list of partner bodies after "phối hợp"
def test_every_body_of_a_partner_list_is_a_partner_not_the_actor():
    text = (
        "Ngày 3/4, Đoàn Khối các cơ quan và doanh nghiệp tỉnh Bắc Ninh phối hợp Đoàn phường Võ Cường, "
        "Đoàn xã Tiên Du ra mắt 12 tủ sách cho công nhân."
    )
    assert one(text, 12).unit == KHOI


def test_a_longer_partner_list_closed_by_and_stays_the_actors():
    text = (
        "Tỉnh đoàn Bắc Ninh phối hợp Đoàn phường Võ Cường, Đoàn xã Tiên Du và Đoàn xã Phật Tích "
        "tổ chức 9 lớp kỹ năng cho 270 thiếu nhi."
    )
    assert one(text, 9).unit == "Bắc Ninh"
    assert one(text, 270).unit == "Bắc Ninh"


def test_a_body_after_a_list_of_places_still_acts():
    # the items before the body are places, not partner bodies: the body is the actor
    text = "Tại phường Võ Cường, xã Tiên Du, Đoàn xã Phật Tích tổ chức 7 buổi tuyên truyền."
    assert one(text, 7).unit == "xã Phật Tích"


def test_two_bodies_joined_without_a_partner_word_stay_joint():
    # no "phối hợp": two communes share one total, none of them owns it (the page's own)
    text = "Đoàn xã Tiên Du và Đoàn xã Phật Tích tổ chức 5 phiên chợ quê."
    assert one(text, 5).unit == "Bắc Ninh"


# ------------------------------------------------------- a partner's people by a bare level word
def test_the_partners_people_by_a_bare_commune_word_are_the_communes():
    text = (
        "Ngày 2/3, Đoàn Thanh niên Đồn Biên phòng Cầu Treo phối hợp Đoàn xã Sơn Kim 1 làm đường. Trong "
        "1 tuần, 20 chiến sĩ trẻ của Đồn cùng 45 đoàn viên, thanh niên xã đã đổ 300 m đường bê tông."
    )
    assert one(text, 45, "Quân đội nhân dân").unit == "xã Sơn Kim 1"
    assert one(text, 20, "Quân đội nhân dân").unit == "Quân đội nhân dân"
    assert one(text, 300, "Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_people_counted_with_cung_but_not_of_a_commune_stay_the_actors():
    text = (
        "Ngày 2/3, Đoàn Thanh niên Đồn Biên phòng Cầu Treo phối hợp Đoàn xã Sơn Kim 1 làm đường. Trong "
        "1 tuần, 20 chiến sĩ trẻ của Đồn cùng 45 đoàn viên, thanh niên đã đổ 300 m đường bê tông."
    )
    assert one(text, 45, "Quân đội nhân dân").unit == "Quân đội nhân dân"


# ------------------------------------------------------- the giver's team opens a clause
def test_the_givers_team_after_a_gift_is_not_the_recipients():
    text = (
        "Dịp này, Đồn trao 30 suất quà cho bản Pà Cò; tổ quân y của Đồn khám bệnh, cấp thuốc cho "
        "160 lượt người dân tại bản Hang Kia."
    )
    assert one(text, 30, "Quân đội nhân dân").unit == "bản Pà Cò"
    assert one(text, 160, "Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_a_clause_that_describes_the_gift_keeps_the_recipient():
    # no team of the giver opens the clause: what it says of the gift stays the recipient's
    text = "Dịp này, Đồn trao 30 suất quà cho bản Pà Cò; mỗi suất trị giá 500.000 đồng."
    assert one(text, 500_000, "Quân đội nhân dân").unit == "bản Pà Cò"


def test_to_chuc_opening_a_clause_is_a_verb_not_a_team():
    # "tổ chức" is no team: the clause goes on with the gift's recipient, as before this rule
    text = "Dịp này, Đồn trao 30 suất quà cho bản Pà Cò; tổ chức khám cho 80 người dân."
    assert one(text, 80, "Quân đội nhân dân").unit == "bản Pà Cò"
