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


def test_line_of_equals_rfind_and_the_junk_pattern_in_any_order():
    rnd = random.Random(4)
    for _ in range(300):
        text = "".join(rnd.choice("ab \n1*-\t") for _ in range(rnd.randrange(1, 60)))
        t = q._Text(text)
        positions = [rnd.randrange(0, len(text)) for _ in range(20)]
        if rnd.random() < 0.5:
            positions.sort()
        for pos in positions:
            ls, reach = t.line_of(pos)
            assert ls == text.rfind("\n", 0, pos) + 1, (text, pos)
            # what the scanner asked before: the number at ``pos`` may open its line
            opens_with_junk = text[ls].isspace() or text[ls] in q._LINE_START_MARKS
            opens = (pos == ls or opens_with_junk) and t.junk_end(ls) >= pos
            assert (pos <= reach) == opens, (text, pos)


def test_junk_end_answers_the_line_start_pattern():
    rnd = random.Random(6)
    alphabet = [" ", "\t", "\n", "*", "#", ">", "•", "·", "-", "–", "+", "_", "a", "1", "\u00a0", "\u2028",
                "\x1c"]
    for _ in range(500):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 40)))
        t = q._Text(text)
        for ls in range(len(text) + 1):
            for s in range(ls, len(text) + 1):
                expected = q._LINE_START_JUNK.fullmatch(text, ls, s) is not None
                assert (t.junk_end(ls) >= s) == expected, (text, ls, s)


def _opener_plain(text: str, s: int, e: int) -> str | None:
    """``dates._opener`` as written before the test of the character after the spaces."""
    from reportextract.numbers.dates import _short_run_at, _skip_spaces

    n = len(text)
    if e >= n:
        return None
    c = text[e]
    if c in "/.":
        return c if _short_run_at(text, e + 1) else None
    if c in "hHgG:":
        return c
    if c in "-–,":
        return c if _short_run_at(text, _skip_spaces(text, e + 1)) else None
    if not c.isspace():
        return None
    j = _skip_spaces(text, e + 1)
    if j >= n:
        return None
    d = text[j]
    if d in "-–,":
        return " " if _short_run_at(text, _skip_spaces(text, j + 1)) else None
    if d in "vV":
        return " " if text[j : j + 2].lower() == "và" else None
    if d in "gG" and text[j : j + 3].lower() == "giờ":
        return " "
    if d in "hHgG:":
        return " " if text[_skip_spaces(text, j + 1) : _skip_spaces(text, j + 1) + 1].isdigit() else None
    return None


def test_date_opener_equals_the_plain_steps():
    from reportextract.numbers.dates import _opener, digit_runs

    rnd = random.Random(8)
    alphabet = ["1", "2", "12", " ", "  ", "\n", "/", ".", "-", "–", ",", "h", "H", "g", "G", ":", "và", "Và",
                "giờ", "Giờ", "a", "đ", "x", "\u00a0"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 12)))
        for s, e in digit_runs(text):
            assert _opener(text, s, e) == _opener_plain(text, s, e), (text, s, e)


def test_plain_digit_runs_read_inline_as_read_digits_reads_them():
    """``_scan_digits`` reads a digit-only token of under 4 digits, or of 4 to 8 without a leading
    zero, as ``(Decimal(raw), None, False)`` without calling ``_read_digits``."""
    for length in range(1, 14):
        for raw in ("0" * length, "1" * length, "0" + "7" * (length - 1), "9" * length):
            inline = len(raw) < 4 or (len(raw) < 9 and raw[0] != "0")
            for ctx in ("scale", "unit", "count", "word", "end"):
                if inline:
                    assert q._read_digits(raw, ctx) == (Decimal(raw), None, False), (raw, ctx)


def test_first_word_before_is_the_first_of_the_words_before():
    rnd = random.Random(9)
    alphabet = ["a", "B", "Đ", "ệ", "1", "-", "-", " ", " ", "\t", "\u00a0", "\n", ".", "\u0301", "ǅ", "²",
                "İ", "–", "_", "x" * 30]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 140)))
        t = q._Text(text)
        for pos in range(len(text) + 1):
            words = t.before(pos)
            assert t.before_first(pos) == (words[0] if words else None), (text, pos)


