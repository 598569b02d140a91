"""Figure extraction: every figure of spec §2 with its unit, category, qualifier and provenance.

Works on the `Segmented` report from the structure stage: the body (less the header, signature and
recipients zones; the headline counts) and each footnote text. For each quantity the number parser
finds and does not tag as a non-figure, it bounds the measure phrase, decides the category, applies
the figure-level exclusions (instructions, durations, "1 trong 28"), and attributes the unit.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from itertools import pairwise

import regex

from reportextract.figures.attribution import NATIONAL, Attribution, Attributor, unit_of_name
from reportextract.figures.checks import find_checks
from reportextract.figures.context import (
    TextContext,
    contains_phrase,
    ends_with_phrase,
    indexed,
    reach,
    span_quantities,
    words_after,
    words_before,
)
from reportextract.figures.lexicon import (
    WORD,
    cue_probes,
    cue_set,
    cue_union,
    cue_words_re,
    key,
    lookup_head,
    lookup_noun,
)
from reportextract.figures.measure import (
    MeasurePhrase,
    by_role,
    categorise,
    is_session_length,
    is_time_noun,
    measure_after,
)
from reportextract.figures.tables import Table, cell_info, find_tables, in_note_cell, scaled
from reportextract.model import Figure, Footnote, Report, Section, Segmented
from reportextract.numbers import Quantity, find_quantities
from reportextract.numbers.quantities import place_in_bracket
from reportextract.units import document_texts, lookup

#: "19 và 17 đoàn viên", "3 hoặc 4 buổi": a number joined to the next one, its noun said once after it
_PAIRED_NUMBER = regex.compile(r"[ \t]+(?:và|hoặc|hay)[ \t]+\d")
_SKIP_ZONES = frozenset({"header", "signature", "recipients"})
_UNIT_NOUNS = frozenset(
    {
        "xã",
        "phường",
        "tỉnh",
        "huyện",
        "đơn vị",
        "cơ sở",
        "chi đoàn",
        "trường",
        "thôn",
        "tổ",
        "đội",
        "địa phương",
        "đoàn",
        "đoàn cơ sở",
        "tỉnh đoàn",
        "huyện đoàn",
        "liên đội",
        "chi đội",
    }
)
#: compounds whose first word is one of `_UNIT_NOUNS` but that name no unit: "mỗi trường hợp được 2
#: triệu đồng" (a case, not a school), "mỗi đơn vị máu" (a unit of blood), "đội ngũ" (staff)
_NOT_UNIT_COMPOUNDS = frozenset(
    {
        "trường hợp",
        "đơn vị máu",
        "cơ sở vật chất",
        "cơ sở dữ liệu",
        "đội ngũ",
        "đoàn kết",
        "xã hội",
        "tổ quốc",
        "tỉnh táo",
    }
)


def find_figures(seg: Segmented) -> list[Figure]:
    """All figures of the report, body first (in order), then footnotes (in order)."""
    # the words of the body and of each footnote are read once, for this call only (context.indexed);
    # the units they name too, and a list's short names are read by the names of the whole report
    # (units.document_texts)
    texts = (seg.report.body, *(note.text for note in seg.report.footnotes))
    with indexed(*texts), document_texts(*texts):
        return _find_figures(seg)


def _find_figures(seg: Segmented) -> list[Figure]:
    report = seg.report
    scope = seg.hint_scope or report.metadata.scope
    body_ctx = TextContext.build(report.body)
    national = scope in (None, NATIONAL)
    body_attr = Attributor(
        report.body, body_ctx, national_scope=national, own=scope, headline_end=_headline_end(report)
    )
    skip = [(z.start, z.end) for z in seg.zones if z.kind in _SKIP_ZONES]
    figures: list[Figure] = []
    tables = find_tables(report.body)
    innermost = _SectionFinder(report.sections)
    for q in _candidates(report.body, skip, body_attr):
        table = next((t for t in tables if t.start <= q.start < t.end), None)
        if table is not None and not in_note_cell(report.body, table, q.start):
            fig = _table_figure(q, report.body, table, scope)
        else:
            fig = _figure(q, report.body, body_ctx, body_attr, "body", None)
        if fig is None:
            continue
        sec = innermost(q.start)
        if fig.unit_rule is None:
            _fallback_unit(fig, sec, scope)
        fig.section = sec.number if sec else None
        fig.page = seg.page_at(q.start)
        figures.append(fig)
    for note in report.footnotes:
        figures.extend(_footnote_figures(note, report, body_attr, scope, figures))
    _complete_own_province(figures, scope)
    report.checks = find_checks(report, figures)
    return figures


#: the longest first line read as a site label over the headline (`_headline_end`)
_SITE_LABEL_MAX = 40


def _headline_end(report: Report) -> int:
    """Where the headline ends when the body opens with it (its first line holds the title, maybe
    after a label glued to it, or a short site label stands on the line above it: "Tài chính -
    Thuế" over "Nghệ An: …"); 0 when it does not."""
    title = report.metadata.title
    if not title:
        return 0
    body = report.body
    end = body.find("\n")
    end = len(body) if end < 0 else end
    if body.find(title, 0, end) >= 0:
        return end
    if end > _SITE_LABEL_MAX:
        return 0
    start = len(body) - len(body[end:].lstrip())  # the line after the label's
    if not body.startswith(title, start):
        return 0
    stop = body.find("\n", start)
    return len(body) if stop < 0 else stop


#: a provincial body named with a bare level word at its end ("Đoàn Khối các cơ quan và doanh
#: nghiệp tỉnh"): the unit finder leaves its province out (see ``units.gazetteer._khoi``)
_OWN_PROVINCE_BODY = regex.compile(r"^Đoàn Khối .+ (?:tỉnh|thành phố)$")


def _complete_own_province(figures: list[Figure], scope: str | None) -> None:
    """A body named "… tỉnh" without its province is the body of the report's own province: the
    scope when it is a province, else the province the scope lies in; left as written when the
    report has no province (a national report)."""
    if not scope or scope == NATIONAL:
        return
    province: str | None = None
    province_2025: str | None = None
    for fig in figures:
        unit = fig.unit
        if unit is None or not unit.endswith(("tỉnh", "thành phố")) or not _OWN_PROVINCE_BODY.match(unit):
            continue
        if province is None:
            m = lookup(scope)
            if m is None:
                return
            # the province as the report names it (a 2024 report of Thái Bình: Thái Bình, now in Hưng Yên)
            province = m.canonical if m.level == "province" else (m.province or m.province_2025)
            province_2025 = m.province_2025 or province
            if province is None:
                return
        fig.unit = f"{fig.unit} {province}"
        fig.province_2025 = province_2025


def _candidates(text: str, skip: list[tuple[int, int]], attr: Attributor) -> Iterable[Quantity]:
    for q in find_quantities(text, low=attr.ctx.low if attr.ctx.text is text else None):
        if q.nonfigure is not None and not (
            q.nonfigure == "name"
            and (
                _unit_item(q, text, attr)
                or _per_item_count(q, text)
                or _given_to_own_branch(q, text)
                or _counted_after_level(q, text)
            )
        ):
            continue
        start = q.start
        for s, e in skip:
            if s <= start < e:
                break
        else:
            yield q


#: "mỗi <noun>" right before a number ("mỗi lớp 160 học viên"), the noun one word
_EACH_NOUN_BEFORE = regex.compile(r"(?i)\b(?:mỗi|từng)[ \t]+\p{L}+[ \t]+$")


def _per_item_count(q: Quantity, text: str) -> bool:
    """A number the parser read as a name after its noun ("lớp 12") is an amount per item when
    "mỗi" opens the noun and a counted noun of the lexicon follows ("…, mỗi lớp 160 học viên"):
    an amount per item in a result is a figure (spec §2.1); whether it is an instruction is
    decided after (`_is_instruction`)."""
    near = max(0, q.start - 16)
    if text.find("ỗi", near, q.start) < 0 and text.find("ừng", near, q.start) < 0:
        return False  # a cheap first test: no "mỗi"/"từng" right before
    if _EACH_NOUN_BEFORE.search(text, max(0, q.start - 24), q.start) is None:
        return False
    return measure_after(text, q.end, min(len(text), q.end + reach(4))).head is not None


#: "Đoàn <kind of unit>" with no name right before a number: the branch of a unit the text is about
_OWN_BRANCH_BEFORE = regex.compile(r"\bĐoàn[ \t]+(?:phường|xã|thị trấn|trường|huyện)[ \t]+$")
#: the categories of things handed over
_HANDED = frozenset({"items", "works", "money"})


def _given_to_own_branch(q: Quantity, text: str) -> bool:
    """A number the parser read as a ward's or commune's number ("phường 2") right after "Đoàn
    phường", "Đoàn xã" … with no name, after a verb of giving (cue kind "give"), and before a
    counted noun of things ("Thành đoàn trao tặng Đoàn phường 2 tủ sách pháp luật"): the branch
    is the text's own unit, named without its name, and the number counts the things it is given
    (spec §2.1). "Đoàn phường 2 tổ chức …" (no verb of giving before) stays a name. The cheap
    first test: "Đoàn " among the characters right before the number."""
    near = max(0, q.start - 20)
    if text.find("Đoàn ", near, q.start) < 0:
        return False
    m = _OWN_BRANCH_BEFORE.search(text, near, q.start)
    if m is None or not ends_with_phrase(words_before(text, m.start(), 3), cue_set("give")):
        return False
    head = measure_after(text, q.end, min(len(text), q.end + reach(4))).head
    return head is not None and head.category in _HANDED


#: a level word of a numbered place, team or army unit right before a number ("phường 27", "các tổ
#: 20", "Lữ đoàn 5"): the number may be the unit's own name ("Tổ 5", "khu phố 3", "Lữ đoàn 414") or a
#: count (`_counted_after_level`)
_NUMBERED_LEVEL_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}\p{M}])"
    r"(?:phường|tổ|thôn|ấp|khóm|xóm|khu[ \t]+phố|khối[ \t]+phố|tổ[ \t]+dân[ \t]+phố"
    r"|(?:lữ|trung|sư|tiểu)[ \t]+đoàn|đại[ \t]+đội)[ \t]+$"
)
#: the verb "tổ chức" (to organise): a numbered unit that acts ("Đoàn phường 2 tổ chức …"), no count
_ORGANISE_VERB = "tổ chức"


def _counted_after_level(q: Quantity, text: str) -> bool:
    """A number the parser read as the name of a numbered place or team ("phường 27", "tổ 20") is a
    count when a counted noun of the measure lexicon follows it, lower-case, that counts no place
    ("báo cho Công an phường 27 vụ việc", "tặng Đoàn Thanh niên Lữ đoàn 5 máy dò"): a level word
    followed by a number is a name only when the number counts nothing (spec §2.1 "Tổ 5"; "Lữ đoàn
    414 dò tìm bom mìn" keeps its name); the number parser's own test knows the commoner counted
    nouns only. A plural ("trang bị cho các tổ 20 đèn pin") the parser counts itself
    (``_plural_bodies``): such a number never comes here. "thôn 5 xã A", "Tổ 3 khu phố 2" (a
    place follows), "Tổ 5 Khu phố …" (a name goes on) and "phường 2 tổ chức …" (a verb) stay names.
    The cheap first test: a space, then a lower-case letter after the number."""
    after = text[q.end : q.end + 2]
    if len(after) < 2 or after[0] not in " \t" or not after[1].islower():
        return False
    if _NUMBERED_LEVEL_BEFORE.search(text, max(0, q.start - 16), q.start) is None:
        return False
    head = measure_after(text, q.end, min(len(text), q.end + reach(4))).head
    return head is not None and head.category != "coverage" and head.noun != _ORGANISE_VERB


