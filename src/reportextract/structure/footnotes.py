"""Footnotes: markers written inline in plain text, footnote bodies, and anchors.

Readers already turn superscript digits and Word/PDF note references into `NoteRef`s and
footnote blocks. Text exports may instead write a marker as ``[1]``, ``^1`` or ``(1)`` glued to
the word it annotates, with the footnote body on a line of its own that starts with the same
marker. Such a pair is recognised only when both halves exist (a marker before the body line,
with the same id and style), so a list numbered "(1)", "(2)" stays a list.
"""

from __future__ import annotations

import regex

from reportextract.structure.lines import Line

_STYLES: dict[str, tuple[regex.Pattern[str], regex.Pattern[str]]] = {
    # style: (inline marker, footnote-body line)
    "bracket": (
        regex.compile(r"(?<=[\p{L}\p{N}\p{Pf}\p{Pe}”\"'.,;:%])\s?\[(\d{1,3})\]"),
        regex.compile(r"^\[(\d{1,3})\]\s*(\S.*)$"),
    ),
    "caret": (
        regex.compile(r"(?<=[\p{L}\p{N}\p{Pf}\p{Pe}”\"'.,;:%])\^(\d{1,3})(?!\d)"),
        regex.compile(r"^\^(\d{1,3})\s*(\S.*)$"),
    ),
    "paren": (
        regex.compile(r"(?<=[\p{L}\p{Pf}”\"'%])\((\d{1,2})\)(?!\s*[\p{N}])"),
        regex.compile(r"^\((\d{1,2})\)\s+(\S.*)$"),
    ),
}

#: the first character of a footnote-body line of each style (what its pattern starts with)
_BODY_OPENER = {"bracket": "[", "caret": "^", "paren": "("}
_OPENERS = frozenset(_BODY_OPENER.values())

#: the "." of an abbreviation ("TP. Hồ Chí Minh", "Q. 1") is not a boundary for an anchor
_ABBREV_DOT = regex.compile(r"(?:^|\s)(?:\p{Lu}[\p{Lu}\p{Ll}]{0,3}|\p{Ll}{1,2})\.$")
#: a comma between two digits is a decimal comma ("9,7 tỉ đồng²"), not a boundary
_BOUNDARY = regex.compile(r"(?<!\d),|,(?!\d)|[:;!?()\[\]\n]|\.\.\.|…|\.(?=\s|$)|\s[-–—]\s")
_TRAILING_PUNCT_SPACE = regex.compile(r"[\s,:;.!?…\])]+$")
#: a year ("2025"): a dash between a year and a count ("năm 2025 - 15 đội hình") is no range
_YEAR = regex.compile(r"(?:19|20)\d\d")
#: capitalised words that open a new clause or a body's name after a dash ("… xã A - Đoàn viên trao
#: …", "- Ngày 5/6 …"), not the second part of one name ("Xuân Hương - Đà Lạt")
_CLAUSE_HEADS = frozenset(
    {"Đoàn", "Chi", "Hội", "Ngày", "Năm", "Tháng", "Trong", "Qua", "Các", "Tỉnh", "Huyện", "Quận"}
)
_TRAILING_PUNCT = regex.compile(r"[,:;.!?…]+$")


def mark_inline_notes(lines: list[Line]) -> None:
    """Find footnotes written with inline markers; relabel their body lines, move markers to refs."""
    # the body lines each style's footnote body can open (a line's first character never changes
    # below: a marker removed follows a character, and a relabelled line is no body line any more)
    opening: dict[str, list[int]] = {}
    for i, ln in enumerate(lines):
        first = ln.text[:1]
        if first in _OPENERS and ln.role == "body":
            opening.setdefault(first, []).append(i)
    if not opening:
        return
    for style, (marker_re, body_re) in _STYLES.items():
        opener = _BODY_OPENER[style]
        bodies: dict[int, str] = {}
        for i in opening.get(opener, ()):
            ln = lines[i]
            if ln.role != "body":
                continue
            m = body_re.match(ln.text)
            if m:
                bodies[i] = m.group(1)
        if not bodies:
            continue
        markers: list[tuple[int, regex.Match[str]]] = []
        for i, ln in enumerate(lines):
            if ln.role != "body" or i in bodies:
                continue
            markers.extend((i, m) for m in marker_re.finditer(ln.text))
        used_bodies: set[int] = set()
        used_markers: list[tuple[int, regex.Match[str]]] = []
        for bi, nid in bodies.items():
            hit = [(i, m) for i, m in markers if m.group(1) == nid and i < bi]
            if hit:
                used_bodies.add(bi)
                used_markers.extend(hit[-1:])
        if not used_bodies:
            continue
        for bi in used_bodies:
            ln = lines[bi]
            m = body_re.match(ln.text)
            assert m is not None
            ln.role = "footnote"
            ln.footnote_id = m.group(1)
            ln.text = m.group(2)
        by_line: dict[int, list[regex.Match[str]]] = {}
        for i, m in used_markers:
            by_line.setdefault(i, []).append(m)
        for i, ms in by_line.items():
            ln = lines[i]
            new = ln.text
            for m in sorted(ms, key=lambda m: m.start(), reverse=True):
                new = new[: m.start()] + new[m.end() :]
                shift = m.end() - m.start()
                ln.refs = [(rid, p - shift if p >= m.end() else p) for rid, p in ln.refs]
                ln.refs.append((m.group(1), m.start()))
            ln.text = new
            ln.refs.sort(key=lambda r: r[1])


