"""The structure stage's fourth-round shortcuts give the answers of the plain computations they
stand for, on random text built from the pieces the patterns look for (so the edge cases come up)
and on the lines of the corpus's text exports."""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import regex
from tests._random_text import random_texts

from reportextract.readers import read
from reportextract.structure import sections

#: the module (the package exports its `segment` function under the same name)
segment_mod = importlib.import_module("reportextract.structure.segment")

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _corpus_texts() -> list[str]:
    """The corpus's text and markdown exports as the text reader decodes them."""
    return [read(path).text for path in sorted(CORPORA.glob("*.txt")) + sorted(CORPORA.glob("*.md"))]


def _corpus_lines() -> list[str]:
    return [line for text in _corpus_texts() for line in text.split("\n")]


# -- sections: the run-in heading cue -----------------------------------------------------------

#: the cue as first written: a numeral character, its punctuation and a space, or a letter and ")"
_PLAIN_RUN_IN_CUE = regex.compile(r"[\dIVX][./)]\s|\s[a-zđ]\)\s")

_CUE_PIECES = [
    "1", "12", "3.1", "I", "V", "X", "IV", "a", "đ", "b", "z", "A", "Đ", "é", ".", "/", ")", "(",
    "Kết", "quả", "2023", "ngày", "\u00a0", "\t", "\n", "\u3000", "x", "ĐOÀN", "ii",
]  # fmt: skip
_CUE_SEPS = ["", "", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", ")", "/"]


def test_run_in_cue_matches_where_the_plain_cue_matches():
    texts = random_texts(_CUE_PIECES, _CUE_SEPS, 20000, seed=41, max_parts=12)
    texts += ["", " ", "1. ", "1.", "a) ", " a) ", " a)", "V/ ", "X) x", ". ", ")\n", " đ)\u00a0", "(a) "]
    texts += _corpus_lines()
    for t in texts:
        assert (sections._RUN_IN_CUE.search(t) is None) == (_PLAIN_RUN_IN_CUE.search(t) is None), repr(t)
        for pos in (1, 2):
            # mark_headings reads the cue on whole lines only, but a slice must agree too
            assert (sections._RUN_IN_CUE.search(t[pos:]) is None) == (
                _PLAIN_RUN_IN_CUE.search(t[pos:]) is None
            ), repr(t)


# -- segment: the cited-document spans of each body line ---------------------------------------


def _plain_touching(
    extents: list[tuple[int, int, int]], spans: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """Every span tested against every line (what `_dates_text` did before)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for key, b0, length in extents:
        hits = [(a, b) for a, b in spans if b0 <= a < b0 + length or b0 < b <= b0 + length]
        if hits:
            out[key] = hits
    return out


def test_spans_touching_gives_what_testing_every_line_gives():
    rng = random.Random(7)
    for _ in range(5000):
        extents = []
        pos = rng.randrange(0, 3)
        key = rng.randrange(0, 3)
        for _ in range(rng.randrange(0, 8)):
            length = rng.choice([0, 1, 1, 2, 5, 12])
            extents.append((key, pos, length))
            key += rng.randrange(1, 3)  # keys skip lines that are not in the body
            pos += length + rng.choice([1, 1, 2, 3])  # the separator between two body lines
        end = pos + 3
        spans = []
        for _ in range(rng.randrange(0, 10)):
            a = rng.randrange(0, end)
            b = a + rng.choice([0, 1, 2, 4, 9, 20]) if rng.random() < 0.9 else rng.randrange(0, end)
            spans.append((a, b))
        if spans and rng.random() < 0.2:
            spans.append(rng.choice(spans))  # the same span twice
        assert segment_mod.spans_touching(extents, spans) == _plain_touching(extents, spans), (extents, spans)
