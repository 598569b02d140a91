"""`measure._words_after_phrase` keeps its words per (text, phrase end) on registered texts (speed round
23a): in text order, reversed and shuffled, registered or not, the same words as a fresh reading, and
a fresh list each call (callers extend it)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from reportextract.figures import measure
from reportextract.figures.context import indexed
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:25]


def _phrases(text: str) -> list[measure.MeasurePhrase]:
    ends = [m.end() for m in re.finditer(r"\d+", text)]
    return [measure.measure_after(text, e, min(len(text), e + 160)) for e in ends]


@pytest.mark.parametrize("order", ["text", "reversed", "shuffled"])
def test_same_words_on_corpus(order: str) -> None:
    seen = 0
    for p in _CORPUS:
        text = read(p).text
        phrases = _phrases(text)
        want = [measure._words_after_end(text, ph.end) for ph in phrases]
        idx = list(range(len(phrases)))
        if order == "reversed":
            idx.reverse()
        elif order == "shuffled":
            random.Random(p.stem).shuffle(idx)
        with indexed(text):
            for i in idx + idx:  # each phrase twice: the second reading is the kept one
                got = measure._words_after_phrase(text, phrases[i])
                assert got == want[i]
                got.append("x")  # a caller's extension does not reach the kept words
                seen += 1
        assert not measure._AFTER_PHRASE  # emptied with the block
    assert seen > 1000


def test_unregistered_text_is_read_anew() -> None:
    text = "Trao 12 suất quà cho học sinh nghèo, được tuyên dương"
    ph = measure.measure_after(text, 7, len(text))
    copy = "".join(list(text))
    with indexed(text):
        a = measure._words_after_phrase(text, ph)
        b = measure._words_after_phrase(copy, ph)  # equal, not the registered object
    assert a == b == measure._words_after_end(text, ph.end)
    assert not measure._AFTER_PHRASE
