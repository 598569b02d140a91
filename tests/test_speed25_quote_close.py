"""`attribution._QUOTE_CLOSE` is an `re` pattern (speed round 25; it was `regex`, whose search of a class
costs ~1/3 more instructions): the same closing marks on corpus texts, from every number to its
paragraph's end, and on edge cases (NFD, other quotation marks, astral characters, empty spans)."""

from __future__ import annotations

import re
import unicodedata

import regex

from _random_text import utf8_corpus_texts
from reportextract.figures import attribution

_OLD = regex.compile(r"[\"”]")


def _same(text: str, start: int, end: int) -> None:
    new = attribution._QUOTE_CLOSE.search(text, start, end)
    old = _OLD.search(text, start, end)
    assert (new is None) == (old is None)
    if new is not None and old is not None:
        assert (new.group(), new.start(), new.end()) == (old.group(), old.start(), old.end())


def test_corpus_texts() -> None:
    texts = utf8_corpus_texts()
    for p in texts[:: max(1, len(texts) // 60)]:
        text = p.read_text(encoding="utf-8")
        for m in re.finditer(r"\d+", text):
            pend = text.find("\n\n", m.end())
            _same(text, m.end(), len(text) if pend < 0 else pend)


def test_edges() -> None:
    for text in ('a "b" c', "“a” b", "„a‟ «b» ‘c’ 'd' ＂e＂ 〝f〞", "😀”😀\"", "", '"', "”"):
        for t in (text, unicodedata.normalize("NFD", text)):
            for i in range(len(t) + 1):
                for j in range(i, len(t) + 1):
                    _same(t, i, j)
