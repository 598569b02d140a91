"""The header of an administrative document.

Layout (Decree 30/2020/NĐ-CP and the Youth Union's format guidance), in a text export either
as consecutive short lines or as one line with the two columns apart:

    BAN CHẤP HÀNH TRUNG ƯƠNG          ĐOÀN TNCS HỒ CHÍ MINH
            ***
    Số: 225-KH/TWĐTN-CTTN             Hà Nội, ngày 16 tháng 5 năm 2024
                        KẾ HOẠCH
              Tổ chức Chiến dịch ... (trích yếu, may wrap)

A công văn has no type word; its subject follows "V/v". Everything before the type word is
"header"; the subject is "title".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from reportextract.structure import _data, _deps
from reportextract.structure.lines import Line
from reportextract.structure.names import case_org, expand_org

_NUMBER = regex.compile(r"^Số\s*[:.]?\s*(?P<rest>\S.*)$", regex.I)
_PLACE_DATE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{L}\p{M} .'\-]{1,40}?)\s*,\s*[Nn]gày\s+(?P<d>\d{1,2}|[.…_ ]+)\s+[Tt]háng\s+"
    r"(?P<m>\d{1,2}|[.…_ ]+)\s+[Nn]ăm\s+(?P<y>\d{4})\s*\.?$"
)
_VV = regex.compile(r"^\(?\s*V/v\s*[:.]?\s*(?P<rest>.*?)\)?$", regex.I)
#: the national motto (its two lines, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in either spelling of
#: "HÒA"/"HOÀ", and "Độc lập - Tự do - Hạnh phúc", or both in one cell, the dash between them
#: left on the first when an export cuts them apart) and the Union's own
#: motto: the right column's heading, never the issuer nor a place ("XÃ HỘI" is no commune)
_MOTTO = regex.compile(
    r"^(?:CỘNG\s+H(?:O[ÀA]|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM"
    r"(?:\s*[-–]|\s*[-–]?\s*Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc)?"
    r"|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc"
    r"|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH"
    # the Hội's letterhead motto, written out in full on the right ("HỘI LHTN VIỆT NAM" on the
    # left is the body)
    r"|HỘI\s+LIÊN\s+HIỆP\s+THANH\s+NIÊN\s+VIỆT\s+NAM)$",
    regex.I,
)
_DECOR = regex.compile(r"^[\s*_\-–—=~.·•]+$")
_KINH_GUI = regex.compile(r"^Kính\s+gửi\s*:?", regex.I)
_ORG_WORD = regex.compile(
    r"\b(?:BAN|ĐOÀN|TỈNH|THÀNH|HUYỆN|QUẬN|HỘI|BCH|TRUNG\s+ƯƠNG|ỦY\s+BAN|UBND|LIÊN\s+ĐỘI|CHI\s+ĐOÀN)\b"
)
_SPACES = regex.compile(r"\s+")
#: (?r): searched backwards from the end, where alone a match can end
_ENDS_STOP = regex.compile(r"(?r)[.;:!?]$")
_ENDS_CLAUSE = regex.compile(r"(?r)[.:;]$")
_NUMBERED = regex.compile(r"^(?:\d{1,2}|[IVX]{1,5})[./)]\s")
_AROUND_DASH = regex.compile(r"\s*([-/])\s*")
_DIGIT_START = regex.compile(r"^\d")
_BCH = regex.compile(r"^BCH\b")
_BCH_UNION = regex.compile(
    r"^BCH\s+(?:ĐOÀN|TỈNH\s+ĐOÀN|THÀNH\s+ĐOÀN|HUYỆN\s+ĐOÀN|QUẬN\s+ĐOÀN|THỊ\s+ĐOÀN|TRUNG\s+ƯƠNG|HỘI)\b"
)
#: the committee of a Union body named after it ("Ban Chấp hành Đoàn Khối ...", "Ban Thường vụ
#: Huyện đoàn ..."): the line names the issuer's own body, not a department of the line above
_COMMITTEE = regex.compile(
    r"^Ban\s+(?:Chấp\s+hành|Thường\s+vụ)\s+(?P<body>(?:Đoàn|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+đoàn)\s.*)$"
)
#: a bulletin's issue line under its title, "(Số 04 - Quý III/2025, phát hành ngày 06/10/2025)",
#: "Ngày phát hành: 06/10/2025": the issue date is the document's own date
_ISSUE_DATE = regex.compile(
    r"(?:(?:phát\s+hành|xuất\s+bản|ra)\s+ngày|ngày\s+(?:phát\s+hành|xuất\s+bản|ra)\s*:?)\s*"
    r"(?:(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})"
    r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>\d{4}))"
    # "(Số 02, ngày 16/3/2026)": a line of the issue's number and day alone (a bulletin's issue
    # number is no document number, spec §3)
    r"|^\s*\(?\s*số\s+\d{1,3}\s*[,\-–]\s*ngày\s+"
    r"(?P<d3>\d{1,2})[/.\-](?P<m3>\d{1,2})[/.\-](?P<y3>\d{4})\s*\)?\s*$",
    regex.I,
)
#: the longest issue line (words)
_ISSUE_LINE_WORDS = 25
_TW_END = regex.compile(r"Trung ương$")


@dataclass
class HeaderInfo:
    doc_type: str | None = None
    title: str | None = None
    number: str | None = None
    date: str | None = None
    place: str | None = None
    #: the issuing body as the header names it ("Tỉnh đoàn Kiên Giang")
    org: str | None = None
    header_lines: list[int] = field(default_factory=list)
    title_lines: list[int] = field(default_factory=list)


def _is_caps(text: str) -> bool:
    """Written in capitals (tolerating the odd lower-case letter a legacy-font conversion leaves)."""
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.75 * len(letters)


@cache
def _type_word_re() -> regex.Pattern[str]:
    """The document-type words as one alternation, longest first (so "THÔNG TRI" is tried
    before a shorter word it starts with), each standing alone at the start of a text."""
    words = sorted(_data.doc_types(), key=len, reverse=True)
    alternation = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"^(?P<word>{alternation})(?=\s|$|[:.])\s*[:.]?\s*(?P<rest>.*)$")


def type_word(text: str) -> tuple[str, str] | None:
    """(doc_type, rest) when `text` starts with a capitalised document-type word on its own."""
    m = _type_word_re().match(text)
    if not m:
        return None
    doc_type = _data.doc_types()[m.group("word")]
    rest = m.group("rest").strip()
    if rest and _is_caps(rest) and len(rest.split()) > 2:
        # "BÁO CÁO KẾT QUẢ ..." all in capitals: the type word opens an all-caps title
        return doc_type, rest
    if rest and rest[:1].isupper() is False:
        return None
    return doc_type, rest


def find_header(lines: list[Line]) -> HeaderInfo | None:
    """Recognise the header and subject of an administrative document; relabel their lines."""
    body = [i for i, ln in enumerate(lines) if ln.role in ("body",)]
    head = body[:25]
    info = HeaderInfo()
    t_at = None
    t_rest = ""
    for k, i in enumerate(head):
        ln = lines[i]
        for cell in ln.cells or [ln.text]:
            tw = type_word(cell)
            if tw and (_is_caps(cell.split()[0]) if cell.split() else False):
                # the type word must stand alone (not "Báo cáo kết quả ..." in a sentence)
                if tw[1] and not _is_caps(tw[1]) and len(ln.cells) <= 1 and k > 8:
                    continue
                info.doc_type, t_rest = tw
                t_at = k
                break
        if t_at is not None:
            break
    # header cells before the type word (or in the first lines of a công văn)
    scan = head[:t_at] if t_at is not None else head[:12]
    org_cells: list[str] = []
    last_header = -1
    for k, i in enumerate(scan):
        ln = lines[i]
        hit = False
        for cell in ln.cells or [ln.text]:
            if _NUMBER.match(cell):
                num = _parse_number(cell)
                if num:
                    info.number = num
                    hit = True
                    continue
            m = _PLACE_DATE.match(cell)
            if m:
                info.place = m.group("place").strip()
                if m.group("d").strip().isdigit() and m.group("m").strip().isdigit():
                    info.date = f"{int(m.group('y')):04d}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
                hit = True
                continue
            if _MOTTO.match(cell) or _DECOR.match(cell):
                hit = True
                continue
            vv = _VV.match(cell)
            if vv and t_at is None:
                info.title = vv.group("rest").strip() or None
                info.title_lines.append(i)
                hit = True
                continue
            if _is_caps(cell) and len(cell.split()) <= 12 and (_ORG_WORD.search(cell) or t_at is not None):
                org_cells.append(cell)
                hit = True
        if hit:
            last_header = k
            if i not in info.title_lines:
                info.header_lines.append(i)
        elif t_at is None:
            break
    if t_at is not None and t_rest and info.doc_type != "bản tin":
        evidence = info.number or info.date or org_cells
        if not evidence:
            # "KẾ HOẠCH NHỎ - VIỆC NHỎ Ý NGHĨA LỚN": a headline that starts with a type word
            return None
    if t_at is None:
        # no type word: a công văn is recognised by its number and "V/v" subject
        if not (info.number and (info.title or info.date)):
            return None
        code = _deps.parse_doc_number(info.number)
        info.doc_type = getattr(code, "type_name", None) or "công văn"
        # "Kính gửi" lines belong to the header too
        for i in body[last_header + 1 : last_header + 6]:
            if _KINH_GUI.match(lines[i].text) or (
                info.header_lines and lines[i].is_bullet and _prev_kinh(lines, i)
            ):
                info.header_lines.append(i)
            else:
                break
    else:
        t_line = head[t_at]
        info.header_lines.append(t_line)
        for i in head[:t_at]:
            if i not in info.header_lines and _is_caps(lines[i].text):
                info.header_lines.append(i)
        title_parts: list[str] = []
        if t_rest:
            title_parts.append(t_rest)
        nxt = [i for i in body if i > t_line]
        for i in nxt:
            ln = lines[i]
            text = ln.text
            if _DECOR.match(text):
                info.header_lines.append(i)
                if title_parts:
                    break
                continue
            if _opens_table(ln, lines[t_line]) or not _title_continues(title_parts, text):
                break
            vv = _VV.match(text)
            title_parts.append(vv.group("rest") if vv else text)
            info.title_lines.append(i)
        if title_parts:
            info.title = _SPACES.sub(" ", " ".join(title_parts)).strip().strip("()").strip() or None
        if t_rest:
            info.title_lines.append(t_line)
            info.header_lines.remove(t_line)
        if info.date is None:
            # the line right under the title, or the next one when a series' type line ("BẢN TIN
            # THÁNG THANH NIÊN") leaves the issue's subject line between them; that one only as an
            # issue line of its own ("(Số 03, ngày 23/3/2026)"), never a body sentence that names a
            # day of issue ("Cuốn sổ tay … được phát hành ngày 25/8/2024.")
            under = [j for j in body if j > max([t_line, *info.title_lines])][:2]
            _issue_line(lines, under, info, issue_only=under[1:])
        # "Kính gửi" lines after the subject
        for i in [j for j in body if j > t_line and j not in info.title_lines][:4]:
            if _KINH_GUI.match(lines[i].text):
                info.header_lines.append(i)
    if org_cells:
        info.org = _org_name(org_cells)
    for i in info.header_lines:
        if lines[i].role == "body":
            lines[i].role = "header"
    for i in info.title_lines:
        lines[i].role = "title"
    return info


def _issue_line(
    lines: list[Line], candidates: list[int], info: HeaderInfo, issue_only: list[int] | None = None
) -> None:
    """A bulletin with no place-and-date line dates itself in an issue line under its title
    ("(Số 04 - Quý III/2025, phát hành ngày 06/10/2025)"): that date is the document's own
    (spec §3 `date`), and the line belongs to the header. A line in `issue_only` counts only as a
    line of the issue's number and day alone ("(Số 02, ngày 16/3/2026)")."""
    for i in candidates:
        text = lines[i].text
        if len(text.split()) > _ISSUE_LINE_WORDS:
            continue
        m = _ISSUE_DATE.search(text)
        if m is None or (issue_only and i in issue_only and not m.group("d3")):
            continue
        d, mo, y = next(
            m.group(*g) for g in (("d", "m", "y"), ("d2", "m2", "y2"), ("d3", "m3", "y3")) if m.group(g[0])
        )
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            info.date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
            info.header_lines.append(i)
            return


