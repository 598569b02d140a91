"""Structure stage: from a `Document` to the report's header, sections, footnotes and body."""

from __future__ import annotations

from reportextract.structure.segment import segment

__all__ = ["segment"]
