"""fix15a: event dates of a whole month on the page's own month, commemorative days named after a
word of celebrating them, and "tại a/b <noun>" as a ratio rather than a day."""

from __future__ import annotations

from reportextract.numbers.dates import find_dates
from reportextract.structure import meta


def _events(text: str, own: str) -> list[str]:
    return meta.event_dates(text, [], since_clauses=True, own_date=own, loose_forms=True)


def test_whole_own_month_is_the_month_range():
    text = "Tin tức.\nTrong tháng 3, Chi đoàn phường Bến Thủy dọn vệ sinh 4 tuyến kênh."
    assert _events(text, "2024-03-28") == ["2024-03-01/2024-03-31"]
    lead = "(Báo Tuổi trẻ) - Trong suốt tháng 2, Đoàn trường mở 6 lớp tin học."
    assert _events(lead, "2024-02-27") == ["2024-02-01/2024-02-29"]


def test_whole_month_not_the_own_month_or_planned_gives_nothing():
    # an earlier month: background, not what the page reports
    assert _events("Trong tháng 1, Chi đoàn dọn vệ sinh 4 tuyến kênh.", "2024-03-28") == []
    # a plan for the month
    assert _events("Trong tháng 3, Chi đoàn dự kiến mở 2 lớp bơi.", "2024-03-05") == []
    # not a clause opened by it, or another year
    assert _events("Chi đoàn dọn kênh trong tháng 3, thu 2 tấn rác.", "2024-03-28") == []
    assert _events("Trong tháng 3/2023, Chi đoàn dọn kênh.", "2024-03-28") == []
    # without an own date the month gives nothing
    assert meta.event_dates("Trong tháng 3, Chi đoàn dọn kênh.", [], loose_forms=True) == []


def test_named_commemorative_day_after_a_celebrating_word_is_not_an_event_date():
    text = (
        "Ngày 15/10, Đoàn trường tổ chức hội thi văn nghệ chào mừng Ngày Phụ nữ Việt Nam 20/10. "
        "Nhân dịp Ngày Thầy thuốc Việt Nam 27/2, Chi đoàn bệnh viện tặng 40 suất quà."
    )
    assert _events(text, "2024-10-16") == ["2024-10-15"]


def test_a_day_after_a_celebrating_word_with_the_activity_on_it_counts():
    # the name ends with a word that dates the activity: the date is when it was held
    text = "Hướng tới ngày hội, Đoàn xã tổ chức vào ngày 18/10 buổi giao lưu."
    assert _events(text, "2024-10-20") == ["2024-10-18"]
    assert _events("Sáng 20/11, Đoàn trường tổ chức mít tinh.", "2024-11-21") == ["2024-11-20"]


def test_ratio_after_a_place_word_is_not_a_date():
    assert [d.value for d in find_dates("triển khai tại 7/7 trạm y tế xã", 2024)] == []
    assert [d.value for d in find_dates("ở 12/12 thôn đều có tổ tự quản", 2024)] == []


def test_day_after_other_words_is_still_a_date():
    assert [d.value for d in find_dates("Sáng 7/7 tại trạm y tế xã", 2024)] == ["2024-07-07"]
    assert [d.value for d in find_dates("hoàn thành trước 7/7, tại trạm y tế", 2024)] == ["2024-07-07"]
    # a capital after it: a street number or a name, not a ratio of things
    assert [d.value for d in find_dates("Ngày 7/7 tại Hà Nội", 2024)] == ["2024-07-07"]
