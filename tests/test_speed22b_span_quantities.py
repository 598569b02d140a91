"""`context.span_quantities` (speed round 22b): the quantities of a short stretch cut from a text, kept
by the stretch's text within an `indexed` block. It must give what `find_quantities` gives on the same
stretch, whether read the first time, again, outside any block, or after the block has ended.

The stretches are those the figure stage cuts (a sentence read back from a number, 30 characters
after one, 120 before a bracket), from corpus texts and from random texts of edge cases (NFD, wide
and no-break spaces, dates, document numbers, spelled numbers, ranges).
"""

from __future__ import annotations

import random
from pathlib import Path

from _random_text import random_texts
from reportextract.figures import context as cx
from reportextract.numbers import find_quantities
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:30]
_WORDS = [
    "Đoàn", "xã", "12", "1.234", "17,5", "tỉ", "đồng", "hơn", "khoảng", "người", "năm", "2024", "12/3/2024",
    "số", "45/KH-TĐTN", "hai", "mươi", "triệu", "rưỡi", "từ", "đến", "-", "%", "và", "18/20", "“", "”",
    "hoa\u0300", "ngu\u031bo\u031b\u0300i", "\u00a0", "lần", "lượt", "0912", "345", "678", "(", ")",
]  # fmt: skip
_SEPS = [" ", " ", " ", ", ", ". ", "\n", "\u00a0", "  ", ": ", ""]


def _spans(text: str, rng: random.Random, count: int) -> list[tuple[int, int]]:
    size = len(text)
    out = []
    for _ in range(count):
        a = rng.randrange(0, size + 1)
        out.append((a, min(size, a + rng.choice([1, 5, 30, 60, 120, 300]))))
    return out + out[: count // 2]  # read again, as the walks back do


def _check(text: str, rng: random.Random, count: int) -> None:
    spans = _spans(text, rng, count)
    with cx.indexed(text):
        for a, b in spans:
            assert list(cx.span_quantities(text[a:b])) == find_quantities(text[a:b]), (a, b)
    assert not cx._SPAN_QUANTITIES  # forgotten with the block
    for a, b in spans[:10]:
        assert list(cx.span_quantities(text[a:b])) == find_quantities(text[a:b])
    assert not cx._SPAN_QUANTITIES  # nothing kept outside a block


def test_corpus_stretches_as_find_quantities() -> None:
    rng = random.Random(2222)
    assert _CORPUS
    for path in _CORPUS:
        _check(read(path).text, rng, 40)


def test_random_stretches_as_find_quantities() -> None:
    rng = random.Random(222)
    for text in random_texts(_WORDS, _SEPS, 150, seed=22, max_parts=30):
        _check(text, rng, 20)


def test_kept_within_the_block_and_shared_by_equal_stretches() -> None:
    text = "Đoàn xã có 12 đoàn viên và 30 thanh niên. Đoàn xã có 12 đoàn viên."
    with cx.indexed(text):
        second = text.index("Đoàn", 1)
        first = cx.span_quantities(text[0:23])
        assert first is cx.span_quantities(text[second : second + 23])  # the same words: one reading
        assert [q.value for q in first] == [12]
        with cx.indexed("Một văn bản khác"):  # a nested block keeps the memo of the outer one
            pass
        assert cx._SPAN_QUANTITIES
    assert not cx._SPAN_QUANTITIES
