"""Review 22b #1/#2: a number before a colon, a space and a figure is a list label's name only in a
list item; a ratio, a score or a spaced clock time in a sentence keeps its reading."""

from __future__ import annotations

from reportextract.numbers import find_quantities
from reportextract.numbers.dates import find_dates


def _names(text: str) -> list[object]:
    return [q.value for q in find_quantities(text) if q.nonfigure == "name"]


def test_ratio_and_score_keep_their_first_number() -> None:
    assert _names("Tỷ lệ nam nữ là 3: 2.") == []
    assert _names("Đội A thắng 3: 1 trước đội B.") == []
    assert _names("Trong đó có 3: 2 em đạt giải.") == []


def test_list_labels_number_is_still_its_name() -> None:
    # negative neighbour: a list item's label keeps its number as its name
    assert _names("- Chi đoàn Xưởng Cơ khí 3: 24 sáng kiến.") == [3]
    assert _names("Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.") == [2]


def test_spaced_clock_time_without_cue_is_a_time() -> None:
    for text, time in (
        ("Hội nghị khai mạc 7: 30 sáng ngày 5/3 với 200 đại biểu.", "07:30"),
        ("Buổi lễ bắt đầu 14: 00, thu hút 300 đoàn viên.", "14:00"),
    ):
        assert time in [d.value for d in find_dates(text, 2025) if d.kind == "time"]
        values = [q.value for q in find_quantities(text) if q.nonfigure is None]
        assert 30 not in values and 0 not in values


def test_list_labels_colon_is_no_time() -> None:
    # negative neighbour: "- Chi đoàn Tổ Lò 2: 18 sáng kiến" is no clock time
    assert [d.kind for d in find_dates("- Chi đoàn Tổ Lò 2: 18 sáng kiến.", 2025)] == []
