"""Segmentation (STUB: body, footnotes and markers only; the real stage replaces this)."""

from __future__ import annotations

from reportextract.model import Document, Footnote, Metadata, Report, Segmented


def segment(doc: Document, *, scope: str | None = None) -> Segmented:
    parts: list[str] = []
    footnotes: list[Footnote] = []
    captions: list[str] = []
    offset_map: list[tuple[int, int]] = []  # (doc_start, body_start)
    pos = 0
    for block in doc.blocks:
        if block.kind == "footnote":
            footnotes.append(Footnote(id=block.footnote_id or "", text=block.text, page=block.page))
            continue
        if block.kind == "caption":
            captions.append(block.text)
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        offset_map.append((block.start, pos))
        parts.append(block.text)
        pos += len(block.text)
    body = "".join(parts)
    by_id = {f.id: f for f in footnotes}
    for ref in doc.note_refs:
        note = by_id.get(ref.id)
        if note is None:
            continue
        body_off = None
        for dstart, bstart in offset_map:
            if dstart <= ref.offset:
                body_off = bstart + (ref.offset - dstart)
        note.offset = body_off
        if body_off is not None:
            note.anchor = " ".join(body[max(0, body_off - 60) : body_off].split()[-3:])
    report = Report(
        source=doc.source,
        format=doc.format,
        metadata=Metadata(scope=scope),
        body=body,
        footnotes=footnotes,
        captions=captions,
        warnings=list(doc.warnings),
        encoding=doc.encoding,
        pages=doc.pages,
    )
    return Segmented(report=report, hint_scope=scope)
