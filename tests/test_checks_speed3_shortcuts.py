"""The cross-check stage's shortcuts give the answers of the plain computations they stand for.

`_Cues.search` stands for `_CUE.search` over a window, `_After.starting` for a filter over the figures
after the n-th one. Random texts mix the cue words (in any case, with "İ" now and then), the words
around them and white space, so the window edges fall inside and around cues.
"""

from __future__ import annotations

import random

from _random_text import random_texts
from reportextract.figures.checks import _CUE, _After, _Cues
from reportextract.model import Figure

_WORDS = [
    "trong", "đó", "Trong đó", "TRONG ĐÓ", "cụ", "thể", "Cụ thể", "bao", "gồm", "Bao gồm", "GỒM", "gồmx",
    "chia", "ra", "Chia ra", "CHİA RA", "có", "xã", "12", "İ", "bao gồm có", "trong đóa",
]  # fmt: skip
_SEPS = [" ", " ", ", ", ". ", "\n", "\n\n"]


def _texts(n: int, seed: int) -> list[str]:
    return random_texts(_WORDS, _SEPS, n, seed, max_parts=30)


def _span(m: object) -> tuple[int, int] | None:
    return None if m is None else m.span()  # type: ignore[attr-defined]


def test_cue_search_agrees_with_a_search_of_each_window() -> None:
    found = 0
    for text in [*_texts(300, seed=11), "", "gồm", "İgồm"]:
        cues = _Cues(text)
        for pos in range(len(text) + 1):
            after = cues.any_after(pos)
            for end in range(pos, min(len(text), pos + 40) + 1, 3):
                want = _CUE.search(text, pos, end)
                assert _span(cues.search(pos, end)) == _span(want), (text, pos, end)
                if want is not None:
                    found += 1
                    assert after, (text, pos)
    assert found > 1000


def _figure(start: int) -> Figure:
    return Figure(
        value=1, unit=None, category="x", qualifier=None, measure="", text="1", span=(start, start + 1)
    )


def test_figures_after_agree_with_a_filter() -> None:
    rng = random.Random(5)
    for _ in range(200):
        starts = [rng.randrange(0, 60) for _ in range(rng.randrange(0, 12))]
        if rng.random() < 0.7:
            starts.sort()
        figs = [(i * 2, _figure(a)) for i, a in enumerate(starts)]
        after = _After(figs)
        for n in range(len(figs)):
            for lo in range(0, 62, 5):
                for hi in range(lo, 64, 7):
                    want = [(j, f) for j, f in figs[n + 1 :] if lo <= f.span[0] < hi]
                    assert after.starting(n, lo, hi) == want
