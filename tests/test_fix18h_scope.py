"""fix18h: the page's scope — a Đoàn Khối shortened to its city at the end of the headline, and a
province's page reporting its share of a national total (spec §2.3)."""

from reportextract.structure.scope import news_scope


def test_khoi_named_in_lead_owns_headline_city_at_end() -> None:
    title = "Giải cầu lông đoàn viên trẻ Đà Nẵng khép lại sau ba ngày"
    lead = "Cuối tuần qua, Đoàn Khối các cơ quan và doanh nghiệp thành phố Đà Nẵng tổ chức giải cầu lông."
    assert news_scope(title, lead, lead) == "Đoàn Khối các cơ quan và doanh nghiệp thành phố Đà Nẵng"


def test_city_body_in_lead_keeps_city() -> None:
    # negative: the lead's body is the city's own Youth Union, not a Khối
    title = "Giải cầu lông đoàn viên trẻ Đà Nẵng khép lại sau ba ngày"
    lead = "Cuối tuần qua, Thành đoàn Đà Nẵng tổ chức giải cầu lông cho đoàn viên."
    assert news_scope(title, lead, lead) == "Đà Nẵng"


def test_province_share_of_national_total() -> None:
    title = "Chiến dịch hè: Cả nước trồng 2 triệu cây xanh, Quảng Trị góp 30.000 cây"
    lead = "Sáng 5/9, Trung ương Đoàn tổng kết chiến dịch; Tỉnh đoàn Quảng Trị dự tại điểm cầu của tỉnh."
    assert news_scope(title, lead, lead) == "Quảng Trị"


def test_national_headline_without_province_body_stays_national() -> None:
    # negative: the lead names no body of the province, so the national page keeps its scope
    title = "Chiến dịch hè: Cả nước trồng 2 triệu cây xanh, Quảng Trị góp 30.000 cây"
    lead = "Sáng 5/9, Trung ương Đoàn tổ chức hội nghị tổng kết chiến dịch trên toàn quốc."
    assert news_scope(title, lead, lead) == "toàn quốc"


def test_power_company_youth_union_is_named_unit() -> None:
    from reportextract.units import find_units

    ms = find_units("Chi đoàn Điện lực Tiên Lãng tặng 30 suất quà cho học sinh.")
    assert [m.canonical for m in ms] == ["Điện lực Tiên Lãng"]


def test_power_company_without_youth_union_words_is_no_unit() -> None:
    # negative: a company named bare (a donor) is no unit, and its place is part of its name
    from reportextract.units import find_units

    ms = find_units("Tỉnh đoàn Nam Định phối hợp với Điện lực Nam Định trao 5 suất quà.")
    assert [m.canonical for m in ms] == ["Nam Định"]
