"""Readers: one per format, each returning the same `Document` model.

`read(source)` picks the reader from the extension (or `format=`), decodes legacy encodings
and raises a specific `InputError` for anything it cannot read.
"""

from __future__ import annotations

from pathlib import Path

from reportextract.errors import FileMissingError, UnsupportedFormatError
from reportextract.model import Document

FORMATS = ("txt", "md", "html", "docx", "pdf")


def read(source: str | Path | bytes, *, format: str | None = None, name: str | None = None) -> Document:  # noqa: A002
    """Read a path, a text string or bytes into a `Document`.

    A `str` that names an existing file (or ends in a known extension) is read as a path; any
    other `str` is the text itself.
    """
    from reportextract.readers import text as text_reader

    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source)
        fmt = format or path.suffix.lower().lstrip(".")
        if not path.exists():
            raise FileMissingError("file not found; check the path", source=str(path))
        if fmt not in ("txt", "md"):
            raise UnsupportedFormatError(f"no reader for '.{fmt}' yet", source=str(path))
        return text_reader.read_text_bytes(path.read_bytes(), source=name or str(path), fmt=fmt)
    if isinstance(source, bytes):
        return text_reader.read_text_bytes(source, source=name or "<bytes>", fmt=format or "txt")
    return text_reader.read_text(source, source=name or "<text>", fmt=format or "txt")


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024:
        return False
    p = Path(s)
    return p.suffix.lower().lstrip(".") in FORMATS or p.exists()
