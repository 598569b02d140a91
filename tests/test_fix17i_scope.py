"""fix17i: the scope of news pages (spec §2.3) - datelines, a Khối's short name, a unit's own
web page, a headline place the gift is carried up to."""

from __future__ import annotations

from reportextract.structure.scope import news_scope


def test_capitals_dateline_only_says_where() -> None:
    title = "Sinh viên góp hơn 900 đơn vị máu trong ngày hội"
    lead = "QUẢNG NAM - Trong hai ngày 5 và 6/4, Đoàn Thanh niên Trường Đại học Quảng Nam tổ chức ngày hội."
    assert news_scope(title, lead, f"{title}\n{lead}") == "trường Đại học Quảng Nam"


def test_capitals_dateline_with_ward_actor() -> None:
    title = "Tình nguyện viên áo xanh hỗ trợ người dân dịp lễ"
    lead = "HÀ NỘI - Từ ngày 2/9, Đoàn phường Hoàn Kiếm duy trì 3 điểm hỗ trợ người dân."
    assert news_scope(title, lead, f"{title}\n{lead}") == "phường Hoàn Kiếm"


def test_capitals_dateline_alone_keeps_its_province() -> None:
    # negative: no other actor in the headline and lead, the dateline place stays the scope
    title = "Ngày hội thanh niên khởi nghiệp"
    lead = "NGHỆ AN - Sáng 3/5, hơn 500 bạn trẻ dự ngày hội khởi nghiệp."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Nghệ An"


def test_khoi_short_name_in_headline() -> None:
    title = "Thanh niên Khối cơ quan Bắc Ninh góp 120 triệu đồng giúp học sinh vùng lũ"
    lead = "Ngày 5/10, Đoàn Khối các cơ quan và doanh nghiệp tỉnh Bắc Ninh đã trao 120 triệu đồng."
    assert (
        news_scope(title, lead, f"{title}\n{lead}") == "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Bắc Ninh"
    )


def test_headline_province_without_khoi_stays() -> None:
    # negative: a plain "Tuổi trẻ Bắc Ninh" headline is the province, not its Đoàn Khối
    title = "Tuổi trẻ Bắc Ninh góp 120 triệu đồng giúp học sinh vùng lũ"
    lead = "Ngày 5/10, Tỉnh đoàn Bắc Ninh đã trao 120 triệu đồng."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Bắc Ninh"


def test_unit_own_portal_beats_national_headline() -> None:
    title = "Tháng Ba biên giới: tuổi trẻ cả nước ra quân hơn 5.000 công trình"
    lead = "(Cổng thông tin điện tử phường Tân An) - Theo Trung ương Đoàn, cả nước đã làm 5.120 công trình."
    assert news_scope(title, lead, f"{title}\n{lead}") == "phường Tân An"


def test_newsroom_tag_is_no_portal() -> None:
    # negative: a newsroom's tag only says where; the national headline stays
    title = "Tháng Ba biên giới: tuổi trẻ cả nước ra quân hơn 5.000 công trình"
    lead = "(Báo Tân An) - Theo Trung ương Đoàn, cả nước đã làm 5.120 công trình."
    assert news_scope(title, lead, f"{title}\n{lead}") == "toàn quốc"


def test_place_the_gifts_go_up_to_is_no_actor() -> None:
    title = "Những chuyến xe chở quà lên điểm trường vùng cao Lai Châu"
    lead = "Ngày 3/12, Đoàn Thanh niên Bệnh viện Bạch Mai mang 300 suất quà lên Trường Tiểu học Pa Tần."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Bệnh viện Bạch Mai"


def test_rise_to_is_no_gift() -> None:
    # negative: "tăng lên" is no carrying up; the place after it keeps its place
    title = "Số thanh niên khởi nghiệp tăng lên ở Lai Châu"
    lead = "Năm nay số dự án được hỗ trợ tăng lên 40."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Lai Châu"
