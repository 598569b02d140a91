"""Optional NER fallback for unit names the gazetteer lacks (underthesea, CRF model shipped in the wheel).

Loaded lazily on first use and cached; never ``deep=True`` (that would download a model). Costs about
0.7 s for the first call (import and model load), then a few milliseconds per sentence.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from typing import Any

from reportextract.units.gazetteer import UnitMention, lookup

log = logging.getLogger(__name__)

_SENTENCE_RE = re.compile(r"[^\n.;!?]+(?:[.;!?]+|\n|$)")
_TAGS = {"LOC", "ORG"}


@functools.cache
def _ner() -> Callable[[str], list[Any]]:
    from underthesea import ner  # noqa: PLC0415 - heavy: imported only when the fallback is asked for

    return ner


def _align(text: str, start: int, tokens: list[str]) -> list[tuple[int, int]]:
    """Offsets of NER tokens in ``text`` (tokens keep their inner spaces, e.g. "Kiên Giang")."""
    spans = []
    pos = start
    for tok in tokens:
        pattern = r"\s+".join(re.escape(p) for p in tok.split())
        m = re.compile(pattern).search(text, pos) if pattern else None
        if m is None:
            spans.append((-1, -1))
            continue
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


def ner_mentions(text: str) -> list[UnitMention]:
    """LOC/ORG entities of ``text`` as unit mentions (source "ner").

    An entity the gazetteer can read (``lookup``) keeps the gazetteer's canonical name and level;
    any other becomes level "body" with its surface as canonical name.
    """
    ner = _ner()
    out: list[UnitMention] = []
    for sm in _SENTENCE_RE.finditer(text):
        sentence = sm.group()
        if not sentence.strip() or not any(c.isupper() for c in sentence):
            continue
        try:
            rows = ner(sentence)
        except Exception as exc:  # a model failure on one sentence must not stop extraction
            log.debug("underthesea NER failed on %r: %s", sentence[:60], exc)
            continue
        tokens = [r[0] for r in rows]
        spans = _align(text, sm.start(), tokens)
        i = 0
        while i < len(rows):
            tag = rows[i][-1]
            if not tag.startswith("B-") or tag[2:] not in _TAGS:
                i += 1
                continue
            kind = tag[2:]
            j = i + 1
            while j < len(rows) and rows[j][-1] == f"I-{kind}":
                j += 1
            a, b = spans[i][0], spans[j - 1][1]
            i = j
            if a < 0 or b <= a:
                continue
            surface = text[a:b]
            known = lookup(surface)
            if known is not None:
                out.append(
                    UnitMention(
                        a, b, surface, known.canonical, known.level, known.province_2025, known.is_body, "ner"
                    )
                )
            elif kind == "ORG" or any(w[:1].isupper() for w in surface.split()[1:]):
                out.append(
                    UnitMention(a, b, surface, " ".join(surface.split()), "body", None, kind == "ORG", "ner")
                )
    return out