def _prev_kinh(lines: list[Line], i: int) -> bool:
    return any(_KINH_GUI.match(lines[j].text) for j in range(max(0, i - 6), i))


def _opens_table(ln: Line, type_line: Line) -> bool:
    """Whether `ln` is a row of a table that starts under the subject (a markdown or docx table,
    or a text export's line of three tab-separated columns or more): a table right after the
    title block, with no sentence before it, is body, never part of the subject. A table that
    also holds the type word (a letterhead laid out as a table) does not count."""
    if ln.table is not None:
        return type_line.table is None or type_line.table[0] != ln.table[0]
    return len(ln.cells) >= 3 and len(type_line.cells) < 3


def _title_continues(parts: list[str], text: str) -> bool:
    words = text.split()
    if _KINH_GUI.match(text) or _NUMBER.match(text) or _ISSUE_DATE.search(text):
        return False
    if not parts:
        # the first subject line: anything but a long paragraph
        return len(words) <= 60 and not (text.endswith(".") and len(words) > 30)
    prev = parts[-1]
    if _ENDS_STOP.search(prev) and not prev.endswith("..."):
        return False
    if _ENDS_CLAUSE.search(text) and not text.endswith("..."):
        return False  # a sentence or an introduction ("... báo cáo kết quả như sau:")
    if len(words) > 25:
        return False
    if _NUMBERED.match(text):
        return False
    # a wrapped subject: same case style as the line before, or a lower-case continuation
    if text.startswith("(") and not _VV.match(text):
        return False  # "(Tổng hợp kết quả từ ngày ...)": a note under the subject
    return text[:1].islower() or _is_caps(text) == _is_caps(prev)


