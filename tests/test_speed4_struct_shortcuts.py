"""The structure stage's fourth-round shortcuts give the answers of the plain computations they
stand for, on random text built from the pieces the patterns look for (so the edge cases come up)
and on the lines of the corpus's text exports."""

from __future__ import annotations

import importlib
import random
from collections import Counter, deque
from pathlib import Path

import regex
from tests._random_text import random_texts

from reportextract.model import Block, Document
from reportextract.readers import read
from reportextract.structure import _data, _deps, header, meta, news, repair, sections, signature
from reportextract.structure import lines as lines_mod

#: the module (the package exports its `segment` function under the same name)
segment_mod = importlib.import_module("reportextract.structure.segment")

CORPORA = Path(__file__).resolve().parents[1] / "corpora"


def _corpus_texts() -> list[str]:
    """The corpus's text and markdown exports as the text reader decodes them."""
    return [read(path).text for path in sorted(CORPORA.glob("*.txt")) + sorted(CORPORA.glob("*.md"))]


def _corpus_lines() -> list[str]:
    return [line for text in _corpus_texts() for line in text.split("\n")]


# -- sections: the run-in heading cue -----------------------------------------------------------

#: the cue as first written: a numeral character, its punctuation and a space, or a letter and ")"
_PLAIN_RUN_IN_CUE = regex.compile(r"[\dIVX][./)]\s|\s[a-zđ]\)\s")

_CUE_PIECES = [
    "1", "12", "3.1", "I", "V", "X", "IV", "a", "đ", "b", "z", "A", "Đ", "é", ".", "/", ")", "(",
    "Kết", "quả", "2023", "ngày", "\u00a0", "\t", "\n", "\u3000", "x", "ĐOÀN", "ii",
]  # fmt: skip
_CUE_SEPS = ["", "", " ", "  ", "\t", "\n", "\u00a0", "\u2003", ".", ")", "/"]


def test_run_in_cue_matches_where_the_plain_cue_matches():
    texts = random_texts(_CUE_PIECES, _CUE_SEPS, 20000, seed=41, max_parts=12)
    texts += ["", " ", "1. ", "1.", "a) ", " a) ", " a)", "V/ ", "X) x", ". ", ")\n", " đ)\u00a0", "(a) "]
    texts += _corpus_lines()
    for t in texts:
        assert (sections._RUN_IN_CUE.search(t) is None) == (_PLAIN_RUN_IN_CUE.search(t) is None), repr(t)
        for pos in (1, 2):
            # mark_headings reads the cue on whole lines only, but a slice must agree too
            assert (sections._RUN_IN_CUE.search(t[pos:]) is None) == (
                _PLAIN_RUN_IN_CUE.search(t[pos:]) is None
            ), repr(t)


# -- segment: the cited-document spans of each body line ---------------------------------------


