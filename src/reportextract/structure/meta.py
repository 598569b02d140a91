"""Metadata found in the running text: cited documents, event dates, scope, issuer from text.

Rules for `event_dates` (written from the annotation notes of the gold files):
* a full date (day, month, year) or a range of them on which something was done;
* not the document's own date or posting stamp (those are in the header), not the date of a
  cited document (a date in the same clause as a document number: "Kế hoạch số 46-KH/... ngày
  14/4/2023", "Ngày 07/7/2023, ... ban hành công văn số 1134-CV/..."), not the date units were
  merged (a merger word before the date in its clause, "sau khi hợp nhất từ ngày 01/7/2025", or
  after it with no activity verb between, "Từ ngày 01/7/2025, tỉnh X được hình thành trên cơ sở
  hợp nhất ..."; a merger word after "trước"/"sau" only dates the body's name: "Ngày 24/5/2025,
  Tỉnh đoàn X (trước hợp nhất) tổ chức ..." counts), not the day an administrative unit was
  founded ("Phường X được thành lập từ ngày 01/7/2025 ..."), not the day since which a work is in
  service ("được đưa vào vận hành từ ngày 15/4/2025", "chính thức hoạt động từ ngày ..."), not the
  day the two-level local government took effect ("vận hành chính quyền địa phương 2 cấp từ ngày
  01/7/2025", "Ngày 01/7/2025, chính quyền hai cấp chính thức đi vào hoạt động"), not a date in brackets
  (an anniversary span "(02/09/1945 - 02/09/2023)", a schedule "(vào các ngày 29/2, 30/5)");
* not a date that opens a lasting state ("Từ ngày 01/7/2025, tỉnh X có 65 đơn vị hành chính",
  "Sau ngày 01/7/2025, 100% Đoàn xã duy trì đội hình ..."): a clause opened by "Từ"/"Kể từ"/"Sau" and
  a single date with no end says since when, not on which day something was done (a range
  "từ ngày 01/11 đến ngày 15/11/2025" counts, and so does the start of an activity named before
  it, "khởi động ... với 3 điểm hiến máu từ 9/1");
* not a single date in a photo caption: it says when the photo was taken ("sáng 27/6. Ảnh:
  ...", "(ảnh chụp ngày 20/7/2025)"); a range in a caption is a reported period and counts;
* not a date after the document's own date when the document reports activities dated on or
  before it: those later dates are the plan for what comes next (a kế hoạch that opens with
  last year's results); a document that reports nothing done yet (a plan, a notice) keeps the
  dates of the activities it plans (`drop_later_plans`);
* not a deadline or a data cut-off: a single date right after "trước", "đến", "chậm nhất"
  ("hoàn thành trước ngày 30/6/2025", "tính đến ngày 25/12/2025", "đến 17 giờ ngày 25/12/2025");
* not a month ("tháng 4/2023"), and a range whose end is only a month keeps its start; but with
  `loose_forms` a clause opened by "Trong tháng N," on a page dated in that month N reports the
  page's own month: its whole range ("Trong tháng 11, Đoàn xã ra quân ..." on a page of
  30/11/2025 is 2025-11-01/2025-11-30; an earlier month, a planned one or a month range is not);
* with `loose_forms`, not the date in a commemorative day's name after a word of celebrating it
  ("chào mừng Ngày hội Đại đoàn kết toàn dân tộc 18/11", "nhân dịp Ngày Nhà giáo Việt Nam 20/11"):
  the day's name, not when the reported activity was held;
* a date written without a year counts only when the text makes the year clear: the nearest
  year the text mentions (a full date, "năm 2023", "hè 2025", "2/2015") outside cited documents,
  brackets, "từ năm 2009" (a since-year) and "so với năm 2024" (the year a figure is compared
  with: "tăng 22% so với năm 2024", "so với cùng kỳ năm 2024"); a January date taken from a
  "năm YYYY" mention is left out (a review of a year appears in the January after it). With no
  usable year in the text, the page's or document's own date gives it: its year for a day on or
  before the own date, the year before for a later day ("Ngày 17/1" on a page dated 19/01/2026 is
  2026-01-17).
  A year written only in another sentence gives way to the own date when the day read with it
  would lie more than half a year from the own date ("Ngày 14/3, ..." on a page of 15/03/2026
  with "Từ tháng 7/2025 ..." in the next paragraph is 2026-03-14: a news page reports the days
  just before it); a year in the day's own sentence keeps dating it.
  A year of a period ("giai đoạn 2023 - 2025", "năm học 2025 - 2026", "nhiệm kỳ 2022 - 2027")
  says how long something runs, not the year of a day: when the page has its own date, that date
  gives the year before a period does ("Ngày 22/11" under "giai đoạn 2023 - 2025" on a page of
  25/11/2025 is 2025-11-22); a period's year is used only when nothing else dates the day;
* with `loose_forms` two more written forms count: a range whose low end is a bare day ("Từ ngày
  8 đến 10/12" is 8-10 December, not a deadline "đến 10/12"), and a day alone in brackets after
  the name of the event it dates, when a verb of holding it follows ("Ngày Chủ nhật xanh (22/3)
  được tổ chức ..."; a bracket of a schedule or a holiday's day does not count); and a day
  written again without its year takes the year it was first written with ("từ ngày 6/7 đến
  3/8/2025 ... Tại lễ tổng kết ngày 3/8" is 2025-08-03);
* not a single date right after a disaster it dates ("Sau trận sạt lở đất đêm 29/9, Đoàn xã huy
  động ..."): when the disaster struck, not a day of the activities reported (with `loose_forms`);
* with `loose_forms`, a range in brackets opened by "từ" counts: "Sau 6 tuần (từ ngày 3/11 đến
  14/12)" is the period of the activity, not a schedule; an anniversary span "(27/7/1947 -
  27/7/2025)" gives no year to a day written again ("Tối 27/7" is not 1947);
* a single date after the document's own date inside a range that is kept (the range began on or
  before the own date) belongs to the reported period: "từ ngày 6/7 đến 3/8/2025 ... Tại lễ tổng
  kết ngày 3/8" keeps 3/8 (`drop_later_plans`).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from typing import Any

import regex

from reportextract.model import Reference
from reportextract.structure import _deps

_PAREN = re.compile(r"[()]")
#: a clause boundary, searched backwards (the last one before a position)
_CLAUSE_BACK = regex.compile(r"(?r)[;.!?\n](?=\s|$)|\n")
_YEAR = regex.compile(r"(?<![\d.])((?:19|20)\d{2})(?![\d/.\-]\d)")
_SINCE = regex.compile(
    r"(?:từ|kể\s+từ|bắt\s+đầu\s+từ|từ\s+năm|thành\s+lập\s+năm|khởi\s+xướng.{0,20}?)\s*(?:năm\s+)?$", regex.I
)
#: the year a figure is compared with, before it: "tăng 22% so với năm 2024", "so với cùng kỳ năm
#: 2024", "so với 2023" (a baseline, never the year of a day written without one)
_COMPARED = regex.compile(r"\bso\s+(?:với\s+)?(?:cùng\s+kỳ\s+)?(?:năm\s+(?:học\s+)?)?$", regex.I)
#: the name of a day before its date: a holiday, an anniversary, or the occasion a day is ("nhân dịp
#: 26/3": the day honoured, not when the reported activities were held)
_HOLIDAY = regex.compile(
    r"(?:Quốc\s+khánh|kỷ\s+niệm|Ngày\s+[\p{L} ]{0,30}quốc\s+tế)[^.;:]{0,50}$"
    r"|(?:(?<!\w)nhân\s+dịp|chào\s+mừng)\s+(?:ngày\s+)?$",
    regex.I,
)
#: a bare "dịp" before the date, the occasion in a headline ("Tuổi trẻ huyện thăm 200 gia đình chính
#: sách dịp 27/7", a line with no final period: `_titled_occasion`); in a sentence ("Dịp 27/7, Đoàn
#: xã thăm 20 gia đình") the activities were held on that day
_OCCASION = regex.compile(r"(?<!\w)dịp\s+(?:ngày\s+)?$", regex.I)
#: a clause about an administrative merger: its date is when units were merged, not an activity
_MERGER = regex.compile(
    r"hợp\s+nhất|sáp\s+nhập|sắp\s+xếp\s+(?:lại\s+)?(?:đơn\s+vị|tổ\s+chức)|chính\s+thức\s+vận\s+hành", regex.I
)
#: a clause boundary, searched forwards (the first one after a position)
_CLAUSE_FWD = regex.compile(r"[;.!?](?=\s|$)|\n")
#: a verb of an activity: a merger word after it only says what the activity was about
#: ("Ngày 15/7/2025, Tỉnh đoàn tổ chức hội nghị về sắp xếp tổ chức Đoàn"), and "sau (khi)" makes
#: the merger an earlier event ("Ngày 20/7/2025, sau hợp nhất, ..."), "trước" a later one ("Ngày
#: 24/5/2025, Tỉnh đoàn X (trước hợp nhất) tổ chức ...": the body's name before the merger)
_ACTIVITY_OR_AFTER = regex.compile(
    r"\b(?:tổ\s+chức|triển\s+khai|ra\s+quân|phát\s+động|tổng\s+kết|khai\s+mạc|hội\s+nghị|họp"
    r"|trao|tặng|thực\s+hiện|tham\s+gia|diễn\s+ra|khánh\s+thành|kiện\s+toàn|ban\s+hành|sau|trước)\b",
    regex.I,
)
#: a clause opened by "Từ (ngày)" / "Kể từ (ngày)" / "Sau ngày" and a single date: since when
#: (`event_dates`)
_SINCE_DATE = regex.compile(r"^\s*(?:(?:kể\s+)?từ|sau)\s+(?:ngày\s+)?$", regex.I)
#: an administrative unit that came into being, or was reorganised, on the date after it:
#: "Phường X được thành lập từ ngày 01/7/2025 trên cơ sở sắp xếp ...", "Sau khi tỉnh X được sắp
#: xếp lại từ ngày 01/7/2025, ..." (a clause whose subject is a province, commune, ward ..., the
#: clause perhaps opened by "sau khi", "từ khi" or "khi"): the date a reform took effect is a
#: state that begins, not a reported activity (spec §3 `event_dates`)
_UNIT_FOUNDED = regex.compile(
    r"^\s*(?:(?:sau|từ|kể\s+từ)\s+khi\s+|khi\s+)?"
    r"(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)\s+\p{Lu}[^.;]*?"
    r"được\s+(?:thành\s+lập|hình\s+thành|sắp\s+xếp(?:\s+lại)?|hợp\s+nhất|sáp\s+nhập)\s+"
    r"(?:(?:kể\s+)?từ\s+|vào\s+)?(?:ngày\s+)?$",
    regex.I,
)
_PLANNED = regex.compile(r"(?:dự\s+kiến|\bsẽ\b|mục\s+tiêu|phấn\s+đấu|chỉ\s+tiêu)", regex.I)
#: a plan right after a date that opens its clause: "Tối 27/7, Tỉnh đoàn sẽ tổ chức …" (the subject,
#: then "sẽ"/"dự kiến"): a day still to come, like a plan word before it (`_PLANNED`)
_PLANNED_AFTER = regex.compile(r",[ \t]*[^.;:,\n]{0,40}?(?<!\w)(?:sẽ|dự\s+kiến)(?!\w)", regex.I)
#: a deadline or a data cut-off right before a date, a time of day allowed between ("trước ngày
#: 30/6", "tính đến ngày 25/12", "tổng hợp đến 17 giờ ngày 25/12"); searched in the characters
#: before the date, across a line break (a PDF line may end at "trước ngày")
_DEADLINE = regex.compile(
    r"(?:đến\s+hết|đến|trước|chậm\s+nhất|hạn\s+chót|hạn)\s+"
    r"(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s+)?(?:ngày\s+)?$",
    regex.I,
)
_NAM_BEFORE = regex.compile(r"năm\s+(?:học\s+)?$", regex.I)
#: between a cited number and its date: "46-KH/TWĐTN-CNĐT ngày 14/4/2023", "..., ban hành ngày"
_NUMBER_TO_DATE = regex.compile(r"^[\s,]*(?:(?:ban\s+hành|ký)\s+)?(?:ngày\s+)?$", regex.I)
_ISSUED = regex.compile(r"ban\s+hành|ký|gửi", regex.I)
_SPACES = regex.compile(r"\s+")
_FOUR_DIGITS = regex.compile(r"\d{4}")
_YEAR_FIRST = regex.compile(r"^\d{4}")
_DAY_MONTH = regex.compile(r"(\d{1,2})[/.\-](\d{1,2})")
#: two years joined as a period ("2023 - 2025", "2025–2026"): group 1 and 2 are their offsets
_PERIOD = regex.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)")
#: the bare day that opens a range before a full day and month: "Từ ngày 8 đến " (10/12)
_DAY_ONLY_FROM = regex.compile(
    r"(?<![\d/.\-])(?:từ\s+)?(?:ngày\s+)?(\d{1,2})\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?$", regex.I
)
#: after a lone bracketed day: the close of the bracket and a verb of holding the event it dates
_HELD_AFTER = regex.compile(
    r"\s*\)\s*(?:đã\s+)?(?:được\s+)?(?:tổ\s+chức|diễn\s+ra|ra\s+quân|khai\s+mạc|triển\s+khai)\b", regex.I
)
#: the open of the bracket before a lone day, an event's name before it ("Ngày Chủ nhật xanh (")
_NAMED_BEFORE = regex.compile(r"\p{Lu}[\p{L}\s]{2,60}\(\s*(?:ngày\s+)?$")
#: the open of a bracket that gives a period "from … to …": "Sau 6 tuần (từ ngày 3/11 đến 14/12)"
_FROM_IN_BRACKET = regex.compile(r"\(\s*từ\s+(?:ngày\s+)?$", regex.I)
#: the open of a bracket that gives a period from a bare day: "Trong 4 ngày (từ 10 đến " (13/12)
_FROM_DAY_IN_BRACKET = regex.compile(
    r"\(\s*từ\s+(?:ngày\s+)?\d{1,2}\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?$", regex.I
)
#: a disaster named right before a single date: the date is when it struck, not a day of the
#: activities reported ("Sau trận sạt lở đất đêm 29/9, Đoàn xã huy động …")
_DISASTER_BEFORE = regex.compile(
    r"(?<!\w)(?:trận|cơn|đợt)\s+(?:bão|lũ|lụt|sạt\s+lở|mưa|lốc|động\s+đất|ngập|hỏa\s+hoạn|cháy)"
    r"[^.,;:()\n]{0,30}?(?:ngày|đêm|sáng|chiều|trưa|tối|rạng\s+sáng)?\s*$",
    regex.I,
)


#: a ceremony held on the day that opens a clause citing a document: a time of day before the
#: date ("Chiều 9/1/2026, ... ký kết Chương trình phối hợp số ..."), or a venue right after it
#: ("Ngày 9/1/2026, tại ..."): the date is the document's and also the day of an event
#: (`find_references` keeps it for the event dates)
_TIME_OF_DAY = regex.compile(r"\b(?:sáng|chiều|trưa|tối|đêm)\s+(?:ngày\s+)?$", regex.I)
#: a work or tool in service since a single date: "được đưa vào vận hành từ ngày 15/4/2025",
#: "áp dụng từ ngày ...", "phường X chính thức hoạt động từ ngày ..." (a state that begins, like a
#: clause opened by "Từ ngày"), or a rule abolished since a date ("khoán thuế được bãi bỏ từ ngày
#: 1/1/2026": the day a policy takes effect, no activity), or bodies that end since a date ("các
#: Huyện đoàn kết thúc hoạt động từ ngày 30/6/2025": a state that ends, no activity either)
_IN_SERVICE_SINCE = regex.compile(
    r"\b(?:vận\s+hành|sử\s+dụng|áp\s+dụng|có\s+hiệu\s+lực|(?:chính\s+thức|đi\s+vào)\s+hoạt\s+động"
    r"|(?:kết\s+thúc|chấm\s+dứt|ngừng|dừng)\s+hoạt\s+động"
    r"|(?:bãi|xóa|xoá)\s+bỏ)"
    r"\s+(?:chính\s+thức\s+)?(?:kể\s+)?từ\s+(?:ngày\s+)?$",
    regex.I,
)
#: the reform of local government that took effect on the date after it (spec §3 `event_dates`:
#: the day a reform took effect is no reported activity, like the day units were merged): "vận hành
#: chính quyền địa phương 2 cấp từ ngày 01/7/2025", "chính quyền hai cấp chính thức hoạt động từ
#: ngày ...", "các xã, phường mới đi vào hoạt động từ ngày ...", "bộ máy mới vận hành kể từ ngày
#: ..."; only the words that name the reform, perhaps a verb of taking effect, then "từ"/"vào"
#: ("hỗ trợ chính quyền 2 cấp, ngày 10/7/2025 Tỉnh đoàn ..." keeps its date)
_REFORM_SINCE = regex.compile(
    r"(?:chính\s+quyền(?:\s+địa\s+phương)?\s+(?:2|hai)\s+cấp"
    r"|(?:đơn\s+vị\s+hành\s+chính|xã|phường|đặc\s+khu|bộ\s+máy|mô\s+hình)(?:\s+tổ\s+chức)?\s+mới)"
    r"(?:\s+(?:chính\s+thức\s+|bắt\s+đầu\s+)?(?:đi\s+vào\s+hoạt\s+động|hoạt\s+động|vận\s+hành))?"
    r"\s+(?:(?:kể\s+)?từ|vào)\s+(?:ngày\s+)?$",
    regex.I,
)
#: the same reform named after the date it took effect, with its verb: "Ngày 01/7/2025, chính
#: quyền địa phương hai cấp chính thức đi vào hoạt động" (`_merger_follows`)
_REFORM_TOOK_EFFECT = regex.compile(
    r"chính\s+quyền(?:\s+địa\s+phương)?\s+(?:2|hai)\s+cấp\s+(?:(?:chính\s+thức|bắt\s+đầu)\s+)?"
    r"(?:đi\s+vào\s+hoạt\s+động|hoạt\s+động|vận\s+hành)",
    regex.I,
)
_HELD_EVENT = regex.compile(r"^\s*,?\s*tại\s", regex.I)
#: a commemorative day named, with its date, after a word of celebrating it: "chào mừng Ngày hội
#: Đại đoàn kết toàn dân tộc 18/11", "nhân dịp Ngày Nhà giáo Việt Nam 20/11", "hưởng ứng Ngày Quốc
#: tế Thiếu nhi 1/6" (the date is part of the day's name, not when the activity reported was done;
#: spec §3 `event_dates`); the name's words are letters only, and not a word that would date an
#: activity instead ("chào mừng ngày hội, tổ chức vào ngày 18/11")
_NAMED_DAY = regex.compile(
    r"(?:nhân\s+dịp|chào\s+mừng|hưởng\s+ứng|hướng\s+tới)\s+(?:kỷ\s+niệm\s+)?(?:\d{1,3}\s+năm\s+)?"
    r"ngày(?:\s+(?!(?:ngày|vào|diễn|tổ|được|sẽ|lúc|từ|tại|đã)(?!\w))[\p{L}]+){1,8}\s+$",
    regex.I,
)
#: a whole month opening a clause: "Trong tháng 11, ..." (`_own_month_range`)
#: (matched at the clause's start: a news page's lead "(TN Bắc Ninh) - " may come before it)
_WHOLE_MONTH = regex.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*[-–—]\s*)?(?:trong\s+suốt|trong|suốt)\s+$", regex.I
)
#: a month mention's number and year, as `find_dates` reads "tháng 11", "tháng 11/2025"
_MONTH_TEXT = regex.compile(r"tháng\s+(\d{1,2})(?:\s*(?:năm\s+|/|-|\.)\s*(\d{4}))?", regex.I)


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding `start` begins: after the last clause boundary before it (looked
    for in the 1000 characters before `start`, backwards from it)."""
    w0 = max(0, start - 1000)
    m = _CLAUSE_BACK.search(text, w0, start)
    return m.end() if m else w0