def _unit_item(q: Quantity, text: str, attr: Attributor) -> bool:
    """A number the parser read as part of a name ("xã Bảo Lâm 2") is a unit's figure when the
    name is a unit the gazetteer knows and a counted noun follows ("trao tặng tỉnh Điện Biên 10
    "Nhà đồng đội"") or the list of units with their numbers goes on ("Nghệ An 12, Quảng Trị 9")."""
    unit = attr.enumeration(q.start)
    if unit is None:
        return False
    if attr.next_item(q.end) is not None:
        return True
    if text.startswith("(", q.end + 1) and place_in_bracket(text, q.end):
        return False  # "Đoàn xã A 2 (thành phố B) …": the bracket says where the named place is
    _, cend = attr.ctx.clause(q.start)
    if measure_after(text, q.end, cend if cend > q.end else len(text)).head is not None:
        return True
    return _last_list_item(q, text, attr, unit.start)


#: the end of a list right after its last number: a closing bracket, ".", ";" or the line's end
_LIST_END_AFTER = regex.compile(r"[ \t]*(?:[).;]|$)", regex.MULTILINE)
#: the previous item's number (group 1) and its separator, right before the last item's unit
_PREVIOUS_ITEM_BEFORE = regex.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)*)(?:[ \t]+\p{Ll}+){0,2}?"
    r"[ \t]*(?:(?:[,;][ \t]*)(?:và[ \t]+)?|[ \t]+và[ \t]+)$"
)


def _last_list_item(q: Quantity, text: str, attr: Attributor, unit_start: int) -> bool:
    """The last item of a list of units with their numbers, where the list ends ("(phường A 38,
    phường B 31, đặc khu C 27)", "…: xã A 12 và xã B 9."): its number is that unit's count like the
    items before it (spec §2.3), not part of the name, although no counted noun follows it. It
    holds when the list ends right after the number (`_LIST_END_AFTER`) and the item before is a
    unit with its own number whose next item is this one (`Attributor.next_item`); a lone name with
    a number ("(bản Mường Lống 2)") stays a name. The cheap first test: the list's end after."""
    if _LIST_END_AFTER.match(text, q.end, min(len(text), q.end + 4)) is None:
        return False
    m = _PREVIOUS_ITEM_BEFORE.search(text, max(0, unit_start - 40), unit_start)
    if m is None:
        return False
    nxt = attr.next_item(m.end(1))
    return nxt is not None and nxt[1] == q.start


def _footnote_figures(
    note: Footnote, report: Report, body_attr: Attributor, scope: str | None, body_figures: list[Figure]
) -> list[Figure]:
    ctx = TextContext.build(note.text)
    attr = Attributor(note.text, ctx, national_scope=body_attr.national_scope)
    anchor_attr = _anchor_unit(note, body_attr)
    # the people the anchor's sentence counts: a breakdown footnote ("Trong đó: … 8.120 người")
    # counts the same kind of people
    anchored = _anchor_sentence_figures(note, body_attr.ctx, body_figures)
    people = _anchor_people_category(anchored)
    # the nouns the anchor's sentence counts: a bare noun of the breakdown ("412 đơn vị" under
    # "1.486 đơn vị máu¹") repeats one of them
    # the figure the marker ends: read here when no breakdown sentence is anchored, else for a bare
    # counter only
    counted = None if anchored else _marked_figure(note, body_attr.ctx, body_figures)
    marked = anchored or _marked_noun_figure(note, body_attr.ctx, counted or [])
    outer = tuple(key(f.measure) for f in reversed(marked))
    out: list[Figure] = []
    for q in _candidates(note.text, [], attr):
        fig = _figure(q, note.text, ctx, attr, "footnote", note.id, outer)
        if fig is None:
            continue
        if people and fig.category in ("participants", "beneficiaries"):
            fig.category = people
        elif anchored and q.kind == "number" and not fig.measure:
            # "…, trong đó 126 sinh viên đã được kết nạp⁹" / "⁹ Trong đó: Khoa A 38, Khoa B 31": a
            # bare number of a breakdown counts what the figure the marker ends counts
            fig.category = anchored[-1].category
        elif fig.category == "other" and key(fig.measure) in _BARE_COUNTERS:
            if counted is None:
                counted = _marked_figure(note, body_attr.ctx, body_figures)
            _counter_category(fig, counted)
        elif fig.category in _PEOPLE_CATEGORIES and key(fig.measure) in _BARE_PEOPLE:
            if counted is None:
                counted = _marked_figure(note, body_attr.ctx, body_figures)
            _bare_people_category(fig, counted, note, body_attr.ctx)
        if fig.unit_rule is None:
            if anchor_attr is not None and anchor_attr.unit is not None:
                _set_unit(fig, anchor_attr, "footnote")
            else:
                _fallback_unit(fig, None, scope)
        if fig.kind != "number" and note.offset:
            _anchor_items_owner(fig, q, note, ctx, attr, body_attr.ctx, body_figures, out)
        if note.offset is not None:
            fig.section = _section_at(report.sections, note.offset)
        fig.page = note.page
        out.append(fig)
    if anchor_attr is not None and anchor_attr.unit is not None:
        _anchor_named_later(out, note.text, anchor_attr.unit, scope)
    return out


#: a clause or sentence boundary in a footnote ("…; Đoàn xã A đóng góp …", "…. Đoàn xã A …")
_PART_BOUNDARY = regex.compile(r"[;.](?=\s)")
_PEOPLE_CATEGORIES = frozenset({"participants", "beneficiaries"})


def _anchor_named_later(figs: list[Figure], text: str, anchor_unit: str, scope: str | None) -> None:
    """A footnote hung on a partner that names the partner again, after a clause boundary, as the
    subject of its own share ("⁷ Lắp 110 bóng đèn, Chi đoàn đồn đóng góp 72 triệu đồng; Đoàn xã A
    đóng góp 240 ngày công" on "Đoàn xã A⁷"): the figures before that clause that the footnote gives
    no unit of its own (they took the anchor's) are the other side's, the page's own body (the
    scope; spec §2.3), not the partner's. Cheap first test: a figure that took the anchor's unit and
    a later one the footnote's text gives the anchor's unit by its subject."""
    named = [g for g in figs if g.unit == anchor_unit and g.unit_rule == "subject" and g.unit_text]
    if not named or not any(f.unit_rule == "footnote" for f in figs):
        return
    for fig in figs:
        if fig.unit_rule != "footnote":
            continue
        for g in named:
            if g.span[0] <= fig.span[1]:
                continue
            # the partner's name opens a part of its own after this figure's part
            bounds = list(_PART_BOUNDARY.finditer(text, fig.span[1], g.span[0]))
            bound = bounds[-1] if bounds else None
            if bound is not None and text.find(g.unit_text or "", bound.end(), g.span[0]) >= 0:
                fig.unit = fig.unit_text = fig.unit_level = fig.province_2025 = fig.unit_rule = None
                _fallback_unit(fig, None, scope)
                break


def _anchor_items_owner(
    fig: Figure,
    q: Quantity,
    note: Footnote,
    ctx: TextContext,
    attr: Attributor,
    body_ctx: TextContext,
    body_figures: list[Figure],
    earlier: list[Figure],
) -> None:
    """The amount of each item in a footnote ("…; mỗi căn trị giá 70 triệu đồng") when the footnote
    counts no things before it in its sentence (only people: "huy động 60 đoàn viên"): the items are
    those the anchor's sentence counts ("Tỉnh đoàn B¹⁰ hỗ trợ xây dựng 4 nhà cho hộ nghèo xã A"), and
    the amount of each goes to whoever those items went to, their recipient (spec §2.3, a gift's
    per-item amount is the recipient's). Cheap first test: "mỗi <noun>" right before the number."""
    lead = attr.per_item_lead(q.start)
    if lead is None:
        return
    sstart, _ = ctx.sentence(lead)
    if any(sstart <= f.span[0] < lead and f.category not in _PEOPLE_CATEGORIES for f in earlier):
        return  # the footnote counts the things itself ("trao 2 căn, mỗi căn …")
    offset = note.offset or 0
    body = body_ctx.text
    bstart, bend = body_ctx.sentence(offset - 1)
    lo = max(bstart, body.rfind(";", bstart, offset) + 1)
    hi = body.find(";", offset, bend)
    hi = bend if hi < 0 else hi
    items = [
        f
        for f in body_figures
        if lo <= f.span[0] < hi
        and f.where == "body"
        and f.kind == "number"
        and f.unit is not None
        and f.category not in _PEOPLE_CATEGORIES
    ]
    if not items:
        return
    owner = items[-1]
    fig.unit, fig.unit_text, fig.unit_level = owner.unit, owner.unit_text, owner.unit_level
    fig.province_2025, fig.unit_rule = owner.province_2025, "item"


#: counters said without their noun ("với 3.240 lượt"): in a footnote they count what the figure
#: the marker ends counts ("126.300 lượt thiếu nhi tham gia³")
_BARE_COUNTERS = frozenset({"lượt"})


def _marked_figure(note: Footnote, body_ctx: TextContext, body_figures: list[Figure]) -> list[Figure]:
    """The last body figure before the footnote's marker in the sentence the marker stands in (the
    figure the marker ends: "… thu hút 126.300 lượt thiếu nhi tham gia³"), as a list of none or one."""
    if note.offset is None or not note.offset:
        return []
    start, _ = body_ctx.sentence(note.offset - 1)
    before = [f for f in body_figures if f.where == "body" and start <= f.span[0] < note.offset]
    return before[-1:]


def _counter_category(fig: Figure, counted: list[Figure]) -> None:
    """A bare counter in a footnote ("Liên đội A với 3.240 lượt", "Chi đoàn thôn B 5 lớp, 210
    lượt") counts what the figure the marker ends counts when that figure is the same counter of
    people ("126.300 lượt thiếu nhi tham gia", "620 lượt người dân"): it takes that figure's
    category (spec §2.4: the noun of the breakdown is the anchor's noun, said once)."""
    if not counted:
        return
    anchor = counted[0]
    words = key(anchor.measure).split()
    if (
        len(words) > 1
        and words[0] == key(fig.measure)
        and anchor.category in ("participants", "beneficiaries")
    ):
        fig.category = anchor.category


#: the bare noun of people a footnote's breakdown writes for the anchor's people ("Công ty A 364 người")
_BARE_PEOPLE = frozenset({"người"})


def _bare_people_category(fig: Figure, counted: list[Figure], note: Footnote, body_ctx: TextContext) -> None:
    """A bare "người" in a footnote whose marker is hung right on a counted noun of people
    ("bồi dưỡng tay nghề cho 1.152 công nhân trẻ⁴" / "⁴ Công ty A 364 người, Công ty B 298 người")
    counts the same people as that figure: it takes its category (spec §2.4: the noun of a
    breakdown is the anchor's noun, said once), as a breakdown opened by "Trong đó" does
    (`_anchor_people_category`). Not when the marker ends something else than the noun ("… cho
    1.152 công nhân trẻ tham gia hội thi⁴": the note may be about the contest)."""
    if not counted or note.offset is None:
        return
    anchor = counted[0]
    if anchor.category not in _PEOPLE_CATEGORIES or not anchor.measure:
        return
    written = body_ctx.text[anchor.span[0] : note.offset].rstrip().lower()
    if written.endswith(anchor.measure.lower()):
        fig.category = anchor.category


def _anchor_people_category(anchored: list[Figure]) -> str | None:
    """The category of the last people figure of the sentence the breakdown footnote's marker
    ends (`anchored`): people who take part or are served, or people honoured ("5 sinh viên cấp
    Trung ương²" after "đạt danh hiệu": `other`, a noun of people of the lexicon)."""
    for f in reversed(anchored):
        if f.category in ("participants", "beneficiaries"):
            return f.category
        if f.category == "other" and f.measure and "%" not in f.text:
            head, _, _ = lookup_noun(key(f.measure).split())
            if head is not None and head.role is not None:
                return f.category
    return None


