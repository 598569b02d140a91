"""Round 8a, event dates (structure/meta.py): a year-less day takes its year from the page's own
date before a year written in another sentence, when that year would put the day more than half
a year away from the own date. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure import meta


def _dates(text: str, own: str | None) -> list[str]:
    return meta.event_dates(text, [], own_date=own, since_clauses=True, loose_forms=True)


def test_own_date_before_a_year_of_another_sentence() -> None:
    text = (
        "Ngày 9/4, Đoàn phường A tổ chức đại hội lần thứ nhất.\n"
        "Từ tháng 8/2025 đến nay, Đoàn phường đã ra quân 15 đội hình."
    )
    assert _dates(text, "2026-04-10") == ["2026-04-09"]


def test_year_in_the_same_sentence_keeps_dating_the_day() -> None:
    # negative: the year is written in the day's own sentence
    text = "Ngày 9/4, trong Tháng Thanh niên 2025, Đoàn phường A ra quân 15 đội hình."
    assert _dates(text, "2026-04-10") == ["2025-04-09"]


def test_year_of_another_sentence_close_to_the_own_date_stays() -> None:
    # negative: the text's year puts the day five days after the own date, within reach
    text = "Ngày 20/3, Đoàn phường A tổ chức hội trại.\nNăm 2025, Đoàn phường đặt mục tiêu 15 công trình."
    assert _dates(text, "2025-03-15") == ["2025-03-20"]


def test_no_own_date_keeps_the_text_year() -> None:
    # negative: without an own date the text's year is all there is
    text = (
        "Ngày 9/4, Đoàn phường A tổ chức đại hội lần thứ nhất.\n"
        "Từ tháng 8/2025 đến nay, Đoàn phường đã ra quân 15 đội hình."
    )
    assert _dates(text, None) == ["2025-04-09"]


def test_own_sentence_year_agreeing_with_the_own_date_beats_the_years_of_a_plan() -> None:
    # the plan for next year names its year twice, the day's own sentence and the page agree
    text = (
        "Tối 12/12, Hội LHTN tỉnh tổ chức chung kết cuộc thi khởi nghiệp năm 2025.\n"
        "Ngân hàng dự kiến giải ngân thêm 2 tỷ đồng trong quý I/2026. Năm 2026, Hội sẽ mở rộng cuộc thi."
    )
    assert _dates(text, "2025-12-13") == ["2025-12-12"]


def test_plan_years_still_date_a_day_the_own_date_does_not_agree_with() -> None:
    # negative: the sentence's year is not the one the page's date gives the day
    text = (
        "Ngày 12/12, Hội LHTN tỉnh công bố kế hoạch năm 2026.\n"
        "Trong quý I/2026, Hội sẽ giải ngân 2 tỷ đồng. Năm 2026, Hội mở rộng cuộc thi."
    )
    assert _dates(text, "2025-12-13") == ["2026-12-12"]  # (then dropped as a later plan by segment)
