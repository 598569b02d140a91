"""Range ends with an approximation word before them (spec §2.2): the low end is still at_least.

Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.numbers import find_quantities


def _quals(text: str) -> list[tuple[object, str | None, str | None]]:
    return [(q.value, q.qualifier, q.range_role) for q in find_quantities(text) if q.nonfigure is None]


def test_about_before_a_range_gives_at_least_and_at_most():
    assert _quals("Mỗi buổi có khoảng 20-25 em tham dự.") == [
        (20, "at_least", "low"),
        (25, "at_most", "high"),
    ]
    assert _quals("thu hút chừng 150 đến 200 người dân") == [
        (150, "at_least", "low"),
        (200, "at_most", "high"),
    ]


def test_about_before_a_single_number_stays_about():
    assert _quals("thu hút khoảng 180 người dân và 20 tình nguyện viên") == [
        (180, "about", None),
        (20, None, None),
    ]


def test_other_qualifiers_before_a_range_are_kept():
    # "hơn" says more than the low end: it is not the range's own reading
    assert _quals("có hơn 40-50 hộ nhận quà")[0][1] == "more_than"
