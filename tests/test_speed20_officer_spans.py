"""`attribution._officer_spans` finds what the pattern compiled per speaker's name found before
(speed round 20): `regex.compile(regex.escape(name) + _OWN_OFFICER_TAIL).finditer(s)`, without a
compile per fresh name. Checked on corpus texts with the names their quote tags give and the
capitalised words they hold, and on edge cases (a name inside a longer word, repeated and adjacent
names, a name that the tail holds, the empty name)."""

from __future__ import annotations

import random
from pathlib import Path

import regex

from reportextract.figures.attribution import _OWN_OFFICER_TAIL, _officer_spans
from reportextract.readers import read

_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))


def _old(s: str, name: str) -> list[tuple[int, int]]:
    return [g.span() for g in regex.compile(regex.escape(name) + _OWN_OFFICER_TAIL).finditer(s)]


_TAILS = [
    ", Bí thư Tỉnh đoàn,",
    " ,  Phó Bí thư Thành đoàn)",
    ", Chủ tịch Hội đồng Đội tỉnh ,",
    ", Trưởng ban Đoàn xã,",
    ", Phó Bí thư Đoàn trường)",
    ", Bí thư Tỉnh đoàn A,",
    ", Bí thư",
    ",",
    "",
    "x, Bí thư Tỉnh đoàn,",
]


def test_edge_cases() -> None:
    names = ["Phúc", "Bí", "Phó", "Đoàn", "Tỉnh", "A", "Phúc Phúc", ""]
    rng = random.Random(20)
    found = 0
    for _ in range(3000):
        name = rng.choice(names)
        heads = [name, "anh " + name, "Phúcc", " ", "x", "\n", name + name]
        parts = [rng.choice(heads) + rng.choice(_TAILS) for _ in range(rng.randrange(0, 6))]
        s = "".join(parts)
        assert _officer_spans(s, name) == _old(s, name), (s, name)
        found += bool(_old(s, name))
    assert found > 300


def test_corpus_texts() -> None:
    word = regex.compile(r"\p{Lu}[\p{L}\p{M}]*")
    checked = 0
    for path in _CORPUS:
        text = read(path).text
        names = {g.group() for g in word.finditer(text)}
        for name in sorted(names)[:60]:
            assert _officer_spans(text, name) == _old(text, name), (path.name, name)
            checked += 1
        officer = regex.compile(r"(\p{Lu}[\p{L}\p{M}]*)" + _OWN_OFFICER_TAIL)
        for g in officer.finditer(text):
            assert _officer_spans(text, g.group(1)) == _old(text, g.group(1))
    assert checked > 1000
