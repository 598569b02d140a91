"""fix16f: a range of days whose low end is a bare day in brackets, a finished range on a page dated
after it, and the day a rule is abolished (spec §3 `event_dates`; spec §2.1 dates are no figures)."""

from __future__ import annotations

from reportextract.numbers import find_dates, find_quantities
from reportextract.structure import meta


def _events(text: str, own: str) -> list[str]:
    return meta.event_dates(text, [], since_clauses=True, own_date=own, loose_forms=True)


def test_bracketed_range_from_a_bare_day_is_the_period() -> None:
    text = "Trong 3 ngày (từ 21 đến 23/11), hội trại thu hút đông đảo học sinh."
    assert _events(text, "2024-11-25") == ["2024-11-21/2024-11-23"]


def test_bracketed_schedule_of_days_stays_out() -> None:
    assert _events("Lớp học diễn ra (vào các ngày 21, 23/11) tại nhà văn hóa.", "2024-11-25") == []


def test_the_low_day_of_a_range_is_part_of_the_date() -> None:
    text = "Trong 3 ngày (từ 21 đến 23/11), có 900 lượt khách."
    tags = {q.text: q.nonfigure for q in find_quantities(text)}
    assert tags["21"] == "date"
    assert tags["900"] is None


def test_a_range_of_counts_is_no_date() -> None:
    tags = [q.nonfigure for q in find_quantities("Số đội hình tăng từ 21 đến 23 đội.")]
    assert tags == [None, None]


def test_a_finished_range_stays_in_the_page_year_despite_a_plan_for_next_year() -> None:
    text = (
        "Sau 5 tháng (từ ngày 2/5 đến 30/9), Chi đoàn đã dọn 12 tuyến kênh.\n"
        "Năm 2025, Chi đoàn dự kiến mở rộng mô hình. Năm 2025 cũng sẽ có thêm 3 đội."
    )
    assert _events(text, "2024-10-20") == ["2024-05-02/2024-09-30"]


def test_a_range_not_yet_over_on_the_page_date_is_not_taken_as_finished() -> None:
    ahead = find_dates("(từ ngày 2/5 đến 30/11)")[0]
    done = find_dates("(từ ngày 2/5 đến 30/9)")[0]
    assert not meta._finished_in_own_year(ahead, "2024-10-20", 2025, 2024)
    assert meta._finished_in_own_year(done, "2024-10-20", 2025, 2024)
    assert not meta._finished_in_own_year(done, "2024-10-20", 2024, 2024)  # no later year to undo


def test_the_day_a_rule_is_abolished_is_no_event() -> None:
    text = (
        "Ngày 3/1/2025, Đoàn phường hướng dẫn hộ kinh doanh, "
        "khi lệ phí môn bài được bãi bỏ từ ngày 1/1/2025."
    )
    assert _events(text, "2025-01-05") == ["2025-01-03"]
