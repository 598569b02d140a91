"""The structure stage's working unit: one non-empty line of the document with its role.

Readers cut a document into blocks; a block may still hold several lines (a text export keeps
one paragraph per line, a docx table cell holds a two-column header). Every later step of the
stage (header, signature, footnotes, sections, repair) reads and re-labels these lines; the
body is assembled from them at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import regex

from reportextract.model import Document

#: roles a line can take; "body" lines (and "heading", "title", "header", "signature",
#: "recipients", "byline") are written into `Report.body`
BODY_ROLES = frozenset({"body", "heading", "title", "header", "signature", "recipients", "byline"})

_WS = regex.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
#: a blank `_WS` turns into " " (with two spaces in a row, what `_WS` would change)
_OTHER_BLANK = re.compile(r"[\t\u00a0\u2000-\u200b\u3000]")
_BULLET = regex.compile(r"^[-–—+*•●○◦▪■□➢➤►✓✔⁃]\s*")
#: the characters `_BULLET` opens with: it matches exactly the texts starting with one of them
_BULLET_MARKS = frozenset("-–—+*•●○◦▪■□➢➤►✓✔⁃")
#: (?r): searched backwards from the end, where alone a match can end
_TERMINAL = regex.compile(r"(?r)(?:[.!?…;:]|\.\.\.)[\"”’»)\]]*$")
#: the closing characters and the marks of `_TERMINAL` (`Line.terminated`)
_CLOSERS = "\"”’»)]"
_TERMINAL_MARKS = ".!?…;:"


@dataclass(slots=True)
class Line:
    """One line: its text (whitespace-trimmed; markers removed) and where it came from."""

    text: str
    #: offset of `text[0]` in `Document.text`
    start: int
    kind: str
    block: int
    page: int | None = None
    footnote_id: str | None = None
    role: str = "body"
    #: footnote references in this line: (id, position in `text`)
    refs: list[tuple[str, int]] = field(default_factory=list)
    #: first line of its block
    first_in_block: bool = True
    #: the cells of a multi-column line (split at tabs or runs of 3+ spaces), else [text]
    cells: list[str] = field(default_factory=list)
    #: for a "heading" line: (number, title, style)
    heading: tuple[str, str, str] | None = None
    #: length of a dateline prefix at the start of `text` ("(HNM) - ")
    dateline: int = 0
    #: characters put in front of the block's own text (rendered list numbering)
    prefix: int = 0
    #: (table, row, col) for a cell of a format's table (docx, markdown pipe table), else None
    table: tuple[int, int, int] | None = None

    @property
    def words(self) -> list[str]:
        return self.text.split()

    @property
    def is_bullet(self) -> bool:
        """Opens with a bullet mark (`_BULLET`; its trailing spaces may be none)."""
        return self.text[:1] in _BULLET_MARKS

    @property
    def terminated(self) -> bool:
        """Ends with sentence or clause punctuation (., !, ?, …, ;, :)."""
        text = self.text
        if "\n" in text:
            return bool(_TERMINAL.search(text))
        # what `_TERMINAL` matches at the end of a text without a line break: closers after a mark
        last = text.rstrip(_CLOSERS)[-1:]
        return last != "" and last in _TERMINAL_MARKS


#: where a second column starts inside a line whose column gap was lost (spaces collapsed): the
#: alternatives of one pattern, each with the pieces of text it needs (one of them must be in the
#: cell; "^" stands for a run of three separator characters at the start, `_LEADING_RUN`)
_COLUMN_ALTERNATIVES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("ĐOÀN", "CỘNG", "Độc", "Số", "TM.", "TL.", "KT.", "TUQ.", "T/M.", "ký"),
        (
            r"(?<=\S)\s+(?="
            r"ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$"
            r"|CỘNG\s+HÒA\s+XÃ\s+HỘI|CỘNG\s+HOÀ\s+XÃ\s+HỘI|Độc\s+lập\s*[-–]"
            r"|Số\s*:"
            r"|(?:TM|TL|KT|TUQ|T/M)\.\s*\p{Lu}{2,}"
            r"|\(\s*(?:Đã|đã)\s+ký\s*\)"
            r")"
        ),
    ),
    (
        ("ngày",),
        r"(?<=(?:^|\s)[\p{Lu}\d*/\-–.:]{2,})\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,4}\s*,\s*ngày\s)",
    ),
    (("^",), r"(?<=^[*\-–_=~.]{3,})\s*(?=\S)"),
    (("ĐOÀN",), r"(?<=\p{Lu}{2})(?=ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$)"),
    ((";",), r"(?<=;)\s+(?=\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*$)"),
    ((";",), r"(?<=;)\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,4}\s*$)"),
    (("***",), r"(?<=\p{Lu}{2,})\s+(?=[*]{3}\s*$)"),
)
_LEADING_RUN = regex.compile(r"^[*\-–_=~.]{3}")


def _possible_alternatives(cell: str) -> tuple[int, ...]:
    """Indexes of the `_COLUMN_ALTERNATIVES` whose needed pieces `cell` holds: the others cannot
    match anywhere in it."""
    out = []
    lead = None
    for i, (needs, _pattern) in enumerate(_COLUMN_ALTERNATIVES):
        for piece in needs:
            if piece == "^":
                if lead is None:
                    lead = _LEADING_RUN.match(cell) is not None
                found = lead
            else:
                found = piece in cell
            if found:
                out.append(i)
                break
    return tuple(out)


@cache
def _column_start(alternatives: tuple[int, ...]) -> regex.Pattern[str]:
    """The column-start pattern made of the given alternatives, in their order. Splitting a cell
    with it gives what the whole alternation gives when the left-out alternatives cannot match in
    the cell (they never win at any position), and a short alternation is tried much faster."""
    return regex.compile("|".join(_COLUMN_ALTERNATIVES[i][1] for i in alternatives))


#: pieces any one of which makes a cell worth splitting (`_column_cue`)
_CUE_PIECES = ("ĐOÀN", "CỘNG", "Độc", "Số", "ký", "TM.", "TL.", "KT.", "TUQ.", "T/M.", "***")
#: the pieces as one alternation of literals (the stdlib engine finds any of them in one pass,
#: faster than a test per piece)
_CUE_PIECE = re.compile("|".join(re.escape(p) for p in _CUE_PIECES))
_COMMA_NGAY = regex.compile(r",\s*ngày\s")
_SEMICOLON_UPPER = regex.compile(r";\s+\p{Lu}")


def _column_cue(cell: str) -> bool:
    """A cheap necessary condition for a column start: the cell holds "ĐOÀN", "CỘNG", "Độc",
    "Số", "ký", "TM." (or "TL.", "KT.", "TUQ.", "T/M."), "***", ", ngày ", "; " before an
    upper-case letter, or starts with three separator characters. Literal tests first; the two
    patterns only when their literal is there."""
    if _CUE_PIECE.search(cell):
        return True
    if "ngày" in cell and _COMMA_NGAY.search(cell):
        return True
    if ";" in cell and _SEMICOLON_UPPER.search(cell):
        return True
    return _LEADING_RUN.match(cell) is not None


_GAP = regex.compile(r"\t+|[ \u00a0]{3,}")


def split_cells(raw: str) -> list[str]:
    """Cut a line into its columns: at tabs or runs of three or more spaces, and where a known
    second-column item starts (the motto, a place-and-date, "Số:", "TM.", "(Đã ký)") when an
    export collapsed the gap between the columns."""
    # no gap: one cell
    cells = [c.strip() for c in _GAP.split(raw)] if _has_gap(raw) else [raw.strip()]
    out: list[str] = []
    for cell in cells:
        if not cell:
            continue
        if len(cell) > _LONG_CELL or not _column_cue(cell):
            # running prose (a second column never starts inside a long paragraph), or nothing
            # that could open a second column
            out.append(cell)
            continue
        alternatives = _possible_alternatives(cell)
        if not alternatives:
            out.append(cell)
            continue
        out.extend(c.strip() for c in _column_start(alternatives).split(cell) if c and c.strip())
    return out


def _has_gap(text: str) -> bool:
    """Whether `text` holds what `_GAP` matches (a tab, a no-break space or three spaces)."""
    return "\t" in text or "\u00a0" in text or "   " in text


#: a header or signature column is short; longer text is a paragraph (no need to look for columns)
_LONG_CELL = 160


#: the role a block's kind gives its lines (others start as "body")
_ROLE_OF_KIND = {"footnote": "footnote", "caption": "caption", "furniture": "furniture"}


def build_lines(doc: Document) -> list[Line]:
    """Cut every block into trimmed non-empty lines and hang the document's note refs on them."""
    lines: list[Line] = []
    for bi, block in enumerate(doc.blocks):
        kind = block.kind
        role = _ROLE_OF_KIND.get(kind, "body")
        # Word auto-numbering is rendered apart from the text: put it back in front of the first line
        numbering = (block.numbering or "").strip() if kind != "footnote" else ""
        table = None
        if kind == "table_cell" and block.table is not None:
            table = (block.table, block.row or 0, block.col or 0)
        pos = block.start
        first = True
        for raw in block.text.split("\n"):
            raw_start = pos
            pos += len(raw) + 1
            stripped = raw.strip()
            if not stripped:
                continue
            lead = len(raw) - len(raw.lstrip())
            clean = _collapse_spaces(stripped)
            prefix = 0
            cell_text = stripped
            if first and numbering:
                clean = f"{numbering} {clean}"
                cell_text = f"{numbering} {stripped}"
                prefix = len(numbering) + 1
            if _has_gap(cell_text) or (len(cell_text) <= _LONG_CELL and _column_cue(cell_text)):
                cells = split_cells(cell_text)
            else:
                # no column gap and nothing that opens a second column: one cell (`split_cells`)
                cells = [cell_text]
            # all fields by position, in their order (a call with keywords costs twice as much)
            lines.append(
                Line(
                    clean,  # text
                    raw_start + lead,  # start
                    kind,
                    bi,  # block
                    block.page,  # page
                    block.footnote_id,  # footnote_id
                    role,
                    [],  # refs
                    first,  # first_in_block
                    cells,
                    None,  # heading
                    0,  # dateline
                    prefix,
                    table,
                )
            )
            first = False
    _attach_refs(doc, lines)
    return lines


