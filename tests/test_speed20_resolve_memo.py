"""`Attributor.resolve` remembers its answer per span (speed round 20): the answer must not depend
on what was asked before. Every candidate number of the body of corpus texts is resolved in text
order, in reverse order and in a shuffled order (each a fresh Attributor with the memo), and with
no memo at all (`_resolve_anew` for every call, the nested ones too): the four must agree."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext, indexed
from reportextract.numbers import find_quantities
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))[:60]


def _answers(text: str, spans: list[tuple[int, int]], order: list[int]) -> dict[tuple[int, int], object]:
    attr = Attributor(text, TextContext.build(text), own="xã A")
    return {spans[i]: attr.resolve(*spans[i]) for i in order}


def test_order_and_memo_do_not_change_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(20)
    asked = 0
    for path in _CORPUS:
        text = read(path).text
        spans = [(q.qualifier_span[0] if q.qualifier_span else q.start, q.end) for q in find_quantities(text)]
        spans += [(s, s) for s, _ in spans[:5]]  # an anchor's offset, as `anchor_unit` asks
        n = len(spans)
        shuffled = list(range(n))
        rng.shuffle(shuffled)
        with indexed(text):
            forward = _answers(text, spans, list(range(n)))
            assert _answers(text, spans, list(reversed(range(n)))) == forward, path.name
            assert _answers(text, spans, shuffled) == forward, path.name
            with monkeypatch.context() as m:
                m.setattr(Attributor, "resolve", Attributor._resolve_anew)
                assert _answers(text, spans, list(range(n))) == forward, path.name
        asked += n
    assert asked > 1000
