"""Review 23 b #1/#2/#14: the walk back from an unmarked item to the colon opening its list. A clock
time ("Khai mạc 7: 30 sáng") is no label's number, on its own line or as a line walked over; an item
with no number in its label, or a word before its figure, does not end the walk; a long run of blank
lines does not either. Every text was written for these tests."""

from __future__ import annotations

from reportextract.numbers import find_quantities
from reportextract.numbers.dates import find_dates


def _read(text: str, nonfigure: str | None) -> list[object]:
    return [q.value for q in find_quantities(text) if q.nonfigure == nonfigure]


def _times(text: str) -> list[str | None]:
    return [d.value for d in find_dates(text, 2025) if d.kind == "time"]


def test_a_schedule_after_a_colon_keeps_its_times() -> None:
    text = "Chương trình:\nKhai mạc 7: 30 sáng.\nBế mạc 11: 00 trưa."
    assert _times(text) == ["07:30", "11:00"]
    assert _read(text, "name") == []


def test_a_list_of_initiatives_after_a_colon_keeps_its_labels() -> None:
    # negative neighbour: "sáng kiến" after the figure is a count, not the morning
    text = "Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\nNhà máy Gạch 3: 20 sáng kiến."
    assert _times(text) == []
    assert _read(text, None) == [40, 20]


def test_an_item_with_no_label_number_or_a_qualified_figure_does_not_end_the_walk() -> None:
    for middle in ("Xưởng Cơ khí: 30 sáng kiến.", "Nhà máy Gạch 5: hơn 30 sáng kiến."):
        text = f"Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\n{middle}\nNhà máy Gạch 3: 20 sáng kiến."
        assert _times(text) == [], middle
        assert _read(text, "name")[-1] == 3, middle


def test_a_prose_line_still_ends_the_walk() -> None:
    # negative neighbour: a line of prose (no colon after a short capitalised label) between the items
    text = (
        "Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\nCác đơn vị còn lại đều đạt chỉ tiêu đề ra trong năm.\n"
        "Nhà máy Gạch 3: 20 sáng kiến."
    )
    assert _times(text) == ["03:20"]


def test_a_long_run_of_blank_lines_does_not_end_the_walk() -> None:
    text = "Kết quả:\nĐội Nhà máy 2: 40 sáng kiến.\n" + "\n" * 300 + "Đội Xưởng 3: 20 sáng kiến."
    assert _times(text) == []
    assert _read(text, None) == [40, 20]
