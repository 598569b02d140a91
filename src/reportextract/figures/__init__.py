"""Figure stage: every figure of spec §2 with its unit, category, qualifier and provenance."""

from __future__ import annotations

from reportextract.figures.extract import find_figures

__all__ = ["find_figures"]
