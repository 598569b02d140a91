"""Numbered section headings (spec §4): I/ II. 1. 01. 3.2. a) 1) (1), with levels from nesting.

A numbered line is a heading only if it reads like one: a short title-like text, no sentence
boundary inside, not ending with "," or ";", and not a result item ("1.Giấy vụn :144kg." — a
list item carries a quantity and ends with a period). Levels come from the order in which the
numbering styles open: the first style seen is level 1, a new style under it is level 2, and
returning to an open style closes everything below it.
"""

from __future__ import annotations

from collections import deque

import regex

from reportextract.model import Section
from reportextract.structure.lines import Line

_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    (
        "part",
        regex.compile(
            r"^(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?P<num>[IVX]{1,5}|\d{1,2})\s*[.:/\-–)]?\s+(?P<rest>\S.*)$"
        ),
    ),
    ("roman", regex.compile(r"^(?P<num>[IVX]{1,5})\s*(?:[./)\-–:]|\s(?=\p{Lu}{2}))\s*(?P<rest>\S.*)$")),
    ("arabic", regex.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<rest>\S.*)$")),
    ("arabic", regex.compile(r"^(?P<num>\d{1,2})\s*[./](?![\d/])\s*(?P<rest>\S.*)$")),
    ("arabic", regex.compile(r"^(?P<num>\d{1,2})\s*[-–](?!\s*\d)\s*(?P<rest>\S.*)$")),
    ("paren", regex.compile(r"^\(?(?P<num>\d{1,2})\)\s*(?P<rest>\S.*)$")),
    ("letter", regex.compile(r"^(?P<num>[a-zđ])\s*[)/]\s*(?P<rest>\S.*)$")),
    ("letter", regex.compile(r"^(?P<num>[a-zđ])\.\s+(?P<rest>\p{Lu}.*)$")),
    ("pletter", regex.compile(r"^\((?P<num>[a-zđ])\)\s*(?P<rest>\S.*)$")),
]

#: how a text that one of `_PATTERNS` matches starts: a digit, "(", a roman numeral letter,
#: "Phần"/"Chương"/"Mục", or a letter a-z, đ before ")", "/" or "."
_HEADING_START = regex.compile(r"[\d(IVX]|PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục|[a-zđ](?:\s*[)/]|\.)")



def _patterns_by_start() -> dict[str, tuple[tuple[str, regex.Pattern[str]], ...]]:
    """The `_PATTERNS` that can match a text opening with each ASCII character, in their order:
    "(" opens a bracketed number or letter, "P", "C", "M" a part, "I", "V", "X" a roman numeral,
    a digit an arabic number or "1)", a lower-case letter a lettered item; the other ASCII
    characters open none (an empty tuple)."""
    part, roman, a1, a2, a3, paren, letter1, letter2, pletter = _PATTERNS
    out: dict[str, tuple[tuple[str, regex.Pattern[str]], ...]] = {chr(i): () for i in range(128)}
    out["("] = (paren, pletter)
    out.update(dict.fromkeys("PCM", (part,)))
    out.update(dict.fromkeys("IVX", (roman,)))
    out.update(dict.fromkeys("0123456789", (a1, a2, a3, paren)))
    out.update(dict.fromkeys("abcdefghijklmnopqrstuvwxyz", (letter1, letter2)))
    return out


#: `_patterns_by_start`: a text opening with an ASCII character is tried only with the patterns
#: that can match it (a text opening with another character goes through `_HEADING_START` and all)
_PATTERNS_BY_START = _patterns_by_start()
_ALL_PATTERNS = tuple(_PATTERNS)

_SENTENCE_INSIDE = regex.compile(r"(?<!\b\p{Lu}{1,4}|\b\p{Lu}\p{Ll}{0,2})[.!?]\s+\p{Lu}")
_QUANTITY_ITEM = regex.compile(
    r":\s*\d|\d\s*(?:kg|tấn|km|m2|m²|lít|vỏ|chai|cái|suất|người|triệu|tỷ|tỉ|đồng)\b"
)
#: (?r): searched backwards from the end, where alone a match can end
_ENDS_BAD = regex.compile(r"(?r)[,;]$")
_ENDS_PERIOD = regex.compile(r"(?r)(?<!\.)\.$")
_TRAILING_COLON = regex.compile(r"\s*[:：]+$")
_EMPHASIS_MARKS = regex.compile(r"^[*_]+|[*_]+$")
_TRAILING_STOP = regex.compile(r"\s*[:.]+$")
_DIGIT = regex.compile(r"\d")