def _plain_touching(
    extents: list[tuple[int, int, int]], spans: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """Every span tested against every line (what `_dates_text` did before)."""
    out: dict[int, list[tuple[int, int]]] = {}
    for key, b0, length in extents:
        hits = [(a, b) for a, b in spans if b0 <= a < b0 + length or b0 < b <= b0 + length]
        if hits:
            out[key] = hits
    return out


def test_spans_touching_gives_what_testing_every_line_gives():
    rng = random.Random(7)
    for _ in range(5000):
        extents = []
        pos = rng.randrange(0, 3)
        key = rng.randrange(0, 3)
        for _ in range(rng.randrange(0, 8)):
            length = rng.choice([0, 1, 1, 2, 5, 12])
            extents.append((key, pos, length))
            key += rng.randrange(1, 3)  # keys skip lines that are not in the body
            pos += length + rng.choice([1, 1, 2, 3])  # the separator between two body lines
        end = pos + 3
        spans = []
        for _ in range(rng.randrange(0, 10)):
            a = rng.randrange(0, end)
            b = a + rng.choice([0, 1, 2, 4, 9, 20]) if rng.random() < 0.9 else rng.randrange(0, end)
            spans.append((a, b))
        if spans and rng.random() < 0.2:
            spans.append(rng.choice(spans))  # the same span twice
        assert segment_mod.spans_touching(extents, spans) == _plain_touching(extents, spans), (extents, spans)


# -- meta: event dates --------------------------------------------------------------------------


def _plain_event_dates(text: str, excluded: list[tuple[int, int]]) -> list[str]:
    """`meta.event_dates` as written before its shortcuts (brackets and years read up front,
    every date tested even when its value is already found)."""
    parens = meta._paren_spans(text)
    years = meta.context_years(text, excluded + parens)
    counts = Counter(y for _, y, _ in years)
    found: list[str] = []
    for d in _deps.find_dates(text):
        if d.kind not in ("date", "daterange"):
            continue
        if any(s < d.end and d.start < e for s, e in excluded):
            continue
        clause0 = meta._clause_start(text, d.start)
        before = text[clause0 : d.start]
        # the deadline looked for across a line break (sixth round), in both versions
        deadline = meta._DEADLINE.search(text, max(0, d.start - 40), d.start)
        if meta._PLANNED.search(before) or (d.kind == "date" and deadline):
            continue
        # the rules added since (twenty-fourth round) are rules, not shortcuts: the reference has them too
        if d.kind == "date" and meta._opens_plan(text, before, d.end):
            continue
        if d.kind == "date" and (meta._MERGER.search(before) or meta._merger_follows(text, d.end)):
            continue
        holiday = meta._HOLIDAY.search(text[max(0, d.start - 60) : d.start])
        if holiday and not meta._FOUR_DIGITS.search(d.text):
            continue
        if meta._titled_occasion(text, d.start, d.end) and not meta._FOUR_DIGITS.search(d.text):
            continue
        value = d.value
        if not value or not meta._YEAR_FIRST.match(value):
            if meta._inside(parens, d.start, d.end):
                continue
            near = meta._nearest_year(years, d.start, d.end)
            if near is None:
                continue
            year = meta._dominant_year(counts, near[0])
            m_dm = meta._DAY_MONTH.search(d.text)
            month = int(m_dm.group(2)) if m_dm else None
            if month == 1 and near[2] == "nam":
                continue
            w0 = max(0, d.start - 30)
            redo = [
                x
                for x in _deps.find_dates(text[w0 : d.end + 5], year=year)
                if x.kind == d.kind and w0 + x.start <= d.start < w0 + x.end
            ]
            if not redo or not redo[0].value:
                continue
            value = redo[0].value
        if "/" in value and meta._span_days(value) > 366:
            continue
        if value not in found:
            found.append(value)
    return found


_DATE_PIECES = [
    "Ngày", "ngày", "Sáng", "từ", "đến", "-", "–", "12/3/2024", "12/3", "3/1", "15/7/2025", "1/7",
    "10/7/2025", "(", ")", "năm", "2024", "2025", "2023", "tháng", "4/2023", "Kế hoạch số", "46-KH/TWĐTN",
    "ngày 14/4/2023", "ban hành", "dự kiến", "sẽ", "hợp nhất", "tổ chức", "Quốc khánh", "2/9", "kỷ niệm",
    "đến hết", ".", ",", ";", "từ năm", "2009", "(02/09/1945 - 02/09/2023)", "28-29/6/2023",
    "vào các ngày 29/2, 30/5", "\n", "hè",
]  # fmt: skip


def test_event_dates_gives_what_the_plain_rules_give():
    texts = random_texts(_DATE_PIECES, [" ", " ", "", ", ", ". ", "\n"], 3000, seed=11, max_parts=30)
    texts += _corpus_texts()
    rng = random.Random(12)
    for text in texts:
        excluded: list[tuple[int, int]] = []
        if text and rng.random() < 0.5:
            for _ in range(rng.randrange(1, 4)):
                a = rng.randrange(len(text))
                excluded.append((a, min(len(text), a + rng.randrange(1, 30))))
        assert meta.event_dates(text, excluded) == _plain_event_dates(text, excluded), (text, excluded)


# -- lines: the blank and column tests made once per document ------------------------------------


def _plain_build_lines(doc: Document) -> list[lines_mod.Line]:
    """`lines.build_lines` as written before (every line collapsed and split on its own)."""
    out: list[lines_mod.Line] = []
    for bi, block in enumerate(doc.blocks):
        kind = block.kind
        role = lines_mod._ROLE_OF_KIND.get(kind, "body")
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
            clean = lines_mod._collapse_spaces(stripped)
            prefix = 0
            if first and numbering:
                clean = f"{numbering} {clean}"
                cells = lines_mod.split_cells(f"{numbering} {stripped}")
                prefix = len(numbering) + 1
            else:
                cells = lines_mod.split_cells(stripped)
            out.append(
                lines_mod.Line(
                    text=clean, start=raw_start + lead, kind=kind, block=bi, page=block.page,
                    footnote_id=block.footnote_id, role=role, first_in_block=first, cells=cells,
                    prefix=prefix, table=table,
                )
            )  # fmt: skip
            first = False
    lines_mod._attach_refs(doc, out)
    return out


_LINE_PIECES = [
    "Đoàn", "ĐOÀN TNCS HỒ CHÍ MINH", "Số:", "12-KH/TĐTN", "TM.", "BAN", "(Đã ký)", "Hà Nội, ngày 5 tháng 9",
    "***", ";", "Nguyễn Văn An", "kết quả", "1.", "-", "2024", "tổ chức", "thanh niên", "x" * 70,
]  # fmt: skip
_LINE_SEPS = [" ", " ", " ", "  ", "   ", "\t", "\u00a0", "\u2003", "\u3000", "\n", " \n ", ", "]


def test_build_lines_gives_what_the_line_by_line_tests_give():
    rng = random.Random(5)
    texts = random_texts(_LINE_PIECES, _LINE_SEPS, 1500, seed=6, max_parts=16)
    for n in range(0, len(texts), 5):
        blocks = []
        for t in texts[n : n + 5]:
            kind = rng.choice(["paragraph", "paragraph", "list_item", "footnote", "table_cell", "caption"])
            numbering = rng.choice([None, None, "1.", " a) ", "-", "\t2.\t"])
            table = 0 if kind == "table_cell" else None
            blocks.append(Block(kind=kind, text=t.strip() or "x", numbering=numbering, table=table))
        doc = Document.from_blocks("<test>", "txt", blocks, [("1", 0, 0, "superscript")])
        assert lines_mod.build_lines(doc) == _plain_build_lines(doc)
    for text in _corpus_texts():
        doc = read(text)
        assert lines_mod.build_lines(doc) == _plain_build_lines(doc)


# -- small necessary conditions tested before a pattern or a call ----------------------------------


def test_patterns_need_what_their_guards_test():
    pieces = ["![", "](", ")", "!", "|", "x", "Ảnh", "ảnh minh họa", "Nguồn", "Photo", ":", "(", "."]
    pieces += [" ", "\t", "a]"]
    texts = random_texts(pieces, ["", " ", "|", "\u2003"], 5000, seed=8, max_parts=9)
    photos = 0
    for t in texts + _corpus_lines():
        if news._IMAGE_STUB.match(t):
            assert t[:1] == "!"
        if news._ENDS_PIPE.search(t):
            assert "|" in t
        if news._PHOTO_ONLY.match(t) or news._PHOTO_CREDIT.search(t):
            assert ":" in t
            photos += 1
    assert photos > 100


def test_caps_share_reads_like_the_letter_lists():
    def plain(text: str, share: float) -> bool:
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 2 and sum(c.isupper() for c in letters) >= share * len(letters)

    # "Ⅻ" and "Ⓐ" are upper case but not letters; "ǅ" is a title-case letter
    pieces = ["A", "a", "Đ", "đ", "Ⅻ", "Ⓐ", "1", " ", "ǅ", "ß", "Ω"]
    for t in random_texts(pieces, [""], 3000, seed=9, max_parts=8):
        assert header._is_caps(t) == plain(t, 0.75) == signature._is_caps(t) == news._is_caps(t)
        letters = [c for c in t if c.isalpha()]
        title = bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8
        assert repair._looks_like_title(t) == title


def test_table_tests_are_skipped_only_where_they_give_nothing():
    rng = random.Random(10)

    def line() -> lines_mod.Line:
        cells = ["a", "bb", "c d", "e"][: rng.randrange(0, 5)]
        table = rng.choice([None, None, (0, 0, 0), (0, 0, 1), (0, 1, 0), (1, 0, 0)])
        role = rng.choice(["body", "body", "heading", "signature"])
        return lines_mod.Line(
            text="  ".join(cells) or "x", start=0, kind="p", block=0, role=role, cells=cells, table=table
        )

    for _ in range(5000):
        lines = [line() for _ in range(3)]
        prev, ln = lines[0], lines[1]
        if len(ln.cells) < 3:
            assert segment_mod._table_row_text(ln, lines, 1) == ln.text
        both_cells = prev.table is not None and ln.table is not None
        both_rows = len(prev.cells) >= 3 and len(ln.cells) >= 3
        if not (both_cells or both_rows):
            assert segment_mod._table_separator(prev, ln, lines, 1) is None


def test_first_character_tests_stand_for_their_patterns():
    """`Line.is_bullet` and the tail openers of `find_signature`, against the patterns, for every
    character of the basic plane in first place."""
    rests = ["ơi nhận:", "OI NHAN", "M. BAN THƯỜNG VỤ", ". BAN", "L. BAN", " BAN", "/M BAN", "UQ. BAN"]
    rests.append(".T BAN")
    for code in range(0x10000):
        ch = chr(code)
        line = lines_mod.Line(text=ch + " x", start=0, kind="p", block=0)
        assert line.is_bullet == bool(lines_mod._BULLET.match(line.text))
        if ch in signature._TAIL_OPENERS:
            continue
        for rest in rests:
            assert not signature._RECIPIENTS.match(ch + rest) and not signature._PREFIX.match(ch + rest)
    assert lines_mod.Line(text="", start=0, kind="p", block=0).is_bullet is False


def test_collapse_spaces_is_the_blank_pattern_replaced():
    pieces = ["a", "ê", " ", "  ", "\t", "\u00a0", "\u2003", "\u200b", "\u3000", "\u202f", "\n", "x y"]
    for t in random_texts(pieces, [""], 5000, seed=13, max_parts=10):
        assert lines_mod._collapse_spaces(t) == lines_mod._WS.sub(" ", t)


# -- news: the furniture patterns picked by a line's opening ---------------------------------------

_FURNITURE_PIECES = [
    "Thứ hai", "thứ Bảy", "Chủ nhật", "Monday", ",", " ", "07/09/2022", "7.9.2022", "11:14", "10h20", "-",
    "–", "|", "(GMT+7)", "GMT+7", "Xã hội", "Ngày đăng", "ngày cập nhật", ":", "Cập nhật lúc", "đăng",
    "Lượt xem", "1.234", "Ý kiến bạn đọc", "(3)", "Chia sẻ", "share", "In bài viết", "Zalo", "/",
    "Trang", "2", "2/10", "***", "* * *", "___", "===", "·••", "Đoàn", "x",
]  # fmt: skip


_FURNITURE_LINES = [
    "Thứ Hai, 18/11/2024 - 09:15|", "Chủ nhật, 09/07/2023 10:20 (GMT+7)",
    "Xã hội - Ngày đăng : 11:14, 07/09/2022",
    "Thời sự | ngày cập nhật: 8h05, 1/2/2023 |", "07/09/2022 11:14", "Ngày đăng: 07/09/2022 - 11:14:05 GMT+7",
    "Cập nhật lúc 10:20 ngày 09/07/2023", "đăng 9h30 1-2-2024", "Lượt xem: 1.234", "Ý kiến bạn đọc (3)",
    "Chia sẻ | Facebook | Zalo", "In bài viết", "- 2 -", "– 12 –", "Trang 2/10", "trang 3", "2/10", "15",
    "***", "* * *", "______", "=====", "···",
]  # fmt: skip


def test_furniture_patterns_left_out_cannot_match_the_line():
    texts = random_texts(_FURNITURE_PIECES, ["", " ", "  ", ", "], 6000, seed=14, max_parts=8)
    variants = [v for line in _FURNITURE_LINES for v in (line, line.upper(), line.lower(), f"  {line}  ")]
    every = _data.furniture_patterns()
    matched = set()
    for t in [t.strip() for t in texts + variants] + [line.strip() for line in _corpus_lines()]:
        if not t:
            continue
        picked = news._furniture_starting(t[: news._OPENING])
        assert [p for p in every if p in picked] == list(picked)  # file order kept
        for n, (kind, pat) in enumerate(every):
            if pat.match(t):
                matched.add(n)
                assert (kind, pat) in picked, (t, pat.pattern)
    assert matched == set(range(len(every)))  # every pattern met a line it matches


# -- sections: run-in headings looked for only in lines that open like a heading -----------------


def _plain_mark_headings(lines: list[lines_mod.Line]) -> None:
    """`sections.mark_headings` as written before (every cued line searched for run-in headings)."""
    out: list[lines_mod.Line] = []
    last: dict[str, str] = {}
    queue = deque(lines)
    while queue:
        ln = queue.popleft()
        out.append(ln)
        if ln.role != "body" or ln.is_bullet:
            continue
        run_in = _PLAIN_RUN_IN_CUE.search(ln.text) is not None
        for cand in sections._EMBEDDED.finditer(ln.text, 2) if run_in else ():
            pl = sections.parse_heading(ln.text[: cand.start()])
            pr = sections.parse_heading(ln.text[cand.start() + 1 :])
            follows = pl and pr and sections._successor(pl[0], pr[0])
            if pl and pr and (follows or sections._next_expected({pl[2]: pl[0]}, pr[0])):
                left, right = sections._split(ln, cand.start())
                out[-1] = left
                queue.appendleft(right)
                ln = left
                run_in = _PLAIN_RUN_IN_CUE.search(ln.text) is not None
                break
        parsed = sections.parse_heading(ln.text)
        if parsed is not None and queue and sections._runs_on(ln, queue[0]):
            parsed = None  # a wrapped list item (sixth round), in both versions
        if parsed is not None:
            ln.role = "heading"
            ln.heading = parsed
            last[parsed[2]] = parsed[0]
            continue
        t = sections._TAIL.search(ln.text) if run_in else None
        if t and sections._next_expected(last, t.group("num")) and sections.parse_heading(t.group("h")):
            left, right = sections._split(ln, t.start("h"))
            out[-1] = left
            queue.appendleft(right)
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


_HEADING_PIECES = [
    "1.", "2.", "3.", "3.1.", "3.2.", "II.", "I.", "a)", "b)", "Phần", "I", "1", "(1)", "Kết", "quả",
    "KẾT QUẢ", "triển khai", "Nhận xét đánh giá:", "tham gia", ",", ".", ";", "Tổ", "chức", "- ", "đ)",
    "X/", "12 chai",
]  # fmt: skip


def test_mark_headings_gives_what_the_plain_search_gives():
    texts = random_texts(_HEADING_PIECES, [" ", " ", ""], 3000, seed=15, max_parts=14)
    docs = [[t.strip() for t in texts[n : n + 6]] for n in range(0, len(texts), 6)]
    docs += [[line.strip() for line in text.split("\n")] for text in _corpus_texts()]
    for doc in docs:
        fast = [lines_mod.Line(text=t, start=0, kind="p", block=k) for k, t in enumerate(doc) if t]
        plain = [lines_mod.Line(text=t, start=0, kind="p", block=k) for k, t in enumerate(doc) if t]
        sections.mark_headings(fast)
        _plain_mark_headings(plain)
        assert fast == plain
