"""The same report as .txt, .docx and .pdf reads to the same content (reader level).

For each real document that ``../shared/real/docs`` holds in the three formats:

* the same footnote ids, with the same bodies (whitespace collapsed);
* the same note references, in order, each anchored on the same word;
* the same non-footnote text once whitespace is collapsed and paragraphs split by a page
  break (or merged by re-typesetting) are joined, i.e. the blocks' texts joined by spaces.

Markdown markup characters ("*") are ignored in the comparison: the .docx/.pdf were typeset
from the markdown export, and a few emphasis stars survived there as literal characters.
The lead's end-to-end version compares the extracted figures.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import regex

from reportextract.model import Document
from reportextract.readers import read
from reportextract.textnorm import collapse_ws

DOCS = Path(__file__).resolve().parents[1] / ".." / "shared" / "real" / "docs"
NAMES = ["000_db3eded9ba4f9910", "004_1d14f7d65f949747"]
_WORD = regex.compile(r"\w+")


@cache
def _read(path: Path) -> Document:
    return read(path)


def _clean(text: str) -> str:
    return collapse_ws(text.replace("*", " "))


def content(doc: Document) -> tuple[dict[str, str], list[tuple[str, str | None]], str]:
    notes = {b.footnote_id or "": _clean(b.text) for b in doc.blocks if b.kind == "footnote"}
    refs = []
    for r in doc.note_refs:
        words = _WORD.findall(doc.text[max(0, r.offset - 60) : r.offset])
        refs.append((r.id, words[-1] if words else None))
    body = _clean(" ".join(b.text for b in doc.blocks if b.kind != "footnote"))
    return notes, refs, body


@pytest.fixture(scope="module")
def docs_dir() -> Path:
    if not DOCS.is_dir():
        pytest.skip("../shared/real/docs is absent")
    return DOCS


@pytest.mark.real
@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_formats_agree_with_txt(docs_dir: Path, name: str, fmt: str) -> None:
    paths = {ext: docs_dir / f"{name}.{ext}" for ext in ("txt", fmt)}
    if not all(p.exists() for p in paths.values()):
        pytest.skip(f"{name} is not there as .txt and .{fmt}")
    txt_notes, txt_refs, txt_body = content(_read(paths["txt"]))
    notes, refs, body = content(_read(paths[fmt]))
    assert sorted(notes) == sorted(txt_notes)
    for fid, text in txt_notes.items():
        assert notes[fid] == text, fid
    assert refs == txt_refs
    if body != txt_body:  # show where they part
        i = next(i for i, (a, b) in enumerate(zip(body, txt_body, strict=False)) if a != b)
        pytest.fail(f"body differs at {i}: {fmt}={body[i - 40 : i + 40]!r} txt={txt_body[i - 40 : i + 40]!r}")


@pytest.mark.real
@pytest.mark.parametrize("name", NAMES)
def test_pdf_pages_and_footnote_pages(docs_dir: Path, name: str) -> None:
    path = docs_dir / f"{name}.pdf"
    if not path.exists():
        pytest.skip("no pdf")
    doc = _read(path)
    assert doc.pages
    assert doc.pages >= 1
    assert all(b.page is not None and 1 <= b.page <= doc.pages for b in doc.blocks)
    pages = [b.page for b in doc.blocks]
    assert pages == sorted(pages)  # reading order follows the pages
