"""Segmentation: from a `Document` to the report's header, sections, footnotes and body.

Steps, each in its own module: cut blocks into lines (`lines`), label site furniture and
captions (`news`), find footnotes written inline (`footnotes`), the signature and distribution
list (`signature`), the header of an official document (`header`) or the headline, dateline,
captions and byline of a news page (`news`), numbered headings (`sections`); then write the body,
joining sentences that a page break or footnote bodies cut (`repair`), and fill the metadata
(`meta`, `scope`).

The body keeps every line of the document except footnote bodies, captions and furniture; the
header, title, signature, recipients and byline lines stay in it and are marked by `Zone`s so
that the figure stage can skip them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from reportextract.model import Document, Footnote, Metadata, Report, Section, Segmented, Signer, Zone
from reportextract.structure import meta, news
from reportextract.structure import scope as scope_mod
from reportextract.structure.footnotes import anchor_before, mark_inline_notes
from reportextract.structure.header import find_header
from reportextract.structure.lines import BODY_ROLES, Line, build_lines
from reportextract.structure.repair import mark_running_heads, should_join
from reportextract.structure.sections import assign_levels, close_sections, mark_headings
from reportextract.structure.signature import find_signature

_ZONE_OF = {
    "header": "header",
    "title": "title",
    "signature": "signature",
    "recipients": "recipients",
    "byline": "signature",
}
#: sections about the future: their dates are plans, not events
_PLAN_HEADING = regex.compile(
    r"^(?:phương\s+hướng|nhiệm\s+vụ|kế\s+hoạch|dự\s+kiến|đề\s+xuất|kiến\s+nghị|chương\s+trình\s+công\s+tác)",
    regex.I,
)
#: a heading about what comes next ("Hoạt động sắp tới", "Nhiệm vụ trọng tâm tháng tới"): the
#: dates under it are planned, not dates on which the reported activities took place (spec §3)
_NEXT_HEADING = regex.compile(r"\b(?:sắp\s+tới|thời\s+gian\s+tới|(?:tuần|tháng|quý|năm|kỳ)\s+tới)\b", regex.I)
_SKIP_FOR_DATES = frozenset({"header", "signature", "recipients", "byline"})


def segment(doc: Document, *, scope: str | None = None) -> Segmented:
    """Turn a reader's `Document` into a `Report` without figures, plus layout facts.

    `scope` is the caller's hint (spec §5): when given it is the report's `metadata.scope`.
    """
    lines = build_lines(doc)
    stamp_date = news.mark_furniture(lines)
    mark_running_heads(lines)
    mark_inline_notes(lines)
    sig = find_signature(lines)
    head = find_header(lines)
    headline = byline = None
    if head is None:
        lines[:] = news.split_run_in_headline(lines)
        news.mark_dateline(lines)
        headline = news.mark_headline(lines, doc.title)
        news.mark_captions(lines)
        byline = news.mark_byline(lines)
    mark_headings(lines)

    asm = _assemble(lines)
    body = asm.body

    md = Metadata()
    if head is not None:
        md.doc_type = head.doc_type
        md.title = head.title
        md.number = head.number
        md.date = head.date
        md.place = head.place
    else:
        md.doc_type = "tin"
        md.title = news.title_text(lines[headline].text) if headline is not None else None
        md.date = stamp_date
    if sig is not None:
        if sig.name or sig.title:
            md.signer = Signer(name=sig.name, title=sig.title)
        md.recipients = sig.recipients

    # cited documents, in the body and in footnotes
    refs = []
    excluded: list[tuple[int, int]] = []
    for ref, spans in meta.find_references(body, md.number):
        refs.append(ref)
        excluded.extend(spans)
    for fn in asm.footnotes:
        refs.extend(r for r, _ in meta.find_references(fn.text, md.number))
    md.references = meta.unique_references(refs)

    dates_text, dates_excluded, caption_spans = _dates_text(lines, asm, excluded)
    md.event_dates = meta.event_dates(
        dates_text,
        dates_excluded,
        captions=caption_spans,
        since_clauses=True,
        own_date=md.date,
        loose_forms=True,
    )
    md.event_dates = meta.drop_later_plans(md.event_dates, md.date)

    plain = _plain_text(lines)
    if head is not None:
        pre_scope = None
        for org in (head.org, sig.org if sig else None):
            if org and pre_scope is None:
                pre_scope = scope_mod.unit_of(org)
        if pre_scope is None:
            pre_scope = scope_mod.official_scope(None, plain)
        sig_org = sig.org if sig else None
        md.issuer = scope_mod.closing_issuer(sig_org, plain) or (
            None if sig_org else _preamble_issuer(plain, head.org)
        )
        md.issuer = md.issuer or scope_mod.complete_issuer(sig_org, head.org, pre_scope, plain)
        md.issuer = _as_written(md.issuer, plain)
        md.scope = scope_mod.unit_of(md.issuer) if md.issuer else None
        md.scope = md.scope or pre_scope
    else:
        md.scope = scope_mod.news_scope(md.title, asm.lead, plain)
        if news.is_bulletin_title(md.title):
            # a bulletin posted as a web page: issued by the body its byline names
            md.doc_type = "bản tin"
            md.issuer = news.body_byline(lines, byline)
    if scope:
        md.scope = scope

    report = Report(
        source=doc.source,
        format=doc.format,
        metadata=md,
        body=body,
        sections=asm.sections,
        footnotes=asm.footnotes,
        captions=asm.captions,
        warnings=list(doc.warnings),
        encoding=doc.encoding,
        pages=doc.pages,
    )
    return Segmented(report=report, zones=asm.zones, page_starts=asm.page_starts, hint_scope=scope)


#: the committee a letterhead's body name starts with ("Ban Chấp hành Đoàn huyện X")
_HEAD_COMMITTEE = regex.compile(r"^Ban\s+(?:Chấp\s+hành|Thường\s+vụ)\s+")


def _preamble_issuer(plain: str, head_org: str | None) -> str | None:
    """The issuer of a report kept without its signature: the committee its preamble names as
    reporting (`meta.preamble_issuer`), completed where needed by the letterhead's body in its
    running form ("BCH ĐOÀN HUYỆN X" -> "Huyện đoàn X"). The signature, when there is one, says
    who signs and is read first."""
    header_body = scope_mod.running_name(_HEAD_COMMITTEE.sub("", head_org)) if head_org else None
    return meta.preamble_issuer(plain, header_body)


def _as_written(issuer: str | None, plain: str) -> str | None:
    """The issuer as the running text spells it (`scope.as_written`); when the text names only
    the body and not its committee ("Đoàn Khối các cơ quan tỉnh X" for a letterhead's "BCH ĐOÀN
    KHỐI CÁC CƠ QUAN TỈNH X"), the body's part takes the text's case."""
    written = scope_mod.as_written(issuer, plain)
    if not issuer or written != issuer:
        return written
    m = _HEAD_COMMITTEE.match(issuer)
    if m is None:
        return issuer
    return issuer[: m.end()] + (scope_mod.as_written(issuer[m.end() :], plain) or "")


class _Assembled:
    def __init__(self) -> None:
        self.body = ""
        self.footnotes: list[Footnote] = []
        self.captions: list[str] = []
        self.zones: list[Zone] = []
        self.sections: list[Section] = []
        self.page_starts: list[tuple[int, int]] = []
        #: body offset of each body line
        self.offsets: dict[int, int] = {}
        self.lead = ""


def _assemble(lines: list[Line]) -> _Assembled:
    out = _Assembled()
    parts: list[str] = []
    pos = 0
    prev: Line | None = None
    interrupted = False
    last_fn_block = -1
    heads: list[tuple[str, str, str, int]] = []
    refs: list[tuple[str, int]] = []
    page = None
    offsets = out.offsets
    for i, ln in enumerate(lines):
        role = ln.role
        if role == "footnote":
            if out.footnotes and ln.block == last_fn_block and not ln.first_in_block:
                out.footnotes[-1].text += " " + ln.text
            else:
                out.footnotes.append(Footnote(id=ln.footnote_id or "", text=ln.text, page=ln.page))
            last_fn_block = ln.block
            interrupted = True
            continue
        if role == "caption":
            if ln.text:
                out.captions.append(ln.text)
            continue
        if role == "furniture":
            interrupted = True
            continue
        if role not in BODY_ROLES:
            continue
        # a text table row has three cells or more (`_text_row`); a format's table cell its position
        short_row = prev is not None and len(ln.cells) >= 2 and _lacks_first_cell(prev, ln)
        row_text = _table_row_text(ln, lines, i, short_row) if len(ln.cells) >= 3 or short_row else ln.text
        if prev is not None:
            page_break = ln.page is not None and prev.page is not None and ln.page != prev.page
            in_table = (prev.table is not None and ln.table is not None) or (
                len(prev.cells) >= 3 and len(ln.cells) >= 3
            )
            if short_row:
                table_sep: str | None = "\n\t"  # the empty first cell, outside the line's text
            else:
                table_sep = _table_separator(prev, ln, lines, i) if in_table else None
            if table_sep is not None:
                sep = table_sep
            else:
                sep = " " if should_join(prev, ln, interrupted=interrupted or page_break) else "\n\n"
            parts.append(sep)
            pos += len(sep)
        offsets[i] = pos
        if ln.page is not None and ln.page != page:
            out.page_starts.append((pos, ln.page))
            page = ln.page
        parts.append(row_text)
        if ln.refs:
            refs.extend((rid, pos + p) for rid, p in ln.refs)
        kind = _ZONE_OF.get(role)
        if kind:
            end = pos + len(ln.text)
            if out.zones and out.zones[-1].kind == kind and out.zones[-1].end >= pos - 2:
                out.zones[-1].end = end
            else:
                out.zones.append(Zone(kind=kind, start=pos, end=end))
        elif ln.dateline:
            out.zones.append(Zone(kind="header", start=pos, end=pos + ln.dateline))
        if role == "heading" and ln.heading:
            num, title, style = ln.heading
            heads.append((num, title, style, pos))
        if role == "body" and not out.lead:
            out.lead = ln.text
        pos += len(ln.text)
        prev = ln
        interrupted = False
    out.body = "".join(parts)
    out.sections = assign_levels(heads)
    close_sections(out.sections, len(out.body))
    _link_notes(out, refs)
    return out


# -- tables ------------------------------------------------------------------------------------
# A table goes into the body as one line per row with its cells separated by a tab, so that the
# figure stage can read a number's row (its unit) and column (its measure). Cells come either from
# a format's table (docx, markdown pipe tables: `Line.table`) or from a text export's lines of
# tab-separated columns (two or more neighbouring lines with the same number of cells, at least 3).


def _text_row(ln: Line) -> bool:
    return ln.table is None and len(ln.cells) >= 3 and ln.role == "body"


def _text_table_neighbour(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and _text_row(lines[j]) and len(lines[j].cells) == len(ln.cells):
            return True
    return False


#: a table's first cell that numbers its row ("1", "12.", "3)")
_ROW_NUMBER = regex.compile(r"^\d{1,3}[.)]?$")


def _lacks_first_cell(prev: Line, ln: Line) -> bool:
    """Whether `ln` is a text table's row whose first cell is empty, under a row that opens with
    a row number: the total row of a table with an "TT" column ("<TAB>Cộng<TAB>22<TAB>3.090"),
    which a text export hands over without its leading tab, so with one cell fewer than the rows
    above. Its first cell is no row number (that would be a row missing another cell)."""
    return (
        ln.table is None
        and ln.role == "body"
        and _text_row(prev)
        and len(ln.cells) == len(prev.cells) - 1
        and _ROW_NUMBER.match(prev.cells[0]) is not None
        and _ROW_NUMBER.match(ln.cells[0]) is None
    )


def _table_row_text(ln: Line, lines: list[Line], i: int, short_row: bool = False) -> str:
    """The line as written into the body: tab-separated cells for a text table row (same length
    as the whitespace-collapsed text, so offsets into it stay valid), else its text. A row that
    lacks its first cell (`short_row`, `_lacks_first_cell`) is a row too: its empty cell goes
    into the separator before it."""
    if short_row or (_text_row(ln) and _text_table_neighbour(lines, i)):
        tabbed = "\t".join(ln.cells)
        if len(tabbed) == len(ln.text):
            return tabbed
    return ln.text


def _table_separator(prev: Line, ln: Line, lines: list[Line], i: int) -> str | None:
    """The separator before `ln` when it continues a table: a tab between cells of one row, a
    newline between rows; None when `ln` is not inside a table with `prev`. Empty cells before a
    cell keep their tabs ("\tTổng cộng\t\t302,3"), so a row reads as the rows of a text export do."""
    if prev.table is not None and ln.table is not None and ln.role == "body":
        if prev.table[0] != ln.table[0]:
            return None
        if prev.table[1] == ln.table[1]:
            return "\t" * max(1, ln.table[2] - prev.table[2])
        return "\n" + "\t" * ln.table[2]
    if _text_row(prev) and _text_row(ln) and len(prev.cells) == len(ln.cells):
        return "\n"
    return None


def _link_notes(out: _Assembled, refs: list[tuple[str, int]]) -> None:
    """Give each footnote the body offset of its marker and the anchor words before it."""
    free = list(out.footnotes)
    for rid, off in sorted(refs, key=lambda r: r[1]):
        for fn in free:
            if fn.id == rid:
                fn.offset = off
                fn.anchor = anchor_before(out.body, off)
                free.remove(fn)
                break


def _dates_text(
    lines: list[Line], asm: _Assembled, excluded: list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """Running text for event dates: body (without header/signature), captions and footnotes in
    reading order, with the clauses of cited documents mapped into it, and the spans of the
    captions in it (a caption's single date is when its photo was taken: only its ranges count)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    captions: list[tuple[int, int]] = []
    pos = 0
    offsets = asm.offsets
    touching = spans_touching([(i, b0, len(lines[i].text)) for i, b0 in offsets.items()], excluded)
    plan_at, note_in_plan = _plan_flags(lines)
    note_id: str | None = None
    for i, ln in enumerate(lines):
        in_plan = plan_at[i]
        role = ln.role
        if role == "footnote":
            # a footnote belongs where its marker is, not under the heading it is printed after
            # (a text file's notes all follow the last section, often the plan for next year)
            note_id = ln.footnote_id or (note_id if not ln.first_in_block else None)
            if note_in_plan.get(note_id or "", in_plan):
                continue
        elif in_plan:
            continue
        if role in _SKIP_FOR_DATES or role == "furniture":
            continue
        if role not in BODY_ROLES and role not in ("caption", "footnote"):
            continue
        text = ln.text
        b0 = offsets.get(i)
        if b0 is not None:
            for a, b in touching.get(i, ()):
                spans.append((pos + max(0, a - b0), pos + min(len(text), b - b0)))
        else:
            for _ref, ref_spans in meta.find_references(text, None):
                spans.extend((pos + a, pos + b) for a, b in ref_spans)
            if ln.role == "caption":
                captions.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    return "\n".join(parts), spans, captions


def _is_plan_heading(title: str) -> bool:
    """A heading about the future ("Phương hướng, nhiệm vụ ...", "Hoạt động sắp tới")."""
    return bool(_PLAN_HEADING.match(title) or _NEXT_HEADING.search(title))


def _plan_flags(lines: list[Line]) -> tuple[list[bool], dict[str, bool]]:
    """Whether each line stands under a plan heading (the last heading before it or itself is one),
    and for each footnote id whether its first marker does; each heading is read once."""
    at: list[bool] = []
    notes: dict[str, bool] = {}
    in_plan = False
    for ln in lines:
        if ln.role == "heading" and ln.heading:
            in_plan = _is_plan_heading(ln.heading[1])
        at.append(in_plan)
        if ln.refs:
            for rid, _ in ln.refs:
                notes.setdefault(rid, in_plan)
    return at, notes


def spans_touching(
    extents: list[tuple[int, int, int]], spans: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """For each line `(key, start, length)` of `extents` (in order of start, each line ending
    before the next starts), the `spans` (a, b) that open or close in it
    (``start <= a < start + length or start < b <= start + length``), in the order of `spans`;
    keyed by `key`, the lines no span touches left out.

    What testing every span against every line gives: a point lies in at most one line, found by
    bisection over the starts.
    """
    starts = [start for _, start, _ in extents]
    found: dict[int, list[int]] = {}
    for k, (a, b) in enumerate(spans):
        j = bisect_right(starts, a) - 1  # the last line starting at or before a
        opens = j >= 0 and a < starts[j] + extents[j][2]
        if opens:
            found.setdefault(j, []).append(k)
        j2 = bisect_left(starts, b) - 1  # the last line starting before b
        if j2 >= 0 and b <= starts[j2] + extents[j2][2] and not (opens and j2 == j):
            found.setdefault(j2, []).append(k)
    return {extents[j][0]: [spans[k] for k in ks] for j, ks in found.items()}


def _plain_text(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines if ln.role in BODY_ROLES or ln.role == "footnote")


__all__ = ["segment"]