def _anchor_sentence_figures(
    note: Footnote, body_ctx: TextContext, body_figures: list[Figure]
) -> list[Figure]:
    """The body figures before the marker of a breakdown footnote ("Trong đó: …"), in the sentence
    the marker ends (its sentence as the body's context splits it: the dot of "24.310" does not
    end it); none for another footnote."""
    if note.offset is None or not note.offset or not _BREAKDOWN_START.match(note.text):
        return []
    start, _ = body_ctx.sentence(note.offset - 1)
    return [f for f in body_figures if start <= f.span[0] < note.offset]


def _marked_noun_figure(note: Footnote, body_ctx: TextContext, marked: list[Figure]) -> list[Figure]:
    """`marked`, the figure the marker ends (`_marked_figure`), when the marker is hung right on its counted
    noun ("tiếp nhận 5.126 đơn vị máu⁴"), as a list of none or one. A note hung there breaks that
    figure down even with no "Trong đó:" ("⁴ Bệnh viện A 1.240 đơn vị, Bệnh viện B 1.105 đơn vị"):
    its bare nouns repeat the figure's noun (`elliptic_head`, spec §2.4: "đơn vị máu" items, not
    "đơn vị" coverage). Not for a figure of people: a bare counter of people in a note is read by
    `_counter_category`, and who a note's bare "người" are by `_anchor_people_category`."""
    if not marked or not marked[0].measure or marked[0].category in ("participants", "beneficiaries"):
        return []
    fig = marked[0]
    written = body_ctx.text[fig.span[0] : note.offset].rstrip().lower()
    return marked if written.endswith(fig.measure.lower()) else []


_BREAKDOWN_START = regex.compile(r"\s*(trong đó|gồm|bao gồm|cụ thể)\b", regex.IGNORECASE)


def _anchor_unit(note: Footnote, body_attr: Attributor) -> Attribution | None:
    return body_attr.anchor_unit(note.anchor, note.offset)


def _figure(
    q: Quantity,
    text: str,
    ctx: TextContext,
    attr: Attributor,
    where: str,
    footnote: str | None,
    outer: tuple[str, ...] = (),
) -> Figure | None:
    cstart, cend = ctx.clause(q.start)
    # "1 trong 28 tập thể": only the 28 is a figure; an amount with a unit or scale ranks among
    # nothing ("2,4 tỷ đồng trong 4 năm")
    if q.unit is None and q.scale is None and _one_of(text, q.end, cend, ctx):
        return None
    if _in_programme_name(text, q, cstart) or _floor_of_every_unit(text, q, cstart):
        return None
    phrase_start = q.end
    if (
        q.range_role == "low"
        or text.startswith("/", q.end)
        or (q.kind == "number" and _PAIRED_NUMBER.match(text, q.end))
    ):
        # the low end of a range, the numerator of a ratio, or the first of two numbers of one
        # noun ("với 19 và 17 đoàn viên") shares the next number's measure
        phrase_start = _shared_measure_start(text, q.end)
    phrase = measure_after(text, phrase_start, cend if cend > phrase_start else len(text))
    phrase = _list_measure(text, q, phrase, attr, cend) or phrase
    if q.kind == "number" and is_time_noun(phrase, text, phrase_start):
        return None
    qual_start = q.qualifier_span[0] if q.qualifier_span else q.start
    if q.kind == "number" and is_session_length(phrase, text, qual_start, cstart):
        return None
    if q.kind == "number" and _times_per_period(text, qual_start, q.end):
        return None
    bound = q.qualifier_span if q.qualifier in _BOUND_QUALIFIERS and q.range_role is None else None
    # "từ 2 đến 4": a range's ends, not a bound; "dưới", "không ít hơn": no bound of `_BOUNDS`
    if (
        bound is not None
        and text[bound[0] : bound[1]].lower().startswith(_BOUNDS)
        and (_bound_for_each_after(text, q, cend) or _each_made_of_people(text, qual_start, phrase, cstart))
    ):
        return None
    if _exchange_rate(text, q, cstart, cend, ctx):
        return None
    if _is_instruction(
        text,
        qual_start,
        cstart,
        ctx,
        per_item=q.kind in ("measure", "money"),
        ranged=q.range_role is not None,
    ):
        return None
    # where the words that decide the category stand: before this number, or before the count
    # that a list in brackets breaks down
    cat_at, cat_clause = qual_start, cstart
    if q.start > 1 and text[q.start - 1] == "/" and text[q.start - 2].isdigit():
        # the denominator of "kết nạp 30/35 học sinh": the verb before the ratio is its verb too
        cat_at = _numerator_start(text, q.start - 1, cstart)
    if q.kind == "number" and not phrase.text:
        counted = _bracket_count(text, q.start, attr, ctx)
        if counted is not None:
            phrase, cat_at = counted
            cat_clause, _ = ctx.clause(cat_at)
    category = categorise(
        text,
        q.kind,
        phrase,
        q.start,
        cat_clause,
        cat_at,
        lambda: _list_intro_words(text, ctx, q.start),
        outer,
    )
    qualifier = q.qualifier
    if qualifier == "more_than" and (
        _tren_means_across(text, q, phrase, cstart)
        or _exceeds_share(text, q)
        or _tren_means_on(text, q, cstart)
    ):
        qualifier = None
    measure = phrase.text
    if q.kind == "money":
        measure = _money_measure(q)
    elif q.kind == "measure" and q.unit and not measure.startswith(q.unit):
        measure = (q.text[len(_digits_prefix(q.text)) :].strip() + (" " + measure if measure else "")).strip()
    fig = Figure(
        value=q.value,
        unit=None,
        category=category,
        qualifier=qualifier,
        measure=measure,
        text=q.text,
        span=(q.start, q.end),
        where="footnote" if where == "footnote" else "body",
        footnote=footnote,
        kind=q.kind,
        range_role=q.range_role,
        note=q.note,
    )
    found = attr.resolve(qual_start, q.end)
    if found is not None and found.unit is not None:
        _set_unit(fig, found, found.rule)
    return fig


def _exceeds_share(text: str, q: Quantity) -> bool:
    """ "đạt và vượt 6/7 chỉ tiêu": "vượt" before the numerator of a ratio is the verb "exceed" (6
    of the 7 targets were exceeded), and the count of a ratio is exact: no `more_than` (spec §2.5:
    a qualifier says the number is not exact; the ratio "N/M" says it is). "vượt 15% chỉ tiêu"
    and "vượt 2 tỷ đồng" keep it. The first test is cheap: a "/" and a digit right after the number."""
    ratio = text.startswith("/", q.end) and text[q.end + 1 : q.end + 2].isdigit()
    if not ratio or q.qualifier_span is None:
        return False
    start, end = q.qualifier_span
    return text[start:end].lower() == "vượt"


def _numerator_start(text: str, slash: int, floor: int) -> int:
    """Start of the numerator that ends at the "/" at `slash` (its digits, "." and ",")."""
    i = slash
    while i > floor and (text[i - 1].isdigit() or text[i - 1] in ".,"):
        i -= 1
    return i


#: numbers read on at most for the noun that a run of ratios and paired numbers shares
_SHARED_HOPS = 4


def _shared_measure_start(text: str, end: int) -> int:
    """Where the measure starts for a number that shares the noun of the numbers after it (the
    numerator of a ratio, the first of "19 và 17 đoàn viên", the low end of a range): after the next
    number, and on past the numbers that share it too, so that "lần lượt 18/20 và 25/27 đoàn viên"
    gives all four numbers "đoàn viên" (spec §2.6), not "và" or "/27". Reads at most 30 characters
    per hop and `_SHARED_HOPS` hops."""
    pos = end
    for _ in range(_SHARED_HOPS):
        later = next(iter(span_quantities(text[pos : min(len(text), pos + 30)])), None)
        if later is None:
            break
        pos += later.end
        # a cheap first test: only "/" or a linking word after the number reads on
        if not (text.startswith("/", pos) or _PAIRED_NUMBER.match(text, pos)):
            break
    return pos


def _list_measure(
    text: str, q: Quantity, phrase: MeasurePhrase, attr: Attributor, clause_end: int
) -> MeasurePhrase | None:
    """In a list of units with their numbers that names the counted noun once, after the last
    number ("Hồ Chí Minh 6.800, Nghệ An 3.200, Hà Tĩnh 1.740 tình nguyện viên"), the earlier
    numbers count the same noun. An item's own noun stands when the lexicon knows it and it stays
    within the item ("Hưng Yên 161 đội hình, Nghệ An 300 đội hình"); a short word of its own that
    the last noun begins with ("985 lượt, …, 1.102 lượt đoàn viên") takes the last noun."""
    first = attr.next_item(q.end)
    if first is None or attr.enumeration(q.start) is None:
        return None
    own_end = first[0]
    if phrase.head is not None and phrase.end <= own_end:
        return None
    end = attr.list_end(first[2])
    last = measure_after(text, end, clause_end if clause_end > end else len(text))
    own = text[phrase.start : own_end].strip().lower()
    if last.head is None or not last.text[:1].isalpha() or (own and not last.text.startswith(own)):
        # no noun right after the last number, or another one: the item keeps its own words, which
        # end where the next item starts
        return phrase if phrase.end <= own_end else MeasurePhrase("", q.end, q.end, None, None)
    return last


def _bracket_count(
    text: str, pos: int, attr: Attributor, ctx: TextContext
) -> tuple[MeasurePhrase, int] | None:
    """For a number with no noun that is an item of a list in brackets ("huy động 48.600 lượt đoàn
    viên, thanh niên (Huế 9.800, Đà Nẵng 12.400, …)"): the measure phrase of the count the bracket
    follows, and where that count starts (its words decide the category). None when the number
    is not such an item or no count ends right at the bracket. Remembered per bracket."""
    unit = attr.enumeration(pos)
    if unit is None:
        return None
    cstart, _ = ctx.clause(pos)
    open_at = attr.bracket_open(unit.start, cstart)
    if open_at is None:
        return None
    if open_at not in attr.bracket_counts:
        attr.bracket_counts[open_at] = _count_before(text, open_at)
    return attr.bracket_counts[open_at]


#: how far before a bracket the count it breaks down may start
_BRACKET_REACH = 120


def _count_before(text: str, open_at: int) -> tuple[MeasurePhrase, int] | None:
    """The last number before the bracket at `open_at`, when its measure phrase (with a lexicon
    noun) ends right at the bracket: the phrase and where the number (with its qualifier) starts."""
    start = max(0, open_at - _BRACKET_REACH)
    found = span_quantities(text[start:open_at])
    if not found or found[-1].kind != "number":
        return None
    q = found[-1]
    phrase = measure_after(text, start + q.end, open_at)
    if phrase.head is None or text[phrase.end : open_at].strip():
        return None
    return phrase, start + (q.qualifier_span[0] if q.qualifier_span else q.start)


#: how far back (characters) a programme's name is read before a number, and the most lower-case
#: words between its head and the number
_PROGRAMME_REACH = 48
_PROGRAMME_GAP_WORDS = 3


def _in_programme_name(text: str, q: Quantity, clause_start: int) -> bool:
    """ "hưởng ứng Chương trình trồng 1 tỷ cây xanh", "tham gia Cuộc vận động 1 triệu sáng kiến": a
    round slogan number (a count with a scale word, "1 tỷ", "1 triệu") right after the capitalised
    head of a programme's name (cue kind "programme") that a lower-case word stands before (mid-
    sentence, so a name, not a subject: "Chương trình trao 500 suất quà" at a sentence start
    counts), with only spaces and at most `_PROGRAMME_GAP_WORDS` lower-case words between that are
    the name's verb (cue kinds "collect", "build": "trồng", "xây"), is part of the name (spec §2.1
    numbers inside names). "trong Chiến dịch đạt 38,6 tỷ đồng" (money, and "đạt" is the
    sentence's verb) and "tham gia Chiến dịch tại 130 xã" (no scale word) are figures. The cheap
    first tests: a count with a scale word, and an upper-case letter among the characters before."""
    if q.kind != "number" or q.scale is None:
        return False
    start = q.start
    floor = max(clause_start, start - _PROGRAMME_REACH)
    stretch = text[floor:start]
    if stretch == stretch.lower():
        return False
    words = list(WORD.finditer(stretch))
    heads = cue_set("programme")
    for i in range(len(words) - 1, 0, -1):
        word = words[i].group()
        if not word[:1].isupper():
            continue
        for n in (1, 2, 3):
            said = key(" ".join(w.group() for w in words[i : i + n]))
            if said not in heads:
                continue
            gap = words[i + n :]
            parts = words[i - 1 : i + n] + gap
            spaced = all(not stretch[a.end() : b.start()].strip() for a, b in pairwise(parts))
            trail = stretch[words[-1].end() :] if words else ""
            verbs = cue_union("collect", "build")
            return (
                len(gap) <= _PROGRAMME_GAP_WORDS
                and all(w.group()[:1].islower() for w in gap)
                and (not gap or key(" ".join(w.group() for w in gap)) in verbs)
                and words[i - 1].group()[:1].islower()
                and spaced
                and not trail.strip()
            )
        return False  # the last capitalised word heads no programme's name
    return False


