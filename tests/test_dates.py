"""Dates, ranges, times and months (``find_dates``). Cases written by the project in the genre of
reports and news; each row says which rule it checks."""

from __future__ import annotations

import pytest

from reportextract.numbers import find_dates, find_quantities

# text, year argument, expected [(kind, value, year_inferred)], rule
CASES = [
    ("Ngày 11/8/2023 ra quân", None, [("date", "2023-08-11", False)], "dd/mm/yyyy"),
    ("ban hành ngày 05/01/2024", None, [("date", "2024-01-05", False)], "leading zeros"),
    ("hạn chót 20-10-2022", None, [("date", "2022-10-20", False)], "dd-mm-yyyy"),
    ("ngày 2.9.2025", None, [("date", "2025-09-02", False)], "dd.mm.yyyy"),
    ("ngày 16 tháng 5 năm 2024", None, [("date", "2024-05-16", False)], "worded date"),
    ("ngày 2 tháng 9", 2025, [("date", "2025-09-02", True)], "worded date, year from argument"),
    ("sáng 13/7 tại hội trường", 2025, [("date", "2025-07-13", True)], "dd/mm with the year argument"),
    ("sáng 13/7 tại hội trường", None, [("date", None, False)], "no year known: value None"),
    ("Sáng 13.7, đoàn ra quân", 2024, [("date", "2024-07-13", True)], "dd.mm after a strong cue"),
    ("ngày 21-7 vừa qua", 2023, [("date", "2023-07-21", True)], "dd-mm news style after ngày"),
    ("từ 8.9- 24.9", 2024, [("daterange", "2024-09-08/2024-09-24", True)], "dotted range with a stray space"),
    ("diễn ra 12-7 đến 16-8", 2024, [("daterange", "2024-07-12/2024-08-16", True)], "dash dates and đến"),
    ("từ ngày 1/7/2025 đến ngày 10/7/2025", None, [("daterange", "2025-07-01/2025-07-10", False)],
     "full range"),
    ("1/7 - 10/7/2025", None, [("daterange", "2025-07-01/2025-07-10", True)], "year of the range end"),
    ("từ 7/7 đến 31/8/2025", None, [("daterange", "2025-07-07/2025-08-31", True)], "từ ... đến"),
    ("từ 20/12 - 5/1/2025", None, [("daterange", "2024-12-20/2025-01-05", True)], "over new year"),
    ("12,13/03/2021", None, [("daterange", "2021-03-12/2021-03-13", False)], "day list"),
    ("các ngày 4, 5 và 6/5/2022", None, [("daterange", "2022-05-04/2022-05-06", False)], "day list with và"),
    ("từ ngày 12 - 15/7/2025", None, [("daterange", "2025-07-12/2025-07-15", False)], "day range"),
    ("lúc 07h30", None, [("time", "07:30", False)], "07h30"),
    ("từ 7h đến", None, [("time", "07:00", False)], "hour only"),
    ("khai mạc 19:30 tối", None, [("time", "19:30", False)], "colon time"),
    ("lúc 7 giờ 30 phút", None, [("time", "07:30", False)], "worded time"),
    ("tháng 4/2023", None, [("month", "2023-04", False)], "month/year"),
    ("tháng 5 năm 2024", None, [("month", "2024-05", False)], "worded month"),
    ("trong tháng 6", 2022, [("month", "2022-06", True)], "month with the year argument"),
    ("Ngày Tình nguyện quốc tế 5-12 được", 2023, [("date", "2023-12-05", True)], "after a titled day"),
    ("İ ngày 16 tháng 5 năm 2024", None, [("date", "2024-05-16", False)], "lower case longer"),
]

# text, rule: nothing here is a date
NOT_DATES = [
    ("Chở 3.5 tấn hàng", "a decimal with a unit"),
    ("Có 1-3 đội hình", "a small range before a counted noun"),
    ("Đạt 10/12 chi đoàn", "a ratio before a counted noun"),
    ("Có 25-35 người", "not a valid month"),
    ("kéo dài trong 2h", "a duration in hours"),
    ("ngày 31/2/2024", "an impossible date"),
    ("Đạt 1/2 số xã", "a fraction before số"),
    ("tăng 1.5 lần", "a dotted decimal without a date cue"),
    ("Covid-19", "a name"),
    ("8.884 người", "thousands"),
]


@pytest.mark.parametrize(("text", "year", "expected", "rule"), CASES, ids=[c[3] for c in CASES])
def test_dates(text: str, year: int | None, expected: list[tuple[str, str | None, bool]], rule: str) -> None:
    found = find_dates(text, year=year)
    assert [(d.kind, d.value, d.year_inferred) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(("text", "rule"), NOT_DATES, ids=[c[1] for c in NOT_DATES])
def test_not_dates(text: str, rule: str) -> None:
    assert find_dates(text, year=2024) == []


def test_date_digits_are_not_figures() -> None:
    text = "Ngày 11/8/2023, lúc 07h30, từ 1/7 - 10/7/2025 có 300 đoàn viên"
    qs = find_quantities(text)
    assert [q.value for q in qs if q.nonfigure is None] == [300]
    assert {q.nonfigure for q in qs if q.value != 300} == {"date", "time"}


def test_range_span_covers_both_ends() -> None:
    text = "diễn ra từ ngày 1/7/2025 đến ngày 10/7/2025 tại"
    (d,) = find_dates(text)
    assert d.text == "1/7/2025 đến ngày 10/7/2025"
