"""Figures in tables of results per unit.

The structure stage renders a table into the body as one line per row with its cells separated by
a tab. In such a table the unit of a number is its row's first cell ("Nghệ An", "Huyện Bố Trạch";
a total row "Tổng cộng" belongs to the document's scope), its measure is its column's header
("Suất quà", "Lượt ĐVTN tham gia"), and a header that names a scale ("Trị giá (triệu đồng)")
scales every value of its column. Ordinal columns (STT, TT) are not figures.

A plan/result table turns this around: its columns say which figure of the row they hold
("Chỉ tiêu", "Kết quả", "Năm 2024": stage headers, listed in ``data/table_headers.tsv``) and its
rows say what is counted ("Lớp tập huấn", "Hồ sơ được hỗ trợ"). Under a stage header, in a row
whose cells name no unit, the measure is the row's label and the figure is the scope's.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from importlib import resources

import regex

from reportextract.figures.lexicon import WORD, cue_union, key, lookup_noun
from reportextract.units import UnitMention, known_short_name, lookup

_ORDINAL_HEADERS = frozenset({"stt", "tt", "số tt", "số thứ tự", "thứ tự", "no"})
#: the label of a total row ("Tổng cộng", "Toàn tỉnh"); "Tổng công ty X" names a unit, "Tổng đội" too
_TOTAL_ROWS = regex.compile(
    r"^\s*(tổng cộng|tổng số|tổng(?!\s+(?:công\s+ty|đội|cục)\b)|cộng"
    r"|toàn tỉnh|toàn thành phố|toàn quốc|cả nước)\b",
    regex.IGNORECASE,
)
#: the words of a scale, a currency and a unit of measure, in a header's brackets ("(triệu đồng)",
#: "(km)") and in a row's "ĐVT" cell ("Triệu đồng", "Km")
_SCALE_WORDS = "nghìn|ngàn|triệu|tỷ|tỉ"
_MONEY_WORDS = "đồng|vnđ|vnd|đ"
_UNIT_WORDS = "km|m2|m²|m|ha|tấn|kg|lít"
_SCALE = regex.compile(r"\(\s*(" + _SCALE_WORDS + r")?\s*(" + _MONEY_WORDS + r")\s*\)", regex.IGNORECASE)
_UNIT_IN_HEADER = regex.compile(r"\(\s*(" + _UNIT_WORDS + r"|%)\s*\)", regex.IGNORECASE)
_SCALE_VALUE = {None: 1, "nghìn": 1000, "ngàn": 1000, "vạn": 10**4, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
#: a scale word before a counted noun ("ĐVTN tham gia (nghìn người)", "Cây trồng (triệu cây)")
_COUNT_SCALE = regex.compile(
    r"\(\s*(nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+(\p{L}[\p{L}\s]{0,30}?)\s*\)", regex.IGNORECASE
)
#: a counted noun in brackets ending a header ("Hướng dẫn cài đặt VNeID (người)", "Cây xanh (cây)")
_COUNTED = regex.compile(r"\(\s*(\p{L}[\p{L}\s]{0,30}?)\s*\)\s*$")
#: a number or a Roman numeral between the words of a stage header ("năm 2024", "quý III")
_HEADER_NUMBER = regex.compile(r"\d+|[ivx]{1,4}")
#: a row's list number ("3", "3.", "2.1", "II", "b)"): never the row's label
_ROW_NUMBER = regex.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,5}|\p{Ll})[.)]?$")
_QUOTES = regex.compile(r"[\"“”‘’«»]")


@cache
def _header_phrases() -> dict[tuple[str, ...], str]:
    """``{words: kind}`` of ``data/table_headers.tsv`` (kinds "stage" and "period")."""
    data = resources.files("reportextract.figures").joinpath("data", "table_headers.tsv")
    rows = [ln.split("\t") for ln in data.read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
    return {tuple(key(phrase).split()): kind for phrase, kind in rows[1:]}


def is_stage_header(header: str) -> bool:
    """Whether a column header names a stage of the row's figure (target, result, period), not a
    counted noun: "Chỉ tiêu", "Kết quả thực hiện", "Năm 2024", "Thực hiện quý III".

    Its words must be a sequence of the phrases of ``data/table_headers.tsv`` and numbers; a
    header of period words alone needs a number ("Năm 2024", not "Năm").
    """
    words = key(header).split()
    phrases = _header_phrases()
    longest = max(len(p) for p in phrases)
    i, stage, number = 0, False, False
    while i < len(words):
        if _HEADER_NUMBER.fullmatch(words[i]):
            i, number = i + 1, True
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            kind = phrases.get(tuple(words[i : i + n]))
            if kind is not None:
                i, stage = i + n, stage or kind == "stage"
                break
        else:
            return False
    return bool(words) and (stage or number)


@dataclass(frozen=True, slots=True)
class TableCell:
    """What a table says about the number in one cell."""

    header: str
    #: the header text without its scale ("Trị giá" of "Trị giá (triệu đồng)")
    measure: str
    #: multiplier to base units, and the kind it makes ("money" for đồng columns)
    scale: int
    kind: str | None
    measuring_unit: str | None
    row_label: str
    unit: UnitMention | None
    total_row: bool
    #: an ordinal column (STT, TT) or a contest's points ("Điểm chung kết"): no figure
    ordinal: bool


@dataclass(slots=True)
class Table:
    start: int
    end: int
    #: each row as a list of (start, end) cell spans in the text
    rows: list[list[tuple[int, int]]]
    #: start of each row (of its first cell), for finding a number's row by bisection
    row_starts: list[int] = field(default_factory=list)
    #: what each column's header says, read once per column (see `_column`)
    columns: dict[int, _Column] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.row_starts:
            self.row_starts = [row[0][0] for row in self.rows]


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    measure: str
    scale: int
    kind: str | None
    measuring_unit: str | None
    ordinal: bool
    #: a stage header ("Chỉ tiêu", "Kết quả"): the row's label names the measure
    stage: bool
    #: the column of the row's measuring unit ("ĐVT": "Đồng", "Km", "Lượt")
    unit_of_row: bool = False
    #: a column of remarks ("Ghi chú"): its cells are sentences, read as text
    note: bool = False


def _column(text: str, table: Table, hc: int) -> _Column:
    """The header facts of column `hc` (remembered on the table)."""
    col = table.columns.get(hc)
    if col is None:
        header_row = table.rows[0]
        header = text[slice(*header_row[hc])].strip() if 0 <= hc < len(header_row) else ""
        scale_m = _SCALE.search(header)
        unit_m = _UNIT_IN_HEADER.search(header)
        kind = "money" if scale_m else ("measure" if unit_m else None)
        if unit_m and unit_m.group(1) == "%":
            kind = "percent"
        measure = _SCALE.sub("", _UNIT_IN_HEADER.sub("", header)).strip()
        scale = _SCALE_VALUE[scale_m.group(1).lower() if scale_m and scale_m.group(1) else None]
        if not scale_m and not unit_m:
            measure, scale = _counted_measure(header)
        col = table.columns[hc] = _Column(
            header=header,
            measure=measure,
            scale=scale,
            kind=kind,
            measuring_unit=unit_m.group(1) if unit_m else None,
            ordinal=header.lower().strip(" .") in _ORDINAL_HEADERS or _SCORE_HEADER.match(header) is not None,
            stage=is_stage_header(header),
            unit_of_row=key(header) in _ROW_UNIT_HEADERS,
            note=key(header) in _NOTE_HEADERS,
        )
    return col


#: headers of the column that gives each row's measuring unit ("ĐVT" = "đơn vị tính"), keyed
_ROW_UNIT_HEADERS = frozenset({"đvt", "đơn vị tính"})
#: headers of a column of remarks, keyed: "Đạt 114%", "Trong đó 18 công trình cấp tỉnh" are sentences
_NOTE_HEADERS = frozenset({"ghi chú", "chú thích"})
#: a contest's points column ("Điểm", "Điểm chung kết", "Tổng điểm"): a score ranks the teams, it
#: counts nothing of the unit's work (spec §2.1; gold n622), so its cells are no figures. A count of
#: places ("Số điểm", "Điểm trường") is no points column
_SCORE_HEADER = regex.compile(
    r"^\s*(?:tổng\s+)?điểm(?:\s+(?:số|thi|trung\s+bình|chung\s+kết|bình\s+quân))?\s*$", regex.IGNORECASE
)
#: a row's measuring unit written in its "ĐVT" cell: an amount of money ("Đồng", "Triệu đồng")
_ROW_MONEY = regex.compile(r"^\s*(" + _SCALE_WORDS + r")?\s*(" + _MONEY_WORDS + r")\s*$", regex.IGNORECASE)
#: … or a unit of measure ("Km", "Tấn", "m²")
_ROW_MEASURE = regex.compile(r"^\s*(" + _UNIT_WORDS + r")\s*$", regex.IGNORECASE)


#: a cell of a number alone ("550", "1.200"): no remark of a "Ghi chú" column
_BARE_NUMBER = regex.compile(r"^\s*\d[\d.,]*\s*$")


def _row_shift(text: str, table: Table, row: list[tuple[int, int]]) -> int:
    """How many header columns lie before the row's first cell. A row with fewer cells than the
    header merged its first cells ("Tổng cộng" across STT and Đơn vị) and lines up from the right;
    but a row that opens with its list number under an ordinal header ("TT") kept its first
    cells, and lost only empty cells at its end (a blank "Ghi chú"): it lines up from the left."""
    missing = len(table.rows[0]) - len(row)
    if missing <= 0:
        return missing
    if _ROW_NUMBER.match(text[slice(*row[0])].strip()) and _column(text, table, 0).ordinal:
        return 0
    if _BARE_NUMBER.match(text[slice(*row[-1])]) and _column(text, table, len(table.rows[0]) - 1).note:
        # a merged total row that also lost its blank "Ghi chú" cell ("Tổng cộng | 21 | 550"): its
        # last number is no remark, the note column is missing at the end too
        return missing - 1
    return missing


def in_note_cell(text: str, table: Table, pos: int) -> bool:
    """Whether `pos` is in a data cell of a column of remarks ("Ghi chú"), whose sentences are read
    as text ("Trong đó 18 công trình cấp tỉnh": works, by its own noun)."""
    at = _cell_at(table, pos)
    if at is None or at[0] == 0:
        return False
    r, c = at
    return _column(text, table, c + _row_shift(text, table, table.rows[r])).note


def _cell_at(table: Table, pos: int) -> tuple[int, int] | None:
    """The row and cell of `table` that hold `pos`, or None when `pos` is in no cell."""
    r = bisect.bisect_right(table.row_starts, pos) - 1  # rows follow each other in the text
    if r < 0:
        return None
    return next(((r, c) for c, (s, e) in enumerate(table.rows[r]) if s <= pos < e), None)


def _counted_measure(header: str) -> tuple[str, int]:
    """The measure and scale of a header that names its counted noun in brackets: "ĐVTN tham gia
    (nghìn người)" counts ĐVTN in thousands (1,2 -> 1 200), "Hướng dẫn cài đặt VNeID (người)" counts
    people (spec §2.2 base units, §2.6 the counted noun). The header's own words stay the measure
    when they name a counted noun, after a leading verb if any ("Hỗ trợ người dân (lượt)": "người
    dân"); otherwise the noun in brackets is the measure. Headers without such brackets: as written."""
    scale_m = _COUNT_SCALE.search(header)
    counted_m = scale_m or _COUNTED.search(header)
    if counted_m is None:
        return header, 1
    scale = _SCALE_VALUE[scale_m.group(1).lower()] if scale_m else 1
    noun = (scale_m or counted_m).group(2 if scale_m else 1)
    words = " ".join((header[: counted_m.start()] + " " + header[counted_m.end() :]).split())
    own = _label_measure(words) if words else ""
    if own and lookup_noun(key(own).split())[0] is not None:
        return own, scale
    return " ".join(noun.split()), scale


def find_tables(text: str) -> list[Table]:
    """Runs of two or more consecutive lines that hold tab-separated cells."""
    tables: list[Table] = []
    current: list[list[tuple[int, int]]] = []
    cur_start = 0
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if "\t" in line:
            cells = []
            cell_start = line_start
            for part in line.split("\t"):
                cells.append((cell_start, cell_start + len(part)))
                cell_start += len(part) + 1
            if not current:
                cur_start = line_start
            current.append(cells)
            continue
        if line.strip() == "" and current:
            continue  # blank lines between the rows of one table
        if len(current) >= 2:
            tables.append(Table(cur_start, current[-1][-1][1], current))
        current = []
    if len(current) >= 2:
        tables.append(Table(cur_start, current[-1][-1][1], current))
    return tables


def cell_info(text: str, table: Table, pos: int) -> TableCell | None:
    """The table facts for a number at `pos`, or None when `pos` is not in a data cell."""
    at = _cell_at(table, pos)
    if at is None or at[0] == 0:
        return None  # numbers inside the header ("năm 2024") are not figures here
    r, c = at
    row = table.rows[r]
    # a row with fewer cells than the header lines up with it as `_row_shift` says: from the right
    # when it merged its first cells ("Tổng cộng" across STT and Đơn vị), from the left when it opens
    # with its list number and lost empty cells at its end
    shift = _row_shift(text, table, row)
    col = _column(text, table, c + shift)
    first = text[slice(*row[0])].strip()
    label = next(
        (
            text[slice(*cell)].strip()
            for cell in row[:c]
            if text[slice(*cell)].strip() and not _ROW_NUMBER.match(text[slice(*cell)].strip())
        ),
        first,
    )
    unit = None
    total = bool(_TOTAL_ROWS.match(label))
    if not total:
        for i, cell in enumerate(row[: max(1, c)]):
            said = text[slice(*cell)].strip()
            # a unit the cell names, alone or by a short name the document gave it earlier
            found = _row_unit(said, _column(text, table, i + shift).header) or (
                known_short_name(text, said) if said[:1].isupper() else None
            )
            if found is not None:
                unit = found
                break
    measure, scale, kind, measuring = col.measure, col.scale, col.kind, col.measuring_unit
    if col.stage and unit is None and not total and label and not _ROW_NUMBER.match(label):
        # a plan/result table: the row says what is counted ("Lớp "Bình dân học vụ số"")
        measure = _label_measure(" ".join(_QUOTES.sub("", label).split()))
        said = _row_unit_cell(text, table, row, shift)
        if said and kind is None:
            measure, scale, kind, measuring = _by_row_unit(said, measure)
    return TableCell(
        header=col.header,
        measure=measure,
        scale=scale,
        kind=kind,
        measuring_unit=measuring,
        row_label=label,
        unit=unit,
        total_row=total,
        ordinal=col.ordinal or (c == 0 and first.isdigit()),
    )


def _row_unit_cell(text: str, table: Table, row: list[tuple[int, int]], shift: int) -> str:
    """The text of the row's cell under a "ĐVT" header, or "" when the table has none."""
    for c, cell in enumerate(row):
        if _column(text, table, c + shift).unit_of_row:
            return text[slice(*cell)].strip()
    return ""


def _by_row_unit(said: str, label_measure: str) -> tuple[str, int, str | None, str | None]:
    """(measure, scale, kind, measuring unit) of a plan/result row by its "ĐVT" cell: "Đồng",
    "Triệu đồng" make its cells money (scaled), "Km", "Tấn" amounts measured (spec §2.4 `items`);
    a counted noun ("Lượt", "Công trình") leaves the label the measure when the label names a
    lexicon noun ("Lượt đoàn viên, thanh niên tham gia"), else it is the measure itself."""
    money = _ROW_MONEY.match(said)
    if money:
        scale = _SCALE_VALUE[money.group(1).lower() if money.group(1) else None]
        return said.lower(), scale, "money", None
    unit = _ROW_MEASURE.match(said)
    if unit:
        return unit.group(1).lower(), 1, "measure", unit.group(1).lower()
    if lookup_noun(key(label_measure).split())[0] is None and lookup_noun(key(said).split())[0] is not None:
        return said.lower(), 1, None, None
    return label_measure, 1, None, None


#: words before the unit of a row label that only say it is an area: "Khu vực Nam Định (cũ)"
_AREA_LEAD = regex.compile(r"^(?:khu\s+vực|địa\s+bàn)\s+(?=\w)", regex.IGNORECASE)


#: a column header whose last word is the level word of the units its cells name: "Đoàn trường",
#: "Tên trường", "Xã", "Đoàn phường"
_LEVEL_HEADER = regex.compile(r"(?:^|\s)(trường|xã|phường|huyện)\s*$", regex.IGNORECASE)


def _row_unit(label: str, header: str = "") -> UnitMention | None:
    """The unit a row's cell names: the whole cell read as a unit name ("Huyện Bố Trạch", "Nam Định
    cũ": a former province, ``lookup``), or so after an area word ("Khu vực tỉnh Hà Nam cũ"), or
    after the level word its column's header ends with (`header`, used only when the cell alone
    names no unit and starts with a capital): "THPT Yên Lạc 2" under "Đoàn trường" is "trường
    THPT Yên Lạc 2" (spec §2.3: schools with "trường")."""
    found = lookup(label)
    if found is None and label[:1] in "KkĐđ" and (lead := _AREA_LEAD.match(label)) is not None:
        found = lookup(label[lead.end() :])
    if found is None and header and label[:1].isupper():
        m = _LEVEL_HEADER.search(header)
        if m is not None and not label.lower().startswith(m.group(1).lower()):
            found = lookup(f"{m.group(1).lower()} {label}")
    return found


#: cue kinds whose verbs may open a row label before its counted noun ("Tổ chức lớp tập huấn")
_LABEL_VERB_KINDS = ("label", "serve", "organise", "build", "collect", "attract")


def _label_measure(label: str) -> str:
    """The counted noun of a row label that opens with a verb: "Kết nạp đoàn viên mới" counts
    "đoàn viên mới" (spec §2.4: the category follows the counted noun, §2.6: the measure is that
    noun phrase). The verb is dropped only when a lexicon noun follows it; a label that starts
    with its noun ("Đơn vị máu tiếp nhận", "Tổ chức cơ sở Đoàn": a noun longer than the verb
    "tổ chức") or names none stays whole."""
    words = list(WORD.finditer(label))
    said = [w.group() for w in words]
    keys = [key(w) for w in said]
    if not keys:
        return label
    noun, skip, size = lookup_noun(keys, said)
    own = skip + size if noun is not None else 0
    verbs = cue_union(*_LABEL_VERB_KINDS)
    for n in range(min(4, len(keys) - 1), 0, -1):
        if n >= own and " ".join(keys[:n]) in verbs and lookup_noun(keys[n:], said[n:])[0] is not None:
            return label[words[n].start() :]
    return label


def scaled(value: int | Decimal, scale: int) -> int | Decimal:
    if scale == 1:
        return value
    out = Decimal(value) * scale
    return int(out) if out == out.to_integral_value() else out