def parse_heading(text: str) -> tuple[str, str, str] | None:
    """(number, title, style) if `text` is a numbered heading line, else None.

    ``"3.1. Kết quả triển khai:"`` -> ``("3.1", "Kết quả triển khai", "A2")``.
    """
    patterns = _PATTERNS_BY_START.get(text[:1])
    if patterns is None:
        if not _HEADING_START.match(text):
            return None
        patterns = _ALL_PATTERNS
    for style, pat in patterns:
        m = pat.match(text)
        if not m:
            continue
        num, rest = m.group("num"), m.group("rest").strip()
        if not _title_like(rest):
            return None
        key = style
        if style == "arabic":
            key = f"A{num.count('.') + 1}"
        title = _TRAILING_COLON.sub("", rest).strip()
        title = _EMPHASIS_MARKS.sub("", title).strip()
        return num, title, key
    return None


def _title_like(rest: str) -> bool:
    words = rest.split()
    if not words or len(words) > 40 or len(rest) > 300:
        return False
    first = rest.lstrip("“\"'«(*_")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    if _ENDS_BAD.search(rest):
        return False
    body = _TRAILING_STOP.sub("", rest)
    if _SENTENCE_INSIDE.search(body):
        return False
    if _QUANTITY_ITEM.search(rest) and (_ENDS_PERIOD.search(rest) or ":" in rest[:-1]):
        return False
    if _ENDS_PERIOD.search(rest):
        # a heading may end with a period only when short and free of figures
        return len(words) <= 12 and not _DIGIT.search(rest) and ":" not in rest
    # a run-in ":" followed by a long sentence is a paragraph opening, not a heading
    if ":" in rest[:-1]:
        after = rest.split(":", 1)[1].strip()
        if len(after.split()) > 6:
            return False
    return True


#: a heading number inside a line: "3.1. ", "II. ", and a lettered item "a) " (a reader that joins
#: a line starting with a lower-case letter to the line before runs "a) Title" into its parent)
_EMBEDDED = regex.compile(
    r"\s(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5}|[a-zđ](?=\)))[./)]\s+(?=[\p{Lu}“\"])"
)
_TAIL = regex.compile(
    r"(?<=[\p{L}\p{N}”\"),])\s+(?P<h>(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})[./)]\s+\p{Lu}[^.!?;]{0,150})$"
)
#: what both `_EMBEDDED` and `_TAIL` need (a number's last digit or numeral, its ".", "/" or ")"
#: and a space, or a letter and ")"): a line without it holds no run-in heading. Written to open
#: on the punctuation, with what comes before it as a look-behind: the engine then scans for three
#: characters instead of every digit, and the pattern matches in the same lines as the plain
#: ``[\dIVX][./)]\s|\s[a-zđ]\)\s`` (only whether it matches is read)
_RUN_IN_CUE = regex.compile(r"[./)](?<=[\dIVX][./)])\s|\)(?<=\s[a-zđ]\))\s")


def _split(ln: Line, at: int) -> tuple[Line, Line]:
    """Cut a line in two at `at` (a heading that an export ran into the line before)."""
    from dataclasses import replace  # noqa: PLC0415

    left_text, right_text = ln.text[:at].rstrip(), ln.text[at:].lstrip()
    shift = len(ln.text) - len(ln.text[at:].lstrip())
    left = replace(ln, text=left_text, cells=[left_text], refs=[r for r in ln.refs if r[1] <= len(left_text)])
    right = replace(
        ln,
        text=right_text,
        cells=[right_text],
        start=ln.start + shift,
        first_in_block=False,
        refs=[(rid, p - shift) for rid, p in ln.refs if p > len(left_text)],
        dateline=0,
        prefix=0,
    )
    return left, right


def _successor(prev: str, nxt: str) -> bool:
    """Whether heading number `nxt` may follow heading `prev` directly (a child or a new style)."""
    if nxt.startswith(prev + "."):
        return True
    return nxt in ("1", "01", "I", "a")