#: "100%" and a noun of units or people before the floor of a per-unit target
#: a share of units right before the words up to a number: "100% <units> ", "38/42 <units> "
#: the share and the units it counts, which may be a list of short unit nouns ("100% xã, phường,
#: đặc khu có …"): group 1 holds the text from the first noun to the number
_EVERY_UNIT = regex.compile(
    r"(?:(?<![\d.,])\d+(?:[.,]\d+)?[ \t]*%|(?<![\d.,])\d+/\d+)[ \t]+"
    r"((?:[^\d,;:.!?()\n]+,[ \t]*)*[^\d,;:.!?()\n]*)$"
)
#: the most words of a noun between commas in a list of units after a share ("xã, phường, đặc khu")
_LISTED_UNIT_WORDS = 3
#: the floors ("ít nhất", "tối thiểu"); a tuple, for ``startswith``
_FLOOR_WORDS = ("ít nhất", "tối thiểu")
#: "có" right before a number: what a unit has ("… đã có 1 …")
_HAS_BEFORE = regex.compile(r"\bcó[ \t]+$")
#: "và" right before a floor: the floor opens a second conjunct of its own
_AND_BEFORE = regex.compile(r"\bvà[ \t]+$")


def _floor_of_every_unit(text: str, q: Quantity, clause_start: int) -> bool:
    """ "phấn đấu 100% cơ sở Đoàn có ít nhất 1 công trình thanh niên", "38/42 tổ dân phố đã có
    ít nhất 1 người được cấp chứng nhận", "100% chi đoàn có 1 tủ sách": a floor ("ít nhất",
    "tối thiểu"), or a 1 right after "có", after a share of units ("100% <units>", "38/42
    <units>") in the same clause, with no other number between, is what each of the units has or
    is to have, like "mỗi cơ sở Đoàn có ít nhất 1 công trình" (spec §2.1: a condition on each
    counted unit is no quantity); the share stays a figure. The subject after the share is a noun
    of units or people of the lexicon, or a list of them ("100% xã, phường, đặc khu có ít nhất 1
    mô hình": the first read, the others short; the first item is then the noun alone, as a comma after
    "100% đoàn viên tham gia" ends a clause). A floor on a share right after "và" ("100% liên đội tổ
    chức lớp và ít nhất 85% đội viên hoàn thành") opens a second share of its own and is a figure.
    The cheap first test: a floor qualifier or "có 1", then a "%" or "/" among the characters
    before it."""
    if q.qualifier == "at_least" and q.qualifier_span:
        qs = q.qualifier_span[0]
        if key(text[qs : q.qualifier_span[1]]) not in _FLOOR_WORDS:
            return False
    elif q.qualifier is None and q.value == 1 and q.kind == "number":
        qs = q.start
        if not _HAS_BEFORE.search(text, max(clause_start, qs - 4), qs):
            return False
    else:
        return False
    if q.kind == "percent" and _AND_BEFORE.search(text, max(clause_start, qs - 5), qs):
        return False  # "100% liên đội … và ít nhất 85% đội viên …": a second share, not each unit's floor
    floor = max(clause_start, qs - 120)
    if text.find("%", floor, qs) < 0 and text.find("/", floor, qs) < 0:
        return False
    m = _EVERY_UNIT.search(text, floor, qs)
    if m is None:
        return False
    first, *rest = m.group(1).split(",")
    if any(len(item.split()) > _LISTED_UNIT_WORDS for item in rest[:-1]):
        return False  # a comma between clauses, not a list of unit nouns
    words = key(first).split()
    head, skipped, length = lookup_noun(words)
    if rest and skipped + length < len(words):
        return False  # "100% đoàn viên tham gia, tổ chức …": a clause after the noun, not a list of nouns
    return head is not None and (head.category == "coverage" or head.role is not None)


def _one_of(text: str, end: int, clause_end: int, ctx: TextContext) -> bool:
    """The number is followed by "trong" and another number ("1 trong 28 tập thể")."""
    if ctx.low is not None and ctx.low.find("trong", end, min(clause_end, end + reach(2))) < 0:
        return False  # "trong" is not among the characters the two words are read from
    nxt = words_after(text, end, 2, clause_end)
    return bool(nxt) and nxt[0][0] == "trong" and len(nxt) > 1 and nxt[1][0].replace(".", "").isdigit()


def _table_figure(q: Quantity, text: str, table: Table, scope: str | None) -> Figure | None:
    """A number in a table of results: unit from its row, measure and scale from its column."""
    cell = cell_info(text, table, q.start)
    if cell is None or cell.ordinal:
        return None
    kind = cell.kind or q.kind
    value = scaled(q.value, cell.scale) if q.kind == "number" else q.value
    head, _, _ = lookup_noun(key(cell.measure).split())
    if kind == "money":
        category = "money"
    elif kind == "measure":
        category = "items"
    elif kind == "percent":
        category = "coverage" if head is not None and head.category == "coverage" else "other"
    elif head is None:
        category = "other"
    elif head.role is not None:
        words = key(cell.header).split()
        if contains_phrase(words, cue_set("act")):
            category = "participants"
        elif any(" ".join(words[:n]) in cue_set("serve") for n in range(1, min(4, len(words)) + 1)):
            category = "beneficiaries"  # "Hướng dẫn cài đặt VNeID (người)": the people served
        else:
            category = by_role(head)
    else:
        category = head.category
    measure = cell.measure.lower()
    if kind == "money" and cell.scale > 1:
        measure = _SCALE_WORD.get(cell.scale, "") + " đồng"
    fig = Figure(
        value=value,
        unit=None,
        category=category,
        qualifier=q.qualifier,
        measure=measure.strip(),
        text=q.text,
        span=(q.start, q.end),
        kind=kind,
        note=q.note,
    )
    if cell.unit is not None:
        fig.unit, fig.unit_rule, fig.unit_text = cell.unit.canonical, "table", cell.row_label
        fig.unit_level, fig.province_2025 = cell.unit.level, cell.unit.province_2025
    return fig


_SCALE_WORD = {1000: "nghìn", 10**6: "triệu", 10**9: "tỷ"}


def _set_unit(fig: Figure, found: Attribution, rule: str) -> None:
    fig.unit = found.unit
    fig.unit_rule = rule
    m = found.mention
    if m is not None:
        fig.unit_text = m.text
        fig.unit_level = m.level
        fig.province_2025 = m.province_2025
    elif found.unit == NATIONAL:
        fig.unit_level = "national"


def _fallback_unit(fig: Figure, sec: Section | None, scope: str | None) -> None:
    """The unit of the section `sec` the figure is in (None for a footnote), else the scope."""
    if sec is not None:
        m = unit_of_name(sec.title)
        if m is not None:
            fig.unit, fig.unit_rule, fig.unit_text = m.canonical, "section", m.text
            fig.unit_level, fig.province_2025 = m.level, m.province_2025
            return
    if scope:
        fig.unit, fig.unit_rule = scope, "scope"
        m = lookup(scope)
        if scope == NATIONAL:
            fig.unit_level = "national"
        elif m is not None:
            fig.unit = m.canonical
            fig.unit_level, fig.province_2025 = m.level, m.province_2025


def _innermost_section(sections: list[Section], offset: int) -> Section | None:
    best = None
    for s in sections:
        if s.start <= offset < (s.end or 1 << 60) and (best is None or s.level >= best.level):
            best = s
    return best


