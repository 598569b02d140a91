"""`measure._full_mention_before` walks back over the words that start with a digit and reads on from
each only the words it needs (speed round 22a): the same answers as reading every word of the span."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
import regex

from _old_mention import GAPS, corpus_texts, lexicon_nouns, old_full_mention_before
from reportextract.figures import measure
from reportextract.figures.lexicon import WORD, key

_GAPS = GAPS


_old = old_full_mention_before


def test_word_digits_are_digit_runs() -> None:
    """Every character `WORD` takes that `str.isdigit` calls a digit is one `\\d` takes: a word that
    starts with a digit starts a run of `_DIGIT_RUN` (or the span)."""
    d = regex.compile(r"\d")
    chars = (chr(c) for c in range(sys.maxunicode + 1))
    bad = [c for c in chars if c.isdigit() and WORD.fullmatch(c) and not d.match(c)]
    assert bad == []
    # and none of white space: `_full_mention_before` skips the pattern before a digit after a space
    assert [c for c in range(sys.maxunicode + 1) if chr(c).isspace() and WORD.fullmatch(chr(c))] == []


def _check(text: str, noun: str, start: int, qual_start: int) -> None:
    for gap in _GAPS:
        assert measure._full_mention_before(text, noun, start, qual_start, gap) == _old(
            text, noun, start, qual_start, gap
        ), (noun, start, qual_start, text[start:qual_start])


@pytest.mark.parametrize("path", corpus_texts(), ids=lambda p: p.stem[:24])
def test_same_as_every_word_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rnd = random.Random(path.stem)
    nouns = lexicon_nouns()
    # after each number: the noun keyed from the words after it, and a few lexicon nouns
    spots = list(re.finditer(r"\d+[ \t]+(\w+(?:[ \t]+\w+)?)", text))
    for m in rnd.sample(spots, min(len(spots), 25)):
        qual = m.start()
        follow = [key(w) for w in WORD.findall(m.group(1))]
        cands = [follow[0], " ".join(follow), *rnd.sample(nouns, 3)]
        for start in (max(0, qual - 400), max(0, qual - 120), max(0, qual - 37), 0):
            for noun in cands:
                if noun:
                    _check(text, noun, start, qual)
                    _check(text, noun, start, m.end())


_PIECES = [
    "\u00a0", "\u2003", "𝐀", "\U0001d7d9",
    "12", "1.234", "3,5", "A1", "1a2", "٣", "１２", "²", " ", "  ", "\t", "\n", ", ", "; ", ". ", " và ", "(",
    ")", "đơn vị", "Đơn Vị", "lượt", "lượt người dân", "người", "hộ nghèo", "suất quà", "xã A", "cây",
    "bức tranh", "bức", "o\u0300", "đoàn viên", "học sinh", "x", "-", "tấn", "kg",
]


@pytest.mark.parametrize("seed", range(20))
def test_same_as_every_word_on_edge_texts(seed: int) -> None:
    """Digits inside words, other digits (Arabic-Indic, full-width, superscript), spans that open inside
    a number or a word, nouns at the span's end, upper case, NFD."""
    rnd = random.Random(seed)
    nouns = ["đơn vị", "lượt", "người", "hộ", "suất", "bức", "cây", "tấn", "lượt người", "học sinh"]
    nouns += rnd.sample(lexicon_nouns(), 5)
    for _ in range(40):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40)))
        for _ in range(4):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            for noun in rnd.sample(nouns, 4):
                _check(text, noun, a, b)
