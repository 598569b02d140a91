"""A number in a bracket that breaks a total down: one test for the number reader and the unit finder
(``units`` may import this leaf package), so that both read the same bracket the same way."""

from __future__ import annotations

import regex

#: a total right before the bracket that breaks it down: a number, then one to four words of what it
#: counts ("64 sinh viên (", "1.200 đoàn viên ("); group 1 its first word, group 2 its second
_TOTAL_BEFORE_BRACKET = regex.compile(
    r"\d[ \t\u00a0]+(\p{L}+)(?:[ \t\u00a0]+(\p{L}+))?(?:[ \t\u00a0]+\p{L}+){0,2}[ \t\u00a0]*\($"
)
#: the first words of a total that counts units: its bracket lists the units themselves, by their
#: names ("12 trường (Trường THPT A 1, Trường THPT A 2)"), whose numbers are the names' own
_UNIT_TOTALS = frozenset({"trường", "xã", "phường", "đơn", "cơ", "chi", "đoàn", "liên", "thôn", "bản", "ấp",
                          "khu", "huyện", "tỉnh"})
#: the first two words of a total of people that a unit word opens: "đoàn viên" counts members, so
#: its bracket breaks them down ("1.200 đoàn viên (Chi đoàn A 30, …)")
_PEOPLE_TOTALS = frozenset({("đoàn", "viên")})
#: how far back a breakdown's bracket may open
_BREAKDOWN_REACH = 160


def in_breakdown_bracket(text: str, pos: int) -> bool:
    """Whether `pos` lies in an open bracket right after a total of what is not units ("có 64 sinh
    viên (CĐ A 29, CĐ B 21, các trường còn lại 14)"): a number that ends an item counts its share."""
    i = text.rfind("(", max(0, pos - _BREAKDOWN_REACH), pos)
    if i < 0 or text.find(")", i, pos) >= 0:
        return False
    total = _TOTAL_BEFORE_BRACKET.search(text, max(0, i - 60), i + 1)
    if total is None:
        return False
    first, second = total.group(1).lower(), (total.group(2) or "").lower()
    return first not in _UNIT_TOTALS or (first, second) in _PEOPLE_TOTALS
