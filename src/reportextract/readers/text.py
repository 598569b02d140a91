"""Plain-text and markdown exports, and the line analysis every reader shares.

A text export has one paragraph per line (blank lines between them or not). Each line is
classified: markdown heading (``#``), footnote body (starts with superscript digits, ``² Xây
dựng…``, or a markdown definition ``[^2]: …``), list item (``- ``, ``* ``, ``+ ``, ``• ``),
web-page caption (ends in `` |``), markdown table row (``| a | b |``), else paragraph.
Markup is removed (``**8.884**`` -> ``8.884``, ``*x*`` -> ``x``, image stubs ``![](…)``, links
``[text](url)`` -> ``text``) and inline footnote markers (``¹``, ``¹⁰``, ``[^3]``) become
`NoteRef`s at the place the marker stood; ``m²``/``km²`` keep their exponent. Whitespace
inside a line is kept: tabs and runs of spaces separate the columns of an exported table or
header. In a plain-text export, a run of tab-separated lines under a header of three cells or
more is a table: its cells become ``table_cell`` blocks with their column, so a row with an
empty cell keeps its columns (`_tab_tables`).

Markdown extras: setext headings, thematic breaks dropped, blockquote marks, backslash
escapes, inline ``<sup>``/``<br>`` tags, and a YAML front matter whose ``title`` becomes
`Document.title`. Notes written with brackets ("Cam Lộ[1]" ... a line "[1] Thành lập ...") are
read as footnotes when both forms of the same id are there.

`analyse_line` is also used by the docx, pdf and html readers on each paragraph they find, so
every format classifies bullets, footnote bodies and markers the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import regex

from reportextract.model import Block, Document
from reportextract.textnorm import nfc

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = {c: str(i) for i, c in enumerate(SUPERSCRIPT_DIGITS)}
_TO_SUP = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)

_FOOTNOTE_START = regex.compile(rf"^\s*([{SUPERSCRIPT_DIGITS}]+)\s*(?=\S)")
_MD_FOOTNOTE_DEF = regex.compile(r"^\s*\[\^([^\]\s]+)\]:\s*")
_MD_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+")
_MD_HEADING_CLOSE = regex.compile(r"\s+#+\s*$")
_BULLET = regex.compile(r"^\s*([-*+•●▪◦○■□–])\s+(?=\S)")
_BULLET_MARKS = frozenset("-*+•●▪◦○■□–")
_LABEL_TAB = regex.compile(r"^((?:\d{1,2}(?:\.\d{1,2})*[.)/]|[IVXLC]{1,5}[./)]|\p{L}[.)]|[-*+•–]))\t+")
_SUP_RUN = regex.compile(rf"[{SUPERSCRIPT_DIGITS}]+")
#: the same characters, for a quick "is there any" test (the stdlib engine scans a class faster)
_HAS_SUP = re.compile(rf"[{SUPERSCRIPT_DIGITS}]")
_MD_REF = regex.compile(r"\[\^([^\]\s]+)\](?!:)")
#: a power after a length unit ("m²", "km³") is not a footnote marker
_UNIT_BEFORE = regex.compile(r"(?:^|[\s\d(])(?:k|c|d|m|h)?m$")
_IMAGE = regex.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = regex.compile(r"(?<!!)\[([^\]^][^\]]*)\]\((?:[^)(]|\([^)]*\))*\)")
# emphasis: the stdlib engine is faster on these simple patterns
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_TABLE_SEP = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_CAPTION_END = regex.compile(r"\s+\|\s*$")


def sup_to_digits(s: str) -> str:
    """ "¹⁰" -> "10"."""
    return "".join(_SUP.get(c, c) for c in s)


def digits_to_sup(s: str) -> str:
    """ "10" -> "¹⁰"."""
    return s.translate(_TO_SUP)


@dataclass(slots=True)
class Line:
    """The result of `analyse_line`: a block's kind and text, with its note references.

    `refs` are ``(id, offset_in_text, style)``.
    """

    kind: str
    text: str
    refs: list[tuple[str, int, str]] = field(default_factory=list)
    level: int | None = None
    numbering: str | None = None
    footnote_id: str | None = None


class _Editable:
    """A string with note-reference positions that survive deletions."""

    __slots__ = ("refs", "text")

    def __init__(self, text: str, refs: list[tuple[str, int, str]] | None = None) -> None:
        self.text = text
        self.refs = list(refs or [])

    def delete(self, spans: list[tuple[int, int]]) -> None:
        """Delete non-overlapping `spans` (any order); refs inside a span move to its start."""
        spans = sorted(s for s in spans if s[1] > s[0])
        if not spans:
            return
        parts: list[str] = []
        last = 0
        for a, b in spans:
            parts.append(self.text[last:a])
            last = b
        parts.append(self.text[last:])
        self.text = "".join(parts)

        def move(off: int) -> int:
            shift = 0
            for a, b in spans:
                if off >= b:
                    shift += b - a
                elif off > a:
                    shift += off - a
                    break
                else:
                    break
            return off - shift

        if self.refs:
            self.refs = [(i, move(o), s) for i, o, s in self.refs]

    def replace_regex(self, pattern: regex.Pattern[str] | re.Pattern[str], keep_group: int) -> None:
        """Replace each match by its group `keep_group` (deleting the rest of the match)."""
        if not self.refs:
            # no reference to move: the text is rebuilt from the pieces `delete` would keep
            self._replace_plain(pattern, keep_group)
            return
        self.delete([s for m in pattern.finditer(self.text) for s in _outside(m, keep_group)])

    def _replace_plain(self, pattern: regex.Pattern[str] | re.Pattern[str], keep_group: int) -> None:
        text = self.text
        parts: list[str] = []
        last = 0
        for m in pattern.finditer(text):
            gs, ge = m.span(keep_group)
            if gs < 0:  # the group took no part: `delete` would cut from the match start on
                self.delete([s for m in pattern.finditer(text) for s in _outside(m, keep_group)])
                return
            parts.append(text[last : m.start()])
            parts.append(text[gs:ge])
            last = m.end()
        if parts:
            parts.append(text[last:])
            self.text = "".join(parts)

    def strip(self) -> None:
        if not self.text or (not self.text[0].isspace() and not self.text[-1].isspace()):
            return
        lead = len(self.text) - len(self.text.lstrip())
        trail = len(self.text.rstrip())
        self.delete([(0, lead), (trail, len(self.text))])


def _outside(m: regex.Match[str] | re.Match[str], keep_group: int) -> list[tuple[int, int]]:
    """The parts of match `m` around its group `keep_group` (what `replace_regex` deletes)."""
    gs, ge = m.span(keep_group)
    return [(m.start(), gs), (ge, m.end())]


_ESCAPE = regex.compile(r"\\([!-/:-@\[-`{-~])|\\(?=\s|$)")
_PUA = 0xE000


def _protect_escapes(ed: _Editable) -> bool:
    """Markdown backslash escapes: ``\\*`` is a literal star, a lone ``\\`` a hard line break.

    The escaped character is swapped for a private-use stand-in (restored by `_restore_escapes`)
    so emphasis and marker rules leave it alone; the backslash is deleted.
    """
    if "\\" not in ed.text:
        return False
    chars = list(ed.text)
    spans = []
    for m in _ESCAPE.finditer(ed.text):
        if m.group(1):
            chars[m.start(1)] = chr(_PUA + ord(m.group(1)))
        spans.append((m.start(), m.start() + 1))
    ed.text = "".join(chars)
    ed.delete(spans)
    return True


def _restore_escapes(ed: _Editable) -> None:
    ed.text = "".join(chr(ord(c) - _PUA) if _PUA <= ord(c) < _PUA + 128 else c for c in ed.text)


def clean_inline(ed: _Editable, *, markdown: bool, sup: bool = True) -> None:
    """Remove markup and turn inline markers into refs, in place. `sup`: whether the text may hold
    superscript digits (False when the caller knows it holds none)."""
    escaped = markdown and "\\" in ed.text and _protect_escapes(ed)
    text = ed.text
    if markdown and ("!" in text or "[" in text):
        ed.delete([m.span() for m in _IMAGE.finditer(ed.text)])
        ed.replace_regex(_LINK, 1)
    if markdown and ("**" in ed.text or "__" in ed.text):
        ed.replace_regex(_STRONG, 2)
    if markdown and "*" in ed.text:
        ed.replace_regex(_EM, 1)
    if markdown and "[^" in ed.text:
        spans = []
        for m in _MD_REF.finditer(ed.text):
            ed.refs.append((m.group(1), m.start(), "bracket"))
            spans.append(m.span())
        ed.delete(spans)
    if sup and _HAS_SUP.search(ed.text):
        spans = []
        for m in _SUP_RUN.finditer(ed.text):
            before = ed.text[: m.start()]
            if m.group() in ("²", "³") and _UNIT_BEFORE.search(before):
                continue
            ed.refs.append((sup_to_digits(m.group()), m.start(), "superscript"))
            spans.append(m.span())
        ed.delete(spans)
    # whitespace inside the line is kept: tabs and runs of spaces separate columns in exports
    if escaped:
        _restore_escapes(ed)


def analyse_line(
    line: str,
    refs: list[tuple[str, int, str]] | None = None,
    *,
    markdown: bool = True,
    detect_footnote: bool = True,
    detect_caption: bool = True,
    sup: bool = True,
) -> Line:
    """Classify one paragraph's text and clean it (see the module docstring).

    `refs` are note references already known (docx footnote references), as offsets in `line`.
    `sup`: whether `line` may hold superscript digits (False when the caller knows it holds none).
    """
    if not refs:
        # cheap first test: most lines are plain prose, which every rule below leaves as it is
        text = line.strip()
        if text and _plain_line(text, sup):
            return Line("paragraph", text, [], None, None, None)
        if text[:1] in _BULLET_MARKS and "\t" not in text[:12] and (m := _BULLET.match(text)):
            # a list item whose text after the bullet is plain prose: what `_analyse` gives, without
            # its editing steps (the bullet is deleted, nothing else changes, no ref is found)
            rest = text[m.end() :]
            if _plain_rest(rest, sup):
                return Line("list_item", rest, [], None, m.group(1), None)
    return _analyse(
        line, refs, markdown=markdown, detect_footnote=detect_footnote, detect_caption=detect_caption, sup=sup
    )


def _analyse(
    line: str,
    refs: list[tuple[str, int, str]] | None,
    *,
    markdown: bool,
    detect_footnote: bool,
    detect_caption: bool,
    sup: bool,
) -> Line:
    """`analyse_line` rule by rule (what it does with a line that is not plain prose)."""
    ed = _Editable(line, refs)
    ed.strip()
    if "\t" in ed.text[:12] and (m := _LABEL_TAB.match(ed.text)):
        # "1.<tab>Thời gian" (Word's list tab in a text export): the tab is not a column gap
        ed.delete([(m.end(1) + 1, m.end())])
        ed.text = ed.text[: m.end(1)] + " " + ed.text[m.end(1) + 1 :]
    kind = "paragraph"
    level = numbering = footnote_id = None
    # the text is stripped, so each start pattern below can only match at its first character
    # (Python's ``isspace`` holds for every character of the patterns' ``\s``): look at it first
    first = ed.text[:1]
    if markdown and first == "#" and (m := _MD_HEADING.match(ed.text)):
        kind, level = "heading", len(m.group(1))
        ed.delete([m.span()])
        trailing = _MD_HEADING_CLOSE.search(ed.text)
        if trailing:
            ed.delete([trailing.span()])
    elif detect_footnote and first in _SUP and (m := _FOOTNOTE_START.match(ed.text)):
        kind, footnote_id = "footnote", sup_to_digits(m.group(1))
        ed.delete([m.span()])
    elif markdown and detect_footnote and first == "[" and (m := _MD_FOOTNOTE_DEF.match(ed.text)):
        kind, footnote_id = "footnote", m.group(1)
        ed.delete([m.span()])
    elif first in _BULLET_MARKS and (m := _BULLET.match(ed.text)):
        kind, numbering = "list_item", m.group(1)
        ed.delete([m.span()])
    if detect_caption and kind == "paragraph" and "|" in ed.text and (m := _CAPTION_END.search(ed.text)):
        kind = "caption"
        ed.delete([m.span()])
    clean_inline(ed, markdown=markdown, sup=sup)
    ed.strip()
    return Line(kind, ed.text, ed.refs, level, numbering, footnote_id)


#: what a stripped line that a start rule of `analyse_line` reads opens with: a heading's "#", a
#: note definition's "[", a footnote's superscript digit, a bullet
_MARKED_START = frozenset("#[" + SUPERSCRIPT_DIGITS) | _BULLET_MARKS


def _no_inline_marks(text: str, sup: bool) -> bool:
    """Whether `text` has no markdown escape, image, link, note or emphasis mark and, when `sup`, no
    superscript digit: what `clean_inline` would change or read a ref from. (Literal tests: each is
    a fast scan, faster than one pattern with a class of the characters.)"""
    return (
        "*" not in text
        and "[" not in text
        and "!" not in text
        and "\\" not in text
        and "__" not in text
        and not (sup and _HAS_SUP.search(text))
    )


def _plain_line(text: str, sup: bool) -> bool:
    """Whether `analyse_line` keeps the stripped `text` as a paragraph, unchanged and without refs:
    no list tab near its start ("1.<TAB>"), nothing a start rule reads, no caption's "|" and no
    inline mark (`_no_inline_marks`)."""
    return (
        text[0] not in _MARKED_START
        and "\t" not in text[:12]
        and "|" not in text
        and _no_inline_marks(text, sup)
    )


def _plain_rest(rest: str, sup: bool) -> bool:
    """Whether `clean_inline` and the final strip of `_analyse` leave a list item's text after
    its bullet as it is, with no ref: no inline mark (`_no_inline_marks`) and no blank at its
    start (the bullet pattern's look-ahead leaves one that Python strips but the pattern does not
    count as a space)."""
    return not rest[0].isspace() and _no_inline_marks(rest, sup)


def line_to_block(ln: Line, **extra: object) -> Block:
    """A `Block` from an analysed line (offsets are set later by `Document.from_blocks`)."""
    if not extra:
        # the fields by position, in their order (a call with keywords costs twice as much):
        # kind, text, start, end, page, level, style, numbering, footnote_id
        return Block(ln.kind, ln.text, 0, 0, None, ln.level, None, ln.numbering, ln.footnote_id)  # type: ignore[arg-type]
    return Block(
        kind=ln.kind,  # type: ignore[arg-type]
        text=ln.text,
        level=ln.level,
        numbering=ln.numbering,
        footnote_id=ln.footnote_id,
        **extra,  # type: ignore[arg-type]
    )


def _table_cells(line: str) -> list[str] | None:
    """The cells of a pipe-table row written with its outer pipes (``| a | b |``), else None."""
    s = line.strip()
    if len(s) < 3 or not (s.startswith("|") and s.endswith("|")) or s.count("|") < 3:
        return None
    return [c.strip() for c in s[1:-1].split("|")]


#: a GFM delimiter row (``---|---``, ``|:--|--:|``, ``:---: | ---``): cells of hyphens with
#: optional alignment colons, at least one pipe between or around them
_GFM_DELIMITER = regex.compile(r"^\s*(?=[^|]*\|)\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
#: a cell separator: a pipe not escaped by a backslash
_GFM_PIPE = regex.compile(r"(?<!\\)\|")


def _gfm_cells(line: str) -> list[str]:
    """The cells of a GFM table row; its leading and trailing pipes are optional.

    Escaped pipes (``\\|``) stay in the cell (the inline cleaning turns them into ``|``).
    """
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [c.strip() for c in _GFM_PIPE.split(s)]


def _is_gfm_header(line: str, delimiter: str) -> bool:
    """`line` heads a GFM table when the next line is a delimiter row with as many cells.

    This is what tells a table written without outer pipes (``Đơn vị | Đội hình`` over
    ``---|---``) from a line that merely holds a pipe (a caption ending in ``|``, a date line
    ``Thứ Hai, 18/11/2024 - 09:15|``): a lone line with pipes is never a table.
    """
    return (
        _GFM_PIPE.search(line) is not None
        and _GFM_DELIMITER.match(delimiter) is not None
        and _GFM_DELIMITER.match(line) is None
        and len(_gfm_cells(line)) == len(_gfm_cells(delimiter))
    )


def _gfm_tables(lines: list[tuple[str, bool]]) -> dict[int, str]:
    """The GFM pipe tables among the logical `lines`: ``{index: role}`` with role "header",
    "delimiter" or "row".

    A table is a header row, a delimiter row right under it (``---|---``) and the rows that
    follow without a blank line and hold a pipe; outer pipes may be left out (GFM, pandoc).
    """
    found: dict[int, str] = {}
    i = 0
    while i + 1 < len(lines):
        line, _ = lines[i]
        delim, delim_after_blank = lines[i + 1]
        if delim_after_blank or "|" not in line or not _is_gfm_header(line, delim):
            i += 1
            continue
        found[i], found[i + 1] = "header", "delimiter"
        j = i + 2
        while j < len(lines) and not lines[j][1] and _GFM_PIPE.search(lines[j][0]):
            found[j] = "row"
            j += 1
        i = j
    return found


_SOFT_CONTINUATION = regex.compile(r"^\s*\p{Ll}")
#: a line opening with a lettered list label ("a) Lễ khởi động", "b/ Kết quả", "đ) ..."): an item
#: of its own, though it starts in lower case
_LETTER_LABEL = regex.compile(r"^\s*[a-zđ]\s*[)/]\s+\S")
#: a line holding only a page number ("2", "- 2 -", "Trang 2"): a PDF's page break, not the
#: start of a paragraph that the next line continues
_PAGE_NUMBER_LINE = regex.compile(
    r"^\s*(?:[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}|[Tt]rang\s+\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$"
)
_INDENTED = regex.compile(r"^(?: {4}|\t)\s*\S")
#: a footnote body line that stops at the end of a sentence: the line after it is not its
#: continuation (a footnote wrapped by a text export ends its lines mid-sentence)
_NOTE_LINE_ENDS = regex.compile(r"(?r)[.!?…][\"”’»)\]]*\s*$")
#: a line that opens a block of its own (a list item, a heading, a table row, a markdown
#: construct): never the continuation of a wrapped footnote body
_OPENS_BLOCK = regex.compile(
    r"^\s*(?:[-*+•●▪◦○■□–>#|]|\(?\d{1,2}(?:\.\d{1,2})*[.)/]\s|\(?[a-zđ][)/]\s|[IVXLC]{1,5}[./)]\s)"
)
#: the widest line (characters, with its indentation) that is tested for a bare page number: a
#: PDF-to-text export centres it on a line of about 80 characters
_PAGE_NUMBER_WIDTH = 100


def _letter_label(raw: str) -> bool:
    """`_LETTER_LABEL` at the start of `raw`; its second visible character must be ")", "/" or a
    space, tested first (most lines are not even close)."""
    text = raw.lstrip()
    return text[1:2] in (")", "/", " ") and _LETTER_LABEL.match(text) is not None


def _logical_lines(text: str) -> list[tuple[str, bool]]:
    """``(line, follows_blank_line)`` of the text, soft-wrapped continuation lines joined.

    A line is joined to the previous one only inside a blank-line-separated chunk, when it
    starts with a lower-case letter (but not with a lettered list label, "a) ..."), and the
    previous line is not a footnote body nor a bare page number. The lines of a GFM pipe table
    (see `_gfm_tables`) are never joined.
    """
    out: list[tuple[str, bool]] = []
    prev_blank = True
    raws = text.split("\n")
    in_table = False  # inside a GFM table: its rows stand alone (they may start lower-case)
    for n, raw in enumerate(raws):
        if not raw.strip():
            prev_blank = True
            in_table = False
            continue
        after_table, in_table = in_table, in_table and _GFM_PIPE.search(raw) is not None
        if not in_table and "|" in raw and n + 1 < len(raws) and _is_gfm_header(raw, raws[n + 1]):
            in_table = True
        if in_table or after_table:
            # a table row, or the first line after a table: it continues nothing
            out.append((raw, prev_blank))
            prev_blank = False
            continue
        if out and raw[:1] in (" ", "\t") and _MD_FOOTNOTE_DEF.match(out[-1][0]) and _INDENTED.match(raw):
            # an indented line under a markdown note definition continues the note
            out[-1] = (out[-1][0].rstrip() + " " + raw.strip(), out[-1][1])
        elif not prev_blank and out and _continues_note(out[-1][0], raw):
            # a footnote body that a text export wrapped over several lines
            out[-1] = (out[-1][0].rstrip() + " " + raw.strip(), out[-1][1])
        elif (
            not prev_blank
            and out
            and _SOFT_CONTINUATION.match(raw)
            and not _letter_label(raw)
            and not _FOOTNOTE_START.match(out[-1][0])
            and not (len(out[-1][0]) <= _PAGE_NUMBER_WIDTH and _PAGE_NUMBER_LINE.match(out[-1][0]))
            and _table_cells(out[-1][0]) is None
            and not ("|" in out[-1][0] and _CAPTION_END.search(out[-1][0]))
        ):
            out[-1] = (out[-1][0].rstrip() + " " + raw.strip(), out[-1][1])
        else:
            out.append((raw, prev_blank))
        prev_blank = False
    return out


def _continues_note(prev: str, raw: str) -> bool:
    """Whether `raw` carries on the footnote body `prev` (a line opening with a superscript
    marker) that a text export hard-wrapped: `prev` stops mid-sentence, and `raw`, in the same
    blank-line-separated chunk, is neither another footnote, a bare page number, a table row nor
    a line that opens a block of its own (list item, heading). "¹ Huy động 46 đoàn viên, trồng" /
    "80 cây xanh." is one footnote; "¹ Huy động 46 đoàn viên." / "Các lực lượng ..." is not."""
    if not _FOOTNOTE_START.match(prev) or _NOTE_LINE_ENDS.search(prev):
        return False
    if _FOOTNOTE_START.match(raw) or _OPENS_BLOCK.match(raw) or "\t" in raw.strip():
        return False
    if len(raw) <= _PAGE_NUMBER_WIDTH and _PAGE_NUMBER_LINE.match(raw):
        return False
    return _table_cells(raw) is None


_SETEXT = regex.compile(r"^\s{0,3}(=+|-+)\s*$")
_THEMATIC_BREAK = regex.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_BLOCKQUOTE = regex.compile(r"^\s{0,3}>\s?")
_HTML_SUP = regex.compile(r"<sup>\s*\[?(\d{1,3})\]?\s*</sup>", regex.I)
_HTML_TAG = regex.compile(
    r"</?(?:b|i|u|em|strong|span|small|sub|mark|font|a)(?:\s[^>]*)?>|<br\s*/?>", regex.I
)


#: the fewest filled cells of a tab-separated table's header row
_TAB_HEADER_CELLS = 3


def _tab_fields(raw: str) -> list[str]:
    """The cells of a tab-separated line, an empty cell for each empty field (a leading tab
    included): "<TAB>Tổng cộng<TAB><TAB>302,3" is ["", "Tổng cộng", "", "302,3"]."""
    return [f.strip() for f in raw.rstrip().lstrip(" ").split("\t")]


def _tab_tables(logical: list[tuple[str, bool]]) -> dict[int, tuple[bool, list[str]]]:
    """The tab-separated tables of a text export: ``{line index: (first row?, cells)}``.

    A table is a run of two or more consecutive lines holding tabs (no blank line between them)
    under a header line of at least three filled cells (`_TAB_HEADER_CELLS`), each row with two
    filled cells or more and no more cells than the header; a numbered heading or list item
    ("4.<TAB>Đồng hành …") ends it. Its rows keep their columns: an empty cell ("Tổng cộng" with an
    empty "Số lượng") is a gap, not the next column moving left, as in the docx and md exports
    of the same table. A two-column header or signature line is no table."""
    out: dict[int, tuple[bool, list[str]]] = {}
    n = 0
    while n < len(logical):
        raw = logical[n][0]
        if "\t" not in raw:
            n += 1
            continue
        head = _tab_fields(raw)
        width = len(head)
        if sum(1 for f in head if f) < _TAB_HEADER_CELLS:
            n += 1
            continue
        rows = [head]
        k = n + 1
        while k < len(logical) and "\t" in logical[k][0] and not logical[k][1]:
            fields = _tab_fields(logical[k][0])
            if len(fields) > width or sum(1 for f in fields if f) < 2:
                break
            if len(fields) == 2 and _LABEL_TAB.match(logical[k][0].strip()):
                break  # a numbered heading or list item ("4.<TAB>Đồng hành …")
            rows.append(fields)
            k += 1
        if len(rows) >= 2:
            for j, fields in enumerate(rows):
                out[n + j] = (j == 0, fields)
        n = k
    return out


def _markdown_html(line: str) -> str:
    """Inline HTML in markdown: ``<sup>2</sup>`` -> ``²``, formatting tags and ``<br>`` dropped."""
    if "<" not in line:
        return line
    line = _HTML_SUP.sub(lambda m: digits_to_sup(m.group(1)), line)
    return _HTML_TAG.sub("", line)


def read_text(
    text: str,
    *,
    source: str,
    fmt: str = "txt",
    encoding: str | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Read the text of a .txt or .md export into a `Document`."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = nfc(text).replace("\ufeff", "").replace("\f", "\n")
    title = None
    if fmt == "md":
        text, title = _front_matter(text)
    if "[" in text:
        text = _bracket_notes(text)
    blocks: list[Block] = []
    refs: list[tuple[str, int, int, str]] = []
    table_no = -1
    row = 0
    in_table = False
    markdown = fmt == "md"
    # a line holds superscript digits only when the text does (or, in markdown, a <sup> tag)
    sup = markdown or _HAS_SUP.search(text) is not None
    logical = _logical_lines(text)
    links: set[int] = set()  # markdown: the blocks whose whole line is one link
    short: list[int] = []  # the blocks short enough to be a page number or a related-links label
    labelled: list[int] = []  # the longer blocks with a colon where a related-links label would end
    gfm = _gfm_tables(logical) if "|" in text else {}
    tabbed = _tab_tables(logical) if not markdown and "\t" in text else {}
    for n, (raw, after_blank) in enumerate(logical):
        if n in tabbed:
            first, fields = tabbed[n]
            if first:
                table_no += 1
                row = 0
            in_table = False
            _cell_blocks(fields, table_no, row, None, sup, blocks, refs)
            row += 1
            continue
        if markdown:
            if (m := _SETEXT.match(raw)) and len(m.group(1)) >= 2 and not after_blank and blocks:
                last = blocks[-1]
                if last.kind == "paragraph" and not in_table:
                    last.kind, last.level = "heading", 1 if m.group(1)[0] == "=" else 2
                    continue
            if _THEMATIC_BREAK.match(raw):
                continue
            raw = _markdown_html(_BLOCKQUOTE.sub("", raw))
        role = gfm.get(n)
        if role == "delimiter":
            continue
        if role is not None:
            cells: list[str] | None = _gfm_cells(raw)
        else:
            cells = _table_cells(raw) if "|" in raw else None  # a pipe-table row holds pipes
        if cells is not None:
            if _TABLE_SEP.match(raw):
                continue
            if not in_table or role == "header":
                table_no += 1
                row = 0
                in_table = True
            _cell_blocks(cells, table_no, row, "md", sup, blocks, refs)
            row += 1
            continue
        in_table = False
        ln = analyse_line(raw, sup=sup)
        if not ln.text:
            continue
        if ln.refs:
            refs.extend((i, len(blocks), o, s) for i, o, s in ln.refs)
        if markdown and "](" in raw and _LINK_ONLY.match(raw):
            links.add(len(blocks))
        if len(ln.text) <= _SHORT_BLOCK:
            short.append(len(blocks))
        elif ":" in ln.text[: _LONGEST_LABEL + 1] and (not markdown or "](" in raw):
            labelled.append(len(blocks))  # maybe "Xem thêm: <the title of a related article>"
        blocks.append(line_to_block(ln))
    if short:
        _mark_page_numbers(blocks, short)
        _mark_related_links(blocks, short, links if markdown else None)
    if labelled:
        _mark_inline_related_links(blocks, labelled)
    return Document.from_blocks(
        source, fmt, blocks, refs, encoding=encoding, warnings=list(warnings or []), title=title
    )


def _mark_page_numbers(blocks: list[Block], short: list[int]) -> None:
    """A bare page number ("2", "- 2 -", "Trang 2") that a PDF-to-text export left where a page
    broke becomes "furniture": right under the page's footnote bodies, or between the two halves
    of a sentence (the paragraph after it goes on in lower case: "... đường giao" / "2" /
    "thông nông thôn."). A bare number anywhere else may be content and stays. `short`: the
    indexes of the blocks short enough to be one (`_SHORT_BLOCK`), in order."""
    for k in short:
        b = blocks[k]
        if b.kind != "paragraph" or not _PAGE_NUMBER_LINE.match(b.text):
            continue
        after_notes = k > 0 and blocks[k - 1].kind == "footnote"
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if after_notes or (nxt is not None and nxt.kind == "paragraph" and nxt.text[:1].islower()):
            b.kind = "furniture"


#: a markdown line that is one link and nothing else ("- [Title](/url)", "**[Title](/url)**")
_LINK_ONLY = regex.compile(r"^\s*(?:[-*+•]\s+)?[*_]*\[[^\]]+\]\([^)]*\)[*_]*\s*$")
#: a link title ends without sentence punctuation
_SENTENCE_END = regex.compile(r"[.!?:;…]\W*$")
#: the longest related-links label (characters) and link title (words)
_LONGEST_LABEL = 40
_LINK_TITLE_WORDS = 30
#: the longest block that can be a page number or a related-links label (characters)
_SHORT_BLOCK = _LONGEST_LABEL


@cache
def _related_labels() -> frozenset[str]:
    """The labels over a list of related-article links (``data/related_labels.tsv``), case-folded."""
    text = resources.files("reportextract.readers").joinpath("data/related_labels.tsv").read_text("utf-8")
    return frozenset(
        nfc(row.strip()).casefold() for row in text.splitlines() if row.strip() and not row.startswith("#")
    )


def _mark_related_links(blocks: list[Block], short: list[int], links: set[int] | None) -> None:
    """A news page's list of links to other articles becomes "furniture" (spec §2.1: related-article
    links are not part of the body): a line that is only a known label ("Tin liên quan", "Xem
    thêm", `data/related_labels.tsv`) and the link titles right under it. In markdown (`links`
    given) a link title is a line that is one link; in a text export, where the links are gone, a
    short line without sentence punctuation. The label stays when no link title follows it.
    `short`: the indexes of the blocks short enough to be a label (`_SHORT_BLOCK`), in order."""
    labels = None
    for k in short:
        b = blocks[k]
        if b.kind not in ("paragraph", "heading"):
            continue
        if labels is None:
            labels = _related_labels()
        if b.text.rstrip(" :").casefold() not in labels:
            continue
        j = k + 1
        while j < len(blocks) and _link_title(blocks[j], j, links):
            j += 1
        if j > k + 1:
            for m in range(k, j):
                blocks[m].kind = "furniture"


def _mark_inline_related_links(blocks: list[Block], labelled: list[int]) -> None:
    """A related-article link on one line with its label ("Xem thêm: Thành đoàn X chuyển 50 tấn hàng
    vào miền Trung") becomes "furniture" (spec §2.1), as a label over a list of links does: the label
    is one of `data/related_labels.tsv` followed by ":", and what follows it reads as a link title (at
    most `_LINK_TITLE_WORDS` words, no sentence punctuation at its end; in markdown the line holds a
    link). A sentence that only starts like a label ("Xem thêm kế hoạch tại …") has no colon after it.
    `labelled`: the indexes of the longer blocks with a colon where a label would end."""
    labels = _related_labels()
    for k in labelled:
        b = blocks[k]
        if b.kind != "paragraph":
            continue
        label, _, title = b.text.partition(":")
        title = title.strip()
        if (
            label.strip().casefold() in labels
            and title
            and len(title.split()) <= _LINK_TITLE_WORDS
            and not _SENTENCE_END.search(title)
        ):
            b.kind = "furniture"


def _link_title(b: Block, k: int, links: set[int] | None) -> bool:
    if b.kind not in ("paragraph", "list_item"):
        return False
    if links is not None:
        return k in links
    return len(b.text.split()) <= _LINK_TITLE_WORDS and not _SENTENCE_END.search(b.text)


_BRACKET_REF = regex.compile(r"(?<=[\p{L}\p{N}.,;:!?)”\"'])\[(\d{1,3})\]")
_BRACKET_START = regex.compile(r"^[ \t]*\[(\d{1,3})\][ \t]*(?=\S)", regex.M)


def _bracket_notes(text: str) -> str:
    """Notes written with brackets, as some exports do ("huyện Cam Lộ[1]" ... "[1] Thành lập ...").

    Only ids that appear both glued to a word in the text and at the start of a line count; they
    are rewritten as superscript digits, so the usual marker and footnote rules apply.
    """
    starts = set(_BRACKET_START.findall(text))
    if not starts:
        return text
    ids = starts & set(_BRACKET_REF.findall(text))
    if not ids:
        return text
    text = _BRACKET_START.sub(
        lambda m: digits_to_sup(m.group(1)) + " " if m.group(1) in ids else m.group(), text
    )
    return _BRACKET_REF.sub(lambda m: digits_to_sup(m.group(1)) if m.group(1) in ids else m.group(), text)


_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)
_FM_TITLE = regex.compile(r"^title\s*:\s*(.+?)\s*$", regex.M | regex.I)


def _front_matter(text: str) -> tuple[str, str | None]:
    """Drop a YAML front-matter block ("---" ... "---") and return its ``title``, if any."""
    m = _FRONT_MATTER.match(text)
    if not m or m.group(1).count("\n") > 60:
        return text, None
    t = _FM_TITLE.search(m.group(1))
    title = t.group(1).strip("\"'") if t else None
    return text[m.end() :], title or None


def _cell_blocks(
    cells: list[str], table: int, row: int, style: str | None, sup: bool,
    blocks: list[Block], refs: list[tuple[str, int, int, str]],
) -> None:
    """The `table_cell` blocks of one table row (empty cells give none; `col` keeps their place),
    with the footnote markers they hold added to `refs`."""
    for col, cell in enumerate(cells):
        ln = analyse_line(cell, detect_footnote=False, detect_caption=False, sup=sup)
        if not ln.text:
            continue
        refs.extend((i, len(blocks), o, s) for i, o, s in ln.refs)
        blocks.append(Block(kind="table_cell", text=ln.text, table=table, row=row, col=col, style=style))


def read_text_bytes(data: bytes, *, source: str, fmt: str = "txt") -> Document:
    """Decode bytes (any supported encoding, see `readers.encoding`) and read them as text."""
    from reportextract.readers.encoding import decode_bytes  # noqa: PLC0415 (lazy: no work at import)

    text, enc, warnings = decode_bytes(data, source=source)
    return read_text(text, source=source, fmt=fmt, encoding=enc, warnings=warnings)