class _SectionFinder:
    """`_innermost_section` of one report's sections, worked out once per stretch between two section
    bounds (starts and ends): within such a stretch every offset lies in the same sections."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.bounds = sorted({s.start for s in sections} | {s.end or 1 << 60 for s in sections})
        self.found: dict[int, Section | None] = {}

    def __call__(self, offset: int) -> Section | None:
        i = bisect.bisect_right(self.bounds, offset)
        if i not in self.found:
            self.found[i] = _innermost_section(self.sections, offset)
        return self.found[i]


def _section_at(sections: list[Section], offset: int) -> str | None:
    s = _innermost_section(sections, offset)
    return s.number if s else None


def _is_instruction(
    text: str, pos: int, clause_start: int, ctx: TextContext, *, per_item: bool = False, ranged: bool = False
) -> bool:
    """What a unit should do, not a result (spec §2.1): "mỗi xã thành lập 1 đội hình", "cần phân
    công 1 đồng chí", "mỗi chuyến xe bố trí 02 tình nguyện viên".

    These forms, read in the number's clause:
    - the clause opens with "Mỗi"/"Từng" and a unit noun, the subject of all it says (`_each_subject`:
      "Mỗi Đoàn xã duy trì 01 đội hình … và đăng ký 01 công trình", "Mỗi tỉnh, thành đoàn ngoài
      vùng lũ … hỗ trợ ít nhất 01 xã");
    - "mỗi"/"từng" and a unit noun among the 8 words before the number ("mỗi xã", "mỗi Liên chi
      đoàn": a noun of `_UNIT_NOUNS` or a `coverage` noun of the measure lexicon), unless a verb of
      going stands right before it (cue kind "visit": "đến từng thôn để cài VNeID cho 412 người"
      names the places gone to one by one, a result);
    - an assigning verb ("bố trí", "phân công", "cử") among those words, with a modal ("cần",
      "phải", "yêu cầu") before it, or with "từng"/"mỗi" and a unit noun after the number (one
      per unit: "Phân công 01 đồng chí … phụ trách từng cụm cơ sở Đoàn");
    - an assigning verb there, in a clause whose subject is distributive ("mỗi chuyến xe bố trí
      02 …", "Mỗi tỉnh đăng ký …, bố trí 01 đồng chí …"), unless "đã" marks it as done ("mỗi
      chuyến xe đã bố trí 02 …" reports a result).
    An amount per item without such a verb stays a figure ("mỗi suất quà trị giá 500.000 đồng"),
    and so does a measure or money amount right after "mỗi" and its noun (`per_item`: "mỗi đơn vị
    350 ml"), or after "mỗi", its noun and the "từ" of a range ("mỗi trường hợp từ 2 triệu đến 4
    triệu đồng": both ends, as "mỗi suất từ …"). A "mỗi" that another number or a closing
    parenthesis follows is that number's, not this one's ("(mỗi đơn vị 350 ml), tổng lượng máu
    khoảng 41 lít").

    Two more forms: what a recipient pledges to pay back is a rule of the scheme (`_repayment`:
    "hộ nhận bò cam kết trả lại 01 con bê"); and an end of a range (`ranged`) right after "có" or
    "gồm" describes each unit rather than telling it what to do ("Mỗi đội hình có từ 25-30 sinh
    viên"; "Mỗi xã có ít nhất 1 đội hình" stays an instruction).
    """
    if ranged and _has_range(text, pos, clause_start):
        return False
    if _each_bound(text, pos, clause_start, ctx) or _bounded_frequency(text, pos, ctx):
        return True
    # "trả lại" is among the characters the six words before are read from (`_repayment`)
    repay = ctx.may_contain(cue_probes("repay"), max(clause_start, pos - 72), pos)
    if repay and _repayment(text, pos, clause_start):
        return True
    # the first test of `_each_plan`, `_each_subject` and `_describes_each_count`, made once: a
    # "mỗi"/"từng" in the clause before the number (most clauses have none)
    low = ctx.low
    each_before = (
        low is None or low.find("mỗi", clause_start, pos) >= 0 or low.find("từng", clause_start, pos) >= 0
    )
    if each_before and _shares_out_count(text, pos, clause_start):
        return False
    if each_before and _each_takes_charge(text, pos, clause_start):
        return True
    if each_before:
        plan = _each_plan(text, pos, clause_start, ctx, per_item=per_item)
        if plan is not None:
            return plan
        if _each_subject(text, pos, clause_start, ctx):
            return True
    if _each_subject_goes_on(text, pos, clause_start, ctx):
        return True
    if each_before and _describes_each_count(text, pos, clause_start, ctx):
        return True
    if not ctx.may_contain(cue_probes("each", "assign"), max(clause_start, pos - 96), pos):
        return False  # neither "mỗi …" nor an assigning verb in the words words_before would read
    before = words_before(text, pos, 8, clause_start)
    if not before:
        return False
    each = cue_set("each")
    for i, w in enumerate(before):
        if w in each and i and ends_with_phrase(before[:i], cue_set("visit")):
            continue  # "đến từng thôn để cài ứng dụng cho 412 người": places gone to, not a subject
        if w in each and i + 1 < len(before) and _unit_noun_at(before[i + 1 :]):
            # the range's "từ" is no word of the noun ("mỗi trường hợp từ 2 triệu đến 4 triệu đồng")
            opener = 1 if ranged and before[-1] == "từ" else 0
            if per_item and len(before) - i - 1 - opener <= 2:
                break  # "mỗi đơn vị 350 ml", "mỗi hộ 2 triệu đồng": an amount per item
            if _each_got(text, pos, clause_start, before[i + 1 :]):
                break  # "Mỗi đội hình được hỗ trợ tối thiểu 3 triệu đồng": what each one got
            if _each_governs(text, pos, max(clause_start, pos - 96)):
                return True
            break
        told = w in each and i + 1 < len(before)
        if told and _people_told(
            before[i + 1 :],
            words_before(text, pos, 12, clause_start),
            floored=text[pos : pos + 10].lower().startswith(_FLOOR_WORDS),
        ):
            # "Mỗi đoàn viên phải hướng dẫn ít nhất 5 người", "đề nghị mỗi đoàn viên trồng ít
            # nhất 1 cây": what each member must do
            if _each_governs(text, pos, max(clause_start, pos - 96)):
                return True
            break
    if not contains_phrase(before, cue_set("assign")):
        return False
    if _each_assigns(before):
        low = text[max(clause_start, pos - 96) : pos].lower()
        subject = low[low.rfind("mỗi") :]
        if not _closes_quote(subject) and "," not in subject:
            return True  # not "Mỗi năm, Thành đoàn bố trí 40 …": a time, then the subject
    # modal words in lower case only: "Cần" of "Cần Thơ" is a name
    if cue_words_re("instruct").search(text, max(clause_start, pos - 120), pos) is not None:
        return True
    return _each_unit_after(text, pos, ctx) or _distributive_subject(text, pos, clause_start)


#: a count and its noun, then a comma, right before "mỗi"/"từng": "tặng 14 trường, " (group 1: the noun)
_COUNT_BEFORE_EACH = regex.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*[ \t]+([^\d,;:.!?()\n]{1,40}?)[ \t]*,[ \t]*$")
#: how far back (characters) a sentence is read for a word of a plan before a shared-out count
_SHARE_REACH = 160


def _shares_out_count(text: str, pos: int, clause_start: int) -> bool:
    """ "Tỉnh đoàn tặng 14 trường, mỗi trường 1 tủ sách gồm 100 cuốn", "thành lập 5 đội, mỗi đội
    12 người": "mỗi"/"từng" takes up the noun a number has just counted and gives, right after
    that noun, what each of them got or holds — the per-item content of a result (spec §2.1
    "mỗi suất quà gồm … 3 triệu đồng"), not an instruction; so is a number that describes it
    ("gồm 100 cuốn"). Not with a word of a request or a plan in the sentence before ("đề nghị
    thành lập 5 đội, mỗi đội 12 người"), nor when the noun after "mỗi" is another one ("có 14
    trường, mỗi xã 1 …")."""
    low = text[max(0, pos - _SHARE_REACH) : pos].lower()
    k = max(low.rfind("mỗi"), low.rfind("từng"))
    if k < 0 or any(ch in low[k:] for ch in ";:.!?"):
        return False
    at = pos - len(low) + k
    m = _COUNT_BEFORE_EACH.search(text, max(0, at - 60), at)
    if m is None:
        return False
    noun = m.group(1).lower()
    after = text[at : at + 4 + len(noun) + 24].lower()
    head = after.split(None, 1)[1] if " " in after else ""
    if not head.startswith(noun + " "):
        return False
    rest = head[len(noun) + 1 :]
    if not rest[:1].isdigit():
        return False  # "mỗi trường 1 …": the amount right after the noun, no verb of its own
    sentence = max(text.rfind(".", 0, at), text.rfind(";", 0, at), 0, at - _SHARE_REACH)
    words = [key(w.group()) for w in WORD.finditer(text, sentence, at)]
    return not contains_phrase(words, cue_union("instruct", "future"))


#: words right before the number, after "mỗi <noun>", that give each one its share of a task:
#: "mỗi nhóm phụ trách 1 chợ", "mỗi chi hội nhận chăm sóc 1 tuyến đường", "mỗi đội trực 2 ca",
#: and "do" of the one who does it ("mỗi tuyến đường do 1 chi đoàn nhận chăm sóc")
_TAKES_CHARGE = frozenset(
    {"phụ trách", "đảm nhận", "đảm nhiệm", "nhận chăm sóc", "nhận đỡ đầu", "nhận quản lý", "trực", "do"}
)
#: how far back (characters) the "mỗi" of a share of a task is looked for
_CHARGE_REACH = 96
#: the task after "do <number> <noun>": "mỗi tuyến đường do 1 chi đoàn nhận chăm sóc"
_CHARGE_AFTER_DO = frozenset({"phụ trách", "đảm nhận", "đảm nhiệm", "chăm sóc", "quản lý", "đỡ đầu", "trực"})
#: how far after the number (characters) that task is looked for
_CHARGE_AFTER = 48


def _each_takes_charge(text: str, pos: int, clause_start: int) -> bool:
    """ "mỗi nhóm phụ trách 1 chợ", "cho biết mỗi tuyến đường do 1 chi đoàn nhận chăm sóc": the
    share of a task each one (whatever the noun after "mỗi"/"từng") takes charge of, or who does
    it, is an arrangement for every unit, not a result (spec §2.1 "mỗi xã thành lập 1 đội hình"),
    whether or not a word of a plan stands before. It holds when the words between the last
    "mỗi"/"từng" and the number are a noun, not a time ("mỗi tuần trực 2 ca" is how often), then a
    word of `_TAKES_CHARGE` right before the number, with no "đã" (a result: "mỗi nhóm đã phụ
    trách 3 chợ") and no other number between. The caller has made the cheap first test (a
    "mỗi"/"từng" in the clause before the number)."""
    floor = max(clause_start, pos - _CHARGE_REACH)
    words = [key(m.group()) for m in WORD.finditer(text, floor, pos)]
    each = cue_set("each")
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in each), None)
    if at is None or at + 2 >= len(words) or words[at + 1] in _TIME_WORDS:
        return False
    verb = ends_with_phrase(words[at + 2 :], _TAKES_CHARGE)
    if verb is None or set(words[at:]) & cue_set("done"):
        return False
    if verb == "do":
        # "do 1 chi đoàn nhận chăm sóc": the one who does it, with the task after it; not who
        # paid for each item ("mỗi suất quà do 2 doanh nghiệp tài trợ")
        after = [key(m.group()) for m in WORD.finditer(text, pos, min(len(text), pos + _CHARGE_AFTER))]
        if not contains_phrase(after, _CHARGE_AFTER_DO):
            return False
    return _each_governs(text, pos, floor)


#: verbs of receiving right before a number: "mỗi xã nhận 02 máy tính" says what each got (a result)
_RECEIVING = frozenset({"nhận", "nhận thêm", "nhận được", "được nhận", "đã nhận"})
#: words that make a bare "nhận" after them "take on" (a task), not "receive": "Mỗi chi đoàn đảm
#: nhận 01 tuyến đường" says what each is to take charge of
_TAKE_ON = frozenset({"đảm"})


#: the most words between "được" and a verb of giving ("được nhà trường tặng")
_GIVER_WORDS = 4


def _given_to_each(words: list[str]) -> bool:
    """ "Mỗi hợp tác xã được nhà trường tặng 1 bộ thiết bị …", "mỗi em được trao 1 suất": the keyed
    words after "mỗi" end with a verb of giving (cue kind "give") that a passive "được" stands
    before, with at most `_GIVER_WORDS` words (the giver) between: what each one received, a result
    like "Mỗi xã nhận 02 máy tính" (spec §2.1: an amount per item in a result is a figure)."""
    verb = ends_with_phrase(words, cue_set("give"))
    if verb is None:
        return False
    rest = words[: len(words) - len(verb.split())]
    return "được" in rest[-(_GIVER_WORDS + 1) :]


def _receives(words: list[str]) -> bool:
    """The keyed words end with a verb of receiving (`_RECEIVING`), not with "đảm nhận" (takes on)."""
    verb = ends_with_phrase(words, _RECEIVING)
    if verb is None:
        return False
    return not (verb == "nhận" and len(words) > 1 and words[-2] in _TAKE_ON)

#: how far back (characters) the "mỗi" of a plan or a result is looked for
_PLAN_REACH = 160


def _each_plan(text: str, pos: int, clause_start: int, ctx: TextContext, *, per_item: bool) -> bool | None:
    """Whether "mỗi <subject> … <number>" is a plan or a result (spec §2.1), when the words say so;
    None when they do not (the other rules decide).

    - A plan, what each is to do (True, not a figure): a word of a request or a plan (cue kinds
      "instruct", "future": "đề nghị", "sẽ", "phấn đấu") in the clause before the number, or a
      floor or cap as its qualifier ("ít nhất 01"), with no "đã" (a result): "đề nghị mỗi tỉnh
      đoàn nhận đỡ đầu ít nhất 01 xã", "mỗi đoàn viên mới sẽ được giao 1 phần việc", "Mỗi Hội Sinh
      viên trường thành lập ít nhất 01 đội hình". The subject after "mỗi"/"từng" is a unit noun, a
      noun of people or a capitalised name, not a time ("Mỗi năm, … sẽ tổ chức 2 hội nghị" is a
      target, a figure).
    - A result, an amount per item (False, a figure): "đã" in the clause, or a verb of receiving
      right before the number ("Mỗi xã nhận 02 máy tính"), with no word of a plan.
    Not for an amount per item (`per_item`: money or a measure), which the other rules read. The
    first test is cheap: "mỗi"/"từng" among the characters before the number."""
    if per_item:
        return None
    floor = max(clause_start, pos - _PLAN_REACH)
    if ctx.low is not None and ctx.low.find("mỗi", floor, pos) < 0 and ctx.low.find("từng", floor, pos) < 0:
        return None
    words = [key(m.group()) for m in WORD.finditer(text, floor, pos)]
    each = cue_set("each")
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in each), None)
    if at is None or at + 1 >= len(words) or not _each_governs(text, pos, floor):
        return None
    if set(words) & cue_set("done"):
        return False
    planned = contains_phrase(words, cue_union("instruct", "future"))
    bound = text[pos : pos + 10].lower().startswith(_BOUNDS)
    if not planned and not (bound and _task_after(text, pos)) and (
        _receives(words[at + 1 :]) or _given_to_each(words[at + 1 :]) or _fitted_to_each(words[at + 1 :])
    ):
        return False
    if not (planned or bound) or words[at + 1] in _TIME_WORDS:
        return None
    subject = words[at + 1 :]
    named = _capitalised_after_each(text, floor, pos)
    people = lookup_head(subject)[0]
    if _unit_noun_at(subject) or named or (people is not None and people.role is not None):
        return True
    return None


#: tasks a unit takes on: "nhận" before a floor and one of them ("mỗi chi đoàn nhận ít nhất 1 phần
#: việc") is a pledge of what each is to do (spec §2.1), not what each received
_TASKS = frozenset({"phần việc", "công trình", "nhiệm vụ", "đầu việc", "chỉ tiêu"})


def _task_after(text: str, pos: int) -> bool:
    """Do the words after the number at `pos` (after its bound) open with a task (`_TASKS`)?"""
    words = [w[0] for w in words_after(text, pos, 6)]
    k = next((i for i, w in enumerate(words) if w[:1].isdigit()), None)
    return k is not None and any(" ".join(words[k + 1 : k + 1 + n]) in _TASKS for n in (1, 2))


def _capitalised_after_each(text: str, floor: int, pos: int) -> bool:
    """The word after the last "mỗi"/"từng" in [floor, pos) opens with a capital (a named body:
    "Mỗi Hội Sinh viên trường", "mỗi Tỉnh, Thành đoàn")."""
    low = text[floor:pos].lower()
    k = max(low.rfind("mỗi"), low.rfind("từng"))
    m = WORD.search(text, floor + k + 4, pos) if k >= 0 else None
    return m is not None and m.group()[:1].isupper()


#: words right before a number that describe the thing an earlier number counts ("1 câu lạc bộ …
#: với tối thiểu 30 thành viên"): with it they make one amount
_DESCRIBING = frozenset({"với", "gồm", "có"})
#: how far back (characters) the "mỗi" of an instruction is looked for from a describing number
_EACH_REACH = 160


def _describes_each_count(text: str, pos: int, clause_start: int, ctx: TextContext) -> bool:
    """ "phát động mỗi cơ sở Đoàn duy trì ít nhất 1 câu lạc bộ … với tối thiểu 30 thành viên": a
    number after "với"/"gồm"/"có" that describes what an instruction's number counts is part of
    the instruction (spec §2.1). It holds when "mỗi"/"từng" and a unit noun stand earlier in the
    clause, the first number after them stands within 8 words of the "mỗi" (so that number is
    the instruction's), no other number, punctuation or "đã" (a result) stands between."""
    floor = max(clause_start, pos - _EACH_REACH)
    if ctx.low is not None and ctx.low.find("mỗi", floor, pos) < 0 and ctx.low.find("từng", floor, pos) < 0:
        return False
    before = words_before(text, pos, 1, clause_start)
    if not before or before[0] not in _DESCRIBING:
        return False
    words = [key(m.group()) for m in WORD.finditer(text, floor, pos)]
    each = cue_set("each")
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in each), None)
    if at is None or not _unit_noun_at(words[at + 1 :] or [""]) or set(words[at:]) & cue_set("done"):
        return False
    numbers = [i for i in range(at + 1, len(words)) if words[i][:1].isdigit()]
    if len(numbers) != 1 or numbers[0] - at > 8:
        return False
    # one run of words: "Mỗi xã thành lập 1 đội hình, toàn huyện có 24 đội hình" is a total
    low = text[floor:pos].lower()
    return not any(ch in ",;:" for ch in low[max(low.rfind("mỗi"), low.rfind("từng")) :])


#: what may open a clause before its first word: spaces and list marks
_CLAUSE_LEAD = regex.compile(r"[\s\-–+*•]*")


def _each_subject(text: str, pos: int, clause_start: int, ctx: TextContext) -> bool:
    """The clause opens with "Mỗi"/"Từng" and a unit noun, and everything it counts up to `pos` is
    what each unit is to do: its coordinated predicates too ("Mỗi Đoàn xã, phường duy trì ít nhất
    01 đội hình … và đăng ký 01 công trình"). Not when "đã" marks a result, when the first number
    comes right after the noun (an amount per item: "Mỗi đơn vị 250 ml, tổng cộng thu được 24 lít"),
    or when a total follows it ("…, toàn tỉnh có 120 đội hình")."""
    low = ctx.low
    if low is not None and low.find("mỗi", clause_start, pos) < 0 and low.find("từng", clause_start, pos) < 0:
        return False  # a cheap first test: the "mỗi"/"từng" that opens the clause stands before `pos`
    lead = _CLAUSE_LEAD.match(text, clause_start, pos)
    start = lead.end() if lead else clause_start
    if not text[start : start + 4].lower().startswith(("mỗi", "từng")):
        return False
    words = [key(w) for w in WORD.findall(text, start, pos)]
    if len(words) < 3 or words[0] not in cue_set("each") or not _unit_noun_at(words[1:]):
        return False
    if set(words) & cue_set("done"):
        return False
    first = next((i for i, w in enumerate(words) if w[:1].isdigit()), len(words))
    if first <= 3:
        return False  # "Mỗi đơn vị 250 ml …", "Mỗi chi đoàn 02 đồng chí": read by the rules below
    got = _given_to_each(words[1:first]) or _fitted_to_each(words[1:first])
    if got and not contains_phrase(words[:first], cue_union("instruct", "future")):
        return False  # "Mỗi hợp tác xã được nhà trường tặng 1 bộ thiết bị …", "mỗi bản được lắp …"
    return not set(words[first:]) & cue_set("total")


#: nouns of time after "mỗi": "mỗi năm bố trí 40 …" says how often, not who assigns
_TIME_WORDS = frozenset({"năm", "tháng", "tuần", "ngày", "quý", "đợt", "buổi", "lần", "kỳ", "dịp", "ca"})


def _each_assigns(before: list[str]) -> bool:
    """ "mỗi khoa cử ít nhất 2 cán bộ", "mỗi tổ bố trí 01 người": an assigning verb right before the
    number (the keyed words `before` end with it) whose subject is "mỗi" and a noun of at most three
    words, whatever the noun: each body sends so many (spec §2.1). Not with "đã" ("mỗi khoa đã
    cử …" reports what was done)."""
    verb = ends_with_phrase(before, cue_set("assign"))
    if verb is None or set(before) & cue_set("done"):
        return False
    subject = before[: len(before) - len(verb.split())]
    first = max(0, len(subject) - 4)
    return any(
        subject[i] == "mỗi" and subject[i + 1] not in _TIME_WORDS for i in range(first, len(subject) - 1)
    )


#: a bound on how often: "ít nhất 1 lần trong năm", "tối đa 2 lần mỗi tháng", "ít nhất 1 lần/năm"
_BOUNDED_FREQUENCY = regex.compile(
    r"(?:tối đa|không quá|tối thiểu|ít nhất|không dưới)\s+\d+\s+lần\s*(?:/|(?:trong|mỗi|một|1)\s)\s*"
    r"(?:năm|tháng|tuần|quý|ngày|học kỳ)(?!\w)",
    regex.IGNORECASE,
)


#: how often, before a count of sessions: "mỗi tuần 2 buổi", "hằng tháng 1 lần"
_PERIOD_BEFORE = regex.compile(
    r"(?:mỗi|hằng|hàng)[ \t]+(?:ngày|tuần|tháng|quý|năm|học kỳ)[ \t,]*$", regex.IGNORECASE
)
#: a count of sessions per period after the number: " buổi/tuần", " lần mỗi tháng"
_PERIOD_AFTER = regex.compile(
    r"[ \t]+(?:buổi|lần)[ \t]*(?:/|mỗi[ \t]|một[ \t])[ \t]*(?:ngày|tuần|tháng|quý|năm|học kỳ)(?!\w)",
    regex.IGNORECASE,
)
#: the counted nouns of a frequency ("ca", a shift, only after a verb of `_SHIFT_VERBS`)
_SESSION_NOUNS = (" buổi", " lần", " ca")
#: how often, then a verb of one or two words, before a count of sessions or shifts: "mỗi ngày
#: trực 3 ca", "mỗi tuần tập 2 buổi"
_PERIOD_VERB_BEFORE = regex.compile(
    r"(?:mỗi|hằng|hàng)[ \t]+(?:ngày|tuần|tháng|quý|năm|học kỳ)[ \t,]+((?:[\p{L}\p{M}]+[ \t]+){1,2})$",
    regex.IGNORECASE,
)
#: verbs that make a "ca" after the number a shift (not a case: "mỗi ngày khám 30 ca")
_SHIFT_VERBS = frozenset({"trực", "làm", "chia", "trực chốt", "gác"})
#: "mỗi"/"từng" and a course right before a number of sessions: "Mỗi lớp học 12 buổi" is how long
#: each class lasts (n135's "mỗi lớp học kéo dài 10 buổi" without the verb)
_COURSE_BEFORE = regex.compile(
    r"(?:mỗi|từng)[ \t]+(?:lớp|lớp học|khóa|khoá|khóa học|khoá học|đợt|lớp tập huấn)[ \t,]*$",
    regex.IGNORECASE,
)


def _times_per_period(text: str, pos: int, end: int) -> bool:
    """ "mỗi tuần 2 buổi lên trường dạy kỹ năng", "tập 3 buổi/tuần", "hằng tháng 1 lần": a number
    of sessions or times per period says how often something is done, not how many events took
    place (spec §2.1: frequencies are not figures), like "2 năm một lần"; so does a number of
    sessions right after "mỗi"/"từng" and a course ("Mỗi lớp học 12 buổi": a length per item, not
    a figure; "mỗi lớp tổ chức 2 buổi ngoại khóa" with its verb stays a count). The period stands right
    before the number (`pos`, where its qualifier starts) or right after its noun. The cheap first
    test: "buổi"/"lần"/"ca" right after the number (`end`).

    The period may also stand a verb of one or two words before the number ("mỗi ngày trực 3
    ca", "mỗi tuần tập 2 buổi"): the same frequency. "ca" counts as a shift only there, after a
    verb of `_SHIFT_VERBS` and as a word of its own; "mỗi ngày khám 30 ca bệnh" (cases), "mỗi năm
    trao 300 suất" (no session noun) and "tổng cộng 412 ca trực" (no period) stay figures."""
    head = text[end : end + 5].lower()
    if not head.startswith(_SESSION_NOUNS):
        return False
    shift = head.startswith(" ca")
    if shift:
        if text[end + 3 : end + 4].isalpha():
            return False  # "cao", "cam", ...: not the word "ca"
        verb = _PERIOD_VERB_BEFORE.search(text, max(0, pos - 32), pos)
        return verb is not None and " ".join(verb.group(1).lower().split()) in _SHIFT_VERBS
    if _PERIOD_BEFORE.search(text, max(0, pos - 16), pos) is not None:
        return True
    if _PERIOD_VERB_BEFORE.search(text, max(0, pos - 32), pos) is not None:
        return True
    if text[end + 1 : end + 5].lower() == "buổi" and _COURSE_BEFORE.search(text, max(0, pos - 24), pos):
        return True  # "Mỗi lớp học 12 buổi": the length of each course, not a count of events
    return _PERIOD_AFTER.match(text, end, min(len(text), end + 24)) is not None


#: a bound (floor or cap) as a number's qualifier
_BOUND_QUALIFIERS = frozenset({"at_least", "at_most"})
#: the amount's own words, then "mỗi"/"từng" and a word: "… kg rác mỗi lớp" (read from the number's end)
_EACH_AFTER = regex.compile(r"(?:[ \t]+[\p{L}\p{M}]+){0,4}?[ \t]+(?:mỗi|từng)[ \t]+\p{L}", regex.IGNORECASE)


def _bound_for_each_after(text: str, q: Quantity, clause_end: int) -> bool:
    """ "34/36 lớp đạt chỉ tiêu tối thiểu 50 kg rác mỗi lớp", "ít nhất 2 buổi mỗi tuần": a floor or
    a cap ("tối thiểu", "ít nhất", "tối đa", "không quá") with "mỗi"/"từng" and a noun right after
    the amount's own words is a requirement on every unit or period, a condition like "mỗi xã có
    ít nhất 1 đội hình" (spec §2.1), not a quantity. "hơn 50 kg rác mỗi lớp" (not a bound) and a
    bound with no "mỗi" after stay figures. The caller has checked a bound qualifier outside a range
    whose text begins with one of `_BOUNDS`; the cheap first test: "mỗi" or "từng" among the
    characters after the number."""
    end = min(clause_end if clause_end > q.end else len(text), q.end + 48)
    low = text[q.end : end].lower()
    if "mỗi" not in low and "từng" not in low:
        return False
    return _EACH_AFTER.match(text, q.end, end) is not None


def _each_made_of_people(text: str, qual_start: int, phrase: MeasurePhrase, clause_start: int) -> bool:
    """ "lịch trực từ 21h đến 2h, mỗi ca gồm ít nhất 3 người", "mỗi tổ gồm tối đa 5 thành viên": a
    floor or a cap of the people that each of a kind of thing (a shift, a team) "gồm" (is made up
    of) is how it is to be staffed, a rule for every one, not a result (spec §2.1, instructions to
    each unit; as "mỗi đội trực 2 ca"). Only for people counted: "mỗi phần gồm ít nhất 5 kg gạo"
    is an amount per item and stays a figure. Not after "đã". The caller has checked a bound
    qualifier (starting at `qual_start`) outside a range whose text begins with one of `_BOUNDS`; the
    cheap first test: a people noun counted."""
    if phrase.head is None or phrase.head.role is None:
        return False
    before = words_before(text, qual_start, 6, clause_start)
    if len(before) < 3 or before[-1] != "gồm":
        return False
    each = cue_set("each")
    at = next((i for i in range(len(before) - 3, -1, -1) if before[i] in each), None)
    return at is not None and not set(before[at:]) & cue_set("done")


#: "<amount> … đổi [được|lấy] 1 <noun>" after a number: the number is what one thing is swapped
#: for (group "amounts" and its nouns, joined by "hoặc"/"và"/",") — not "thay đổi", "chuyển đổi"
_EXCHANGE_AFTER = regex.compile(
    r"(?:[ \t]+[\p{L}\p{M}]+){0,4}?(?:[ \t]*(?:,|hoặc|và)[ \t]*\d[\d.,]*(?:[ \t]+[\p{L}\p{M}]+){0,4}?)*"
    r"(?<!\b(?:thay|chuyển|biến|hoán|trao|đánh))[ \t]+đổi(?:[ \t]+(?:được|lấy))?[ \t]+0*1[ \t]+\p{L}",
    regex.IGNORECASE,
)
#: an amount and its words, then "đổi [được|lấy]", right before a number (the 1 of the rate)
_EXCHANGE_BEFORE = regex.compile(
    r"\d(?:[ \t]+[\p{L}\p{M}]+){1,4}(?<!\b(?:thay|chuyển|biến|hoán|trao|đánh))"
    r"[ \t]+đổi(?:[ \t]+(?:được|lấy))?[ \t]+$",
    regex.IGNORECASE,
)
#: how far (characters) an exchange rule is read around the number
_EXCHANGE_REACH = 80


def _exchange_rate(text: str, q: Quantity, clause_start: int, clause_end: int, ctx: TextContext) -> bool:
    """ "3 kg giấy hoặc 20 chai nhựa đổi được 1 cây giống", "theo tỷ lệ 2 kg pin đổi 1 cây": the
    amounts of an exchange rule — what is swapped for one thing — are a condition of the scheme,
    not quantities (spec §2.1), on both sides of "đổi". What one is swapped for is 1; "học sinh
    đổi được 300 cây" (no 1) is a result and stays a figure, and so do "thay đổi", "chuyển đổi 1
    ha". The cheap first test: "đổi" in the clause."""
    low = ctx.low
    if low is not None and low.find("đổi", clause_start, clause_end) < 0:
        return False
    end = clause_end if clause_end > q.end else len(text)
    if _EXCHANGE_AFTER.match(text, q.end, min(end, q.end + _EXCHANGE_REACH)) is not None:
        return True
    if q.value != 1 or q.kind != "number":
        return False
    return _EXCHANGE_BEFORE.search(text, max(clause_start, q.start - _EXCHANGE_REACH), q.start) is not None


def _bounded_frequency(text: str, pos: int, ctx: TextContext) -> bool:
    """ "100% đoàn viên tham gia hiến máu ít nhất 1 lần trong năm": a least or most number of times
    per period is a condition (what each is to do), not a count of events (spec §2.1). `pos` is
    where the number's qualifier starts; the match is read from there only."""
    if ctx.low is not None and ctx.low.find("lần", pos, pos + 48) < 0:
        return False  # a cheap first test: a match holds "lần" (in any case: "Lần" is "lần" lower-cased)
    return _BOUNDED_FREQUENCY.match(text, pos, min(len(text), pos + 48)) is not None


def _has_range(text: str, pos: int, clause_start: int) -> bool:
    """The words before a range end are "có"/"gồm" (and "từ"), with the low end between for the high
    end, and no modal ("phải có từ 3-5 …" is still an instruction). Or "từ" follows a passive verb
    ("mỗi bản được lắp từ 2 đến 3 loa": what each got, spec §2.1 an amount per item in a result),
    not a verb of assigning or a plan ("mỗi xã được phân công từ 2 đến 3 …")."""
    before = words_before(text, pos, 5, clause_start)
    while before and before[-1][:1].isdigit():
        before.pop()  # the low end of the range, before the high end
    if before and before[-1] in ("đến", "tới"):
        before.pop()  # "từ 2 đến 3": the high end's "đến"
        while before and before[-1][:1].isdigit():
            before.pop()
    since = bool(before) and before[-1] == "từ"
    if since:
        before.pop()
    if not before or set(before) & cue_union("instruct", "future"):
        return False
    if before[-1] in ("có", "gồm"):
        return True
    # "được" before a verb of one or two words ("được lắp", "được trang bị")
    return since and "được" in before[-3:] and not contains_phrase(before, cue_set("assign"))


#: qualifiers of a bound: with "mỗi <noun> được/có" before them they set a cap or a floor
_BOUNDS = ("tối đa", "không quá", "tối thiểu", "ít nhất", "không dưới")
#: verbs between "mỗi <noun>" and a bound that make it what each may get or must have
_ENTITLED = frozenset({"được", "có"})


def _each_bound(text: str, pos: int, clause_start: int, ctx: TextContext) -> bool:
    """ "mỗi dự án được vay tối đa 100 triệu đồng", "mỗi đội hình có tối đa 35 chiến sĩ", "Mỗi đại
    đội được giao nhận đỡ đầu ít nhất 1 học sinh": a cap or a floor (the number's qualifier is a
    bound, `_BOUNDS`) that each of a kind of thing "được" (may get) or "có" (must have) is a rule of
    a scheme or a plan, not a result (spec §2.1), whatever the noun after "mỗi"/"từng" (a lexicon
    noun). The range "mỗi dự án được vay từ 150 đến 300 triệu đồng" says what each got: a figure;
    and so is a per-item amount with another verb ("mỗi suất gồm ít nhất …"). Not after "đã"."""
    if not text[pos : pos + 10].lower().startswith(_BOUNDS):
        return False  # the cheap first test: the qualifier at `pos` is no bound
    floor = max(clause_start, pos - 96)
    if ctx.low is not None and ctx.low.find("mỗi", floor, pos) < 0 and ctx.low.find("từng", floor, pos) < 0:
        return False
    before = words_before(text, pos, 10, clause_start)
    each = cue_set("each")
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in each), None)
    if at is None or at + 1 >= len(before) or set(before[at:]) & cue_set("done"):
        return False
    if before[at + 1] in _TIME_WORDS:
        return False  # "mỗi năm có ít nhất …": how often, not what each body may get
    head, n = lookup_head(before[at + 1 :])
    if head is None and not _unit_noun_at(before[at + 1 :]):
        return False
    rest = before[at + 1 + max(n, 1) :]
    if rest[:1] == ["được"] and _fitted_verb(rest[1:]):
        return False  # "mỗi bản được lắp … ít nhất 1 kẻng": what each got, not what each may get
    return bool(rest) and rest[0] in _ENTITLED and _each_governs(text, pos, floor)