def _paren_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every bracketed part of `text`, inner ones first; an unmatched ")" is ignored."""
    spans: list[tuple[int, int]] = []
    if "(" not in text:
        return spans
    stack: list[int] = []
    for m in _PAREN.finditer(text):
        if m.group() == "(":
            stack.append(m.start())
        elif stack:
            spans.append((stack.pop(), m.end()))
    return spans


def _inside(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def find_references(text: str, own_number: str | None) -> list[tuple[Reference, list[tuple[int, int]]]]:
    """Every cited document number with its date, and the spans of `text` they take (the number
    and the date that belongs to it)."""
    out: list[tuple[Reference, list[tuple[int, int]]]] = []
    nums = _deps.find_doc_numbers(text)
    if not nums:
        return out  # no cited document: no need to look for its dates
    dates = [d for d in _deps.find_dates(text) if d.kind == "date" and not d.year_inferred]
    own = _key(own_number) if own_number else None
    for n in nums:
        if own and _key(n.number) == own:
            continue
        date = None
        spans = [(n.start, n.end)]
        # a date right after the number: "... 46-KH/TWĐTN-CNĐT ngày 14/4/2023"
        for d in dates:
            if d.start >= n.end and d.start - n.end <= 25 and _NUMBER_TO_DATE.match(text[n.end : d.start]):
                date = d.value
                spans.append((d.start, d.end))
                break
        if date is None:
            # "thỏa thuận số 12-TTr/TĐTN giữa Tỉnh đoàn A và Tỉnh đoàn B ký ngày 20/5/2025": the
            # signing date further on in the same clause
            signed = _signed_date(text, n.end, dates)
            if signed is not None:
                date = signed.value
                spans.append((signed.start, signed.end))
        if date is None:
            # "Ngày 07/7/2023, ... ban hành công văn số 1134-CV/...": the clause's opening date
            c0 = _clause_start(text, n.start)
            before = [d for d in dates if c0 <= d.start < n.start and n.start - d.end <= 150]
            if before and _ISSUED.search(text[before[-1].end : n.start]):
                date = before[-1].value
                if not _HELD_EVENT.search(text[before[-1].end : n.start]) and not _TIME_OF_DAY.search(
                    text, max(c0, before[-1].start - 12), before[-1].start
                ):
                    spans.append((before[-1].start, before[-1].end))
        doc_type = getattr(n, "type_name", None)
        out.append((Reference(number=n.number, date=date, doc_type=doc_type, span=(n.start, n.end)), spans))
    return out


#: the words that date a cited document's signing or issue right before the date: "… ký ngày",
#: "… ký kết ngày", "… ban hành ngày"
_SIGNED_ON = regex.compile(r"(?:ký(?:\s+kết)?|ban\s+hành)\s+(?:vào\s+)?ngày\s*$", regex.I)
#: how far after a cited number its signing date may stand ("giữa Tỉnh đoàn A và Tỉnh đoàn B ký ngày")
_SIGNED_REACH = 100


def _signed_date(text: str, end: int, dates: list[Any]) -> Any | None:
    """The date a cited document was signed or issued when the clause that cites it says so after
    the parties ("thỏa thuận phối hợp số 12-TTr/TĐTN giữa Tỉnh đoàn A và Tỉnh đoàn B ký ngày
    20/5/2025"): the reference's date, not an activity date (spec: references and event_dates).
    The date must follow "ký/ký kết/ban hành (vào) ngày" within one clause (no ".", ";", new line or
    other cited number between). Cheap first test: the word "ngày" shortly after the number."""
    if text.find("ngày", end, end + _SIGNED_REACH) < 0:
        return None
    for d in dates:
        if d.start < end or d.start - end > _SIGNED_REACH:
            continue
        between = text[end : d.start]
        if any(c in between for c in ".;\n") or "số " in between:
            return None
        if _SIGNED_ON.search(between):
            return d
    return None


def _key(num: str) -> str:
    return _SPACES.sub("", num).casefold()


def unique_references(refs: list[Reference]) -> list[Reference]:
    seen: dict[str, Reference] = {}
    out: list[Reference] = []
    for r in refs:
        k = _key(r.number)
        if k in seen:
            if seen[k].date is None and r.date:
                seen[k].date = r.date
            continue
        seen[k] = r
        out.append(r)
    return out


def context_years(
    text: str, excluded: list[tuple[int, int]], *, mark_periods: bool = False
) -> list[tuple[int, int, str]]:
    """(offset, year, source) of every year mention that can date a year-less date; source is
    "nam" for a whole year ("năm 2023"), else "date"; with `mark_periods`, "period" for a year
    of a period ("giai đoạn 2023 - 2025", "năm học 2025 - 2026")."""
    out = []
    periods: set[int] = set()
    if mark_periods:
        for p in _PERIOD.finditer(text):
            periods.update((p.start(1), p.start(2)))
    for m in _YEAR.finditer(text):
        a, b = m.span(1)
        if _inside(excluded, a, b):
            continue
        before = text[max(0, a - 40) : a]
        if _SINCE.search(before) or (("so" in before or "So" in before) and _COMPARED.search(before)):
            continue
        out.append((a, int(m.group(1)), "period" if a in periods else year_source(text, a)))
    return out


def event_dates(
    text: str,
    excluded: list[tuple[int, int]],
    *,
    captions: list[tuple[int, int]] | None = None,
    since_clauses: bool = False,
    own_date: str | None = None,
    loose_forms: bool = False,
) -> list[str]:
    """ISO dates and ranges of the reported activities in `text` (see the module doc).

    `excluded` are spans of `text` whose dates never count (cited documents and their dates); in
    the spans `captions` (photo captions) only date ranges count; with `since_clauses` a single
    date in a clause opened by "Từ ngày" or "Sau ngày", the day an administrative unit was
    founded, and a single date since which something is in service do not count. The structure
    stage passes both; `own_date` (the page's or document's own ISO date) dates a year-less date
    the text gives no usable year for but a period's; `loose_forms` adds a day-only low end of a
    range, a lone bracketed day after an event's name and the year of a day written again, and
    with `own_date` the whole own month of a clause opened by "Trong tháng N," (`_own_month_range`),
    and leaves out a commemorative day's date after a word of celebrating it (`_NAMED_DAY`). A
    deadline word is looked for in the 40 characters before a date, across a line break (a PDF
    line that ends at "trước ngày"). The other defaults give the rules as they were before them
    (which ``tests/test_speed4_struct_shortcuts.py`` checks the shortcuts of this function
    against).
    """
    # the brackets and year mentions are read only for a date written without a year (most
    # dates have one)
    parens: list[tuple[int, int]] | None = None
    years: list[tuple[int, int, str]] | None = None
    counts: Counter[int] = Counter()
    found: list[str] = []
    all_dates = _deps.find_dates(text)
    written: dict[str, int] | None = None
    for d in all_dates:
        if d.kind not in ("date", "daterange"):
            if d.kind == "month" and loose_forms and own_date:
                whole = _own_month_range(text, d, own_date, excluded)
                if whole is not None and whole not in found:
                    found.append(whole)
            continue
        if d.value in found and _YEAR_FIRST.match(d.value):
            continue  # a date with its year already found: the tests below cannot add it again
        if any(s < d.end and d.start < e for s, e in excluded):
            continue
        clause0 = _clause_start(text, d.start)
        before = text[clause0 : d.start]
        low_day = _low_day(text, d) if loose_forms and d.kind == "date" else None
        deadline = (
            d.kind == "date"
            and low_day is None
            and _DEADLINE.search(text, max(0, d.start - 40), d.start) is not None
        )
        if _PLANNED.search(before) or deadline:
            continue
        if d.kind == "date" and _opens_plan(text, before, d.end):
            continue  # "Tối 27/7, Tỉnh đoàn sẽ tổ chức …": a day still to come
        if d.kind == "date" and (_MERGER.search(before) or _merger_follows(text, d.end)):
            continue
        if since_clauses and d.kind == "date" and "được" in before and _UNIT_FOUNDED.search(before):
            continue  # the day a unit was founded: a state that begins, not an activity
        if (
            since_clauses
            and d.kind == "date"
            and _IN_SERVICE_SINCE.search(text, max(0, d.start - 40), d.start)
        ):
            continue  # "được đưa vào vận hành từ ngày ...": in service since, not a day's activity
        if since_clauses and d.kind == "date" and _REFORM_SINCE.search(text, max(0, d.start - 80), d.start):
            continue  # "chính quyền địa phương 2 cấp từ ngày 01/7/2025": the day a reform took effect
        if since_clauses and d.kind == "date" and _SINCE_DATE.search(before):
            continue  # "Từ ngày 01/7/2025, ...": since when, not a day's activity
        if captions and d.kind == "date" and _inside(captions, d.start, d.end):
            continue  # a photo caption's date: when the photo was taken
        if loose_forms and d.kind == "date" and _DISASTER_BEFORE.search(text, max(0, d.start - 60), d.start):
            continue  # "Sau trận sạt lở đất đêm 29/9": when a disaster struck, not an activity
        if _HOLIDAY.search(text[max(0, d.start - 60) : d.start]) and not _FOUR_DIGITS.search(d.text):
            continue  # "Quốc khánh 2/9", "kỷ niệm ... 02/9": the name of a day, not an event
        if _titled_occasion(text, d.start, d.end) and not _FOUR_DIGITS.search(d.text):
            continue  # "… gia đình chính sách dịp 27/7" in a headline: the occasion, not an event
        if loose_forms and d.kind == "date" and _named_day_before(text, d.start):
            continue  # "chào mừng Ngày hội Đại đoàn kết toàn dân tộc 18/11": a day's name
        if loose_forms and d.kind == "date" and _place_named_by_date(text, d):
            continue  # "tại Quảng trường 10/3", "đường 3/2": a place's name, not a day
        value = d.value
        if not value or not _YEAR_FIRST.match(value):
            if parens is None:
                parens = _paren_spans(text)
            if _inside(parens, d.start, d.end) and not (
                loose_forms and (_named_day(text, d) or _period_in_bracket(text, d))
            ):
                continue  # a schedule of bare days in brackets "(vào các ngày 29/2, 30/5)"
            if years is None:
                years = context_years(text, excluded + parens, mark_periods=bool(own_date))
                if own_date:
                    # the page's own date comes before a period's year (module doc)
                    years = [t for t in years if t[2] != "period"]
                counts = Counter(y for _, y, _ in years)
            near = _nearest_year(years, d.start, d.end)
            m_dm = _DAY_MONTH.search(d.text)
            month = int(m_dm.group(2)) if m_dm else None
            if loose_forms and written is None:
                written = _written_years(all_dates)
            again = written.get(_month_day(m_dm)) if written and d.kind == "date" else None
            if again is not None:
                year = again  # "đến 3/8/2025 ... ngày 3/8": the same day, written again
            elif near is None or (month == 1 and near[2] == "nam"):
                # no year in the text, or only "năm YYYY" for a January date (a review of a year
                # appears in the January after it): the own date's year, when there is one
                year_own = _year_from_own(own_date, m_dm)
                if year_own is None:
                    continue
                year = year_own
            else:
                year = _dominant_year(counts, near[0])
                year_own = _year_from_own(own_date, m_dm)
                if (
                    year_own is not None
                    and year != year_own
                    and (
                        # the day's own sentence and the page's date agree on the year: the year
                        # the rest of the text speaks of most (a plan for the next year) does not
                        (near[0] == year_own and _same_sentence(text, d, near))
                        or _own_date_dates_it(text, d, near, own_date, year, m_dm)
                        or _finished_in_own_year(d, own_date, year, year_own)
                    )
                ):
                    year = year_own
            w0 = max(0, d.start - 30)
            redo = [
                x
                for x in _deps.find_dates(text[w0 : d.end + 5], year=year)
                if x.kind == d.kind and w0 + x.start <= d.start < w0 + x.end
            ]
            if not redo or not redo[0].value:
                continue
            value = redo[0].value
        if low_day is not None and _YEAR_FIRST.match(value) and len(value) == 10:
            value = f"{value[:8]}{low_day:02d}/{value}"  # "Từ ngày 8 đến 10/12": 8-10 December
        if "/" in value and _span_days(value) > 366:
            continue  # an anniversary span "(26/3/1931 - 26/3/2024)"
        if value not in found:
            found.append(value)
    return found


#: a kind of place right before a day and month with no year, which then name it: "Quảng trường
#: 10/3", "đường 3/2", "cầu 14/9", "Trường THPT 19/5" (`_place_named_by_date`); not "lên đường"
#: (to set off)
_PLACE_BEFORE_DATE = regex.compile(
    r"(?:quảng\s+trường|công\s+viên|sân\s+vận\s+động|(?<!lên\s)đường|phố|cầu"
    r"|trường(?:\s+(?:THPT|THCS|tiểu\s+học|mầm\s+non|trung\s+học\s+cơ\s+sở|trung\s+học\s+phổ\s+thông))?)\s+$",
    regex.I,
)


def _opens_plan(text: str, before: str, end: int) -> bool:
    """Whether a date that opens its clause (at most two words before it: "Tối 27/7", "Sáng ngày
    5/8") is followed by its subject and a word of a plan (`_PLANNED_AFTER`): the day of an
    activity still to come ("Tối 27/7, Tỉnh đoàn sẽ tổ chức lễ thắp nến"), not one reported.
    "Ngày 20/7, Tỉnh đoàn tổ chức …" and a "sẽ" in a later clause keep the date."""
    return len(before.split()) <= 2 and _PLANNED_AFTER.match(text, end) is not None


def _place_named_by_date(text: str, d: object) -> bool:
    """Whether a day and month with no year ("10/3") is part of a place's name: right after a
    kind of place (`_PLACE_BEFORE_DATE`: "tại Quảng trường 10/3 (phường …)", "trên đường 3/2"), it
    says where, not on which day something was done (spec §3 `event_dates`, like a day in a
    commemorative day's name). "Tối 10/3, tại quảng trường …" keeps its date. The cheap first test:
    no year in the date's text."""
    start = getattr(d, "start", 0)
    if _FOUR_DIGITS.search(getattr(d, "text", "")):
        return False
    return _PLACE_BEFORE_DATE.search(text, max(0, start - 60), start) is not None


def _titled_occasion(text: str, start: int, end: int) -> bool:
    """A bare "dịp" right before the date at [start, end) on a line that ends with no period (a
    headline: "Tuổi trẻ huyện thăm 200 gia đình chính sách dịp 27/7"): the occasion honoured. Cheap
    first test: "dịp" before the date."""
    if "dịp" not in text[max(0, start - 12) : start].lower():
        return False
    if not _OCCASION.search(text, max(0, start - 12), start):
        return False
    line_end = text.find("\n", end)
    line = text[end : len(text) if line_end < 0 else line_end].rstrip()
    return not line.endswith((".", "!", "?", ";", ":"))


def _named_day_before(text: str, start: int) -> bool:
    """Whether a commemorative day's name, after a word of celebrating it, ends right before the
    date at `start`: "chào mừng Ngày hội Đại đoàn kết toàn dân tộc 18/11" (`_NAMED_DAY`). Cheap
    first test: "ngày" in the 90 characters before."""
    w0 = max(0, start - 90)
    window = text[w0:start]
    if "gày" not in window:
        return False
    return _NAMED_DAY.search(window) is not None


def _own_month_range(text: str, d: object, own_date: str, excluded: list[tuple[int, int]]) -> str | None:
    """The whole month "YYYY-MM-01/YYYY-MM-last" of a clause opened by "Trong tháng N," on a page
    dated in that same month N ("Trong tháng 11, Đoàn xã ra quân ..." on a page of 30/11/2025): the
    month the page reports on, the way a news page dates "Ngày 22/11" by its own date. Only the
    page's own month counts (an earlier month named so is background: "Trong tháng 3, ..." on a
    page of April gives no date), a month written with another year does not, nor a clause that
    plans ("Trong tháng 12, Tỉnh đoàn dự kiến ...") or a month in a cited document's span."""
    start, end = int(getattr(d, "start", 0)), int(getattr(d, "end", 0))
    if not _YEAR_FIRST.match(own_date) or len(own_date) < 10:
        return None
    if not _WHOLE_MONTH.match(text, _clause_start(text, start), start):
        return None
    if any(s < end and start < e for s, e in excluded):
        return None
    m = _MONTH_TEXT.match(getattr(d, "text", ""))
    if m is None or int(m.group(1)) != int(own_date[5:7]):
        return None
    year = int(own_date[:4])
    if m.group(2) and int(m.group(2)) != year:
        return None
    if text[end : end + 1] != ",":
        return None  # "Trong tháng 11 và tháng 12", "trong tháng 11 này": not a clause's whole month
    m_end = _CLAUSE_FWD.search(text, end, min(len(text), end + 300))
    if _PLANNED.search(text, end, m_end.start() if m_end else min(len(text), end + 300)):
        return None
    month = int(m.group(1))
    last = calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-01/{year:04d}-{month:02d}-{last:02d}"


def drop_later_plans(dates: list[str], own_date: str | None) -> list[str]:
    """`dates` without those starting after the document's own date `own_date`, when some date
    starts on or before it: a document that reports what was done up to its date plans what
    comes after it. A single date inside a range that is kept stays: it is a day of the reported
    period ("từ ngày 6/7 đến 3/8/2025 ... lễ tổng kết ngày 3/8"). With no own date, or nothing
    dated on or before it, `dates` as they are."""
    if not own_date or not dates:
        return dates
    if not any(d[:10] <= own_date for d in dates):
        return dates
    kept = [d for d in dates if d[:10] <= own_date]
    spans = [(d[:10], d[11:]) for d in kept if "/" in d]
    return [d for d in dates if d[:10] <= own_date or any(a <= d[:10] and d[-10:] <= b for a, b in spans)]


def _month_day(m: regex.Match[str] | None) -> str:
    """ "MM-DD" of a day and month as written ("3/8" -> "08-03"), "" for none."""
    return f"{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else ""


def _written_years(dates: list[object]) -> dict[str, int]:
    """The year of each day ("MM-DD") the text writes with its year, as a date or a range's end:
    a day written again without it is the same day ("từ ngày 6/7 đến 3/8/2025 ... Tại lễ tổng
    kết ngày 3/8" is 2025-08-03, whatever year the text names nearer)."""
    out: dict[str, int] = {}
    for d in dates:
        value = getattr(d, "value", None) or ""
        if getattr(d, "kind", "") not in ("date", "daterange"):
            continue
        if not _FOUR_DIGITS.search(getattr(d, "text", "")):
            continue
        if "/" in value and _span_days(value) > 366:
            continue  # an anniversary span "(27/7/1947 - 27/7/2025)" dates no day of the text
        for part in value.split("/"):
            if len(part) == 10 and _YEAR_FIRST.match(part):
                out.setdefault(part[5:], int(part[:4]))
    return out


def _low_day(text: str, d: object) -> int | None:
    """The bare day that opens a range before the single date `d`: 8 in "Từ ngày 8 đến 10/12"
    (a day before the date's own day), else None."""
    start = getattr(d, "start", 0)
    m = _DAY_ONLY_FROM.search(text, max(0, start - 25), start)
    if m is None:
        return None
    dm = _DAY_MONTH.match(getattr(d, "text", ""))
    low = int(m.group(1))
    return low if dm and 1 <= low < int(dm.group(1)) else None


def _named_day(text: str, d: object) -> bool:
    """Whether the bracketed date `d` stands alone after the name of the event it dates and a
    verb of holding that event follows the bracket: "Ngày Chủ nhật xanh (22/3) được tổ chức"."""
    start, end = getattr(d, "start", 0), getattr(d, "end", 0)
    return bool(_NAMED_BEFORE.search(text, max(0, start - 70), start) and _HELD_AFTER.match(text, end))


def _period_in_bracket(text: str, d: object) -> bool:
    """Whether `d` is a range that a bracket opens with "từ" ("Sau 6 tuần (từ ngày 3/11 đến
    14/12)", "Trong 4 ngày (từ 10 đến 13/12)") or a range that fills its bracket ("Trong 2 ngày
    thi (18 và 19/6)", "(3 - 6/2)"): it gives the period of the activity (a schedule of bare days
    is single dates)."""
    start = getattr(d, "start", 0)
    if getattr(d, "kind", "") != "daterange":
        # "Trong 4 ngày (từ 10 đến 13/12)": the range's low end is a bare day (`_low_day`)
        return (
            getattr(d, "kind", "") == "date"
            and text.find("(", max(0, start - 30), start) >= 0
            and _FROM_DAY_IN_BRACKET.search(text, max(0, start - 30), start) is not None
        )
    if _FROM_IN_BRACKET.search(text, max(0, start - 12), start) is not None:
        return True
    # "Trong 2 ngày thi (11 và 12/6)", "Lễ hội X (15 - 17/5)": a range that fills its bracket is
    # the period of the activity named before it, as a range in the running text is
    end = getattr(d, "end", 0)
    return (
        _OPENS_BRACKET.search(text, max(0, start - 8), start) is not None
        and _CLOSES_BRACKET.match(text, end) is not None
    )


#: the open of a bracket right before a date ("(", "(ngày ") and its close right after one
_OPENS_BRACKET = regex.compile(r"\(\s*(?:ngày\s+)?$", regex.I)
_CLOSES_BRACKET = regex.compile(r"\s*\)")


def _merger_follows(text: str, end: int) -> bool:
    """Whether the clause a date opens says what was merged then: "Từ ngày 01/7/2025, tỉnh X mới
    được hình thành trên cơ sở hợp nhất ..." (the merger word follows the date, with no activity
    verb between them), or that the two-level local government took effect then ("Ngày 01/7/2025,
    chính quyền địa phương hai cấp chính thức đi vào hoạt động")."""
    m_end = _CLAUSE_FWD.search(text, end, min(len(text), end + 160))
    after = text[end : m_end.start() if m_end else min(len(text), end + 160)]
    m = _MERGER.search(after)
    if m is None and "cấp" in after:
        m = _REFORM_TOOK_EFFECT.search(after)  # "..., chính quyền hai cấp chính thức hoạt động"
    return bool(m) and not _ACTIVITY_OR_AFTER.search(after, 0, m.start())


def _year_from_own(own_date: str | None, day_month: regex.Match[str] | None) -> int | None:
    """The year of a day and month written without one, from the page's own date: its year when
    the day is on or before it ("Ngày 17/1" on a page of 19/01/2026 -> 2026), the year before
    otherwise ("ngày 28/12" on a page of 05/01/2026 -> 2025)."""
    if not own_date or day_month is None or not _YEAR_FIRST.match(own_date):
        return None
    try:
        year, own_month, own_day = int(own_date[:4]), int(own_date[5:7]), int(own_date[8:10])
    except ValueError:
        return None
    day, month = int(day_month.group(1)), int(day_month.group(2))
    return year if (month, day) <= (own_month, own_day) else year - 1


#: how far from the page's own date a year-less day read with a year of another sentence may lie
#: before the own date takes over (about half a year)
_OWN_DATE_REACH = 183


def _own_date_dates_it(
    text: str,
    d: object,
    near: tuple[int, int, str],
    own_date: str | None,
    year: int,
    day_month: regex.Match[str] | None,
) -> bool:
    """Whether the page's own date, not a year written in another sentence, dates the year-less
    day `d`: "Ngày 14/3, ..." on a page dated 15/03/2026, with "Từ tháng 7/2025 ..." in the next
    paragraph, is 2026-03-14. It does when the nearest year (`near`: year, distance) is not in
    the day's own sentence and the day read with the text's year (`year`) lies more than half a
    year from the own date (a news page reports the days just before it)."""
    from datetime import date  # noqa: PLC0415

    if not own_date or day_month is None or not _YEAR_FIRST.match(own_date):
        return False
    if _same_sentence(text, d, near) is not False:
        return False  # the year is written in the day's own sentence (or not found where `near` says)
    try:
        own = date.fromisoformat(own_date[:10])
        day = date(year, int(day_month.group(2)), int(day_month.group(1)))
    except ValueError:
        return False
    return abs((own - day).days) > _OWN_DATE_REACH


def _finished_in_own_year(d: object, own_date: str | None, year: int, year_own: int) -> bool:
    """Whether the year-less range `d`, read with a later year of the text (`year`, say a plan
    for next year: "năm 2026 đơn vị dự kiến ..."), ends on or before the page's own date when read
    in the own date's year (`year_own`): "(từ ngày 1/6 đến 30/11)" on a page of 12/12/2025 is a
    period that has just ended, 2025-06-01/2025-11-30, not one half a year ahead (a news page
    reports what was done)."""
    if getattr(d, "kind", "") != "daterange" or not own_date or year <= year_own:
        return False
    ends = _DAY_MONTH.findall(getattr(d, "text", ""))
    if not ends or not _YEAR_FIRST.match(own_date) or year_own != int(own_date[:4]):
        return False
    day, month = int(ends[-1][0]), int(ends[-1][1])
    return f"{month:02d}-{day:02d}" <= own_date[5:10]


def _same_sentence(text: str, d: object, near: tuple[int, int, str]) -> bool | None:
    """Whether the year `near` (year, distance) is written in the same sentence as the date `d`;
    None when it is not found at that distance."""
    start, end = int(getattr(d, "start", 0)), int(getattr(d, "end", 0))
    y, dist = str(near[0]), near[1]
    if start - dist >= 0 and text.startswith(y, start - dist):
        between = text[start - dist : start]
    elif text.startswith(y, end + dist):
        between = text[end : end + dist]
    else:
        return None
    return not _CLAUSE_FWD.search(between)


def _dominant_year(counts: Counter[int], nearest: int) -> int:
    """The year the text speaks of most; the nearest mention breaks a tie."""
    if not counts:
        return nearest
    top = max(counts.values())
    best = [y for y, c in counts.items() if c == top]
    return nearest if nearest in best else max(best)


def _span_days(value: str) -> int:
    from datetime import date  # noqa: PLC0415

    try:
        a, b = (date.fromisoformat(v) for v in value.split("/"))
    except ValueError:
        return 0
    return (b - a).days


def _nearest_year(years: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    best: tuple[int, int, str] | None = None
    for pos, y, source in years:
        dist = start - pos if pos < start else pos - end
        if best is None or dist < best[1]:
            best = (y, dist, source)
    return best


def year_source(text: str, pos: int) -> str:
    """Whether the year at `pos` is a whole year ("năm 2023") or part of a date or name."""
    return "nam" if _NAM_BEFORE.search(text[max(0, pos - 12) : pos]) else "date"


#: the committee a report's preamble names as reporting, before "báo cáo": "..., Ban Thường vụ
#: Huyện đoàn báo cáo kết quả như sau:" (group `committee`; group `body`, the Union body it is the
#: committee of, within one clause and starting with a capital)
_PREAMBLE_REPORTER = regex.compile(
    r"\b(?P<committee>Ban\s+(?:Thường\s+vụ|Chấp\s+hành|Bí\s+thư)|Thường\s+trực(?=\s+Hội\s+đồng\s+Đội\b))\s+"
    r"(?P<body>\p{Lu}[^,;:.!?\n()\"“”]{1,100}?)\s+(?:xin\s+)?báo\s+cáo\b"
)
#: the reporting committees by their whole words, casefolded (with the standing members of the Đội's
#: council, "Thường trực Hội đồng Đội X báo cáo": the council reports through them)
_COMMITTEE_CASE = {
    "ban thường vụ": "Ban Thường vụ", "ban chấp hành": "Ban Chấp hành", "ban bí thư": "Ban Bí thư",
    "thường trực": "Thường trực",
}  # fmt: skip
#: a body name that goes on with a capitalised word (the place or school it is of)
_NAME_GOES_ON = regex.compile(r"(?:\s+\p{Lu}[\p{L}\-]*){1,6}")
#: how far into a report its preamble may reach (a header, a title of a few lines, "Căn cứ ...")
PREAMBLE_CHARS = 3000


def preamble_issuer(text: str, header_body: str | None) -> str | None:
    """The body the preamble of a report names as reporting (spec §3 `issuer`, the body that
    issues or signs): "Căn cứ ..., Ban Thường vụ Đoàn phường X báo cáo như sau:" -> "Ban Thường
    vụ Đoàn phường X". It stands in for the signature when a report is kept without its end.

    A preamble that names the body by its level alone ("Ban Thường vụ Huyện đoàn báo cáo",
    "Ban Thường vụ Đoàn trường báo cáo") is completed by the same body named in full earlier in
    the preamble ("... của Ban Thường vụ Huyện đoàn Yên Thành, Ban Thường vụ Huyện đoàn báo
    cáo"), else by the header's body (`header_body`, in its running form "Huyện đoàn X", without
    its committee) when that name starts with the preamble's. None when the preamble names no
    reporting committee, or one that neither names a unit nor can be completed.
    """
    end = min(len(text), PREAMBLE_CHARS)
    if text.find("báo cáo", 0, end) < 0:
        return None
    m = _PREAMBLE_REPORTER.search(text, 0, end)
    while m is not None and _cited_issuer(text, m.start()):
        # a cited committee's match may run on over the reporter ("… của Ban Thường vụ Tỉnh đoàn về
        # việc Ban Thường vụ Huyện đoàn X báo cáo"): try again from the end of its committee words
        m = _PREAMBLE_REPORTER.search(text, m.end("committee"), end)
    if m is None:
        return None
    committee = _COMMITTEE_CASE[_SPACES.sub(" ", m.group("committee")).casefold()]
    body = _SPACES.sub(" ", m.group("body")).strip()
    if len(body.split()) > 14 or " của " in f" {body.casefold()} ":
        return None
    if _deps.find_units(body) or "Trung ương" in body:
        return f"{committee} {body}"
    full = _named_in_full(text, m.start(), body)
    if full is None and header_body:
        head_words = header_body.split()
        n = len(body.split())
        if len(head_words) > n and " ".join(head_words[:n]).casefold() == body.casefold():
            full = f"{body} {' '.join(head_words[n:])}"
    return f"{committee} {full}" if full else None


#: "của" right before a committee: the committee issued a cited document ("Thực hiện Hướng dẫn số
#: ... của Ban Bí thư Trung ương Đoàn về báo cáo ..."), it is not the one reporting
_CITED_BY = regex.compile(r"\bcủa\s+$")


def _cited_issuer(text: str, start: int) -> bool:
    return _CITED_BY.search(text, max(0, start - 6), start) is not None


def _named_in_full(text: str, before: int, body: str) -> str | None:
    """`body` ("Huyện đoàn") named with its place earlier in the preamble ("Huyện đoàn Yên
    Thành"): the longest such name that the gazetteer reads as one unit."""
    low = text.lower()
    key = body.lower()
    i = low.find(key, 0, before)
    while i >= 0:
        m = _NAME_GOES_ON.match(text, i + len(body))
        if m is not None:
            name = text[i : m.end()]
            units = [u for u in _deps.find_units(name) if u.end > len(body)]
            if units:
                return name[: units[-1].end]
        i = low.find(key, i + 1, before)
    return None
