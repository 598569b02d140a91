"""Unit attribution, round 17h (spec §2.3): a company that leads a ranking with "với <number>",
and the other leftovers of batches 17b-17c. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Đoàn Khối Doanh nghiệp Trung ương")


# ------------------------------------------------------- "Dẫn đầu là Công ty X với 41 sáng kiến"
def test_a_company_that_leads_a_ranking_with_its_number_after_voi_is_the_unit():
    text = (
        "Đoàn Thanh niên Tổng công ty Xi măng Phú Sơn tổng kết năm 2025. Đoàn viên có 96 sáng kiến "
        "được công nhận. Dẫn đầu là Công ty Xi măng Phú Sơn Ninh Bình với 27 sáng kiến, tiếp đến "
        "Công ty Bao bì Phú Sơn 18 sáng kiến."
    )
    assert one(text, 27).unit == "Công ty Xi măng Phú Sơn Ninh Bình"
    assert one(text, 18).unit == "Công ty Bao bì Phú Sơn"


def test_a_company_with_voi_and_a_number_but_no_ranking_is_no_unit():
    text = (
        "Đoàn Thanh niên Tổng công ty Xi măng Phú Sơn tổng kết năm 2025. Đoàn viên phối hợp "
        "Công ty Xi măng Phú Sơn Ninh Bình với 27 sáng kiến được công nhận."
    )
    assert one(text, 27).unit != "Công ty Xi măng Phú Sơn Ninh Bình"


# ------------------------------------------------------- a total received from donors, broken down by donor
def test_a_donor_part_of_a_total_the_programme_received_is_the_donors():
    text = (
        "Đoàn Khối Doanh nghiệp Trung ương tổ chức chương trình Xe nghĩa tình. Chương trình nhận tài trợ "
        "của 14 đơn vị với tổng số tiền gần 900 triệu đồng. Trong đó, Chi đoàn Công ty TNHH Cơ khí "
        "Hòa Phong ủng hộ 120 triệu đồng."
    )
    assert one(text, 120_000_000).unit == "Công ty TNHH Cơ khí Hòa Phong"


def test_a_donor_part_of_the_cost_of_a_work_handed_to_a_commune_stays_the_communes():
    text = (
        "Công trình nước sạch được bàn giao cho xã Tà Xùa, tổng kinh phí 900 triệu đồng. Trong đó, "
        "Chi đoàn Công ty TNHH Cơ khí Hòa Phong hỗ trợ 120 triệu đồng."
    )
    assert one(text, 120_000_000).unit == one(text, 900_000_000).unit


# ------------------------------------------------------- "Đội hình của <unit>" as the subject
def test_a_team_of_a_school_named_after_cua_makes_the_school_act():
    text = (
        "Hội Sinh viên tỉnh Nghệ An tổ chức chiến dịch mùa đông. Đội hình của Trường Đại học Kỹ thuật "
        "Vinh sửa điện, thay bóng đèn miễn phí cho 260 hộ dân."
    )
    assert one(text, 260).unit == "trường Đại học Kỹ thuật Vinh"


def test_a_team_of_a_commune_after_cua_makes_the_commune_act():
    text = "Tỉnh đoàn Nghệ An tổng kết hè. Các đội hình tình nguyện của xã Diễn Lâm dọn 14 km kênh mương."
    assert one(text, 14).unit == "xã Diễn Lâm"


def test_a_thing_of_a_commune_after_cua_only_says_where():
    text = "Tỉnh đoàn Nghệ An tổng kết hè. Tại nhà văn hóa của xã Diễn Lâm, đoàn viên trồng 140 cây xanh."
    assert one(text, 140).unit == "Nghệ An"


# ------------------------------------------------------- "Theo Tổng công ty X, …" at the start of a line
def test_a_source_that_opens_a_line_and_tells_its_own_whole_is_the_unit():
    text = (
        "Tuổi trẻ ngành điện ra quân mùa hè\n"
        "Theo Tổng công ty Cấp nước Sông Lam, năm 2025 tuổi trẻ toàn Tổng công ty đã lắp đồng hồ nước "
        "miễn phí cho 3.400 hộ."
    )
    assert one(text, 3400).unit == "Tổng công ty Cấp nước Sông Lam"


def test_a_source_that_opens_a_line_and_tells_a_provinces_figure_is_no_unit():
    text = (
        "Tuổi trẻ ngành điện ra quân mùa hè\n"
        "Theo Tổng công ty Cấp nước Sông Lam, năm 2025 toàn tỉnh có 3.400 hộ được lắp đồng hồ nước."
    )
    assert one(text, 3400).unit != "Tổng công ty Cấp nước Sông Lam"
