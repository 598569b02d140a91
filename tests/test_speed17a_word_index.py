"""`words_before` / `words_after` on a text registered by `context.indexed` (speed round 17: read
with `re` and the classes `_bmp_word` spells out) answer as the `regex` reading of the window.

The reference functions below are the readings as they were before: every call on a registered text
must give exactly what they give, at random positions, counts, floors, ceilings and windows, on the
corpus texts and on random texts full of the edge cases (words with "." and "/", combining marks,
digits, characters beyond U+FFFF, words cut by a window's edges). And the `re` pattern takes every
character of the Basic Multilingual Plane where `_WORD` does.
"""

from __future__ import annotations

import random
from itertools import islice
from pathlib import Path

from _random_text import random_texts
from reportextract.figures import context as cx
from reportextract.figures.lexicon import key
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))
_WORDS = [
    "Đoàn", "xã", "12", "1.234", "TP.HCM", "T.Ư", "đ/c", "12/3/2024", "v.v", "a.b.c", "x/y",
    "hoa\u0300", "e\u0301.b", "a.\u0301b", "1,5", "ThS.", "hơn", "người", "\u0301", "A.B\u0301C",
    "x.y\u0300z", "ab./cd", "q.1/", "Ư", "_", "²", "½", "ⅻ", "\U0001d400", "a\U0001d7ce", "\U00020000b",
    "\U0001f600", "\ud800", "\u0665",
]
_SEPS = [" ", "  ", "\n", ", ", "; ", ". ", ".", "/", "-", "", "\u00a0", "(", ")"]


def _old_before(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    lo = max(floor, pos - 12 * n)
    if lo < 0 or lo > pos:
        return [key(w) for w in cx._WORD.findall(text[lo:pos])[-n:]]
    return [key(w) for w in cx._WORD.findall(text, lo, pos)[-n:]]


def _old_after(
    text: str,
    pos: int,
    n: int,
    ceil: int | None = None,
    *,
    starting_before: int | None = None,
    window: int | None = None,
) -> list[tuple[str, int, int]]:
    end = len(text) if ceil is None else ceil
    out: list[tuple[str, int, int]] = []
    limit = min(end, pos + 14 * n + 20 if window is None else window)
    words = islice(cx._WORD.finditer(text, pos, limit), n if n > 0 else 1)
    stop = end if starting_before is None else starting_before
    for m in words:
        s = m.start()
        if s >= stop:
            break
        out.append((key(m[0]), s, m.end()))
    return out


def _check(text: str, rng: random.Random, calls: int) -> None:
    size = len(text)
    with cx.indexed(text):
        for _ in range(calls):
            pos = rng.randrange(-3, size + 4)
            n = rng.choice([0, 1, 1, 2, 3, 4, 6, 8, 12, 24, 40])
            floor = rng.choice([0, 0, max(0, pos - rng.randrange(0, 300)), pos + 1, -5])
            assert cx.words_before(text, pos, n, floor) == _old_before(text, pos, n, floor), (pos, n, floor)
            ceil = rng.choice([None, None, pos + rng.randrange(-2, 200), size + 3])
            before = rng.choice([None, None, None, pos + rng.randrange(-2, 100)])
            window = rng.choice([None, None, pos + rng.randrange(-2, 400)])
            got = cx.words_after(text, pos, n, ceil, starting_before=before, window=window)
            assert got == _old_after(text, pos, n, ceil, starting_before=before, window=window), (
                pos,
                n,
                ceil,
                before,
                window,
            )
    assert id(text) not in cx._TEXTS


def test_corpus_texts_read_as_the_windows() -> None:
    rng = random.Random(17)
    assert _CORPUS
    for path in _CORPUS:
        _check(read(path).text, rng, 150)


def test_random_texts_read_as_the_windows() -> None:
    rng = random.Random(171)
    for text in random_texts(_WORDS, _SEPS, 400, seed=17, max_parts=40):
        _check(text, rng, 200)


def test_the_re_pattern_takes_the_characters_word_takes() -> None:
    fast = cx._bmp_word()
    for code in range(0x10000):
        c = chr(code)
        # the first class (a word of one character), and the class after a "." or a "/"
        for probe in (c, f"a.{c}", f"a/{c}", f"{c}a"):
            got = fast.match(probe)
            want = cx._WORD.match(probe)
            assert (got and got.span()) == (want and want.span()), hex(code)


def test_texts_beyond_the_plane_keep_word() -> None:
    text = "a\U0001d400b 12"
    with cx.indexed(text):
        assert cx._TEXTS[id(text)][1] is cx._WORD
        assert cx.words_before(text, len(text), 3) == _old_before(text, len(text), 3)


def test_registration_ends_with_the_block() -> None:
    text = "Đoàn xã 12 người"
    equal = "".join(["Đoàn xã ", "12 người"])
    with cx.indexed(text):
        assert cx._TEXTS[id(text)][1] is cx._bmp_word()
        assert cx.words_before(text, len(text), 2) == ["12", "người"]
        assert id(equal) not in cx._TEXTS  # an equal string is not the registered text
        with cx.indexed(text):
            pass
        assert id(text) in cx._TEXTS  # the inner block leaves the outer registration alone
    assert id(text) not in cx._TEXTS
