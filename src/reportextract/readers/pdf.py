"""Text PDF reader (pdfplumber), one pass over each page's characters.

Per page (the page's objects are parsed once: characters, rules and tables come from them):
characters are grouped into lines by baseline; smaller raised characters join the line they
sit on as superscripts (digits become ``¹²³``, so footnote markers are found as in text
exports, and ``m²`` stays a unit); a wide gap on one baseline splits a line into columns. Then:

* running headers and footers (the same text, digits aside, at the top or bottom of several
  pages, or a small isolated first line in the top margin) and page numbers are dropped;
* ruled tables (pdfplumber's table finder) become ``table_cell`` blocks with row/col, in place;
  a table cut by a page break stays one table (its rows on the next page continue it);
* the footnote area is the run of smaller-font lines at the page bottom: under a separator rule
  when there is one (then it may continue a footnote from the previous page, appended to it),
  else from the first line that starts with a footnote marker (superscript digits, digits glued
  to the text "1Các", or the next expected number); each footnote becomes a ``footnote`` block
  with its page, after the page's body (where a text export puts it);
* two-column stretches (a header table, "Nơi nhận" beside the signature) are read column by
  column; body lines are joined into paragraphs, broken at a larger line gap, a first-line
  indent, a change of font size, a line beside the last one, a bullet or list number after a
  finished line, or after a short line that ends a sentence. A paragraph cut by a page break
  gives two blocks (page N and N+1); the structure stage joins them.

`Document.title` comes from the info dictionary unless it is a file name. A PDF without any
text raises `NoTextLayerError`; a password-protected one `EncryptedFileError`; a damaged one
`CorruptFileError`.
"""

from __future__ import annotations

import io
import statistics
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import regex

from reportextract.errors import CorruptFileError, EncryptedFileError, NoTextLayerError
from reportextract.model import Block, Document
from reportextract.readers import legacy
from reportextract.readers.text import SUPERSCRIPT_DIGITS, analyse_line, digits_to_sup, sup_to_digits
from reportextract.textnorm import collapse_ws, nfc

_PAGE_NUMBER = regex.compile(
    r"^\s*(?:trang|page)?\s*[-–—]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?\s*$", regex.I
)
_SENTENCE_END = regex.compile(r"[.:;!?…”\")]\s*$")
_LIST_START = regex.compile(
    r"^\s*(?:[-*+•●▪◦○■□–]\s|\d{1,2}(?:\.\d{1,2})*[.)/]\s|[IVXLC]{1,5}[./)]\s|\p{Ll}[.)]\s|\(\d{1,2}\)\s)"
)
_FN_GLUED = regex.compile(r"^(\d{1,3})(?=[^\d\s.,:;/\-–)%])")
_FN_SPACED = regex.compile(r"^(\d{1,3})\s+(?=\S)")
_FN_SUP = regex.compile(r"^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*")


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    #: a raised digit turned into a superscript marker by `_group_lines`
    sup: bool = False


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    page: int
    chars: int = 0
    furniture: bool = False


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    images: int = 0
    #: (top, x0, x1) of short horizontal rules (a footnote separator is one)
    rules: list[tuple[float, float, float]] = field(default_factory=list)
    #: ruled tables: (top, rows of cell texts)
    tables: list[tuple[float, list[list[str]]]] = field(default_factory=list)
    #: the column edges (x0 of each cell, then the last x1) of the page's lowest ruled table's
    #: last row: a row carried to the next page has the same (`_carry_rows`)
    last_columns: tuple[float, ...] = ()
    #: the header row (cell texts) of the table that `last_columns` belongs to: a generator that
    #: repeats a table's header on each page draws it again above the carried rows (`_carry_rows`)
    last_header: list[str] = field(default_factory=list)
    #: the rows of a ruled table that opens the page and continues the previous page's last
    #: table (`_carry_rows`): read as that table's next rows
    carried: list[list[str]] = field(default_factory=list)


#: the most letters a group of small raised characters may have to be taken for a superscript
#: ("¹", "(*)", "th"); a group with more is a line of small text
_MARK_LETTERS = 8


