"""Page-break repair: decide when two body lines are one sentence cut in two.

An export may cut a sentence where a page ended ("… đã xây dựng qua" / "75 năm …"), or put the
page's footnote bodies inside it ("… tại 100% cơ" / footnotes / "sở Đoàn …"); PDF text adds
running headers and page numbers at the cut. The rule joins the halves again with one space and
never joins two real paragraphs: a heading, a list item followed by another item, a paragraph
ending with ":" (or any terminal punctuation), a line ending in a number ("Covid-19") followed
by a line that does not start in lower case.
"""

from __future__ import annotations

import regex

from reportextract.structure.lines import Line

_LOWER_START = regex.compile(r"^[\"“‘'(]?\p{Ll}")
_NUMBER_WORD_START = regex.compile(r"^\d[\d.,]*\s+\p{Ll}")
#: (?r): searched backwards from the end, where alone a match can end
_ENDS_WORD = regex.compile(r"(?r)[\p{L}]$")
_ENDS_CONT = regex.compile(r"(?r)[\p{L}\p{N},%”\"’)\-–]$")
#: a bullet, an item or heading number ("2.", "1.2.", "1.2 Tên", "3)", "(4)", "b)", "II.") opening a
#: line; a number followed by a digit is a quantity ("7.000 đơn vị", "15/4/2025"), not an item
_LIST_START = regex.compile(
    r"^(?:[-–—+*•●○◦▪■□➢➤►✓✔⁃]|\(?\d{1,2}(?:\.\d{1,2})*[.)/](?!\d)|\d{1,2}(?:\.\d{1,2})+\s+\p{Lu}"
    r"|\(?[a-zđ][)]|[IVX]{1,5}[./)])\s*"
)
_DIGITS = regex.compile(r"\d+")


def should_join(prev: Line, nxt: Line, *, interrupted: bool) -> bool:
    """Whether `nxt` continues the sentence `prev` left open.

    `interrupted` is true when footnote bodies, page furniture or a page break stood between the
    two lines (an export artefact rather than the author's paragraph break).
    """
    if prev.role != "body" or nxt.role != "body":
        return False
    a, b = prev.text, nxt.text
    if not a or not b or prev.terminated:
        return False
    if not _ENDS_CONT.search(a):
        return False
    if _LOWER_START.match(b):
        return True
    if _LIST_START.match(b):
        return False
    if _NUMBER_WORD_START.match(b):
        # "qua" / "75 năm ...": a count that carries the sentence on; never after a number
        return bool(_ENDS_WORD.search(a))
    if interrupted and _ENDS_WORD.search(a) and not _looks_like_title(a):
        # the export cut the sentence at a page end: the next line may start with a name
        return len(a.split()) >= 8
    return False


def _looks_like_title(text: str) -> bool:
    letters = list(filter(str.isalpha, text))
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.8


def mark_running_heads(lines: list[Line]) -> None:
    """PDF running headers and footers: a short line that opens or closes two or more pages with
    the same text (page numbers aside) becomes furniture. A table cell is none: a table cut by a
    page break puts its cells at both edges, and two numbers ("29" closing a page, row "3"
    opening the next) read alike once their digits are set aside."""
    by_page: dict[int, list[Line]] = {}
    for ln in lines:
        if ln.page is not None and ln.role in ("body", "furniture") and ln.table is None:
            by_page.setdefault(ln.page, []).append(ln)
    if len(by_page) < 2:
        return
    seen: dict[str, set[int]] = {}
    edges: list[tuple[str, Line]] = []
    for page, lns in by_page.items():
        for ln in {id(x): x for x in (lns[:2] + lns[-2:])}.values():
            if len(ln.words) > 12:
                continue
            key = _DIGITS.sub("#", ln.text.casefold()).strip()
            seen.setdefault(key, set()).add(page)
            edges.append((key, ln))
    for key, ln in edges:
        if len(seen[key]) >= 2 and ln.role == "body":
            ln.role = "furniture"