#: verbs of fitting out, building or giving: with a passive "được" before them (and "mỗi <noun>"
#: before that) they say what each one got ("mỗi bản được lắp 2 loa"), a result; "được giao",
#: "được vay", "được đăng ký" (assigned, allowed) are not among them
_FITTED = frozenset(
    {"lắp", "lắp đặt", "trang bị", "xây", "xây dựng", "sửa", "sửa chữa", "tặng", "trao", "trao tặng",
     "hỗ trợ"}
)


def _fitted_verb(words: list[str]) -> bool:
    """The keyed words open with a verb of `_FITTED` (one or two words)."""
    return bool(words) and (words[0] in _FITTED or " ".join(words[:2]) in _FITTED)


def _fitted_to_each(words: list[str]) -> bool:
    """ "mỗi bản được lắp từ 2 đến 3 loa và ít nhất 1 kẻng": the keyed words after "mỗi" are its
    noun, a passive "được" and a verb of `_FITTED`, the objects of that verb after it: what each
    one got, an amount per item in a result (spec §2.1), even with a floor ("ít nhất 1") as the
    qualifier. At most three words of the noun before "được"."""
    k = next((i for i, w in enumerate(words[:4]) if w == "được"), None)
    return k is not None and k > 0 and _fitted_verb(words[k + 1 :])


