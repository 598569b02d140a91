"""The `re` patterns built from `_reclass.bmp_class` (speed round 18) read as the `regex` patterns
they stand for: `lexicon.key`'s words, and `numbers.quantities`' `_WORD` and `_WORDS_AFTER`.

Each is compared with its `regex` original at every position of the corpus texts (what the scanner
reads, at every number's end) and at random positions of random texts full of the edge cases
(hyphens, combining marks, digits of other scripts, characters beyond U+FFFF, lone surrogates), and
the spelt-out classes with the `regex` classes over every character of the Basic Multilingual Plane.
A text with a character beyond that plane keeps the `regex` pattern.
"""

from __future__ import annotations

import random
import re
from collections.abc import Container, Iterable
from pathlib import Path

import regex

from _random_text import random_texts
from reportextract._reclass import bmp_class, is_bmp
from reportextract.figures import lexicon
from reportextract.numbers import quantities as qt
from reportextract.readers import read
from reportextract.textnorm import normalize

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))
_WORDS = [
    "Đoàn", "xã", "12", "1.234", "TP.HCM", "đ/c", "Covid-19", "a-b-c", "-", "--", "x-", "-y", "hoa\u0300",
    "e\u0301-b", "a-\u0301b", "1,5", "ThS.", "hơn", "người", "\u0301", "Ư", "_", "²", "½", "ⅻ", "\u0665",
    "\U0001d400", "a\U0001d7ce", "\U00020000b", "\U0001f600", "\ud800", "**", "*_", "triệu", "HOÀ",
    "İ", "ß", "ǅ", "\u00a0", "\u2009", "\u202f",
]
_SEPS = [" ", "  ", "\n", ", ", "\t", ". ", "-", "", "\u00a0", "\u202f", "*", "_", " ** ", "/"]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_WORDS, _SEPS, n, seed=seed, max_parts=30)


def test_classes_take_the_characters_regex_takes() -> None:
    for cls in (lexicon._WORD_CLASS, qt._WC, r"[\p{L}\d]"):
        fast = re.compile(f"[{bmp_class(cls)}]")
        slow = regex.compile(cls)
        for code in range(0x10000):
            c = chr(code)
            assert (fast.match(c) is None) == (slow.match(c) is None), (cls, hex(code))


def test_is_bmp() -> None:
    assert is_bmp("") and is_bmp("Đoàn \uffff") and is_bmp("\ud800")
    assert not is_bmp("a\U00010000") and not is_bmp("\U0001f600 b")


def _old_key(text: str) -> str:
    return " ".join(lexicon.WORD.findall(normalize(text).lower()))


def test_key_reads_as_word() -> None:
    texts = _texts(600, 18) + [read(p).text[:400] for p in _CORPUS[:60]]
    for text in texts:
        assert lexicon.key.__wrapped__(text) == _old_key(text), text  # type: ignore[attr-defined]
    assert lexicon.key.__wrapped__("a\U0001d400b Đoàn") == _old_key("a\U0001d400b Đoàn")  # type: ignore[attr-defined]


def _check_quantity_words(text: str, positions: Iterable[int], read_at: Container[int] | None = None) -> None:
    """The `re` twins match as the originals at each of `positions`; what the scanner reads
    (`_Text.after`) is checked there too, or only at those of `read_at` when given."""
    t = qt._Text(text)
    if is_bmp(text):
        assert (t.word, t.words_after) == qt._bmp_words()
    else:
        assert (t.word, t.words_after) == (qt._WORD, qt._WORDS_AFTER)
    word, after = qt._bmp_words()
    for pos in positions:
        if is_bmp(text):
            got, want = word.match(text, pos), qt._WORD.match(text, pos)
            assert (got and got.span()) == (want and want.span()), (text, pos)
            m, w = after.match(text, pos), qt._WORDS_AFTER.match(text, pos)
            assert (m and m.regs) == (w and w.regs), (text, pos)
        if read_at is not None and pos not in read_at:
            continue
        # what the scanner reads, whichever pattern the text has
        w = qt._WORDS_AFTER.match(text, pos)
        want_after: qt.Words = ()
        if w is not None:
            want_after = tuple(
                (text[s:e].casefold(), s, e) for s, e in w.regs[1:] if s >= 0
            )
        assert t.after(pos) == want_after, (text, pos)


def test_quantity_words_read_as_regex_on_random_texts() -> None:
    rng = random.Random(181)
    for text in _texts(500, 181):
        _check_quantity_words(text, [rng.randrange(0, len(text) + 1) for _ in range(40)])


def test_quantity_words_read_as_regex_on_corpus_texts() -> None:
    assert _CORPUS
    for path in _CORPUS:
        text = read(path).text
        # the patterns at every position, what the scanner reads at every number's end (where it reads)
        ends = {m.end() for m in re.finditer(r"\d+", text)}
        _check_quantity_words(text, range(len(text) + 1), ends)


def test_low_passed_down_gives_the_same_readings() -> None:
    """`find_quantities` and `find_units` given `TextContext.low` (the figure stage's lower case of
    an NFC text) find what they find working it out themselves."""
    from reportextract.figures.context import TextContext
    from reportextract.numbers import find_quantities
    from reportextract.units import find_units

    texts = [read(p).text for p in _CORPUS[:80]] + _texts(200, 183) + ["Hòa Bình 12 người", "İstanbul 5 xã"]
    for text in texts:
        low = TextContext.build(text).low
        if low is None:
            continue
        assert find_quantities(text, low=low) == find_quantities(text), text[:80]
        assert find_units(text, low=low) == find_units(text), text[:80]


def test_indexed_takes_the_bmp_word_for_empty_and_lone_surrogate_texts() -> None:
    """`context.indexed` picks the `re` twin by `is_bmp`: an empty text and a lone surrogate (one
    UTF-16 unit) take it, and read as the `regex` original does."""
    from reportextract.figures import context as cx

    for text in ("", "\ud800", "Đoàn \udc00xã 12 người", "a\ud83d b"):
        want = [cx.words_before(text, len(text), 3), cx.words_after(text, 0, 3)]
        with cx.indexed(text):
            assert cx._TEXTS[id(text)][1] is cx._bmp_word(), repr(text)
            assert [cx.words_before(text, len(text), 3), cx.words_after(text, 0, 3)] == want, repr(text)
    text = "a\U0001d400b"
    with cx.indexed(text):
        assert cx._TEXTS[id(text)][1] is cx._WORD