def _group_lines(chars: list[_Char], page: int, enc: str | None = None) -> list[_Line]:
    """Group characters into lines by baseline; attach small raised characters as superscripts."""
    if not chars:
        return []
    chars = sorted(chars, key=lambda c: (round(c.bottom, 1), c.x0))
    groups: list[list[_Char]] = []
    for c in chars:
        if groups:
            g = groups[-1]
            ref = g[0]
            if abs(c.bottom - ref.bottom) <= max(1.0, 0.2 * ref.size):
                g.append(c)
                continue
        groups.append([c])
    # merge superscript groups into the line they are raised above the baseline of
    main_size = [max(Counter(round(c.size, 1) for c in g).items(), key=lambda kv: kv[1])[0] for g in groups]
    pending: list[tuple[list[_Char], float]] = list(zip(groups, main_size, strict=True))
    biggest = max(main_size)
    used = [False] * len(pending)
    for i, (g, size) in enumerate(pending):
        if used[i]:
            continue
        # a raised marker is a few characters: a run of small letters is a line of smaller text
        # set close under a larger one (a recipient line of "Nơi nhận" beside the signer's name)
        small = all(c.size < 0.85 * biggest for c in g) and sum(c.text.isalpha() for c in g) < _MARK_LETTERS
        short_digits = len(g) <= 4 and all(c.text.isdigit() or c.text in ",*" for c in g)
        if not (small or short_digits):
            continue
        gb = max(c.bottom for c in g)
        gt = min(c.top for c in g)
        gx0 = min(c.x0 for c in g)
        gx1 = max(c.x1 for c in g)
        for j, (h, hsize) in enumerate(pending):
            if j == i or used[j]:
                continue
            top = min(c.top for c in h)
            bottom = max(c.bottom for c in h)
            raised = top - 1.0 <= gb < bottom - 0.15 * hsize and gt >= top - 0.6 * hsize
            if not raised:
                continue
            if hsize > size * 1.15 and small:
                ok = True
            else:  # same size: only when the digits touch the line's text
                ok = any(abs(c.x0 - gx1) < 2.0 or abs(c.x1 - gx0) < 2.0 for c in h)
            if ok:
                for c in g:
                    if c.text.isdigit():
                        c.text = digits_to_sup(c.text)
                        c.sup = True
                    c.size = min(c.size, 0.7 * hsize)
                h.extend(g)
                used[i] = True
                break
    lines: list[_Line] = []
    for i, (g, size) in enumerate(pending):
        if used[i]:
            continue
        g.sort(key=lambda c: c.x0)
        # a wide gap on one baseline separates columns (a two-column header, table cells)
        segments: list[list[_Char]] = [[]]
        prev: _Char | None = None
        for c in g:
            if prev is not None and c.text.strip() and c.x0 - prev.x1 > max(2.5 * size, 18.0):
                segments.append([])
            segments[-1].append(c)
            if c.text.strip():
                prev = c
        lines.extend(_make_line(seg, size, page, enc) for seg in segments if seg)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return [ln for ln in lines if ln.text.strip()]


def _tables(
    found: list[Any], chars: list[_Char], enc: str | None = None
) -> tuple[list[tuple[float, list[list[str]]]], list[_Char]]:
    """Ruled tables found on a page (pdfplumber's finder on the page's own lines): their cells
    as text, and the page's characters outside them.

    A character belongs to the cell its centre lies in, except one that straddles a column rule
    (a header cell's text wider than its cell overflows the rules on both sides): it goes where
    the rest of its string lies (`_placed_centres`)."""
    kept = [t for t in found if _is_table(t)]
    if not kept:
        return [], chars
    centres = _placed_centres(chars, kept)
    tables: list[tuple[float, list[list[str]]]] = []
    boxes: list[tuple[float, float, float, float]] = []
    for t in kept:
        rows = [[_cell_text(chars, centres, bbox, enc) for bbox in row.cells] for row in t.rows]
        if not any(c for r in rows for c in r):
            continue
        x0, top, x1, bottom = t.bbox
        boxes.append((x0, top, x1, bottom))
        tables.append((float(top), rows))
    if not boxes:
        return [], chars

    def inside(i: int, c: _Char) -> bool:
        cx, cy = centres[i], (c.top + c.bottom) / 2
        return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    return tables, [c for i, c in enumerate(chars) if not inside(i, c)]


def _is_table(t: Any) -> bool:
    """Is a ruled box pdfplumber found a table: two rows or more, and two cells in some row (a box
    around a paragraph is not one; a lone row is one only when it continues the previous page's
    table, `_carry_rows`)."""
    return len(t.rows) >= 2 and max(len(row.cells) for row in t.rows) >= 2


def _columns(row: Any) -> tuple[float, ...]:
    """The column edges of a pdfplumber table row: each cell's x0, then the last cell's x1."""
    boxes = sorted(c for c in row.cells if c is not None)
    return (*(float(c[0]) for c in boxes), float(boxes[-1][2])) if boxes else ()


