"""fix15b: a news page's scope when the headline names a ranked winner and the lead the body that
organises the event. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure.scope import news_scope

_LEAD = "Tối 3/5, Tỉnh đoàn Lai Châu bế mạc Hội thao thanh niên năm 2026 với 800 vận động viên."


def test_ranked_winner_in_headline_gives_way_to_organiser() -> None:
    assert news_scope("Xã Bình Lư nhất toàn đoàn Hội thao thanh niên năm 2026", _LEAD, _LEAD) == "Lai Châu"
    assert news_scope("Phường Tân Phong dẫn đầu Hội thao thanh niên tỉnh", _LEAD, _LEAD) == "Lai Châu"


def test_ranked_winner_stays_without_an_organiser() -> None:
    # negative: the lead names no body that organises: the winner's page
    lead = "Tối 3/5, xã Bình Lư nhận cúp với 12 huy chương vàng."
    assert news_scope("Xã Bình Lư nhất toàn đoàn Hội thao thanh niên năm 2026", lead, lead) == "xã Bình Lư"


def test_unranked_headline_unit_stays_the_actor() -> None:
    # negative: "xã Bình Lư tổ chức" is no rank: the headline's actor is the page's unit
    title = "Xã Bình Lư tổ chức Hội thao thanh niên năm 2026"
    assert news_scope(title, _LEAD, _LEAD) == "xã Bình Lư"
