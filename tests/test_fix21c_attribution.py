"""Unit attribution, round 21c (spec §2.3): partners listed after "phối hợp", a partner's people named
by a bare level word, a team of the giver that opens a clause, places that only say where, and
organisations that act on their own. Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract
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


# ------------------------------------------------------- an organisation that acts on its own
CORP = "Tổng công ty Hàng hải Sông Cấm"


def test_a_member_company_that_sends_its_teams_owns_them():
    text = (
        "Đoàn viên quyên góp 300 triệu đồng ủng hộ Tỉnh đoàn Cao Bằng; Công ty Cảng Sông Cấm Hải Phòng "
        "cử 3 đội hình với 42 đoàn viên hỗ trợ dọn bùn đất tại xã Phục Hòa."
    )
    assert one(text, 3, CORP).unit == "Công ty Cảng Sông Cấm Hải Phòng"
    assert one(text, 42, CORP).unit == "Công ty Cảng Sông Cấm Hải Phòng"
    assert one(text, 300_000_000, CORP).unit == "Cao Bằng"


def test_a_hospital_opening_a_sentence_with_its_own_people_is_the_hospital():
    text = "Bệnh viện Đa khoa tỉnh Hà Tĩnh đã cử 6 bác sĩ trẻ khám bệnh cho người dân."
    assert one(text, 6).unit == "Bệnh viện Đa khoa tỉnh Hà Tĩnh"


def test_a_company_with_lower_case_words_in_its_name_acts_too():
    text = "Năm nay, các cơ sở Đoàn ra quân; Công ty Vận tải biển Sông Cấm huy động 25 thuyền viên trẻ."
    assert one(text, 25, CORP).unit == "Công ty Vận tải biển Sông Cấm"


def test_a_sponsoring_company_is_no_unit():
    # the first verb after the name gives: the sponsor's money is the programme's (n122)
    text = "Tỉnh đoàn tổ chức 3 lớp kỹ năng; Công ty Cổ phần Sữa Kinh Bắc tài trợ 40 triệu đồng."
    assert one(text, 40_000_000).unit == "Bắc Ninh"


def test_a_company_that_takes_in_trainees_is_no_unit():
    # "nhận" (takes in) is no verb of its own action: the programme's (n249)
    text = "Tỉnh đoàn mở lớp nghề; Công ty TNHH May mặc Kinh Bắc nhận 30 học viên vào làm việc."
    assert one(text, 30).unit == "Bắc Ninh"


# ------------------------------------------------------- a footnote hung on an organisation's name
def test_a_footnote_hung_on_an_organisations_name_is_the_organisations():
    text = (
        "Công ty Cảng Sông Cấm Hải Phòng trao tặng Chi nhánh Logistics Sông Cấm Đình Vũ¹ 30 triệu đồng.\n\n"
        "¹ Chi nhánh giới thiệu việc làm cho 4 người thân của đoàn viên.\n"
    )
    report = reportextract.extract(text, scope=CORP)
    noted = [f for f in report.figures if f.footnote == "1"]
    assert [(f.value, f.unit) for f in noted] == [(4, "Chi nhánh Logistics Sông Cấm Đình Vũ")]


def test_a_footnote_hung_on_words_that_name_no_organisation_stays_the_scopes():
    text = (
        "Công ty Cảng Sông Cấm Hải Phòng trao tặng quỹ khuyến học¹ 30 triệu đồng.\n\n"
        "¹ Quỹ giới thiệu việc làm cho 4 người thân của đoàn viên.\n"
    )
    report = reportextract.extract(text, scope=CORP)
    noted = [f for f in report.figures if f.footnote == "1"]
    assert [(f.value, f.unit) for f in noted] == [(4, CORP)]
