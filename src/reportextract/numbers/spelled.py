"""Numbers written in Vietnamese words: "mười lăm", "bốn mươi tư", "một trăm linh năm", "hai triệu rưỡi".

The grammar is strict on purpose: a word sequence that is not a well-formed number gives ``None``,
so ordinary words ("một số", "năm nay") are never read as numbers by accident.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from reportextract.numbers.lexicon import alternation, spelled_words


def _role(word: str) -> tuple[int, str] | None:
    return spelled_words().get(word)


def _digit(word: str) -> int | None:
    r = _role(word)
    return r[0] if r and r[1] == "digit" else None


def _under_100(ws: list[str]) -> int | None:
    """0..99: "năm", "mười", "mười lăm", "hai mươi", "hai mươi mốt", "bốn mươi tư"."""
    if not ws:
        return None
    if len(ws) == 1:
        return 10 if ws[0] == "mười" else _digit(ws[0])
    if ws[0] == "mười":
        if len(ws) != 2:
            return None
        u = ws[1]
        if u in ("lăm", "nhăm", "năm"):
            return 15
        d = _digit(u)
        return 10 + d if d is not None and d > 0 else None
    tens = _digit(ws[0])
    if tens is None or tens < 2 or ws[1] != "mươi" or len(ws) > 3:
        return None
    if len(ws) == 2:
        return tens * 10
    u = ws[2]
    r = _role(u)
    if r is None:
        return None
    if r[1] == "unit_after_tens" or (r[1] == "digit" and r[0] > 0):
        return tens * 10 + r[0]
    return None


def _under_1000(ws: list[str]) -> int | None:
    if "trăm" not in ws:
        return _under_100(ws)
    i = ws.index("trăm")
    if i != 1 or "trăm" in ws[i + 1 :]:
        return None
    h = _digit(ws[0])  # "không trăm" (0) is the formal start of an inner group
    if h is None:
        return None
    rest = ws[2:]
    if not rest:
        return h * 100
    if rest == ["rưỡi"]:
        return h * 100 + 50
    if rest[0] in ("linh", "lẻ"):
        if len(rest) != 2:
            return None
        d = _digit(rest[1])
        return h * 100 + d if d is not None and d > 0 else None
    t = _under_100(rest)
    if t is None or t < 10:
        return None
    return h * 100 + t


def _big_scale(word: str) -> int | None:
    r = _role(word)
    return r[0] if r and r[1] == "scale" else None


def words_value(ws: list[str]) -> int | None:
    """Value of a list of lower-case number words, or ``None`` when they do not form a number."""
    if not ws or len(ws) > 40:
        return None
    scaled = [(i, s) for i, w in enumerate(ws) if (s := _big_scale(w)) is not None]
    if not scaled:
        return _under_1000(ws)
    top = max(s for _, s in scaled)
    i = max(i for i, s in scaled if s == top)
    left, right = ws[:i], ws[i + 1 :]
    if not left:
        return None
    lv = words_value(left)
    if lv is None or lv == 0:
        return None
    rv: int | None
    if not right:
        rv = 0
    elif right == ["rưỡi"]:
        rv = top // 2
    elif right[0] in ("linh", "lẻ"):
        d = words_value(right[1:])
        rv = d if d is not None and d < 10 else None
    else:
        rv = words_value(right)
    if rv is None or rv >= top:
        return None
    return lv * top + rv


def parse_words(text: str) -> int | Decimal | None:
    """Value of a whole phrase of number words ("hai triệu rưỡi" -> 2500000); ``None`` if not one."""
    ws = [w.casefold() for w in regex.findall(r"\w+", text)]
    if "phẩy" in ws:
        i = ws.index("phẩy")
        ip = words_value(ws[:i])
        frac = [_digit(w) for w in ws[i + 1 :]]
        if ip is None or not frac or any(d is None for d in frac):
            return None
        return Decimal(f"{ip}.{''.join(str(d) for d in frac)}")
    return words_value(ws)


@cache
def run_pattern() -> regex.Pattern[str]:
    """Maximal runs of (lower-case) number words separated by spaces."""
    words = alternation(tuple(spelled_words()))
    return regex.compile(rf"(?<!\w)(?:{words})(?:[ \t]+(?:{words}))*(?!\w)")


#: words that on their own are a number only in a clear numeric context
STRUCTURE_ROLES = frozenset({"ten", "tens", "hundred", "scale", "half", "unit_after_tens", "zero_tens"})


def is_structured(ws: list[str]) -> bool:
    """A run that cannot be an ordinary word: it has "mười", "mươi", "trăm", a scale word..."""
    if ws == ["mười"]:
        return True
    return len(ws) > 1 and any((r := _role(w)) is not None and r[1] in STRUCTURE_ROLES for w in ws)