def _same_columns(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Do two rows have the same column edges (within 2 points)?"""
    return len(a) >= 3 and len(a) == len(b) and all(abs(x - y) <= 2.0 for x, y in zip(a, b, strict=True))


def _carry_rows(prev: _Page, pg: _Page, found: list[Any], chars: list[_Char], enc: str | None) -> None:
    """A table cut by a page break: a ruled table at the top of `pg` (no text of the page above
    it but running headers, no other table) whose first row has the very column edges of
    `prev`'s lowest table's last row holds that table's next rows (the page-bottom footnotes of
    `prev` may sit between them). It may be one row (which alone is no table, `_is_table`) or
    many; a first row that repeats the table's header (a generator's "repeat header row") is
    dropped. The rows go to `pg.carried` and leave the page's own text and tables; the builder
    appends them to the table (`_Builder.carry`), so the table reads as one, as in the .docx.
    `chars`: the page's characters outside its (two-row and larger) tables."""
    if not prev.last_columns:
        return
    cont = [t for t in found if _same_columns(_columns(t.rows[0]), prev.last_columns)]
    if not cont:
        return
    t = min(cont, key=lambda t: t.bbox[1])
    x0, top, x1, bottom = (float(v) for v in t.bbox)
    body = [ln for ln in pg.lines if not ln.furniture]
    if any(ln.bottom <= top + 1.0 for ln in body):
        return  # text above it: a table of its own, not the rest of the last page's
    if _is_table(t):
        # read by `_tables` already: its lines are not in the page's text, its rows are a table
        at = next((k for k, (ttop, _) in enumerate(pg.tables) if abs(ttop - top) < 0.5), None)
        if at is None or any(ttop < top - 0.5 for ttop, _ in pg.tables):
            return  # empty, or another table above it
        rows = pg.tables.pop(at)[1]
    else:
        if any(ttop < top - 0.5 for ttop, _ in pg.tables):
            return
        inside = [ln for ln in body if top <= (ln.top + ln.bottom) / 2 <= bottom]
        if not inside or any(ln.x0 < x0 - 2.0 or ln.x1 > x1 + 2.0 for ln in inside):
            return
        centres = _placed_centres(chars, [t])
        rows = [[_cell_text(chars, centres, bbox, enc) for bbox in t.rows[0].cells]]
        gone = {id(ln) for ln in inside}
        pg.lines = [ln for ln in pg.lines if id(ln) not in gone]
    if len(rows) > 1 and prev.last_header and [collapse_ws(c) for c in rows[0]] == prev.last_header:
        rows = rows[1:]
    pg.carried = rows
    if max((f for f in found if _is_table(f)), key=lambda f: f.bbox[3], default=None) is t:
        pg.last_header = prev.last_header  # the page's lowest table is this one: still that table


def _first_row(pg: _Page, top: float) -> list[str]:
    """The first row's cell texts (spaces collapsed) of the page's table that starts at `top`."""
    return next(([collapse_ws(c) for c in rows[0]] for t, rows in pg.tables if abs(t - top) < 0.5), [])


#: how far (points) a string must reach past a column rule on each side to cross it
_STRADDLE = 0.5
#: the smallest space (points) between two glyphs that a column rule between them separates
_CELL_GAP = 1.0


def _placed_centres(chars: list[_Char], tables: list[Any]) -> list[float]:
    """The x each character is placed by: its centre, or, for a string on a table's row band that
    crosses a column rule or the table's edge, the centre of the whole string (kept inside the
    table). A string is a run of characters in content-stream order on one baseline, each
    starting where the one before ended (`_same_string`); a column rule in a space between two
    glyphs ends it (two cells' texts that happen to come close). A generator that does not wrap
    a header cell draws its text centred over the cell and across its rules ("Cây ngập mặn trồng
    mới (cây)" over part of the next header, "Kinh phí …" past the table's edge), and a long
    unit name may run on over the next cell's blank start ("… doanh nghiệp tỉnh" before the
    next cell's number): the whole string belongs to the cell its centre lies in."""
    centres = [(c.x0 + c.x1) / 2 for c in chars]
    rules = []
    for t in tables:
        xs = sorted({round(float(x), 2) for row in t.rows for b in row.cells if b for x in (b[0], b[2])})
        if xs:
            rules.append((float(t.bbox[1]), float(t.bbox[3]), xs))
    if not rules:
        return centres
    i, n = 0, len(chars)
    while i < n:
        c = chars[i]
        cy = (c.top + c.bottom) / 2
        band = next((xs for top, bottom, xs in rules if top <= cy <= bottom), None)
        j = i + 1
        while j < n and _same_string(chars[j - 1], chars[j]):
            if band is not None and (
                _rule_between(chars[j - 1], chars[j], band) or _glued_at_rule(chars[j - 1], chars[j], band)
            ):
                break
            j += 1
        if band is not None:
            ink = [chars[k] for k in range(i, j) if chars[k].text.strip()] or chars[i:j]
            x0 = min(g.x0 for g in ink)
            x1 = max(g.x1 for g in ink)
            if any(x0 < x - _STRADDLE and x1 > x + _STRADDLE for x in band):
                mid = min(max((x0 + x1) / 2, band[0] + _STRADDLE), band[-1] - _STRADDLE)
                for k in range(i, j):
                    centres[k] = mid
        i = j
    return centres


def _rule_between(a: _Char, b: _Char, xs: list[float]) -> bool:
    """Whether a column rule lies in a real space between two consecutive glyphs `a` and `b`
    (where one cell's text ends and the next one's begins), not under a glyph."""
    if b.x0 - a.x1 < _CELL_GAP:
        return False
    return any(a.x1 - _STRADDLE <= x <= b.x0 + _STRADDLE for x in xs)


#: how near (in font sizes) to a column rule a glued case change must be to end a cell's text
_GLUE_NEAR = 0.3


