"""`dates._starts` without the text's digit runs finds the runs that may open a date with one `re`
pattern (`_SHORT_RUN_SPOT`, speed round 24) and tests only those in Python (`_run_spots`): the same
spots as the loop over every digit run (`_run_spots_loop`, still used when the caller has the runs),
on the corpus texts and on random texts of edge cases (runs of three digits, a run at the text's end,
every kind of space after a run, non-ASCII digits after "/" and ".", years after "/", the openers'
characters, a space at the end)."""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from reportextract.numbers import dates
from reportextract.numbers._nfc import to_nfc

_CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _corpus_texts() -> list[Path]:
    return sorted(p for p in _CORPORA.glob("*.txt") if not re.search(r"_(tcvn3|vni|cp1258|utf16)$", p.stem))


def _check(text: str) -> None:
    runs = dates.digit_runs(text)
    assert dates._run_spots(text) == dates._run_spots_loop(text, runs), text
    # and the whole of `_starts` (date words too) as the old loop gives it
    spots = dates._run_spots_loop(text, runs)
    words = []
    for s, e, word in dates._date_words(text, None):
        if text[e : e + 1].isspace():
            j = dates._skip_spaces(text, e)
            if dates._short_run_at(text, j) and (word != "ngày" or dates._day_then_space(text, j)):
                words.append((s, e, word))
    assert dates._starts(text) == sorted(spots + words)
    assert dates._starts(text, runs) == sorted(spots + words)


def test_space_class_is_isspace() -> None:
    """`\\s` of a `re` str pattern holds exactly for the characters whose `isspace` holds."""
    spaces = re.compile(r"\s")
    for i in range(sys.maxunicode + 1):
        c = chr(i)
        assert (spaces.match(c) is not None) == c.isspace(), hex(i)


@pytest.mark.parametrize("path", _corpus_texts(), ids=lambda p: p.stem[:24])
def test_same_spots_on_corpus(path: Path) -> None:
    text = to_nfc(path.read_text(encoding="utf-8", errors="replace"))[0]
    _check(text)
    # the texts cut anywhere: runs at the end, openers cut off
    rnd = random.Random(path.stem)
    for _ in range(20):
        a = rnd.randrange(len(text) + 1)
        b = rnd.randrange(a, len(text) + 1)
        _check(text[a:b])


_PIECES = [
    "1", "12", "123", "2024", "1999", "20", "19", "0", "07", "12/3", "5.7", "1.234", "3,5", "12, 13",
    "12 và", "7h30", "7g", "19:30", "7 giờ", "7 h 30", "12 - 15", "12-15", "12 – 15", "3/2025", "/", ".",
    "-", "–", ",", ":", "h", "H", "g", "G", "v", "V", "và", "Và", "giờ", " ", "  ", "\t", "\n", "\u00a0",
    "\u2003", "\u3000", "\x1c", "\x85", "\u2028", "٣", "１２", "²", "①", "\U0001d7d9", "é", "ngày",
    "tháng", "Ngày", "THÁNG", "đến", "tới", "x", "A", "(", ")", "năm",
]


@pytest.mark.parametrize("seed", range(60))
def test_same_spots_on_edge_texts(seed: int) -> None:
    rnd = random.Random(seed)
    for _ in range(40):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 30)))
        _check(text)
