"""`attribution._introductions` finds where a person's name is followed by a comma with `str.find` and
static `regex` tests (speed round 25) instead of the pattern ``(?<![\\p{L}])NAME\\s*,`` compiled per name
in `_national_person_on_whole_union`: the same comma ends as that pattern's `finditer` on corpus texts
(every capitalised word of a text as the name, several ends) and on edge cases (names with dots,
NBSP and other spaces, NFD, names inside words, upper/lower case, overlapping repeats)."""

from __future__ import annotations

import random
import unicodedata

import pytest
import regex

from _random_text import random_texts, utf8_corpus_texts
from reportextract.figures.attribution import _introductions


def _old(text: str, name: str, end: int) -> list[int]:
    introduced = regex.compile(r"(?<![\p{L}])" + regex.escape(name) + r"\s*,")
    return [m.end() for m in introduced.finditer(text, 0, end)]


def _check(text: str, name: str, end: int) -> int:
    new = list(_introductions(text, name, end))
    assert new == _old(text, name, end), (text[:80], name, end)
    return len(new)


def _names(text: str) -> list[str]:
    return sorted({w for w in text.split() if w[:1].isupper()})


def test_corpus_texts() -> None:
    rng = random.Random(25)
    texts = utf8_corpus_texts()
    found = 0
    for p in texts[:: max(1, len(texts) // 25)]:
        text = p.read_text(encoding="utf-8")
        names = _names(text)
        for name in rng.sample(names, min(40, len(names))):
            for end in (len(text), rng.randrange(len(text) + 1), text.find(name) + len(name) + 1):
                found += _check(text, name, end)
    assert found > 50


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anh Nguyễn Văn B, Bí thư Trung ương Đoàn. Theo anh B, toàn Đoàn", "B"),
        ("AB, B , B\t,B\u00a0, B\u2003,", "B"),
        ("Lê Thị C., Phó Bí thư; C. , C.,", "C."),
        ("Tú,Tú ,xTú, 1Tú, -Tú,", "Tú"),
        ("Tú,", "Tú"),
        (",Tú,", "Tú"),
        ("tú, TÚ, Tú,", "Tú"),
        ("A.A.A, A.A,", "A.A"),
        ("aa, aaa, aaaa ,", "aa"),
        ("Tu\u0301, Tú,", "Tu\u0301"),
        ("Tu\u0301, Tú,", "Tú"),
        ("\u0301Tú, éTú, ÉTú, \u00aaTú, \u02b0Tú, 2Tú, _Tú,", "Tú"),
        ("Hùng\n,Hùng\r\n, Hùng\u2028,Hùng\x1c,Hùng\x85,", "Hùng"),
        ("(Hùng), (Hùng,", "(Hùng"),
        ("Hùng", "Hùng"),
        ("", "Hùng"),
    ],
)
def test_edges(text: str, name: str) -> None:
    for t in (text, unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text)):
        for end in range(len(t) + 1):
            _check(t, name, end)


def test_random_texts() -> None:
    words = ["B", "b", "B.", "Tú", "Tu\u0301", "aB", "1B", "BB", "ÉB", ",", " ,", "\u00a0", "Hùng"]
    seps = ["", " ", ",", " , ", "\u00a0,", "\t", ".", "\n"]
    for i, text in enumerate(random_texts(words, seps, 600, 25, 12)):
        for name in ("B", "B.", "Tú", "BB", "Hùng", "Tu\u0301"):
            _check(text, name, max(0, len(text) - i % 3))
