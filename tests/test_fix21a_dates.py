"""Event dates of round 21a (spec §3 `event_dates`): a range of days that fills its bracket after the
activity it dates. Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.structure.meta import event_dates


def _dates(text: str, own: str = "2026-06-20") -> list[str]:
    return event_dates(text, [], own_date=own, since_clauses=True, loose_forms=True)


def test_a_range_that_fills_its_bracket_is_the_period() -> None:
    assert _dates("Trong 2 ngày thi (18 và 19/6), Đoàn trường bố trí 120 tình nguyện viên.") == [
        "2026-06-18/2026-06-19"
    ]
    assert _dates("Trong 4 ngày diễn ra Hội chợ Xuân 2026 (3 - 6/2), Thành đoàn huy động 400 đoàn viên.") == [
        "2026-02-03/2026-02-06"
    ]


def test_a_schedule_of_bare_days_in_a_bracket_is_still_left_out() -> None:
    # negative: single days listed in a bracket, and a range that does not fill its bracket
    assert _dates("Đoàn tổ chức 3 buổi (vào các ngày 4/3, 11/3).") == []
    assert _dates("tổ chức 2 đợt (đợt 1 từ 3 - 5/6, đợt 2 ngày 9/7).") == []
