"""`Attributor._only_province_before` reads the text's province mentions once (speed round 22a), not
every mention from the text's start on each call: the same answer as the old reading at every offset
of corpus texts and of texts that name one province, two, the same one twice, or a former one."""

from __future__ import annotations

from pathlib import Path

from reportextract.figures import attribution
from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext, indexed
from reportextract.readers import read
from reportextract.units import UnitMention

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:40]


def _old(attr: Attributor, pos: int) -> UnitMention | None:
    """The reading before round 22a."""
    found = {m.canonical: m for m in attr._in(0, pos) if m.level == "province"}
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    return None if attribution._FORMER_AFTER.match(attr.text, m.end) else m


def _check(text: str) -> int:
    with indexed(text):
        attr = Attributor(text, TextContext.build(text), own="xã A")
        edges = {p for m in attr.mentions for p in (m.start, m.end, m.end - 1, m.start + 1)}
        spots = sorted({0, len(text), *edges, *range(0, len(text), 97)})
        for pos in reversed(spots):  # the table is built at the first call, wherever it is
            assert attr._only_province_before(pos) is _old(attr, pos), (pos, text[:60])
        return sum(1 for m in attr.mentions if m.level == "province")


def test_same_as_every_mention_on_corpus() -> None:
    provinces = sum(_check(read(p).text) for p in _CORPUS)
    assert provinces > 20


def test_same_on_province_shapes() -> None:
    texts = [
        "Tỉnh đoàn Quảng Bình trao 40 suất quà cho học sinh nghèo của tỉnh.",
        "Tỉnh đoàn Quảng Bình và Tỉnh đoàn Quảng Trị trao 40 suất quà cho học sinh của tỉnh.",
        "Tỉnh Quảng Bình (cũ) có 12 xã. Tỉnh đoàn Quảng Bình trao 40 suất cho các xã của tỉnh.",
        "Đoàn xã A trao 5 suất. Tỉnh đoàn Quảng Bình trao 40 suất. Tỉnh Quảng Bình có 12 xã của tỉnh.",
        "Không có tỉnh nào được nêu, 12 suất quà của tỉnh.",
        "",
    ]
    for text in texts:
        _check(text)
