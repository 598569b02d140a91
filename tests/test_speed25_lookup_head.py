"""`lexicon.lookup_head` tests the capitals of an entry written in capitals (`caps_only`) inside its one
search (speed round 25) instead of searching again for each such entry found: the same answers as the
code it replaced on the words of corpus texts (keyed and as written, every start) and on edge cases
(each capitals entry in capitals, lower and mixed case, before more words; keys of several parts)."""

from __future__ import annotations

import itertools

import pytest

from _random_text import utf8_corpus_texts
from reportextract.figures import lexicon
from reportextract.figures.lexicon import caps_only, key, lookup_head, lookup_noun, measures

# --- the code as it was --------------------------------------------------------------------------


def _old_lookup_head(words: list[str], said: list[str] | None = None) -> tuple[lexicon.Measure | None, int]:
    if said is not None and caps_only():
        head, n = _old_lookup_head(words)
        while head is not None and key(head.noun) in caps_only() and not all(w.isupper() for w in said[:n]):
            head, n = _old_lookup_head(words[: n - 1])
        return head, n
    if not words:
        return None, 0
    first = words[0]
    lengths = lexicon._lengths_by_first().get(first)
    if lengths is None and " " not in first:
        return None, 0
    table = measures()
    top = min(lexicon.max_measure_words(), len(words))
    if " " in "".join(words[:top]):
        for n in range(top, 0, -1):
            m = table.get(" ".join(words[:n]))
            if m is not None:
                return m, n
        return None, 0
    for n in lengths or ():
        if n <= top:
            m = table.get(" ".join(words[:n]))
            if m is not None:
                return m, n
    return None, 0


# -------------------------------------------------------------------------------------------------


def _check(said: list[str]) -> int:
    keys = [key(w) for w in said]
    assert lookup_head(keys, said) == _old_lookup_head(keys, said), said
    assert lookup_head(keys) == _old_lookup_head(keys), said
    return lookup_head(keys, said)[0] is not None


def test_corpus_words() -> None:
    texts = utf8_corpus_texts()
    found = 0
    for p in texts[:: max(1, len(texts) // 60)]:
        words = p.read_text(encoding="utf-8").split()
        for i in range(len(words)):
            found += _check(words[i : i + 7])
    assert found > 1000


def _variants(word: str) -> list[str]:
    return sorted({word, word.lower(), word.capitalize(), word.upper(), word[:1].lower() + word[1:]})


@pytest.mark.parametrize("entry", sorted(caps_only()))
def test_capitals_entries(entry: str) -> None:
    noun = measures()[entry].noun
    parts = noun.split()
    tails = [[], ["tham", "gia"], ["thanh", "niên"], ["TN"], ["viên"], ["1.947"]]
    for forms in itertools.product(*(_variants(w) for w in parts)):
        for tail in tails:
            _check([*forms, *tail])
            _check(["số", *forms, *tail])
            said = [*forms, *tail]
            keys = [key(w) for w in said]
            assert lookup_noun(keys, said) is not None


def test_edges() -> None:
    for said in (
        [],
        [""],
        ["", "TN"],
        ["ĐV/TN", "tham", "gia"],
        ["đv/tn"],
        ["Đoàn", "viên", "TN"],
        ["đoàn", "viên"],
        ["BCH", "Đoàn"],
        ["bch", "đoàn"],
        ["Ban", "Chấp", "hành"],
        ["TNTN", "tham"],
        ["tntn"],
        ["Tn", "tình", "nguyện"],
        ["thanh", "niên", "tình", "nguyện"],
        ["1.947", "đoàn", "viên"],
    ):
        _check(said)
