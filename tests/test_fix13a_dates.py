"""Date-like numbers of fix 13a, on texts written for these tests.

Ranges of months (spec §2.1: dates are never figures): "M/YYYY - M/YYYY" (a dash, an en dash,
"đến" or "tới" between; "tháng" before either end or none) is two months, and neither month is a
figure. The day an administrative unit was reorganised ("sau khi tỉnh X được sắp xếp lại từ ngày
...") is no event date (spec §3 `event_dates`: the days the reported activities took place)."""

from __future__ import annotations

import pytest

from reportextract.numbers.dates import find_dates
from reportextract.numbers.quantities import find_quantities
from reportextract.structure import meta


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("III. KẾT QUẢ GIAI ĐOẠN (9/2023 - 12/2025)", ["2023-09", "2025-12"]),
        ("b) Sau sáp nhập (8/2025 – 3/2026)", ["2025-08", "2026-03"]),
        ("trong thời gian từ 02/2024 đến 05/2024, các chi đoàn", ["2024-02", "2024-05"]),
        ("từ tháng 4/2025 - 9/2025 có", ["2025-04", "2025-09"]),
        ("từ 4/2025 tới tháng 9/2025 có", ["2025-04", "2025-09"]),
    ],
)
def test_a_range_of_months_is_two_months(text: str, values: list[str]) -> None:
    found = find_dates(text)
    assert [d.kind for d in found] == ["month", "month"]
    assert [d.value for d in found] == values


@pytest.mark.parametrize(
    "text",
    [
        "III. KẾT QUẢ GIAI ĐOẠN (9/2023 - 12/2025)",
        "Giai đoạn 3/2024 – 8/2025, toàn huyện có 14 đội hình.",
        "Từ tháng 3/2024 - 8/2025, toàn huyện có 14 đội hình.",
    ],
)
def test_no_month_of_a_range_is_a_figure(text: str) -> None:
    figures = [q.value for q in find_quantities(text) if q.nonfigure is None]
    assert figures == ([14] if "14" in text else [])


def test_a_lone_month_year_or_a_ratio_is_no_month_range() -> None:
    # negatives: an issue number with a dash and a day after it, a ratio, a lone "M/YYYY"
    assert [d.kind for d in find_dates("Số 11/2025 - phát hành ngày 05/12/2025")] == ["date"]
    assert find_dates("đạt 7/2000 hồ sơ") == []
    assert find_dates("Bản tin 3/2025") == []
    # a day range of a month is still a day range
    assert [d.kind for d in find_dates("từ 12 - 15/7/2025")] == ["daterange"]


def _events(body: str) -> list[str]:
    return meta.event_dates(body, [], since_clauses=True, own_date="2025-12-20", loose_forms=True)


@pytest.mark.parametrize(
    "opening",
    [
        "Sau khi tỉnh Hòa Bình được sắp xếp lại từ ngày 01/7/2025",
        "Khi xã Tân Lập được sáp nhập vào ngày 01/7/2025",
        "Từ khi thành phố Huế được hợp nhất từ ngày 01/7/2025",
    ],
)
def test_the_day_a_unit_was_reorganised_is_no_event(opening: str) -> None:
    body = f"{opening}, các chi đoàn điều chỉnh địa bàn. Ngày 14/9/2025, Đoàn trường tổ chức hội trại."
    assert _events(body) == ["2025-09-14"]


def test_an_activity_about_a_reorganisation_keeps_its_date() -> None:
    # negative: the subject is no unit, and the body did something that day
    body = "Ngày 20/8/2025, Ban Thường vụ tổ chức hội nghị sắp xếp lại các chi đoàn trực thuộc."
    assert _events(body) == ["2025-08-20"]
    body = "Sau khi hội nghị được tổ chức vào ngày 12/10/2025, các chi đoàn triển khai ngay."
    assert _events(body) == ["2025-10-12"]
