"""Readers: one per format, each returning the same `Document` model.

`read(source)` picks the reader from the extension (or `format=`, or the content for bytes),
decodes legacy encodings and raises a specific `InputError` for anything it cannot read:

========================  ===========================
missing file              `FileMissingError`
directory / no permission `UnreadableFileError`
empty file or no text     `EmptyDocumentError`
unknown extension         `UnsupportedFormatError`
broken .docx / .pdf       `CorruptFileError`
binary garbage as .txt    `CorruptFileError` / `EncodingError`
encrypted PDF             `EncryptedFileError`
scanned PDF               `NoTextLayerError`
========================  ===========================

Format modules (`text`, `html`, `docx`, `pdf`) are imported only when needed.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportextract.errors import (
    EmptyDocumentError,
    FileMissingError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from reportextract.model import Document

FORMATS = ("txt", "md", "html", "docx", "pdf")
#: extension (without dot, lower-case) -> format
EXTENSIONS: dict[str, str] = {
    "txt": "txt",
    "text": "txt",
    "md": "md",
    "markdown": "md",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "docx": "docx",
    "pdf": "pdf",
}
_ADVICE = {
    "doc": "an old Word .doc: open it in Word or LibreOffice and re-save it as .docx",
    "rtf": "RTF: open it in Word or LibreOffice and re-save it as .docx",
    "odt": "OpenDocument text: re-save it as .docx from LibreOffice",
    "xls": "a spreadsheet: export the report text as .docx or .pdf",
    "xlsx": "a spreadsheet: export the report text as .docx or .pdf",
    "jpg": "an image: run OCR first and read the resulting text or PDF",
    "jpeg": "an image: run OCR first and read the resulting text or PDF",
    "png": "an image: run OCR first and read the resulting text or PDF",
}


def read(source: str | Path | bytes, *, format: str | None = None, name: str | None = None) -> Document:
    """Read a path, a text string or bytes into a `Document`.

    A `str` that names an existing file (or ends in a known extension) is read as a path; any
    other `str` is the text itself. Bytes are sniffed (``%PDF``, a zip with
    ``word/document.xml``, ``<html``, else text) unless `format` is given. `name` is recorded
    as `Document.source` (default: the path, ``"<bytes>"`` or ``"<text>"``).
    """
    if isinstance(source, Path) or (isinstance(source, str) and _looks_like_path(source)):
        path = Path(source).expanduser()
        shown = str(path)
        ext = path.suffix.lower().lstrip(".")
        fmt = _check_format(format) if format else EXTENSIONS.get(ext)
        if not path.exists():
            raise FileMissingError(f"file not found: {shown}; check the path and the file name", source=shown)
        if path.is_dir():
            raise UnreadableFileError(
                f"{shown} is a directory, not a file; give a file inside it", source=shown
            )
        if fmt is None:
            advice = _ADVICE.get(ext, "convert it to .docx, .pdf, .html, .md or .txt (UTF-8)")
            raise UnsupportedFormatError(
                f"{shown}: no reader for the extension '.{ext}' ({advice}); supported: "
                + ", ".join(f".{e}" for e in EXTENSIONS),
                source=shown,
            )
        try:
            with path.open("rb") as fh:
                data = fh.read()
        except PermissionError as exc:
            raise UnreadableFileError(
                f"{shown}: permission denied; give your user read access (chmod +r) or copy the file",
                source=shown,
            ) from exc
        except OSError as exc:
            raise UnreadableFileError(
                f"{shown}: cannot be read ({exc.strerror}); check the disk or copy the file", source=shown
            ) from exc
        return _read_bytes(data, fmt, name or shown)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        label = name or "<bytes>"
        fmt = _check_format(format) if format else sniff(data)
        if fmt in _ADVICE:
            raise UnsupportedFormatError(f"{label}: this is {_ADVICE[fmt]}", source=label)
        return _read_bytes(data, fmt, label)
    if not isinstance(source, str):
        raise TypeError(f"read() takes a path, a str or bytes, not {type(source).__name__}")
    label = name or "<text>"
    fmt = _check_format(format) if format else ("html" if _is_html_text(source) else "txt")
    if fmt in ("docx", "pdf"):
        raise UnsupportedFormatError(
            f"{label}: a {fmt} document must be given as a path or bytes, not as a str", source=label
        )
    if not source.strip():
        raise EmptyDocumentError(f"{label}: the text is empty; nothing to extract", source=label)
    if fmt == "html":
        from reportextract.readers import html as html_reader  # noqa: PLC0415 (lazy: no work at import)

        doc = html_reader.read_html(source, source=label)
    else:
        from reportextract.readers import legacy  # noqa: PLC0415 (lazy: no work at import)
        from reportextract.readers import text as text_reader  # noqa: PLC0415 (lazy: no work at import)

        enc = legacy.detect_text(source)
        text = legacy.decode_text(source, enc) if enc else source
        doc = text_reader.read_text(text, source=label, fmt=fmt, encoding=enc)
    return _check_not_empty(doc)


def sniff(data: bytes) -> str:
    """Guess the format of raw bytes: "pdf", "docx", "html" or "txt" ("doc", "rtf" for formats
    that have no reader)."""
    head = data[:2048]
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "doc"
    if head[:5] == b"{\\rtf":
        return "rtf"
    if head.lstrip()[:5] == b"%PDF-" or data[:1024].find(b"%PDF-") >= 0:
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return "docx"  # a zip: the docx reader says clearly when it is not a Word package
    low = head.lower()
    if b"<html" in low or b"<!doctype html" in low or (b"<body" in low and b"</" in low):
        return "html"
    return "txt"


def _is_html_text(s: str) -> bool:
    head = s[:2048]
    if "<" not in head:
        return False  # (lower-casing makes "<" of no other character)
    low = head.lower()
    return "<html" in low or "<!doctype html" in low


def _check_format(fmt: str) -> str:
    f = fmt.lower().lstrip(".")
    f = EXTENSIONS.get(f, f)
    if f not in FORMATS:
        raise UnsupportedFormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return f


def _read_bytes(data: bytes, fmt: str, label: str) -> Document:
    if not data.strip():
        raise EmptyDocumentError(f"{label}: the file is empty; nothing to extract", source=label)
    if fmt in ("txt", "md"):
        from reportextract.readers import text as text_reader  # noqa: PLC0415 (lazy: no work at import)

        doc = text_reader.read_text_bytes(data, source=label, fmt=fmt)
    elif fmt == "html":
        from reportextract.readers import html as html_reader  # noqa: PLC0415 (lazy: no work at import)

        doc = html_reader.read_html_bytes(data, source=label)
    elif fmt == "docx":
        from reportextract.readers import docx as docx_reader  # noqa: PLC0415 (lazy: no work at import)

        doc = docx_reader.read_docx(data, source=label)
    elif fmt == "pdf":
        from reportextract.readers import pdf as pdf_reader  # noqa: PLC0415 (lazy: no work at import)

        doc = pdf_reader.read_pdf(data, source=label)
    else:  # pragma: no cover - _check_format guards this
        raise UnsupportedFormatError(f"{label}: no reader for {fmt}", source=label)
    return _check_not_empty(doc)


def _check_not_empty(doc: Document) -> Document:
    if not doc.blocks or not doc.text.strip():
        raise EmptyDocumentError(
            f"{doc.source}: no text found in this {doc.format} file; check that it is the right file",
            source=doc.source,
        )
    return doc


def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 1024 or not s.strip():
        return False
    p = Path(s)
    if p.suffix.lower().lstrip(".") in EXTENSIONS or p.suffix.lower().lstrip(".") in _ADVICE:
        return True
    try:
        return os.path.exists(s)
    except (OSError, ValueError):
        return False


__all__ = ["EXTENSIONS", "FORMATS", "read", "sniff"]
