"""The tenth round's shortcuts in the readers and the structure stage give the answers of the
computations they stand for, on random text built from the pieces the rules look for (so the edge
cases come up) and on the lines of the corpus's text exports."""

from __future__ import annotations

from pathlib import Path

from tests._random_text import random_texts

from reportextract.readers import text as text_mod
from reportextract.structure import sections

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


# -- sections: the patterns tried by the first character ----------------------------------------

_HEADING_PIECES = [
    "1", "12", "3.1", "3.1.2", "I", "II", "IV", "X", "a", "b", "đ", "z", "A", "Đ", "PHẦN", "Phần",
    "Chương", "MỤC", "Mục", "(", ")", ".", "/", "-", "–", ":", "Kết", "quả", "ĐOÀN", "2023", "kg",
    "Ủy", "٣", "x",
]  # fmt: skip
_HEADING_SEPS = ["", "", " ", "  ", ".", ")", "/", "\t", "\u00a0", ". ", ") "]


def _plain_parse_heading(text: str) -> tuple[str, str, str] | None:
    """`sections.parse_heading` with every pattern tried in turn."""
    if not sections._HEADING_START.match(text):
        return None
    for style, pat in sections._PATTERNS:
        m = pat.match(text)
        if not m:
            continue
        num, rest = m.group("num"), m.group("rest").strip()
        if not sections._title_like(rest):
            return None
        key = f"A{num.count('.') + 1}" if style == "arabic" else style
        title = sections._TRAILING_COLON.sub("", rest).strip()
        return num, sections._EMPHASIS_MARKS.sub("", title).strip(), key
    return None


def test_parse_heading_tries_the_patterns_its_start_allows():
    texts = random_texts(_HEADING_PIECES, _HEADING_SEPS, 30000, seed=102, max_parts=8)
    texts += ["", " ", "(", "(a) Kết", "(1) Kết", "1) Kết", "a) Kết", "a. Kết", "I. KẾT", "V Kết"]
    texts += [line.strip() for line in _corpus_lines()]
    found = 0
    for t in texts:
        got = sections.parse_heading(t)
        assert got == _plain_parse_heading(t), repr(t)
        found += got is not None
    assert found > 1000
