"""`measure._full_mention_before` as it was before the twenty-second round: every word of the span
read with `WORD`, then back over them. Two speed tests compare the current function with it."""

from __future__ import annotations

import re

from reportextract.figures import measure
from reportextract.figures.lexicon import WORD, key, max_measure_words


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