def _parse_number(cell: str) -> str | None:
    m = _NUMBER.match(cell)
    if not m:
        return None
    found = _deps.find_doc_numbers(cell)
    if found:
        return str(found[0].number)
    rest = m.group("rest").strip()
    rest = _AROUND_DASH.sub(r"\1", rest)
    return rest.split()[0] if rest and _DIGIT_START.match(rest) else None


def _expand_bch(cell: str) -> str:
    """ "BCH" is "Ban Chấp hành" before a Union body, "Ban Chỉ huy" (a campaign's command) otherwise."""
    if not _BCH.match(cell):
        return cell
    if _BCH_UNION.match(cell):
        return _BCH.sub("BAN CHẤP HÀNH", cell)
    return _BCH.sub("BAN CHỈ HUY", cell)


def _wraps(parent: str, last: str) -> bool:
    """`last` goes on with the name of a unit that `parent` starts: together they name a unit that
    reaches into `last` (a line naming no unit on its own, under a body with no complete name)."""
    joined = f"{parent} {last}"
    found = _deps.find_units(joined)
    return bool(found) and found[-1].end > len(parent) + 1 and _deps.find_units(parent)[-1:] != found[-1:]


def _under_parent(own: str, body_at: int, parent: str) -> str:
    """The issuer's own body (`own`, its name from `body_at`) written under its parent body.

    A body of a province or district that its letterhead names without the place, because the
    parent line above says it ("TỈNH ĐOÀN BẮC GIANG" / "BCH ĐOÀN KHỐI CÁC CƠ QUAN VÀ DOANH
    NGHIỆP"), is named in full with the parent's place: "Ban Chấp hành Đoàn Khối các cơ quan và
    doanh nghiệp tỉnh Bắc Giang", when the gazetteer reads that name as one unit (spelt as the
    gazetteer spells it). Otherwise (a school, a company, a name the gazetteer does not complete)
    `own` is the issuer as written: its parent is another body, not part of its name."""
    place = _place_of_parent(parent)
    if place is None:
        return own
    # looked up in capitals, as the letterhead writes it: the gazetteer then gives the name in
    # running-text case ("Đoàn Khối các cơ quan tỉnh X", not "Các Cơ Quan")
    candidate = f"{own[:body_at]}{own[body_at:].upper()} {place}"
    found = [u for u in _deps.find_units(candidate) if u.start <= body_at and u.end == len(candidate)]
    if not found:
        return own
    canonical = str(getattr(found[0], "canonical", "") or "")
    body = f"{own[body_at:]} {place}"
    return own[:body_at] + (canonical if _data.fold(canonical) == _data.fold(body) else body)


