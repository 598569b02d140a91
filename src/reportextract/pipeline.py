"""The one-call pipeline: read -> segment -> figures."""

from __future__ import annotations

from pathlib import Path

from reportextract.figures import find_figures
from reportextract.model import Report
from reportextract.readers import read
from reportextract.structure import segment


def extract(
    source: str | Path | bytes,
    *,
    format: str | None = None,
    name: str | None = None,
    scope: str | None = None,
) -> Report:
    """Extract a report from a file path, a string of text or bytes.

    `format` forces a reader ("txt", "md", "html", "docx", "pdf"); `name` is recorded as the
    report's `source` (default: the path, or "<text>"); `scope` is the unit the caller knows the
    document belongs to (spec §5 `hints`), used where the text names no unit.
    """
    doc = read(source, format=format, name=name)
    seg = segment(doc, scope=scope)
    report = seg.report
    report.figures = find_figures(seg)
    return report