def _collapse_spaces(text: str) -> str:
    """Runs of spaces, tabs and other blanks as one space (`_WS`); the text itself when it has none."""
    if "  " in text or _OTHER_BLANK.search(text):
        return _WS.sub(" ", text)
    return text


def _attach_refs(doc: Document, lines: list[Line]) -> None:
    """Place each `NoteRef` in the line that holds its offset (a marker at a line end stays there)."""
    if not doc.note_refs:
        return
    spans = []
    for ln in lines:
        # the original extent of the line in doc.text (whitespace runs may have been collapsed)
        end = ln.start + _orig_len(doc.text, ln)
        spans.append((ln.start, end))
    j = 0
    for ref in doc.note_refs:
        while j < len(lines) and spans[j][1] < ref.offset:
            j += 1
        if j == len(lines):
            target = len(lines) - 1
        elif spans[j][0] <= ref.offset:
            target = j
        else:  # between lines: the marker closes the previous line
            target = max(0, j - 1)
        ln = lines[target]
        s, _ = spans[target]
        pos = ln.prefix + _map_pos(
            doc.text[s : s + _orig_len(doc.text, ln)], ref.offset - s, ln.text[ln.prefix :]
        )
        ln.refs.append((ref.id, pos))


def _orig_len(text: str, ln: Line) -> int:
    end = text.find("\n", ln.start)
    if end == -1:
        end = len(text)
    return len(text[ln.start : end].rstrip())


def _map_pos(orig: str, pos: int, clean: str) -> int:
    """Map a position in the original line to the whitespace-collapsed text."""
    pos = max(0, min(pos, len(orig)))
    prefix = _collapse_spaces(orig[:pos])  # (what `_WS.sub(" ", ...)` gives)
    return min(len(prefix), len(clean))
