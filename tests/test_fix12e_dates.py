"""Event dates of the twelfth round (spec §3 `event_dates`: the dates on which the reported
activities took place): an anniversary span gives no year to a day written again, a bracketed
period opened by "từ" counts, and the day a disaster struck is no activity. Texts written for
these tests."""

from __future__ import annotations

from reportextract.structure import meta


def _dates(body: str, own_date: str | None = None) -> list[str]:
    return meta.event_dates(body, [], since_clauses=True, own_date=own_date, loose_forms=True)


def test_an_anniversary_span_gives_no_year_to_the_day_of_the_ceremony() -> None:
    body = (
        "Tối 2/9, tại quảng trường, Thành đoàn tổ chức lễ thắp nến nhân kỷ niệm 80 năm Quốc khánh "
        "(2/9/1945 - 2/9/2025). Hơn 500 đoàn viên tham dự."
    )
    assert _dates(body, own_date="2025-09-03") == ["2025-09-02"]


def test_a_day_written_again_still_takes_the_year_of_a_real_range() -> None:
    # negative: a range of the reported period (not an anniversary span) still dates its day
    body = "Chiến dịch diễn ra từ ngày 5/7 đến 30/7/2025. Lễ tổng kết được tổ chức ngày 30/7."
    assert _dates(body, own_date="2026-02-01") == ["2025-07-05/2025-07-30", "2025-07-30"]


def test_a_bracketed_period_opened_by_tu_is_the_period_of_the_activity() -> None:
    body = "Sau 4 tuần (từ ngày 6/10 đến 2/11), cuộc thi thu hút 9.000 lượt thi."
    assert _dates(body, own_date="2025-11-10") == ["2025-10-06/2025-11-02"]


def test_a_schedule_of_bare_days_in_brackets_is_still_no_event_date() -> None:
    # negative: single days listed in a bracket are a schedule
    body = "Đoàn xã duy trì hiến máu định kỳ (vào các ngày 12/3, 15/6) tại trạm y tế."
    assert _dates(body, own_date="2025-11-10") == []


def test_the_day_a_disaster_struck_is_no_activity() -> None:
    body = "Sau trận lũ quét đêm 12/8 ở bản Nà Cang, Đoàn xã huy động 60 đoàn viên dọn bùn đất."
    assert _dates(body, own_date="2025-08-20") == []


def test_the_day_of_relief_work_after_a_disaster_still_counts() -> None:
    # negative: a day of the union's own work right after the disaster's name is an activity
    body = "Sau trận lũ quét, sáng 14/8, Đoàn xã huy động 60 đoàn viên dọn bùn đất."
    assert _dates(body, own_date="2025-08-20") == ["2025-08-14"]
