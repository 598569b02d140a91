"""The data that flows between the stages.

Two families of types live here, and nothing else (no logic beyond serialisation):

* the **document model** that every reader produces (`Document`, `Block`, `NoteRef`): text in
  reading order, cut into typed blocks, with footnote references as positions; no stage after
  the reader knows which format a report came in;
* the **report model**, the output contract of ``../shared/spec/EXTRACTION-SPEC.md`` §1
  (`Report`, `Figure`, `Section`, `Footnote`, `Metadata`, ...), which the structure and figure
  stages fill in and the outputs serialise.

Offsets are Python string indices (code points) into the text they name: `Block.start/end`
into `Document.text`; `Section.start`, `Footnote.offset` and a body figure's `span` into
`Report.body`; a footnote figure's `span` into that footnote's `text`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_cell", "footnote", "caption", "furniture"]
Value = int | Decimal


@dataclass(slots=True)
class Block:
    """One unit of text in reading order, as a reader found it.

    `text` is plain text: markup (markdown emphasis, image stubs, HTML tags) and footnote
    markers are already removed; `start`/`end` locate it in `Document.text`.
    """

    kind: BlockKind
    text: str
    start: int = 0
    end: int = 0
    page: int | None = None
    #: heading level from the format (markdown ``#`` count, Word "Heading N"), else None
    level: int | None = None
    #: Word paragraph style, HTML tag name, or "md" — informative only
    style: str | None = None
    #: list numbering as rendered by the format (Word auto-numbering "1.", "a)"), if any
    numbering: str | None = None
    #: the footnote's id as written, for ``kind == "footnote"``
    footnote_id: str | None = None
    #: table position for ``kind == "table_cell"``
    table: int | None = None
    row: int | None = None
    col: int | None = None
    #: PDF only: the dominant font size of the block, and its top (points from page top)
    font_size: float | None = None
    top: float | None = None


@dataclass(slots=True)
class NoteRef:
    """A footnote reference: marker `id` stood at `offset` in `Document.text` (marker removed)."""

    id: str
    offset: int
    #: how the marker was written: "superscript" (¹), "word" (a Word/PDF note reference), "bracket" ([1])
    style: str = "superscript"


@dataclass(slots=True)
class Document:
    """What a reader returns: the text of one file in reading order.

    `text` is the blocks' texts joined by ``"\\n\\n"``; each block knows its offsets.
    """

    source: str
    format: str
    text: str
    blocks: list[Block]
    note_refs: list[NoteRef] = field(default_factory=list)
    #: detected input encoding for text formats ("utf-8", "utf-8-sig", "utf-16", "cp1258", "tcvn3", "vni")
    encoding: str | None = None
    pages: int | None = None
    #: a headline the format carries apart from the text (HTML <title>/<h1>, docx core title)
    title: str | None = None
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_blocks(
        cls,
        source: str,
        fmt: str,
        blocks: list[Block],
        note_refs: list[tuple[str, int, int, str]] | None = None,
        **kwargs: Any,
    ) -> Document:
        """Build a document from blocks whose offsets are not set yet.

        `note_refs` are ``(id, block_index, offset_in_block_text, style)``; they are turned into
        offsets in the joined text.
        """
        parts: list[str] = []
        pos = 0
        for i, block in enumerate(blocks):
            if i:
                parts.append("\n\n")
                pos += 2
            block.start = pos
            block.end = pos + len(block.text)
            parts.append(block.text)
            pos = block.end
        refs = [
            NoteRef(id=nid, offset=blocks[bi].start + off, style=style)
            for nid, bi, off, style in (note_refs or [])
        ]
        refs.sort(key=lambda r: r.offset)
        return cls(source=source, format=fmt, text="".join(parts), blocks=blocks, note_refs=refs, **kwargs)


# --------------------------------------------------------------------------- report model


@dataclass(slots=True)
class Reference:
    """A document cited by number ("Kế hoạch số 46-KH/TWĐTN-CNĐT ngày 14/4/2023")."""

    number: str
    date: str | None = None
    #: decoded type ("kế hoạch") when the number carries a known code
    doc_type: str | None = None
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class Signer:
    name: str | None
    title: str | None


@dataclass(slots=True)
class Metadata:
    doc_type: str | None = None
    title: str | None = None
    issuer: str | None = None
    scope: str | None = None
    number: str | None = None
    date: str | None = None
    event_dates: list[str] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    signer: Signer | None = None
    recipients: list[str] = field(default_factory=list)
    #: where the document was issued ("Hà Nội" of "Hà Nội, ngày ...")
    place: str | None = None


@dataclass(slots=True)
class Section:
    number: str
    title: str
    level: int
    #: offset of the heading in `Report.body`, and end of the section's content
    start: int = 0
    end: int = 0


@dataclass(slots=True)
class Footnote:
    id: str
    text: str
    anchor: str | None = None
    #: where the marker stood in `Report.body`
    offset: int | None = None
    page: int | None = None


@dataclass(slots=True)
class Figure:
    """One figure mention (spec §2), with its provenance."""

    value: Value
    unit: str | None
    category: str
    qualifier: str | None
    measure: str
    #: the surface text of the quantity ("17,5 tỉ đồng")
    text: str
    span: tuple[int, int]
    where: Literal["body", "footnote"] = "body"
    footnote: str | None = None
    section: str | None = None
    page: int | None = None
    #: quantity kind from the number parser: number, money, measure, percent
    kind: str = "number"
    #: the unit as the text names it ("TP. Hồ Chí Minh", "Tỉnh đoàn Lâm Đồng"), or None when by scope
    unit_text: str | None = None
    #: level of the unit: "national", "province", "sector", "district", "commune", "school", ...
    unit_level: str | None = None
    #: for a province (or a place within one): the province it belongs to after 1 July 2025
    province_2025: str | None = None
    #: which attribution rule gave the unit ("footnote", "subject", "enumeration", "section", "scope", ...)
    unit_rule: str | None = None
    #: the low/high end of a range ("25-35"), else None
    range_role: str | None = None
    #: how an ambiguous number was read ("comma read as thousands: count of people")
    note: str | None = None


@dataclass(slots=True)
class Check:
    """A stated total compared with the parts the text itemises. Figures are never changed."""

    kind: str
    total: Value
    parts: list[Value]
    sum: Value
    ok: bool
    #: index of the total figure in `Report.figures` (None when the total is not a figure)
    total_figure: int | None = None
    part_figures: list[int] = field(default_factory=list)
    description: str = ""


@dataclass(slots=True)
class Report:
    """Everything one document yields; `to_dict()` follows the output contract."""

    source: str
    format: str
    metadata: Metadata
    body: str
    sections: list[Section] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    pages: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def plain_value(value: Value) -> int | float:
    """A JSON-friendly number: integral values as int, others as float."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    if type(obj) in _SCALARS:  # most fields: returned as they are, without the checks below
        return obj
    if isinstance(obj, Decimal):
        return plain_value(obj)
    if isinstance(obj, tuple):
        return [_plain(x) for x in obj]
    if isinstance(obj, list):
        return [_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if hasattr(obj, "__dataclass_fields__"):
        return {name: _plain(getattr(obj, name)) for name in obj.__dataclass_fields__}
    return obj


@dataclass(slots=True)
class Zone:
    """A stretch of `Report.body` with a role: "header", "title", "signature", "recipients"."""

    kind: str
    start: int
    end: int


@dataclass(slots=True)
class Segmented:
    """What the structure stage hands to the figure stage: the report without figures, plus
    layout facts that are not part of the output contract."""

    report: Report
    zones: list[Zone] = field(default_factory=list)
    #: ``(body_offset, page)`` pairs in increasing offset: the page each stretch of body came from
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    #: scope the caller gave (spec §5 hints), which outranks the scope found in the text
    hint_scope: str | None = None

    def page_at(self, offset: int) -> int | None:
        page = None
        for start, p in self.page_starts:
            if start > offset:
                break
            page = p
        return page
