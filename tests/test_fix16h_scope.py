"""fix16h: a news page's scope when its headline honours one province at an event the lead says the
national body organised. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure.scope import labels_own_body, news_scope

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


def _label_at(head: str, place: str, own: str) -> bool:
    start = head.index(place)
    return labels_own_body(head, start, start + len(place), place, own)


def test_place_label_over_a_body_named_with_the_place() -> None:
    head = "Văn hóa\n\nQuảng Bình: Đoàn viên ngành Hải quan hướng dẫn 600 doanh nghiệp\n"
    assert _label_at(head, "Quảng Bình", "Hải quan tỉnh Quảng Bình")
    assert _label_at(
        "Quảng Bình: 90 công chức trẻ thi tin học", "Quảng Bình", "Đoàn Khối các cơ quan tỉnh Quảng Bình"
    )


def test_place_label_kept_when_the_page_is_the_place_or_another_unit() -> None:
    # negatives: the page's unit is the place itself, or a unit not named with the place
    assert not _label_at("Quảng Bình: Tuổi trẻ tỉnh trồng 5.000 cây xanh", "Quảng Bình", "Quảng Bình")
    assert not _label_at("Quảng Bình: Tuổi trẻ xã Hòa Trạch trồng 500 cây", "Quảng Bình", "xã Hòa Trạch")
    # no colon after the place, or the place does not open the headline: no label
    assert not _label_at("Quảng Bình trồng 5.000 cây xanh", "Quảng Bình", "Hải quan tỉnh Quảng Bình")
    assert not _label_at(
        "Hải quan Quảng Bình: đón 600 doanh nghiệp", "Quảng Bình", "Hải quan tỉnh Quảng Bình"
    )
