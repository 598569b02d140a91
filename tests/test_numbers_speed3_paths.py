"""The shortcuts of the number scanner give what the plain steps give.

Each test holds a fast path of ``reportextract.numbers.quantities`` to the plain code it replaced,
on random input.
"""

from __future__ import annotations

import random
from decimal import Decimal

import regex

from reportextract.numbers import quantities as q

_SEP = regex.compile(r"[.,]")


def _read_digits_plain(raw: str, ctx: str) -> tuple[Decimal | None, str | None, bool]:
    """``_read_digits`` as written before its shortcuts (separators split by a pattern)."""
    too_long = "too many digits for a quantity: a code"
    if raw.isdigit():
        if len(raw) > q._MAX_DIGITS:
            return Decimal(raw), too_long, True
        if len(raw) >= 9 or (len(raw) >= 4 and raw[0] == "0"):
            return Decimal(raw), "a long unseparated digit run with a leading zero or 9+ digits: a code", True
        return Decimal(raw), None, False
    digits = len(raw) - raw.count(".") - raw.count(",")
    if digits > q._MAX_DIGITS:
        return Decimal(_SEP.sub("", raw)), too_long, True
    dots, commas = raw.count("."), raw.count(",")
    groups = _SEP.split(raw)
    if commas == 0:
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return Decimal(raw.replace(".", "")), None, False
        if dots == 1:
            why = f"a dot followed by {len(groups[1])} digit(s) cannot group thousands: decimal"
            return Decimal(raw), why, False
        return Decimal(groups[0]), "dotted number, not a thousands grouping: a code or list number", True
    if dots == 0:
        if commas == 1:
            ip, fp = groups
            if len(fp) == 3 and len(ip) <= 3 and ip.lstrip("0"):
                if ctx in ("scale", "unit"):
                    why = "comma read as the decimal mark (before a scale word or unit)"
                    return Decimal(f"{ip}.{fp}"), why, False
                why = "a count cannot be fractional" if ctx == "count" else "no measuring unit follows"
                return Decimal(ip + fp), f"comma read as thousands separator ({why})", False
            return Decimal(f"{ip}.{fp}"), None, False
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return Decimal(raw.replace(",", "")), "commas group thousands (English style)", False
        return None, "list of numbers", True
    if q._VN_FULL.fullmatch(raw):
        return Decimal(raw.replace(".", "").replace(",", ".")), None, False
    if q._EN_FULL.fullmatch(raw):
        return Decimal(raw.replace(",", "")), "comma thousands and dot decimal (English style)", False
    return Decimal(groups[0]), "mixed separators: a code", True


def _random_token(rnd: random.Random) -> str:
    """Digit groups of 1 to 4 digits (sometimes many) joined by dots and commas, as ``_TOKEN`` reads."""
    groups = [
        "".join(rnd.choice("0123456789") for _ in range(rnd.choice((1, 2, 3, 3, 3, 4, 12))))
        for _ in range(rnd.choice((1, 1, 2, 2, 3, 4, 9, 11)))
    ]
    out = groups[0]
    for g in groups[1:]:
        out += rnd.choice(".....,") + g
    return out


def test_read_digits_equals_the_plain_steps():
    rnd = random.Random(3)
    for _ in range(20000):
        raw = _random_token(rnd)
        for ctx in ("scale", "unit", "count", "word", "end"):
            assert q._read_digits(raw, ctx) == _read_digits_plain(raw, ctx), (raw, ctx)


def test_line_start_equals_rfind_in_any_order():
    rnd = random.Random(4)
    for _ in range(300):
        text = "".join(rnd.choice("ab \n1") for _ in range(rnd.randrange(0, 60)))
        t = q._Text(text)
        positions = [rnd.randrange(0, len(text) + 1) for _ in range(20)]
        if rnd.random() < 0.5:
            positions.sort()
        for pos in positions:
            assert t.line_start(pos) == text.rfind("\n", 0, pos) + 1, (text, pos)
