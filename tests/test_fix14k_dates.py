"""The year of a day written without one (fix14k): a year a figure is compared with ("tăng 22% so
với năm 2024") is a baseline, never the year of a day (spec §3 `event_dates`). Texts written for
these tests."""

from __future__ import annotations

import pytest

from reportextract.structure import meta


def _events(body: str, own: str | None = "2025-09-12") -> list[str]:
    return meta.event_dates(body, [], since_clauses=True, own_date=own, loose_forms=True)


@pytest.mark.parametrize(
    "tail",
    [
        "tăng 15% so với năm 2024.",
        "tăng 15% so với cùng kỳ năm 2024.",
        "gấp đôi so với 2024.",
        "tăng 300 lượt so năm 2024.",
    ],
)
def test_compared_year_dates_no_day(tail: str) -> None:
    body = f"Trong 3 tuần (từ ngày 5/8 đến 26/8), huyện có 8.000 lượt thanh niên tham gia, {tail}"
    assert _events(body) == ["2025-08-05/2025-08-26"]


def test_compared_year_at_sentence_start() -> None:
    body = "So với năm 2023, số lượt tăng mạnh. Ngày 7/9, Đoàn xã tổ chức lễ tổng kết."
    assert _events(body) == ["2025-09-07"]


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        # negatives: a year of the activity itself still dates the day
        ("Ngày 7/9, hội thi năm 2024 được tổ chức tại nhà văn hóa.", ["2024-09-07"]),
        # a year of a "số" word is no comparison ("số liệu năm 2024")
        ("Ngày 7/9 năm 2024, Đoàn xã tổng hợp số liệu và trao 20 suất quà.", ["2024-09-07"]),
    ],
)
def test_other_years_still_date_the_day(body: str, dates: list[str]) -> None:
    assert _events(body) == dates