@cache
def _level_words() -> regex.Pattern[str]:
    """A Union body's level as its name gives it, running ("Tỉnh đoàn") or formal ("Đoàn tỉnh"):
    group `run` or `formal` (`_data.union_names`)."""
    names = _data.union_names()
    run = "|".join(regex.escape(r) for r in sorted(set(names.values()), key=len, reverse=True))
    formal = "|".join(regex.escape(f) for f in sorted(names, key=len, reverse=True))
    return regex.compile(rf"\b(?:(?P<run>{run})|Đoàn\s+(?P<formal>{formal}))\b", regex.I)


def _place_of_parent(parent: str) -> str | None:
    """The place a parent Union body stands for, as a body under it names it: "tỉnh Bắc Giang" for
    "Tỉnh đoàn Bắc Giang" or "Đoàn tỉnh Bắc Giang", "thành phố Hải Phòng" for "Thành đoàn Hải
    Phòng", "huyện Cẩm Giàng" for "Huyện đoàn Cẩm Giàng"; None for a parent that is no Union body
    of a province or district."""
    units = _deps.find_units(parent)
    if not units:
        return None
    unit = units[-1]
    place = str(getattr(unit, "canonical", "") or "")
    if not place or getattr(unit, "level", None) not in ("province", "district"):
        return None
    if getattr(unit, "level", None) == "district":
        return place  # "huyện Cẩm Giàng": the gazetteer writes a district with its level word
    m = _level_words().search(parent, 0, unit.end)
    if m is None:
        return None
    if m.group("formal"):
        level = m.group("formal").lower()
    else:
        by_running = {r.casefold(): f for f, r in _data.union_names().items()}
        level = by_running.get(m.group("run").casefold(), "")
    return f"{level} {place}" if level else None


