"""Event dates (spec §3 `event_dates`), generalised after the held-out n58, n60, n63, n66 and n69:
a period's years do not date a day when the page has its own date; a range may open with a bare
day; a lone bracketed day after an event's name dates it; a day written again without its year
is the same day, and a day inside a kept range is no later plan. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import meta, segment


def _dates(text: str, own: str | None) -> list[str]:
    return meta.event_dates(text, [], since_clauses=True, own_date=own, loose_forms=True)


def test_period_years_yield_to_the_pages_own_date() -> None:
    text = "Sáng 14/3, Hội LHTN tỉnh tổng kết phong trào nhiệm kỳ 2022 - 2027 với 40 đại biểu."
    assert _dates(text, "2024-03-16") == ["2024-03-14"]
    school = "Chiều 5/9, Đoàn trường khai giảng năm học 2024-2025 và trao 30 suất học bổng."
    assert _dates(school, "2024-09-06") == ["2024-09-05"]


def test_a_whole_year_still_dates_the_day_before_the_own_date() -> None:
    # negative: "hè 2023" is a year, not a period: it dates the day, not the page's later date
    text = "Ngày 5/6, Huyện đoàn ra quân chiến dịch hè 2023 với 12 đội hình."
    assert _dates(text, "2024-01-10") == ["2023-06-05"]


def test_period_years_date_a_day_when_the_page_has_no_date() -> None:
    # negative: with no own date the period's year is all there is (the rule as before)
    text = "Sáng 14/3, Hội LHTN tỉnh tổng kết phong trào giai đoạn 2022 - 2024."
    assert meta.event_dates(text, []) == meta.event_dates(text, [], loose_forms=True)


def test_range_with_a_bare_day_as_its_low_end() -> None:
    text = "Từ ngày 3 đến 5/4, Huyện đoàn tổ chức trại huấn luyện cho 120 đoàn viên năm 2025."
    assert _dates(text, "2025-04-07") == ["2025-04-03/2025-04-05"]


def test_deadline_with_a_bare_number_before_is_no_range() -> None:
    # negative: the number before "đến" is no lower day (larger than the day), and a plain
    # "hoàn thành đến ngày 5/4" stays a deadline
    text = "Các chi đoàn nộp 12 đến 5/4 năm 2025.\nCác xã hoàn thành đến ngày 5/4 năm 2025."
    assert _dates(text, "2025-04-07") == []


def test_lone_bracketed_day_after_an_event_name() -> None:
    text = "Ngày hội Thanh niên khỏe (15/5) được tổ chức tại 40 xã; năm 2025 có 9.000 đoàn viên tham gia."
    assert _dates(text, "2025-05-20") == ["2025-05-15"]


def test_bracketed_schedule_or_holiday_is_no_event_day() -> None:
    # negatives: a schedule of days, a holiday's day, a bracket with no verb of holding after it
    texts = [
        "Các đội ra quân (vào các ngày 15/5, 20/5) được tổ chức tại xã năm 2025.",
        "Nhân dịp Ngày Quốc tế Thiếu nhi (1/6) được tổ chức tại xã, năm 2025 tặng 50 suất quà.",
        "Lễ ra quân Tháng hành động (15/5), Huyện đoàn trao 50 suất quà năm 2025.",
    ]
    for text in texts:
        assert _dates(text, "2025-06-05") == [], text


def test_day_written_again_takes_its_written_year() -> None:
    text = (
        "Chiến dịch diễn ra từ ngày 1/7 đến 20/7/2024 tại 5 xã.\n"
        "Tại lễ bế mạc ngày 20/7, Đoàn trường trao 100 suất quà. Mục tiêu năm 2025 có 30 đội hình."
    )
    assert _dates(text, "2024-07-18") == ["2024-07-01/2024-07-20", "2024-07-20"]


def test_day_inside_a_kept_range_is_no_later_plan() -> None:
    dates = ["2024-07-01/2024-07-20", "2024-07-20", "2024-08-15"]
    # 20/7 is a day of the reported range; 15/8 lies after the page's date and outside it
    assert meta.drop_later_plans(dates, "2024-07-18") == ["2024-07-01/2024-07-20", "2024-07-20"]


def test_news_page_dates_through_segment() -> None:
    page = (
        "Tuổi trẻ huyện mang 500 áo ấm lên vùng cao\n"
        "(Đăng ngày 12/12/2025)\n"
        "Từ ngày 8 đến 10/12, đoàn công tác Huyện đoàn gồm 30 đoàn viên tổ chức chương trình "
        "năm học 2025 - 2026 tại các điểm trường."
    )
    md = segment(read(page, format="txt")).report.metadata
    assert md.date == "2025-12-12"
    assert md.event_dates == ["2025-12-08/2025-12-10"]
