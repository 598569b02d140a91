"""The tenth round's shortcuts in the readers and the structure stage give the answers of the
computations they stand for, on random text built from the pieces the rules look for (so the edge
cases come up) and on the lines of the corpus's text exports."""

from __future__ import annotations

from pathlib import Path

from tests._random_text import random_texts

from reportextract.readers import text as text_mod

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _corpus_lines() -> list[str]:
    """The raw lines of the corpus's text and markdown exports."""
    paths = sorted(CORPORA.glob("*.txt")) + sorted(CORPORA.glob("*.md"))
    return [line for path in paths for line in path.read_bytes().decode("utf-8", "replace").split("\n")]


# -- readers: a plain line is a paragraph as it is ----------------------------------------------

_LINE_PIECES = [
    "Kết", "quả", "1.", "a)", "#", "##", "[^1]", "[1]", "**8.884**", "*x*", "__a__", "_", "\\*", "\\",
    "![](a.png)", "[link](http://x)", "|", "¹", "²", "m²", "-", "•", "+", "–", "*", "!", "[", "]",
    "\t", "2023", "ĐOÀN", "(Đã ký)",
]  # fmt: skip
_LINE_SEPS = ["", " ", " ", "  ", "\t", "\u00a0", "\u2003", "\u3000", ".", ",", ":"]


def test_plain_line_is_what_the_rules_leave_alone():
    texts = random_texts(_LINE_PIECES, _LINE_SEPS, 20000, seed=101, max_parts=10)
    texts += [" ", "\t", "a", " a ", "1.\tKết quả", "Kết quả 1.\tx", "x |", "Cam Lộ¹"]
    texts += _corpus_lines()
    flags = [
        {"markdown": True, "detect_footnote": True, "detect_caption": True, "sup": True},
        {"markdown": False, "detect_footnote": False, "detect_caption": False, "sup": True},
        {"markdown": True, "detect_footnote": False, "detect_caption": False, "sup": False},
    ]
    plain = 0
    for t in texts:
        s = t.strip()
        for kw in flags:
            full = text_mod._analyse(t, None, **kw)
            assert text_mod.analyse_line(t, **kw) == full, repr(t)
            if s and text_mod._plain_line(s, kw["sup"]):
                plain += 1
                assert full == text_mod.Line("paragraph", s, [], None, None, None), repr(t)
    assert plain > 1000  # the shortcut is taken
