"""fix16h: a news page's scope when its headline honours one province at an event the lead says the
national body organised. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure.scope import news_scope

_NATIONAL_LEAD = (
    "Sáng 5/12, tại Hà Nội, Ban Bí thư Trung ương Đoàn tổ chức Hội nghị tổng kết Chiến dịch "
    "Mùa hè xanh năm 2026 với 900 đại biểu."
)


def test_province_honoured_at_national_event_keeps_the_page() -> None:
    title = "Tuổi trẻ Cao Bằng được tuyên dương tại Hội nghị tổng kết Mùa hè xanh"
    assert news_scope(title, _NATIONAL_LEAD, _NATIONAL_LEAD) == "Cao Bằng"
    title = "Tỉnh đoàn Cao Bằng nhận Cờ thi đua của Trung ương Đoàn"
    assert news_scope(title, _NATIONAL_LEAD, _NATIONAL_LEAD) == "Cao Bằng"


def test_commune_winner_at_province_event_gives_way_to_organiser() -> None:
    # negative: the organiser is a province, not the national body: the winner is its participant
    lead = "Tối 3/5, Tỉnh đoàn Cao Bằng bế mạc Hội thao thanh niên năm 2026 với 700 vận động viên."
    assert news_scope("Xã Quang Trung nhất toàn đoàn Hội thao thanh niên", lead, lead) == "Cao Bằng"


def test_commune_winner_at_national_event_gives_way_to_organiser() -> None:
    # negative: a winner below a province at the national body's event stays its participant
    title = "Xã Quang Trung được tuyên dương tại Hội nghị tổng kết Mùa hè xanh"
    assert news_scope(title, _NATIONAL_LEAD, _NATIONAL_LEAD) == "toàn quốc"


def test_member_body_honoured_at_national_event_gives_way_to_organiser() -> None:
    # negative: the winner is a ministry's Youth Union, no province: the organiser's page
    title = "Đoàn Thanh niên Bộ Y tế được tặng Cờ thi đua tại Hội nghị tổng kết Mùa hè xanh"
    assert news_scope(title, _NATIONAL_LEAD, _NATIONAL_LEAD) == "toàn quốc"