def _each_got(text: str, pos: int, clause_start: int, words: list[str]) -> bool:
    """ "Mỗi đội hình được hỗ trợ tối thiểu 3 triệu đồng kinh phí": the keyed words after "mỗi"
    (`words`, up to the number) say what each one received, was given or was fitted with
    (`_receives`, `_given_to_each`, `_fitted_to_each`): an amount per item in a result (spec
    §2.1), a figure even as money or with a floor, as `_each_plan` reads it for counts. Not with a
    word of a request or a plan in the clause before the number ("Huyện đoàn phấn đấu mỗi thôn
    được lắp ít nhất 1 camera", "mỗi thôn sẽ được hỗ trợ …"); "được giao", "được vay", "được đăng
    ký" (what each is assigned or allowed) are none of these verbs and stay rules."""
    if not (_receives(words) or _given_to_each(words) or _fitted_to_each(words)):
        return False
    floor = max(clause_start, pos - _PLAN_REACH)
    clause = [key(m.group()) for m in WORD.finditer(text, floor, pos)]
    return not contains_phrase(clause, cue_union("instruct", "future"))


def _repayment(text: str, pos: int, clause_start: int) -> bool:
    """ "hộ nhận bò cam kết trả lại 01 con bê sau 2 năm": a verb of paying back (cue kind "repay")
    right before the number, after a pledge or a modal (kinds "pledge", "instruct") in its clause:
    the condition of a scheme, not a result (spec §2.1). A pledge may stand further back, before
    what it binds to first ("… ký cam kết chăm sóc, sau 3 năm trả lại 1 con bê")."""
    before = words_before(text, pos, 12, clause_start)
    verb = ends_with_phrase(before, cue_set("repay"))
    if verb is None:
        return False
    rest = before[: len(before) - len(verb.split())]
    # a modal binds only the verb right after it: within the six words before the number
    near = rest[max(0, len(before) - 6) :]
    return contains_phrase(near, cue_set("instruct")) or contains_phrase(rest, cue_set("pledge"))


