"""Review 22c #1/#14: the second and later items of a list a colon opens, with no list marks, keep
their label's number as a name and their figure; the walk back to the colon goes over items of the
same "Label N: M" shape only."""

from __future__ import annotations

from reportextract.numbers import find_quantities
from reportextract.numbers.dates import find_dates

_LIST = (
    "Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\nNhà máy Gạch 3: 20 sáng kiến.\nNhà máy Gạch 4: 12 sáng kiến."
)


def _read(text: str, nonfigure: str | None) -> list[object]:
    return [q.value for q in find_quantities(text) if q.nonfigure == nonfigure]


def test_later_items_of_a_colon_list_are_labels() -> None:
    assert _read(_LIST, "name") == [2, 3, 4]
    assert _read(_LIST, None) == [40, 20, 12]
    assert [d.kind for d in find_dates(_LIST, 2025)] == []


def test_blank_lines_between_items_do_not_end_the_list() -> None:
    text = "Dẫn đầu:\n\nNhà máy Gạch 2: 40 sáng kiến.\n\nNhà máy Gạch 3: 20 sáng kiến."
    assert _read(text, None) == [40, 20]


def test_a_prose_line_ends_the_walk_back() -> None:
    # negative neighbour: a line of prose between the list and the line leaves "5: 30" a clock time
    text = (
        "Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\nBuổi chiều, hội nghị tiếp tục.\nPhiên bế mạc 5: 30 chiều."
    )
    assert "05:30" in [d.value for d in find_dates(text, 2025) if d.kind == "time"]
    assert _read(text, "name") == [2]


def test_items_with_no_colon_line_above_are_no_labels() -> None:
    # negative neighbour: the same items with no line ending with ":" above them are not a list
    text = "Hội nghị diễn ra.\nNhà máy Gạch 2: 40 sáng kiến.\nNhà máy Gạch 3: 20 sáng kiến."
    assert _read(text, "name") == []
