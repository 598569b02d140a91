"""`quantities._repeats_list_noun` finds a number and its noun with `str.rfind` and `regex`'s own digit
and letter tests (`quantities._last_counted`, speed round 24b) instead of a pattern compiled per
noun of a document: the same answers on corpus texts and on edge cases (tabs, NBSP, NFD, upper
case, nouns inside words, non-ASCII digits, every start position)."""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
import regex

from _random_text import utf8_corpus_texts
from reportextract.numbers import quantities


def _texts() -> list[Path]:
    out = utf8_corpus_texts()
    return out[:: max(1, len(out) // 30)][:30]


# --- the code as it was --------------------------------------------------------------------------


def _old_last_counted(text: str, noun: str, pos: int) -> int:
    pattern = r"\d[ \t]+" + regex.escape(noun) + r"(?![\p{L}\p{M}])"
    hits = list(regex.finditer(pattern, text, pos=pos))
    return hits[-1].end() if hits else -1


def _old_repeats_list_noun(text: str, end: int, name_start: int) -> bool:
    m = quantities._WORD_AT.match(text, end)
    if m is None:
        return quantities._elided_item(text, end, name_start)
    noun = m.group(1)
    if quantities._VERB_OBJECT.match(text, m.end()):
        return False
    floor = max(0, name_start - quantities._LIST_REACH)
    window = text[floor:name_start]
    cut = max(window.rfind(c) for c in ".!?\n")
    window = window[cut + 1 :]
    pattern = r"\d[ \t]+" + regex.escape(noun) + r"(?![\p{L}\p{M}])"
    hits = list(regex.finditer(pattern, window))
    hit = hits[-1] if hits else None
    if hit is not None and ("," in window[hit.end() :] or ";" in window[hit.end() :]):
        return True
    ahead = text[m.end() : m.end() + quantities._LIST_REACH]
    stop = min((k for k in (ahead.find(c) for c in ".!?\n") if k >= 0), default=len(ahead))
    ahead = ahead[:stop]
    sep = min((k for k in (ahead.find(","), ahead.find(";")) if k >= 0), default=-1)
    return sep >= 0 and regex.search(pattern, ahead, pos=sep) is not None


def test_last_counted_on_edge_texts() -> None:
    nouns = ["loa", "kẻng", "trẻ", "nhà", "ca\u0300", "x"]
    texts = [
        "lắp 22 loa, 9 kẻng cho 11 bản; xã A 18 loa",
        "1 loa 2 loa 3 loaa 4\tloa, 5 \t loa",
        "22loa 3  loa\u0301 4 loa. 5 loa",
        "١٢ loa ۳ loa 12\u00a0loa",
        "loa 1 loaloa 2 loa",
        "cho 3 ca\u0300 và 4 cà",
        "9 x 9 xx 9 x",
        "  loa",
        "",
    ]
    hits = 0
    for text in texts:
        for noun in nouns:
            for t in (text, text.upper(), unicodedata.normalize("NFD", text)):
                for pos in range(len(t) + 1):
                    want = _old_last_counted(t, noun, pos)
                    assert quantities._last_counted(t, noun, pos) == want, (t, noun, pos)
                    hits += want >= 0
    assert hits > 100


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem[:24])
def test_last_counted_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    rnd = random.Random(path.stem)
    spots = list(regex.finditer(r"\d[ \t]+([\p{L}\p{M}]+)", text))
    nouns = sorted({m.group(1) for m in spots})
    for m in rnd.sample(spots, min(len(spots), 60)):
        for noun in [m.group(1), *rnd.sample(nouns, min(3, len(nouns)))]:
            for lo in (max(0, m.start() - 200), max(0, m.start() - 37), m.start(), m.start() + 1):
                window = text[lo : m.end() + 150]
                for pos in (0, 1, 30, len(window) // 2):
                    want = _old_last_counted(window, noun, pos)
                    assert quantities._last_counted(window, noun, pos) == want, (noun, window, pos)


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem[:24])
def test_repeats_list_noun_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for m in regex.finditer(r"(\p{Lu}[\p{L}\p{M}]*)((?:[ \t]+[\p{L}\p{M}]+){0,3})[ \t]+\d{1,2}(?!\d)", text):
        end = m.end()
        for name_start in (m.start(), m.start(2)):
            want = _old_repeats_list_noun(text, end, name_start)
            assert quantities._repeats_list_noun(text, end, name_start) == want, text[m.start() : end + 40]