#: a body's name that stops at a level word with no place after it ("... CÁC CƠ QUAN TỈNH")
_BARE_LEVEL_END = regex.compile(r"(?r)\s(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)$", regex.I)


def _place_from_parent(own: str, parent: str) -> str:
    """`own` completed with the place the parent line names at the level `own` stops at.

    A letterhead may write the issuer's name up to its level word and leave the place to the
    line above ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH THÁI BÌNH" / "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH"):
    the name is "... các cơ quan tỉnh Thái Bình", the level word in lower case before its place.
    A name that ends otherwise, or a parent with no place at that level, leaves `own` as it is."""
    end = _BARE_LEVEL_END.search(own)
    if end is None:
        return own
    level = _SPACES.sub(" ", end.group("level")).lower()
    at = parent.lower().rfind(f" {level} ")
    if at < 0:
        return own
    place = parent[at + len(level) + 2 :].strip()
    if not place or not any(u.end == len(f"{level} {place}") for u in _deps.find_units(f"{level} {place}")):
        return own
    return f"{own[: end.start()]} {level} {place}"


def _org_name(cells: list[str]) -> str:
    """The issuing body from the header's left column.

    The column may stack a parent body over the issuer ("ĐOÀN TỈNH AN GIANG" / "BCH ĐOÀN XÃ
    THẠNH ĐÔNG"): the issuer is the lowest line that names a unit; a department line under its
    parent ("THÀNH ĐOÀN HẢI PHÒNG" / "BAN TUYÊN GIÁO") is joined to it; an ad-hoc committee
    ("BAN CHỈ HUY CHIẾN DỊCH ... HÈ 2024") leaves the parent as issuer. A wrapped single name
    ("BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐOÀN TNCS HỒ CHÍ MINH") is read as one.
    """
    names = [case_org(_expand_bch(c)) for c in cells]
    if len(names) == 1:
        name = names[0]
    else:
        last = names[-1]
        parent = names[-2]
        own = _COMMITTEE.match(last)
        if _deps.find_units(last):
            name = _body_at_place(parent, last) or _place_from_parent(last, parent)
        elif own:
            # the issuer's own body under its parent: named in full, or by the parent's place
            name = _under_parent(last, own.start("body"), parent)
        elif _data.department_word().match(last):
            # a department or a campaign's steering committee under its parent body
            name = f"{last} {parent}"
        elif _wraps(parent, last):
            # a name wrapped over two lines ("BCH ĐOÀN TRƯỜNG ĐẠI HỌC" / "KỸ THUẬT MIỀN NÚI")
            name = f"{parent} {last}"
            if len(names) > 2 and _committee_over_unit(names[-3], parent):
                name = f"{names[-3]} {name}"
        elif _TW_END.search(parent):
            name = f"{parent} {last}"
        else:
            name = _council_at_level(last, parent) or parent
    if _TW_END.search(name):
        name += " Đoàn"
    return expand_org(name)


