"""Ranges of months of fix 13a (spec §2.1: dates are never figures), on texts written for these
tests: "M/YYYY - M/YYYY" (a dash, an en dash, "đến" or "tới" between; "tháng" before either end
or none) is two months, and neither month is a figure."""

from __future__ import annotations

import pytest

from reportextract.numbers.dates import find_dates
from reportextract.numbers.quantities import find_quantities


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
