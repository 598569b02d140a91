"""mend24c: review 24 b#1 (numbers/quantities.py): a verb of putting things on a route is lower case,
so the place name "Sơn" (xã Quế Sơn) is not the verb "sơn", and its object ends at "và", which may
open another verb's phrase.

Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract import find_quantities


def _quals(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.qualifier) for q in find_quantities(text)]


def test_place_named_son_before_on_a_route_keeps_more_than():
    assert _quals("Đoàn viên xã Quế Sơn tuần tra trên 20 km đường biên giới.") == [("20 km", "more_than")]
    assert _quals("Thanh niên Hương Sơn bảo vệ trên 20 km đường biên giới.") == [("20 km", "more_than")]


def test_placing_verb_of_an_earlier_phrase_ends_at_va():
    assert _quals("Đoàn viên trồng cây xanh và tuần tra trên 40 km đường biên giới.") == [
        ("40 km", "more_than")
    ]


def test_placing_verb_still_says_where_the_route_is():
    # negative neighbours: the verb in lower case, or opening a sentence or a list item
    assert _quals("Đoàn viên sơn vạch giảm tốc trên 2,4 km đường.") == [("2,4 km", None)]
    assert _quals("Sơn vạch giảm tốc trên 2,4 km đường.") == [("2,4 km", None)]
    assert _quals("Kết quả:\n- Thu gom rác thải trên 12 km đường.") == [("12 km", None)]
