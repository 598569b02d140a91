"""Event dates for fix 17f (spec §3 `event_dates`): a day and month that name a place say where,
not when; on sentences written for these tests."""

from __future__ import annotations

from reportextract.structure import meta


def _dates(text: str, own: str) -> list[str]:
    return meta.event_dates(text, [], since_clauses=True, own_date=own, loose_forms=True)


def test_a_place_named_by_a_date_gives_no_event_date() -> None:
    text = "Sáng 14/6, tại Quảng trường 30/4 (phường Tân An), Thành đoàn tổ chức ngày hội hiến máu."
    assert _dates(text, "2025-06-15") == ["2025-06-14"]
    text = "Chiều 2/9, đoàn viên dọn rác trên đường 3/2 và phố Lê Lợi."
    assert _dates(text, "2025-09-03") == ["2025-09-02"]


def test_a_date_after_a_place_without_a_name_still_counts() -> None:
    text = "Tại quảng trường trung tâm, ngày 12/5, Đoàn phường ra quân; đoàn viên lên đường 20/5."
    assert _dates(text, "2025-05-25") == ["2025-05-12", "2025-05-20"]