def _committee_over_unit(above: str, parent: str) -> bool:
    """The line above a name wrapped over two lines is the committee of a body named with no level
    nor place ("BCH HỘI SINH VIÊN VIỆT NAM" / "TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP" / "VÀ XÂY DỰNG ĐÔNG BẮC"):
    the three lines are one name, the committee of the body at that unit ("Ban Chấp hành Hội Sinh
    viên Việt Nam trường Đại học …", spec §3 `issuer`), as when the unit starts on the committee's
    own line. Not when the wrapped name is a body or committee itself ("ĐOÀN TNCS HỒ CHÍ MINH" /
    "BCH ĐOÀN TRƯỜNG ĐẠI HỌC" / "…": the line above is its parent) nor when the line above names a
    unit or ends at a level word (a body of its own place)."""
    m = _BODY_AT_NO_LEVEL.match(above)  # the committee of a body at no level and place
    if m is None or m.group("committee") is None or _BODY_AT_NO_LEVEL.match(parent):
        return False
    return not _ENDS_AT_LEVEL.search(above) and not _deps.find_units(above)


#: a Union or Hội body named without its level and place, with or without its committee ("Ủy
#: ban Hội LHTN Việt Nam", "Ban Chấp hành Đoàn", "Hội Sinh viên Việt Nam"; the committee: group
#: `committee`, greedy, so it is set whenever a committee's words open the line)
_BODY_AT_NO_LEVEL = regex.compile(
    r"^(?P<committee>[ỦU]y\s+ban\s+|Ban\s+(?:Chấp\s+hành|Thường\s+vụ)\s+)?(?:Hội|Đoàn)\b", regex.I
)
#: a letterhead line that is a place alone: its level word, then its name (group `level`)
_PLACE_LINE = regex.compile(
    r"^(?P<level>Tỉnh|Thành\s+phố|Huyện|Quận|Thị\s+xã|Thị\s+trấn|Xã|Phường)\s+\S", regex.I
)
#: a name that stops at a level word ("... Việt Nam Tỉnh"): its place is given elsewhere
_ENDS_AT_LEVEL = regex.compile(r"(?r)\s(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường)$", regex.I)


def _body_at_place(parent: str, last: str) -> str | None:
    """A two-line letterhead whose first line names a body at no level and whose second line
    gives the place alone ("ỦY BAN HỘI LHTN VIỆT NAM" / "TỈNH ĐẮK LẮK", "BAN CHẤP HÀNH ĐOÀN" /
    "HUYỆN X"): one name, the body of that place, the level word in lower case ("Ủy ban Hội LHTN
    Việt Nam tỉnh Đắk Lắk"; spec §3 `issuer`). None when `last` is more than a place (a body of
    its own, "TỈNH ĐOÀN X") or `parent` is no body, names a unit itself or ends at a level word."""
    level = _PLACE_LINE.match(last)
    if level is None or not _BODY_AT_NO_LEVEL.match(parent) or _ENDS_AT_LEVEL.search(parent):
        return None
    units = _deps.find_units(last)
    whole_place = len(units) == 1 and (units[0].start, units[0].end) == (0, len(last))
    if not whole_place or getattr(units[0], "is_body", False):
        return None
    if _deps.find_units(parent):
        return None
    word = _SPACES.sub(" ", level.group("level")).lower()
    return f"{parent} {word}{last[level.end('level') :]}"


#: a council of the Union named by its level alone ("HỘI ĐỒNG ĐỘI THÀNH PHỐ", "Hội đồng Đội tỉnh"):
#: the Đội's council, which its Union body runs and which issues its own reports
_COUNCIL_AT_LEVEL = regex.compile(
    r"^Hội\s+đồng\s+Đội\s+(?P<level>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)$", regex.I
)


def _council_at_level(last: str, parent: str) -> str | None:
    """The Đội's council written under its Union body with its level and no place ("THÀNH ĐOÀN X" /
    "HỘI ĐỒNG ĐỘI THÀNH PHỐ"): the issuer is the council of the parent's place, "Hội đồng Đội thành
    phố X" (spec §3 `issuer`: the body that issues the document, as a committee under its parent
    body). None when `last` is no such council or the parent's place is at another level."""
    m = _COUNCIL_AT_LEVEL.match(last)
    if m is None:
        return None
    place = _place_of_parent(parent)
    level = _SPACES.sub(" ", m.group("level")).lower()
    if place is None or not place.startswith(level + " "):
        return None
    return f"{last[: m.start('level')]}{place}"