def test_date_starts_skip_only_runs_without_an_opener():
    from reportextract.numbers.dates import _AFTER_SPACE, _opener, digit_runs

    rnd = random.Random(10)
    alphabet = ["1", "12", " ", " ", "\n", "\u00a0", "/", ".", "-", "–", ",", "h", "g", ":", "và", "giờ", "a",
                "đ"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 10)))
        for s, e in digit_runs(text):
            after = text[e + 1 : e + 2]
            if text[e : e + 1] == " " and after not in _AFTER_SPACE and not after.isspace():
                assert _opener(text, s, e) is None, (text, s, e)


def test_may_join_holds_wherever_a_range_gap_matches():
    rnd = random.Random(12)
    alphabet = [" ", " ", "\t", "\n", "\u00a0", "-", "–", "—", "đến", "Đến", "ĐẾN", "tới", "Tới", "đ", "t",
                "a", "x", "đếnn"]
    for _ in range(20000):
        gap = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 6)))
        text = "1" + gap + "2"
        end = len(text) - 1
        if q._RANGE_DASH.fullmatch(text, 1, end) or q._RANGE_WORD.fullmatch(text, 1, end):
            assert q._may_join(text, 1, end), gap



def test_a_digit_run_followed_by_no_glue_is_its_whole_token():
    from reportextract.numbers.dates import digit_runs

    rnd = random.Random(14)
    alphabet = ["1", "23", "456", ".", ",", "\u00a0", "\u202f", "\u2009", " ", "a", "-", "/"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 16)))
        for s, e in digit_runs(text):
            if text[e : e + 1] not in q._TOKEN_GLUE:
                m = q._TOKEN.match(text, s)
                assert m is not None and m.span() == (s, e), (text, s)


def _serial_starts_plain(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """``docnumbers._serial_starts`` as written before its test of the character after the run."""
    out = []
    n = len(text)
    for s, e in runs:
        if e - s > 5 or e >= n:
            continue
        j = e
        while j < n and text[j].isspace():
            j += 1
        if j >= n or text[j] not in "-–/":
            continue
        slash = text[j] == "/"
        j += 1
        while j < n and text[j].isspace():
            j += 1
        if j < n and (text[j].isupper() or (slash and text[j : j + 2] in ("19", "20"))):
            out.append(s)
    return out


def test_serial_starts_equal_the_plain_loops():
    from reportextract.numbers.dates import digit_runs
    from reportextract.numbers.docnumbers import _serial_starts

    rnd = random.Random(15)
    alphabet = ["1", "23", "123456", " ", " ", "\n", "\u00a0", "-", "–", "/", "K", "H", "a", "19", "20", ".",
                ","]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 12)))
        runs = digit_runs(text)
        assert _serial_starts(text, runs) == _serial_starts_plain(text, runs), text


def test_range_pretest_skips_only_gaps_that_may_not_join():
    rnd = random.Random(16)
    alphabet = [" ", " ", "\t", "\n", "-", "–", "đến", "tới", "Tới", "a", ",", "x"]
    for _ in range(20000):
        gap = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 5)))
        text = "1" + gap + "2"
        end = len(text) - 1  # the start of the second number; the first ends at 1
        c = text[2:3] if text[1:2] == " " else text[1:2]  # as written in ``_ranges``
        if c not in q._JOIN_STARTS and not c.isspace():
            assert not q._may_join(text, 1, end), gap


def test_date_words_found_in_the_lower_case_equal_the_patterns():
    from reportextract.numbers.dates import _date_words

    rnd = random.Random(17)
    alphabet = ["ngày", "NGÀY", "Ngày", "nGàY", "tháng", "THÁNG", "Tháng", "ngàyy", "xngày", " ", "\n", "1",
                "İ", "ß", "Σ", "a", "-"]
    for _ in range(5000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 8)))
        assert sorted(_date_words(text, q._lowered(text))) == sorted(_date_words(text)), text
