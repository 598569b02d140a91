"""Round 9a, the document's scope (spec §2.3): a place in brackets after a venue only says where; a
list of three or more provinces owns no article (toàn quốc); a school where an event is held is
not the article's unit; a report whose letterhead names no unit takes the unit of the body its
opening paragraph says reports. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure import scope


def _scope(title: str | None, lead: str, rest: str = "") -> str | None:
    text = "\n".join(t for t in (title, lead, rest) if t)
    return scope.news_scope(title, lead, text)


# --- a place in brackets after a venue after "tại" only says where


def test_bracketed_place_of_a_venue_only_says_where() -> None:
    lead = (
        "Chiều 8/4, tại cơ sở 2 (huyện Thanh Trì), Đoàn Thanh niên trường Đại học Sư phạm Huế "
        "tổ chức hội thảo khoa học."
    )
    assert _scope(None, lead) == "trường Đại học Sư phạm Huế"


def test_bracketed_place_without_tai_keeps_acting() -> None:
    # negative: no "tại"/"ở" before the venue: the bracket names the actor's own place
    lead = "Sáng 8/4, Huyện đoàn (huyện Thanh Trì) ra quân 12 công trình thanh niên."
    assert _scope(None, lead) == "huyện Thanh Trì"


# --- a list of three or more provinces: no single one owns the article


def test_list_of_provinces_is_national() -> None:
    title = "Chiến dịch tình nguyện qua 3 tỉnh miền núi hoàn thành 40 công trình"
    lead = "Sau 10 ngày, đoàn công tác đã đến Lào Cai, Yên Bái và Hà Giang, khánh thành 40 công trình."
    assert _scope(title, lead) == scope.NATIONAL


def test_two_provinces_keep_the_first() -> None:
    # negative: two provinces are no list of many; the first keeps the scope as before
    lead = "Tuổi trẻ Lào Cai và Yên Bái ra quân 12 công trình thanh niên."
    assert _scope(None, lead) == "Lào Cai"


def test_province_with_its_districts_is_no_list_of_provinces() -> None:
    # negative: districts after the province are not provinces
    lead = "Tỉnh đoàn Lào Cai ra quân tại huyện Bát Xát, huyện Sa Pa và huyện Bảo Thắng."
    assert _scope(None, lead) == "Lào Cai"


# --- a school where an event is held is its venue


def test_school_after_tai_is_not_counted_as_the_unit() -> None:
    title = "Hội sinh viên ở nước ngoài - Tin hoạt động"
    lead = "Ngày hội giao lưu văn hóa thu hút hơn 800 lượt sinh viên."
    rest = "Ngày 3/3, hội tổ chức ngày hội tại Đại học Kyoto. Chi hội tại Đại học Kyoto có 40 hội viên."
    assert _scope(title, lead, rest) is None


def test_school_that_acts_is_still_counted() -> None:
    # negative: the school is named as the actor, not after "tại"
    title = "Hội sinh viên ở nước ngoài - Tin hoạt động"
    lead = "Ngày hội giao lưu văn hóa thu hút hơn 800 lượt sinh viên."
    rest = (
        "Hôm nay, sinh viên trường Đại học Sư phạm Huế tham gia ngày hội; "
        "trường Đại học Sư phạm Huế cử 40 người."
    )
    assert _scope(title, lead, rest) == "trường Đại học Sư phạm Huế"


# --- the body a report's opening paragraph says reports


def test_preamble_body_gives_the_scope_when_the_letterhead_names_none() -> None:
    text = (
        "ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH LẠNG SƠN\nBCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH\n"
        "Căn cứ Kế hoạch số 7 của Ban Thường vụ Đoàn Khối, Ban Thường vụ Đoàn Khối doanh nghiệp tỉnh "
        "Lạng Sơn báo cáo như sau:\n1. Kết quả\nĐoàn Khối có 30 cơ sở Đoàn."
    )
    assert scope.official_scope(None, text) == "Đoàn Khối doanh nghiệp tỉnh Lạng Sơn"


def test_cited_documents_author_is_not_the_reporting_body() -> None:
    # negative: "của Ban Thường vụ Tỉnh đoàn X về việc hướng dẫn" cites another body's document
    text = (
        "HUYỆN ĐOÀN\nCăn cứ Kế hoạch số 3 của Ban Thường vụ Tỉnh đoàn Lạng Sơn về việc hướng dẫn tổng kết; "
        "Ban Thường vụ Huyện đoàn báo cáo như sau:\nHuyện Cao Lộc có 20 chi đoàn."
    )
    assert scope.official_scope(None, text) == "Lạng Sơn"  # first province named, as before
    assert scope._preamble_unit(text) is None


# --- the closing sentence's body broken over two lines of a PDF page


def test_closing_body_broken_over_a_page_line_is_read_whole() -> None:
    text = (
        "Trên đây là báo cáo tổng kết năm 2025 của Ban Thường vụ Đoàn Thanh niên Tổng công ty Cấp nước\n\n"
        "Hoàng Sơn.\n\nNơi nhận:\n- Lưu VP."
    )
    issuer = scope.closing_issuer("Ban Thường vụ Đoàn Thanh niên", text)
    assert issuer == "Ban Thường vụ Đoàn Thanh niên Tổng công ty Cấp nước Hoàng Sơn"
    assert scope.unit_of(issuer) == "Tổng công ty Cấp nước Hoàng Sơn"


def test_closing_body_is_not_joined_to_the_next_line() -> None:
    # negative: the line after the name is no end of its sentence (a heading with a colon, a
    # sentence with lower-case words)
    text = "Trên đây là báo cáo năm 2025 của Ban Thường vụ Tỉnh đoàn Lào Cai\n\nNơi nhận:\n- Lưu VP."
    assert scope.closing_issuer("Ban Thường vụ", text) == "Ban Thường vụ Tỉnh đoàn Lào Cai"
    text = "Trên đây là báo cáo năm 2025 của Ban Thường vụ Tỉnh đoàn Lào Cai\nXin trân trọng cảm ơn.\n"
    assert scope.closing_issuer("Ban Thường vụ", text) == "Ban Thường vụ Tỉnh đoàn Lào Cai"