def _glued_at_rule(a: _Char, b: _Char, xs: list[float]) -> bool:
    """Whether `b` starts the next cell's text drawn flush against `a`'s (no space between them)
    at a column rule: `a` ends a word (a lower-case letter, digit or closing mark), `b` is a
    capital letter, or a digit after a letter, and a rule lies at their boundary, within
    `_GLUE_NEAR` of a font size. A generator that does not wrap header cells draws an
    overflowing header from its cell's left edge, so it touches the text of the cell before
    ("… Mùa hè xanhĐoàn viên …"): two cells, not one string. A word that merely crosses a rule
    has no capital in its middle, so a centred header running over its rules stays whole."""
    if not (b.text.isupper() or (b.text.isdigit() and a.text.isalpha())):
        return False
    if not (a.text.islower() or a.text.isdigit() or a.text in ').%”"'):
        return False
    near = _GLUE_NEAR * max(a.size, b.size, 1.0)
    return any(a.x1 - near <= x <= b.x0 + near for x in xs)


def _same_string(a: _Char, b: _Char) -> bool:
    """Whether `b`, next after `a` in the content stream, carries on `a`'s string: the same
    baseline, and it starts where `a` ends (no jump back over `a`, no gap wider than a space)."""
    size = max(a.size, b.size, 1.0)
    if abs(a.bottom - b.bottom) > max(1.0, 0.2 * size):
        return False
    return -0.15 * size <= b.x0 - a.x1 <= 0.6 * size


def _cell_text(
    chars: list[_Char],
    centres: list[float],
    bbox: tuple[float, float, float, float] | None,
    enc: str | None,
) -> str:
    """The text of one table cell from the page's characters (superscripts kept as ``¹²³``);
    `centres`: the x each character is placed by (`_placed_centres`)."""
    if bbox is None:
        return ""
    x0, top, x1, bottom = bbox
    inside = [
        _Char(c.text, c.x0, c.x1, c.top, c.bottom, c.size)
        for c, cx in zip(chars, centres, strict=True)
        if x0 <= cx <= x1 and top <= (c.top + c.bottom) / 2 <= bottom
    ]
    return collapse_ws(nfc(" ".join(ln.text for ln in _group_lines(inside, 0, enc))))


def _make_line(g: list[_Char], size: float, page: int, enc: str | None = None) -> _Line:
    parts: list[str] = []
    prev: _Char | None = None
    for c in g:
        if prev is not None and c.text != " " and prev.text != " ":
            gap = c.x0 - prev.x1
            if gap > 0.22 * min(size, max(c.size, prev.size)):
                parts.append(" ")
        # legacy-font text is converted below; our own superscript markers must survive that
        if enc and c.sup and c.text in SUPERSCRIPT_DIGITS:
            parts.append(chr(_SUP_SLOT + SUPERSCRIPT_DIGITS.index(c.text)))
        else:
            parts.append(c.text)
        prev = c
    if enc:
        text = legacy.decode_text("".join(parts), enc)
        parts = [
            SUPERSCRIPT_DIGITS[ord(ch) - _SUP_SLOT] if _SUP_SLOT <= ord(ch) < _SUP_SLOT + 10 else ch
            for ch in text
        ]
    body = [c for c in g if c.size >= 0.85 * size] or g
    return _Line(
        text="".join(parts),
        x0=min(c.x0 for c in body),
        x1=max(c.x1 for c in body),
        top=min(c.top for c in body),
        bottom=max(c.bottom for c in body),
        size=size,
        page=page,
        chars=len(g),
    )


#: private-use stand-ins for superscript digits during legacy conversion
_SUP_SLOT = 0xF870


def _furniture_key(text: str) -> str:
    return regex.sub(r"\d+", "#", text.strip().casefold())


