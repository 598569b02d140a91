"""`textnorm.normalize_tones` gives a text with no o/u + a/e/y pair ending a word back as it is
(speed round 20): the answer must be the one of the plain substitution over every syllable.

The pre-test holds by its letter sets: every character whose tone-less base lower-cases to an o or
u (an a, e or y) is in `_ENDS[0]` (`_ENDS[1]`), over all of Unicode; and no character's base ends
with one of those letters after another character, so the last two letters of a syllable's base
come from its last two characters. Then the pre-test is compared with the plain path on corpus
texts and on random texts of edge cases (NFD text, tones on either vowel, "quý", letters beyond
U+FFFF after the pair, upper case, long syllables, "ṍ")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from _random_text import random_texts
from reportextract import textnorm
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))


def _old(text: str) -> str:
    return textnorm._SYLLABLE.sub(
        lambda m: textnorm._fix_syllable(m.group()) if len(m.group()) <= 7 else m.group(), text
    )


def _low_base(c: str) -> str:
    return "".join(x for x in unicodedata.normalize("NFD", c) if x not in textnorm._TONES).lower()


def test_letter_sets_are_complete() -> None:
    firsts, lasts = set(textnorm._ENDS[0]), set(textnorm._ENDS[1])
    for cp in range(0x110000):
        c = chr(cp)
        b = _low_base(c)
        if b and b[-1] in "ouaey":
            assert len(b) == 1, hex(cp)
        assert (b in ("o", "u")) == (c in firsts), hex(cp)
        assert (b in ("a", "e", "y")) == (c in lasts), hex(cp)


_WORDS = [
    "hoà", "hòa", "hoa", "thuý", "thúy", "uỷ", "ủy", "quý", "quỳ", "khoẻ", "khỏe", "HOÀ", "HÒA",
    "Thuỵ", "toàn", "hoà\u0301", "ho\u0300a", "hoa\u0300", "xoá", "ṍa", "oṍ", "ốa", "hoàg",
    "nguyễnhoà", "hoà\U0001d400", "hoà²", "Å", "\u212bòa", "oà", "o", "à", "uy", "ỳ", "a\u0308",
    "ươ", "hoè", "loà", "tuý", "Đoàn", "người", "12", "ủy ban",
]  # fmt: skip
_SEPS = [" ", "", ", ", "\n", "-", "\u00a0", "1", "_", "\u0301", "\U0001d7ce"]


def test_random_texts_as_the_plain_path() -> None:
    changed = 0
    for text in random_texts(_WORDS, _SEPS, 4000, seed=20, max_parts=8):
        want = _old(text)
        assert textnorm.normalize_tones(text) == want, text
        changed += want != text
    assert changed > 500


def test_single_words_as_the_plain_path() -> None:
    for w in _WORDS:
        forms = (w, w.upper(), w.lower(), unicodedata.normalize("NFC", w), unicodedata.normalize("NFD", w))
        for text in forms:
            assert textnorm.normalize_tones(text) == _old(text), text


def test_corpus_texts_as_the_plain_path() -> None:
    assert _CORPUS
    for path in _CORPUS:
        text = read(path).text
        assert textnorm.normalize_tones(text) == _old(text), path.name
        for line in text.splitlines():
            for word in line.split():
                assert textnorm.normalize_tones(word) == _old(word), word
