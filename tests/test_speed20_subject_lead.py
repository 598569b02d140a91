"""`attribution._subject_may_open`, the cheap first test of `_OWN_SUBJECT_LEAD` (speed round 20),
is False only where the pattern cannot match: checked at every clause start of the corpus texts
(to every later position of the clause) and on random texts of bullets, leads, commas and the
subjects' words."""

from __future__ import annotations

import random
from pathlib import Path

from _random_text import random_texts
from reportextract.figures.attribution import _OWN_SUBJECT_LEAD, _subject_may_open
from reportextract.figures.context import TextContext
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))


def _check(text: str, start: int, end: int) -> bool:
    hit = _OWN_SUBJECT_LEAD.match(text, start, end) is not None
    assert not hit or _subject_may_open(text, start, end), (text[start:end], start, end)
    return hit


def test_corpus_clauses() -> None:
    rng = random.Random(20)
    hits = 0
    for path in _CORPUS:
        text = read(path).text
        ctx = TextContext.build(text)
        starts = {ctx.clause(i)[0] for i in range(0, len(text), 7)}
        for s in starts:
            _, e = ctx.clause(s)
            for end in {e, min(len(text), s + 80), s + rng.randrange(0, 200)}:
                hits += _check(text, s, min(end, len(text)))
    assert hits > 50


_WORDS = [
    "Đoàn xã", "đoàn phường", "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Ban Tổ chức",
    "Ban tổ chức", "Đơn vị", "đơn vị", "Dịp này", "Năm 2026", "Qua hai vòng sơ khảo", "bán kết",
    "đã", "trao", "tặng", "A", "12", "a/b", "- ", "• ", "* ", "\n", "Đoàn", "xã", "Ban", "đồng thời",
]  # fmt: skip
_SEPS = [" ", ", ", ",", " ,  ", "\t", "", ",\t", " , ", ". ", "; "]


def test_random_texts() -> None:
    hits = 0
    for text in random_texts(_WORDS, _SEPS, 20000, seed=20, max_parts=9):
        for start in (0, 1, 2):
            hits += _check(text, start, len(text))
    assert hits > 1000
