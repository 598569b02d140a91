"""`measure._full_mention_before` as it was before the twenty-second round: every word of the span
read with `WORD`, then back over them. Two speed tests compare the current function with it, on the
nouns and corpus texts given here."""

from __future__ import annotations

import re
from pathlib import Path

from _random_text import utf8_corpus_texts
from reportextract.figures import measure
from reportextract.figures.lexicon import WORD, key, max_measure_words, measures

#: the repeats read back over, in the measure module's order
GAPS = [measure._LIST_GAP, measure._BRACKET_GAP, measure._MENTION_GAP, measure._MENTION_OR_AND_GAP]

def lexicon_nouns() -> list[str]:
    """Short lexicon nouns (the bare repeats are their first words) and a few of their heads."""
    out = sorted({k for k in measures() if len(k.split()) <= 2})
    out += sorted({k.split()[0] for k in measures()})
    return out


def corpus_texts() -> list[Path]:
    """The first 15 UTF-8 text files of the corpus."""
    return utf8_corpus_texts()[:15]


def old_full_mention_before(
    text: str, noun: str, start: int, qual_start: int, gap: re.Pattern[str]
) -> tuple[object, bool]:
    """The reading before round 22: every word of the span, then back over them."""
    if not measure._may_hold_word(text, noun.split(" ", 1)[0], start, qual_start):
        return None, True
    words = list(WORD.finditer(text, start, qual_start))
    size = len(noun.split())
    for i in range(len(words) - size, 0, -1):
        if not text[words[i - 1].start()].isdigit():
            continue
        if " ".join([key(w[0]) for w in words[i : i + size]]) != noun:
            continue
        if not gap.search(text, words[i + size - 1].end(), qual_start):
            return None, False
        item = [(key(w[0]), w.start(), w.end()) for w in words[i : i + max_measure_words() + 1]]
        full = measure._longer_entry(measure._item_keys(text, item, 0, max_measure_words() + 1), size)
        if full is not None:
            return full, True
    return None, True
