"""`words_before` on a text registered by `context.indexed` keeps the keyed words of each span it
reads (speed round 19b): a call on a span read before must answer as a fresh reading does.

The reference is the reading as it was before the memo (`_old_before`). The calls come back to a
few positions with many counts and floors (as the figure stage does: the same number, read back to
its clause start or by a reach of 12 characters a word), on corpus texts and on random texts full
of the edge cases of `test_speed17a_word_index` (words with "." and "/", combining marks, no-break
spaces, characters beyond U+FFFF).
"""

from __future__ import annotations

import random
from pathlib import Path

from _random_text import random_texts
from reportextract.figures import context as cx
from reportextract.readers import read
from test_speed17a_word_index import _SEPS, _old_before  # the reading before the memo

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:40]
_WORDS = [
    "Đoàn", "xã", "12", "1.234", "TP.HCM", "T.Ư", "đ/c", "12/3/2024", "v.v", "a.b.c", "hoa\u0300",
    "e\u0301.b", "a.\u0301b", "1,5", "ThS.", "hơn", "người", "\u0301", "x.y\u0300z", "Ư", "²",
    "\U0001d400", "a\U0001d7ce", "\ud800", "thuý", "hoà",
]  # fmt: skip


def _check(text: str, rng: random.Random, calls: int) -> None:
    size = len(text)
    spots = [rng.randrange(-2, size + 3) for _ in range(6)]
    with cx.indexed(text):
        for _ in range(calls):
            pos = rng.choice(spots)
            n = rng.choice([0, 1, 2, 3, 4, 6, 8, 12, 40])
            floor = rng.choice([0, max(0, pos - 30), max(0, pos - 200), pos, pos + 1, -5])
            got = cx.words_before(text, pos, n, floor)
            assert got == _old_before(text, pos, n, floor), (pos, n, floor)
            got.append("changed")  # a caller may change its list: the kept words stay as read
    assert id(text) not in cx._TEXTS


def test_corpus_texts_read_again_as_fresh() -> None:
    rng = random.Random(1919)
    assert _CORPUS
    for path in _CORPUS:
        _check(read(path).text, rng, 200)


def test_random_texts_read_again_as_fresh() -> None:
    rng = random.Random(191)
    for text in random_texts(_WORDS, _SEPS, 300, seed=19, max_parts=40):
        _check(text, rng, 120)


def test_the_kept_words_end_with_the_block() -> None:
    text = "Đoàn xã 12 người, hỗ trợ 30 hộ"
    with cx.indexed(text):
        assert cx.words_before(text, 8, 3) == ["đoàn", "xã"]
        assert cx._TEXTS[id(text)][2]  # kept
        assert cx.words_before(text, 8, 1) == ["xã"]
    assert id(text) not in cx._TEXTS
    with cx.indexed(text):
        assert not cx._TEXTS[id(text)][2]  # a new block starts with nothing kept
