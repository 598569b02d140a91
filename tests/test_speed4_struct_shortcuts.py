"""The structure stage's fourth-round shortcuts give the answers of the plain computations they
stand for, on random text built from the pieces the patterns look for (so the edge cases come up)
and on the lines of the corpus's text exports."""

from __future__ import annotations

from pathlib import Path

import regex

from reportextract.readers import read
from reportextract.structure import sections
from tests._random_text import random_texts

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