def _next_expected(last: dict[str, str], num: str) -> bool:
    """Whether `num` continues an open numbering (the last heading of its style + 1)."""
    key = f"A{num.count('.') + 1}"
    prev = last.get(key)
    if prev is None:
        return num.rsplit(".", maxsplit=1)[-1] in ("1", "01")
    a, b = prev.split("."), num.split(".")
    return a[:-1] == b[:-1] and a[-1].isdigit() and b[-1].isdigit() and int(b[-1]) == int(a[-1]) + 1


#: a title this long (words after the number) that a short tail line ends is a wrapped sentence
_LONG_TITLE_WORDS = 10
#: the longest tail (words) that may end such a wrapped sentence on the next line
_TAIL_WORDS = 4


def _runs_on(ln: Line, nxt: Line) -> bool:
    """Whether the numbered line `ln` is the first line of a hard-wrapped sentence rather than a
    heading: a long text (`_LONG_TITLE_WORDS`) without closing punctuation, that the next body
    line ends in a few words with a period ("1. Tổ chức hội trại lần thứ 3 vào ngày 12/5 tại
    khu di tích Kim" / "Liên."). A heading is short and stands on its own: a long one is
    followed by a paragraph, not by the rest of its own sentence."""
    if ln.terminated or nxt.role != "body" or nxt.is_bullet or nxt.table is not None:
        return False
    if len(ln.words) <= _LONG_TITLE_WORDS or len(nxt.words) > _TAIL_WORDS:
        return False
    return _ENDS_PERIOD.search(nxt.text) is not None and parse_heading(nxt.text) is None


def mark_headings(lines: list[Line]) -> None:
    """Label numbered heading lines among the body lines (role "heading").

    Exports that lose soft line breaks run a heading into the line before or after it
    ("3. Kết quả triển khai 3.1. Kết quả ...", "... tham gia cài đặt 3. Nhận xét đánh giá:");
    such lines are cut when the numbering continues the document's own sequence.
    """
    out: list[Line] = []
    last: dict[str, str] = {}
    queue = deque(lines)
    while queue:
        ln = queue.popleft()
        out.append(ln)
        if ln.role != "body" or ln.is_bullet:
            continue
        run_in = _RUN_IN_CUE.search(ln.text) is not None
        # the part before a run-in heading is a heading itself only when the line opens like one
        # (a match of `_HEADING_START` on a start of the line is one on the line)
        opens = run_in and _HEADING_START.match(ln.text) is not None
        for cand in _EMBEDDED.finditer(ln.text, 2) if opens else ():
            pl = parse_heading(ln.text[: cand.start()])
            pr = parse_heading(ln.text[cand.start() + 1 :])
            if pl and pr and (_successor(pl[0], pr[0]) or _next_expected({pl[2]: pl[0]}, pr[0])):
                left, right = _split(ln, cand.start())
                out[-1] = left
                queue.appendleft(right)
                ln = left
                run_in = _RUN_IN_CUE.search(ln.text) is not None
                break
        parsed = parse_heading(ln.text)
        if parsed is not None and queue and _runs_on(ln, queue[0]):
            parsed = None
        if parsed is not None:
            num, _title, style = parsed
            ln.role = "heading"
            ln.heading = parsed
            last[style] = num
            continue
        t = _TAIL.search(ln.text) if run_in else None
        if t and _next_expected(last, t.group("num")) and parse_heading(t.group("h")):
            left, right = _split(ln, t.start("h"))
            out[-1] = left
            queue.appendleft(right)
    # a heading is followed by content
    body_after = False
    for ln in reversed(out):
        if ln.role == "heading" and not body_after:
            ln.role = "body"
            ln.heading = None
        if ln.role in ("body", "heading"):
            body_after = True
            if ln.role == "body":
                break
    lines[:] = out


def assign_levels(headings: list[tuple[str, str, str, int]]) -> list[Section]:
    """Turn (number, title, style, body_offset) in reading order into sections with levels."""
    open_styles: list[str] = []
    out: list[Section] = []
    for num, title, style, start in headings:
        if style in open_styles:
            del open_styles[open_styles.index(style) + 1 :]
        else:
            open_styles.append(style)
        out.append(Section(number=num, title=title, level=len(open_styles), start=start))
    return out


def close_sections(sections: list[Section], body_end: int) -> None:
    """Set each section's end: the start of the next section of the same or higher level."""
    for i, sec in enumerate(sections):
        sec.end = body_end
        for nxt in sections[i + 1 :]:
            if nxt.level <= sec.level:
                sec.end = nxt.start
                break