def anchor_before(body: str, offset: int, max_words: int = 8) -> str | None:
    """The body-text words just before a marker: up to `max_words`, stopping at a clause boundary.

    ``"... như: Hà Tĩnh"`` -> ``"Hà Tĩnh"``; an abbreviation's dot does not stop it
    (``"TP. Hồ Chí Minh"``).
    """
    left = body[max(0, offset - 300) : offset].rstrip()
    cut = 0
    aside = _closing_aside(left)
    inner = _inner_asides(left, aside) if "(" in left or "[" in left else ()
    for m in _BOUNDARY.finditer(left):
        if m.group() == "." and _ABBREV_DOT.search(left[: m.end()]):
            continue
        if m.group()[0].isspace() and _joining_dash(left, m.start(), m.end()):
            continue  # "nhiệm kỳ 2025 - 2027", "phường Xuân Hương - Đà Lạt": a range, a name's parts
        if aside <= m.start():
            break  # a bracket closed right before the marker belongs to the words before it
        if inner and any(o <= m.start() <= c for o, c in inner):
            continue  # so does a bracket closed earlier in the clause ("(…, Công an xã) với 1.284 ĐV")
        if m.end() < len(left):
            cut = m.end()
        elif m.group() in (")", "]"):
            continue
    # a boundary at the very end (the marker follows punctuation): look one clause further back
    tail = left[cut:].strip()
    if not tail:
        trimmed = _TRAILING_PUNCT_SPACE.sub("", left)
        if trimmed and len(trimmed) < len(left):
            return anchor_before(trimmed, len(trimmed), max_words)
        return _last_words(left, max_words) or None
    words = tail.rstrip(".,:;!?… ").split()
    return " ".join(words[-max_words:]) or None


def _joining_dash(left: str, start: int, end: int) -> bool:
    """The spaced dash at `start:end` joins the words on each side of it: two numbers of a kind (a
    range, "2025 - 2027", "10 - 15 đội hình") or two capitalised words (the parts of one name,
    "Xuân Hương - Đà Lạt"), not a clause boundary ("… tại xã A - đơn vị …", "… xã A - Đoàn viên
    trao …", "năm 2025 - 15 đội hình …": a year, then a count)."""
    before = left[max(0, start - 24) : start].split()[-1:]
    after = left[end : end + 24].split()[:1]
    if not before or not after:
        return False
    a, b = before[0], after[0]
    if a[-1].isdigit() and b[0].isdigit():
        return bool(_YEAR.fullmatch(a.strip(".,"))) == bool(_YEAR.fullmatch(b.strip(".,:;")))
    return a[0].isupper() and b[0].isupper() and b.strip(".,:;") not in _CLAUSE_HEADS


def _closing_aside(left: str) -> int:
    """Where the bracket that closes at the end of `left` opens ("chỉ tiêu năm (12.000 đoàn viên)"
    -> the "("), or ``len(left)`` when `left` does not end with a closed bracket. The aside
    qualifies the words before it: the anchor reads on past it to the clause boundary."""
    close = left[-1:]
    if close not in (")", "]"):
        return len(left)
    opener = "(" if close == ")" else "["
    depth = 0
    for i in range(len(left) - 1, -1, -1):
        c = left[i]
        if c == close:
            depth += 1
        elif c == opener:
            depth -= 1
            if depth == 0:
                return i
    return len(left)


def _inner_asides(left: str, end: int) -> list[tuple[int, int]]:
    """The (open, close) positions of the brackets opened and closed in `left` before `end`: an
    aside inside the clause, not a clause boundary ("27 chi đoàn (21 chi đoàn ấp, …) với 1.284 ĐV")."""
    spans: list[tuple[int, int]] = []
    stack: list[int] = []
    for i in range(end):
        c = left[i]
        if c in "([":
            stack.append(i)
        elif c in ")]" and stack:
            o = stack.pop()
            if not stack:
                spans.append((o, i))
    return spans


def _last_words(text: str, n: int) -> str:
    words = _TRAILING_PUNCT.sub("", text.strip()).split()
    return " ".join(words[-n:])
