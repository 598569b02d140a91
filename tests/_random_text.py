"""Random texts for the tests that compare a shortcut with the plain computation it stands for."""

from __future__ import annotations

import random
from collections.abc import Sequence


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
