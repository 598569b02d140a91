"""`figures.attribution._after_bullets` (speed round 21) answers `pos` at once when a letter or digit
stands there: `_BULLETS` (blanks and bullets) then matches nothing. Compared with the plain regex
reading at every position of corpus texts and of random texts of bullets, blanks of every kind, letters
and digits of other scripts, for ends before, at and after the position; and over all of Unicode, no
alphanumeric character is one `_BULLETS` takes."""

from __future__ import annotations

import sys
from pathlib import Path

from _random_text import random_texts
from reportextract.figures import attribution as a
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:40]


def _old(text: str, pos: int, end: int) -> int:
    g = a._BULLETS.match(text, pos, end)
    return pos if g is None else g.end()


def test_no_alphanumeric_is_a_bullet_or_blank() -> None:
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        if c.isalnum():
            assert a._BULLETS.match(c).end() == 0, hex(cp)


def test_same_as_the_regex() -> None:
    words = ["-", "–", "•", "+", "*", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "Anh", "A", "3", "²"]
    words += ["½", "Ⅳ", "٣", "ồ", "đ", ",", ".", "“", "(", "x"]
    texts = [read(p).text for p in _CORPUS] + random_texts(words, ["", " ", "\n"], 400, 2121, 12)
    for t in texts:
        n = len(t)
        for pos in range(0, n + 1, 1 if n < 200 else 7):
            for end in (pos - 1, pos, pos + 1, pos + 5, n, n + 3):
                assert a._after_bullets(t, pos, end) == _old(t, pos, end), (t, pos, end)
