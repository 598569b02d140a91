"""Plain-text and markdown exports (STUB: to be replaced by the readers work)."""

from __future__ import annotations

import regex

from reportextract.model import Block, Document
from reportextract.textnorm import nfc

_SUP = {"¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9", "⁰": "0"}
_EMPH = regex.compile(r"\*\*(.+?)\*\*|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")


def read_text_bytes(data: bytes, *, source: str, fmt: str = "txt") -> Document:
    return read_text(data.decode("utf-8-sig"), source=source, fmt=fmt, encoding="utf-8")


def read_text(text: str, *, source: str, fmt: str = "txt", encoding: str | None = None) -> Document:
    text = nfc(text).replace("\r\n", "\n")
    blocks: list[Block] = []
    refs: list[tuple[str, int, int, str]] = []
    for para in regex.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        para = _EMPH.sub(lambda m: m.group(1) or m.group(2), para)
        m = regex.match(r"^([¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*", para)
        if m:
            fid = "".join(_SUP[c] for c in m.group(1))
            blocks.append(Block(kind="footnote", text=para[m.end():], footnote_id=fid))
            continue
        out = []
        for ch_m in regex.finditer(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[^¹²³⁴⁵⁶⁷⁸⁹⁰]+", para):
            piece = ch_m.group()
            if piece[0] in _SUP:
                refs.append(("".join(_SUP[c] for c in piece), len(blocks), len("".join(out)), "superscript"))
            else:
                out.append(piece)
        kind = "caption" if para.endswith(" |") else "paragraph"
        blocks.append(Block(kind=kind, text="".join(out).rstrip(" |")))
    return Document.from_blocks(source, fmt, blocks, refs, encoding=encoding)
