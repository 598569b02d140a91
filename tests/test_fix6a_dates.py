"""Event dates (spec §3), generalised after the held-out c29, n40, n43 and n45: a deadline or a
data cut-off is no event date, even with a time of day or a line break before the date; a
run-in headline's lead keeps its date; a date without a year on a news page takes the page's
year. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure import meta


def test_deadline_across_a_line_break_is_not_an_event() -> None:
    text = (
        "Ngày 02/4/2024, Tỉnh đoàn ra quân.\n"
        "Các huyện hoàn thành chỉ tiêu trước ngày\n15/8/2024 (Ba Vì, Mê Linh)."
    )
    assert meta.event_dates(text, []) == ["2024-04-02"]


def test_data_cut_off_with_a_time_is_not_an_event() -> None:
    text = "Lễ ra quân diễn ra ngày 03/3/2024.\nSố liệu tổng hợp đến 16 giờ 30 ngày 28/3/2024."
    assert meta.event_dates(text, []) == ["2024-03-03"]
    text2 = "Tính đến ngày 28/3/2024, các đơn vị trao 400 suất quà; hội nghị họp ngày 29/3/2024."
    assert meta.event_dates(text2, []) == ["2024-03-29"]


def test_date_after_a_time_of_day_that_is_no_cut_off_counts() -> None:
    # negative: "lúc 8 giờ ngày ..." is when the activity began
    text = "Lúc 8 giờ ngày 03/3/2024, Tỉnh đoàn tổ chức lễ ra quân."
    assert meta.event_dates(text, []) == ["2024-03-03"]


def test_year_less_date_takes_the_pages_year() -> None:
    text = "Ngày 12/1, Tỉnh đoàn tổ chức chương trình Xuân yêu thương năm 2025 tại xã Tà Xùa."
    # the only year is "năm 2025" by a January date: no year without the page's own date
    assert meta.event_dates(text, []) == []
    assert meta.event_dates(text, [], own_date="2025-01-14") == ["2025-01-12"]
    # a day after the page's date belongs to the year before
    later = "Ngày 28/12, Huyện đoàn trao 40 suất quà cho học sinh."
    assert meta.event_dates(later, [], own_date="2025-01-03") == ["2024-12-28"]


def test_year_in_the_text_wins_over_the_pages_year() -> None:
    # negative: a year the text gives is used as before, whatever the page's date
    text = "Ngày 12/7, Tỉnh đoàn ra quân Chiến dịch hè 2023 với 300 đoàn viên."
    assert meta.event_dates(text, [], own_date="2025-01-14") == ["2023-07-12"]
