"""`measure._full_mention_before` reads the words of its stretch with `lexicon._bmp_word` (`re`) when the
stretch has no character beyond U+FFFF (speed round 22b): it must answer as the reading with `WORD`
(`regex`) did, on corpus texts (after every number, with the nouns the lexicon repeats) and on random
texts of the edge cases (combining marks, NFD, digits glued to letters, characters beyond U+FFFF).
"""

from __future__ import annotations

import random
from pathlib import Path

from _old_mention import old_full_mention_before
from _random_text import random_texts
from reportextract._reclass import is_bmp
from reportextract.figures import measure
from reportextract.numbers import find_quantities
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:15]
_NOUNS = ["đơn vị", "lượt", "người", "suất", "công trình", "đoàn viên", "hộ", "triệu đồng"]
_WORDS = [
    "12", "1.300", "đơn", "vị", "máu", "lượt", "doanh", "nghiệp", "người", "suất", "quà", "công", "trình",
    "thanh", "niên", "đoàn", "viên", "hộ", "nghèo", "và", "tại", "Đơn", "VỊ", "đơn\u0300",
    "ngu\u031bo\u031b\u0300i", "12đơn", "\U0001d400", "a\U0001d7ce", "²", "3", "\u0301",
]  # fmt: skip
_SEPS = [" ", " ", " ", ", ", "; ", ". ", "\n", " và ", "  ", ""]
_GAPS = (measure._MENTION_GAP, measure._MENTION_OR_AND_GAP)


_old = old_full_mention_before


def _check(text: str, ends: list[int], rng: random.Random) -> int:
    found = 0
    for qual_start in ends:
        for start in (max(0, qual_start - 400), max(0, qual_start - rng.randrange(0, 60)), qual_start):
            for noun in _NOUNS:
                for gap in _GAPS:
                    want = _old(text, noun, start, qual_start, gap)
                    assert measure._full_mention_before(text, noun, start, qual_start, gap) == want
                    found += want[0] is not None
    return found


def test_corpus_mentions_as_before() -> None:
    rng = random.Random(2224)
    assert _CORPUS
    found = 0
    for path in _CORPUS:
        text = read(path).text
        found += _check(text, [q.start for q in find_quantities(text)][:40], rng)
    assert found  # some full mentions were found


def test_random_mentions_as_before() -> None:
    rng = random.Random(224)
    texts = random_texts(_WORDS, _SEPS, 200, seed=24, max_parts=40)
    for text in texts:
        _check(text, [rng.randrange(0, len(text) + 1) for _ in range(4)] + [len(text)], rng)
    assert any(not is_bmp(t) for t in texts)  # the `regex` reading is tried too
