"""Helpers for the structure-stage tests: build a `Document` from text written in the test.

`make_doc` mimics a plain-text reader without depending on it: blank lines separate blocks,
single newlines stay inside a block, superscript digits become `NoteRef`s, and a block that
starts with superscript digits becomes a footnote block. Lines ending with " |" are captions.
"""

from __future__ import annotations

import regex

from reportextract.model import Block, Document

_SUP = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789", strict=True))


def make_doc(
    text: str, *, fmt: str = "txt", title: str | None = None, pages: list[int] | None = None
) -> Document:
    """A `Document` of `text`; `pages` optionally gives each block's page number."""
    blocks: list[Block] = []
    refs: list[tuple[str, int, int, str]] = []
    for para in regex.split(r"\n\s*\n", text.strip("\n")):
        para = para.strip()
        if not para:
            continue
        m = regex.match(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*", para)
        if m:
            fid = "".join(_SUP[c] for c in m.group(1))
            blocks.append(Block(kind="footnote", text=para[m.end() :], footnote_id=fid))
            continue
        out: list[str] = []
        for piece in regex.findall(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+|[^⁰¹²³⁴⁵⁶⁷⁸⁹]+", para):
            if piece[0] in _SUP:
                refs.append(("".join(_SUP[c] for c in piece), len(blocks), len("".join(out)), "superscript"))
            else:
                out.append(piece)
        body = "".join(out)
        kind = "caption" if body.endswith(" |") else "paragraph"
        blocks.append(Block(kind=kind, text=body.removesuffix(" |").rstrip() if kind == "caption" else body))
    if pages:
        for block, page in zip(blocks, pages, strict=False):
            block.page = page
    return Document.from_blocks("<test>", fmt, blocks, refs, title=title)


def words(text: str) -> list[str]:
    """Word tokens for text-preservation checks (punctuation stripped)."""
    return [w for w in (regex.sub(r"^[\W_]+|[\W_]+$", "", t) for t in text.split()) if w]
