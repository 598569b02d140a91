"""Figure extraction (STUB: returns no figures; the real stage replaces this)."""

from __future__ import annotations

from reportextract.model import Figure, Segmented


def find_figures(seg: Segmented) -> list[Figure]:
    return []
