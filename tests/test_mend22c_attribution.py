"""Attribution, review 22 mend c (#9): members counted right before their commune over no-break
spaces are the commune's (spec §2.3), a case the old gap pattern missed. Every sentence was written
for these tests.
"""

from __future__ import annotations

from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext


def _unit_of(text: str, number: str) -> str | None:
    at = text.index(number)
    found = Attributor(text, TextContext.build(text)).resolve(at, at + len(number))
    return None if found is None else found.unit


def test_members_before_their_commune_over_no_break_spaces() -> None:
    text = "Huyện đoàn A huy động 25\u00a0đoàn viên\u00a0xã Ngọc Chúc trồng 300 cây xanh."
    assert _unit_of(text, "25") == "xã Ngọc Chúc"


def test_members_over_no_break_spaces_before_a_place_where_they_take_part() -> None:
    # negative neighbour: "tham gia tại" says where they took part, the members stay the district's
    text = "Huyện đoàn A huy động 25\u00a0đoàn viên\u00a0tham gia tại xã Ngọc Chúc."
    assert _unit_of(text, "25") == "huyện A"
