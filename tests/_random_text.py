"""Random texts for the tests that compare a shortcut with the plain computation it stands for."""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

_CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def random_texts(words: Sequence[str], seps: Sequence[str], n: int, seed: int, max_parts: int) -> list[str]:
    """`n` texts of 1 to `max_parts` - 1 words, each followed by a separator, drawn with `seed`."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randrange(1, max_parts)):
            parts.append(rng.choice(words))
            parts.append(rng.choice(seps))
        out.append("".join(parts))
    return out


def utf8_corpus_texts() -> list[Path]:
    """The corpus's text files that read as UTF-8, in name order (a text in another encoding is the
    reader's matter, not the shortcut's)."""
    out = []
    for p in sorted(_CORPORA.glob("*.txt")):
        try:
            p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        out.append(p)
    return out