def _mark_furniture(pages: list[_Page]) -> None:
    """Flag running headers/footers and page numbers."""
    zone_lines: list[tuple[_Page, _Line]] = []
    for pg in pages:
        if not pg.lines:
            continue
        zone_lines.extend(
            (pg, ln)
            for ln in pg.lines[:2] + pg.lines[-2:]
            if ln.top < 0.1 * pg.height or ln.bottom > 0.9 * pg.height
        )
    counts = Counter(_furniture_key(ln.text) for _, ln in {id(x[1]): x for x in zone_lines}.values())
    n_pages = sum(1 for pg in pages if pg.lines)
    for pg, ln in zone_lines:
        key = _furniture_key(ln.text)
        repeated = n_pages >= 2 and counts[key] >= max(2, (n_pages + 1) // 2) and len(key) <= 90
        if (repeated and _FN_SUP.match(ln.text) is None and _FN_GLUED.match(ln.text.lstrip()) is None) or (
            _PAGE_NUMBER.match(ln.text) and _isolated(pg, ln)
        ):
            ln.furniture = True
    # a running header on one page only (the first page often has none): the page's first line,
    # in the top margin, smaller than the text below it and well apart from it
    for pg in pages:
        if len(pg.lines) < 2:
            continue
        first, nxt = pg.lines[0], pg.lines[1]
        if (
            not first.furniture
            and first.bottom < 0.08 * pg.height
            and first.size < nxt.size - 0.5
            and nxt.top - first.bottom > 1.2 * first.size
        ):
            first.furniture = True


def _isolated(pg: _Page, ln: _Line) -> bool:
    """A line with clear space above and below it (a page number, not a number in a list)."""
    i = pg.lines.index(ln)
    above = pg.lines[i - 1] if i > 0 else None
    below = pg.lines[i + 1] if i + 1 < len(pg.lines) else None
    gap_a = ln.top - above.bottom if above else 1e9
    gap_b = below.top - ln.bottom if below else 1e9
    return min(gap_a, gap_b) > 0.8 * ln.size or (above is None or below is None)


def _footnote_start(text: str, expected: int) -> tuple[str, int] | None:
    """(id, length of the marker) when a footnote-area line starts a footnote."""
    if m := _FN_SUP.match(text):
        return sup_to_digits(m.group(1)), m.end()
    if m := _FN_GLUED.match(text):
        return m.group(1), m.end()
    if (m := _FN_SPACED.match(text)) and m.group(1) == str(expected):
        return m.group(1), m.end()
    return None


def _column_order(lines: list[_Line], width_right: float) -> list[_Line]:
    """Read two-column stretches (a header table, "Nơi nhận" beside the signature) column by column.

    Lines come sorted by top. Where lines stand side by side, the stretch around them that no
    line crosses is read left column first, then right column, as text exports do.
    """
    n = len(lines)
    #: line index -> (the x between it and the line beside it, left edge and centre of the left one)
    splits: dict[int, tuple[float, float, float]] = {}
    for i in range(n):
        a = lines[i]
        for j in range(i + 1, n):
            b = lines[j]
            if b.top >= a.bottom:
                break
            if a.x1 < b.x0 or b.x1 < a.x0:
                lo, hi = (a, b) if a.x1 < b.x0 else (b, a)
                splits[i] = splits[j] = ((lo.x1 + hi.x0) / 2, lo.x0, (lo.x0 + lo.x1) / 2)
    if not splits:
        return lines
    out: list[_Line] = []
    i = 0
    while i < n:
        if i not in splits:
            out.append(lines[i])
            i += 1
            continue
        split, col_left, col_centre = splits[i]
        k = i
        while k + 1 < n:
            nxt = lines[k + 1]
            # a line across the gap ends the stretch, unless it is a longer line of the left
            # column: a long recipient beside a short signature block, or a header line centred
            # on the left column and wider than it, which a generator that does not wrap draws
            # past the column's edges ("BCH ĐOÀN TỔNG CÔNG TY …" under "ĐOÀN …"); a line of the
            # page's full width is centred on the page, far from the left column's centre
            long_left = abs(nxt.x0 - col_left) < 3.0 and nxt.x1 < width_right - 0.15 * (
                width_right - col_left
            )
            wide_left = abs((nxt.x0 + nxt.x1) / 2 - col_centre) < nxt.size
            crosses = nxt.x0 < split < nxt.x1 and not long_left and not wide_left
            far = nxt.top - lines[k].bottom > 3 * nxt.size
            if (crosses and k + 1 not in splits) or far:
                break
            k += 1
        region = lines[i : k + 1]
        out.extend(sorted((ln for ln in region if ln.x0 < split), key=lambda ln: ln.top))
        out.extend(sorted((ln for ln in region if ln.x0 >= split), key=lambda ln: ln.top))
        i = k + 1
    return out


def _text_right(lines: list[_Line]) -> float:
    """The right edge of a page's text: the rightmost end of a line that has no line beside it.
    A column beside another (a signature block beside "Nơi nhận", the right half of a header)
    may be set past the text's margin; taken for the margin, it would make the last lines of
    the paragraphs on a short last page look short, and so look ended."""
    alone = [
        ln.x1
        for k, ln in enumerate(lines)
        if not any(
            0 <= j < len(lines) and lines[j].top < ln.bottom and ln.top < lines[j].bottom
            for j in (k - 1, k + 1)
        )
    ]
    return max(alone) if alone else max(ln.x1 for ln in lines)


def _paragraphs(
    lines: list[_Line], left: float, right: float, cuts: tuple[float, ...] = ()
) -> list[list[_Line]]:
    """Join body lines into paragraphs; `cuts` are tops of things between lines (tables)."""
    if not lines:
        return []
    gaps = [b.top - a.bottom for a, b in pairwise(lines) if b.top - a.bottom > -2]
    # too few gaps to learn the leading from: assume a normal one
    typical = statistics.median(gaps) if len(gaps) >= 3 else 0.3 * lines[0].size
    paras: list[list[_Line]] = [[lines[0]]]
    for a, b in pairwise(lines):
        size = max(a.size, b.size)
        gap = b.top - a.bottom
        a_short = a.x1 < right - 4 * a.size
        a_done = bool(_SENTENCE_END.search(a.text))
        brk = (
            any(a.bottom <= cut <= b.top for cut in cuts)
            or b.top < a.bottom - 0.5 * size  # beside the last line (another column)
            or (abs(b.x0 - a.x0) > 0.2 * (right - left) and max(a.x0, b.x0) - left > 0.2 * (right - left))
            or abs(a.size - b.size) > 1.0
            or gap > typical + 0.25 * size
            or (abs(a.x0 - left) < 2.0 and b.x0 > left + 1.0 * b.size and b.x0 - a.x0 > 0.8 * b.size)
            or (bool(_LIST_START.match(b.text)) and (a_done or a_short))
            or (a_short and (a_done or b.text[:1].isupper() or (b.text[:1].isdigit() and _fits(a, b, right))))
        )
        if brk:
            paras.append([b])
        else:
            paras[-1].append(b)
    return paras


def _fits(a: _Line, b: _Line, right: float) -> bool:
    """Whether the first word of line `b` would have fit at the end of line `a` (so `a` was
    ended on purpose, not wrapped): a short line "… được tổ chức ngày" before "08/3/2025 tại …"
    wrapped because the date did not fit, and the paragraph goes on. The word's width is
    estimated from `b`'s mean character width."""
    text = b.text.strip()
    word = text.split(" ", 1)[0]
    per_char = (b.x1 - b.x0) / max(len(text), 1)
    return a.x1 + per_char * (len(word) + 1) <= right


def _join(lines: list[_Line]) -> str:
    out = ""
    for ln in lines:
        t = ln.text.strip()
        if not out:
            out = t
        elif out.endswith("-") and t[:1].islower() and len(out) > 1 and out[-2].isalpha():
            out = out + t  # Vietnamese does not hyphenate words: "xã-" + "phường" is "xã-phường"
        else:
            out = out + " " + t
    return out


def _open_error(exc: BaseException, source: str) -> Exception:
    """The library error for an exception pdfplumber/pdfminer raised (pdfplumber wraps pdfminer's)."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect  # noqa: PLC0415 (lazy: no work at import)
    from pdfminer.pdfparser import PDFSyntaxError  # noqa: PLC0415 (lazy: no work at import)
    from pdfminer.psparser import PSException  # noqa: PLC0415 (lazy: no work at import)

    inner = exc
    while inner.args and isinstance(inner.args[0], BaseException):
        inner = inner.args[0]
    if isinstance(inner, PDFPasswordIncorrect):
        return EncryptedFileError(
            f"{source}: the PDF is password-protected; open it with the password and save or print an "
            "unprotected copy",
            source=source,
        )
    if isinstance(inner, PDFEncryptionError):
        return EncryptedFileError(
            f"{source}: the PDF uses an encryption this reader cannot open; save an unprotected copy",
            source=source,
        )
    if isinstance(inner, (PDFSyntaxError, PSException, ValueError, KeyError, TypeError, AttributeError)) or (
        type(exc).__name__ == "PdfminerException"
    ):
        return CorruptFileError(
            f"{source}: the PDF is damaged or not a PDF ({type(inner).__name__}); re-export it as PDF or use "
            "the .docx original",
            source=source,
        )
    if isinstance(exc, Exception) and not isinstance(exc, (MemoryError, RecursionError)):
        return CorruptFileError(
            f"{source}: the PDF cannot be read ({type(inner).__name__}: {inner}); re-export it as PDF",
            source=source,
        )
    raise exc


def read_pdf(data: bytes, *, source: str) -> Document:
    """Read the bytes of a text PDF."""
    import pdfplumber  # noqa: PLC0415 (lazy: no work at import)

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        raise _open_error(exc, source) from exc
    pages: list[_Page] = []
    warnings: list[str] = []
    title = _title(pdf)
    raw_pages: list[tuple[_Page, list[_Char], list[Any]]] = []
    with pdf:
        for i, page in enumerate(pdf.pages, start=1):
            try:  # pdfplumber/pdfminer parse the page here: their failures mean a damaged file
                raw_chars = page.chars
                edges = [*page.lines, *page.rects]
                images = len(page.images)
            except Exception as exc:
                raise _open_error(exc, source) from exc
            try:
                found = page.find_tables() if len(edges) >= 4 else []
            except Exception:  # a table finder failure costs the table layout, not the text
                found = []
            chars = [
                _Char(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], float(c.get("size") or 0.0))
                for c in raw_chars
                if c.get("upright", True) and c["text"] and c["text"] not in ("\n", "\r")
            ]
            pg = _Page(i, float(page.width), float(page.height), images=images)
            pg.rules = [
                (float(o["top"]), float(o["x0"]), float(o["x1"]))
                for o in edges
                if abs(float(o["bottom"]) - float(o["top"])) <= 1.5
                and 20.0 <= float(o["x1"]) - float(o["x0"]) <= 0.5 * float(page.width)
            ]
            raw_pages.append((pg, chars, found))
            page.close()
    all_chars = [c for _, chars, _ in raw_pages for c in chars]
    if all_chars and sum(c.text.startswith("(cid:") for c in all_chars) > 0.3 * len(all_chars):
        raise NoTextLayerError(
            f"{source}: the PDF's fonts have no Unicode mapping, so its text cannot be read; run OCR first "
            "(e.g. ocrmypdf) or use the original .docx",
            source=source,
        )
    # text typed in legacy fonts (.VnTime, VNI-Times) comes out as glyph codes: convert it
    enc = legacy.detect_text("".join(c.text for c in all_chars[:8000]))
    if enc:
        warnings.append(f"text in {enc} glyph codes (legacy fonts) converted to Unicode")
    flow_chars: list[list[_Char]] = []
    for pg, chars, found in raw_pages:
        if found:
            pg.tables, chars = _tables(found, chars, enc)
            tables = [t for t in found if _is_table(t)]
            if tables:
                lowest = max(tables, key=lambda t: t.bbox[3])
                pg.last_columns = _columns(lowest.rows[-1])
                pg.last_header = _first_row(pg, float(lowest.bbox[1]))
        pg.lines = _group_lines(chars, pg.number, enc)
        pages.append(pg)
        flow_chars.append(chars)
    if not any(pg.lines or pg.tables for pg in pages):
        raise NoTextLayerError(
            f"{source}: the PDF has no text layer ({len(pages)} page(s) of images, a scan); run OCR first "
            "(e.g. ocrmypdf) or use the original .docx",
            source=source,
        )
    warnings.extend(
        f"page {pg.number} has images but no text (scanned page?); run OCR for it"
        for pg in pages
        if not pg.lines and pg.images
    )
    _mark_furniture(pages)
    for k in range(1, len(raw_pages)):
        if raw_pages[k][2]:
            _carry_rows(raw_pages[k - 1][0], raw_pages[k][0], raw_pages[k][2], flow_chars[k], enc)
    size_counts: Counter[float] = Counter()
    for pg in pages:
        for ln in pg.lines:
            if not ln.furniture:
                size_counts[round(ln.size, 1)] += ln.chars
    body_size = size_counts.most_common(1)[0][0] if size_counts else 10.0

    out = _Builder()
    last_fn = 0
    notes_ended_last_page = False
    for pg in pages:
        if pg.carried:
            out.carry(pg.carried, pg.number)
        lines = [ln for ln in pg.lines if not ln.furniture]
        if not lines:
            continue
        # footnote area: the trailing run of small lines, from the first that starts a footnote
        # (or from its first line when the previous page ended inside the footnotes)
        split = _note_split(pg, lines, body_size, last_fn, continuing=notes_ended_last_page)
        body, notes = lines[:split], lines[split:]
        body_lines = [ln for ln in body if ln.size >= 0.9 * body_size] or body
        if body_lines:
            left = min(ln.x0 for ln in body_lines)
            right = _text_right(body_lines)
            pending_tables = sorted(pg.tables, key=lambda t: t[0])
            cuts = tuple(t[0] for t in pending_tables)
            for para in _paragraphs(_column_order(body, right), left, right, cuts):
                while pending_tables and pending_tables[0][0] <= para[0].top:
                    out.table(pending_tables.pop(0)[1], pg.number)
                out.paragraph(para, pg.number)
            for _, rows in pending_tables:
                out.table(rows, pg.number)
        else:
            for _, rows in sorted(pg.tables, key=lambda t: t[0]):
                out.table(rows, pg.number)
        current: list[_Line] = []
        current_id: str | None = None
        for ln in notes:
            start = _footnote_start(ln.text.lstrip(), last_fn + 1)
            if start:
                out.note(current, current_id, pg.number)
                current_id, cut = start
                if current_id.isdigit():
                    last_fn = int(current_id)
                stripped = ln.text.lstrip()
                current = [_Line(stripped[cut:], ln.x0, ln.x1, ln.top, ln.bottom, ln.size, ln.page)]
            else:
                current.append(ln)
        out.note(current, current_id, pg.number)
        notes_ended_last_page = bool(notes)
    return Document.from_blocks(
        source, "pdf", out.blocks, out.refs, pages=len(pages), warnings=warnings, title=title, encoding=enc
    )


_TOOL_TITLE = regex.compile(
    r"^(?:microsoft\s+(?:word|powerpoint)\s*-\s*)?(.*?)(?:\.(?:docx?|odt|rtf|pdf|txt))?$", regex.I
)


def _title(pdf: Any) -> str | None:
    """The document title from the PDF's info dictionary, unless it is a file name or a placeholder."""
    try:
        raw = (pdf.metadata or {}).get("Title")
    except Exception:  # a broken info dictionary costs the title only
        return None
    if isinstance(raw, bytes):
        raw = raw.decode("utf-16") if raw[:2] in (b"\xfe\xff", b"\xff\xfe") else raw.decode("latin-1")
    if not isinstance(raw, str):
        return None
    text = collapse_ws(nfc(raw))
    m = _TOOL_TITLE.match(text)
    if not m or m.group(0) != m.group(1) or len(text) < 4 or text.casefold() in ("untitled", "document"):
        return None  # "Microsoft Word - bao-cao.docx": a file name, not a title
    return text


def _note_split(pg: _Page, lines: list[_Line], body_size: float, last_fn: int, *, continuing: bool) -> int:
    """Index of the first footnote-area line of a page (``len(lines)`` when there is none).

    With a separator rule (a short horizontal line from the left margin, in the lower half of the
    page, just above the next line) the area is everything under it that starts with a footnote
    marker, or continues a footnote of the previous page, whatever its font size. Without one, the
    area is the run of smaller-font lines at the page bottom, from the first of them that begins
    with a footnote marker.
    """
    if not lines:
        return 0
    left = min(ln.x0 for ln in lines)
    for top, x0, _x1 in sorted(pg.rules, reverse=True):
        if abs(x0 - left) > 0.1 * pg.width or top < 0.4 * pg.height or top > lines[-1].top:
            continue
        first = next((k for k in range(len(lines)) if lines[k].top >= top - 1.0), None)
        if first is None or lines[first].top - top > 3 * lines[first].size:
            continue
        if any(ln.size > body_size + 0.5 for ln in lines[first:]):
            continue  # headings under a rule: not a footnote area
        if _footnote_start(lines[first].text.lstrip(), last_fn + 1) or continuing:
            return first
        break
    j = len(lines)
    while j > 0 and lines[j - 1].size < 0.9 * body_size:
        j -= 1
    if j in (0, len(lines)):
        return len(lines)
    for k in range(j, len(lines)):
        if _footnote_start(lines[k].text.lstrip(), last_fn + 1):
            return k
    return len(lines)


class _Builder:
    """Blocks and note references of a PDF, in reading order."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.refs: list[tuple[str, int, int, str]] = []
        self.tables = 0

    def _add(self, block: Block, refs: list[tuple[str, int, str]]) -> None:
        if block.text:
            self.refs.extend((n, len(self.blocks), o, s) for n, o, s in refs)
            self.blocks.append(block)

    def table(self, rows: list[list[str]], page: int) -> None:
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if not cell:
                    continue
                ln = analyse_line(cell, markdown=False, detect_footnote=False, detect_caption=False)
                block = Block(kind="table_cell", text=ln.text, page=page, table=self.tables, row=r, col=c)
                self._add(block, ln.refs)
        self.tables += 1

    def carry(self, rows: list[list[str]], page: int) -> None:
        """Rows carried over a page break: the next rows of the last table, placed right after its
        last cell (before the previous page's footnotes, which stay footnotes), when nothing but
        footnotes came after that table; else a table of their own."""
        last = next(
            (i for i in range(len(self.blocks) - 1, -1, -1) if self.blocks[i].kind == "table_cell"), None
        )
        if last is None or any(b.kind != "footnote" for b in self.blocks[last + 1 :]):
            self.table(rows, page)
            return
        table, row0 = self.blocks[last].table, (self.blocks[last].row or 0) + 1
        new: list[Block] = []
        new_refs: list[tuple[str, int, int, str]] = []
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if not cell:
                    continue
                ln = analyse_line(cell, markdown=False, detect_footnote=False, detect_caption=False)
                if not ln.text:
                    continue
                new_refs.extend((n, last + 1 + len(new), o, s) for n, o, s in ln.refs)
                new.append(
                    Block(kind="table_cell", text=ln.text, page=page, table=table, row=row0 + r, col=c)
                )
        if not new:
            return
        self.refs = [(n, i + len(new) if i > last else i, o, s) for n, i, o, s in self.refs] + new_refs
        self.refs.sort(key=lambda ref: ref[1])
        self.blocks[last + 1 : last + 1] = new

    def paragraph(self, lines: list[_Line], page: int) -> None:
        ln = analyse_line(nfc(_join(lines)), markdown=False, detect_caption=False)
        block = Block(
            kind=ln.kind,  # type: ignore[arg-type]
            text=ln.text,
            page=page,
            numbering=ln.numbering,
            footnote_id=ln.footnote_id,
            font_size=lines[0].size,
            top=lines[0].top,
        )
        self._add(block, ln.refs)

    def note(self, lines: list[_Line], fid: str | None, page: int) -> None:
        """A footnote body; without an id it continues the last footnote (cut by the page break)."""
        if not lines:
            return
        ln = analyse_line(nfc(_join(lines)), markdown=False, detect_footnote=False, detect_caption=False)
        if fid is None:
            last = next((b for b in reversed(self.blocks) if b.kind == "footnote"), None)
            if last is not None:
                last.text = f"{last.text} {ln.text}".strip()
                return
            self.paragraph(lines, page)
            return
        block = Block(
            kind="footnote",
            text=ln.text,
            page=page,
            footnote_id=fid,
            font_size=lines[0].size,
            top=lines[0].top,
        )
        self._add(block, ln.refs)