def _each_subject_goes_on(text: str, pos: int, clause_start: int, ctx: TextContext) -> bool:
    """A clause after ";" that names no subject of its own goes on with the "Mỗi <unit>" that opens
    the clause before it, in the same sentence: "Mỗi chi đoàn nhận chăm sóc 01 tuyến đường; phân
    công 02 đoàn viên theo dõi" (each chi đoàn assigns two). Not when the clause opens with a capital
    (a new subject: "…; Đoàn phường đã trồng 500 cây"), or holds "đã" or a total ("…; toàn huyện có
    24 đội hình")."""
    if clause_start < 2 or text[clause_start - 1] != ";":  # a clause starts right after its ";"
        return False
    lead = _CLAUSE_LEAD.match(text, clause_start, pos)
    first = lead.end() if lead else clause_start
    if not text[first : first + 1].islower():
        return False
    sstart, _ = ctx.sentence(clause_start - 1)
    pstart, _ = ctx.clause(clause_start - 1)
    if pstart < sstart:
        return False
    lead = _CLAUSE_LEAD.match(text, pstart, clause_start)
    pfirst = lead.end() if lead else pstart
    if not text[pfirst : pfirst + 4].lower().startswith(("mỗi", "từng")):
        return False  # the clause before opens with no "Mỗi" (tested before this clause's words are read)
    words = [key(w) for w in WORD.findall(text, first, pos)]
    if set(words) & (cue_set("done") | cue_set("total")):
        return False
    if _receives(words):
        return False  # "…; riêng xã A nhận thêm 01 máy in": what one unit got, a result
    prev = [key(w) for w in WORD.findall(text, pfirst, clause_start)]
    return (
        len(prev) >= 3
        and prev[0] in cue_set("each")
        and _unit_noun_at(prev[1:])
        and not set(prev) & (cue_set("done") | cue_set("total"))
    )


def _each_unit_after(text: str, pos: int, ctx: TextContext) -> bool:
    """ "từng"/"mỗi" and a unit noun (within its first three words) after the number, in its
    clause: one per unit ("phân công 01 đồng chí phụ trách từng cụm cơ sở Đoàn"); not after a verb
    of going ("cử 32 đoàn viên đến từng thôn, bản": the places gone to one by one, a result, as
    before the number in `_is_instruction`)."""
    _, cend = ctx.clause(pos)
    if ctx.low is not None and ctx.low.find("từng", pos, cend) < 0 and ctx.low.find("mỗi", pos, cend) < 0:
        return False
    words = [w[0] for w in words_after(text, pos, 16, cend)]
    each = cue_set("each")
    own = _own_noun_word(words)
    return any(
        w in each
        and words[i + 1 : i + 2] != [own]
        and not ends_with_phrase(words[:i], cue_set("visit"))
        and any(_unit_noun_at(words[j:]) for j in range(i + 1, min(i + 4, len(words))))
        for i, w in enumerate(words)
    )


def _own_noun_word(words: list[str]) -> str | None:
    """The first word of the noun right after the first number of `words` (the number's own noun):
    a later "mỗi" before the same word ("thành lập 14 tổ …, mỗi tổ phụ trách 2 tổ dân phố") speaks
    of each of the things counted, a result, not of one per unit (spec §2.1)."""
    for i, w in enumerate(words[:-1]):
        if w[:1].isdigit():
            return words[i + 1]
    return None


def _each_governs(text: str, pos: int, floor: int) -> bool:
    """The last "mỗi"/"từng" in [floor, pos) reaches the number at `pos`: no other number stands
    between them, and no parenthesis that holds the "mỗi" closes before the number ("mỗi xã
    (phường) thành lập 1 đội hình" still reaches it)."""
    low = text[floor:pos].lower()
    k = max(low.rfind(w) for w in cue_set("each"))
    if k < 0:
        return True  # written in another form than the cue (keyed words only): keep the old reading
    between = low[k:]
    if between.count(")") > between.count("("):
        return False  # "(mỗi đơn vị 350 ml), …": the parenthesis holding "mỗi" closed before the number
    if _closes_quote(between):
        return False  # "Phong trào “Mỗi đoàn viên một sáng kiến” thu hút …": a quoted name
    if any(ch.isdigit() for ch in between):
        return False
    return not _spelled_count_then_and(between)


#: spelled numbers that count one to nine ("một bể bơi"), not "năm" (also "year") nor "không"
_SPELLED_COUNTS = frozenset({"một", "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín"})


def _spelled_count_then_and(between: str) -> bool:
    """ "phấn đấu mỗi huyện có ít nhất một bể bơi di động và mở ít nhất 60 lớp …": the quantity of
    the "mỗi" clause is already given, spelled ("một bể bơi"), and "và" opens the next predicate,
    with a word of its own (a verb), and its number is the subject's own (spec §2.1: only what each
    unit is to do is an instruction).
    Like a digit number between them; `between` is the lower-case text from the "mỗi" on. The
    first test is cheap: " và " in it."""
    k = between.rfind(" và ")
    if k < 0 or not between[k + 4 :].strip():
        return False  # "mỗi xã có một đội hình và 5 …": the same list goes on, not a new predicate
    words = between[:k].split()
    return any(w in _SPELLED_COUNTS for w in words[2:])


def _closes_quote(between: str) -> bool:
    """A quotation that holds the "mỗi" at the start of `between` closes in it: the "mỗi" belongs to
    a quoted name (a campaign, a model: "“Mỗi chi đoàn một công trình”"), not to the number after."""
    return "”" in between or between.count('"') % 2 == 1


def _unit_noun_at(words: list[str]) -> bool:
    """The keyed words start with a unit noun: one of `_UNIT_NOUNS`, or a lexicon noun of the
    `coverage` category ("liên chi đoàn", "chi hội", "khu dân cư"), but not a compound of
    `_NOT_UNIT_COMPOUNDS` ("trường hợp"). Not when the words start a lexicon noun of people whose
    first word is a unit noun ("mỗi đoàn viên hướng dẫn 60 người": a result per member, not what
    each unit is to do)."""
    head, _ = lookup_head(words)
    if head is not None and head.role is not None:
        return False
    if words[0] in _UNIT_NOUNS or " ".join(words[:2]) in _UNIT_NOUNS:
        # not a compound that only starts like a unit ("trường hợp": a case, not a school)
        return not {" ".join(words[:2]), " ".join(words[:3])} & _NOT_UNIT_COMPOUNDS
    return head is not None and head.category == "coverage"


def _people_told(words: list[str], before: list[str], *, floored: bool = False) -> bool:
    """The keyed `words` (after "mỗi") start with a lexicon noun of people, and the words `before`
    the number hold a modal of the cue kind "instruct" ("mỗi đoàn viên phải hướng dẫn", "đề nghị
    mỗi đoàn viên trồng"): what each of them must do. Without the modal it is a result per member
    ("mỗi đoàn viên hướng dẫn tới 60 người" stays a figure). A floor right before the number
    ("mỗi đội viên góp tối thiểu 3 kg", "mỗi em nộp ít nhất 2 kg": `floored`, the number's
    qualifier is one of `_FLOOR_WORDS`) is a norm set for every one of them who acts (a noun of
    role "participant", no "được" of receiving), like a modal (spec §2.1; gold n268 "mỗi liên đội
    nộp tối thiểu 300 kg"); "Mỗi gia đình được trao tặng ít nhất 2 triệu đồng" is what each got."""
    head, _ = lookup_head(words)
    if head is None or head.role is None:
        return False
    if floored and head.role == "participant" and "được" not in words:
        return True  # what each one who acts must give; "Mỗi gia đình được trao ít nhất …" got it
    return contains_phrase(before, cue_set("instruct"))


def _distributive_subject(text: str, pos: int, clause_start: int) -> bool:
    """ "mỗi"/"từng" and a lexicon noun earlier in the clause ("mỗi chuyến xe …", "Mỗi tỉnh, thành
    đoàn …"), with no "đã" between it and the number."""
    for m in cue_words_re("each", regex.IGNORECASE).finditer(text, clause_start, pos):
        if _closes_quote(text[m.start() : pos]):
            continue  # a "mỗi" of a quoted name
        rest = words_before(text, pos, 40, m.end())
        if not rest or lookup_head(rest)[0] is None:
            continue  # "đã từng tham gia": not "each"
        return not (set(rest) & cue_set("done"))
    return False


def _tren_means_across(text: str, q: Quantity, phrase, clause_start: int) -> bool:
    """ "diễn ra đồng loạt trên 17 tỉnh, thành phố": "trên" is "across", not "more than"."""
    if not q.qualifier_span:
        return False
    qual = key(text[q.qualifier_span[0] : q.qualifier_span[1]])
    if qual != "trên" or phrase.head is None or phrase.head.category != "coverage":
        return False
    before = words_before(text, q.qualifier_span[0], 2, clause_start)
    return bool(before) and (
        before[-1] in cue_set("across")
        or " ".join(before) in cue_set("across")
        or before[-1] in {"đồng loạt", "loạt"}
    )


#: a number and the words of its noun right before a "trên" (no punctuation, no other number)
_COUNT_BEFORE_TREN = regex.compile(r"(?<![\d.,])\d[\d.,]*(?=[ \t]+[^\W\d][^\d,;:.!?()\n]*$)")
#: characters read back from "trên" for the count before it
_TREN_REACH = 48


def _tren_means_on(text: str, q: Quantity, clause_start: int) -> bool:
    """ "thắp 12.000 ngọn nến trên 1.880 phần mộ", "lắp 38 cột trên 2,4 km": a "trên" right after a
    count and its lexicon noun ("<N> <noun> trên <M>") says where the N things are ("on"), like
    "trên diện tích 4,2 ha" or "trên 11 tuyến đường": no qualifier (spec §2.5). "thu hút 300 đoàn
    viên, trên 500 lượt …" (a comma between) and "năm 2025 có trên 300 …" (no lexicon noun: "có")
    keep "more than". The cheap first test: a digit among the characters before the "trên"."""
    if not q.qualifier_span:
        return False
    start, end = q.qualifier_span
    if key(text[start:end]) != "trên":
        return False
    floor = max(clause_start, start - _TREN_REACH)
    stretch = text[floor:start]
    if not any(c.isdigit() for c in stretch):
        return False
    # the lookahead admits no digit after the number: only the last number of the stretch matches
    last = _COUNT_BEFORE_TREN.search(stretch)
    if last is None:
        return False
    earlier = measure_after(text, floor + last.end(), start)
    return earlier.head is not None and not text[earlier.end : start].strip()


def _list_intro_words(text: str, ctx: TextContext, pos: int) -> list[str]:
    """Words of the clause that introduces a list ("… toàn Liên đội thu được:") when `pos` is in one."""
    cstart, _ = ctx.clause(pos)
    sstart, _ = ctx.sentence(pos)
    start = min(cstart, sstart)
    if start == 0:
        return []
    if start not in ctx.intro_words:
        ctx.intro_words[start] = _intro_words_before(text, start)
    return ctx.intro_words[start]


def _intro_words_before(text: str, start: int) -> list[str]:
    prev_end = start - 1
    while prev_end > 0 and text[prev_end].isspace():
        prev_end -= 1
    if text[prev_end] != ":":
        return words_before(text, start, 10, max(0, start - 200))
    return words_before(text, prev_end, 10, max(0, prev_end - 200))


def _money_measure(q: Quantity) -> str:
    words = q.text.split()
    # "475 triệu đồng" -> "triệu đồng"; "500.000đ" -> "đ"
    tail = [w for w in words if not any(ch.isdigit() for ch in w)]
    if tail:
        return (
            " ".join(tail[-2:]).lower()
            if len(tail) >= 2 and tail[-1].lower() in ("đồng", "vnđ", "vnd")
            else " ".join(tail).lower()
        )
    return q.unit or "đồng"


def _digits_prefix(s: str) -> str:
    i = 0
    while i < len(s) and (s[i].isdigit() or s[i] in ".,"):
        i += 1
    return s[:i]


__all__ = ["find_figures"]
