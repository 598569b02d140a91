"""The fast paths of the number scanner build exactly what the plain code would.

``quantities._quantity`` writes a Quantity's slots directly instead of calling the frozen
dataclass ``__init__``; ``_Text.after``/``_Text.before`` read words by one pattern match instead
of a character loop. These tests hold both to the plain versions.
"""

from __future__ import annotations

import dataclasses
import random
from decimal import Decimal

import pytest

from reportextract.numbers import find_quantities
from reportextract.numbers import quantities as q

ARGS = [
    (0, 12, "17,5 tỉ đồng", 17500000000, "money", "đồng", "more_than", (0, 3), (4, 8), None, "tỉ", False,
     None, "a note"),
    (5, 9, "2024", 2024, "number", None, None, None, (5, 9), None, None, False, "year", None),
    (1, 4, "3,5", Decimal("3.5"), "measure", "ha", None, None, (1, 4), "low", None, True, None, None),
]


@pytest.mark.parametrize("args", ARGS)
def test_fast_build_equals_the_dataclass(args):
    fast = q._quantity(*args)
    plain = q.Quantity(*args)
    assert type(fast) is q.Quantity
    assert fast == plain
    assert repr(fast) == repr(plain)
    assert hash(fast) == hash(plain)
    assert dataclasses.astuple(fast) == dataclasses.astuple(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 3  # type: ignore[misc]


def test_found_quantities_are_plain_dataclasses():
    for found in find_quantities("hơn 17,5 tỉ đồng, 2-3 ngày, năm 2024 có 8.884 đoàn viên"):
        assert found == dataclasses.replace(found)
        assert found == q.Quantity(*dataclasses.astuple(found))


def _next_words_loop(text: str, pos: int) -> list[tuple[str, int, int]]:
    """Words after ``pos`` read character by character (the plain reading of ``_Text.after``)."""
    out: list[tuple[str, int, int]] = []
    i, n = pos, len(text)
    while len(out) < 3 and i < n:
        j = i
        while j < n and (text[j] in q._SPACE or (text[j] in "*_" and not out)):
            j += 1
        if j == i and out:
            break
        m = q._WORD.match(text, j)
        if not m:
            break
        out.append((m.group().casefold(), m.start(), m.end()))
        i = m.end()
    return out


def test_words_read_by_pattern_equal_the_character_loops():
    rnd = random.Random(7)
    alphabet = ["a", "B", "Đ", "ệ", "1", "-", "-", " ", " ", "\t", "\u00a0", "\u2009", "*", "_", "\n", ".",
                "\u0301", "ǅ", "²", "½", "Ⅻ", "٣", "İ", "–", "x" * 30]
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 120)))
        t = q._Text(text)
        for pos in range(len(text) + 1):
            assert list(t.after(pos)) == _next_words_loop(text, pos), (text, pos)
            assert list(t.before(pos)) == list(q._iter_prev_words(text, pos, 4)), (text, pos)


def test_token_pattern_reads_as_the_regex_module_would():
    """``_TOKEN`` runs on ``re``; it has no Unicode classes, so ``regex`` reads the same tokens."""
    import regex

    twin = regex.compile(q._TOKEN.pattern)
    rnd = random.Random(11)
    alphabet = ["1", "2", "0", "9", ".", ",", "\u00a0", "\u202f", "\u2009", " ", "a", "-", "/"]
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 40)))
        assert [m.span() for m in q._TOKEN.finditer(text)] == [m.span() for m in twin.finditer(text)], text
        for pos in range(len(text)):
            a, b = q._TOKEN.match(text, pos), twin.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_quote_spans_are_what_finditer_finds():
    rnd = random.Random(5)
    alphabet = ["“", "”", '"', "‘", "’", "«", "»", "a", " ", "\n", "1", "x" * 25]
    for _ in range(2000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(1, 30)))
        expected = [(m.start(), m.end(), "quote") for m in q._QUOTES.finditer(text)]
        assert q._quote_spans(text) == expected, text
