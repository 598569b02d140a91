"""`measure._full_mention_before` on a registered text (`context.indexed`) reads the starts of the text's
digit-led words once (`_mention_index`, speed round 23a): the same answers as the reading of every word
of the span (`_old_mention`), and the same starts as the old walk's test of every digit run."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from _old_mention import GAPS, corpus_texts, lexicon_nouns, old_full_mention_before
from reportextract.figures import measure
from reportextract.figures.context import indexed
from reportextract.figures.lexicon import WORD, key

_GAPS = GAPS


def _check(text: str, noun: str, start: int, qual_start: int) -> None:
    for gap in _GAPS:
        want = old_full_mention_before(text, noun, start, qual_start, gap)
        with indexed(text):
            got = measure._full_mention_before(text, noun, start, qual_start, gap)
        assert got == want, (noun, start, qual_start, text[start:qual_start])


@pytest.mark.parametrize("path", corpus_texts(), ids=lambda p: p.stem[:24])
def test_same_as_every_word_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rnd = random.Random(path.stem)
    nouns = lexicon_nouns()
    spots = list(re.finditer(r"\d+[ \t]+(\w+(?:[ \t]+\w+)?)", text))
    with indexed(text):  # one block per text, as `find_figures` does: the index is read once
        for m in rnd.sample(spots, min(len(spots), 25)):
            qual = m.start()
            follow = [key(w) for w in WORD.findall(m.group(1))]
            cands = [follow[0], " ".join(follow), *rnd.sample(nouns, 3)]
            for start in (max(0, qual - 400), max(0, qual - 120), max(0, qual - 37), qual - 1, 0):
                for noun in cands:
                    for end in (qual, m.end()):
                        for gap in _GAPS:
                            got = measure._full_mention_before(text, noun, max(0, start), end, gap)
                            assert got == old_full_mention_before(text, noun, max(0, start), end, gap)


_PIECES = [
    "\u00a0", "\u2003", "𝐀", "\U0001d7d9", "Σ", "ΑΣ ", "σ", "İ",
    "12", "1.234", "3,5", "A1", "1a2", "٣", "１２", "²", " ", "  ", "\t", "\n", ", ", "; ", ". ", " và ", "(",
    ")", "đơn vị", "Đơn Vị", "lượt", "LƯỢT", "lượt người dân", "người", "hộ nghèo", "suất quà", "xã A", "cây",
    "bức tranh", "bức", "o\u0300", "đoàn viên", "học sinh", "x", "-", "tấn", "kg", "hòa", "hoà", "Hoà bình",
]


@pytest.mark.parametrize("seed", range(30))
def test_same_as_every_word_on_edge_texts(seed: int) -> None:
    """Digits inside words and other digits (Arabic-Indic, full-width, superscript), spans that open
    inside a number or a word or on a digit, nouns at the span's end, upper case, NFD (the whole text
    then is not NFC), a capital sigma, a letter that lower-cases to two, astral characters."""
    rnd = random.Random(seed)
    nouns = ["đơn vị", "lượt", "người", "hộ", "suất", "bức", "cây", "tấn", "lượt người", "học sinh", "hoà"]
    nouns += rnd.sample(lexicon_nouns(), 5)
    for _ in range(40):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 40)))
        for _ in range(4):
            a = rnd.randint(0, len(text))
            b = rnd.randint(a, len(text))
            for noun in rnd.sample(nouns, 4):
                _check(text, noun, a, b)


def test_digit_opening_the_span() -> None:
    """A span that opens on a digit, inside a word ("A12") or a number ("1234"): the old reading takes
    a word there; the index has no start there (it is inside a word or a run)."""
    for text in ("A12 đơn vị máu, B 3 đơn vị", "1234 đơn vị máu; 5 đơn vị", "x1 lượt người dân, 2 lượt"):
        for a in range(len(text)):
            for noun in ("đơn vị", "lượt", "người"):
                _check(text, noun, a, len(text))


def _old_starts(text: str) -> list[int]:
    """The digit-led word starts of the walk of round 22a, over the whole text."""
    out = []
    for r in measure._DIGIT_RUN.finditer(text):
        at = r.start()
        if at > 0 and not text[at - 1].isspace() and WORD.match(text, at - 1, at) is not None:
            continue
        if at > 0 and text[at].isdigit():
            out.append(at)
    return out


@pytest.mark.parametrize("seed", range(10))
def test_index_starts_are_the_walks(seed: int) -> None:
    """Both readings of the index (`re` in the BMP, `regex` beyond it) against the old walk's test."""
    rnd = random.Random(seed)
    for _ in range(200):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 30)))
        with indexed(text):
            starts, _ = measure._mention_index(text)
        assert starts == _old_starts(text), text


def test_every_digit_char_of_the_bmp() -> None:
    """Each BMP digit (any class) after a space, a letter, a digit and a comma, at the text's start too."""
    for c in range(0x10000):
        ch = chr(c)
        if not (ch.isdigit() or measure._DIGIT_RUN.match(ch)):
            continue
        text = f"{ch} a{ch} 1{ch} ,{ch}x {ch}"
        with indexed(text):
            starts, _ = measure._mention_index(text)
        assert starts == _old_starts(text), hex(c)


def test_unregistered_text_has_no_index() -> None:
    text = "Đợt 1 tiếp nhận 402 đơn vị máu; đợt 2 431 đơn vị"
    assert measure._mention_index(text) is None
    with indexed(text):
        starts, _ = measure._mention_index(text)
        assert [text[s] for s in starts] == ["1", "4", "2", "4"]
    assert measure._mention_index(text) is None
