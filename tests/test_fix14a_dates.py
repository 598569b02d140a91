"""Event dates of fix 14a, on texts written for these tests.

The day the two-level local government took effect is no event date (spec §3 `event_dates`: the
days the reported activities took place; the day units were merged or founded is not one), in
either order: the reform named right before "từ ngày ..." or named after the date with its verb of
taking effect. An activity about the reform keeps its date. A date that belongs to a cited
document number is never an event date."""

from __future__ import annotations

import pytest

from reportextract.structure import meta


def _events(body: str) -> list[str]:
    return meta.event_dates(body, [], since_clauses=True, own_date="2025-12-20", loose_forms=True)


@pytest.mark.parametrize(
    "sentence",
    [
        "Việc vận hành chính quyền địa phương 2 cấp từ ngày 01/7/2025 đặt ra yêu cầu mới cho cơ sở.",
        "Mô hình chính quyền địa phương hai cấp chính thức hoạt động từ ngày 1/7/2025 nên chi đoàn đổi tên.",
        "Các xã, phường mới đi vào hoạt động kể từ ngày 01/7/2025 với bộ máy gọn hơn.",
        "Ngày 01/7/2025, chính quyền địa phương hai cấp chính thức đi vào hoạt động trên cả nước.",
        "Phường Bình Minh chính thức hoạt động từ ngày 01/7/2025 sau khi sắp xếp.",
    ],
)
def test_the_day_a_reform_took_effect_is_no_event(sentence: str) -> None:
    body = f"{sentence} Ngày 14/9/2025, Đoàn phường tổ chức hội trại cho 300 thiếu nhi."
    assert _events(body) == ["2025-09-14"]


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        # negatives: an activity about the reform, on its own day
        (
            "Ngày 06/7/2025, Tỉnh đoàn tổ chức ra quân hỗ trợ vận hành chính quyền địa phương 2 cấp.",
            ["2025-07-06"],
        ),
        (
            "Để hỗ trợ chính quyền địa phương 2 cấp, ngày 10/7/2025 Đoàn xã ra mắt tổ công nghệ số.",
            ["2025-07-10"],
        ),
        (
            "Từ ngày 01/7 đến ngày 12/7/2025, các đội hình hỗ trợ vận hành chính quyền hai cấp tại 40 xã.",
            ["2025-07-01/2025-07-12"],
        ),
    ],
)
def test_an_activity_about_the_reform_keeps_its_date(body: str, dates: list[str]) -> None:
    assert _events(body) == dates


def test_a_cited_documents_date_is_no_event() -> None:
    body = (
        "Thực hiện Chương trình phối hợp số 04-CTrPH/ĐTN-HCCB ngày 12/3/2025 giữa hai bên, "
        "ngày 26/3/2025 Đoàn cơ sở tổ chức mít tinh."
    )
    refs = meta.find_references(body, None)
    excluded = [span for _, spans in refs for span in spans]
    assert meta.event_dates(body, excluded, since_clauses=True, own_date="2025-12-20") == ["2025-03-26"]
