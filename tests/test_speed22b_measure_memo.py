"""`measure_after` on a text registered by `context.indexed` keeps its answers by (text, pos, limit) for
the block (speed round 22b): an answer asked again, in any order, must be the one a fresh reading
gives (`measure._measure_anew`); outside a block nothing is kept, and the block's end forgets all.

Positions: after each number of corpus texts (where the figure stage asks) and anywhere, with the
limits the list rules use (the next item, the clause's end, the text's end), asked in text order,
reversed and shuffled, and on random texts of measure words and separators.
"""

from __future__ import annotations

import random
from pathlib import Path

from _random_text import random_texts
from reportextract.figures import context as cx
from reportextract.figures import measure
from reportextract.numbers import find_quantities
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:25]
_WORDS = [
    "12", "đoàn", "viên", "thanh", "niên", "là", "công", "trình", "phần", "việc", "suất", "quà", "triệu",
    "đồng", "m", "lượt", "người", "%", "71,4%", "(", ")", "“", "”", "Đoàn", "xã", "máu", "đơn", "vị",
]  # fmt: skip
_SEPS = [" ", " ", " ", ", ", "; ", ". ", "\n", "  ", " - ", ""]


def _asks(text: str, rng: random.Random) -> list[tuple[int, int]]:
    size = len(text)
    ends = [q.end for q in find_quantities(text)][:60]
    ends += [rng.randrange(0, size + 1) for _ in range(20)]
    return [(pos, limit) for pos in ends for limit in (size, min(size, pos + rng.randrange(0, 80)), pos)]


def _check(text: str, rng: random.Random) -> None:
    asks = _asks(text, rng)
    fresh = {a: measure._measure_anew(text, *a) for a in asks}
    for order in (asks, asks[::-1], rng.sample(asks, len(asks))):
        with cx.indexed(text):
            for a in order + order[: len(order) // 3]:
                assert measure.measure_after(text, *a) == fresh[a], a
        assert not measure._MEASURED
    copy = "".join(text)  # an equal string, not the registered object: read anew
    with cx.indexed(text):
        for a in asks[:10]:
            assert measure.measure_after(copy, *a) == fresh[a]


def test_corpus_answers_as_fresh() -> None:
    rng = random.Random(2223)
    assert _CORPUS
    for path in _CORPUS:
        _check(read(path).text, rng)


def test_random_answers_as_fresh() -> None:
    rng = random.Random(223)
    for text in random_texts(_WORDS, _SEPS, 120, seed=23, max_parts=30):
        _check(text, rng)


def test_kept_only_within_the_block() -> None:
    text = "Đoàn xã tặng 12 suất quà và 30 triệu đồng."
    assert measure.measure_after(text, 15, len(text)).noun is not None
    assert not measure._MEASURED
    with cx.indexed(text):
        first = measure.measure_after(text, 15, len(text))
        assert measure._MEASURED
        assert measure.measure_after(text, 15, len(text)) is first
    assert not measure._MEASURED
