"""The text reader's fourth-round shortcuts give what the plain computations give, on random text
built from the pieces they look at and on the corpus's text exports."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
import regex
from tests._random_text import random_texts

import reportextract.readers as readers_mod
from reportextract.readers import text as text_mod
from reportextract.readers.encoding import decode_bytes

CORPORA = Path(__file__).resolve().parents[1] / "corpora"

_MARKUP = [
    "**", "*", "__", "_", "x", "Đoàn", " ", "8.884", "![a](b.png)", "[link](u)", "[^2]", "¹", "²", "m²",
    "\\*", "\\", "|", " | ", "<sup>3</sup>", "<b>", "#", "- ", "\t", "[1]", "km", "“", "”",
]  # fmt: skip


def _plain_replace(text: str, pattern: regex.Pattern[str] | re.Pattern[str], keep: int) -> str:
    """`_Editable.replace_regex` through `delete` (the path a text with references takes)."""
    ed = text_mod._Editable(text)
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        gs, ge = m.span(keep)
        spans.append((m.start(), gs))
        spans.append((ge, m.end()))
    ed.delete(spans)
    return ed.text


def test_replace_without_references_gives_what_delete_gives():
    optional_group = re.compile(r"a(b)?c|x(y)")
    cases = [(text_mod._STRONG, 2), (text_mod._EM, 1), (text_mod._LINK, 1), (optional_group, 1)]
    texts = random_texts([*_MARKUP, "a", "b", "c", "ac", "abc", "xy"], ["", " "], 4000, seed=21, max_parts=12)
    for t in texts:
        for pattern, keep in cases:
            ed = text_mod._Editable(t)
            ed.replace_regex(pattern, keep)
            assert ed.text == _plain_replace(t, pattern, keep), (t, pattern.pattern)


def _texts() -> list[tuple[str, str]]:
    """Random texts (as .txt and as .md) and the corpus's text and markdown files as decoded."""
    randoms = random_texts(_MARKUP, [" ", "\n", "\n\n", ""], 600, seed=22, max_parts=40)
    out = [(t, "md" if n % 2 else "txt") for n, t in enumerate(randoms)]
    for path in sorted(CORPORA.glob("*.txt")) + sorted(CORPORA.glob("*.md")):
        text, _enc, _warnings = decode_bytes(path.read_bytes(), source=str(path))
        out.append((text, path.suffix.lstrip(".")))
    return out


def test_read_text_skips_the_superscript_search_only_where_there_is_none(monkeypatch: pytest.MonkeyPatch):
    texts = _texts()
    fast = [dataclasses.asdict(text_mod.read_text(t, source="s", fmt=fmt)) for t, fmt in texts]
    plain_analyse = text_mod.analyse_line

    def always_search(*args: object, **kwargs: object) -> text_mod.Line:
        kwargs["sup"] = True
        return plain_analyse(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(text_mod, "analyse_line", always_search)
    plain = [dataclasses.asdict(text_mod.read_text(t, source="s", fmt=fmt)) for t, fmt in texts]
    assert fast == plain


def test_literal_guards_hold():
    pieces = ["<", "<HTML", "<html", "<!DOCTYPE html", "<!doctype HTML", "İ", "x", " ", "\\", "|", "a|b"]
    for t in random_texts(pieces, ["", " ", "\n"], 5000, seed=23, max_parts=8):
        low = t[:2048].lower()
        assert readers_mod._is_html_text(t) == ("<html" in low or "<!doctype html" in low)
        if "|" not in t:
            assert text_mod._table_cells(t) is None
        if "\\" not in t:
            ed = text_mod._Editable(t)
            assert text_mod._protect_escapes(ed) is False
            assert ed.text == t


def test_line_to_block_by_position_sets_the_named_fields():
    for kind in ("paragraph", "heading", "list_item", "footnote", "caption"):
        for level, numbering, footnote_id in ((None, None, None), (2, "1.", "3"), (1, "-", None)):
            ln = text_mod.Line(kind, "Văn bản", [("1", 2, "superscript")], level, numbering, footnote_id)
            plain = text_mod.Block(
                kind=kind, text=ln.text, level=level, numbering=numbering, footnote_id=footnote_id  # type: ignore[arg-type]
            )
            assert text_mod.line_to_block(ln) == plain
            assert text_mod.line_to_block(ln, style="p") == dataclasses.replace(plain, style="p")
