"""Attribution: which unit's result a figure is (spec §2.3).

Rules, first that applies:

1. ``enumeration`` — a unit written right before the number ("Hưng Yên 161 đội hình", "Nghệ An: 300");
   a former province ("tỉnh Yên Bái cũ 61.200 cây"); the first item of a list joined by "với" ("như
   X với 6.120 đội hình, Y 4.850 đội hình"); the first place of an address chain ("xã A, tỉnh B 01
   công trình" is xã A's). A list of such
   items shares the noun named after its last number (``next_item``; see figures.extract). Each
   item of a list of bracketed items is its own ("Trường A (412 đơn vị), Học viện B (286 đơn vị)",
   "các xã biên giới A (85 suất), B (60 suất)": xã A, xã B); so is the first unit of a list right
   after a colon ("…: X vận động 58,4 tỷ đồng, Y 41 tỷ đồng").
2. ``recipient`` — a higher level hands support to a unit named after a giving verb or "cho"
   ("Trung ương Đoàn … hỗ trợ Tỉnh đoàn Tuyên Quang … 475 triệu đồng"), or after "tới/đến/lên/về"
   when a verb of sending, carrying or giving comes before ("chuyển 150 triệu đồng tới Đoàn xã A",
   "mang 3.000 áo ấm lên tỉnh B"); an unnamed lower body or place gets what is handed to it
   ("trao tặng Đoàn phường 01 sân chơi", "về xã trao tặng 2 nhà"): the page's own unit. A
   recipient named after the gift is not carried into the giver's next act ("trao … cho học sinh
   xã A, và ra mắt 3 đội hình"); a sentence opening with the total value of the gifts ("Tổng giá
   trị quà tặng …") is the recipient's of the sentence before. Every item of one portion of a gift
   ("trao 50 suất quà, mỗi suất gồm 10 kg gạo và 200.000 đồng, cho hộ nghèo xã A") goes to its
   recipient; so does a gift to the people of a place not named again ("cho học sinh nghèo của xã"):
   the place of that level named last before it, in its sentence or the one before; so does a gift
   to people named by their place ("cho đoàn viên, thanh niên khó khăn huyện X"). A sentence that
   describes the things counted a few sentences before by their noun ("Mỗi căn nhà trị giá …", "Tổng
   trị giá 12 căn nhà là …", maybe in the next paragraph) is theirs: the unit of those things, a
   recipient included. A list of places after a word of motion ("chở hàng lên các xã A, B, C, với
   tổng khối lượng 40 tấn") only says where: no single place receives one undivided total. A place
   abroad ("bản X (Lào)") is no unit anywhere in the text: what is given there stays with the giver.
3. ``subject`` — a unit that acts in the clause before the number ("Tỉnh Lâm Đồng hỗ trợ hơn …");
   a unit after "tại/ở/của/thuộc/vào/lên …" only says where, and a body after "phối hợp" is a
   partner: neither counts. In a national report, the place of an event bridged online to many
   points ("tại tỉnh X, kết nối tới 63 điểm cầu") only says where.
4. ``national`` — the clause or sentence is national ("trên toàn quốc", "cả nước"), or the
   national body itself acts ("Trung ương Đoàn tổ chức …") without handing support to anyone.
5. the same rules over the earlier clauses of the sentence (a unit that received something there is
   not carried into a clause that hands over something new), then over the earlier sentences of the
   paragraph (``context``); not for a clause that names the rest of a set of units ("121 xã,
   phường còn lại 60.700 hồ sơ", "các cơ sở Đoàn khác 453 đơn vị"). National words only after
   the number ("… 42 điểm cầu trên cả nước") say where: a body named in an earlier sentence keeps
   the figure.
   A unit name glued to a label before it ("Trật tựTuổi trẻ Công an X") is read from the glue on;
   a headline's place that only shortens the page's own unit's name ("Sinh viên Bách khoa Đà Nẵng …"
   on the page of "trường Đại học Bách khoa - Đại học Đà Nẵng") is no unit: the figure is the scope's.
   Today's name of a merged place ("…, nay thuộc tỉnh Y") and a name inside quotation marks (a
   title: "Cuộc thi “Tìm hiểu … Quân đội nhân dân Việt Nam”") never take a figure.
   Not carried: units a sentence names as examples without figures ("tiêu biểu có Chi đoàn A,
   Chi đoàn B."), nor any earlier subject into a clause that opens with its own named body ("…;
   Chi đoàn Chi nhánh X tiết kiệm 460 triệu đồng"). Back-references: an unnamed body ("Tỉnh
   đoàn đã huy động …") is the body of the same form named last in the paragraph; "toàn thành
   phố" the city whose body opened an earlier sentence; "Trong đó, …" the unit of the last figure
   of the sentence it breaks down. A sentence opening "Theo <national source>," and the N of
   "là 1 trong N tỉnh" (for a province) are national.
6. For a footnote: the unit its marker hangs on (``footnote``), found the same way at the marker.
7. ``section`` — a unit named in the innermost section heading.
8. ``scope`` — the document's scope (the caller's hint first), or None.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from reportextract.figures.context import (
    TextContext,
    contains_phrase,
    ends_with_phrase,
    words_after,
    words_before,
)
from reportextract.figures.lexicon import (
    classifiers,
    cue_probes,
    cue_set,
    cue_union,
    cue_words_longest_first,
    cue_words_re,
    key,
    lookup_head,
)
from reportextract.figures.measure import MeasurePhrase
from reportextract.structure.scope import labels_own_body, short_name_pattern
from reportextract.units import UnitMention, closes_contest_name, find_units, lookup

NATIONAL = "toàn quốc"
#: "toàn Đoàn" (the whole Youth Union) not followed by a level or a place ("toàn Đoàn tỉnh", "toàn
#: Đoàn thành phố", "toàn Đoàn Khối" are a local body's whole)
_WHOLE_UNION = regex.compile(
    r"(?<![\p{L}])toàn\s+Đoàn(?![\p{L}\p{M}])(?!\s+(?:tỉnh|thành|huyện|quận|thị|xã|phường|đặc|khối|Khối|trường|\p{Lu}))"
)
#: one letter; spaces then a comma (`_introductions`)
_ONE_LETTER = regex.compile(r"\p{L}")
_SPACED_COMMA = regex.compile(r"\s*,")


def _introductions(text: str, name: str, end: int) -> Iterator[int]:
    r"""Where `name` (not empty) is followed by a comma before `end`, no letter right
    before it ("Nguyễn Văn B, Bí thư …"): the end of each such comma, as `finditer` of
    ``(?<![\p{L}])NAME\s*,`` would give them, without a pattern compiled per name."""
    i = text.find(name, 0, end)
    while i >= 0:
        m = _SPACED_COMMA.match(text, i + len(name), end)
        if m is not None and (i == 0 or _ONE_LETTER.match(text, i - 1) is None):
            yield m.end()
            i = text.find(name, m.end(), end)
        else:
            i = text.find(name, i + 1, end)


#: a count or a plural word right before an unnamed body ("102 Đoàn xã", "các Đoàn phường"): the
#: bodies are counted, none of them acts
_COUNTED_BODIES = regex.compile(r"(?:\d|(?<![\p{L}])(?:các|những|Các|Những))\s+$")
#: a civil ministry named as a source ("Theo Bộ Y tế,", "theo số liệu của Bộ Giáo dục và Đào tạo,"):
#: "Bộ" and a capitalised word; not "cán bộ", "bộ đội", nor a command or a ministry of the armed
#: forces ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Công an"): their sector's
_MINISTRY = regex.compile(r"(?<![\p{L}])Bộ\s+(?!Tư\s|Chỉ\s|Tham\s|Quốc\s+phòng|Công\s+an|Đội|Bộ)\p{Lu}")
_NOT_SUBJECT_BEFORE = frozenset(
    {"tại", "ở", "của", "thuộc", "từ", "đến", "tới", "về", "trong", "ngoài", "giữa", "với", "cùng", "vào"}
    | {"lên", "xuống", "sang", "ra"}
    # "các liệt sĩ quê Thanh Hóa": "quê X" (native of X) only describes people, X is no unit
    | {"quê"}
)
#: "đường bê tông vào bản X" says where; "phối hợp Đoàn xã X tổ chức …" names a partner, not the actor
_WHERE_PHRASES = frozenset({"trên địa bàn", "địa bàn", "cũng tại", "đóng tại", "phối hợp"})
_ADMIN_LEVELS = frozenset({"province", "district", "commune", "village", "sector"})
#: units that keep what is handed to them in the clause: places, sectors and schools
_RECIPIENT_LEVELS = _ADMIN_LEVELS | {"school"}
#: "tại Nhà văn hóa phường X", "ở trụ sở UBND xã X": a place phrase up to the unit, without punctuation
_LOCATION_LEAD = regex.compile(r"(?<![\p{L}])(?:tại|ở|Tại|Ở)\s+(?:[\p{L}\p{M}]+\s+){0,4}$")
#: an unnamed Youth Union body ("Đoàn xã", "Huyện đoàn", "Tỉnh đoàn") and the level of unit it belongs to
_GENERIC_BODY = regex.compile(
    r"(?<![\p{L}])(?:(?:Đoàn|đoàn)\s+(?P<low>xã|phường|thị trấn|đặc khu)"
    r"|(?P<mid>Huyện|Quận|Thị|huyện|quận)\s*đoàn"
    r"|(?P<top>Tỉnh|Thành|tỉnh|thành)\s*đoàn)(?![\p{L}])(?!\s+[\p{Lu}\d])"
)
#: an unnamed Youth Federation body of a level ("Hội LHTN xã", "Hội Liên hiệp Thanh niên phường")
_GENERIC_ASSOCIATION = regex.compile(
    r"(?<![\p{L}])Hội[ \t]+(?:LHTN|Liên[ \t]+hiệp[ \t]+[Tt]hanh[ \t]+niên)(?:[ \t]+Việt[ \t]+Nam)?[ \t]+"
    r"(?:(?P<low>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)|(?P<mid>huyện|quận|thị[ \t]+xã)"
    r"|(?P<top>tỉnh|thành[ \t]+phố))(?![\p{L}])(?![ \t]+\p{Lu})"
)
#: "nay thuộc", "nay là", "(nay": what follows is the present name of the place before it
_NOW_PART_OF = regex.compile(
    r"(?<![\p{L}])nay\s+(?:thuộc(?:\s+về)?|là|đã\s+sáp\s+nhập\s+vào|sáp\s+nhập\s+vào|nhập\s+vào)\s+$"
    r"|\(\s*nay\s+$",
    regex.IGNORECASE,
)
#: "tại Khu di tích K9 (": a named venue and the bracket that gives its address
_VENUE_BRACKET = regex.compile(
    r"(?<![\p{L}])(?:tại|ở|Tại|Ở)\s+\p{Lu}[\p{L}\p{M}\d]*(?:\s+[\p{L}\p{M}\d]+){0,5}\s*\(\s*$"
)
#: "tại Quảng trường Lam Sơn, phường X": a named venue, then the place it stands in (a place, not a body)
_VENUE_LEAD = regex.compile(
    r"(?<![\p{L}])(?:tại|ở|Tại|Ở)\s+\p{Lu}[\p{L}\p{M}\d]*(?:\s+[\p{L}\p{M}\d]+){0,5}\s*,\s*$"
)
#: between two units of a list, each with its own Youth Union head ("A¹, Chi đoàn B", "A và Đoàn B")
_EXAMPLE_GAP = regex.compile(
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*(?:,|;|và|,\s*và)\s*"
    r"(?:(?:Chi\s+đoàn|Đoàn\s+cơ\s+sở|Đoàn\s+Thanh\s+niên|Đoàn|Liên\s+đội|Chi\s+hội|Hội)\s+)?"
)
#: the blanks and bullets that may open a sentence or a clause before its first word ("- Anh A, …")
_BULLETS_PART = r"[\s\-–•+*]*"
#: a clause that opens with a Youth Union body named by a proper name ("Chi đoàn Chi nhánh X …",
#: "Hội LHTN Y …"; not "Đoàn Thanh niên phường …", "Hội Sinh viên trường …", which refer back): it
#: has its own actor, so no earlier subject is carried into it, even when the name is not a known unit;
#: likewise a clause that opens with the organisers ("…; Ban tổ chức trao 1.000 phần quà"): the
#: event's own organisers act, not the unit of the clause before
_OWN_ACTOR = regex.compile(
    _BULLETS_PART + r"(?:(?:Chi\s+đoàn|Đoàn\s+cơ\s+sở|Đoàn|Chi\s+hội|Hội|Liên\s+đội)"
    r"(?>(?:\s+(?:Thanh\s+niên|Sinh\s+viên|LHTN|Liên\s+hiệp\s+Thanh\s+niên))?)\s+\p{Lu}"
    r"|Ban\s+[Tt]ổ\s+chức\s+\p{Ll})"
)
#: a clause whose actor is a business ("Công ty X tài trợ …", "Ngân hàng Y ủng hộ …") or the people
#: of the place ("phần còn lại do nhân dân đóng góp …", "bà con góp …"): no earlier subject of the
#: sentence is carried into it (a donor list: "Thành đoàn A hỗ trợ …; Công ty B tài trợ …"); the
#: business's sponsorship is money put into the page's own programme (see `_business_sponsor`)
_SPONSOR_OR_PEOPLE_LEAD = regex.compile(
    _BULLETS_PART
    + r"(?:(?:[Cc]ông[ \t]+ty|[Nn]gân[ \t]+hàng|[Tt]ập[ \t]+đoàn|[Dd]oanh[ \t]+nghiệp|Quỹ)[ \t]+\p{Lu}"
    r"|(?:[Pp]hần[ \t]+còn[ \t]+lại[ \t]+)?(?:do[ \t]+)?(?:[Nn]hân[ \t]+dân|[Nn]gười[ \t]+dân|[Bb]à[ \t]+con)"
    r"(?![\p{L}\p{M}])(?![ \t]+[\p{Lu}]))"
)
#: a clause after ";" whose subject is the event itself ("…; ngày hội đã khám mắt cho 650 người",
#: "…; chương trình còn trao 40 suất quà"): what the event did is its organiser's, the page's own
#: unit, not the one the clause before names as a guest (see `_event_opens`)
_EVENT_SUBJECT = regex.compile(
    r"[ \t]*(?:ngày[ \t]+hội|chương[ \t]+trình|hội[ \t]+thi|cuộc[ \t]+thi|chiến[ \t]+dịch|hội[ \t]+trại)"
    r"[ \t]+(?:(?:đã|cũng|còn|đồng[ \t]+thời|tiếp[ \t]+tục|đã[ \t]+và[ \t]+đang)[ \t]+)?"
    r"(?!năm(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*(?![ \t]*\p{Lu})"
)
#: the nouns of member bodies that `_PLURAL_BODIES` and `_PLURAL_BODIES_CLAUSE` read in the plural;
#: "{more}" takes the levels of "Đoàn <level>" that only one of them reads
_PLURAL_BODY_NOUNS = (
    r"(?:[Đđ]oàn(?:[ \t]+[Tt]hanh[ \t]+niên)?[ \t]+(?:trường|xã|phường|{more}cơ[ \t]+sở|khối)"
    r"|[Cc]hi[ \t]+đoàn|[Cc]hi[ \t]+hội|[Ll]iên[ \t]+đội|[Cc]ơ[ \t]+sở[ \t]+[Đđ]oàn)"
)
#: a sentence whose subject is the member bodies in the plural ("Các Đoàn trường duy trì 74 mô
#: hình …", "Những chi đoàn …"): all of them, the page's own unit's; the one body the sentence
#: before named is not carried into it (spec §2.3)
_PLURAL_BODIES = regex.compile(
    r"(?:Các|Những)[ \t]+"
    + _PLURAL_BODY_NOUNS.format(more="")
    + r"(?:[ \t]+trực[ \t]+thuộc)?[ \t]+(?:(?:đã|cũng|còn|tiếp[ \t]+tục)[ \t]+)?\p{Ll}"
)
#: a later clause that opens with the page's own member bodies in the plural, unnamed ("…; các Đoàn
#: xã, thị trấn 270 đơn vị", "…; các chi đoàn tổ chức 40 buổi"), maybe a list of their level words
_PLURAL_BODIES_CLAUSE = regex.compile(
    _BULLETS_PART
    + r"(?:các|những|Các|Những)[ \t]+"
    + _PLURAL_BODY_NOUNS.format(more=r"thị[ \t]+trấn|")
    + r"(?:[ \t]*,[ \t]*(?:xã|phường|thị[ \t]+trấn|trường))*"
    r"(?![\p{L}\p{M}])(?![ \t]+\p{Lu})"
)
#: a qualifier before a number, with its space ("hơn 30", "khoảng 200"), as a part of patterns
_QUALIFIER = r"(?:(?:hơn|gần|khoảng|trên)[ \t]+)?"
#: a later clause that opens with a count of the page's own member bodies of a kind, unnamed ("…; 3 Đoàn
#: trường 66 đội hình", "…; 12 chi đoàn 140 đoàn viên"): the bodies together, as "các Đoàn trường" are
#: (`_PLURAL_BODIES_CLAUSE`); a name after the noun ("2 Đoàn trường A và B") is no bare count
_COUNTED_BODIES_CLAUSE = regex.compile(
    _BULLETS_PART
    + _QUALIFIER
    + r"\d+(?:[.,]\d+)*[ \t]+"
    + _PLURAL_BODY_NOUNS.format(more=r"thị[ \t]+trấn|")
    + r"(?:[ \t]*,[ \t]*(?:xã|phường|thị[ \t]+trấn|trường))*"
    r"(?![\p{L}\p{M}])(?![ \t]+\p{Lu})"
)
#: the levels whose own member bodies a plural of unnamed bodies may be ("Theo Tỉnh đoàn A, …; các cơ
#: sở Đoàn đã hỗ trợ …": A's); a sector's or a school's body holds no "Đoàn xã" (see `_plural_bodies_open`)
_HOLDS_BODIES = frozenset({"national", "province", "district", "commune"})
#: a sentence whose actor is named by a bare noun, no unit: the sponsor ("Ngân hàng nhận đỡ đầu …",
#: "Doanh nghiệp tài trợ …"), the jury or the organisers ("Ban giám khảo trao …"), a verb after it;
#: the unit of an earlier sentence is not carried into it (see `_new_actor_opens`)
_NEW_ACTOR_LEAD = regex.compile(
    r"(?:[Nn]gân[ \t]+hàng|[Cc]ông[ \t]+ty|[Dd]oanh[ \t]+nghiệp|[Nn]hà[ \t]+tài[ \t]+trợ"
    r"|[Bb]an[ \t]+(?:[Gg]iám[ \t]+khảo|[Tt]ổ[ \t]+chức))"
    r"[ \t]+(?:(?:đã|cũng|còn|đồng[ \t]+thời|sẽ|tiếp[ \t]+tục)[ \t]+)?"
    r"(?:nhận|trao|tặng|tài[ \t]+trợ|hỗ[ \t]+trợ|ủng[ \t]+hộ|chọn|cấp|dành|trích"
    r"|đỡ[ \t]+đầu|công[ \t]+nhận)(?![\p{L}])"
)
#: a sentence's opening "Mỗi người" (each person), before what they do (`Attributor._each_doer_after_helper`)
_EACH_PERSON = regex.compile(_BULLETS_PART + r"[Mm]ỗi[ \t]+người(?=[ \t])")
#: a sentence that opens with the next item of a set of works or programmes, by its ordinal ("Công
#: trình thứ ba là …", "Phần việc cuối cùng là …"): an item of the page's own set, not the one the
#: actor of the sentence before made; no subject is carried into it (see `_context`)
_NEXT_ITEM_OPENS = regex.compile(
    _BULLETS_PART + r"(?:Công[ \t]+trình|Phần[ \t]+việc|Mô[ \t]+hình|Hạng[ \t]+mục|Dự[ \t]+án"
    r"|Chương[ \t]+trình|Hoạt[ \t]+động)[ \t]+"
    r"(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|cuối[ \t]+cùng"
    r"|tiếp[ \t]+theo|kế[ \t]+tiếp|còn[ \t]+lại)(?![\p{L}\p{M}])"
)
#: "đoàn công tác" as a subject, a verb after it ("đoàn công tác vượt …") (see `_delegation_acts`)
_DELEGATION_SUBJECT = regex.compile(
    r"[Đđ]oàn[ \t]+công[ \t]+tác[ \t]+(?:(?:đã|cũng|còn|tiếp[ \t]+tục)[ \t]+)?\p{Ll}"
)
_BULLETS = regex.compile(_BULLETS_PART)
#: before the subject of a sentence: nothing, or one opening phrase closed by a comma ("Từ sân bay, ")
_CLAUSE_OPENER = regex.compile(_BULLETS_PART + r"(?:[^\s,.;:][^,.;:]{0,40},[ \t]*)?")
#: "tuyến" (a route) and the places it goes to, up to the end of the search: the first place right
#: after it, a later one after bracketed items ("tuyến Nghệ An (12 chuyến), Thanh Hóa (9 chuyến)"),
#: or the item's own bracket ("tuyến Nghệ An (") (see `_on_route`)
_ROUTE_LIST = regex.compile(
    r"(?<![\p{L}])tuyến[ \t]+(?:[^()\d;.:]{1,40}?[ \t]*\([^()]{1,40}\)[ \t]*(?:,|và|,[ \t]*và)[ \t]*){0,8}"
    r"(?:[^()\d;.:]{1,40}?[ \t]*)?$"
)
#: "trong đó" and the words up to the place it breaks a part off for ("trong đó khu vực tỉnh A cũ")
_PART_OF_AREA = regex.compile(r"trong\s+đó\s*[,:]?\s*(?:(?:khu\s+vực|địa\s+bàn|riêng)\s+)?")
#: a body sending people to help at an event: "cử 40 tình nguyện viên hỗ trợ", "cử 12 đoàn viên phục
#: vụ"; not the "cử" of "bầu cử" (an election), "ứng cử" (standing for one)
_SENDS_HELPERS = regex.compile(
    r"(?<![\p{L}])(?<![Bb]ầu[ \t])(?<![Ứứ]ng[ \t])cử[ \t]+"
    + _QUALIFIER
    + r"\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}?"
    r"[ \t]+(?:hỗ[ \t]+trợ|phục[ \t]+vụ)(?![\p{L}])"
)
#: the lower-case words of people after their number (one comma at most), up to a place, as a part
#: of patterns ("2 học sinh mồ côi xã A", "30 hộ nghèo, cận nghèo huyện B")
_PEOPLE_WORDS_PART = r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}(?:[ \t]*,(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4})?[ \t]+"
#: a clause that opens with the number of one more item of a list of gifts, its verb elided
#: ("…; 02 giải Nhì, …", "…; và 5 suất quà …")
_ELIDED_ITEM = regex.compile(r"[ \t]*(?:và[ \t]+)?" + _QUALIFIER + r"\d")
#: a sentence that breaks down what the one before counted
_BREAKDOWN_LEAD = regex.compile(r"(?:Trong|trong)\s+đó\s*[,:]")
#: "trong đó" right before a unit that opens the part (see `Attributor._opens_part`), lower-cased
_PART_OPENER = regex.compile(r"(?<![\p{L}])trong[ \t]+đó[ \t]*[,:]?[ \t]*$")
#: "trong đó" right before a number, with a qualifier: a part of the total counted before it
_PART_LEAD = regex.compile(r"trong\s+đó\s*[,:]?\s*" + r"(?:(?:hơn|gần|khoảng|trên|có)\s+)?")
_LAST_NUMBER = regex.compile(r"(?<![\d\p{L}])\d+(?:[.,]\d+)*(?![\d\p{L}])")
#: the ways of saying "former" after a unit's name that always mean the unit before a merger: "cũ",
#: "trước sáp nhập", "trước khi hợp nhất", "trước sắp xếp", bare or in brackets
_FORMER_WORDS = (
    r"(?:cũ|\(cũ\)|(?P<open>\()?trước[ \t\u00a0]+(?:khi[ \t\u00a0]+)?"
    r"(?:sáp[ \t\u00a0]+nhập|hợp[ \t\u00a0]+nhất|sắp[ \t\u00a0]+xếp)(?(open)\)))"
)
#: "trước đây" (formerly) after a place's name: its former area ("địa bàn Hà Giang trước đây có 9 …");
#: after a body it mostly says "before" ("Tỉnh đoàn A trước đây đã …"), see `_former_mark`
_FORMERLY_WORDS = r"(?:trước[ \t\u00a0]+đây|\(trước[ \t\u00a0]+đây\))"
#: between a former province and its number: "tỉnh Yên Bái cũ 61.200", "tỉnh Hà Tây (cũ) 120",
#: "tỉnh A trước sáp nhập: 120", "A trước đây có 9"
_FORMER = regex.compile(r"[ \t]+(?:" + _FORMER_WORDS + "|" + _FORMERLY_WORDS + r")[ \t]*(?::|có)?[ \t]*")
#: a passive telling that a place was founded or merged (`Attributor._founded_place`)
_FOUNDED = regex.compile(
    r"được[ \t]+(?:thành[ \t]+lập|hợp[ \t]+nhất|sáp[ \t]+nhập|chia[ \t]+tách)(?![\p{L}])"
)

#: between a count and "của <level>": its lower-case noun, maybe a pair of nouns joined by a comma ("124
#: xã, phường của tỉnh"), maybe a second count joined by "và" or a comma ("3 tập thể và 2 cá nhân của
#: tỉnh") (`Attributor._counted_of_bare_level`)
_COUNT_GAP = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}(?:[ \t]*,(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2})?"
    r"(?:[ \t]*(?:,|và)[ \t]+\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4})?[ \t]+"
)
#: "nhiều nhất trong", "cao nhất trong (số)" right before a count (`Attributor._most_among_places`)
_MOST_AMONG = regex.compile(
    r"(?<![\p{L}])(?:nhiều|cao|lớn|đông)[ \t]+nhất[ \t]+(?:trong|trên)[ \t]+(?:số[ \t]+|tổng[ \t]+số[ \t]+)?$"
)
#: the places a count counts: "xã", "phường", "xã, phường", "huyện" … (`Attributor._most_among_places`)
_PLACE_NOUN_AFTER = regex.compile(
    r"[ \t]+(?:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu|huyện|quận|thị[ \t]+xã|tỉnh|thành[ \t]+phố)"
    r"(?![\p{L}\p{M}])"
)
#: a count right there, maybe after its qualifier (`Attributor._organisation_opens`)
_COUNT_OPENS = regex.compile(r"(?:(?:khoảng|hơn|gần|trên)[ \t]+)?\d")
#: the shared parts of a figure spread over many provinces, "(tại) (hơn) 34 tỉnh, thành phố"
#: (`_OF_MANY_PROVINCES`, `_MANY_PROVINCES`, `_THROUGH_PROVINCES`): the word of place before the count,
#: a rough count's word, a count of many (2 to 99) and "tỉnh, thành" (provinces and cities)
_AT_PROVINCES = r"tại|ở|trên|của"
_ABOUT_PROVINCES = r"(?:(?:hơn|gần|trên|khoảng)[ \t]+)?"
_MANY_COUNT = r"(?:[2-9]|[1-9]\d)"
_PROVINCES_CITIES = r"tỉnh,[ \t]*thành(?![\p{L}])"
#: what many provinces' people made or sent ("… 1.326 công trình, sản phẩm của thanh niên 34 tỉnh, thành
#: phố"): counted over the country, not over the page's province (whose people are one province's)
_OF_MANY_PROVINCES = regex.compile(
    r"(?<![\p{L}])của[ \t]+(?:(?:thanh[ \t]+niên|đoàn[ \t]+viên|sinh[ \t]+viên|học[ \t]+sinh)[ \t]+)?"
    rf"(?:hơn[ \t]+|gần[ \t]+)?{_MANY_COUNT}[ \t]+{_PROVINCES_CITIES}"
)
#: "là 1 trong 10 tỉnh": the number after counts a set the subject is one of
_ONE_OF_BEFORE = regex.compile(r"(?<![\p{L}\d])(?:1|một|Một)\s+trong\s+(?:số\s+)?$")
#: after the set a place below the province is one of, the province that owns or selects it: "của" or
#: "được" (the name of the body's board) and the province's body or level word ("… 1 trong 4 đơn vị dẫn
#: đầu của Tỉnh đoàn A", "… 1 trong 5 xã được Ban Thường vụ Tỉnh đoàn chọn") (`_set_of_province`)
_SET_OWNER_LEAD = regex.compile(
    r"(?<![\p{L}])(?:của|được)[ \t]+(?:Ban[ \t]+(?:Thường[ \t]+vụ|Chấp[ \t]+hành|Bí[ \t]+thư)[ \t]+)?"
)
_BARE_PROVINCE_BODY = regex.compile(
    r"(?:Tỉnh[ \t]+đoàn|Thành[ \t]+đoàn|tỉnh|thành[ \t]+phố)(?![\p{L}\p{M}])(?![ \t]+\p{Lu})"
)
#: at most this many words between the count of a set and the "của"/"được" before its owner, no number
_SET_WORDS = 10
#: a set counted over a region, not the country ("dẫn đầu khu vực Tây Nguyên", "của cụm thi đua miền Trung"):
#: no unit of the output holds a region, so the one named keeps the figure
_REGION_OF_SET = regex.compile(r"(?<![\p{L}])(?:khu[ \t]+vực|vùng|miền|[Cc]ụm[ \t]+thi[ \t]+đua)[ \t]+\p{Lu}")
#: the province's own body by a bare level word, then "là" ("Hội Sinh viên tỉnh là", "Tỉnh đoàn là")
_BARE_PROVINCE_SUBJECT = regex.compile(
    r"(?<![\p{L}])(?:tỉnh|thành[ \t]+phố|(?:Tỉnh|Thành|tỉnh|thành)[ \t]*đoàn)[ \t]+là[ \t]+$"
)
#: "với"/"có" between the first unit of a list and its count ("Hồ Chí Minh với 6.120 đội hình, Hà Nội
#: 4.850 đội hình", "Đại học A có 118 sinh viên, Trường B 64 sinh viên")
_WITH_GAP = regex.compile(r"[ \t]+(?:với|có)[ \t]+")
#: a police body of a place opening a list item ("Chi đoàn Công an xã A", "Đoàn Thanh niên Công an phường B")
_POLICE_HEAD = regex.compile(
    r"(?:(?:Chi[ \t]+đoàn|Đoàn)[ \t]+)?(?:Thanh[ \t]+niên[ \t]+)?Công[ \t]+an[ \t]+(?:xã|phường|thị[ \t]+trấn"
    r"|đặc[ \t]+khu|huyện|quận|thị[ \t]+xã)[ \t]",
    regex.IGNORECASE,
)
#: between a list item with its number and the next item's bare place: "… (lắp) 17 điểm, " ("xã A lắp 17
#: điểm, phường B")
_POLICE_ITEM_GAP = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]+\d+(?:[.,]\d+)*"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*[,;][ \t]*"
)
#: the numbers of a respective list after "lần lượt (là)" ("lần lượt 1.120 kg, 980 kg và 860 kg", "lần lượt
#: 4.200 và 1.800 cây"): each number (a fraction is one: "38/42"), up to three lower-case words of its own
_RESPECTIVE_ITEM = (
    r"\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)?%?(?:[ \t\u00a0]+(?!và(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*){0,3}"
)
_RESPECTIVE_NUMBERS = regex.compile(
    r"(?:[ \t\u00a0]+là)?[ \t\u00a0]*:?[ \t\u00a0]*" + _RESPECTIVE_ITEM
    + r"(?:(?:[ \t\u00a0]*,[ \t\u00a0]*(?:và[ \t\u00a0]+)?|[ \t\u00a0]+và[ \t\u00a0]+)"
    + _RESPECTIVE_ITEM
    + ")+"
)
_RESPECTIVE_NUMBER = regex.compile(r"\d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)?")
#: between two units of the list that "lần lượt" matches: a comma or "và", maybe after the rest of a
#: name the finder leaves out ("Đồn BP Hà Tiên, Đồn BP Hòn Đất"); the blanks of all three take a no-break
#: space too, for text handed to the attributor directly (the line reader turns one into a space)
_RESPECTIVE_UNIT_GAP = regex.compile(
    r"(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}"
    r"(?:[ \t\u00a0]*,[ \t\u00a0]*(?:và[ \t\u00a0]+)?|[ \t\u00a0]+và[ \t\u00a0]+)"
)
#: the words before the value of a gift
_VALUE_WORDS = frozenset({"trị giá", "giá trị"})
#: the Youth Union head of a unit's name, between a giving verb and the unit ("Liên đội trường X")
_HEAD_WORDS = frozenset({"liên đội", "chi đoàn", "chi đội", "chi hội"})
#: the Youth Union's full head before an organisation's name ("Đoàn Thanh niên trường B"), keyed
_UNION_HEAD = ["đoàn", "thanh", "niên"]
_LIST_GAP = regex.compile(r"\s*(?:,|và|,\s*và)\s*")
#: between the place of a list's first item and the next place: its verb (up to two words), its number,
#: its noun and a comma ("tỉnh A có 24 điểm wifi, tỉnh B 17 điểm": " có 24 điểm wifi, "; "tại xã A mở 22
#: lớp, xã B 18 lớp": " mở 22 lớp, ")
_ELLIPTIC_ITEM_GAP = regex.compile(
    r"[ \t]+(?:\p{Ll}[\p{L}\p{M}]*[ \t]+){0,2}?(?:(?:khoảng|hơn|gần|trên)[ \t]+)?\d[\d.,]*"
    r"(?:[ \t]+[\p{Ll}\p{M}]+){1,4}[ \t]*,[ \t]*"
)
_CHAIN_GAP = regex.compile(r"\s*[,(–-]\s*")
#: a count of bodies that opens a list of them after a colon ("Tỉnh đoàn có 109 tổ chức Đoàn trực
#: thuộc:", "gồm 12 cơ sở Đoàn:", "có 88 tổ chức cơ sở Đoàn trực thuộc:"): the number, up to nine
#: words, maybe "gồm", the colon
_MEMBER_LIST_OPEN = regex.compile(r"\d+(?:[ \t]+[\p{L}\p{M}]+){1,9}[ \t]*(?:gồm[ \t]*)?:[ \t]*$")
#: the end of a list item that is a bare name: the next item's gap, or the end of the clause
_MEMBER_ITEM_END = regex.compile(r"[ \t]*(?:[,;.]|và(?![\p{L}\p{M}])|$)")
#: a list gap right before an item ("…, " or "… và "), maybe with the head "Đoàn" the finder leaves out
#: of a body's name ("Đoàn Thanh niên Công an tỉnh": the mention starts at "Thanh niên"); the first
#: item has no gap but the colon's space
_MEMBER_GAP_BEFORE = regex.compile(r"(?:(?<=:)|[,;]|(?<![\p{L}])và)[ \t]*(?:Đoàn[ \t]+)?$")
#: what may stand before a list item's body name: nothing, or the head "Đoàn" the finder leaves out
_ITEM_HEADS = ("", "Đoàn")
#: a full stop that ends a sentence, no thousands dot ("1.080 Đoàn xã")
_SENTENCE_DOT = regex.compile(r"\.(?!\d)")
#: an item of a list of bodies closed by ";" that is a count of bodies ("124 Đoàn xã, phường, đặc khu;"):
#: after the head only up to six level or kind words, capitalised names ("Sinh viên"), commas and "và",
#: not a clause that goes on ("33 Đoàn xã đã tổ chức ra quân;" closes a sentence part: the list ended)
_COUNTED_BODIES_ITEM = regex.compile(
    r"[ \t]*\d+(?:[.,]\d+)*[ \t]+(?:Đoàn|Chi[ \t]+đoàn|Hội|Liên[ \t]+đội)"
    r"(?:[ \t]*,?[ \t]*(?:và[ \t]+)?(?:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu|huyện|quận|thị[ \t]+xã"
    r"|thành[ \t]+phố|cơ[ \t]+sở|trường(?:[ \t]+học)?|cao[ \t]+đẳng|đại[ \t]+học|trực[ \t]+thuộc|khối"
    r"|doanh[ \t]+nghiệp|cơ[ \t]+quan|\p{Lu}[\p{L}\p{M}]*(?:[ \t]+(?:viên|niên))?)"
    r"(?![\p{L}\p{M}])){0,6}[ \t]*"
)
#: the end of a list: a ";" or a "." that is no thousands dot ("1.080 Đoàn xã")
_MEMBER_LIST_END = regex.compile(r";|" + _SENTENCE_DOT.pattern)
#: after a list item's number: up to two lower-case words of its own, then the list goes on
_ITEM_GAP = regex.compile(r"(?:[ \t]+\p{Ll}+){0,2}?(?P<gap>[ \t]*(?:,|;)[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)")
#: the number of the next list item, right after its unit
#: a unit's number right after it, bare or in brackets ("B 210", "B (210 chiến sĩ)")
_BRACKETED_NUMBER = regex.compile(r"[ \t]*(?:\([ \t]*|:[ \t]*)?\d")
_ITEM_NUMBER = regex.compile(r"[ \t]*:?[ \t]*(\d+(?:[.,]\d+)*)(?![\d\p{L}])")
#: the end of a list item inside brackets: its number, up to three lower-case words of its own,
#: and the separator ("Huế 9.800, ", "Huế 260 đội hình, ")
_AFTER_ITEM_NUMBER = regex.compile(r"\d(?:[ \t]+\p{Ll}+){0,3}[ \t]*[,;][ \t]*$")
#: "tới"/"đến": after a verb of sending, the unit that follows receives
#: also "lên"/"về"/"xuống": "mang 300 áo ấm lên tỉnh B", "gửi 50 suất quà về xã C"
_TOWARD_WORDS = frozenset({"tới", "đến", "lên", "về", "xuống"})
#: ("ra" after a space only: "vận chuyển 26 tấn hàng ra đặc khu A", goods carried out to an island)
_TOWARD = regex.compile(r"(?<![\p{L}])(?:tới|đến|lên|về|xuống)(?![\p{L}])|(?<= )ra(?![\p{L}])")
#: the words of ``_TOWARD`` as a set of keyed words, "ra" with them (`Attributor._sent_here`)
_SENT_TOWARD_WORDS = _TOWARD_WORDS | {"ra"}
#: the words of ``_TOWARD`` alone (its cheap first test: a plain search for them is quicker)
_TOWARD_WORD = re.compile(r"tới|đến|lên|về|xuống| ra")
_CHO = regex.compile(r"(?<![\p{L}])cho(?![\p{L}])")
#: after a figure: up to three lower-case words of its noun, then the word that ties it to its owner
_OWNER_LINK = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}?[ \t]+(?P<link>thuộc(?:[ \t]+về)?|là)[ \t]+")
#: after a figure: the noun of the subdivisions of a place, then "của" and that place right away
#: ("3/7 thôn của xã A", "12 bản của xã B"; the numerator of "3/7" reads past "/7"): the
#: subdivisions counted are the named place's
_SUBDIVISIONS_OF = regex.compile(
    r"(?:/\d+)?[ \t]+(?:thôn|bản|ấp|xóm|làng|buôn|tổ dân phố|khu phố|tổ|xã|phường)[ \t]+của[ \t]+"
)
#: "được"/"bị" right before a body: the agent of a passive clause ("52 em được Trung ương Hội công
#: nhận"), which does not carry into the next sentence as its subject
_PASSIVE_AGENT = regex.compile(r"(?<![\p{L}])(?:được|bị)[ \t]+$")
#: "được" before a body that honours, maybe with the words of its standing committee ("được Ban
#: Thường vụ Đoàn Khối X tặng …"; see `Attributor._honouring_agent` and `Attributor.anchor_unit`)
_HONOUR_AGENT_LEAD = regex.compile(
    r"(?<![\p{L}])được[ \t]+(?:(?:Ban[ \t]+Thường[ \t]+vụ|Ban[ \t]+Chấp[ \t]+hành|BTV|BCH)[ \t]+)?$"
)
#: the levels of the places whose subdivisions ``_SUBDIVISIONS_OF`` counts
_SUBDIVIDED_LEVELS = frozenset({"province", "district", "commune"})
#: "tại"/"ở"/"đến"/"tới"/"về"/"trên" right before a figure: the places it counts only say where the
#: actor worked or went ("tại 6 xã của tỉnh A", "mang Mùa hè xanh đến 8 xã của A")
_WHERE_BEFORE = regex.compile(r"(?<![\p{L}])(?:tại|ở|đến|tới|về|trên)[ \t]+$")
#: "thuộc khu vực X", "thuộc địa bàn X": the words allowed between "thuộc" and the owner
_OWNER_AREA = frozenset({"khu vực", "địa bàn", "khu vực tỉnh"})
#: between "là" and the body: a place or a verb ends the description of the people counted
_OWNER_STOP = regex.compile(r"(?<![\p{L}])(?:tại|ở|của|trên|cho|với)(?![\p{L}])")
#: the comma or colon after a verb of saying ("… cho biết, …", "… chia sẻ: …")
_SAY_SEP = regex.compile(r"[,:]")
#: the words before a person's name ("Theo anh B,", "Theo đồng chí C,")
_PERSON_TITLES = frozenset({"anh", "chị", "ông", "bà", "đồng chí", "bạn", "em"})
#: "của xã", "của thành phố" not followed by a name: the unit of that level named just before
_OF_LEVEL = regex.compile(
    r"(?<![\p{L}])của\s+(?P<level>xã|phường|thị\s+trấn|đặc\s+khu|huyện|quận|thị\s+xã|tỉnh|thành\s+phố)"
    r"(?![\p{L}\p{M}])(?!\s+[\p{Lu}\d])"
)
_OF_LEVEL_UNIT = {
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "tỉnh": "province",
    "thành phố": "province",
    "trường": "school",
    "đoàn trường": "school",
}
#: a clause that opens (maybe after a short lead: "Đến nay,") with "toàn tỉnh", "toàn huyện" …, the
#: whole of a unit of that level with no name after it; the levels are the administrative ones of
#: `_OF_LEVEL_UNIT` (cues.tsv kinds "local", "local_province" hold the same words for other readers)
_WHOLE_OPENS = regex.compile(
    _BULLETS_PART + r"(?:[\p{L}\p{M}\d/]+(?:[ \t]+[\p{L}\p{M}\d/]+){0,3}[ \t]*,[ \t]*)?"
    r"[Tt]oàn[ \t]+(?P<level>"
    + "|".join(w.replace(" ", r"[ \t]+") for w, lv in _OF_LEVEL_UNIT.items() if lv in _ADMIN_LEVELS)
    + r")(?![\p{L}\p{M}])(?![ \t]+[\p{Lu}\d])"
)
#: after a recipient in a list of gifts: its number, up to three words of the noun, the separator
_RECIPIENT_ITEM = regex.compile(
    r"[ \t]+\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*(?:,|;)[ \t]*(?:và[ \t]+)?"
)
#: after "phối hợp (với)": the head of a partner's name up to the unit it ends with ("phối hợp Trường
#: Cao đẳng nghề X"): a capitalised word, then up to five words, no digits or punctuation
_PARTNER_NAME = regex.compile(
    r"[ \t]+(?:với[ \t]+)?(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,5})[ \t]+"
)
#: the verbs before a partner's name: working with it, or signing an agreement with it
_PARTNER_VERBS = ("phối hợp", "ký kết")
#: words that end a partner's name: the actor's verb phrase or a place phrase goes on after them
_PARTNER_STOP = frozenset(
    {"cho", "tại", "ở", "của", "và", "với", "để", "trong", "trên", "mở", "đến", "tới", "về"}
)
#: the words before a partner of the actor ("cùng Đoàn phường", "phối hợp với Đoàn xã")
_PARTNER_WORDS = frozenset({"cùng", "với"})
#: the words before the first of a list of partner bodies ("phối hợp Đoàn phường A, Đoàn xã B …",
#: "phối hợp với Đoàn phường A, …"): "phối hợp", alone or with a partner word
_PARTNER_LEADS = frozenset({"phối hợp"} | {"phối hợp " + w for w in _PARTNER_WORDS})
#: between a sector and a national word that only qualifies it ("tuổi trẻ Công an nhân dân cả nước")
_SECTOR_QUALIFIER_GAP = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]+")
#: the opening quotation mark of a speech, right after the speaker's verb of saying and ":" or ","
_SPEECH_OPEN = regex.compile(r"[:,][ \t]*[\"“][ \t]*$")
#: how many words may open a clause before its "chúng tôi" ("năm học này chúng tôi …", `_we_open`)
_WE_WORDS_MAX = 6
#: how many words a clause's opening phrase ("Trước đó,", "Cũng trong dịp này,") may have
_OPENER_WORDS = 5
#: the Youth Union words a body's name opens with, by its level ("Tỉnh đoàn", "Huyện đoàn", "Đoàn xã"):
#: one alternative each in `_QUOTED_BARE_BODY` and `_YOUTH_BODY_NAME`
_YOUTH_BODY_PROVINCE = r"(?:Tỉnh|Thành)[ \t]+đoàn"
_YOUTH_BODY_DISTRICT = r"(?:Huyện|Quận|Thị)[ \t]+đoàn"
_YOUTH_BODY_COMMUNE = r"Đoàn[ \t]+(?:xã|phường|thị[ \t]+trấn)"
#: a Youth Union body named by its bare level word inside a quotation ("Tỉnh đoàn sẽ dựng …"), no name
#: after it; the group's name is its level (see `_quoted_bare_body_speaker`)
_QUOTED_BARE_BODY = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<province>{_YOUTH_BODY_PROVINCE})|(?P<district>{_YOUTH_BODY_DISTRICT})"
    rf"|(?P<commune>{_YOUTH_BODY_COMMUNE}))(?![\p{{L}}\p{{M}}])(?![ \t]+(?:\p{{Lu}}|\d))"
)
#: an officer's title in a Youth Union body ("Bí thư", "Phó Chủ tịch"), as the speakers' tags read it
#: (`_QUOTED_SPEAKER_TITLE`, `_OWN_OFFICER_TAIL`, `_BARE_OFFICER_SPEAKER` with "Hiệu trưởng" too)
_OFFICER_TITLE_WORDS = r"Bí[ \t]+thư|Chủ[ \t]+tịch|Trưởng[ \t]+ban"
_OFFICER_TITLE = rf"(?:Phó[ \t]+)?(?:{_OFFICER_TITLE_WORDS})"
#: right after a closing quotation mark: the comma and the word before the speaker's name ("…”, anh …")
_SPEAKER_AFTER_QUOTE = r"[ \t]*,[ \t]*(?:anh|chị|ông|bà)"
#: right after a closing quotation mark: the speaker and an officer's title, up to the body it names
#: ("…”, anh Lý Văn A, Bí thư Tỉnh đoàn B, nói.")
_QUOTED_SPEAKER_TITLE = regex.compile(
    _SPEAKER_AFTER_QUOTE + r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,4}[ \t]*,[ \t]*" + _OFFICER_TITLE + r"[ \t]+"
)
#: the quotation mark that closes a quote
#: (`re`: two literal marks, no feature of `regex` needed; ~1/3 fewer instructions a search)
_QUOTE_CLOSE = re.compile(r"[\"”]")
#: right after a closing quotation mark: the comma before its speaker
_SPEAKER_LEAD = regex.compile(r"[ \t]*,[ \t]*")
#: a capitalised name of up to four words (a list item's place named without its level word, a bracketed item)
_BARE_NAME = r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}"
#: "…), Name (" right before a number: an item of a list whose earlier item closed its bracket
_BRACKET_ITEM = regex.compile(
    r"\)[ \t]*[,;][ \t]*(?:và[ \t]+)?"
    r"(?P<name>" + _BARE_NAME + r")[ \t]*\([ \t]*$"
)
#: a name right before the bracket that opens with the number ("Trường A (", "Đăk Plô (")
_BRACKET_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<name>" + _BARE_NAME + r")[ \t]*\([ \t]*$"
)
#: right before an item's name: the item before closed its bracket ("…), ", "…) và ")
_BRACKET_BEFORE = regex.compile(r"\)[ \t]*[,;]?[ \t]*(?:và[ \t]+)?$")
#: right after an item's closing bracket: the next item, a name and its own bracket with a number
_NEXT_BRACKET_ITEM = regex.compile(
    # the name may open with a lower-case level or institution word ("…, trường Đại học B (186 …)")
    r"[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*(?:\p{Ll}+[ \t]+)?\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,7}?"
    r"[ \t]*\([ \t]*\d"
)
#: after the first item's number, the next item of a ranking: "…, tiếp theo là" + its unit
_RANKED_NEXT = regex.compile(
    r"(?:[ \t]+\p{Ll}+){0,3}[ \t]*[,;][ \t]*"
    r"(?:tiếp theo là|tiếp đến là|tiếp đến|kế đến|kế tiếp là|sau đó là)[ \t]+"
)
#: the words that announce the first of a ranking, right before its unit ("Dẫn đầu là A với 486 …")
_RANKING_LEAD = regex.compile(
    r"(?<![\p{L}])(?:(?:[Dd]ẫn|[Đđ]ứng)[ \t]+đầu"
    # a superlative names the first of a ranking too ("Đông nhất là Trường A với 1.850 lượt")
    r"|(?:[Đđ]ông|[Nn]hiều|[Cc]ao)[ \t]+nhất)[ \t]+là[ \t]+$"
)
#: the head word "Đoàn" that the mention of a body may leave out ("Đoàn Thanh niên Công an tỉnh")
_BODY_WORD_GAP = regex.compile(r"Đoàn[ \t]+")
#: an item of such a list with its number and noun, and the separator before the next item
_BARE_ITEM = (
    _BARE_NAME + r"[ \t]+\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*"
)
_GROUP_LEVELS = r"(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|thôn|bản|ấp|buôn|tổ dân phố)"
#: a list of bare names with their numbers under one plural level word, up to the figure's own name
#: right before its number: "các xã: A 14 em, B 11 em", "cho các xã A 6 cầu, B 5 cầu và C 4 cầu", or
#: under a counted level word and a colon ("cho học sinh 3 xã: A 60 suất; B 50 suất")
_GROUP_LIST_ITEM = regex.compile(
    r"(?:(?<![\p{L}])(?:các|những|Các|Những)[ \t]+" + _GROUP_LEVELS + r"[ \t]*:?"
    r"|(?<![\d.,])\d+[ \t]+" + _GROUP_LEVELS + r"[ \t]*:)[ \t]*"
    r"(?P<before>(?:" + _BARE_ITEM + r")*)(?P<name>" + _BARE_NAME + r")[ \t]+$"
)
#: a count of places of one level, then a colon that opens their names ("3 xã: A 60 suất; B 50 suất
#: và C 40 suất", "4 bản: A, B, C và D"): see `Attributor._gift_to_listed_places`
_LISTED_PLACES = regex.compile(r"(?P<count>\d+)[ \t]+" + _GROUP_LEVELS + r"[ \t]*:[ \t]*")
#: one name of such a list, maybe with its number and noun, and the separator after it (none: the last)
_LISTED_PLACE_ITEM = regex.compile(
    r"[ \t]*(?P<name>" + _BARE_NAME + r")"
    r"(?:[ \t]+\d+(?:[.,]\d+)*(?:[ \t]+(?!và(?![\p{L}\p{M}]))\p{Ll}[\p{L}\p{M}]*){0,3})?"
    r"[ \t]*(?P<sep>,[ \t]*và|,|;|và|)[ \t]*"
)
#: "cho", maybe the people given to, then such a count of places ("cho học sinh 3 xã: …", "cho 3 xã: …")
_CHO_LISTED_PLACES = regex.compile(r"cho(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,4}[ \t]+(?=\d+[ \t]+\p{Ll})")
#: an earlier thing of the same gift, as a part of patterns: its number, its noun and "và" or ","
#: ("12 tấn gạo và", "8 tấn gạo,")
_EARLIER_ITEM_PART = r"\d[\d.,]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]*(?:,|và|,[ \t]*và)"
#: the earlier things of the same gift before the figure's number, any number of them ("trao 12 tấn
#: gạo và 600 triệu đồng", "trao 8 tấn gạo, 50 thùng mì và 300 triệu đồng")
_EARLIER_GIFT_ITEM = regex.compile(r"(?:[ \t]+" + _EARLIER_ITEM_PART + r")+[ \t]*$")
#: the one earlier thing of the same gift right before the figure's number ("góp 85 triệu đồng và")
_EARLIER_ITEM_END = regex.compile(_EARLIER_ITEM_PART + r"[ \t]+$")
#: right before a twinned partner: "kết nghĩa với" ("A ký kết nghĩa với Đoàn xã B và trao …")
_TWINNED_WITH = regex.compile(r"(?<![\p{L}])kết[ \t]+nghĩa[ \t]+với[ \t]+$")
#: between the twinned partner and the figure's number: maybe a bracket, then "và" and a verb of giving
_AND_GIVES = regex.compile(
    r"(?:[ \t]*\([^()]{1,40}\))?[ \t]+và[ \t]+(?:(?:cũng|đã)[ \t]+)?"
    r"(?:trao[ \t]+tặng|trao|tặng|hỗ[ \t]+trợ|ủng[ \t]+hộ)"
    r"[ \t]+" + _QUALIFIER + "$"
)
#: after the first item's number: its noun, the separator and the next bare name with its number
_NEXT_BARE_ITEM = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*" + _BARE_NAME + r"[ \t]+\d"
)
#: the item before a name with the number glued to it ends with its number, its noun and "và"
#: ("xã A 2 căn và xã B 1 căn")
_AFTER_ITEM_NUMBER_AND = regex.compile(r"\d(?:[ \t]+\p{Ll}+){0,3}[ \t]+và[ \t]+$")
#: a capitalised event noun ("Hội thi", "Liên hoan"), then the capitalised name it opens, right
#: before a national word that closes the name ("Hội thi Tin học trẻ toàn quốc")
_EVENT_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?P<noun>\p{Lu}\p{Ll}*(?:[ \t]+\p{Ll}+){0,2})"
    r"[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]+$"
)
#: right before a later part's unit: the part before ends with its number and noun, then ", "
#: and maybe "khu vực"/"địa bàn" ("…, trong đó khu vực A cũ 24 công trình, khu vực B cũ …")
_AFTER_PART_ITEM = regex.compile(
    r"\d(?:[ \t]+\p{Ll}+){0,3}[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:(?:khu[ \t]+vực|địa[ \t]+bàn)[ \t]+)?$"
)
#: after a figure: its noun (up to four lower-case words, a comma inside: "xã, phường"), then
#: "khu vực" and the former province's name ("24 xã, phường khu vực tỉnh A cũ")
_FORMER_AREA_AFTER = regex.compile(r"(?:[ \t]*,?[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]+khu[ \t]+vực[ \t]+")
#: the words right before a count of places that make them where the actor went or what it gave to
_TOWARD_AREA_WORDS = _TOWARD_WORDS | {"tại", "ở", "trên", "cho", "tặng", "giúp"}
#: the group noun a list names its places under ("các xã biên giới", "những phường")
_GROUP_NOUN = regex.compile(
    r"(?<![\p{L}])(?:các|những|Các|Những)[ \t]+"
    r"(?P<level>xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thôn|bản|ấp|buôn)(?![\p{L}])"
)
#: how many words before "mỗi suất …" the verb that hands over the gift may stand (its noun may
#: carry a quoted name: "trao 40 suất học bổng “Thắp sáng ước mơ”, mỗi suất …")
_PORTION_WORDS = 12
#: right after a colon: a capitalised name, up to three lower-case words (its verb), the number
_COLON_ITEM = regex.compile(
    r":[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*$"
)
#: after a place: a bracket, or a comma and a few words, that may name the country it is in
_COUNTRY_TAIL = regex.compile(
    r"[ \t]*(?:\((?P<bracket>[^()\n]{1,48})\)"
    r"|,[ \t]*(?P<comma>[\p{L}\p{M} \-]{2,20}?)(?=[ \t]*(?:[.,;:)\n]|$)))"
)
#: a sentence that opens with a congress, its programme or its delegates named back without a name
#: (see `Attributor._of_national_congress`)
_CONGRESS_OPENER = regex.compile(
    _BULLETS_PART + r"(?:(?:Chương[ \t]+trình[ \t]+hành[ \t]+động|Nghị[ \t]+quyết)[ \t]+(?:của[ \t]+)?)?"
    r"(?:Đại[ \t]+hội|(?P<delegates>Đại[ \t]+biểu))"
    r"(?![ \t]+(?:\p{Lu}|đại[ \t]+biểu|toàn[ \t]+quốc|lần|khóa|nhiệm))(?![\p{L}])"
)
#: a congress named by its name: whether it is the national one
_CONGRESS_NAME = regex.compile(
    r"Đại[ \t]+hội(?:[ \t]+đại[ \t]+biểu)?(?:[ \t]+(?P<national>toàn[ \t]+quốc)|[ \t]+\p{Lu})"
)

#: the dash after a dateline's place ("ĐỒNG THÁP - …")
_DATELINE_AFTER = regex.compile(r"[ \t]*[-–—][ \t]")

#: the Youth Union words before the name of the body they belong to ("đoàn thanh niên công an tỉnh")
_YOUTH_PREFIX = regex.compile(r"^(?:(?:đoàn|chi đoàn|liên chi đoàn|đoàn thanh niên|thanh niên)[ \t]+)+")

#: the lower-cased words that may end a body's name before the comma of "Theo <body>," ("Phòng Cảnh
#: sát giao thông")
_NAME_TAIL = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,4}[ \t]*")
#: what opens a sentence before the body that is only its source: "Theo", "Theo báo cáo (của)",
#: "Theo số liệu" (see `Attributor._source_at`)
_SOURCE_LEAD = regex.compile(r"[Tt]heo(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}")
#: "trên địa bàn phường" with no name after the level word: the commune it names (see
#: `Attributor._whole_told_by_speaker`)
_BARE_AREA = regex.compile(r"(?<![\p{L}])địa[ \t]+bàn[ \t]+(?P<level>phường|xã)(?![\p{L}])(?![ \t]+\p{Lu})")

_BODY_LEVEL = {"low": "commune", "mid": "district", "top": "province"}
#: the last words of the served people and of their areas (``_whose_people``'s cheap first test)
_SERVED_LAST = frozenset({"dân", "con", "bào", "cao", "sâu", "xa", "biên", "giới", "núi", "lũ"})
#: right after a unit: it receives ("A nhận 12 triệu đồng", "A được nhận …")
_RECEIVES_AFTER = regex.compile(r"[ \t]+(?:(?:đã|cũng|được)[ \t]+)?nhận[ \t]")
#: a clause opening with a counted group that receives ("2 đội đồng hạng Ba mỗi đội nhận …", "3 đơn
#: vị còn lại nhận …"): the number, a few words, then "nhận" (maybe after "mỗi <noun>", "đều", "được")
_COUNTED_RECEIVERS = regex.compile(
    r"[ \t]*\d+(?:[ \t]+[\p{L}\p{M}]+){1,6}?"
    r"(?:[ \t]*,?[ \t]+mỗi(?:[ \t]+[\p{L}\p{M}]+){1,2})?[ \t]+(?:(?:đều|được|cùng)[ \t]+)?nhận[ \t]"
)
#: the kinship or courtesy words before a person's name, and one capitalised word of the name, as parts
_KIN_WORDS_PART = r"anh|chị|ông|bà|em|bạn"
_NAME_WORD_PART = r"[ \t]+\p{Lu}[\p{L}\p{M}'’]*"
#: from a prize's value on: "thuộc về", its winner up to "của" and a group of people ("… thuộc về dự
#: án A của nhóm sinh viên ", "… thuộc về sáng kiến B của nhóm 3 kỹ sư ")
_WON_BY = regex.compile(
    r"[^.;\d]{0,24}?(?<![\p{L}])thuộc[ \t]+về[ \t]+[^.;]{0,120}?(?<![\p{L}])của[ \t]+(?:nhóm|đội)"
    r"(?:[ \t]+\d+)?(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+(?=\p{Lu})"
)
#: a person named by a kinship or courtesy word and a capitalised name ("gia đình anh Lê Văn A", "cho
#: em Trần Thị B"): a gift handed to one person or family (see `Attributor._named_person_between`)
_NAMED_PERSON = regex.compile(
    r"(?<![\p{L}\p{M}])(?:" + _KIN_WORDS_PART + r"|cụ|cháu|chú|cô|bác)(?:" + _NAME_WORD_PART + r"){2,5}"
    r"(?![\p{L}\p{M}])"
)
#: a household right after "cho", up to the bracket that opens on its address ("cho gia đình ĐV Lê
#: Văn A (", "cho hộ đoàn viên B (")
_HOUSEHOLD_BRACKET = regex.compile(r"[ \t]*(?:gia[ \t]+đình|hộ)[ \t][^()\n]{1,60}\([ \t]*")
#: between a hamlet and its commune in an address bracket ("thôn 6, xã B)")
_ADDRESS_COMMA = regex.compile(r"[ \t]*,[ \t]*")
#: a counter word between the number of served people and the people ("86 hộ dân xã A")
_SERVED_COUNTERS = frozenset({"hộ"})
#: a qualifier before a count ("hơn 200 người dân xã A", "hỗ trợ hơn 600 triệu đồng")
_COUNT_QUALIFIERS = frozenset({"hơn", "gần", "khoảng", "trên"})
#: a region word and the bracket that opens on its former province ("Khu vực phía đông (tỉnh A cũ)")
_AREA_BRACKET_LEAD = regex.compile(
    r"[\s,;.\-–•+*]*(?:(?:[Rr]iêng|[Tt]ại|[Ởở]|[Cc]òn)[ \t]+)?(?:[Kk]hu[ \t]+vực|[Đđ]ịa[ \t]+bàn)"
    r"(?:[ \t]+phía)?(?:[ \t]+\p{L}[\p{L}\p{M}]*){0,2}[ \t]*\([ \t]*"
)
#: "tại/ở", a count of places and lower-case words up to a place ("tại 5 xã miền núi phía tây tỉnh A")
_COUNTED_WHERE_CHAIN = regex.compile(
    r"(?<![\p{L}])(?:tại|ở)[ \t]+(?:\d+(?:[.,]\d+)*|các|những)"
    r"(?:[ \t]+(?:\d+(?:[.,]\d+)*|\p{Ll}[\p{L}\p{M}]*)){1,12}[ \t]+$"
)
#: "trong đó (có)" right before the part of a total ("trong đó có 2 người ở khu vực tỉnh A cũ")
_FORMER_PART_LEAD = regex.compile(
    r"(?<![\p{L}])trong[ \t]+đó[ \t]*[,:]?[ \t]*(?:có[ \t]+)?" + _QUALIFIER + "$"
)
#: ... or a later item of a breakdown, after ";" ("Trong số đại biểu, 171 đại biểu là nữ; 41 đại biểu
#: đến từ khu vực tỉnh A cũ"), in a sentence that opens the breakdown ("Trong đó", "Trong số …")
_LATER_PART_ITEM = regex.compile(r";[ \t]*" + _QUALIFIER + "$")
#: a sentence that opens a breakdown, after any blanks or bullets ("Trong đó, …", "- Trong số …")
_BREAKDOWN_OPENS = regex.compile(_BULLETS_PART + r"[Tt]rong[ \t]+(?:đó|số)(?![\p{L}])")
#: a back-reference to those an earlier passage singled out ("các doanh nhân được vinh danh")
_BACK_REFERENCE = regex.compile(
    r"(?<![\p{L}])(?:các|những)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+(?:đã[ \t]+)?được"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2}(?![ \t]*\d)"
)
#: the counted words and "của/ở" up to the province they belong to ("ha lúa mùa của tỉnh A",
#: "hộ ở khu vực phía nam tỉnh A")
_PROVINCE_OWNED_AFTER = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]+(?:của|ở|tại)(?:[ \t]+(?:khu[ \t]+vực|địa[ \t]+bàn)"
    r"(?:[ \t]+phía[ \t]+\p{Ll}+)?)?[ \t]+"
)
#: the first two words of a clause that sums what the clauses before it counted ("tổng giá trị tăng
#: 15%", "cả hai đạt …"), not "tổng kết", "Tổng đội", "chung tay"
_TOTAL_OPENERS = frozenset(
    {"tổng cộng", "tổng số", "tổng giá", "tổng kinh", "tổng nguồn", "cả hai", "chung cả", "tính chung"}
)
#: a total word that opens such a clause alone, right before the figure ("tổng 800 công trình")
_TOTAL_ALONE = frozenset({"tổng", "chung"})
#: the levels of a place whose name after "Công an" names its police, a body of the police sector
_POLICE_PLACE_LEVELS = frozenset({"commune", "district", "province"})
#: the people of a force after their number ("18 cán bộ, chiến sĩ Công an xã", "12 chiến sĩ Bộ đội …")
_FORCE_PEOPLE = regex.compile(
    r"[ \t]+(?:cán[ \t]+bộ[ \t]*,?[ \t]*)?chiến[ \t]+sĩ(?:[ \t]+trẻ)?[ \t]+"
    r"(?P<force>Công[ \t]+an|Quân[ \t]+đội|Bộ[ \t]+đội|Biên[ \t]+phòng)(?![\p{L}])"
)
#: a clause opened by a commune's police named by its level alone ("Công an phường cử 12 cán bộ"),
#: then at most five words before the number (see `_bare_police_subject`)
_BARE_POLICE_SUBJECT = regex.compile(
    _BULLETS_PART + r"Công[ \t]+an[ \t]+(?:xã|phường|đặc[ \t]+khu)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,5}"
    # one count of its own before, joined to the number ("bố trí 2 tổ cảnh sát khu vực cùng 16 cán bộ")
    r"(?:[ \t]+\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,5}?[ \t]+(?:cùng|và|với))?[ \t]+$"
)
#: at most two short leads closed by commas that open a clause ("Dịp này, ", "Qua hai vòng, bán kết, ")
_SHORT_LEADS = r"(?:(?:[\p{L}\p{M}\d/]+[ \t]+){0,4}[\p{L}\p{M}\d/]+[ \t]*,[ \t]*){0,2}"
#: how far after a clause's opening "Đồn" may stand behind `_SHORT_LEADS` (ten words of up to nine
#: characters with their spaces and commas): the cheap first test of a bare post's clause
_POST_LEAD_REACH = 104
#: a clause opened, maybe after short leads ("Dịp này, Đồn trao …"), by a post named by its head word
#: alone ("Đồn cử 8 chiến sĩ trẻ …"), then at most twelve lower-case words or earlier counts of its own
#: ("Đồn cử 28 chiến sĩ trẻ cùng 1 xe tải vận chuyển 35 tấn") before the number (see
#: `_bare_post_subject`); a capitalised word (a partner's name) ends the post's own clause
_BARE_POST_SUBJECT = regex.compile(
    _BULLETS_PART + _SHORT_LEADS
    + r"(?P<post>Đồn)(?:[ \t]+(?:\p{Ll}[\p{L}\p{M}]*|\d+(?:[.,]\d+)*)){1,12}[ \t]+$"
)
#: a clause opened, maybe after short leads, by a post, named in full or by its head word alone
#: ("Đồn Biên phòng A cử …", "Dịp này, Đồn trao …"), its verb after the name
_POST_OPENS = regex.compile(
    _BULLETS_PART + _SHORT_LEADS
    + r"(?P<post>Đồn)(?:[ \t]+[Bb]iên[ \t]+phòng|[ \t]+[Cc]ông[ \t]+an)?(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)*"
    r"[ \t]+(?:(?:đã|cũng|còn)[ \t]+)?\p{Ll}"
)
#: between a number and "do" that names who did what the clause counts: its counted words (at most
#: four lower-case words: "12 em còn lại do …"), or the rest of the clause's figures closed by a
#: comma ("dài 36 m, rộng 2,5 m, trị giá 480 triệu đồng, do …"); not "do đó/do vậy/do thế/do nên"
#: ("therefore"), which joins a new clause and names no agent
_NOT_THEREFORE = r"(?!(?:đó|vậy|thế|nên)(?![\p{L}\p{M}]))"
_DONE_BY_GAP = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]+do[ \t]+" + _NOT_THEREFORE
    + r"|[^;:]*?,[ \t]*do[ \t]+" + _NOT_THEREFORE
)
#: the doer after "do": maybe people of it ("nữ đoàn viên"), then a body by its name, or a bare body
#: of a commune or district ("Đoàn xã", "Huyện đoàn") with no name after it; not bodies counted as
#: many ("do các Đoàn xã", "do những Đoàn xã A, B"), which are no one unit
_DOER = regex.compile(
    r"(?:\p{Ll}[\p{L}\p{M}]*[ \t]+){0,3}?"
    r"(?<!(?<![\p{L}\p{M}])(?:các|những|nhiều|mọi|từng|mỗi|số|hai|ba|bốn)[ \t]+)"
    r"(?:(?P<bare>(?:Đoàn|đoàn)[ \t]+(?:xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)|(?:Huyện|Quận)[ \t]*đoàn)"
    r"(?![ \t]+\p{Lu})(?![\p{L}\p{M}])|(?=\p{Lu}))"
)
#: the head of a Youth Union or force body's name, which a doer's name must open with
_DOER_HEAD = regex.compile(
    r"(?:Đoàn|Chi[ \t]+đoàn|Liên[ \t]+đội|Hội|Đồn|(?:Tỉnh|Thành|Huyện|Quận|Thị)[ \t]+đoàn|Thanh[ \t]+niên)"
    r"(?![\p{L}\p{M}])"
)
#: a post named in full before ("Đồn Biên phòng Lũng Cú", "đồn công an"): its force's words
_POST_NAMED = regex.compile(
    r"(?<![\p{L}])[Đđ]ồn[ \t]+(?P<force>[Bb]iên[ \t]+phòng|[Cc]ông[ \t]+an)(?![\p{L}])"
)
#: the mark of a former province right after its name ("tỉnh Y cũ", "Y (cũ)", "Y trước sáp nhập")
_FORMER_AFTER = regex.compile(r"[ \u00a0]*" + _FORMER_WORDS + r"(?!\w)")
#: "trước đây" right after a name: the mark of a former place, not of a body (`_former_mark`)
_FORMERLY_AFTER = regex.compile(r"[ \u00a0]*" + _FORMERLY_WORDS + r"(?!\w)")


def _former_mark(text: str, m: UnitMention) -> regex.Match[str] | None:
    """The mark that `m` is named as the unit before a merger ("tỉnh Y cũ", "xã A (cũ)", "Y trước
    sáp nhập"; for a place also "địa bàn Y trước đây"), or None. "Tỉnh đoàn A trước đây đã …" says
    what the body did before, not that it is gone."""
    g = _FORMER_AFTER.match(text, m.end)
    if g is None and not m.is_body:
        g = _FORMERLY_AFTER.match(text, m.end)
    return g
#: the end of a bracket that holds one place, maybe a former one: "cũ)", ")" (`_located_by_bracket`)
_BRACKET_PLACE_TAIL = regex.compile(r"(?:[ \t]+cũ)?[ \t]*\)")
#: between a unit and the place in the bracket after it: "(" and white space only
_BRACKET_OPEN_GAP = regex.compile(r"[ \t]*\([ \t]*")
_RANK = {"village": 0, "school": 0, "commune": 1, "district": 2, "province": 3, "sector": 3, "national": 4}
#: how many words the coverage noun before "còn lại"/"khác" may have ("cơ sở đoàn")
_REMAINDER_NOUN_WORDS = 4
#: generic nouns of places that are no measure of their own but name the rest of a list of places
#: ("…, xã C 30 suất, các địa phương còn lại 45 suất"): see `Attributor._find_remainder`
_REMAINDER_PLACE_NOUNS = frozenset({"địa phương"})
#: how far into its sentence a unit may stand and still be the subject that later sentences inherit
_SUBJECT_WORDS = 8


#: "và" opening a new verb phrase of the sentence's actor ("…, và ra mắt 3 đội hình"): a lower-case
#: word follows, not the number of one more gift ("…, và 100 chăn ấm")
_NEW_PREDICATE = regex.compile(r"(?<![\p{L}])và\s+\p{Ll}")
#: a body that goes down to an unnamed lower place and hands something over there ("Tỉnh đoàn X đã
#: về xã trao tặng 2 nhà nhân ái"): what it hands over goes to that place, the page's own unit
_DOWN_TO_PLACE = regex.compile(
    r"(?<![\p{L}])(?:về|xuống)\s+(?:tận\s+)?(?:xã|phường|thị\s+trấn|đặc\s+khu|thôn|bản|ấp|cơ\s+sở)"
    r"(?:\s+(?:để|và))?\s+$"
)
#: an unnamed lower body followed by the number of what it receives ("trao tặng Đoàn phường 01 sân
#: chơi"): not a numbered ward ("Đoàn phường 10 tổ chức …"), which the unit finder reads as a name
_GENERIC_BODY_BEFORE_NUMBER = regex.compile(
    r"(?<![\p{L}])(?:Đoàn|đoàn)\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)(?=\s+\d)"
)
#: the cheap first test of both patterns, on the lower-cased text: every match holds a "đoàn" with a
#: level word right after it (this pattern) or right before it, white space between (`_generic_spots`)
_BODY_THEN_LEVEL = regex.compile(r"đoàn\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)")
_LEVEL_THEN_BODY = ("huyện", "quận", "thị", "tỉnh", "thành")
#: between "cho" and a place: only the lower-case words of the people a gift goes to, one comma
#: at most ("cho đoàn viên, thanh niên khó khăn huyện X", "cho học sinh nghèo xã Y")
_PEOPLE_OF_PLACE = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}(?:[ \t]*,(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4})?[ \t]+"
)
#: five to eight lower-case words (the long name of the people a gift goes to)
_LONG_PEOPLE_WORDS = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){5,8}[ \t]+")
#: a sentence that describes the things a sentence before counted, by their noun: each of them
#: ("Mỗi căn nhà có diện tích 48 m², …") or their total value ("Tổng trị giá 12 căn nhà là …")
_DESCRIBED_LEAD = regex.compile(
    _BULLETS_PART + r"(?:[Mm]ỗi|[Tt]ổng\s+(?:giá\s+trị|trị\s+giá)(?:\s+(?:của|các))?(?:\s+\d+(?:[.,]\d+)*)?)"
    r"\s+(?P<noun>\p{Ll}+(?:\s+\p{L}+)?)"
)
#: how many sentences back (one paragraph break at most) the counted things may stand
_DESCRIBED_REACH = 3
#: a sentence that opens with the total value of the gifts just handed over ("Tổng giá trị quà tặng
#: đợt này hơn 1,2 tỷ đồng"): it goes on about the gift of the sentence before (not "Tổng giá trị
#: các hoạt động …", the value of the whole campaign)
_GIFT_TOTAL_LEAD = regex.compile(
    r"\s*[Tt]ổng\s+(?:giá\s+trị|trị\s+giá)\s+(?:(?:các|số)\s+)?(?:(?:phần|suất)\s+)?(?:quà|hỗ\s+trợ|tiền)(?![\p{L}])"
)

# -- round 9d: context and national sources ----------------------------------------------------
#: a site named by the place it stands in ("điểm trường thôn A", "điểm hiến máu xã B")
_SITE_OF_PLACE = regex.compile(r"(?<![\p{L}])[Đđ]iểm(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2}[ \t]+$")
#: "do <doer> <verb>" after a place: the doer, named up to 10 words after "do"
_DONE_BY = regex.compile(r"[^\d;.]{0,24}?(?<![\p{L}])do[ \t]+(?P<doer>[^\d;.]{3,96}?)(?=[ \t]+\p{Ll})")
#: several places or bodies joined into one subject ("Đoàn xã A² và Đoàn xã B³", "A, B và C")
_JOINT_GAP = regex.compile(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t]*(?:,|và|,[ \t]*và)[ \t]*")
#: a figure spread over a number of provinces ("tại 34 tỉnh, thành phố", "ở hơn 20 tỉnh")
_MANY_PROVINCES = regex.compile(
    rf"(?<![\p{{L}}])(?:{_AT_PROVINCES})[ \t]+{_ABOUT_PROVINCES}\d+[ \t]+"
    rf"(?:tỉnh|{_PROVINCES_CITIES})(?![\p{{L}}])"
)
#: a quoted source's programme reaching many provinces ("Theo Ban Chỉ đạo X, chương trình đi qua 34
#: tỉnh, thành phố, …"): the source reports across the country (see `_source_over_provinces`, which
#: asks the count to be of the country's order); "qua" also reads "đi qua"
_THROUGH_PROVINCES = regex.compile(
    rf"(?<![\p{{L}}])(?:qua|khắp|{_AT_PROVINCES})[ \t]+{_ABOUT_PROVINCES}"
    rf"(?P<count>{_MANY_COUNT})(?:/\d+)?[ \t]+{_PROVINCES_CITIES}"
    # not the provinces of a named country ("24 chi hội tại 16 tỉnh, thành phố của Nhật Bản")
    r"(?![ \t]+(?:phố[ \t]+)?(?:của|ở|tại)[ \t]+\p{Lu})"
)
#: the least count of provinces a reach over the country names without "cả nước"/"toàn quốc"
_COUNTRY_ORDER = 20
#: right after a reach's provinces, the country they stand for ("8 tỉnh, thành phố đại diện cả nước",
#: "… trên cả nước"); a comparison further on ("…, nhiều nhất cả nước") is no reach
_PROVINCES_OF_COUNTRY = regex.compile(
    r"(?:[ \t]+phố)?[ \t]+(?:(?:trên|khắp|trong|của|thuộc|đại[ \t]+diện(?:[ \t]+cho)?)[ \t]+)?"
    r"(?:cả[ \t]+nước|toàn[ \t]+quốc)(?![\p{L}])",
    regex.IGNORECASE,
)
#: a class that opens a quotation as its subject ("“Chi đội 9A3 thu gom được 286 kg", "“Lớp 10A1 góp
#: …"): its code holds a digit (see `Attributor._class_of_speakers_school`)
_QUOTED_CLASS = regex.compile(
    r"[ \t]*[\"“][ \t]*(?:[Cc]hi[ \t]+đội|[Cc]hi[ \t]+đoàn[ \t]+lớp|[Ll]ớp)[ \t]+"
    r"(?:\d+\p{Lu}[\p{L}\d]*|\p{Lu}+\d[\p{L}\d]*)(?![\p{L}\p{M}\d])"
)
#: a class as the subject right after a school that opens its sentence as the place ("Ở trường A, Chi
#: đội 9A góp …", "Tại Trường B, lớp 10A1 quyên góp …"; see `Attributor._class_of_school_where`)
_SCHOOL_CLASS_AFTER = regex.compile(
    r"[ \t]*,[ \t]*(?:[Cc]hi[ \t]+đội|[Cc]hi[ \t]+đoàn(?:[ \t]+lớp)?|[Ll]ớp)[ \t]+"
    r"(?:\d+\p{Lu}[\p{L}\d]*|\p{Lu}+\d[\p{L}\d]*)(?![\p{L}\p{M}\d])"
)
#: classes named by their codes right before "của" and their school ("hai chi đội 7A, 8C của ", "lớp
#: 10A1 và 10A2 của "): see `Attributor._classes_of_school`
_CLASSES_OF = regex.compile(
    r"(?<![\p{L}])(?:[Cc]hi[ \t]+đội|[Cc]hi[ \t]+đoàn(?:[ \t]+lớp)?|[Ll]ớp)"
    r"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:và[ \t]+)?)"
    r"(?:\d+\p{Lu}[\p{L}\d/]*|\p{Lu}+\d[\p{L}\d/]*)(?![\p{L}\p{M}\d]))+"
    r"[ \t]+của[ \t]+$"
)
#: a person named by a kinship or courtesy word, then the people noun that describes them, right
#: before a unit ("Em Lê Thị A, tân sinh viên ", "Bạn Trần Văn B, học sinh lớp 9 "): see
#: `Attributor._described_speaker`
_DESCRIBED_PERSON = regex.compile(
    _BULLETS_PART + r"(?i:" + _KIN_WORDS_PART + r")(?:" + _NAME_WORD_PART + r"){1,5}[ \t]*,"
    r"(?P<noun>(?:[ \t]+[\p{Ll}\d][\p{L}\p{M}\d/]*){1,5})[ \t]+$"
)
#: a digit: the first number of a figure's clause (`Attributor._described_speaker`)
_A_DIGIT = regex.compile(r"\d")
#: words read after "cùng" for whom a subject acts with ("cùng đoàn viên thanh niên cả nước"):
#: see `Attributor._joins_nation_after`
_JOINED_WORDS = 8
#: after a number: the counted people and the country they come from ("27 lưu học sinh Lào", "12 sinh
#: viên Thái Lan"; see `Attributor._foreign_people`)
_PEOPLE_OF_COUNTRY = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+(?P<country>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*)?)"
)
#: a clause about the report's own province by its bare level word ("…, trong đó tỉnh có 52.730 lượt")
#: the words that open such a clause (the cheap first test of ``_OWN_BARE_LEVEL``)
_OWN_BARE_LEVEL_WORDS = re.compile(r"đó|riêng|còn")
#: "có", "đạt", "chiếm" and a qualifier, between a place and the number of its own part
_HAS = r"(?:có|đạt|chiếm)[ \t]+(?:(?:hơn|gần|trên|khoảng|được)[ \t]+)?"
_OWN_BARE_LEVEL = regex.compile(
    r"[ \t]*(?:[Tt]rong[ \t]+đó|[Rr]iêng|[Cc]òn)[ \t]*,?[ \t]*"
    r"(?:tỉnh|thành[ \t]+phố)[ \t]+(?:ta[ \t]+|nhà[ \t]+)?" + _HAS
)

#: the verb between a unit and its number after a national total ("…, riêng tỉnh A có 96 xã")
_PART_VERB = regex.compile(r"[ \t]+" + _HAS)
#: from the comma to the unit that names its own part of a national total: "riêng", "trong đó", "còn"
_PART_LEAD_NATIONAL = regex.compile(
    r",[ \t]*(?:(?:[Tt]rong[ \t]+đó|[Rr]iêng|[Cc]òn)[ \t]*,?[ \t]*)?(?:(?:tại|ở)[ \t]+)?"
)
#: from the comma after a place to the number of a relative clause on it ("xã A, nơi có 87% …")
_WHERE_CLAUSE = regex.compile(
    r",[ \t]*nơi[ \t]+(?:đây[ \t]+)?(?:có|đạt|chiếm)[ \t]+(?:(?:hơn|gần|trên|khoảng|tới)[ \t]+)?"
)
#: a clause that opens with a new subject: an unnamed body ("Đoàn xã", "Tỉnh đoàn"), the organiser
#: ("Ban Tổ chức") or the unit itself ("đơn vị"), maybe after a short lead ("Dịp này,"), a verb after it
_OWN_SUBJECT_LEAD = regex.compile(
    _BULLETS_PART + _SHORT_LEADS
    + r"(?:(?P<organiser>Ban[ \t]+[Tt]ổ[ \t]+chức|[Đđ]ơn[ \t]+vị)"
    r"|(?P<body>(?:Đoàn|đoàn)[ \t]+(?P<low>xã|phường|thị trấn|đặc khu)"
    r"|(?P<mid>Huyện|Quận)[ \t]*đoàn|(?P<top>Tỉnh|Thành)[ \t]*đoàn))"
    r"(?![\p{L}])(?![ \t]+[\p{Lu}\d])(?![ \t]*,)[ \t]+"
    r"(?:đã[ \t]+|cũng[ \t]+|còn[ \t]+|đồng[ \t]+thời[ \t]+)?\p{Ll}"
)

#: the first words of the subjects of `_OWN_SUBJECT_LEAD`
_OWN_SUBJECT_FIRST = ("Ban", "Đơn", "đơn", "Đoàn", "đoàn", "Huyện", "Quận", "Tỉnh", "Thành")

#: the head nouns of a local institution that is named by its place's bare level word ("Trung tâm Văn
#: hóa - Thể thao phường", "Trạm Y tế xã", "Hội Phụ nữ xã", "Ủy ban nhân dân huyện"): see
#: `Attributor._own_place_org_opens`
_PLACE_ORG_HEADS = (
    "Trung tâm", "Trạm", "Ủy ban", "Uỷ ban", "UBND", "Hội", "Công an", "Mặt trận", "Nhà văn hóa",
    "Bưu điện", "Thư viện", "Bệnh viện", "Phòng", "Hợp tác xã",
)
#: such an institution opening a clause: its head (a whole word; not an event's "Hội thi", "Hội
#: nghị", "Hội trại", nor "Phòng chống"), up to six more name words (a capitalised word or a
#: lower-case one, or a dash; no word of place or of people, which would end the name), the bare
#: level word (no name after it), then its verb
_PLACE_ORG_SUBJECT = regex.compile(
    r"(?:" + "|".join(h.replace(" ", r"[ \t]+") for h in _PLACE_ORG_HEADS) + r")"
    r"(?![\p{L}\p{M}])(?![ \t]+(?:thi|nghị|trại|chống)(?![\p{L}\p{M}]))"
    r"(?:[ \t]+(?:(?!(?:tại|ở|trên|của|cho|với|trong|các|những|và|xã|phường|huyện|quận|tỉnh|thị|thành)"
    r"(?![\p{L}\p{M}]))[\p{L}\p{M}]+|[-–])){0,6}?"
    r"[ \t]+(?P<level>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu|huyện|quận|thị[ \t]+xã|tỉnh|thành[ \t]+phố)"
    r"(?![\p{L}\p{M}])(?![ \t]+[\p{Lu}\d])(?![ \t]*[,(])[ \t]+"
    r"(?:(?:đã|cũng|còn|đồng[ \t]+thời)[ \t]+)?\p{Ll}"
)
#: the level word of a bare place -> the level of the unit it names
_PLACE_ORG_LEVEL = {
    "xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune",
    "huyện": "district", "quận": "district", "thị xã": "district",
    "tỉnh": "province", "thành phố": "province",
}


def _after_bullets(text: str, pos: int, end: int) -> int:
    """The offset of the first word at or after `pos` (before `end`), past the blanks and bullets
    that may open a sentence or a clause ("- Anh A, …"), as the patterns read them (`_BULLETS`).
    A letter or digit at `pos` is neither (no white space is alphanumeric): `pos`, without the regex."""
    if pos < end and text[pos : pos + 1].isalnum():
        return pos
    g = _BULLETS.match(text, pos, end)
    return pos if g is None else g.end()


def _subject_may_open(text: str, start: int, end: int) -> bool:
    """The cheap first test of `_OWN_SUBJECT_LEAD` over [start, end): its subject can only start
    after the bullets, or after the first or the second comma that follows them and the spaces
    after that comma (its leads hold no other comma); False when none of those three places opens
    with the first word of one of its subjects (`_OWN_SUBJECT_FIRST`): then it cannot match."""
    at = _after_bullets(text, start, end)
    for _ in range(3):
        if text.startswith(_OWN_SUBJECT_FIRST, at, end):
            return True
        comma = text.find(",", at, end)
        if comma < 0:
            return False
        at = comma + 1
        while at < end and text[at] in " \t":
            at += 1
    return False


#: between "cho" and a place: the number of the people a gift goes to, then their words ("cho 2
#: học sinh mồ côi xã A", "cho hơn 30 hộ nghèo huyện B")
_COUNTED_PEOPLE_OF_PLACE = regex.compile(r"[ \t]+" + _QUALIFIER + r"\d+(?:[.,]\d+)*" + _PEOPLE_WORDS_PART)
#: a word after which a place only says where, among the words of the people a gift goes to
_WHERE_WORD = regex.compile(r"(?<![\p{L}])(?:tại|ở|trên|trong|ngoài|đến|tới|về|lên|xuống)(?![\p{L}])")
#: from a clause's start to the place it opens with ("Ở phường X, …", "- Tại xã Y, …")
_OPENING_PLACE = regex.compile(_BULLETS_PART + r"(?:Ở|Tại|ở|tại)[ \t]+")
#: between an opening place phrase and the unit that acts after it ("tại Cao Bằng, xã A …")
_OPENING_PLACE_GAP = regex.compile(r"[ \t]*,[ \t]*")
#: a count of a place's own subdivisions or grassroots bodies right after it opens the sentence
#: ("Tại tỉnh A, 103/103 Đoàn xã, phường …", "Ở huyện B, 100% cơ sở Đoàn …"): the level word it
#: counts (see `_subdivisions_open`)
_SUBDIVISIONS_COUNTED = regex.compile(
    r"(?:(?:khoảng|hơn|gần|trên)[ \t]+)?\d+(?:[.,]\d+)*(?:[ \t]*(?:/[ \t]*\d+(?:[.,]\d+)*|%))?[ \t]+"
    r"(?:(?:Đoàn|đoàn|cơ[ \t]+sở[ \t]+Đoàn|tổ[ \t]+chức[ \t]+cơ[ \t]+sở[ \t]+Đoàn)[ \t]+)?"
    r"(?:(?P<low>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)|(?P<mid>huyện|quận|thị[ \t]+xã)"
    r"|(?P<base>cơ[ \t]+sở[ \t]+Đoàn|chi[ \t]+đoàn|Đoàn[ \t]+cơ[ \t]+sở))(?![\p{L}\p{M}])"
)
#: after a count of works: its lower-case noun words, then "của" before the owner's name ("2 phòng
#: học của trường Tiểu học A")
_WORKS_OF = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+của[ \t]+")
#: after a count of works: its lower-case noun words, maybe "và" and the next works with their own
#: verb and number ("3 phòng học và lắp 12 bóng đèn") or a comma and the next works without one
#: ("2 phòng học, làm mới sân chơi"), then "cho" right before the school that
#: receives them (see `_works_for_school`)
_WORKS_FOR = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,7}?"
    r"(?:,?[ \t]+và[ \t]+\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*)?[ \t]+\d[\d.,]*"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,7}?"
    # ... or a comma and the next works with their own verb, no number ("2 phòng học, làm mới sân chơi")
    r"|,[ \t]+\p{Ll}[\p{L}\p{M}]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}?)?[ \t]+cho[ \t]+"
)
#: a verb of installing that cues.tsv does not list as ``install``, which `_works_for_school` reads
#: like the verbs of building (see `_works_verbs`)
_EXTRA_INSTALL = frozenset({"lắp mới"})
#: the cost of the works just named, right after their owner ("… của trường A với kinh phí 105 triệu")
_COST_OF_WORKS = regex.compile(
    r"[ \t]+với[ \t]+(?:tổng[ \t]+)?kinh[ \t]+phí[ \t]+(?:(?:là|khoảng|hơn|gần|trên)[ \t]+)?$"
)
#: "của trường" not followed by a name: the school the page or the text names (see `_gift_to_own_school`)
_OF_SCHOOL = regex.compile(r"(?:của|nhà)[ \t]+trường(?![\p{L}\p{M}])(?![ \t]+\p{Lu})")
#: a count and its lower-case noun right before "của trường" ("3 đội hình của trường", "12 sinh viên
#: của trường"): the school's own teams or people (see `_gift_to_own_school`)
_COUNTED_OF_SCHOOL = regex.compile(r"\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+")
#: what follows the school's people right before a figure of the gift: its list of things ("… cho
#: sinh viên nhà trường 200 vé xe và 300 suất quà, trị giá 150 triệu đồng")
_GIFT_LIST_AFTER = regex.compile(r"[ \t]*" + _QUALIFIER + r"\d[^;:.]*$")
#: after a figure: the words of the people it counts, then "của" and the province they belong to
_PEOPLE_OF = regex.compile(r"(?P<noun>(?:[ \t]+[\p{L}\p{M}]+){1,6}?)[ \t]+của[ \t]+")
#: a sentence's opening organising board of national level: "Ban Tổ chức Trung ương", "Ban Giám
#: khảo cấp quốc gia", "Hội đồng thi toàn quốc" (lower-case words only between)
_NATIONAL_ORGANISER = regex.compile(
    r"(?:Ban[ \t]+(?:[Tt]ổ[ \t]+chức|[Cc]hỉ[ \t]+đạo|[Gg]iám[ \t]+khảo)"
    r"|Hội[ \t]+đồng(?:[ \t]+(?:thi|[Gg]iám[ \t]+khảo))?)"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}?[ \t]+(?:Trung[ \t]+ương|[Qq]uốc[ \t]+gia|[Tt]oàn[ \t]+quốc)"
    r"(?![ \t]*\p{Lu})"
)
#: the canonical names of a commune-level page's own unit
_COMMUNE_PREFIXES = ("xã ", "phường ", "thị trấn ", "đặc khu ")
#: after a gift's number: its words, then "cho các" and unnamed subdivisions of a commune
_TO_SUBDIVISIONS = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,6}?[ \t]+cho[ \t]+các[ \t]+"
    r"(?:tổ[ \t]+dân[ \t]+phố|khu[ \t]+phố|thôn|ấp|bản|buôn|làng|tổ[ \t]+dân[ \t]+cư)(?![\p{L}])"
)
#: a gift handed "cho các đội hình" (unnamed teams) that closes the clause ("… 20 triệu đồng tiền ăn
#: cho các đội hình", "… tặng 50 áo phao cho các đội tình nguyện"): the page's own teams
_TO_TEAMS = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,6}?[ \t]+cho[ \t]+(?:các|những)[ \t]+"
    r"(?:đội[ \t]+hình|đội)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*(?=[.;,]|$)"
)
#: unnamed teams right before a figure's number ("hỗ trợ các đội hình 80 triệu đồng", "tặng các đội
#: tình nguyện 50 áo phao"): see `Attributor._own_teams_given_before`
_TEAMS_BEFORE_NUMBER = regex.compile(
    r"(?<![\p{L}])(?:các|những)[ \t]+(?:đội[ \t]+hình|đội|tổ(?![ \t]+chức))"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2}?[ \t]+"
    + _QUALIFIER
    + r"(?:"
    # the later items of the same gift: "trao tặng các đội hình 80 bộ áo và 20 đèn pin, trị giá 38
    # triệu đồng" (each thing with its number and lower-case noun, joined by "và", a comma or the
    # words of its value)
    + r"\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]*(?:,[ \t]*)?"
    + r"(?:(?:và|tổng|trị|giá)[ \t]+){1,3}"
    + _QUALIFIER
    + r")*$"
)
#: between two items of a list of units with their counts: the number of the item before, up to
#: three lower-case words of its noun, then "," / ";" / "và" ("xã A 5 căn, xã B …"): see
#: `Attributor._handed_list_item`
_HANDED_ITEM_GAP = regex.compile(
    r"[ \t]*\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}[ \t]*(?:,[ \t]*và|,|;|và)[ \t]*"
)
#: the space and first word after a number (its noun: "1.150 áo ấm" → " áo")
_FIRST_WORD = regex.compile(r"[ \t]+\p{L}[\p{L}\p{M}]*")
#: the way on after the start of a route ("từ A đi B", "từ A đến B"): a capital (a place) after
_ROUTE_ON = regex.compile(r"[ \t]+(?:đi|đến|tới|ra|vào|về)[ \t]+\p{Lu}")
#: a ranking phrase right before the country it ranks a subject in ("xếp thứ 4", "đứng hạng 2",
#: "dẫn đầu", "đứng đầu"), maybe with "trong"
_RANKED_AMONG = regex.compile(
    r"(?<![\p{L}])(?:(?:xếp|đứng)(?:[ \t]+hạng)?[ \t]+(?:thứ[ \t]+)?(?:\d+|nhất|nhì|ba|[IVX]+)"
    r"|dẫn[ \t]+đầu|đứng[ \t]+đầu"
    r"|(?:cao|nhiều|lớn|đông|mạnh|tốt|sớm|thấp|ít)[ \t]+nhất)[ \t]+(?:trong[ \t]+|trên[ \t]+)?$",
    regex.IGNORECASE,
)
#: the words of a count, maybe bridged by "với" to the count of people making it up, then "của"
_OWNED_COUNT = regex.compile(
    r"(?P<noun>(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,6}?)"
    r"(?:[ \t]+với[ \t]+" + _QUALIFIER + r"\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}?)?"
    r"[ \t]+của[ \t]+"
)
#: the name of an organisation of the Youth Union's family right before the level word of the province
#: it belongs to ("Hội LHTN Việt Nam tỉnh", "Hội Sinh viên Việt Nam thành phố"): no place word
#: ("tại", "ở") nor punctuation between, so the province is part of the body's name
_BODY_OF_PROVINCE = regex.compile(
    r"(?:Hội|Câu[ \t]+lạc[ \t]+bộ|CLB|Đội)"
    r"(?:[ \t]+(?!(?:tại|ở|của|cho|với|và|trên|thuộc|tỉnh|thành)(?![\p{L}\p{M}]))[\p{L}\p{M}]+){1,7}?"
    r"[ \t]+(?=(?:tỉnh|thành[ \t]+phố|TP\.?)[ \t]+\p{Lu})"
)
#: right before the number of the people a gift goes to: "cho", maybe a qualifier
#: "Trong số <people …>," opening a sentence
_PART_OF_PEOPLE = regex.compile(r"[Tt]rong[ \t]+số[ \t]+(?P<people>[^,.;:\d]{2,60}?)[ \t]*,")
#: "về với" (comes to) and a qualifier right before a number
_REACHED_BEFORE = regex.compile(r"(?<![\p{L}])về[ \t]+với[ \t]+" + _QUALIFIER + r"$")
#: the verb "mua" (buy), a whole word
_BUY = regex.compile(r"(?<![\p{L}])mua(?![\p{L}])")
#: between an amount of money and a verb of giving: its noun, then the things it bought ("45 triệu đồng
#: mua 30 xe đạp tặng …", "20 triệu đồng để mua 40 bộ sách hỗ trợ …"), see `_given_on_to`
_SPENT_ON_GIFT = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2}[ \t]+(?:để[ \t]+)?mua[ \t]+\d+(?:[.,]\d+)*"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]+"
)
#: "cho" and up to three lower-case words (people) right before a number: "cho học sinh 28 xã"
_CHO_PEOPLE_BEFORE = regex.compile(r"(?<![\p{L}])(?P<cho>cho)(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+$")
_CHO_BEFORE_COUNT = regex.compile(r"(?<![\p{L}])cho[ \t]+" + _QUALIFIER + "$")
#: right after that number: only the lower-case words of the people (one comma at most), up to a place
_PEOPLE_WORDS = regex.compile(_PEOPLE_WORDS_PART)


# -- round 13d: givers and recipients -------------------------------------------------------------
#: a verb of support right after what was raised or given, before the one it goes to ("quyên góp 2
#: tỷ đồng ủng hộ Tỉnh đoàn B", "trao 30 suất quà hỗ trợ đồng bào xã C"), see `_given_on_to`; on the
#: lower-cased text too (its cheap first test)
#: (its words are also the caller's substring test: "trao tặng" holds "tặng")
#: "trao" alone too: "vận động 420 triệu đồng trao Tỉnh đoàn B" hands it on as "trao tặng" does, and
#: "giúp" alone as "giúp đỡ" ("trao 1 tỷ đồng giúp Tỉnh đoàn B sửa nhà …": B receives)
_GIVE_ON_WORDS = ("ủng hộ", "hỗ trợ", "tặng", "giúp đỡ", "giúp", "trao")
_GIVE_ON = regex.compile(
    r"(?<![\p{L}])(?!trao[ \t]+đổi)(?:trao tặng|" + "|".join(_GIVE_ON_WORDS) + r")(?![\p{L}])"
)


def _org_noun_part(before_company: str) -> str:
    """The nouns that open an organisation's name (the patterns below); `before_company` is put
    right before "Công ty" (a look-behind, so that it does not match inside "Tổng công ty"). Built
    by concatenation: the pattern may hold braces."""
    return (
        r"(?:Tổng[ \t]+công[ \t]+ty|"
        + before_company
        + r"Công[ \t]+ty|Chi[ \t]+nhánh|Bệnh[ \t]+viện|Nhà[ \t]+máy|Xí[ \t]+nghiệp)"
    )


#: a clause that opens with an organisation named alone, its first name word capitalised ("Công ty
#: Cảng X", "Bệnh viện Đa khoa tỉnh Y"): see `Attributor._organisation_acts`
_ORG_SUBJECT = regex.compile(
    _BULLETS_PART
    + r"(?P<org>"
    + _org_noun_part("")
    + r"[ \t]+(?:tỉnh[ \t]+|thành[ \t]+phố[ \t]+)?\p{Lu})"
)
#: an organisation noun before a capitalised name word (see `_organisation_ending`)
_ORG_NOUN = regex.compile(r"(?<![\p{L}])" + _org_noun_part(r"(?<!Tổng[ \t]+)") + r"[ \t]+\p{Lu}")
_NAME_WORD = regex.compile(r"[\p{L}\p{M}\d]+")
#: the words an organisation's name and its verb may hold: up to this many words in all
_ORG_NAME_WORDS = 12
#: the words between an organisation's name and its verb ("Công ty X đã cử …")
_ORG_VERB_LEADS = frozenset({"đã", "cũng", "còn"})
@lru_cache(maxsize=1)
def _org_act_verbs() -> frozenset[str]:
    """The verbs by which an organisation acts itself (sends its people, examines, carries out):
    the cue kinds "send_team", "examine", "do_verb", and "org_act" (checks, brings its people)."""
    return cue_union("send_team", "examine", "do_verb", "org_act")


#: a team of a body opening a clause as its subject ("tổ quân y của Đồn", "các đội hình của trường"):
#: see `Attributor._own_team_opens`; "tổ chức" is the verb, not the team
_TEAM_OF_SUBJECT = regex.compile(
    r"(?:[Cc]ác[ \t]+)?(?:[Tt]ổ(?![ \t]+chức)|[Đđ]ội(?:[ \t]+hình)?|[Nn]hóm)(?![\p{L}\p{M}])"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}?[ \t]+của[ \t]+\p{L}"
)
#: a clause that opens a new deed of the same actor: "đồng thời", "bên cạnh đó", "ngoài ra", "cùng
#: với đó" (maybe after "và"), then a lower-case verb ("; đồng thời cử 04 đội hình …")
_NEW_DEED_LEAD = regex.compile(
    r"[ \t]*(?:và[ \t]+)?(?:[Đđ]ồng[ \t]+thời|[Bb]ên[ \t]+cạnh[ \t]+đó|[Nn]goài[ \t]+ra"
    r"|[Cc]ùng[ \t]+với[ \t]+đó)[ \t]*,?[ \t]+(?=\p{Ll})"
)
#: the head of a body's name that the unit finder leaves out, before the place it is of ("Hội LHTN
#: Việt Nam tỉnh B", "Ủy ban Hội tỉnh B", "Đoàn Thanh niên xã C"): "Hội"/"Đoàn" and up to four
#: capitalised words; or a youth committee abroad with its country ("Ủy ban Thanh niên Campuchia tỉnh B")
_BODY_HEAD = (
    r"(?:(?:(?:Ủy[ \t]+ban|Ban[ \t]+Thường[ \t]+vụ)[ \t]+)?(?:Hội|Đoàn)|Ủy[ \t]+ban[ \t]+Thanh[ \t]+niên)"
    r"(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,4}"
)
_HEAD_OF_PLACE = regex.compile(r"[ \t]+" + _BODY_HEAD + r"[ \t]+")
#: a verb of support or "cho" right before a unit, maybe with the head of a body's name between
_HANDED_TO = regex.compile(
    r"(?<![\p{L}])(?:ủng[ \t]+hộ|hỗ[ \t]+trợ|tặng|trao|giúp[ \t]+đỡ|cho)(?:[ \t]+" + _BODY_HEAD + r")?[ \t]+$"
)
#: a clause that gives the amount of each thing counted before ("mỗi căn", "mỗi suất trị giá"):
#: "mỗi", one or two words of the thing, maybe a word of value, then the number
_PER_ITEM_LEAD = regex.compile(
    r"[ \t]*(?:và[ \t]+)?[Mm]ỗi[ \t]+(?P<noun>\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t]+"
    r"(?:(?:trị[ \t]+giá|giá[ \t]+trị|là|gồm|được|nhận)[ \t]+)?(?:(?:hơn|gần|khoảng|trên)[ \t]+)?"
)
#: the "mỗi" phrase maybe with earlier things of each one's contents before the number ("…, mỗi suất gồm
#: 5 quyển vở và 200.000 đồng"): each later thing is part of each thing counted, as the first one is
_PER_ITEM_CONTENTS = regex.compile(
    _PER_ITEM_LEAD.pattern + r"(?:" + _EARLIER_ITEM_PART + r"[ \t]+(?:(?:hơn|gần|khoảng|trên)[ \t]+)?)*"
)
#: the "mỗi" phrase with each one's contents named without numbers, then their value ("…, mỗi suất
#: gồm áo ấm, sách vở trị giá 200.000 đồng"): the value of each thing counted, as above
_PER_ITEM_VALUED = regex.compile(
    r"[ \t]*(?:và[ \t]+)?[Mm]ỗi[ \t]+(?P<noun>\p{Ll}+)(?:[ \t]+\p{Ll}+)?[ \t]+(?:gồm|có)"
    r"(?:,?[ \t]+\p{Ll}[\p{L}\p{M}]*){1,10}?[ \t]+(?:trị[ \t]+giá|giá[ \t]+trị)[ \t]+"
    r"(?:(?:hơn|gần|khoảng|trên)[ \t]+)?"
)
#: how far before the number "mỗi" may open a `_PER_ITEM_VALUED` lead (up to 10 words of contents)
_PER_ITEM_VALUED_REACH = 120
#: an aside between a count and its verb that gives the amount of each thing counted (", mỗi suất
#: 100.000 đồng,", ", mỗi suất trị giá 1,5 triệu đồng,"): one number, closed by a comma
_PER_ITEM_ASIDE = regex.compile(r",[ \t]*mỗi[ \t]+[^,;:\d]{1,40}\d+(?:[.,]\d+)*[^,;:\d]{0,40},")
#: an aside that gives the cost or value of the thing counted before it (", tổng kinh phí 865 triệu
#: đồng,", ", trị giá 50 triệu đồng,"): it does not part the thing from the verb that hands it over
_VALUE_ASIDE = regex.compile(
    r",[ \t]*(?:(?:tổng|với)[ \t]+)*(?:kinh[ \t]+phí|trị[ \t]+giá|giá[ \t]+trị)"
    r"(?:[ \t]+(?:là|khoảng|hơn|gần|trên))*"
    r"[ \t]*:?[ \t]*\d+(?:[.,]\d+)*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]*,"
)
#: "cùng" and a count before it: a partner's people follow ("… cùng 120 đoàn viên xã A")
_PARTNER_COUNT_LEAD = regex.compile(r"(?<![\p{L}])cùng[ \t]+" + _QUALIFIER + r"$")
#: the people of a commune's body named by its bare level word after a count ("45 đoàn viên Đoàn
#: phường hỗ trợ"), or of the commune itself ("52 đoàn viên, thanh niên xã đã lắp"): see
#: `Attributor._partner_members`. Not a commune the words after it set apart from the one named ("đoàn
#: viên xã bạn", "xã khác", "xã lân cận", "xã vùng cao")
_PARTNER_BARE_BODY = regex.compile(
    r"(?P<people>(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}(?:[ \t]*,(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3})?)"
    r"[ \t]+(?:Đoàn[ \t]+)?(?P<level>phường|xã)(?![\p{L}])(?![ \t]+\p{Lu})"
    r"(?![ \t]+(?:bạn|khác|lân[ \t]+cận|vùng|bên|láng[ \t]+giềng)(?![\p{L}]))"
)
#: "cùng", a count and the words of its people, up to the place they are named by
_PARTNER_COUNT = regex.compile(r"cùng[ \t]+" + _QUALIFIER + r"\d+(?:[.,]\d+)*" + _PEOPLE_WORDS_PART)
#: right after a place: " và", a count and the first words of its people ("… xã A và 40 thanh niên")
_JOINED_COUNT_AFTER = regex.compile(
    r"[ \t]+và[ \t]+" + _QUALIFIER + r"\d+(?:[.,]\d+)*(?P<noun>(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,2})"
)
#: " và", a count and the words of its people, up to the place they are named by (a second group)
_JOINED_COUNT = regex.compile(r"[ \t]+và[ \t]+" + _QUALIFIER + r"\d+(?:[.,]\d+)*" + _PEOPLE_WORDS_PART)
#: the clause of a gift's total value right before its number ("…, tổng trị giá 1,12 tỷ đồng")
_GIFT_VALUE_LEAD = regex.compile(
    r"[,;][ \t]*(?:với[ \t]+)?[Tt]ổng[ \t]+(?:trị[ \t]+giá|giá[ \t]+trị)"
    r"(?:[ \t]+(?:là|khoảng|hơn|gần|trên|đạt))*[ \t]*:?[ \t]*$"
)
#: "mỗi năm", "mỗi tháng": a rate over time, not the amount of each thing counted
_PER_TIME = frozenset({"năm", "tháng", "tuần", "ngày", "quý", "kỳ", "đợt", "lần"})
#: a donor's verb of support right before its part of a total ("Thành đoàn A hỗ trợ 600 triệu đồng")
_DONOR_VERBS = frozenset({"hỗ trợ", "tài trợ", "ủng hộ", "đóng góp", "góp"})
#: the total cost or value of a work or gift and its number ("tổng kinh phí 680 triệu đồng", "Tổng
#: kinh phí là 1,35 tỷ đồng", "tổng trị giá hơn 2 tỷ đồng")
_TOTAL_COST = regex.compile(
    r"(?<![\p{L}])(?:[Tt]ổng[ \t]+(?:kinh[ \t]+phí|trị[ \t]+giá|giá[ \t]+trị|số[ \t]+tiền|vốn)"
    r"|[Kk]inh[ \t]+phí)"
    r"(?:[ \t]+\p{Ll}+){0,4}?[ \t]*(?:là|:|đạt|khoảng|hơn|gần|trên|[ \t])*[ \t]*\d"
)
#: right after a unit: it receives a total from others ("Tỉnh đoàn A đã tiếp nhận 7 tỷ đồng từ …", "Xã
#: B nhận được 40 tấn hàng của …"): see `Attributor._giver_of_received`. Between the amount and
#: "từ"/"của" only lower-case words, numbers, "," and "và" of the same sentence ("5 tỷ đồng và 40 tấn
#: hàng từ"), not a titled thing ("nhận 5 Bằng khen của …")
_RECEIVES_TOTAL = regex.compile(
    r"[ \t]+(?:(?:đã|cũng|vừa|được)[ \t]+)*(?:tiếp[ \t]+)?nhận(?:[ \t]+được)?[ \t]+"
    + _QUALIFIER
    + r"\d[\d.,]*(?:,?[ \t]+(?:\d[\d.,]*|\p{Ll}[\p{L}\p{M}]*)){0,12}?[ \t]+(?:từ|của)(?![\p{L}])"
)
#: between a giver of a breakdown and its part: a colon or a verb of giving, maybe after an earlier
#: parts of the same giver and "và"/"," ("Thành đoàn A: 1,5 tỷ đồng", "Tỉnh đoàn B hỗ trợ 850 triệu
#: đồng", "Tỉnh đoàn C: 600 triệu đồng và 12 tấn gạo", "…: 900 triệu đồng, 15 tấn gạo và 200 thùng mì")
_GIVER_PART_GAP = regex.compile(
    r"[ \t]*(?::|(?:[ \t]+(?:đã|cũng))?[ \t]+(?:hỗ[ \t]+trợ|ủng[ \t]+hộ|trao[ \t]+tặng|gửi[ \t]+tặng"
    r"|tặng|trao|gửi|đóng[ \t]+góp|góp|tài[ \t]+trợ))"
    r"(?:[ \t]*" + _QUALIFIER + _EARLIER_ITEM_PART + r")*"
    r"[ \t]*" + _QUALIFIER + "$"
)
#: right after a unit: it receives things from others, no amount told ("Tỉnh đoàn A tiếp nhận tiền, hàng
#: của tuổi trẻ các địa phương", "Xã B đã nhận quà từ …"): lower-case words only up to "của"/"từ"
#: (see `Attributor._giver_after_receipt`)
_RECEIVES_FROM = regex.compile(
    r"[ \t]+(?:(?:đã|cũng|vừa)[ \t]+)*(?:tiếp[ \t]+)?nhận(?:[ \t]+được)?"
    r"(?:,?[ \t]+\p{Ll}[\p{L}\p{M}]*){1,6}?[ \t]+(?:từ|của)(?![\p{L}])"
)
#: between a giver of a list of gifts and its part: a verb of giving, or none in an item whose verb the
#: list's first item holds ("…; Thành đoàn B 850 triệu đồng và 12 tấn gạo"), maybe after earlier
#: things of the same giver ("250 triệu đồng cùng 1.500 thùng mì")
_LISTED_GIVER_GAP = regex.compile(
    r"(?:[ \t]+(?:đã|cũng))?(?:[ \t]+(?P<verb>hỗ[ \t]+trợ|ủng[ \t]+hộ|trao[ \t]+tặng|gửi[ \t]+tặng"
    r"|tặng|trao|gửi|đóng[ \t]+góp|góp|tài[ \t]+trợ))?"
    r"(?:[ \t]*" + _QUALIFIER + r"\d[\d.,]*(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,4}[ \t]*(?:,|và|cùng|,[ \t]*và))*"
    r"[ \t]*" + _QUALIFIER + "$"
)
#: after a sum: it goes into a fund, its name, then "của" and the head of the fund's owner before its
#: place ("góp 16 triệu đồng vào quỹ "Vì bạn nghèo" của Hội đồng Đội thành phố A"): see
#: `Attributor._fund_owner`
_INTO_FUND = regex.compile(
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,3}?[ \t]+vào[ \t]+quỹ"
    r"(?:[ \t]+(?:\"[^\"\n]{1,60}\"|“[^”\n]{1,60}”|\p{Ll}[\p{L}\p{M}]*)){0,6}?[ \t]+của[ \t]+"
)
#: the head of a body's name before its place ("Hội đồng Đội ", "Hội Liên hiệp Thanh niên "): capitalised
_OWNER_HEAD = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]+)?")
#: between a donor and its sum: a verb of support whose object is the programme the page tells of
#: ("Tỉnh đoàn A hỗ trợ chiến dịch 80 triệu đồng", "Công ty B tài trợ chương trình 50 triệu đồng")
_SUPPORTS_PROGRAMME = regex.compile(
    r"[ \t]+(?:(?:đã|cũng|còn)[ \t]+)?(?:hỗ[ \t]+trợ|tài[ \t]+trợ|ủng[ \t]+hộ)[ \t]+"
    r"(?:chiến[ \t]+dịch|chương[ \t]+trình)(?:[ \t]+này)?[ \t]+" + _QUALIFIER
)
#: an unnamed Youth Union body right before a number ("trao cho Tỉnh đoàn 100 suất", "tặng Đoàn xã
#: 80 triệu đồng", "tặng Đoàn Khối 1 tủ sách"): not a numbered ward's body ("Đoàn phường 10"), which
#: the unit finder reads as a name
_BARE_BODY_GIFT = regex.compile(
    r"(?<![\p{L}])(?:(?:Đoàn|đoàn)[ \t]+(?P<low>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)"
    r"|(?P<mid>Huyện|Quận|huyện|quận)[ \t]*đoàn|(?P<top>Tỉnh|Thành|tỉnh|thành)[ \t]*đoàn"
    r"|(?P<bloc>Đoàn[ \t]+Khối))"
    r"[ \t]+(?=(?:(?:hơn|gần|khoảng|trên)[ \t]+)?\d)"
)

#: after "trong đó": an unnamed Youth Union body, then a lower-case word ("…, trong đó Đoàn Khối chiếm
#: 5,4%", "trong đó, Đoàn xã có 12 chi đoàn"); not a named one ("trong đó Đoàn xã Hòa Bình chiếm …")
_PART_OF_BARE_BODY = regex.compile(
    r"[ \t]*,?[ \t]*(?:(?:Đoàn|đoàn)[ \t]+(?P<low>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu)"
    r"|(?P<mid>Huyện|Quận)[ \t]*đoàn|(?P<top>Tỉnh|Thành)[ \t]*đoàn|(?P<bloc>Đoàn[ \t]+Khối))"
    r"[ \t]+(?:đã[ \t]+|cũng[ \t]+)?\p{Ll}"
)

# -- round 9e: recipients and lists -------------------------------------------------------------
#: a bare level word right before the number of a gift ("trao tặng xã 1 cây cầu", "tặng phường hơn
#: 200 suất quà"): the page's own unit of that level receives it (a numbered ward the unit finder
#: reads as a name, "phường 10", is not bare)
#: the level words of ``_BARE_LEVEL_GIFT`` (its cheap first test; "thị trấn", "thị xã" contain "thị")
_BARE_LEVEL_WORDS = re.compile(r"xã|phường|thị|đặc khu|huyện|trường|liên đội")
#: the province's level words of ``_BARE_LEVEL_GIFT`` (group "top"), its second cheap first test
_BARE_TOP_WORDS = re.compile(r"tỉnh|thành phố")
#: a school is also named by its body alone ("Tỉnh đoàn X trao tặng Đoàn trường 1 máy chiếu"), or by
#: its Pioneers' body ("Hội đồng Đội phường A tặng Liên đội 100 quyển vở");
#: a province only after "cho" ("Trung ương Đoàn trao cho tỉnh 2 tỷ đồng", see `_gift_to_bare_level`)
_BARE_LEVEL_GIFT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:xã|phường|thị\s+trấn|đặc\s+khu|huyện|thị\s+xã|(?:[Đđ]oàn\s+)?trường|[Ll]iên\s+đội"
    r"|(?P<top>tỉnh|thành\s+phố))"
    r"\s+(?=(?:(?:hơn|gần|khoảng|trên)\s+)?\d)"
)

# -- round 15c: a gift to an organisation that is no place nor Youth Union level --------------------
#: a sentence that opens with the school named before it by its common noun ("Trường hiện có …",
#: "Nhà trường đã …"); not "Trường học …", a school in general
_SCHOOL_REFERENCE = regex.compile(r"(?:Nhà[ \t]+trường|Trường)[ \t]+(?!học(?![\p{L}\p{M}]))\p{Ll}")
#: what may stand before a sentence's first word
#: the figure's number inside a phrase naming who gave a gift ("3 tấn gạo do Chi đoàn 5 thôn quyên
#: góp"): "do", a capitalised body, up to four words, then the number ends the span read
_DONOR_BEFORE_NUMBER = regex.compile(
    r"(?<![\p{L}\p{M}])do[ \t]+\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,4}[ \t]+$"
)
_OPENING_MARKS = frozenset(" \t\n\"“'‘-–•*+")
#: words that open a sentence without naming a thing ("Các em …", "Tổng trị giá …" has its own rule)
_NOT_THING_OPENERS = frozenset(
    {"các", "những", "mỗi", "tổng", "trong", "ngoài", "cùng", "đây", "theo", "sau"}
)
#: classifiers before the noun of a thing that opens a sentence ("Cây cầu …", "Ngôi nhà …")
_THING_CLASSIFIERS = classifiers("opener")
#: a comma, a semicolon or "và" that may open a new deed of a giver (see `Attributor._giver_goes_on`)
_DEED_SEP = regex.compile(r"[,;]|(?<![\p{L}])(?=và(?![\p{L}]))")
#: a lower-case word (the verb) after a subject ("nhà trường tiết kiệm …")
_VERB_AFTER = regex.compile(r"[ \t]+\p{Ll}")
#: a short opening phrase of up to four words before a comma ("Theo danh sách,", "Cụ thể là,")
_SHORT_OPENER = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]*,")
#: the end of a bracket that placed an item's recipient, then the list goes on ("… cho Trường A (xã
#: B), 35 suất …", "… (xã B) và 28 suất …"): see `Attributor._gift_item`
_CLOSED_PLACE_GAP = regex.compile(r"[ \t]*\)[ \t]*(?:,|;|và|,[ \t]*và)[ \t]*")
#: the levels of a place that owns the members counted right before it ("25 đoàn viên xã A")
_MEMBER_PLACE_LEVELS = frozenset({"commune", "district", "village"})
#: between a number and such a place: one to three lower-case words of the member noun
_MEMBER_NOUN_GAP = regex.compile(r"(?:[ \t\u00a0]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t\u00a0]+")
#: the levels of a Youth Union body that owns the members counted right before it ("40 đoàn viên
#: Thành đoàn A"), and the Youth Union words its name opens with
_MEMBER_BODY_LEVELS = frozenset({"province", "district", "commune"})
_YOUTH_BODY_NAME = regex.compile(f"{_YOUTH_BODY_PROVINCE}|{_YOUTH_BODY_DISTRICT}|{_YOUTH_BODY_COMMUNE}")
#: the head word "Đoàn" a force's Youth Union body leaves out of its mention ("Đoàn [Thanh niên Công an
#: tỉnh]")
_SECTOR_BODY_HEAD = regex.compile(r"[ \t\u00a0]Đoàn[ \t\u00a0]+$")
#: between a number and an organisation that owns the members counted: "đoàn viên" alone (a no-break
#: space too, as the unit finder's `_MEMBERS` reads it; so the gaps below)
_ORG_MEMBERS_GAP = regex.compile(r"[ \t\u00a0]+đoàn[ \t\u00a0]+viên[ \t\u00a0]+")
#: between a number and such a body: member nouns of lower-case words, joined by commas or "và"
_MEMBER_NOUNS_GAP = regex.compile(
    r"[ \t\u00a0]+\p{Ll}[\p{L}\p{M}]*(?:,?[ \t\u00a0]+\p{Ll}[\p{L}\p{M}]*){0,5}[ \t\u00a0]+"
)
#: the commas and "và" that join those member nouns
_MEMBER_NOUNS_SEP = regex.compile(r",|(?<![\p{L}])và(?![\p{L}])")
#: the words of motion before a verb of helping another province ("lên hỗ trợ tỉnh A")
_HELP_MOTION_WORDS = _SENT_TOWARD_WORDS | {"sang", "vào"}
#: level words that may follow a receiver's head without naming it ("Hội Sinh viên tỉnh")
_RECEIVER_LEVEL_WORDS = frozenset({"tỉnh", "thành phố", "xã", "phường", "huyện", "quận", "trường"})


@lru_cache(maxsize=1)
def _receiver_head_probe() -> re.Pattern[str]:
    """The first words of the heads of ``_receiver_head_gift`` (cue kind "receiver_head") in lower
    case: its cheap first test on the lower-cased text."""
    firsts = sorted({h.split()[0] for h in cue_set("receiver_head")}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in firsts))


@lru_cache(maxsize=1)
def _receiver_head_gift() -> regex.Pattern[str]:
    """The head of an organisation (cue kind "receiver_head"), maybe after its Youth Union body
    ("Đoàn Thanh niên", "Đoàn bộ phận" or a bare "Đoàn": "hỗ trợ Đoàn Công ty 60 triệu đồng"),
    then its name (up to ten words; maybe none) and maybe a footnote marker, right
    before a number ("Đồn 50 triệu đồng", "Hội Sinh viên tỉnh 10 máy", "Trung tâm Y tế khu vực A⁸ 01
    máy"): see `Attributor._gift_to_organisation`."""
    heads = cue_words_longest_first("receiver_head")

    def spelled(word: str) -> str:  # "clb": "clb", "Clb" or "CLB"
        forms = sorted({word, word.capitalize(), word.upper()})
        return "(?:" + "|".join(regex.escape(v) for v in forms) + ")"

    alt = "|".join(r"[ \t]+".join(spelled(w) for w in h.split(" ")) for h in heads)
    # a word of the name: any word (the lookup decides), or a number inside it ("Tổng công ty 1 A")
    name_word = r"[\p{L}\p{M}]+|\d+(?=[ \t]+\p{Lu})"
    return regex.compile(
        r"(?<![\p{L}\p{M}])(?:Đoàn(?:[ \t]+Thanh[ \t]+niên|[ \t]+bộ[ \t]+phận)?[ \t]+)?(?P<head>" + alt + r")"
        r"(?![\p{L}\p{M}])"
        r"(?P<name>(?:[ \t]+(?:" + name_word + r")){0,10}?)"
        r"[⁰¹²³⁴⁵⁶⁷⁸⁹]*[ \t]+(?=(?:(?:hơn|gần|khoảng|trên)[ \t]+)?\d)"
    )



@dataclass(frozen=True, slots=True)
class Attribution:
    unit: str | None
    rule: str
    mention: UnitMention | None = None


class Attributor:
    """Resolves units in one text (the body or one footnote)."""

    def __init__(
        self,
        text: str,
        ctx: TextContext,
        *,
        national_scope: bool = False,
        own: str | None = None,
        headline_end: int = 0,
    ) -> None:
        """`own` is the page's own unit (its scope) and `headline_end` where the headline that opens
        `text` ends (0: no headline): a place of the headline that only shortens the own unit's
        name is not a unit of its own (see `_without_short_own`)."""
        self.text = text
        self.ctx = ctx
        #: the document's scope is national: a province where an activity took place then names its unit
        self.national_scope = national_scope
        #: the page's own unit (its scope), if known: "của trường" on a school's page names it
        self.own = own
        #: where the headline that opens the text ends (0: none): see `_gift_told_in_body`
        self.headline_end = headline_end
        mentions = find_units(text, low=ctx.low if ctx.text is text else None)
        if own and headline_end:
            mentions = _without_short_own(text, mentions, own, headline_end)
        #: the lower-cased text for the rules' cheap first tests: the context's, else lowered once here
        self.low = ctx.low if ctx.low is not None else text.lower()
        #: the places abroad whose youth bodies take part (see `_without_foreign`, `_partner_abroad`)
        self.mentions, self._partners_abroad = _without_foreign(text, mentions, self.low)
        self._starts = [m.start for m in self.mentions]
        self._index = {id(m): i for i, m in enumerate(self.mentions)}
        # in_window over an earlier sentence is asked again for every later figure of the paragraph
        self._windows: dict[tuple[int, int, int, bool], Attribution | None] = {}
        #: `resolve` per span: asked again for an earlier figure by the rules of a later one
        self._resolved: dict[tuple[int, int], Attribution | None] = {}
        self._national_words: dict[tuple[int, int], bool] = {}
        self._list_ends: dict[int, int] = {}
        self._remainders: dict[tuple[int, int], bool] = {}
        self._quoted: dict[int, bool] = {}
        #: per (index of a mention, floor): the rules ask again for every later figure of a clause
        self._locations: dict[tuple[int, int], bool] = {}
        self._recipients: dict[tuple[int, int], bool] = {}
        self._merged: dict[tuple[int, int], bool] = {}
        self._say_seps: dict[int, int | None] = {}
        #: per sentence start: the sentences of the paragraph before it, and the subject they carry
        self._earlier: dict[int, list[tuple[int, int]]] = {}
        self._carried: dict[int, Attribution | None] = {}
        #: per sentence start: the recipient of a thing handed over in an earlier paragraph it describes
        self._handed_earlier: dict[int, Attribution | None] = {}
        self._spots: list[int] | None = None
        #: per (level, keyed name opening) the page's bodies of that form (`_same_form_named_on_page`)
        self._forms: dict[tuple[str, str], list[UnitMention]] = {}
        #: where the text first says "phối hợp" (-1: nowhere): see `_named_as_partner`
        self._first_coop = self.low.find("phối hợp")
        #: the congresses the text names by their name: the ends of the names, and whether each is
        #: the national one (built when first asked: see `_last_congress_national`)
        self._congress_names: tuple[list[int], list[bool]] | None = None
        #: the text's province mentions, in order, and their starts (built when first asked: see
        #: `_only_province_before`)
        self._provinces: tuple[list[UnitMention], list[int]] | None = None
        #: the posts the text names in full ("Đồn Biên phòng A"): their starts and whether each is the
        #: police's (built when first asked: see `_post_force`)
        self._posts: list[tuple[int, bool]] | None = None
        #: the text never says "Đồn": no post to call back (see `_bare_post_subject`)
        self._no_post = "Đồn" not in text
        #: per form of a bare body ("xã ") and position: the one unit of that form named before it
        self._only_named: dict[tuple[str, int], tuple[UnitMention, ...]] = {}
        #: per bracket that holds a list of units with numbers, the count it breaks down (see
        #: figures.extract): its measure phrase and where the count starts
        self.bracket_counts: dict[int, tuple[MeasurePhrase, int] | None] = {}

    # -- mention helpers --------------------------------------------------------------------
    def _in(self, start: int, end: int) -> list[UnitMention]:
        """The mentions that lie in [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end, i)
        if i == j:
            return []  # the common case: no unit named there
        return [m for m in self.mentions[i:j] if m.end <= end]

    def _is_location(self, m: UnitMention, floor: int) -> bool:
        """True when the mention only says where (or with whom): "tại X", "của X", "phối hợp với X",
        a list continuing such a mention ("tại các xã A, B và C"), a name in parentheses, or the
        place that names a site ("điểm ấp X": a reception point of the commune, in hamlet X), or the
        place of a named venue ("tại Quảng trường Lam Sơn, phường X"). Remembered (`_remember`)."""
        return self._remember(self._locations, self._find_location, m, floor)

    def _remember(
        self,
        memo: dict[tuple[int, int], bool],
        rule: Callable[[UnitMention, int], bool],
        m: UnitMention,
        floor: int,
    ) -> bool:
        """`rule(m, floor)`, remembered in `memo` by the mention's index and the floor: the rules ask
        it again for every later figure of the clause. Only for the text's own mentions, which stay
        alive (another mention, read from a name, could later share the id of a dead one)."""
        i = self._index.get(id(m))
        if i is None:
            return rule(m, floor)
        k = (i, floor)
        found = memo.get(k)
        if found is None:
            found = memo[k] = rule(m, floor)
        return found

    def _by_area_heading(self, m: UnitMention, before: list[str]) -> bool:
        """"Theo địa bàn, xã A mở 9 lớp, xã B 6 lớp": "địa bàn" closed by a comma heads a breakdown by
        area (the units that follow each own their figures), it does not say where the unit after it
        is (as "trên địa bàn xã A" does)."""
        if before[-1] != "bàn":
            return False  # a cheap first test: the phrase is not "(trên) địa bàn"
        at = self.text.rfind("bàn", max(0, m.start - 12), m.start)
        return at >= 0 and "," in self.text[at + 3 : m.start]

    def _find_location(self, m: UnitMention, floor: int) -> bool:
        """`_is_location`, not remembered."""
        if m.text.isupper() and self._dateline_above_own(m):
            return True  # "ĐỒNG THÁP - Sau 2 tháng ra mắt, 4 tổ … của Đoàn phường A": where the news is from
        opened = self.text.rfind("(", floor, m.start)
        if opened > self.text.rfind(")", floor, m.start):
            # a bracket only says where, also the home place after a person's name and age ("Anh A (29
            # tuổi, xã B) vay 80 triệu đồng"): the person lives there, the page's unit keeps the figures
            # (n214, n358, c40/c48's borrowers "ở xã …"; n87/n171 were the older reading)
            return True
        lead = _LOCATION_LEAD.search(self.text[max(floor, m.start - 48) : m.start])
        if lead is not None:
            return not (self._organisation_opens(m, floor) or self._subdivisions_open(m, floor))
        if self._on_route(m.start):
            return True  # "nhiều nhất là tuyến Nghệ An (12 chuyến), Thanh Hóa …": destinations
        if self._whose_people(m, floor):
            return True  # "Sư đoàn X giúp dân vùng cao Huế hơn 2.000 ngày công": Huế's people are helped
        if (
            not m.is_body
            and _VENUE_LEAD.search(self.text[max(floor, m.start - 64) : m.start])
            and not self._after_opening_place(m, floor)
        ):
            return True
        before = words_before(self.text, m.start, 3, floor)
        if self._through_team(m, floor):
            return True  # "vay 80 triệu đồng qua tổ của Chi đoàn bản A để nuôi 40 con bò": the channel
        if before and before[-1] == "của" and m.is_body and not self._backs(m, floor):
            return False  # "Lễ ra quân … của Tỉnh đoàn X": the body's own activity
        if self._toward_list(m, before):
            return True  # "chở hàng lên các xã A, B, C": one total for all of them says where
        if self._sent_here(m, before, floor):
            return False  # "chuyển 150 triệu đồng tới Đoàn xã A để hỗ trợ 30 hộ": xã A receives
        if before and before[-1] == "của" and self._team_of(m):
            return False  # "Đội hình của Trường A khám bệnh cho 840 lượt người dân": the school's team acts
        if before and before[-1] == "của" and self._classes_of_school(m):
            return False  # "hai chi đội 7A, 8C của Trường A góp 600 kg": classes are parts of the school
        if before and (
            before[-1] in _NOT_SUBJECT_BEFORE
            or (ends_with_phrase(before, _WHERE_PHRASES) and not self._by_area_heading(m, before))
        ):
            # "…; tiếp đến Đoàn Thanh niên Nhà máy X 21 sáng kiến": the next of a ranking, not a place
            # ("tiếp đến", "kế đến", words of a ranking of cue kind "split_rank": "đến" does not say where)
            return ends_with_phrase(before, cue_set("split_rank")) is None
        if self._in_partner_name(m, floor):
            return True  # "phối hợp Trường Cao đẳng nghề X mở 6 lớp": X names the partner, not the actor
        if (
            before
            and ends_with_phrase(before, cue_set("site"))
            and self.text[max(0, m.start - 8) : m.start].rstrip(" \t")[-1:].isalpha()
        ):
            # "điểm ấp Tân Long 940 hồ sơ", "bãi biển thôn A": a site named by the place it stands in
            # (not across a comma: "Trong tháng cao điểm, Hà Tĩnh có 1.250 …" names the subject)
            return True
        if not m.is_body and self._site_of_place(m, floor):
            return True  # "02 tủ sách cho điểm trường thôn A": the school site stands in thôn A
        if not m.is_body and self._done_by_other(m):
            return True  # "các xã A, B (tỉnh C) do Công ty X thực hiện 11 km": X did it there
        i = self._index[id(m)]
        # a list of places goes on only with places: a body after them acts ("tại Hà Nội, Đoàn Khối …")
        if i and not m.is_body and m.level != "sector":
            prev = self.mentions[i - 1]
            gap = self.text[prev.end : m.start]
            if prev.start >= floor and _LIST_GAP.fullmatch(gap) and not self._after_opening_place(m, floor):
                return self._is_location(prev, floor)
            if self._elliptic_where_item(prev, m):
                return True  # "Riêng tại tỉnh A có 24 điểm, tỉnh B 17 điểm": B is where, as A
            if self._elliptic_where_clause(prev, m, floor):
                return True  # "Tại xã A, các chiến sĩ lắp 22 loa; xã B 18 loa": B is where, as A
        # "A phối hợp Đoàn phường B, Đoàn xã C ra mắt 23 …": C is a partner too
        return bool(i) and m.is_body and self._partner_list_goes_on(i, floor)

    def _partner_list_goes_on(self, i: int, floor: int) -> bool:
        """The body `self.mentions[i]` follows other bodies in a list right after "phối hợp" ("Đoàn
        Khối A phối hợp Đoàn phường B, Đoàn xã C ra mắt …", "… phối hợp Đoàn xã B, Đoàn xã C và Đoàn
        xã D tổ chức …"): all are partners of the actor named before them, not the actor (spec
        §2.3). A list of places that a body follows ("tại Hà Nội, Đoàn Khối …") is not such a list:
        the items before must be bodies. Cheap first test: the list gap before the body."""
        while i > 0:
            prev, m = self.mentions[i - 1], self.mentions[i]
            if not prev.is_body or prev.start < floor:
                return False
            if not _LIST_GAP.fullmatch(self.text, prev.end, m.start):
                return False
            if ends_with_phrase(words_before(self.text, prev.start, 3, floor), _PARTNER_LEADS) is not None:
                return True
            i -= 1
        return False

    def _dateline_above_own(self, m: UnitMention) -> bool:
        """`m`, written in capitals, opens its paragraph as a dateline ("ĐỒNG THÁP - …") and names
        the province the page's own unit, a commune, district or village, lies in: it only says
        where the news comes from, the page's figures stay with the units its sentences name, else
        the page's own (spec §2.3). Asked only for a mention in capitals (the caller's cheap test)."""
        if m.is_body or m.level != "province" or _DATELINE_AFTER.match(self.text, m.end) is None:
            return False
        pstart, _ = self.ctx.paragraph(m.start)
        if self.text[pstart : m.start].strip():
            return False
        own = _own_mention(self.own)
        return own is not None and own.level in _BELOW_PROVINCE and own.province_2025 == m.canonical

    def _team_of(self, m: UnitMention) -> bool:
        """`m` follows "của" after a team noun (``team_of`` in cues.tsv) that opens its clause, the
        subject ("Đội hình của Trường A khám bệnh …", "Các đội tình nguyện của xã B dọn …"): the
        team is the unit's own people at work, so the unit acts (spec §2.3), unlike a "của X" that
        only tells whose a place or thing is ("tại nhà văn hóa của xã B"). Asked only after "của"
        (the caller's cheap first test)."""
        cstart, _ = self.ctx.clause(m.start)
        lead = self.text[max(cstart, self.text.rfind(",", cstart, m.start) + 1) : m.start]
        if len(lead) > 48 or ("ội" not in lead and "hàng" not in lead):
            return False  # a cheap first test: every team noun has "đội" (a fair's stall "hàng")
        return _team_of_lead(lead)

    def _classes_of_school(self, m: UnitMention) -> bool:
        """`m`, a school, follows "của" after classes named by their codes ("Riêng hai chi đội 7A, 8C
        của Trường A góp 600 kg", "Lớp 10A1 của Trường B quyên góp …"): classes are parts of their
        school (n379), so the school acts (spec §2.3), as for its teams (`_team_of`)."""
        if m.level != "school":
            return False
        if self.low.find("của", max(0, m.start - 6), m.start) < 0:
            return False  # a cheap first test: "của" right before the school
        # the sentence, not the clause: the codes' commas ("7A, 8C") do not end the subject
        sstart, _ = self.ctx.sentence(m.start)
        return _CLASSES_OF.search(self.text, max(sstart, m.start - 64), m.start) is not None

    def _elliptic_where_item(self, prev: UnitMention, m: UnitMention) -> bool:
        """`m`, a place, is the elliptical next item of a list whose item before it, `prev` (a place
        of the same level in the same sentence), only says where: its own number and noun between
        them, and "tại/ở" before `prev` ("Riêng tại tỉnh A có 24 điểm wifi, tỉnh B 17 điểm") or
        `prev` itself such a later item, back to the first one (by this rule or by an elliptical
        clause, `_elliptic_where_clause`). The item keeps the "tại" reading, so the figure stays
        with the actor (spec §2.3). Cheap first test: the gap between the two places is one
        counted item and a comma."""
        if prev.is_body or prev.level != m.level or m.level not in _ADMIN_LEVELS:
            return False
        if _ELLIPTIC_ITEM_GAP.fullmatch(self.text, prev.end, m.start) is None:
            return False
        sstart, _ = self.ctx.sentence(m.start)
        if prev.start < sstart:
            return False
        if _LOCATION_LEAD.search(self.text[max(sstart, prev.start - 48) : prev.start]) is not None:
            return True
        # a later item: "tại xã A mở 22 lớp, xã B 18 lớp, xã C 14 lớp": C is where, as B and A are
        i = self._index.get(id(prev))
        if i is None or i == 0:
            return False
        first = self.mentions[i - 1]
        return self._elliptic_where_item(first, prev) or self._elliptic_where_clause(first, prev, sstart)

    def _elliptic_where_clause(self, prev: UnitMention, m: UnitMention, floor: int) -> bool:
        """`m`, a place, opens an elliptical clause of its own count after a semicolon, and the
        clause before it is held at `prev`, a place of the same level that only says where
        ("Tại xã A, các chiến sĩ trẻ lắp 22 loa, 9 kẻng; xã B 18 loa, 7 kẻng; xã C 15 loa"): the
        clause goes on with the same actor at another place, so `m` says where too (spec §2.3).
        A place whose own clause before it acts keeps its figures ("Đoàn xã A trồng 200 cây; xã B
        150 cây": `prev` is no mere place there). Cheap first tests: a semicolon right before `m`
        and a number right after it.

        An actor of another kind between the place and the count ("Riêng tại phường A, Chi đoàn
        Công an phường hoàn thành 7 tuyến; phường B 5 tuyến": the police) is the clause's actor:
        the place before it is the one that says where."""
        if m.is_body or m.level not in _ADMIN_LEVELS:
            return False
        if not self.text[max(0, m.start - 4) : m.start].rstrip(" \t").endswith(";"):
            return False
        if _NUMBER_NEXT.match(self.text, m.end) is None:
            return False
        if prev.is_body and prev.level != m.level:
            i = self._index.get(id(prev))
            if i is None or i == 0:
                return False
            prev = self.mentions[i - 1]
        if prev.is_body or prev.level != m.level:
            return False
        # the clause of `m` may be the window (`floor`); `prev` is read in its sentence
        sstart, _ = self.ctx.sentence(m.start)
        return prev.start >= sstart and self._is_location(prev, sstart)

    def _organisation_opens(self, m: UnitMention, floor: int) -> bool:
        """`m`, an organisation (level "body", not a place nor a school), opens its sentence as the
        place "Tại/Ở X," and the figure follows the comma at once ("Tại Cảng hàng không quốc tế A,
        280 tình nguyện viên trực …"): the organisation's own people at work there, so it is the
        unit (spec §2.3, a member company by its name), not a place that only says where. Cheap
        first test: the level, then the comma right after the name."""
        if m.level != "body" or not m.is_body:
            return False
        gap = _OPENING_PLACE_GAP.match(self.text, m.end)
        if gap is None or _COUNT_OPENS.match(self.text, gap.end()) is None:
            return False
        return _OPENING_PLACE.fullmatch(self.text, floor, m.start) is not None

    def _subdivisions_open(self, m: UnitMention, floor: int) -> bool:
        """`m`, a province or district, opens its sentence as the place "Tại/Ở X," and the figure
        right after the comma counts X's own subdivisions or grassroots bodies ("Tại thành phố A,
        103/103 Đoàn xã, phường đã ra quân, thực hiện 1.246 công trình"): those are X's parts at
        work, so X is the unit of the sentence (spec §2.3), not a place that only says where (as
        "Tại A, hội nghị kết nối tới 1.000 điểm cầu" is). Cheap first tests: the level, then the
        comma and a number right after the name."""
        if m.is_body or m.level not in ("province", "district"):
            return False
        gap = _OPENING_PLACE_GAP.match(self.text, m.end)
        if gap is None:
            return False
        counted = _SUBDIVISIONS_COUNTED.match(self.text, gap.end())
        if counted is None or (counted.group("mid") and m.level != "province"):
            return False
        return _OPENING_PLACE.fullmatch(self.text, floor, m.start) is not None

    def _whose_people(self, m: UnitMention, floor: int) -> bool:
        """`m` is a place right after the people a verb of serving helps, maybe with the kind of
        their area between ("giúp dân vùng cao Huế", "hỗ trợ bà con biên giới A"): it says whose
        people they are, where the work was done; the one who serves is the actor (spec §2.3)."""
        before = words_before(self.text, m.start, 9, floor)
        if not before or before[-1] not in _SERVED_LAST:
            return False  # a cheap first test: no people or area word right before the place
        area = ends_with_phrase(before, cue_set("servedarea"))
        if area is not None:
            before = before[: len(before) - len(area.split())]
        folk = ends_with_phrase(before, cue_set("servedfolk"))
        if folk is None:
            return False
        before = before[: len(before) - len(folk.split())]
        if folk == "dân" and before and before[-1] in cue_set("folk_trade"):
            before = before[:-1]  # "giúp nông dân A", "hỗ trợ ngư dân A": the people of a trade
        counted = _without_served_count(before)
        if counted is not before and counted and counted[-1] == "cho":
            return False  # "cấp thuốc cho 215 người dân xã A, trị giá …": counted people receive
        return ends_with_phrase(counted, cue_set("serve")) is not None

    def _in_partner_name(self, m: UnitMention, floor: int) -> bool:
        """`m` ends the name of a partner after "phối hợp (với)" or "ký kết (với)" that the unit finder
        does not read whole ("… tỉnh phối hợp Trường Cao đẳng nghề X mở 6 lớp …", "… ký kết với Ngân
        hàng Chính sách xã hội tỉnh X hỗ trợ 25 dự án"): a capitalised name runs from the verb to `m`,
        a few words with no number, punctuation, other unit or verb of giving, serving or organising
        between. The partner does not act (spec §2.3), so neither does `m`."""
        lo = max(floor, m.start - 64)
        low = self.low
        at, lead = max((low.rfind(w, lo, m.start), w) for w in _PARTNER_VERBS)
        if at < 0:
            return False  # a cheap first test
        name = _PARTNER_NAME.fullmatch(self.text, at + len(lead), m.start)
        if name is None or self._in(at, m.start):
            return False
        words = [key(w) for w in name.group("name").split()]
        if any(w in _PARTNER_STOP for w in words):
            return False
        return not contains_phrase(words, cue_union("give", "serve", "organise"))

    def _opening_place_agent(self, place: UnitMention, start: int, pos: int, end: int) -> bool:
        """The clause opens with a place ("Ở phường X, …", "Tại xã Y, …") and, after the figure at
        `pos`, an unnamed body of that place's level does what it counts ("Ở phường X, 112 tân binh
        được Đoàn phường tặng quà", "… do Đoàn xã tổ chức"): the body is the place's own, so the
        figure is the place's, as when the body stands before it (spec §2.3)."""
        low = self.low
        stop = min(end, pos + 80)
        if low.find("được", pos, stop) < 0 and low.find("do", pos, stop) < 0:
            return False  # a cheap first test: the body is the agent of a passive ("được …", "do …")
        if _OPENING_PLACE.fullmatch(self.text, start, place.start) is None:
            return False
        if _OPENING_PLACE_GAP.match(self.text, place.end) is None:
            return False  # the place phrase ends with its comma
        for g in _GENERIC_BODY.finditer(self.text, pos, stop):
            kind = next(k for k in ("low", "mid", "top") if g.group(k))
            before = words_before(self.text, g.start(), 1, pos)
            if before and before[-1] in ("được", "do") and _BODY_LEVEL[kind] == place.level:
                return True
        return False

    def _in_quotes(self, m: UnitMention) -> bool:
        """The mention is inside quotation marks opened in its sentence: part of a title ("Cuộc
        thi “Tìm hiểu 80 năm Ngày thành lập Quân đội nhân dân Việt Nam”"), not a unit."""
        k = id(m)
        if k not in self._quoted:
            floor, _ = self.ctx.sentence(m.start)
            text = self.text
            curly = text.rfind("“", floor, m.start) > text.rfind("”", floor, m.start)
            self._quoted[k] = curly or text.count('"', floor, m.start) % 2 == 1
        return self._quoted[k]

    def _described_speaker(self, m: UnitMention, pos: int) -> bool:
        """`m` only describes a person who opens the sentence, by a people noun ("Em Lê Thị A, tân sinh
        viên Trường Đại học X, quê xã B, xúc động: “Suất học bổng 4 triệu đồng giúp em …”"), and the
        figure at `pos` stands in that person's quoted words: a person is no unit, and a pupil or a
        student does not speak for the school (spec §2.3), unlike an officer of it ("cô A, Tổng phụ
        trách Đội Trường B, kể": `_class_of_speakers_school`), whose title is no people noun. Cheap
        first tests: a quotation mark between `m` and the figure, a comma before `m`; the figure must
        stand inside a quotation still open there (a quoted title before it, "đoạt giải Nhất cuộc thi
        “Ý tưởng sáng tạo” với 3 sản phẩm", is no speech)."""
        text = self.text
        sstart, send = self.ctx.sentence(m.start)
        # `pos` may be the start of the figure's clause, where a quotation may open before its first
        # number: read up to that number (`pos` itself when it is the figure's start)
        digit = _A_DIGIT.search(text, pos, max(pos, send))
        end = digit.start() if digit is not None else pos
        if text.find("“", m.end, end) < 0 and text.find('"', m.end, end) < 0:
            return False
        opened = text.count("“", m.end, end) > text.count("”", m.end, end)
        if not opened and text.count('"', m.end, end) % 2 == 0:
            return False  # every quotation before the figure is closed
        if self.text.rfind(",", sstart, m.start) < 0:
            return False
        g = _DESCRIBED_PERSON.match(self.text, sstart, m.start)
        if g is None:
            return False
        noun = g.group("noun").split()
        # the noun maybe after one word that qualifies it ("tân sinh viên", "cựu học sinh")
        return _opens_with_people(noun) or _opens_with_people(noun[1:])

    def _backs(self, m: UnitMention, floor: int) -> bool:
        """The body after "của" backs an activity that is somebody else's ("với sự hỗ trợ của …",
        "sự phối hợp của …", "sự tham gia của …")."""
        before = words_before(self.text, m.start, 4, floor)
        return ends_with_phrase(before[:-1], cue_set("backing")) is not None

    def _through_team(self, m: UnitMention, floor: int) -> bool:
        """`m` names the body through whose team a person borrowed or was helped ("Anh A vay 80 triệu
        đồng qua tổ của Chi đoàn bản B để nuôi 40 con bò"): the body is the channel, not the one
        whose result the figures are; they stay with the unit before (spec §2.3; n610). The place
        may follow its body's head ("Chi đoàn bản B"). Cheap first test: "qua" right before."""
        if "qua" not in self.text[max(floor, m.start - 40) : m.start]:
            return False
        before = words_before(self.text, m.start, 7, floor)
        if " ".join(before[-2:]) in _HEAD_WORDS:
            before = before[:-2]
        elif before[-1:] == ["đoàn"]:
            before = before[:-1]
        return before[-1:] == ["của"] and ends_with_phrase(before[:-1], cue_set("through")) is not None

    def _singled_out(self, m: UnitMention, floor: int) -> bool:
        """The mention is a place the sentence singles out of a total, right at its start
        ("Riêng huyện X, …", "Riêng trên địa bàn tỉnh Y cũ, …"): what it counts is that place's; not
        "Riêng tại tỉnh X, 6 đội hình …", where "tại" only says where the actor worked (cue list).
        So is the area of a former province, district or commune that opens the sentence ("Tại khu
        vực tỉnh Y cũ, 41 tổ …", "Địa bàn Y trước đây có 9 công trình", "Khu vực xã A cũ có …"):
        after a merger, the reports count by those areas as by units (spec §2.3; a commune as n518)."""
        lead = self.text[floor : m.start]
        if len(lead) > 40:
            return False
        words = [key(w) for w in lead.split()]
        if "iêng" in lead:
            if " ".join(words) in cue_set("singled"):
                return True
            if words[:1] != ["riêng"]:
                return False
            words = words[1:]  # "Riêng các địa phương thuộc tỉnh Y cũ …": the former area singled out
        if "vực" not in lead and "bàn" not in lead and "thuộc" not in lead:
            return False  # a cheap first test: no "khu vực", no "địa bàn", no "thuộc"
        if m.level not in _SUBDIVIDED_LEVELS or _former_mark(self.text, m) is None:
            return False
        if words[:2] == ["trong", "đó"]:
            words = words[2:]  # "Trong đó, địa bàn Y trước đây có 47 căn": the former area's part
        return " ".join(words) in cue_set("formerarea")

    def _former_in_area_bracket(self, m: UnitMention, floor: int) -> bool:
        """`m`, a former province in brackets, names the region word that opens the clause or the
        next item of a list after a comma ("Khu vực phía đông (tỉnh A cũ) có dư nợ 92 tỷ đồng",
        "…, khu vực phía Đông (tỉnh B cũ) 1.176 đơn vị"): after a merger the reports count by
        those areas as by units, so the former province is the unit of what the clause counts
        (spec §2.3; as "Tại khu vực tỉnh A cũ, …", see `_singled_out`). Cheap first tests: the
        level and "cũ)" right after the name."""
        if m.level != "province":
            return False
        former = _former_mark(self.text, m)
        if former is None or not self.text.startswith(")", former.end()):
            return False
        # the region word opens the clause, or the next item of a list of regions after a comma
        cut = max(self.text.rfind(",", floor, m.start), self.text.rfind(";", floor, m.start))
        return _AREA_BRACKET_LEAD.fullmatch(self.text, max(floor, cut + 1), m.start) is not None

    def _far_where(self, m: UnitMention, floor: int) -> bool:
        """`m`, a place, ends a chain of counted places that follows "tại/ở" ("tổ chức chiến dịch tại
        5 xã miền núi phía tây tỉnh A, với 210 sinh viên tham gia", "lắp 42 máy tại 31 điểm trường
        thuộc 7 xã khu vực tỉnh B cũ (nay là tỉnh C)"): it only says where the actor worked, so the
        figures after it stay the actor's (spec §2.3), as "tại X" with fewer words between (see
        `_find_location`). Cheap first test: "tại" or "ở" in the 96 characters before the place."""
        lo = max(floor, m.start - 96)
        if self.low.find("tại", lo, m.start) < 0 and self.low.find("ở", lo, m.start) < 0:
            return False
        return _COUNTED_WHERE_CHAIN.search(self.text, lo, m.start) is not None

    def _receives(self, m: UnitMention, pos: int) -> bool:
        """A verb of receiving between the mention and the figure ("… Trường Cao đẳng X, được nhận
        30 triệu đồng"), or a bare "nhận" right before the figure ("học sinh Trường Tiểu học X
        nhận 320 áo ấm"; not "nhận đỡ đầu 20 em", which takes on a task): the one named receives
        what the figure counts."""
        if pos - m.end > 80:
            return False
        words = [key(w) for w in self.text[m.end : pos].split()]
        return contains_phrase(words, cue_set("receive")) or (bool(words) and words[-1] == "nhận")

    def _is_current_name(self, m: UnitMention) -> bool:
        """The mention only gives today's name of a place just named ("…, nay thuộc tỉnh Gia Lai")."""
        lo = max(0, m.start - 32)
        if self.ctx.low is not None and self.ctx.low.find("nay", lo, m.start) < 0:
            return False  # a cheap first test: every form of the pattern has "nay"
        return _NOW_PART_OF.search(self.text, max(0, m.start - 32), m.start) is not None

    def _as_unit(self, m: UnitMention) -> UnitMention | None:
        """The unit a mention stands for: a school is a unit only as "trường …"; another institution
        (a university, an academy) stands for the province it belongs to, if the gazetteer knows it."""
        if m.level != "school" or m.canonical.lower().startswith("trường"):
            return m
        return lookup(m.province) if m.province else None

    def _is_national(self, m: UnitMention) -> bool:
        return m.level == "national"

    def _given_between(self, start: int, end: int) -> bool:
        words = [key(w) for w in self.text[start:end].split()]
        return contains_phrase(words, cue_union("give", "award"))

    # -- rules ------------------------------------------------------------------------------
    def enumeration(self, num_start: int) -> UnitMention | None:
        glued = self._name_with_own_number(num_start)
        if glued is not None:
            return glued  # "…, Đoàn xã Yên Dũng 60 triệu đồng": the finder kept the number
        text = self.text
        lo = num_start - 80 if num_start > 80 else 0  # max(0, num_start - 80)
        if text.find("(", num_start - 3 if num_start > 3 else 0, num_start) >= 0:
            named = self._bracketed_list_item(num_start) or self._bracket_item_name(num_start)
            if named is not None:
                if self._on_route(text.rfind("(", 0, num_start)):
                    return None  # "tuyến Nghệ An (12 chuyến), Thanh Hóa (9 chuyến)": where to
                return named
        if text.find(":", lo, num_start) >= 0:
            named = self._colon_list_item(num_start)
            if named is not None:
                return named
        named = self._group_list_item(num_start)
        if named is not None:
            return named  # "Học sinh các xã: A 14 em, B 11 em": each bare name under the level word
        cands = self._in(lo, num_start)
        if not cands:
            return None
        m = cands[-1]
        gap = text[m.end : num_start]
        if gap.endswith("và ") and _AFTER_ITEM_NUMBER_AND.search(gap) is not None:
            # "…, Đoàn trường B 960 cuốn và 2 máy đọc sách": the item after "và" keeps the unit of
            # the item before it
            return self._and_item(m, num_start)
        if (
            _WITH_GAP.fullmatch(gap)
            and not self._is_national(m)
            and not self._in_quotes(m)
            # "Riêng tại tỉnh A có 12 trạm, tỉnh B 9 trạm": "có" after a place that only says where
            and ("có" not in gap or not self._is_location(m, self.ctx.clause(num_start)[0]))
        ):
            # "như Hồ Chí Minh với 6.120 đội hình, Hà Nội 4.850 đội hình": the first item of a list
            # of units with their numbers, each by its name (a university too, as the items after
            # it: n279 "Học viện Ngoại giao 25 bạn")
            n = _LAST_NUMBER.match(self.text, num_start)
            if n is not None and (
                self._ranking_lead(m) or self.next_item(n.end()) is not None or self._ranked_next(n.end())
            ):
                return self._most_specific(m)
        if gap[:1] == ")":
            named = self._addressed_item(m, num_start)
            if named is not None:
                return named  # "…, Trường B (xã B) 18 suất": the item named before its address
        if _FORMER.fullmatch(gap) and m.level == "province" and not self._in_quotes(m):
            if _former_mark(text, m) is not None:
                # "Lào Cai 154.500 cây (khu vực tỉnh Yên Bái cũ 61.200 cây)": the former province's
                # share, in brackets or not
                return m
            # "(Tỉnh đoàn A trước đây 6.100 cây)": after a body "trước đây" says "before", not
            # "former": the gap is read without it
            # (a tab before "cũ", "trước đây", which `_FORMER` lets in and these do not, leaves the gap)
            formerly = _FORMERLY_AFTER.match(gap)
            if formerly is not None:
                gap = gap[formerly.end() :]
        if (
            len(gap) <= 4
            and gap.strip(" :–-\t") == ""
            and not self._is_national(m)
            and not self._in_quotes(m)
        ):
            clause_start, _ = self.ctx.clause(num_start)
            if (
                self.bracket_open(m.start, clause_start) is not None
                or not self._is_location(m, clause_start)
                or self._handed_list_item(m, num_start, clause_start)
            ):
                return self._most_specific(m)
        return None

    def _respective_item(self, num_start: int) -> UnitMention | None:
        """The number is the k-th of a respective list ("Đoàn xã A và Đoàn phường B với lần lượt 4.200
        và 1.800 cây", "Chi đoàn khu phố 3, 5 và 7 thu gom lần lượt 1.120 kg, 980 kg và 860 kg"): the
        k-th unit of the list of units that the sentence names right before "lần lượt" is its unit
        (spec §2.3), when both lists are as long. None when the units follow "lần lượt là" ("lần
        lượt là: xã A 342 em, …", read as a list of units with their numbers) or the lists differ.
        The caller's cheap first test: "lần lượt" before the number."""
        sstart, _ = self.ctx.sentence(num_start)
        at = self.low.rfind("lần lượt", max(sstart, num_start - 160), num_start)
        if at < 0:
            return None
        lst = _RESPECTIVE_NUMBERS.match(self.text, at + len("lần lượt"))
        if lst is None or lst.end() <= num_start:
            return None
        numbers = [n.start() for n in _RESPECTIVE_NUMBER.finditer(self.text, lst.start(), lst.end())]
        if num_start not in numbers:
            return None
        i = bisect.bisect_left(self._starts, at) - 1
        if i < 0 or self.mentions[i].start < sstart:
            return None
        chain = [self.mentions[i]]
        while i > 0 and len(chain) <= len(numbers):  # the whole list of units, one more at most
            prev = self.mentions[i - 1]
            gap = _RESPECTIVE_UNIT_GAP.fullmatch(self.text, prev.end, chain[0].start)
            if prev.start < sstart or gap is None:
                break
            chain.insert(0, prev)
            i -= 1
        if len(chain) != len(numbers) or any(self._is_national(m) for m in chain):
            return None
        return chain[numbers.index(num_start)]

    def _handed_list_item(self, m: UnitMention, num_start: int, floor: int) -> bool:
        """`m`, glued to the figure's number, is an item of a list of units with their counts that
        "tại"/"ở" opens right after a verb of handing over ("Bàn giao tại xã A 5 căn, xã B 4 căn và
        xã C 2 căn"): the list says which unit received how many (spec §2.3, support handed to a
        place), so "tại" before its first item does not make the items places that only say where.
        The list has two items at least. Asked only for a mention `_is_location` calls a place."""
        i = self._index.get(id(m))
        if i is None:
            return False
        first = m
        while i > 0:
            prev = self.mentions[i - 1]
            if prev.start < floor or _HANDED_ITEM_GAP.fullmatch(self.text, prev.end, first.start) is None:
                break
            first, i = prev, i - 1
        before = words_before(self.text, first.start, 5, floor)
        if before[-1:] not in (["tại"], ["ở"]) or ends_with_phrase(before[:-1], cue_set("give")) is None:
            return False
        if first is not m:
            return True
        n = _LAST_NUMBER.match(self.text, num_start)
        return n is not None and self.next_item(n.end()) is not None

    def _and_item(self, m: UnitMention, num_start: int) -> UnitMention | None:
        """The number follows the number of an item of a list of units with their numbers, its noun
        and "và" ("…, Đoàn Thanh niên Trường B 960 cuốn và 2 máy đọc sách"): a second thing the same
        unit gives, the unit of that item (spec §2.3), not the subject of the clause before. None
        when the number before is no such item ("Tỉnh đoàn A trao 5 căn nhà và 2 tủ sách": the
        other rules read it). Asked only when "<number> <noun> và " ends the gap after `m`."""
        gap_at = m.end
        numbers = list(_LAST_NUMBER.finditer(self.text, gap_at, num_start))
        if len(numbers) != 1:
            return None
        prev = numbers[0]
        if self.text[gap_at : prev.start()].strip(" \t") != "":
            return None  # the number before is not glued to the unit's name
        return self.enumeration(prev.start())

    def _addressed_item(self, m: UnitMention, num_start: int) -> UnitMention | None:
        """`m` closes a bracket that gives the address of the unit named right before it, and the
        number follows the bracket ("…, Trường Tiểu học B (xã B) 18 suất, Trường C (xã C) 15
        suất"): an item of a list of units with their numbers, the number is the named unit's,
        not the address's nor the list's first subject (spec §2.3). None when the rule does not
        apply, and for a unit that itself only says where ("tại xã A (huyện B) 30 hộ"). Asked
        only when ")" follows `m` (the caller's cheap first test)."""
        text = self.text
        if text[m.end : num_start].strip(") \t") != "" or text.count(")", m.end, num_start) != 1:
            return None
        open_at = text.rfind("(", max(0, m.start - 80), m.start)
        if open_at < 0 or text.find(")", open_at, m.start) >= 0:
            return None
        i = self._index.get(id(m))
        if i is None:
            return None
        while i and self.mentions[i - 1].start > open_at:
            i -= 1  # the first mention of the address ("(xã A, huyện B)")
        if i == 0:
            return None
        outer = self.mentions[i - 1]
        if text[outer.end : open_at].strip(" \t") != "" or self._is_national(outer):
            return None
        cstart, _ = self.ctx.clause(outer.start)
        if self._in_quotes(outer) or self._is_location(outer, cstart):
            return None
        return outer

    def _on_route(self, pos: int) -> bool:
        """The place at `pos` (or the bracket there) names where a route goes, after "tuyến" or as
        a later item of a bracketed list that "tuyến" opens ("nhiều nhất là tuyến Nghệ An (12
        chuyến), Thanh Hóa (9 chuyến)"): a destination, only saying where the actor's buses or
        trips went, not a unit with its own figure (spec §2.3). Cheap first test: "tuyến" in the
        sentence before `pos`."""
        sstart, _ = self.ctx.sentence(pos)
        lo = max(sstart, pos - 400)
        if self.low.find("tuyến", lo, pos) < 0:
            return False
        return _ROUTE_LIST.search(self.text, lo, pos) is not None

    def bracket_open(self, pos: int, floor: int) -> int | None:
        """Where the bracket opens when `pos` starts an item of a list in brackets: right after "("
        or after the number (and words) of the item before ("… 48.600 lượt đoàn viên (Huế 9.800,
        Đà Nẵng 12.400, …)"); such a list breaks down the count before it, unit by unit."""
        open_at = self.text.rfind("(", floor, pos)
        if open_at < 0 or self.text.find(")", open_at, pos) >= 0:
            return None
        lead = self.text[open_at + 1 : pos]
        if lead.strip() == "" or _AFTER_ITEM_NUMBER.search(lead) is not None:
            return open_at
        return None

    def _most_specific(self, m: UnitMention) -> UnitMention:
        """The first unit of an address chain that `m` ends ("xã A, tỉnh B 01 công trình" is xã A's)."""
        while self._qualifies_previous(m):
            m = self.mentions[self._index[id(m)] - 1]
        return m

    def next_item(self, num_end: int) -> tuple[int, int, int] | None:
        """The next item of a list of units with their numbers ("Nghệ An 12, Quảng Trị 9, Yên Bái
        15 …") after the number that ends at `num_end`: (end of this item's own words, start and end
        of the next number). The item may keep up to two lower-case words of its own ("phường A
        1.240 lượt, phường B 985 lượt …"); the next one is a unit mention and a number."""
        i = bisect.bisect_left(self._starts, num_end)
        if i == len(self.mentions) or self.mentions[i].start > num_end + 40:
            return None  # a cheap first test: no unit starts where the gap can end
        m = _ITEM_GAP.match(self.text, num_end, min(len(self.text), num_end + 40))
        if m is None:
            return None
        unit = self._mention_at(m.end())
        if unit is None or self._is_national(unit):
            return None
        n = _ITEM_NUMBER.match(self.text, unit.end)
        if n is None:
            return None
        return m.start("gap"), n.start(1), n.end(1)

    def _ranked_next(self, num_end: int) -> bool:
        """A ranking goes on after the number that ends at `num_end`: "…, tiếp theo là" and the next
        unit with its own number, bare or in brackets ("A với 520 chiến sĩ, tiếp theo là trường B (210
        chiến sĩ)"): the first unit, named before "với", is that number's (spec §2.3). Asked only
        after "<unit> với <number>"; the match is anchored at the number's end."""
        g = _RANKED_NEXT.match(self.text, num_end, min(len(self.text), num_end + 60))
        if g is None:
            return False
        head = _BODY_WORD_GAP.match(self.text, g.end())  # "tiếp đến Đoàn Thanh niên Công an tỉnh 318"
        unit = self._mention_at(g.end()) or (self._mention_at(head.end()) if head else None)
        if unit is None or self._is_national(unit):
            return False
        return _BRACKETED_NUMBER.match(self.text, unit.end) is not None

    def _ranking_lead(self, m: UnitMention) -> bool:
        """`m`, named before "với <number>", is announced as the first of a ranking ("Dẫn đầu là
        Trường A với 486 đơn vị", "Đứng đầu là Đoàn xã B với 41 sáng kiến", "Đông nhất là Trường C
        với 1.850 lượt"): the number is its own (spec §2.3), whether the next ranks follow or not.
        Cheap first test: "đầu là" or "nhất là" right before."""
        lead = self.text[max(0, m.start - 16) : m.start]
        if "đầu là" not in lead and "nhất là" not in lead:
            return False
        return _RANKING_LEAD.search(lead) is not None

    def _mention_at(self, pos: int) -> UnitMention | None:
        """The mention that starts exactly at `pos`, if any."""
        i = bisect.bisect_left(self._starts, pos)
        if i == len(self.mentions) or self.mentions[i].start != pos:
            return None
        return self.mentions[i]

    def _last_mention_ending_at(self, pos: int) -> UnitMention | None:
        """The last mention that starts before `pos`, if it ends exactly at `pos` (unlike
        `_mention_ending_at`, which also looks at the two mentions before it)."""
        i = bisect.bisect_left(self._starts, pos) - 1
        if i < 0 or self.mentions[i].end != pos:
            return None
        return self.mentions[i]

    def list_end(self, num_end: int) -> int:
        """Where the last number of the list going on after `num_end` ends (`num_end` itself when
        no item follows); remembered, so the items of one list walk it once."""
        end = self._list_ends.get(num_end)
        if end is None:
            nxt = self.next_item(num_end)
            end = num_end if nxt is None else self.list_end(nxt[2])
            self._list_ends[num_end] = end
        return end

    def recipient_after(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """The unit that receives what the figure counts: "… 200 triệu đồng cho Tỉnh đoàn Hải Dương",
        "trao 30 suất học bổng cho học sinh xã A", "trao 120 suất quà cho các gia đình … ở xã B"."""
        end = min(clause_end, num_end + 160)
        cho = _CHO.search(self.text, num_end, end)
        if cho is None:
            return self._sent_to(num_start, num_end, clause_end)
        cho_at = cho.start()
        if self.low.find("trong đó", num_end, cho_at) >= 0:
            # "quyên góp đạt 1.268,6 triệu đồng, trong đó trao cho Đoàn xã A 350 triệu đồng": the
            # recipient after "trong đó" receives a share, not the total before it (spec §2.3)
            return None
        handed = self._handed_after(num_end, cho_at)
        if handed and self._recipient_named_before(num_start):
            # "trao tặng tỉnh A 02 công trình trị giá 800 triệu đồng, bàn giao cho Đoàn xã B": the
            # first recipient named receives it (spec §2.3); B only takes it over from A
            return None
        school = self._sent_to_school(num_start, num_end, cho, end)
        if school is not None:
            return school
        given = (
            handed
            or self._verb_before(num_start, ("give", "collect"))
            or self._in_gift_contents(num_start)
            or self._gift_item(num_start, cho_at)
            or self._bought_for(num_start)
            or self._gift_list_goes_on(num_start)
        )
        # the value of a gift whose verb stands further back: only a unit right after "cho"
        valued = not given and self._value_of_gift(num_start)
        if not (given or valued) and len(self._noun_gap(num_end, cho_at)) > 6:
            # "cho" of another verb phrase ("… trao giải Nhất cho X"); the figure's own goods may
            # still be sent to a unit before it ("vận chuyển 26 tấn hàng ra đặc khu A, trao 350
            # suất quà cho …")
            return self._sent_to(num_start, num_end, cho_at)
        if (given or valued) and self._next_gift_before(num_end, cho_at):
            return None  # "… trị giá 56 triệu đồng, đồng thời tặng 150 sim cho học sinh …": that gift's
        for m in self._in(cho_at, end):
            if self._unnamed_kind(m):
                return None  # "… trong đó 10 tủ dành cho các đồn biên phòng": no unit named
            if self._and_gives_between(cho.end(), m.start):
                # "trao 60 suất học bổng cho học sinh nghèo và tặng Đoàn xã A 1 nhà": A receives what
                # the later verb hands over, not what "cho" gave to the pupils (spec §2.3)
                return None
            if self._named_person_between(cho.end(), m.start):
                # "trao 1 căn nhà nhân ái cho gia đình anh A ở ấp B": a gift to one named person's
                # family, whose home the place only gives; no unit receives it, the giver keeps it
                # (spec §2.3). Not a group of people at a place ("cho các gia đình chính sách ở xã B")
                return None
            if self._route_start(m):
                return None  # "… cho sinh viên trên 4 chuyến tàu chạy từ A đi B": where it runs
            if m.level == "village":
                # "… cho gia đình ĐV Lê Văn A (thôn 6, xã B)": a household's address; the gift goes
                # to a household of the commune (c62, c64), the hamlet only says where it lives
                commune = self._household_commune(cho.end(), m, end)
                if commune is not None:
                    return commune
            if m.level not in _ADMIN_LEVELS and not (
                (given or valued)
                and self._school_unit(m)
                and (
                    self._giver_named(num_start)
                    or self._named_for_school(cho.end(), m)
                    or (
                        not self.text[cho.end() : m.start].strip()
                        and (handed or self._gift_item(num_start, cho_at))
                    )
                )
            ):
                continue
            if (
                not m.is_body
                and self._site_of_place(m, cho.end())
                and self._recipient_named_before(num_start)
            ):
                # "trao tặng Đoàn xã A 20 bộ máy tính … cho điểm trường thôn B": the site stands in
                # the commune the verb named as the recipient; B only says where it is (c53, c56)
                return None
            gap_words = len(self.text[cho_at : m.start].split())
            if (
                gap_words > 1
                and self._folk_of_place(cho.end(), m)
                and self.low.find("còn lại", num_end, cho_at) < 0
            ):
                # "trao 300 áo phao cho ngư dân A": the people of A, no receiving unit. But "90 tủ
                # còn lại trao cho ngư dân phường A": the rest of a split by place is A's part
                return None
            near = gap_words <= 4 and (given or valued)
            if (
                gap_words <= 1
                or near
                or (given and self._is_location(m, cho_at) and not self._recipient_named_before(num_start))
            ):
                # "làm 10 bể nước cho bản A và bản B": one undivided total for several places is
                # none of theirs (spec §2.3), not the first one's
                return None if self._gift_for_places(m) else m
            if (
                given
                and (
                    _PEOPLE_OF_PLACE.fullmatch(self.text, cho.end(), m.start)
                    or self._long_people_of_place(cho.end(), m.start)
                )
            ) or (
                (given or valued)
                and _COUNTED_PEOPLE_OF_PLACE.fullmatch(self.text, cho.end(), m.start)
                and not _WHERE_WORD.search(self.text, cho.end(), m.start)
            ):
                # "bàn giao 12 căn nhà cho đoàn viên, thanh niên khó khăn huyện X": the people
                # the gift goes to are named by the place they live in
                return m
            break
        return None

    def _gift_list_goes_on(self, num_start: int) -> bool:
        """The number opens the next gift of a list that one verb of giving heads, each gift with its
        own "cho" ("Công ty A trao 01 nhà … cho gia đình anh B (ấp C) và 40 suất quà cho hộ nghèo
        ấp D"): the verb gives this one too, though it stands further back than `_verb_before`
        reads. "và" or a comma right before the number (a count qualifier passed over: "và hơn 30
        suất quà"), then an earlier "cho" after the verb in the clause. Cheap first test: the word
        before the number."""
        cstart, _ = self.ctx.clause(num_start)
        lead = self.text[max(cstart, num_start - 24) : num_start].rstrip()
        parts = lead.rsplit(None, 1)
        while parts and parts[-1].lower() in _COUNT_QUALIFIERS:
            lead = parts[0].rstrip() if len(parts) > 1 else ""
            parts = lead.rsplit(None, 1)
        if not lead.endswith(",") and (not parts or parts[-1] != "và"):
            return False
        words = words_before(self.text, num_start, 40, cstart)
        if "cho" not in words:
            return False
        cho = len(words) - 1 - words[::-1].index("cho")
        return contains_phrase(words[:cho], cue_set("give"))

    def _sent_to_school(
        self, num_start: int, num_end: int, cho: regex.Match[str], end: int
    ) -> UnitMention | None:
        """A verb of sending before the number ("Liên đội A gửi 1.200 cuốn vở … cho học sinh trường
        X") and a school's people or body right after "cho": the school receives (spec §2.3), as
        from a verb of giving. Not when another gift opens before "cho" ("vận chuyển 26 tấn hàng ra
        đặc khu A, trao 350 suất quà cho …": the goods go where they are carried, `_sent_to`).
        Cheap first test: a verb of sending before the number."""
        if not self._verb_before(num_start, ("send",)) or self._next_gift_before(num_end, cho.start()):
            return None
        found = self._in(cho.end(), end)
        if not found or not self._school_unit(found[0]) or not self._named_for_school(cho.end(), found[0]):
            return None
        return found[0]

    def _fund_owner(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """A sum put into a fund of another unit ("góp 16,7 triệu đồng vào quỹ "Vì bạn nghèo" của Hội
        đồng Đội thành phố A", "được Liên đội góp vào quỹ … của Hội đồng Đội xã B"): the fund's owner
        receives it (spec §2.3, support handed to a unit; n379, n477), named right after "của" and
        maybe the head of its body. Needs a verb of giving or raising ("góp", "ủng hộ" …) before
        the number or right after it. None when the rule does not apply."""
        g = _INTO_FUND.match(self.text, num_end, clause_end)
        if g is None:
            return None
        lead = words_before(self.text, num_start, 4, self.ctx.clause(num_start)[0])
        verbs = [w for w, _, _ in words_after(self.text, num_end, 8, g.end())]
        if not ("góp" in lead or "góp" in verbs or self._verb_before(num_start, ("give", "collect"))):
            return None
        owner = self._in(g.end(), min(clause_end, g.end() + 60))
        if not owner or owner[0].level not in _RECIPIENT_LEVELS:
            return None
        if _OWNER_HEAD.fullmatch(self.text, g.end(), owner[0].start) is None:
            return None  # "vào quỹ lớp của học sinh xã B": the people of a place own no fund
        return owner[0]

    def _prize_winner(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """A prize's value said before its winner ("Giải Nhất trị giá 50 triệu đồng thuộc về dự án A
        của nhóm sinh viên Trường Đại học B"): the school or body whose group won it receives the
        prize (spec §2.3; n148 "… của nhóm sinh viên trường Đại học A, nhận 30 triệu đồng"), not a
        place whose people won it ("của nhóm thanh niên phường A": people, no receiving unit, n390),
        nor a person ("thuộc về em A, học sinh Trường B", n533). None when the rule does not apply.
        Asked only with "thuộc về" after the number (the caller's cheap first test)."""
        cstart, _ = self.ctx.clause(num_start)
        if self.low.find("giải", cstart, num_start) < 0:
            return None  # not the value of a prize
        g = _WON_BY.match(self.text, num_end, clause_end)
        if g is None:
            return None
        winner = self._in(g.end(), min(clause_end, g.end() + 80))
        if not winner or winner[0].start != g.end():
            return None
        m = winner[0]
        return m if m.level == "school" or (m.is_body and m.level not in _ADMIN_LEVELS) else None

    def _household_commune(self, cho_end: int, m: UnitMention, end: int) -> UnitMention | None:
        """The commune of a household's address bracket that opens on hamlet `m` and closes on the
        commune ("cho gia đình ĐV Lê Văn A (thôn 6, xã B)"), else None. Not a bracket with the hamlet
        alone ("(ấp C)": the hamlet, c66), nor a hamlet named outside a household's bracket."""
        if _HOUSEHOLD_BRACKET.fullmatch(self.text, cho_end, m.start) is None:
            return None
        after = [n for n in self._in(m.end, end) if n.start > m.start]
        if not after or after[0].level != "commune":
            return None
        commune = after[0]
        if _ADDRESS_COMMA.fullmatch(self.text, m.end, commune.start) is None:
            return None
        return commune if self.text[commune.end : commune.end + 2].lstrip().startswith(")") else None

    def _named_person_between(self, lo: int, hi: int) -> bool:
        """A person named by a kinship or courtesy word and a capitalised name stands between `lo`
        and `hi` ("cho gia đình chị Lê Thị A ở xã B"). Cheap first test: a capital letter there."""
        if not any(ch.isupper() for ch in self.text[lo:hi]):
            return False
        return _NAMED_PERSON.search(self.text, lo, hi) is not None

    def _handed_after(self, num_end: int, cho_at: int, kinds: tuple[str, ...] = ("give",)) -> bool:
        """A verb of giving stands between the figure's noun and its "cho" ("200 triệu đồng trao
        cho Trường A để …", "40 bộ sách được trao tặng cho Thư viện xã B"): the figure is what is
        handed to the unit after "cho" (spec §2.3), though no verb stands before it. At most five
        words in all, the verb last (``ends_with_phrase`` tests the last word first), not counting
        an aside that gives the amount of each thing ("150 suất quà, mỗi suất 100.000 đồng, đã
        được trao cho Trường A": the count is what is handed over, as without the aside).
        `kinds`: the verbs' cue kinds (("give", "send") before "tới"/"đến")."""
        gap = self._noun_gap(num_end, cho_at)
        if not gap or len(gap) > 5:
            return False
        return ends_with_phrase([key(w) for w in gap], cue_union(*kinds)) is not None

    def _noun_gap(self, num_end: int, at: int) -> list[str]:
        """The words between a figure and a later word at `at`, an aside that gives the amount of
        each thing counted (", mỗi suất 100.000 đồng,") or the cost of the whole (", tổng kinh phí
        865 triệu đồng,") left out: it does not part the count from its verb or its receiver."""
        gap = self.text[num_end:at]
        if "mỗi" in gap:
            gap = _PER_ITEM_ASIDE.sub(" ", gap, count=1)
        if "phí" in gap or "giá" in gap:
            # "cầu dài 42 m, tổng kinh phí 865 triệu đồng, bàn giao cho ấp A": the bridge (and its
            # length) is what is handed over, as without the aside
            gap = _VALUE_ASIDE.sub(" ", gap, count=1)
        return gap.split()

    def _folk_of_place(self, cho_end: int, m: UnitMention) -> bool:
        """Between "cho" and the place `m` stand only the uncounted people of the place at large,
        maybe of a trade or an area ("cho ngư dân A", "cho bà con vùng cao B", "cho người dân C"):
        the place says whose people they are, no unit receives the gift, which stays the giver's
        (spec §2.3; n165: gifts to people of no receiving unit stay the giver's). As
        `_whose_people` reads "hỗ trợ ngư dân A". Not a group picked out ("cho học sinh nghèo xã
        A", "cho 215 người dân xã A": those people receive it as the place's). Cheap first test:
        the last word before the place is one of the people's or area's (``_SERVED_LAST``)."""
        words = [key(w) for w in self.text[cho_end : m.start].split()]
        if not words or words[-1] not in _SERVED_LAST:
            return False
        area = ends_with_phrase(words, cue_set("servedarea"))
        if area is not None:
            words = words[: len(words) - len(area.split())]
        folk = ends_with_phrase(words, cue_set("servedfolk"))
        if folk is None:
            return False
        rest = words[: len(words) - len(folk.split())]
        if folk == "dân" and rest[-1:] and rest[-1] in cue_set("folk_trade"):
            rest = rest[:-1]  # "ngư dân", "nông dân": the people of a trade
        return not rest

    def _route_start(self, m: UnitMention) -> bool:
        """`m` opens a route, "từ A đi/đến/tới/ra/vào/về B" ("4 chuyến tàu chạy từ Sài Gòn đi Hà
        Nội"): the places say where a transport runs, not who receives what is given to the people
        before (spec §2.3, places that only say where). Cheap first test: "từ" right before `m`."""
        if not self.text.endswith("từ", max(0, m.start - 4), m.start - 1):
            return False
        before = words_before(self.text, m.start, 1)
        return before == ["từ"] and _ROUTE_ON.match(self.text, m.end) is not None

    def _part_of_receivers(self, sstart: int, num_start: int) -> Attribution | None:
        """The sentence opens with "Trong số <people> …," and counts a part of the people a gift
        of the paragraph went to ("… phân bổ cho học sinh 28 xã của tỉnh. Trong số học sinh nhận
        học bổng, 312 em là người Mông"): the part keeps the receivers' unit (spec §2.3), the unit
        of the number counted in the clause that names them after "cho" (the gift before "cho",
        else the count after it). None when no such clause stands in the paragraph before. Asked
        only for a sentence that opens with "Trong số"."""
        lead = _PART_OF_PEOPLE.match(self.text, sstart, num_start)
        if lead is None or self.text.find(";", lead.end(), num_start) >= 0:
            return None  # the parts go on up to a semicolon ("…, 312 em là …, 96 em là …")
        head = lead.group("people").split()[:2]
        if not _opens_with_people(head):
            return None
        pstart, _ = self.ctx.paragraph(sstart)
        people = " ".join(head)
        at = self.text.rfind("cho " + people, max(pstart, sstart - 600), sstart)
        if at < 0:
            return None
        cstart, cend = self.ctx.clause(at)
        numbers = list(_LAST_NUMBER.finditer(self.text, cstart, at))
        if not numbers:
            numbers = list(_LAST_NUMBER.finditer(self.text, at, cend))[:1]
        if not numbers:
            return None
        n = numbers[-1]
        found = self.resolve(n.start(), n.end())
        if found is None or found.unit is None or found.rule not in ("recipient", "enumeration"):
            return None
        return Attribution(found.unit, "recipient", found.mention)

    def _bought_for(self, num_start: int) -> bool:
        """ "mua" (buy) stands among the six words before the number in its clause ("Số tiền sẽ dùng
        để mua 2.000 áo ấm và 300 suất học bổng cho học sinh xã A"): what is bought "cho" someone
        is a gift to them, read as one after a verb of giving (spec §2.3: the recipient's). Cheap
        first test: "mua" in the 48 characters before the number."""
        cstart, _ = self.ctx.clause(num_start)
        lo = max(cstart, num_start - 48)
        at = self.low.rfind("mua", lo, num_start)
        if at < 0 or _BUY.match(self.text, at) is None:
            return False
        return len(self.text[at:num_start].split()) <= 6

    def _unnamed_kind(self, m: UnitMention) -> bool:
        """`m` names a kind of receiver, not one unit: a sector's common noun in lower case after
        "các"/"những" ("cho các đồn biên phòng", "cho những đồn biên phòng"), with no name of its
        own after it. It is no unit (nor the sector) that receives (spec §2.3): the figure keeps
        the giver's unit. Cheap first test: a sector mention that opens with a lower-case letter."""
        if m.level != "sector" or not self.text[m.start].islower():
            return False
        if any(w[:1].isupper() for w in self.text[m.start : m.end].split()):
            return False  # "các đồn biên phòng tỉnh Cao Bằng": a place names which
        before = self.low[max(0, m.start - 8) : m.start].split()
        return before[-1:] in (["các"], ["những"])

    def _long_people_of_place(self, start: int, end: int) -> bool:
        """Between "cho" and a place, five to eight lower-case words that open with a noun of people
        ("cho học sinh dân tộc thiểu số vùng cao X"): the people given to are named by their
        place, as with shorter names (``_PEOPLE_OF_PLACE``); no word that only says where."""
        if not _LONG_PEOPLE_WORDS.fullmatch(self.text, start, end):
            return False
        if _WHERE_WORD.search(self.text, start, end):
            return False
        return _opens_with_people(self.text[start:end].split())

    def _and_gives_between(self, lo: int, hi: int) -> bool:
        """A new verb of giving, handing or sending opens after "và" in [lo, hi) ("… cho học sinh
        nghèo và tặng Đoàn xã A …"): what follows it is that verb's, a new gift. Cheap first test:
        "và" in the span."""
        at = self.low.find("và", lo, hi)
        if at < 0:
            return False
        words = [key(w) for w in self.text[at:hi].split()]
        verbs = cue_union("give", "hand", "send")
        for i, w in enumerate(words):
            if w != "và":
                continue
            rest = words[i + 1 :]
            while rest and rest[0] in _ORG_VERB_LEADS:
                rest = rest[1:]  # "và đã tặng", "và cũng trao"
            if _opens_with(rest, verbs):
                return True
        return False

    def _next_gift_before(self, num_end: int, cho_at: int) -> bool:
        """Between the figure (ending at `num_end`) and "cho" (at `cho_at`), a new giving verb hands
        over a gift counted by its own number ("trao tặng Đoàn xã A 20 điện thoại trị giá 56 triệu
        đồng, đồng thời phối hợp … tặng 150 sim 4G cho học sinh trường B"): the "cho" names that
        gift's recipient, not the figure's (spec §2.3). Not a verb whose object has no number
        ("hỗ trợ 50 triệu đồng để tặng quà cho hộ nghèo xã A"), nor a verb inside the figure's own
        noun before its first comma ("20 suất hỗ trợ khởi nghiệp, mỗi suất 15 triệu đồng, cho …":
        the things are named by the verb, no new gift). Cheap first test: a digit between."""
        gap = self.text[num_end:cho_at]
        if not any(ch.isdigit() for ch in gap):
            return False
        words = gap.split()
        keyed = [key(w) for w in words]
        give = cue_set("give")
        # the figure's own noun: the words up to the first one a comma ends (none: no own noun read)
        noun = next((j for j, w in enumerate(words) if w.endswith(",")), -1)
        for i in range(noun + 2, len(keyed) + 1):
            verb = ends_with_phrase(keyed[:i], give)
            if verb is not None and any(ch.isdigit() for w in words[i:] for ch in w):
                return True
        return False

    def _value_of_gift(self, num_start: int) -> bool:
        """The number is the value of a gift named before it ("trao 30 suất học bổng “…” trị giá 45
        triệu đồng cho học sinh xã A"): a giving verb anywhere before it in the clause."""
        cstart, _ = self.ctx.clause(num_start)
        before = words_before(self.text, num_start, 24, cstart)
        if len(before) < 3 or " ".join(before[-2:]) not in _VALUE_WORDS:
            return False
        return contains_phrase(before[:-2], cue_union("give", "collect"))

    def _sent_to(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """The unit named right after "tới"/"đến" when a verb of sending or giving stands before the
        number ("chuyển 150 triệu đồng tới Đoàn xã A", "gửi 300 suất quà đến xã B"), or after its
        noun (`_sent_after`: "150 suất quà được chuyển đến xã A"): it receives what the figure
        counts. The number's noun stands between (up to 6 words)."""
        end = min(clause_end, num_end + 160)
        word = _TOWARD_WORD.search(self.text, num_end, end)
        if word is None or len(self._noun_gap(num_end, word.start())) > 6:
            return None  # a cheap first test: the pattern matches only where one of its words stands
        to = _TOWARD.search(self.text, num_end, end)
        if to is None or len(self._noun_gap(num_end, to.start())) > 6:
            return None
        if not self._verb_before(num_start, ("give", "send")) and not self._sent_after(num_end, to.start()):
            return None
        for m in self._in(to.end(), end):
            if m.level in _ADMIN_LEVELS and len(self.text[to.end() : m.start].split()) <= 1:
                return None if self._gift_for_places(m) else m
            if self._school_unit(m) and self._named_for_school(to.end(), m):
                return m  # "tặng 120 áo ấm tới học sinh trường X": the school's pupils, as after "cho"
            break
        return None

    def _sent_after(self, num_end: int, to_at: int) -> bool:
        """A verb of sending or giving stands between the figure's noun and "tới"/"đến" ("150 suất
        quà được chuyển đến xã A", "2 tấn gạo đã gửi tới xã B"): the passive of "chuyển … tới", as
        `_handed_after` reads it before "cho". Not people sent there ("30 đoàn viên được điều đến
        xã A": they go to work there, the place only says where)."""
        if not self._handed_after(num_end, to_at, ("give", "send")):
            return False
        return not _opens_with_people(self.text[num_end:to_at].split())

    def _verb_before(self, pos: int, kinds: tuple[str, ...], floor: int | None = None) -> bool:
        """A cue of `kinds` among the 8 words before `pos` in its clause (or after `floor`):
        ("give", "collect") for what is given or raised, ("give", "send") for what is sent."""
        if floor is None:
            floor, _ = self.ctx.clause(pos)
        return contains_phrase(words_before(self.text, pos, 8, floor), cue_union(*kinds))

    def _sent_here(self, m: UnitMention, before: list[str], floor: int) -> bool:
        """The mention follows "tới"/"đến" after a verb of sending ("chuyển … tới Đoàn xã A"; "ra"
        too, as `_TOWARD`: "vận chuyển 26 tấn hàng ra đặc khu A"): it is the one that receives, not
        a place that only says where."""
        if not before or before[-1] not in _SENT_TOWARD_WORDS:
            return False
        return self._verb_before(m.start, ("give", "send"), floor)

    def _hands_over(self, start: int, pos: int) -> bool:
        """A verb that hands something over in [start, pos) (the words before a figure)."""
        return contains_phrase(words_before(self.text, pos, 24, start), cue_set("hand"))

    def _is_recipient(self, m: UnitMention, floor: int) -> bool:
        """The mention follows a giving verb or "cho", maybe after the Youth Union head of its
        name ("trao tặng Liên đội trường X 01 tủ sách gồm 500 cuốn sách"). Remembered (`_remember`)."""
        return self._remember(self._recipients, self._find_recipient, m, floor)

    def _find_recipient(self, m: UnitMention, floor: int) -> bool:
        """`_is_recipient`, not remembered."""
        before = words_before(self.text, m.start, 6, floor)
        if len(before) > 2 and " ".join(before[-2:]) in _HEAD_WORDS:
            before = before[:-2]
        elif len(before) > 3 and before[-3:] == _UNION_HEAD:
            before = before[:-3]  # "tặng Đoàn Thanh niên trường B …": the school's Youth Union receives
        elif before and before[-1] in cue_set("foreign"):
            # "trao Ủy ban Thanh niên Campuchia tỉnh B …": the partner's youth body abroad receives
            before = _without_foreign_head(words_before(self.text, m.start, 12, floor))
        elif before and (before[-1] in _AUTHORITY_TAILS or " ".join(before[-2:]) in _AUTHORITY_TAILS):
            # "bàn giao … cho Đảng ủy, chính quyền và Nhân dân xã A": the commune itself receives
            before = _without_place_authorities(words_before(self.text, m.start, 14, floor))
        return bool(before) and (
            before[-1] == "cho"
            or ends_with_phrase(before, cue_set("give")) is not None
            or self._sent_here(m, before, floor)
        )

    def _gift_recipient_before(self, m: UnitMention, floor: int, pos: int) -> bool:
        """`m` received a gift named before it ("trao 50 suất học bổng … cho học sinh xã A"), and a
        new verb phrase of the actor opens between it and the figure at `pos` ("…, và ra mắt 3 đội
        hình"): the figure is the actor's, not the recipient's."""
        if pos - m.end > 160 or "và" not in self.text[m.end : pos]:
            return False
        gap = self.text[m.end : pos]
        new = _NEW_PREDICATE.search(gap)
        if new is None or any(ch.isdigit() for ch in gap[: new.start()]):
            return False  # "cho xã A 2 nhà nhân ái và 100 chăn ấm": the gift goes on
        before = words_before(self.text, m.start, 24, floor)
        return "cho" in before[-4:] and contains_phrase(before, cue_union("give", "collect"))

    def _gives_anew(self, m: UnitMention, pos: int, end: int) -> bool:
        """After the unit `m` that received a first gift, "và" opens a new verb of giving right before
        the figure at `pos`, and that gift has its own "cho …" after it ("trao tặng Đoàn xã A 1 bể bơi
        … và tặng 300 áo phao cho học sinh …"): the second gift goes to those people, not to `m`
        again; the giver keeps it (spec §2.3). Asked for a Youth Union body only (a place's gift "cho
        học sinh" goes to its own pupils: "bàn giao cho xã A 01 nhà … và trao 150 suất quà cho học
        sinh"), and not when those people are the first recipient's ("… cho học sinh … của xã")."""
        if pos - m.end > 160 or (
            self.text.find("và", m.end, pos) < 0 and self.low.find("đồng thời", m.end, pos) < 0
        ):
            return False  # a cheap first test: no "và" nor "đồng thời" between
        before = words_before(self.text, pos, 5, m.end)
        verb = ends_with_phrase(before, cue_set("give"))
        if verb is None:
            return False
        rest = before[: len(before) - len(verb.split())]
        # "…, đồng thời trao 20 suất quà cho …" opens a new gift as "và" does (n463, n495)
        if not rest or (rest[-1] != "và" and rest[-2:] != ["đồng", "thời"]):
            return False
        cho = _CHO.search(self.text, pos, min(end, pos + 80))
        if cho is None:
            return False
        # "… và trao tặng 60 suất quà cho học sinh … của xã": the people are the first recipient's own
        return _OF_LEVEL.search(self.text, cho.end(), min(end, cho.end() + 120)) is None

    def _giver_acts_anew(self, m: UnitMention, pos: int) -> bool:
        """The body `m` received a gift counted right after it ("tặng Đoàn phường B 200 chiếc đèn"),
        and "và" then opens a new act of the giver, a verb of sending or doing, before the figure
        at `pos` ("… và cử 1 đội múa lân", "… và tổ chức 3 buổi …"): the recipient of the first verb
        is not the actor of the second, the giver is (spec §2.3). Not a gift that goes on ("… 200
        chiếc đèn và 100 suất quà"), nor a second act with its own recipient ("… và tổ chức 2 buổi
        cho thiếu nhi"), which other rules read."""
        if pos - m.end > 160:
            return False
        va = self.text.rfind("và", m.end, pos)
        if va < 0:
            return False  # a cheap first test: no "và" between
        if not any(ch.isdigit() for ch in self.text[m.end : va]):
            return False  # the first gift names no number of its own after the recipient
        after = [w for w, _, _ in words_after(self.text, va, 6, pos)]
        if len(after) < 2 or after[0] != "và" or "cho" in after:
            return False
        verbs = cue_union("assign", "do_verb")
        return any(" ".join(after[1 : 1 + k]) in verbs for k in (1, 2))

    def _passive_giver(self, receiver: UnitMention, m: UnitMention, pos: int) -> bool:
        """`m` is the giver of a passive gift to `receiver`, named right before it ("Đoàn xã A được
        Tỉnh đoàn B trao tặng 50 áo phao", "Trường A được Công ty B hỗ trợ 20 triệu đồng"): only
        "được" stands between the two, and a verb of giving opens the words from `m` to the figure
        at `pos`. What is given is the recipient's (spec §2.3), so `m` is no actor of the figure.
        Not a passive of another verb ("Đoàn xã A được Tỉnh đoàn B khen thưởng, … tổ chức 5 buổi"),
        which the other rules read. Cheap first test: "được" right before `m`."""
        if m.start - receiver.end > 8 or self.text[receiver.end : m.start].strip() != "được":
            return False
        after = [w for w, _, _ in words_after(self.text, m.end, 3, pos)]
        return _opens_with(after, cue_set("give"))

    def _honouring_agent(self, m: UnitMention, pos: int) -> bool:
        """`m`, a sector body, is the agent of a passive honour or gift ("14 tập thể và 26 cá nhân
        của Tổng công ty được Ban Thường vụ Đoàn Khối X tặng Bằng khen", maybe with its standing
        committee's words before it): the body hands the honour down, it is no actor of what the
        honoured did (spec §2.3), as a national body after "được" is not. A verb of awarding or
        giving right after it tells it. Cheap first test: "được" just before `m`."""
        if self.text.find("được", max(0, m.start - 40), m.start) < 0:
            return False
        return self._hands_award(m.start, m.end, pos)

    def _hands_award(self, start: int, end: int, pos: int) -> bool:
        """The name at [start, end) is the agent of a passive honour or gift: "được" (maybe with its
        standing committee's words) before it, a verb of awarding or giving right after it, before
        `pos` ("… được Ban Thường vụ Đoàn X tặng Cờ thi đua")."""
        if _HONOUR_AGENT_LEAD.search(self.text, max(0, start - 40), start) is None:
            return False
        after = [w for w, _, _ in words_after(self.text, end, 3, pos)]  # keyed: lower case
        return _opens_with(after, cue_union("give", "award"))

    def _bridged(self, start: int, end: int) -> bool:
        """[start, end), after the place where an event was held, says the event was bridged online
        to many points ("Lễ phát động … tại tỉnh X, kết nối trực tuyến tới 63 điểm cầu"): the place
        only says where. Not so for a place named as one of the points ("Tại điểm cầu X, …")."""
        low = self.low
        return any(low.find(p, start, end) >= 0 for p in cue_set("bridge"))  # "điểm cầu"

    def _totals_gift(self, num_start: int) -> bool:
        """The figure's sentence opens with the total value of a gift ("Tổng giá trị quà tặng đợt
        này hơn 1,2 tỷ đồng"): the unit that received the gift of the sentence before receives it,
        as "…; tổng giá trị hỗ trợ là …" does within a sentence."""
        sstart, _ = self.ctx.sentence(num_start)
        return _GIFT_TOTAL_LEAD.match(self.text, sstart, num_start) is not None

    def _hands_down(self, actor: UnitMention, pos: int) -> bool:
        """The actor goes down to an unnamed lower place and hands over there what the figure at
        `pos` counts ("Tỉnh đoàn X đã về xã trao tặng 2 nhà nhân ái"): the gift is that place's."""
        low = self.ctx.low
        if low is not None and low.find("về", actor.end, pos) < 0 and low.find("xuống", actor.end, pos) < 0:
            return False
        words = words_before(self.text, pos, 24, actor.end)
        give = cue_set("give")
        for i in range(1, len(words) + 1):
            verb = ends_with_phrase(words[:i], give)
            if verb is not None:
                lead = words[: i - len(verb.split())]
                return _DOWN_TO_PLACE.search(" ".join(lead) + " ") is not None
        return False

    def in_window(self, start: int, pos: int, end: int, *, subjects_only: bool = False) -> Attribution | None:
        """Rules 2-4 over [start, end) for a figure at `pos` (mentions before `pos` act as subjects).

        With `subjects_only` (earlier clauses of the sentence), a unit that received something there
        is not carried to this figure. Answers are remembered: they depend on the window only."""
        k = (start, pos, end, subjects_only)
        if k not in self._windows:
            self._windows[k] = self._in_window(start, pos, end, subjects_only=subjects_only)
        return self._windows[k]

    def _in_window(self, start: int, pos: int, end: int, *, subjects_only: bool) -> Attribution | None:
        local: UnitMention | None = None
        national_body: UnitMention | None = None
        place: UnitMention | None = None
        places: list[UnitMention] = []
        #: a place singled out at the start ("Riêng tại huyện X, Thành đoàn Y trao tặng huyện …")
        singled: UnitMention | None = None
        #: the subject joins two or more units ("Đoàn xã A và Đoàn xã B tổ chức …")
        joint = False
        for m in self._in(start, pos):
            if self._is_current_name(m) or (self._in_quotes(m) and not self._in_speech(m)):
                # "tỉnh Bình Định (cũ), nay thuộc tỉnh Gia Lai": the work was done in the first;
                # "Cuộc thi “Tìm hiểu … Quân đội nhân dân Việt Nam”": a title names no unit
                continue
            if self._described_speaker(m, pos):
                continue  # "Em A, tân sinh viên Trường X, xúc động: “Suất học bổng 4 triệu đồng …”"
            if not m.is_body and self._we_after(m, pos):
                continue  # "“Khu vực xã A cũ còn 60 em …, năm nay chúng tôi trao thêm 50 xe”": not A's
            if singled is None and m.level in _ADMIN_LEVELS and self._singled_out(m, start):
                singled = local = m
                continue
            if m.level == "province" and self._former_in_area_bracket(m, start):
                singled = local = m  # "Khu vực phía A (tỉnh X cũ) 2.236 đơn vị, khu vực phía B (tỉnh Y cũ) …"
                continue
            if not m.is_body and m.level in _ADMIN_LEVELS and self._far_where(m, start):
                places.append(m)  # "lắp 42 máy tại 31 điểm trường thuộc 7 xã khu vực tỉnh A cũ": where
                if place is None:
                    place = m
                continue
            if (
                singled is not None
                and m.is_body
                and _RANK.get(m.level, 9) >= _RANK.get(singled.level, 9)
                and not (m.level == "body" and singled.level == "province")
            ):
                # a named organisation of no level (a cooperative, a company) is one of the province's
                # own, below it: "Ở khu vực tỉnh A cũ, Hợp tác xã B nuôi 14 lồng" is B's, A says where
                if local is singled and self._joint_with(singled, m, start):
                    joint, local = True, m  # "riêng Đoàn xã A và Đoàn xã B tổ chức …": both of them
                continue  # a body of the same or a higher level acting in the place singled out
            if local is not None and self._passive_giver(local, m, pos):
                continue  # "Đoàn xã A được Tỉnh đoàn B trao tặng 50 áo phao": A received it, B only gave
            if m.is_body and m.level == "sector" and self._honouring_agent(m, pos):
                continue  # "… 1 trong 15 tập thể được Ban Thường vụ Đoàn Khối X tặng Cờ thi đua": it honours
            if self._merged_with(m, start):
                continue  # "sau hợp nhất với tỉnh Y, Tỉnh đoàn …": neither the actor nor where it acts
            if self._counted_partner(m, start):
                continue  # "600 đoàn viên … cùng 120 đoàn viên xã A đã trồng 8.500 cây": A only joins
            if not self._at_bridge_point(m, start) and self._is_location(m, start):
                places.append(m)
                if m.level in _ADMIN_LEVELS and place is None:
                    place = m  # the most specific place of an address chain comes first
                continue
            if (
                m.level == "school"
                and not m.is_body
                and self._clause_words_before(m) > 1
                and not self._after_opening_phrase(m)
                and not self._opens_next_item(m)
                and not self._team_of_school(m)
                and not self._members_of_school(m)
                and not self._classes_of_school(m)
                and not self._opens_part(m)
                and not self._is_recipient(m, start)
                and not self._receives(m, pos)
            ):
                continue  # a school named inside a phrase ("điểm thi Trường THPT X") is a place
            if self._is_recipient(m, start) and m.level not in _RECIPIENT_LEVELS:
                continue
            if self._is_recipient(m, start) and self._sent_to_help(m, start, pos):
                continue  # "cử 4 đội … lên hỗ trợ tỉnh A …, khám cho 2.860 người": the sender's
            if m.is_body and self._gives_anew(m, pos, end) and self._is_recipient(m, start):
                continue  # "tặng xã A 1 bể bơi … và tặng 300 áo phao cho học sinh …": not A's
            if m.is_body and self._giver_acts_anew(m, pos) and self._is_recipient(m, start):
                continue  # "A tặng Đoàn xã B 200 đèn và cử 1 đội múa lân": A sends the team, not B
            if subjects_only and self._served_other_province(m, start):
                continue  # "A tổ chức 5 hành trình cho đoàn viên B; …": B is served, A goes on acting
            if local is not None and self._gift_recipient_before(m, start, pos):
                continue  # "X trao … cho học sinh xã A, và ra mắt 3 đội hình": X's teams
            if self._qualifies_previous(m):
                continue  # "xã A, huyện B, tỉnh C": B and C only locate A
            if self._listed_member(m):
                continue  # "có 109 tổ chức Đoàn trực thuộc: …, Đoàn Thanh niên Công an tỉnh và 3 …"
            if self._business_sponsor(m):
                continue  # "Công ty CP X tài trợ 100 triệu đồng": the programme's money, not X's
            if not subjects_only and m.is_body and self._supports_programme(m, pos):
                return Attribution(None, "given")  # "Tỉnh đoàn A hỗ trợ chiến dịch 80 triệu đồng"
            unit = self._as_unit(m)
            if unit is None:
                continue
            m = unit
            if (
                self._is_national(m)
                and not m.is_body
                and (self._names_national_event(m) or self._closes_event_name(m.start))
            ):
                continue  # "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII": a name, not the country
            if self._is_national(m) and not m.is_body and self._qualifies_sector(m):
                continue  # "tuổi trẻ Công an nhân dân cả nước": the sector, across the country
            if self._is_national(m) and not m.is_body and self._compared_with_nation(m, start):
                continue  # "68% …, cao hơn mức chung của cả nước": measured against the nation
            if self._is_national(m) and not m.is_body and local is not None and self._ranks_among_nation(m):
                continue  # "Tỉnh A xếp thứ 4 toàn quốc … với 9.000 lượt": A's own count, ranked
            if self._is_national(m):
                if m.is_body:
                    national_body = m
                    local = None
                else:
                    part = self._part_of_national(m, pos)
                    if part is not None:
                        return Attribution(part.canonical, "subject", part)
                    return Attribution(NATIONAL, "national", m)
                continue
            joint = local is not None and self._joint_with(local, m, start)
            local = m
        if joint and local is not None:
            # one undivided total of a subject that joins several units is none of theirs (spec
            # §2.3): the section's or the scope's (precedent n93: two communes of a district report
            # give the district; "hợp nhất ba tỉnh A, B và C với 129 đơn vị" the merged province)
            return Attribution(None, "joint")
        if local is not None and local.is_body and self._hands_down(local, pos):
            return Attribution(None, "given")  # "Tỉnh đoàn X đã về xã trao tặng …": the place's
        bare = (
            None
            if subjects_only
            else self._gift_to_bare_level(local.end if local is not None else start, pos)
        )
        if bare is not None:
            # "Tỉnh đoàn X trao tặng xã 1 cây cầu": the place of that level just named, else the page's own
            # a level word with no place level of its own ("liên đội") has no referent of that level
            word = " ".join(bare[1].lower().split())
            referent = (
                self._level_referent(bare[0], bare[1]) if word in _OF_LEVEL_UNIT else None
            ) or self._school_named_before(bare[0], bare[1])
            if referent is not None:
                return Attribution(referent.canonical, "recipient", referent)
            return Attribution(None, "given")
        if not subjects_only and self._gift_to_bare_body(local.end if local is not None else start, pos):
            return Attribution(None, "given")  # "Thành đoàn A trao cho Tỉnh đoàn 100 suất": the page's own
        if not subjects_only:
            org = self._gift_to_organisation(local.end if local is not None else start, pos)
            if org is not None:
                return org  # "Tỉnh đoàn A tặng CLB 2 máy sấy": the page's own club; "… Trung tâm Y tế B"
        generic = self._generic_body(start, pos, after=local.end if local is not None else start)
        if generic is None:
            generic = self._generic_association(start, pos, after=local.end if local is not None else start)
        if generic is not None and self._partner_body(generic[1], start):
            generic = None  # "Tại phường X, tổ công tác cùng Đoàn phường rà soát …": a partner
        if generic is not None:
            level, gstart = generic
            # "Tại phường X, … Đoàn phường …": the unnamed body is the one of the place just named;
            # a "Thành đoàn" is also the body of a city below a province ("thành phố Vinh")
            city_body = level == "province" and self.text.startswith(("Thành", "thành"), gstart)
            for p in reversed(places):
                if p.end <= gstart and (p.level == level or (city_body and _is_city(p))):
                    return Attribution(p.canonical, "subject", p)
            before = words_before(self.text, gstart, 3, start)
            if ends_with_phrase(before, cue_set("give")):
                # "… Đoàn đặc khu A … (later) Tỉnh đoàn B tặng Đoàn đặc khu 500 lá cờ": A's
                named = self._bare_body_named_before(gstart)
                if named is not None:
                    return Attribution(named.canonical, "recipient", named)
                return Attribution(None, "given")  # support handed down to an unnamed lower body
            if level == "commune" and local is None and _after_bullets(self.text, start, pos) == gstart:
                own = _own_mention(self.own)
                on_own = own is not None and own.level == "commune"  # its "Đoàn xã" is the page's own
                named = None if on_own else self._bare_body_named_before(gstart, paragraph_before=True)
                if named is not None:
                    return Attribution(named.canonical, "subject", named)  # "…; Đoàn xã cử 45 đoàn viên"
        if local is not None:
            rule = "recipient" if self._is_recipient(local, start) else "subject"
            return Attribution(local.canonical, rule, local)
        if (
            place is not None
            and generic is None
            and not subjects_only
            and self._opening_place_agent(place, start, pos, end)
        ):
            return Attribution(
                place.canonical, "subject", place
            )  # "Ở phường X, 112 tân binh được Đoàn phường …"
        national_words = self._has_national_words(start, end)
        if national_words and self._joins_nation_after(start, pos, end):
            national_words = False  # "… 1.146 đơn vị máu, góp phần cùng tuổi trẻ cả nước …": not the nation's
        if national_body is not None and not self._given_between(national_body.end, pos):
            return Attribution(NATIONAL, "subject", national_body)
        if national_body is not None and self._national_reach(national_body.end, pos, end):
            return Attribution(NATIONAL, "subject", national_body)
        if national_words and national_body is not None:
            # "Chiến dịch do Trung ương Đoàn phát động với mục tiêu trao 500.000 suất quà … trên cả
            # nước": the national body's across the country, even where its verb hands it out; the
            # unit an earlier sentence named is not carried in (see `_resolve`)
            return Attribution(NATIONAL, "subject", national_body)
        if national_words:
            return Attribution(NATIONAL, "national")
        if national_body is not None:
            # the national body hands support to someone the clause does not name
            # (in a national report, handed to the one place where the activity was held)
            if place is not None and self.national_scope and not subjects_only and _one_place(places, place):
                return Attribution(place.canonical, "place", place)
            return Attribution(None, "given")
        if (
            place is not None
            and self.national_scope
            and not subjects_only
            and _one_place(places, place)
            and not self._bridged(place.end, end)
            and not self._locates_venue(place, start)
            and not self._delegation_acts(self.ctx.sentence(pos)[0], pos)
        ):
            # a national report: an activity held in a province, with no other actor named; but the
            # national body that an earlier sentence names as the actor held it there ("Trung ương
            # Đoàn tổ chức Hội nghị … Hội nghị diễn ra tại Hà Nội, kết nối tới 34 điểm cầu"); nor
            # when the page's own delegation acts there ("Tại xã A, đoàn công tác trao 1.000 suất
            # quà cho hộ nghèo": A only says where, the gifts go to people, n462/n494)
            earlier = self._context(pos)
            if earlier is not None and earlier.unit == NATIONAL:
                return earlier
            return Attribution(place.canonical, "place", place)
        return None

    def resolve(self, num_start: int, num_end: int) -> Attribution | None:
        """The unit of a figure whose surface text is [num_start, num_end), or None when the text
        around it names none (the caller then falls back to footnote anchor, section, scope).
        Remembered: the rules ask it again for an earlier figure (the total a part breaks off, the
        gift a total sums up), and the answer depends on the span only."""
        k = (num_start, num_end)
        if k not in self._resolved:
            self._resolved[k] = self._resolve_anew(num_start, num_end)
        return self._resolved[k]

    def _resolve_anew(self, num_start: int, num_end: int) -> Attribution | None:
        partner = self._partner_abroad(num_start, num_end)
        if partner is not None:
            return Attribution(partner.canonical, "recipient", partner)  # "đã hỗ trợ tỉnh bạn 9 điểm trường"
        found = self._resolve(num_start, num_end)
        if found is not None and found.rule == "context" and self._foreign_people(num_end):
            return None  # "…. Ngoài ra, 27 lưu học sinh Lào … được tuyên dương": not the unit before's
        m = None if found is None else found.mention
        if found is not None and m is not None and not m.is_body and self._named_police(m):
            sector = lookup("Công an nhân dân")
            if sector is not None:
                return Attribution(sector.canonical, found.rule, sector)  # "Công an phường A: 22 buổi …"
        if m is not None and (m.is_body or m.level == "sector"):
            whole = self._whole_told_by_speaker(found, num_start, same_sentence=True)
            if whole is not None:
                found = whole  # "Theo Phòng X, … toàn tỉnh xảy ra 312 vụ": the province's
        if (found is None or found.rule == "context") and self._of_national_congress(num_start, found):
            # "Đại biểu thuộc 11 thành phần …", "Đại hội hiệp thương cử 149 ủy viên …" on a
            # provincial page about the national congress: the congress's, the country's
            return Attribution(NATIONAL, "national")
        if num_start < self.headline_end and (found is None or found.unit is None):
            told = self._gift_told_in_body(num_start, num_end)
            if told is not None:
                return told  # "… gửi 1.150 áo ấm lên vùng cao A" and "trao tặng Trường B 1.150 áo ấm"
        if self.low.startswith((" cán bộ", " chiến sĩ"), num_end):
            sector = self._force_of_people(num_end)
            if sector is not None:
                return Attribution(sector.canonical, "owner", sector)  # "và 18 cán bộ, chiến sĩ Công an xã"
        police = self._bare_police_subject(num_start)
        if police is not None:
            return police  # "Công an phường cử 12 cán bộ trẻ …": the police sector's, not the ward's
        # a gift's named recipient ("Đồn trao 24 suất học bổng … cho học sinh trường A") stays the unit,
        # and so does a gift the page's own unit hands over ("given"): neither is a post's nor a doer's
        given = found is not None and found.rule in ("recipient", "given")
        post = None if given else self._bare_post_subject(num_start)
        if post is not None:
            return post  # "…; Đồn cử 8 chiến sĩ trẻ …": the post named before, the army's
        doer = None if given else self._done_by_after(num_start, num_end)
        if doer is not None:
            return doer  # "Cây cầu … trị giá 480 triệu đồng, do Đoàn xã A vận động xây dựng": A's
        members = self._partner_members(num_start, num_end)
        if members is not None:
            return members  # "… cùng 120 đoàn viên xã A đã trồng …": the 120 are A's own members
        former = self._former_area_part(num_start, num_end)
        if former is not None:
            return Attribution(former.canonical, "part", former)  # "trong đó có 2 người ở khu vực tỉnh A cũ"
        if self._sums_former_areas(num_start, found):
            return Attribution(None, "context")  # "A cũ đạt 860 …, còn B cũ đạt 540 …; tổng giá trị tăng 15%"
        part = self._part_of_total(num_start, found)
        if part is not None:
            return part
        each = self._per_item(num_start, found)
        if each is not None:
            return each  # "trao 2 nhà cho hộ nghèo xã A, mỗi căn 80 triệu đồng": A's, as the houses
        donor = self._donor_of_total(num_start, found)
        if donor is not None:
            return donor  # "Tổng kinh phí 1 tỷ đồng. Trong đó, Thành đoàn A hỗ trợ 600 triệu đồng; …"
        listed = self._gift_to_listed_places(num_start, num_end, found)
        if listed is not None:
            return listed  # "Thành đoàn A trao 150 suất cho học sinh 3 xã: B 60 suất; C …": their province's
        peer = self._peer_gift_recipient(num_start, num_end, found)
        if peer is not None:
            return peer  # "A trao tặng Tỉnh đoàn D 32 tấn hàng. Cùng ngày, Tỉnh đoàn B trao 2.000 suất": D's
        twinned = self._twinned_partner_gift(num_start, found)
        if twinned is not None:
            return twinned  # "A ký kết nghĩa với Đoàn xã B và trao 120 triệu đồng": B's
        chained = self._chained_gift(num_start, num_end, found)
        if chained is not None:
            return chained  # "bàn giao cho Đoàn xã B 2 nhà …; trao 450 suất học bổng": B's too
        m = None if found is None else found.mention
        if m is not None and self._supports_programme(m, num_start):
            return Attribution(None, "given")  # "Tỉnh đoàn A hỗ trợ chiến dịch 80 triệu đồng": the page's
        received = self._giver_of_received(num_start, found)
        if received is not None:
            return received  # "A tiếp nhận 7 tỷ đồng từ các tỉnh. Trong đó, Thành đoàn B: 1,5 tỷ; …": A's
        receipt = self._giver_after_receipt(num_start, num_end, found)
        if receipt is not None:
            return receipt  # "A tiếp nhận tiền, hàng của các tỉnh. Thành đoàn B trao 1 tỷ đồng; …": A's
        total = self._total_of_gift(num_start, found)
        if total is not None:
            return total  # "trao 50 suất quà cho hộ nghèo của xã, tổng trị giá 25 triệu đồng": the xã's
        valued = self._value_of_handed_item(num_start, found)
        if valued is not None:
            return valued  # "trao tặng Hợp tác xã A 1 máy rang trị giá 250 triệu đồng": A's, as the machine
        purpose = self._purpose_of_gift(num_start, found)
        if purpose is not None:
            return purpose  # "trao Đoàn xã A 40 triệu đồng để lập góc số tại 3 thôn": A's, as the gift
        if self._one_of_national_congress(num_start, num_end):
            return Attribution(NATIONAL, "national")  # "… là 1 trong 20 thanh niên … tuyên dương tại Đại hội"
        if (
            found is not None
            and found.mention is not None
            and found.mention.level in ("province", "sector")
            and self._one_of_before(num_start)
        ) or ((found is None or found.mention is None) and self._bare_province_one_of(num_start, num_end)):
            # "Tuổi trẻ tỉnh X là 1 trong 10 tỉnh, thành đoàn được biểu dương": the set the province
            # is one of is counted over the whole country, unless it says whose ("của thành phố")
            _, cend = self.ctx.clause(num_start)
            owner = self._set_of_level(num_end, cend)
            if owner is not None:
                return Attribution(owner.canonical, "context", owner)
            if found is not None and _REGION_OF_SET.search(self.text, num_end, cend):
                return found  # "… là 1 trong 8 tỉnh … dẫn đầu khu vực Tây Nguyên": not the country's
            force = self._set_of_force(num_end, cend, found)
            if force is not None:
                return force  # "là 1 trong 6 tổ chức … tiêu biểu toàn lực lượng": the sector's set
            force = self._set_of_sector_award(num_end, cend)
            if force is not None:
                return force  # "là 1 trong 8 đơn vị được Ban Thanh niên Bộ đội Biên phòng tặng …"
            return Attribution(NATIONAL, "national")
        if (
            found is None or (found.mention is not None and found.mention.level in _BELOW_PROVINCE)
        ) and self._one_of_before(num_start):
            owner = self._set_of_province(num_start, num_end, found)
            if owner is not None:
                # "Huyện đoàn A là 1 trong 4 đơn vị dẫn đầu … của Tỉnh đoàn B": the set is the
                # province's (c32, n392), not the district's own count
                return Attribution(owner.canonical, "context", owner)
        return found

    def _partner_abroad(self, num_start: int, num_end: int) -> UnitMention | None:
        """The partner abroad a verb of support names by its level word and "bạn" before the figure,
        in its sentence ("tuổi trẻ A đã hỗ trợ tỉnh bạn 9 điểm trường", "giúp tỉnh bạn xây 12 nhà"):
        the one place of that level abroad whose youth body takes part (see `_without_foreign`)
        receives it (spec §2.3). Within the figure's sentence (a thousands dot does not end it) and
        its clause after ";"; not past a comma that opens the actor's own deed ("hỗ trợ tỉnh bạn 9 điểm
        trường, huy động 200 đoàn viên": the 200 are not the partner's). So does "cho tỉnh bạn" after
        the figure, the receiver of the things the clause lists ("trao 3 phòng học, 500 suất quà cho
        tỉnh bạn X"; see `_friend_after`). None when the text has no such partner or two of that level."""
        if not self._partners_abroad:
            return None  # a cheap first test: most texts have no partner abroad
        lo = max(0, num_start - 120, self.ctx.sentence(num_start)[0], self.text.rfind(";", 0, num_start) + 1)
        named = list(_FRIEND_PLACE.finditer(self.text, lo, num_start))
        if named:
            last = named[-1]
            if self._own_deed_between(last.end(), num_start):
                return None
        else:
            after = self._friend_after(num_end)
            if after is None:
                return None
            last = after
        level = _FRIEND_LEVELS[last.group("level").lower()]
        partners = self._partners_abroad
        found = {m.canonical: m for m in self.mentions if m.canonical in partners and m.level == level}
        return next(iter(found.values())) if len(found) == 1 else None

    def _own_deed_between(self, start: int, end: int) -> bool:
        """A comma in [start, end) opens the actor's own deed ("…, huy động 200 đoàn viên")."""
        for comma in _COMMA_DEED.finditer(self.text, start, end):
            words = [key(w) for w in comma.group("words").split()]
            if any(" ".join(words[:n]) in cue_union(*_OWN_DEED_KINDS) for n in (1, 2)):
                return True
        return False

    def _friend_after(self, num_end: int) -> regex.Match[str] | None:
        """ "cho tỉnh bạn" after the figure in its clause, the first "cho" there, past only the
        things the clause lists ("trao 3 phòng học, 500 suất quà cho tỉnh bạn X"): no verb of the
        actor's own deed after a comma, no figure's end of sentence or ";" between (`_partner_abroad`)."""
        text = self.text
        end = min(num_end + 80, self.ctx.sentence(num_end)[1])
        semi = text.find(";", num_end, end)
        end = end if semi < 0 else semi
        cho = _CHO_ANY_CASE.search(text, num_end, end)
        if cho is None:
            return None
        friend = _FRIEND_AFTER.match(text, cho.start())
        if friend is None or self._own_deed_between(num_end, cho.start()):
            return None
        # a verb of giving between the figure and "cho": the figure counts the givers, not the gift
        # ("huy động 50 đoàn viên trao 300 suất quà cho tỉnh bạn": the 50 stay the actor's)
        words = [key(w) for w in text[num_end : cho.start()].split()]
        giving = cue_set("give")
        if any(w in giving or " ".join(words[i : i + 2]) in giving for i, w in enumerate(words)):
            return None
        return friend

    def _set_of_province(self, num_start: int, num_end: int, found: Attribution | None) -> UnitMention | None:
        """The province that owns or selects the set a commune or district (the subject `found`,
        or the page's own when the sentence names none) is one of: "của"/"được" after the set's
        noun, then the province's body by its name ("… 1 trong 4 đơn vị dẫn đầu khối huyện của
        Tỉnh đoàn A") or by its bare level word, the province named just before or the page's
        own ("Đoàn phường B là 1 trong 5 đơn vị cấp xã được Ban Thường vụ Thành đoàn biểu
        dương"). Not for a school's or an organisation's set ("1 trong 10 Đoàn trường … của thành
        phố" stays the school's, c35). None when the rule does not apply."""
        if found is None:
            own = _own_mention(self.own)
            if own is None or own.level not in _BELOW_PROVINCE:
                return None
        _, cend = self.ctx.clause(num_start)
        end = min(cend, num_end + 160)
        # a passive "được" may come first ("1 trong 6 đơn vị được tuyên dương của Tỉnh đoàn A"): each
        # "của"/"được" in turn, up to the first that names the province or is too far
        for g in _SET_OWNER_LEAD.finditer(self.text, num_end, end):
            between = self.text[num_end : g.start()]
            if len(between.split()) > _SET_WORDS or any(ch.isdigit() for ch in between):
                return None
            if self._in(num_end, g.start()):
                return None
            m = self._mention_at(g.end())
            if m is not None:
                return m if m.level == "province" and not self._in_quotes(m) else None
            if _BARE_PROVINCE_BODY.match(self.text, g.end()) is not None:
                return self._bare_province(g.end(), num_start)
        return None

    def _bare_province(self, pos: int, num_start: int) -> UnitMention | None:
        """The province a bare "tỉnh" / "Tỉnh đoàn" at `pos` points to, in the sentence of the figure
        at `num_start`: the one named near (`_level_referent`, bodies first), else the province the
        page's own unit lies in (`_page_province`) (`_set_of_province`, `_counted_of_bare_level`)."""
        named = self._level_referent(pos, "tỉnh", body_first=True)
        if named is not None:
            return named
        return self._page_province(self.ctx.sentence(num_start)[0], num_start)

    def _police_item_before(self, m: UnitMention) -> UnitMention | None:
        """`m`, a bare commune or district, is the next item of a list whose item before it is a
        police body of a place with its number ("Chi đoàn Công an xã A 17 điểm, phường B 12 điểm"):
        the list leaves out the body's head, so the item is B's police, of the police sector (spec
        §2.3, as `_named_police`), not the place. That item before (the police sector mention) or
        None. Cheap first test: a commune or district named bare."""
        if m.is_body or m.level not in ("commune", "district"):
            return None
        sstart, _ = self.ctx.sentence(m.start)
        before = self._in(sstart, m.start)
        if not before:
            return None
        prev = before[-1]
        if not (prev.is_body and prev.level == "sector" and _POLICE_HEAD.match(prev.text)):
            return None
        if _POLICE_ITEM_GAP.fullmatch(self.text, prev.end, m.start) is None:
            return None
        return prev

    def _named_police(self, m: UnitMention) -> bool:
        """The place `m`, a commune or district, is the name of its police ("Công an phường A: 22
        buổi …", "Công an xã B tổ chức 3 buổi"): the police of a place belong to the police sector
        (spec §2.3; as the unnamed "Công an phường" of `_bare_police_subject`), not to the place.
        So is a province's ("Công an Hải Phòng: tuổi trẻ trao 3.000 mũ …" heading a police page),
        unless the police are only the source of what the sentence tells ("Theo Công an tỉnh A, toàn
        tỉnh xảy ra 37 vụ cháy": the province's count, as `_names_source`).
        Cheap first test: "công an " right before the name; or its abbreviation, in capitals ("CA phường
        A (3 tấn rác)")."""
        if m.level not in _POLICE_PLACE_LEVELS or m.start < 3:
            return False
        if m.start >= 8 and self.low.startswith("công an ", m.start - 8):
            head = m.start - 8
        elif self.text.startswith("CA ", m.start - 3) and not self.text[m.start - 4 : m.start - 3].isalpha():
            # a whole word only: "TPCA phường A" is no police's abbreviation
            head = m.start - 3
        else:
            return False
        return m.level != "province" or not self._source_at(head, m.end)

    def _of_national_congress(self, num_start: int, found: Attribution | None) -> bool:
        """The figure's sentence opens with the congress or its delegates named back without a
        name ("Đại hội hiệp thương cử 149 ủy viên …", "Chương trình hành động của Đại hội đề ra 6
        chỉ tiêu", "Đại biểu thuộc 11 thành phần …"), and the congress the text named last before
        it is the national one ("Đại hội đại biểu toàn quốc Hội …"): the congress, its make-up and
        its programme are the country's (spec §2.3, national aggregates), not the provincial page's.
        Asked only for a figure no other rule gave a unit, or one carried (`found`) from an
        earlier sentence: a sentence opening with the congress has its own subject (the delegates
        may be a delegation's, named before: they take no unit carried). Cheap first test: "Đại"
        opening the sentence's first words."""
        if self.national_scope:
            return False
        sstart, _ = self.ctx.sentence(num_start)
        if self.text.find("Đại", sstart, min(num_start, sstart + 48)) < 0:
            return False
        opener = _CONGRESS_OPENER.match(self.text, sstart, num_start)
        if opener is None:
            return False
        if found is not None and (
            opener.group("delegates") or found.mention is None or found.mention.start >= sstart
        ):
            return False
        return self._last_congress_national(sstart)

    def _one_of_before(self, num_start: int) -> regex.Match[str] | None:
        """"1 trong" / "một trong số" right before the number, or None. Cheap first test: "trong"
        in the 16 characters before."""
        lo = max(0, num_start - 16)
        if self.text.find("trong", lo, num_start) < 0:
            return None
        return _ONE_OF_BEFORE.search(self.text, lo, num_start)

    def _one_of_national_congress(self, num_start: int, num_end: int) -> bool:
        """ "là 1 trong 20 thanh niên tiêu biểu được tuyên dương tại Đại hội": the set a person or a
        unit is one of is the one honoured at the congress its clause names, and when that congress
        is the national one (named so there, or the last congress the text named before: see
        `_of_national_congress`) the set is the country's (spec §2.3), not the home place in the
        person's brackets nor the page's. Cheap first tests: "trong" right before the number, then
        "Đại hội" after it in its clause."""
        if self.national_scope or not self._one_of_before(num_start):
            return False
        _, cend = self.ctx.clause(num_start)
        at = self.text.find("Đại hội", num_end, cend)
        if at < 0:
            return False
        return self._last_congress_national(min(cend, at + 48))

    def _last_congress_national(self, end: int) -> bool:
        """The last congress the text names by its name before `end` is the national one ("Đại hội
        đại biểu toàn quốc …", not "Đại hội Đoàn tỉnh A"). The names are read once over the whole
        text: a name that ends by `end` is the one a search stopping at `end` finds (the pattern
        looks at nothing around it)."""
        if self._congress_names is None:
            names = list(_CONGRESS_NAME.finditer(self.text))
            national = [g.group("national") is not None for g in names]
            self._congress_names = ([g.end() for g in names], national)
        ends, national = self._congress_names
        i = bisect.bisect_right(ends, end) - 1
        return i >= 0 and national[i]

    def _gift_told_in_body(self, num_start: int, num_end: int) -> Attribution | None:
        """A headline's gift that names no unit ("Học sinh trường A gửi 1.150 áo ấm lên vùng cao
        B") is the gift the body tells with the same number and noun ("Đoàn trường trao tặng Trường
        C 1.150 áo ấm …"): when the body names who received it there, the headline's figure is the
        recipient's too (spec §2.3; n142). Asked only for a number of the headline that the other
        rules give no unit; cheap first tests: a verb of giving or sending before it, and the same
        number with its noun again after the headline."""
        headline_end = self.headline_end
        n = _LAST_NUMBER.search(self.text, num_start, num_end)
        if n is None:
            return None
        noun = _FIRST_WORD.match(self.text, n.end())
        if noun is None:
            return None
        told = self.text.find(n.group() + noun.group(), headline_end)
        if told < 0 or not self._verb_before(num_start, ("give", "send")):
            return None
        if self.text[told - 1 : told].isalnum() or self.text[told - 1 : told] in ".,":
            return None  # part of a longer number
        found = self._resolve(told, told + len(n.group()))
        if found is None or found.mention is None or found.rule not in ("recipient", "enumeration"):
            return None
        if not (
            self._verb_before(told, ("give", "send"))
            or self._verb_before(found.mention.start, ("give", "send"))
        ):
            return None  # the body's number is no gift handed over there
        return Attribution(found.unit, "recipient", found.mention)

    def _part_of_total(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """A part that "trong đó" breaks off the total counted just before it in its sentence
        ("27 sinh viên của thành phố được Trung ương Hội … công nhận …, trong đó 9 em là …"): the
        part is the total's unit's, not that of a unit named between them (spec §2.3); unless the
        part names its own unit after "trong đó" ("…, trong đó tỉnh A có 9 em"). None when the rule
        does not apply. Cheap first test: "trong đó" right before the number."""
        lo = max(0, num_start - 24)
        low = self.low
        at = low.rfind("trong đó", lo, num_start)
        if at < 0 or _PART_LEAD.fullmatch(self.text, at, num_start) is None:
            return None
        if found is not None and (
            (found.mention is not None and found.mention.start >= at)
            or (found.mention is None and found.unit is not None)
        ):
            return None  # the part names its own unit, or a rule read it
        sstart, _ = self.ctx.sentence(num_start)
        numbers = list(_LAST_NUMBER.finditer(self.text, sstart, at))
        if not numbers:
            return None
        last = numbers[-1]
        total = self.resolve(last.start(), last.end())
        if total is None or total.unit is None:
            return Attribution(None, "part")
        return Attribution(total.unit, "part", total.mention)

    def _locates_venue(self, place: UnitMention, floor: int) -> bool:
        """The place stands in brackets right after a named venue ("tại Khu di tích K9 (xã A)"):
        it is the venue's address, which only says where, not the place an activity of a national
        report was held for (spec §2.3). Cheap first test: "(" right before the place."""
        text = self.text
        if text.rfind("(", max(floor, place.start - 3), place.start) < 0:
            return False
        return _VENUE_BRACKET.search(text, max(floor, place.start - 64), place.start) is not None

    def _business_sponsor(self, m: UnitMention) -> bool:
        """`m` is a business, not a Youth Union body of one ("Công ty CP X", not "Đoàn Thanh niên
        Công ty X"), and the verb right after it is "tài trợ" (sponsors): the sponsorship is money
        put into the programme of the unit that runs it, the section's or the page's (spec §2.3;
        precedent n122), not a result of the business. Cheap first test: the name's first word."""
        if not self.text.startswith(("Công ty", "công ty"), m.start):
            return False
        after = self.low[m.end : m.end + 24].split()
        if after[:1] in (["đã"], ["cũng"], ["còn"]):
            after = after[1:]
        return after[:2] == ["tài", "trợ"]

    def _foreign_people(self, num_end: int) -> bool:
        """The number counts people named by the foreign country they come from ("27 lưu học sinh
        Lào và 12 lưu học sinh Campuchia đang học tại Việt Nam"): a country names no unit of spec
        §2.3 and such people are no Vietnamese unit's own members, so a subject carried from an
        earlier sentence (the police sector that the sentence before counts) does not own them; the
        caller leaves them to the page's own unit (n180, n498)."""
        g = _PEOPLE_OF_COUNTRY.match(self.text, num_end, min(len(self.text), num_end + 48))
        if g is None:
            return False
        words = g.group("country").split()
        foreign = cue_set("foreign")
        return key(words[0]) in foreign or key(" ".join(words)) in foreign

    def _bare_province_one_of(self, num_start: int, num_end: int) -> bool:
        """The number counts a set that the province's own body, named by a bare level word, is one
        of ("Hội Sinh viên Việt Nam tỉnh là 1 trong 8 đơn vị …", "Tỉnh đoàn là 1 trong 12 đơn vị
        …"): as for a named province, the set is counted over the whole country; not a set the
        text says is of a place ("… 1 trong 5 mô hình của tỉnh"), which stays the page's own."""
        one_of = self._one_of_before(num_start)
        if one_of is None:
            return False
        cstart, cend = self.ctx.clause(num_start)
        if _BARE_PROVINCE_SUBJECT.search(self.text, max(cstart, one_of.start() - 40), one_of.start()) is None:
            return False
        of = _OF_LEVEL.search(self.text, num_end, min(cend, num_end + 64))
        return of is None or len(self.text[num_end : of.start()].split()) > 4

    def _resolve(self, num_start: int, num_end: int) -> Attribution | None:
        # a cheap first test: no "lần lượt" before the number
        respective = self.low.find("lần lượt", max(0, num_start - 160), num_start) >= 0
        m = self._respective_item(num_start) if respective else None
        if m is not None:
            return Attribution(m.canonical, "enumeration", m)  # "A và B trồng lần lượt 4.200 và 1.800 cây"
        m = self.enumeration(num_start)
        if m is not None:
            given_to = self._elided_giver(m)
            if given_to is not None:
                return Attribution(given_to.canonical, "recipient", given_to)
            police = self._police_item_before(m)
            if police is not None:
                return Attribution(police.canonical, "enumeration", police)
            return Attribution(m.canonical, "enumeration", m)
        where = self._where_place(num_start)
        if where is not None:
            return Attribution(where.canonical, "subject", where)  # "Tại xã A, nơi có 87% dân số …"
        cstart, cend = self.ctx.clause(num_start)
        if self._own_bare_level(cstart, num_start):
            return Attribution(None, "own")  # "…, trong đó tỉnh có 52.730 lượt": the report's own
        if self._remainder_item(cstart, num_start):
            return None  # "…, huyện A cũ 171 triệu đồng, các địa bàn còn lại 962 triệu đồng": not A's
        # the rules that read on after the number (in its clause, 160 characters at most) are asked only
        # when a word they need stands there: cheap first tests, most figures have none of those words
        # (without a lower-cased copy of the text every rule is asked)
        low = self.ctx.low
        after = low[num_end : min(cend, num_end + 160)] if low is not None else None
        m = None
        if after is None or "cho" in after or _TOWARD_WORD.search(after) is not None:
            m = self.recipient_after(num_start, num_end, cend)
        if m is None and (after is None or "của" in after):
            of_level = self._recipient_of_level(num_start, num_end, cend)  # "… cho hộ nghèo của xã"
            if of_level is not None:
                return of_level
        if m is None and (after is None or "của" in after):
            of_level = self._counted_within_receivers(num_start, num_end, cend)
            if of_level is not None:
                return of_level  # "… phân bổ cho học sinh 28 xã vùng cao của tỉnh"
        if m is None:
            m = self._counted_recipient(num_start, num_end, cend)  # "… cho 2 học sinh xã A"
        if m is None and self.text.find("với", max(0, num_start - 16), num_start) >= 0:
            m = self._reached_people(num_start, num_end, cend)  # "… về với 40 hộ nghèo xã A"
        if m is None and (after is None or any(v in after for v in _GIVE_ON_WORDS)):
            m = self._given_on_to(num_start, num_end, cend)  # "quyên góp 2 tỷ đồng ủng hộ Tỉnh đoàn B"
        if m is None and (after is None or "sửa" in after or "xây" in after or "làm" in after):
            m = self._built_at(num_start, num_end, cend)  # "hỗ trợ 20 triệu đồng sửa chữa nhà văn hóa thôn A"
        if m is None and (after is None or "quỹ" in after):
            m = self._fund_owner(num_start, num_end, cend)  # "góp 16 triệu đồng vào quỹ … của Hội đồng Đội A"
        if m is None and (after is None or "thuộc về" in after):
            m = self._prize_winner(num_start, num_end, cend)  # "Giải Nhất trị giá 50 triệu đồng thuộc về …"
        if m is not None:
            return Attribution(m.canonical, "recipient", m)
        own_school = self._gift_to_own_school(num_start, cstart, cend)  # "… cho sinh viên của trường"
        if own_school is not None:
            return own_school
        # "sửa chữa 2 phòng học của trường A"
        school = self._works_of_school(num_start, num_end, cstart, cend)
        if school is not None:
            return Attribution(school.canonical, "recipient", school)
        if after is None or "của" in after or "cho" in after:
            m = self._people_of_other_province(num_start, num_end, cend)  # "50 cán bộ … của tỉnh B"
            if m is not None:
                return Attribution(m.canonical, "recipient", m)
        if after is None or "của" in after:
            m = self._owner_named_after(num_end, cend)  # "2 đội hình với 45 đoàn viên của Thành đoàn B"
            if m is not None:
                return Attribution(m.canonical, "owner", m)
        m = self._members_of_place_after(num_start, num_end, cend)  # "… và 25 đoàn viên xã A tham gia"
        if m is not None:
            return Attribution(m.canonical, "owner", m)
        if (after is None or "cho các" in after or "cho những" in after) and (
            self._given_to_own_subdivisions(num_start, num_end, cend)
            or self._given_to_own_teams(num_start, num_end, cend)
        ):
            return Attribution(None, "given")  # "…, Chi đoàn X tặng 12 túi cho các tổ dân phố": the ward's
        lead = low[max(cstart, num_start - 48) : num_start] if low is not None else None
        if (lead is None or " đội" in lead or " tổ" in lead) and (
            self._own_teams_given_before(cstart, num_start)
        ):
            return Attribution(None, "given")  # "Tỉnh đoàn B hỗ trợ các đội hình 80 triệu đồng": the page's
        if after is None or "của" in after:
            bare = self._counted_of_bare_level(cstart, num_start, num_end, cend)
            if bare is not None:
                return bare  # "…; 3 tập thể và 2 cá nhân của tỉnh được tặng Bằng khen": the province's
        if self._most_among_places(num_start, num_end):
            return Attribution(None, "given")  # "…, nhiều nhất trong 99 xã, phường": the page's own
        found = self.in_window(cstart, num_start, cend)
        whole = self._whole_told_by_speaker(found, num_start)
        if whole is not None:
            return whole  # "…, Bí thư Đoàn Thanh niên Thuế tỉnh, cho biết toàn tỉnh có 41.000 hộ"
        if found is None and (after is None or "khu vực" in after):
            m = self._former_area_after(num_start, num_end, cend)
            if m is not None:
                return Attribution(m.canonical, "owner", m)  # "24 xã, phường khu vực tỉnh A cũ"
        owned = after is None or "thuộc" in after or " là " in after  # "… thuộc X", "… là Y"
        if owned and (
            found is None or (found.mention is not None and self._earlier_item(found.mention, num_start))
        ):
            m = self._owner_after(num_end, cend)
            if m is not None:
                return Attribution(m.canonical, "owner", m)
        if after is None or " của " in after:
            m = self._subdivisions_of(num_start, num_end, cend)
            if m is not None:
                return Attribution(m.canonical, "owner", m)  # "3/7 thôn của xã A": A's hamlets
        sstart, send = self.ctx.sentence(num_start)
        national = found is not None and found.rule == "national"
        if found is None or (national and (found.mention is None or not found.mention.is_body)):
            m = self._quoted_sector_speaker(num_end)
            if m is not None:
                return Attribution(m.canonical, "speaker", m)
        if found is None:
            m = self._quoted_bare_body_speaker(num_start, num_end)
            if m is not None:
                return Attribution(m.canonical, "speaker", m)  # "“Tỉnh đoàn sẽ …”, anh A, Bí thư Tỉnh đoàn B"
        if found is not None and found.unit is None and found.rule == "given" and self.national_scope:
            # "… tổ chức tại tỉnh Hà Giang: Trung ương Đoàn trao tặng 1.000 suất quà …": what the
            # national body hands out goes to the place the sentence held the activity in
            place = self._place_before(sstart, cstart)
            if place is not None:
                return Attribution(place.canonical, "place", place)
        if (
            found is not None
            and found.rule == "national"
            and found.mention is None
            and not self._has_national_words(sstart, num_start)
        ):
            # "trên cả nước" only after the number says where ("Hội nghị được kết nối tới 42 điểm
            # cầu … trên cả nước"): the body that held it, named in an earlier sentence, keeps it
            earlier = self._context(num_start)
            if earlier is not None and earlier.unit != NATIONAL:
                return earlier
        if found is not None:
            return found
        if self.text.startswith(("Theo ", "theo "), sstart):
            m = self._place_of_quoted_report(sstart, cstart, num_start, num_end, send)
            if m is not None:
                return Attribution(m.canonical, "owner", m)  # "Theo Sở A, … 11.000 ha lúa của tỉnh B …"
        if self._names_remainder(cstart, cend) and not self._remainder_of_whole(sstart, cstart):
            return None  # "…; 121 xã, phường còn lại 60.700 hồ sơ": not the unit of an earlier item
        org = self._organisation_acts(cstart, num_start)
        if org is not None:
            return Attribution(org.canonical, "subject", org)  # "…; Công ty X cử 2 đội hình …": X's
        if _OWN_ACTOR.match(self.text, cstart, cend):
            return None  # "…; Chi đoàn Chi nhánh X tiết kiệm 460 triệu đồng": its own actor, unknown
        if _SPONSOR_OR_PEOPLE_LEAD.match(self.text, cstart, cend):
            return None  # "…; Công ty X tài trợ 350 triệu đồng", "…; phần còn lại do nhân dân đóng góp"
        own = self._own_bare_subject(cstart, num_start)
        if own is not None:
            return own  # "…; Đoàn xã huy động 350 ngày công": the page's own commune, a new subject
        if self._own_place_org_opens(cstart, num_start):
            return Attribution(None, "own")  # "Trung tâm Văn hóa phường hỗ trợ 30 triệu đồng": the page's
        if sstart < cstart and self._event_opens(cstart, num_start):
            return None  # "… cử 18 bác sĩ cùng tham gia; ngày hội đã khám cho 650 người": the page's
        if sstart < cstart and self._national_quote_goes_on(sstart, cstart, send):
            return Attribution(NATIONAL, "national")  # "Theo Trung ương Đoàn, …; 340 thí sinh vào …"
        if sstart < cstart:
            whole = self._whole_opens(cstart, num_start)
            if whole is not None:
                return whole  # "… Công an tỉnh …; toàn tỉnh có 2.964 chi đoàn": the province's
        if sstart < cstart and self._placed_item(cstart, cend):
            return None  # "…; 02 sân chơi tại thôn B (74 triệu đồng)": not the item before's actor
        if sstart < cstart:
            found = self.in_window(sstart, cstart, send, subjects_only=True)
            part_at = self._part_ended(found, cstart)
            if part_at is not None:
                # "…, trong đó khu vực tỉnh A cũ 42 ha; 64/64 xã … ra quân": the part ended
                found = self.in_window(sstart, part_at, send, subjects_only=True)
            if (
                found is not None
                and found.mention is not None
                and (self._new_deed_of_giver(cstart, num_start) or self._own_team_opens(cstart, num_start))
                and (found.rule == "recipient" or self._handed_to(found.mention))
            ):
                # "… ủng hộ Hội LHTN tỉnh B; đồng thời cử 04 đội hình …": the giver's teams, not B's;
                # "… cho buôn B; tổ quân y của Đồn khám cho 215 lượt người dân": the giver's own team
                found = self.in_window(sstart, found.mention.start, send, subjects_only=True)
            if (
                found is not None
                and found.mention is not None
                and found.mention.level not in _HOLDS_BODIES
                and self._plural_bodies_open(cstart, num_start)
            ):
                return None  # "…, Chi đoàn Quân sự huyện 35 đơn vị; các Đoàn xã 270 đơn vị": the page's
            if (
                found is not None
                and found.mention is not None
                and not found.mention.is_body
                and self._we_open(cstart, num_start)
            ):
                # "“Khu vực xã A cũ còn 60 em …, năm nay chúng tôi trao thêm 50 xe đạp”": "we" are
                # the speaker's body, the page's own, not the area an earlier clause counted in
                return None
            # a unit that received something in an earlier clause keeps what the clause says of
            # that gift ("…; tổng giá trị hỗ trợ là …"), not a new one handed over in this clause
            # ("trao tặng xã A 02 nhà nhân ái; trao 350 suất học bổng …")
            if found is not None and self._other_receivers(found, cstart, cend):
                return None  # "A nhận 12 triệu đồng; 2 đội hạng Ba mỗi đội nhận 6 triệu": not A's
            if found is not None and self._at_another_of_its_level(found, cstart, num_start):
                return None  # "Trường A nhận 420 bộ; tại Trường B, đội khám phát hiện 96 em": not A's
            if (
                found is not None
                and (found.rule != "recipient" or not self._hands_over(cstart, num_start))
                and not self._named_after_earlier_gift(found, cstart)
            ):
                return found
        else:
            found = None
        if found is None and self._new_actor_opens(sstart, num_start):
            return None  # "… 15 suất. Ngân hàng nhận đỡ đầu 12 học sinh": not the school before's
        if found is None and self._delegation_acts(sstart, num_start):
            return None  # "… Từ sân bay, đoàn công tác vượt 90 km": the page's own travelling party
        if self._names_whole_province(sstart, num_start):
            if self._own_part_of_whole(sstart, num_start):
                return Attribution(None, "own")  # "Toàn tỉnh có 126.400 ĐV, trong đó Đoàn Khối chiếm 5,4%"
            # "Thành đoàn Cần Thơ trao … Dự kiến, toàn thành phố sẽ bàn giao 40 căn nhà": the
            # province (city) a body of the paragraph just named; else, in a provincial report, the
            # report's own province, not an earlier subject
            m = self._named_before(sstart, "province", bodies_only=False)
            if m is not None and self._acts_first(m):
                return Attribution(m.canonical, "context", m)
            m = self._page_province(sstart, num_start)
            if m is not None:
                return Attribution(m.canonical, "context", m)
            if not self.national_scope:
                return None
        if self._quotes_national_source(sstart, num_start):
            return Attribution(NATIONAL, "national")
        if self._national_organiser_opens(sstart, num_start):
            return Attribution(NATIONAL, "national")  # "Ban Tổ chức Trung ương đã chọn 12 bài …"
        if self._national_level_opens(sstart, num_start):
            return Attribution(NATIONAL, "national")  # "Ở cấp Trung ương, chương trình … tại 57 bệnh viện"
        if self.text.startswith(("Trong số", "trong số"), sstart):
            part = self._part_of_receivers(sstart, num_start)
            if part is not None:
                return part  # "… cho học sinh xã A. Trong số học sinh nhận quà, 30 em là …": A's
        school = (
            self._school_referred_to(cstart)
            or self._school_told_by_speaker(sstart, num_start)
            or self._class_of_speakers_school(sstart, num_start)
            or self._class_of_school_where(sstart, num_start)
        )
        if school is None and sstart < cstart:
            # "Nhà trường nhận 380 áo ấm …; quà được trao cho 412 học sinh": the school the sentence
            # opened with goes on in a later clause that names no unit of its own
            school = self._school_referred_to(sstart)
        if school is not None:
            return Attribution(school.canonical, "context", school)  # "Trường hiện có 486 học sinh"
        officer = self._bare_officer_speaker(sstart, num_start)
        if officer is not None:
            return officer  # "Anh A, Chủ tịch Hội Sinh viên trường, cho biết … tăng 25%": the school's
        back = self._refers_back(sstart, cstart, num_start)
        if back is not None:
            return back
        if self._prize_fund_lead(sstart, num_start) or self._received_total(sstart, num_start):
            return None  # the organiser's prize fund, the page's own unit's total received
        gift = self._describes_gift(sstart, num_start)
        if gift is not None:
            return gift
        if self._own_officer_quote(sstart, send):
            return None  # "“… với 20.000 em tham gia”, anh B nói." (B: Phó Bí thư Tỉnh đoàn): the page's
        if self.text.startswith(("Các ", "Những "), sstart) and _PLURAL_BODIES.match(self.text, sstart):
            return None  # "… Đoàn trường A trao 40 suất. Các Đoàn trường duy trì 74 mô hình": the page's
        if self._back_to_national(sstart, num_start):
            # "… 60 doanh nhân …" then a paragraph "Doanh nghiệp của các doanh nhân được vinh danh …"
            return Attribution(NATIONAL, "context")
        return self._context(num_start)

    def _place_of_quoted_report(
        self, sstart: int, cstart: int, num_start: int, num_end: int, send: int
    ) -> UnitMention | None:
        """The sentence quotes a source ("Theo Sở Nông nghiệp …,", "Theo Ban Chỉ huy … tỉnh,") and
        counts what belongs to a province, named right after the counted words ("mưa lũ làm hơn
        11.000 ha lúa của tỉnh A bị ngập", "khiến 4.800 hộ ở khu vực phía nam tỉnh A phải sơ tán"):
        the figure is that province's, not the page's actor's (spec §2.3); so is a later clause of
        the sentence that names no unit of its own ("…; đến ngày 2/10 đã thu hoạch được 82% diện
        tích"). The caller asks only when the text around names no unit and the sentence opens
        with "Theo". None when the rule does not apply."""
        if self._in(cstart, num_start):
            return None
        g = _PROVINCE_OWNED_AFTER.match(self.text, num_end, min(send, num_end + 96))
        m = self._mention_at(g.end()) if g is not None else None
        if m is not None and m.level == "province" and not self._in_quotes(m):
            return m
        if cstart <= sstart:
            return None
        # a later clause of the sentence: the province an earlier number of the sentence belongs to
        for n in _LAST_NUMBER.finditer(self.text, sstart, cstart):
            m = self._place_of_quoted_report(sstart, sstart, n.start(), n.end(), cstart)
            if m is not None:
                return m
        return None

    def _force_of_people(self, num_end: int) -> UnitMention | None:
        """The people counted are a force's own, named by it right after their words ("64 đoàn
        viên và 18 cán bộ, chiến sĩ Công an xã", "12 chiến sĩ Bộ đội Biên phòng"): the people noun
        after the number names the sector, whose figure it is (spec §2.3: the police and the army
        are sector units), not the commune's that mobilised them. The caller's cheap first test:
        "cán bộ" or "chiến sĩ" right after the number. None when the rule does not apply."""
        g = _FORCE_PEOPLE.match(self.text, num_end)
        if g is None:
            return None
        return lookup("Công an nhân dân" if g.group("force").startswith("C") else "Quân đội nhân dân")

    def _bare_police_subject(self, num_start: int) -> Attribution | None:
        """The clause opens with a commune's police named by its level alone ("Công an phường cử
        12 cán bộ trẻ …", "Công an xã tổ chức 3 buổi …") and its verb phrase leads to the number:
        the police of a commune or ward belong to the police sector (spec §2.3: the police are a
        sector unit; n159, n206), as "cán bộ, chiến sĩ Công an xã" after the number
        (`_force_of_people`), and so is a second count joined to its first ("Công an phường bố trí
        2 tổ … cùng 16 cán bộ, chiến sĩ trẻ"). Not a named one ("Công an phường A", read by the unit
        finder), nor one after the clause's start ("phối hợp Công an xã …"). Cheap first test: "công an"
        within the 60 characters before the number in its clause."""
        cstart, _ = self.ctx.clause(num_start)
        lo = max(cstart, num_start - 60)
        if self.low.find("công an", lo, num_start) < 0:
            return None
        if not _BARE_POLICE_SUBJECT.match(self.text[cstart:num_start]):
            return None
        sector = lookup("Công an nhân dân")
        return None if sector is None else Attribution(sector.canonical, "context", sector)

    def _bare_post_subject(self, num_start: int) -> Attribution | None:
        """The clause opens (maybe after a short lead: "Dịp này,") with a post named by its head word
        alone and its verb phrase leads to the number ("…; Đồn cử 8 chiến sĩ trẻ giúp các em …", "Đồn
        cử 28 chiến sĩ trẻ cùng 1 xe tải vận chuyển 35 tấn"): "Đồn" refers back to the post the
        page named in full before ("phối hợp Đồn Biên phòng A …", maybe paragraphs earlier), a unit
        of its force (spec §2.3: the army and the police are sector units), not the commune of the
        clause before, as a commune's bare police (`_bare_police_subject`). When the clause names the
        force itself ("Đồn biên phòng cử …", "Đồn công an …"), the force is read from the clause.
        None when neither the clause nor the text before names a post. Cheap first test: "Đồn" among
        the clause's first characters (and first, "Đồn" anywhere in the text)."""
        if self._no_post:
            return None
        cstart, _ = self.ctx.clause(num_start)
        lead = _after_bullets(self.text, cstart, num_start)
        if self.text.find("Đồn", lead, min(num_start, lead + _POST_LEAD_REACH)) < 0:
            return None
        g = _BARE_POST_SUBJECT.match(self.text, cstart, num_start)
        if g is None:
            return None
        force = self._post_force(g.start("post"))
        return None if force is None else Attribution(force.canonical, "context", force)

    def _post_force(self, at: int) -> UnitMention | None:
        """The force of the post whose head word "Đồn" stands at `at`: the one its own words name
        ("Đồn biên phòng", "Đồn công an"), else the one of the post the text named last before it
        ("Đồn Biên phòng A" … "Đồn"). None when no post is named."""
        force = _POST_NAMED.match(self.text, at)
        if force is None:
            if self._posts is None:
                named = _POST_NAMED.finditer(self.text)
                self._posts = [(p.start(), p.group("force")[:1] in "Cc") for p in named]
            i = bisect.bisect_left(self._posts, (at, False)) - 1
            if i < 0:
                return None
            police = self._posts[i][1]
        else:
            police = force.group("force")[:1] in "Cc"
        return lookup("Công an nhân dân" if police else "Quân đội nhân dân")

    def _done_by_after(self, num_start: int, num_end: int) -> Attribution | None:
        """The clause names no unit before the number and ends with "do <body> <verb>" after it ("Cây
        cầu … dài 36 m, rộng 2,5 m, trị giá 480 triệu đồng, do Đoàn xã A vận động xây dựng", "12 em
        còn lại do nữ đoàn viên Đoàn xã nhận làm …"): the passive agent is who did what the clause
        counts, the unit of its figures (spec §2.3), not the page's own unit. Not when the body only
        funds or hands it over ("trị giá 420 triệu đồng do Tỉnh đoàn A tài trợ": a higher level's
        support, cue kind "fundedby"), nor a company or another organisation (no Youth Union or force body
        heads its name: "do Công ty X tài trợ"), nor when the agent's phrase counts on ("do Đoàn xã A
        thực hiện 30 công trình"). A bare "Đoàn xã" is read as the clause's opener would be
        (`_bare_body`). Cheap first test: "do " after the number in its clause."""
        cstart, cend = self.ctx.clause(num_start)
        end = min(cend, num_end + 160)
        at = self.low.find("do ", num_end, end)
        if at < 0 or self._in(cstart, at):
            return None
        g = _DONE_BY_GAP.match(self.text, num_end, end)
        if g is None or _A_DIGIT.search(self.text, g.end(), cend) is not None:
            return None
        d = _DOER.match(self.text, g.end(), end)
        if d is None:
            return None
        if d.group("bare"):
            found = self._bare_body(d.start("bare"), d.group("bare"))
            name_end = d.end()
        else:
            m = self._mention_at(d.end())
            if m is None or _DOER_HEAD.match(self.text, m.start) is None:
                return None
            unit = self._as_unit(m)
            found = None if unit is None else Attribution(unit.canonical, "context", unit)
            name_end = m.end
        if found is None:
            return None
        verb = [key(w) for w in self.text[name_end:cend].split()[:2]]
        if not verb or any(" ".join(verb[:n]) in cue_set("fundedby") for n in (1, 2)):
            return None
        if self._tells_handed_thing(num_start):
            return None  # "… bàn giao công trình “Bếp ăn …” cho Trường B. Bếp … trị giá …, do Đoàn xã …"
        return found

    def _tells_handed_thing(self, num_start: int) -> bool:
        """The sentence of the number describes a thing an earlier sentence handed over to its
        recipient (the two tests of `_context`: the sentence right before, `_describes_handed_thing`,
        and one further back, `_handed_over_earlier`): the thing is the recipient's (spec §2.3,
        n233), whoever raised it."""
        sstart, _ = self.ctx.sentence(num_start)
        if self._handed_over_earlier(sstart) is not None:
            return True
        earlier = self._earlier.get(sstart)
        if earlier is None:
            earlier = self._earlier[sstart] = self.ctx.previous_sentences(num_start)
        if not earlier:
            return False
        pstart, pend = earlier[0]
        found = self.in_window(pstart, pend, pend, subjects_only=True)
        if found is None or found.rule != "recipient":
            return False
        return self._describes_handed_thing(pstart, pend, sstart)

    def _back_to_national(self, sstart: int, num_start: int) -> bool:
        """The sentence opens a paragraph, names no unit, and refers back to the people or bodies
        the paragraph before singled out ("Doanh nghiệp của các doanh nhân được vinh danh tạo việc
        làm cho hơn 46.000 lao động" after a national award's paragraph): when that paragraph's last
        figure is the country's, the back-reference goes on with the country, not the page's own
        unit (spec §2.3, a national total quoted on a local page). Cheap first tests: "được" in the
        words before the number, the sentence opening its paragraph."""
        lead = self.low[sstart:num_start]
        if "được" not in lead:
            return False
        pstart, _ = self.ctx.paragraph(num_start)
        if pstart != sstart or pstart == 0 or _BACK_REFERENCE.search(self.text, sstart, num_start) is None:
            return False
        last = _nonblank_before(self.text, pstart, -1)  # the last character of the paragraph before
        if last < 0:
            return False
        prev_start, prev_end = self.ctx.paragraph(last)
        numbers = list(_LAST_NUMBER.finditer(self.text, prev_start, prev_end))
        if not numbers:
            return False
        found = self.resolve(numbers[-1].start(), numbers[-1].end())
        return found is not None and found.unit == NATIONAL

    def _counted_of_bare_level(
        self, cstart: int, num_start: int, num_end: int, cend: int
    ) -> Attribution | None:
        """The clause opens with the count and its noun says whose by a bare level word ("…; 3 tập
        thể và 2 cá nhân của tỉnh được tặng Bằng khen"): the unit of that level the sentence or the
        one before names ("Tỉnh đoàn A là 1 trong 12 đơn vị …"), not a national body named in the
        clause before (spec §2.3, as "của xã" after a gift's people). The gap holds lower-case
        words, maybe a second count joined by "và" or a comma, or a pair of nouns joined by a comma
        ("124 xã, phường của tỉnh"). For "của tỉnh" with no province named near, the province the
        page's own unit lies in (`_page_province`). None when the rule does not apply.
        Cheap first test: "của" within the 48 characters after the number."""
        at = self.low.find("của", num_end, min(cend, num_end + 48))
        if at < 0 or self._in(cstart, num_start):
            return None
        g = _OF_LEVEL.match(self.text, at)
        if g is None or _COUNT_GAP.fullmatch(self.text, num_end, at) is None or self._in(num_end, at):
            return None
        if g.group("level") == "tỉnh":
            # "Tháng Thanh niên năm nay, 124 xã, phường của tỉnh đồng loạt ra quân" on a ward's page
            # that names no province near: the province the page's own unit lies in
            m = self._bare_province(at, num_start)
        else:
            m = self._level_referent(at, g.group("level"), body_first=True)
        return None if m is None else Attribution(m.canonical, "owner", m)

    def _most_among_places(self, num_start: int, num_end: int) -> bool:
        """The number counts the places a subject did most among ("Hội đồng Đội phường A … thu được
        11,7 tấn, nhiều nhất trong 99 xã, phường"): the set of places is the page's own area, not
        the place that ranks first (spec §2.3). Cheap first test: "nhất" right before the number."""
        lo = max(0, num_start - 24)
        if self.low.find("nhất", lo, num_start) < 0:
            return False
        return (
            _MOST_AMONG.search(self.text, lo, num_start) is not None
            and _PLACE_NOUN_AFTER.match(self.text, num_end) is not None
        )

    def _part_ended(self, found: Attribution | None, cstart: int) -> int | None:
        """Where "trong đó" starts when the unit `found` in an earlier clause is the part that
        "trong đó" broke off a total ("…, trong đó khu vực tỉnh A cũ 42 ha; 64/64 xã …") and a
        semicolon closed that part before the clause at `cstart`: the clause is about the whole
        again, not the part (spec §2.3). None when the rule does not apply. Cheap first test: a
        semicolon between the unit and the clause."""
        m = None if found is None else found.mention
        if m is None or m.start >= cstart or self.text.find(";", m.end, cstart) < 0:
            return None
        at = self.low.rfind("trong đó", max(0, m.start - 24), m.start)
        if at < 0 or _PART_OF_AREA.fullmatch(self.text, at, m.start) is None:
            return self._later_part_ended(m)
        return at

    def _later_part_ended(self, m: UnitMention) -> int | None:
        """`_part_ended` for a later item of the parts "trong đó" lists ("…, trong đó khu vực A cũ
        24 công trình, khu vực B cũ 18 công trình; 31/38 chi đoàn …"): the item before `m` ends
        with its number, and "trong đó" opens the list in the same clause run (no ";" nor "."
        between): where "trong đó" starts, else None."""
        lo = max(0, m.start - 160)
        if _AFTER_PART_ITEM.search(self.text, lo, m.start) is None:
            return None
        at = self.low.rfind("trong đó", lo, m.start)
        if at < 0 or self.text.find(";", at, m.start) >= 0 or self.text.find(".", at, m.start) >= 0:
            return None
        lead = _PART_OF_AREA.match(self.text, at, m.start)
        if lead is None or not self._in(lead.end(), m.start):
            return None  # the first part names its own unit right after "trong đó"
        return at

    def _other_receivers(self, found: Attribution, cstart: int, cend: int) -> bool:
        """The unit `found` in an earlier clause receives ("A nhận 12 triệu đồng"), and the clause
        at `cstart` opens with a new counted group that receives too ("2 đội đồng hạng Ba mỗi đội
        nhận 6 triệu đồng"): a list of receivers, each item its own; the group is not A, so A is
        not carried into the clause (spec §2.3); the caller falls back to the page's own unit.
        Cheap first test: "nhận" in the clause."""
        m = found.mention
        if m is None or m.end > cstart or self.low.find("nhận", cstart, cend) < 0:
            return False
        return (
            _RECEIVES_AFTER.match(self.text, m.end, cstart) is not None
            and _COUNTED_RECEIVERS.match(self.text, cstart, cend) is not None
        )

    def _new_actor_opens(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with a new actor named by a bare noun, no unit ("Ngân hàng nhận đỡ
        đầu 12 học sinh", "Ban giám khảo trao 1 giải nhất, 2 giải nhì"): the sponsor, the jury or
        the organisers act, so the unit an earlier sentence named is not carried into it (spec
        §2.3); the caller falls back to the page's own unit. Cheap first test: the sentence's first
        letter."""
        text = self.text
        i = sstart
        while i < num_start and text[i] in " \t\n-–•+*":
            i += 1
        if i >= num_start or text[i] not in "BCDNbcdn":
            return False
        return _NEW_ACTOR_LEAD.match(text, i, num_start) is not None

    def _delegation_acts(self, sstart: int, num_start: int) -> bool:
        """The clause of the figure has the travelling party as its subject, "đoàn công tác" (maybe
        after an opening phrase: "Từ sân bay, đoàn công tác vượt hơn 90 km đường núi"): the page's
        own people on their trip, so a unit an earlier sentence named (the school they visit) is
        not carried into it (spec §2.3); the caller falls back to the page's own unit. Cheap first
        test: "đoàn công tác" in the sentence before the number."""
        at = self.low.find("đoàn công tác", sstart, num_start)
        if at < 0:
            return False
        return _DELEGATION_SUBJECT.match(self.text, at, num_start) is not None and (
            at == sstart or _CLAUSE_OPENER.fullmatch(self.text, sstart, at) is not None
        )

    def _whole_told_by_speaker(
        self, found: Attribution | None, num_start: int, *, same_sentence: bool = False
    ) -> Attribution | None:
        """The body `found` is the speaker's, and what the speaker says counts "toàn tỉnh" / "toàn
        thành phố" ("Chị A, Bí thư Đoàn Thanh niên Thuế tỉnh, cho biết toàn tỉnh có khoảng 41.000
        hộ"): the whole province is counted, not the speaker's body (spec §2.3, "toàn tỉnh"): the
        province the body's name ends with, else the one the page's own body's name ends with
        ("Thuế tỉnh Nghệ An"), else the page's province (`_page_province`). None when the rule does not
        apply, or the body is itself the province's ("Tỉnh đoàn"). A body that is only the source
        ("Theo <body>, …", `_names_source`) counts as the speaker. When what is said names no
        "toàn tỉnh" but a bare "trên địa bàn phường", the commune that level word names
        (`_last_of_level`). Cheap first test: "toàn" or "địa bàn" between the body and the figure."""
        m = None if found is None else found.mention
        if m is None or m.level == "province" or m.end > num_start or not (m.is_body or m.level == "sector"):
            return None
        sstart = self.ctx.sentence(num_start)[0]
        if same_sentence and m.start < sstart:
            return None  # a body of an earlier sentence: only its own sentence tells what it says
        low = self.low
        if low.find("toàn", m.end, num_start) < 0 and low.find("địa bàn", m.end, num_start) < 0:
            return None  # a cheap first test: neither "toàn tỉnh" nor "trên địa bàn phường"
        words = [key(w) for w in self.text[m.end : num_start].split()]
        says = cue_set("say")
        say = next((i for i, w in enumerate(words) if w in says), None)
        if say is None:
            say = next((i for i in range(len(words) - 1) if " ".join(words[i : i + 2]) in says), None)
        if say is None:
            if not self._names_source(m):
                return None
            say = 0  # "Theo Phòng Cảnh sát giao thông, … toàn tỉnh xảy ra 312 vụ": the source tells
        if not contains_phrase(words[say:], cue_set("local_province")):
            # "trên địa bàn phường" with no name after the level word (a named commune, "trên địa
            # bàn xã A", is read by the other rules)
            bare = _BARE_AREA.search(self.text, m.end, num_start)
            place = None if bare is None else self._last_of_level(bare.group("level"), sstart)
            return None if place is None else Attribution(place.canonical, "context", place)
        province = _province_in_name(m.text)
        own = _own_mention(self.own)
        if province is None and own is not None and own.level == "body":
            province = _province_in_name(own.canonical)  # "Thuế tỉnh Nghệ An": the page's province
        if province is None and own is not None and own.level == "province" and say == 0:
            province = own  # a provincial page's source counts its own province
        if province is None:
            province = self._page_province(sstart, num_start)
        return None if province is None else Attribution(province.canonical, "context", province)

    def _names_source(self, m: UnitMention) -> bool:
        """The body `m` is only the source of what its sentence tells (`_source_at`, "Theo Phòng
        Cảnh sát giao thông, 8 tháng …"): the body does not act there (spec §2.3)."""
        return self._source_at(m.start, m.end)

    def _source_at(self, start: int, end: int) -> bool:
        """The name at `start`..`end` is only the source of what its sentence tells: the sentence
        opens with "Theo" and at most three lower-case words before it ("Theo báo cáo của", "Theo số
        liệu") and a comma follows the name ("Theo báo cáo của Công an tỉnh A, toàn tỉnh …"), not a
        mid-sentence "theo" ("tuần tra theo Công an tỉnh A bố trí"). Cheap first test: "heo" at most
        30 characters before the name."""
        if "heo" not in self.text[max(0, start - 30) : start]:
            return False
        sstart, send = self.ctx.sentence(start)
        lead = self.text[sstart:start].strip(" \t\n\"“-–•*+")
        if _SOURCE_LEAD.fullmatch(lead) is None:
            return False
        comma = self.text.find(",", end, min(send, end + 40))
        return comma >= 0 and _NAME_TAIL.fullmatch(self.text, end, comma) is not None

    def _last_of_level(self, level: str, before: int) -> UnitMention | None:
        """The commune a bare level word ("phường", "xã") refers to: the page's own if it is of
        that level, else the last one of that level the text names before `before`, as a place or
        inside a body's name ("Chi đoàn Công an phường A"). None when there is none."""
        own = _own_mention(self.own)
        if own is not None and own.canonical.startswith(level + " "):
            return own
        j = bisect.bisect_left(self._starts, before) - 1
        while j >= 0:
            m = self.mentions[j]
            j -= 1
            if self._in_quotes(m) or self._is_current_name(m):
                continue
            if not m.is_body and m.canonical.startswith(level + " "):
                return m
            if m.is_body:
                at = m.text.find(level + " ")
                place = None if at < 0 else lookup(m.text[at:])
                if place is not None and place.canonical.startswith(level + " "):
                    return place
        return None

    def _event_opens(self, cstart: int, num_start: int) -> bool:
        """The clause at `cstart`, after a semicolon, opens with the event as its subject, a verb
        right after it ("…; ngày hội đã khám mắt … cho 650 người cao tuổi"): the event did it, and
        the event is its organiser's, the page's own unit; the body the clause before names (a
        guest that "cùng tham gia") is not carried into it (spec §2.3). Cheap first tests: a
        semicolon right before the clause and its first letter."""
        if not self.text[max(0, cstart - 3) : cstart].rstrip(" \t").endswith(";"):
            return False
        i = cstart
        while i < num_start and self.text[i] in " \t":
            i += 1
        if i >= num_start or self.text[i] not in "nch":
            return False
        return _EVENT_SUBJECT.match(self.text, i, num_start) is not None

    def _named_after_earlier_gift(self, found: Attribution, cstart: int) -> bool:
        """The unit `found` in an earlier clause of the sentence stands in the "cho …" phrase of a
        gift named before it ("trao 01 giải Nhất trị giá 30 triệu đồng cho dự án … của nhóm xã A;
        02 giải Nhì, …"), and the clause at `cstart` opens with the number of a new item of the gift
        list, its giving verb elided: the unit received that one gift, it does not act in the
        clauses after it (spec §2.3)."""
        m = found.mention
        if m is None or m.start >= cstart or _ELIDED_ITEM.match(self.text, cstart) is None:
            return False  # a cheap first test: the clause must open with its number
        mstart, _ = self.ctx.clause(m.start)
        before = words_before(self.text, m.start, 24, mstart)
        if "cho" not in before:
            return False
        cho = len(before) - 1 - before[::-1].index("cho")
        if any(ch.isdigit() for w in before[cho:] for ch in w):
            return False  # "cho xã A 2 nhà": the gift comes after the recipient, the list shares it
        gift = before[:cho]
        for i in range(len(gift), 0, -1):
            verb = ends_with_phrase(gift[:i], cue_union("give", "award"))
            if verb is not None:
                return any(ch.isdigit() for w in gift[i:] for ch in w)
        return False

    def _national_quote(self, sstart: int, send: int) -> bool:
        """The sentence [sstart, send) opens with "Theo <national source>," ("Theo Trung ương Hội
        Sinh viên Việt Nam, có khoảng 230.000 du học sinh …"): the page quotes national figures,
        and the quote ends with its sentence; the next sentence without a subject of its own is the
        page's own unit again, not the country's (spec §2.3). Cheap first test: "Theo" opens it."""
        if not self.text.startswith(("Theo ", "theo "), sstart):
            return False
        return self._quotes_national_source(sstart, send)

    def _national_quote_goes_on(self, sstart: int, cstart: int, send: int) -> bool:
        """The sentence opens with "Theo <national source>," and the figure's clause, after a
        semicolon or a comma, names no unit of its own ("Theo Trung ương Đoàn, hội thi thu hút
        84.000 thí sinh …; 340 thí sinh vào vòng chung kết tại thành phố Huế"): the quote goes on
        to the end of its sentence, so the clause's figures are national too (spec §2.3), even
        where it names a place only to say where. Cheap first test: "Theo" opens the sentence."""
        if not self.text.startswith(("Theo ", "theo "), sstart):
            return False
        return self._national_quote(sstart, cstart)

    def _remainder_of_whole(self, sstart: int, cstart: int) -> bool:
        """The clause names the rest of a set ("…; sau đại hội điểm, 94 Đoàn xã, phường còn lại
        …") that an earlier clause of its sentence counted over the whole province ("toàn tỉnh
        hiện có 95 xã, phường"): the rest belongs to that whole, which the rules for "toàn tỉnh"
        read on (spec §2.3), not to no unit. Cheap first test: "toàn" before the clause."""
        if sstart >= cstart or self.low.find("toàn", sstart, cstart) < 0:
            return False
        return self._names_whole_province(sstart, cstart)

    def _quotes_national_source(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with "Theo" and a national source ("Theo Ban Chỉ đạo quốc gia …,",
        "Theo Trung ương Đoàn,"): a provincial page quoting national figures. Cheap first test:
        "heo " before the number (no copy of the sentence read)."""
        if self.text.find("heo ", sstart, num_start) < 0:
            return self._national_speaker(sstart, num_start)  # the lead cannot open with "Theo "
        lead = self.text[sstart:num_start].lstrip()
        if not lead.startswith(("Theo ", "theo ")):
            return self._national_speaker(sstart, num_start)
        if "toàn Đoàn" in lead and self._national_person_on_whole_union(sstart, num_start):
            return True  # "Theo anh B, toàn Đoàn hiện có 6,3 triệu đoàn viên" (B of Trung ương Đoàn)
        comma = lead.find(",")
        if comma < 0:
            return False
        source = lead[:comma]
        start = num_start - len(lead)
        named = self._in(start, start + comma)
        if any(m.level == "national" for m in named):
            return True
        if not named and "Bộ" in source and _MINISTRY.search(source) is not None:
            return True  # "Theo Bộ Y tế, trên 80% trẻ em …": a ministry, a national source
        if not named and self._source_over_provinces(source, sstart, start + comma):
            return True  # "Theo Ban Chỉ đạo X, chương trình đi qua 34 tỉnh, thành phố, …"
        return contains_phrase([key(w) for w in source.split()], cue_set("national_source"))

    def _source_over_provinces(self, source: str, sstart: int, comma: int) -> bool:
        """The source a sentence opens with ("Theo Ban Chỉ đạo Hành trình X,"), a body that names no
        unit (the caller's test) and no person ("Theo anh A,"), tells of a programme that goes
        through or reaches many provinces ("chương trình đi qua 34 tỉnh, thành phố, dự kiến tiếp
        nhận khoảng 90.000 đơn vị máu"): the source speaks for the whole country, so every figure of
        its sentence is national (spec §2.3), not the provincial page's, as what "thanh niên 34 tỉnh,
        thành" made (`_OF_MANY_PROVINCES`). The reach is read after the source's ``comma`` only, and
        its count is of the country's order (20 or more) unless "cả nước"/"toàn quốc" follows the
        provinces right away ("8 tỉnh, thành phố đại diện cả nước"): a regional event "tại 3 tỉnh,
        thành phố phía Bắc" is not the country's, even compared with it further on ("…, nhiều nhất
        cả nước"). Cheap first test: "tỉnh," after the source."""
        _, send = self.ctx.sentence(sstart)
        if self.low.find("tỉnh,", comma, send) < 0:
            return False
        words = source.split()
        if len(words) < 2 or key(words[1]) in _PERSON_TITLES or not words[1][:1].isupper():
            return False
        if key(words[-1]) in ("hội", "đoàn"):
            return False  # "Theo Ban Chấp hành Hội,": the page's own body by its bare name
        for m in _THROUGH_PROVINCES.finditer(self.text, comma, send):
            if int(m["count"]) >= _COUNTRY_ORDER:
                return True
            if _PROVINCES_OF_COUNTRY.match(self.text, m.end(), send) is not None:
                return True
        return False

    def _national_person_on_whole_union(self, sstart: int, num_start: int) -> bool:
        """The sentence opens "Theo <anh/chị …> B," where B was introduced before it as an officer
        of a national body ("Anh Nguyễn Văn B, Bí thư Trung ương Đoàn, …"), and B's words speak of
        "toàn Đoàn" (the whole Youth Union, no level or place after it) before the figure: national
        figures (spec §2.3). "toàn Đoàn tỉnh" / "toàn Đoàn xã" is a local body's whole, and a
        person not introduced with a national title is no national source. Cheap first test (the
        caller's): "toàn Đoàn" in the lead."""
        opener = self._person_source_end(sstart, num_start)
        if opener is None:
            return False
        whole = _WHOLE_UNION.search(self.text, opener, num_start)
        if whole is None or _GENERIC_BODY.search(self.text, opener, whole.start()) is not None:
            return False
        name = self.text[sstart : opener - 1].split()[-1]
        for comma in _introductions(self.text, name, sstart):
            stop = self.text.find(",", comma, comma + 80)
            if stop < 0:
                continue
            if any(m.level == "national" and m.is_body for m in self._in(comma, stop)):
                return True
        return False

    def _refers_back(self, sstart: int, cstart: int, num_start: int) -> Attribution | None:
        """A sentence that refers back to a unit named in the one before: its subject is an unnamed
        body ("Tỉnh đoàn đã huy động …" after "… Tỉnh đoàn Thái Nguyên cho biết …"): the body of
        that level named last in the paragraph; or it opens with "Trong đó," or "Trong đó:" and
        breaks down what the sentence before counted ("… trao tặng Tỉnh đoàn X 1,5 tỷ đồng. Trong
        đó, 500 triệu đồng …"), the last sentence of the paragraph before when it opens its own:
        the unit of that sentence's last figure that counts (not a number of a name, "bão số 7"),
        a recipient included."""
        lead = self.text[sstart : min(num_start, sstart + 24)].lstrip()
        if lead.startswith(("Theo ", "theo ")):
            # "Theo anh B, Tỉnh đoàn đặt mục tiêu …": the one quoted, then the sentence's subject
            # "Theo Thành đoàn, 94/94 Đoàn xã, phường …": an unnamed body quoted as the source is
            # the one of that level named before; what it reports is that unit's
            opener = self._person_source_end(sstart, num_start)
            lead = lead[5:] if opener is None else self.text[opener : min(num_start, opener + 24)].lstrip()
        if lead[:1] in ("T", "t", "H", "h", "Q", "q", "Đ"):
            # a cheap first test: every form of the pattern has "đoàn"/"Đoàn"
            g = _GENERIC_BODY.match(lead) if "oàn" in lead else None
            if g is not None:
                kind = next(k for k in ("low", "mid", "top") if g.group(k))
                m = self._named_before(sstart, _BODY_LEVEL[kind], bodies_only=True)
                # the same form of name: "Thành đoàn" refers back to "Thành đoàn X", not "Tỉnh đoàn Y"
                if m is not None and key(m.text).startswith(key(g.group())):
                    return Attribution(m.canonical, "context", m)
            elif _BREAKDOWN_LEAD.match(lead) and sstart > 0:
                pstart, _ = self.ctx.paragraph(num_start)
                prev_end = sstart
                if pstart == sstart:
                    # a paragraph that opens with the breakdown ("…1,5 tỉ đồng.\n\nTrong đó: 900
                    # triệu đồng …") itemises the last sentence of the paragraph before
                    prev_end = _nonblank_before(self.text, sstart, 0) + 1
                    pstart, _ = self.ctx.paragraph(prev_end - 1)
                prev_start, _ = self.ctx.sentence(prev_end - 1)
                if prev_start >= pstart:
                    found_in = _LAST_NUMBER.finditer(self.text, prev_start, prev_end)
                    numbers = [n for n in found_in if not self._numbers_name(n)]
                    if numbers:
                        last = numbers[-1]
                        found = self.resolve(last.start(), last.end())
                        if found is not None and found.unit is not None:
                            return Attribution(found.unit, "context", found.mention)
        return None

    def _numbers_name(self, n: regex.Match[str]) -> bool:
        """The number `n` numbers a name, right after "số"/"thứ" ("bão số 11", "Đại hội lần thứ
        3"): no count (spec §2.1), so not the total that a breakdown after it itemises. Not "tổng
        số 300" nor "con số 300" (a total)."""
        before = words_before(self.text, n.start(), 2)
        return before[-1:] in (["số"], ["thứ"]) and before[-2:-1] not in (["tổng"], ["con"])

    def _acts_first(self, m: UnitMention) -> bool:
        """`m` is the actor its sentence opens with ("Ngày 28/1, Thành đoàn X đã trao …"), not the
        owner of an event ("Lễ ra quân … của Tỉnh đoàn X")."""
        sstart, _ = self.ctx.sentence(m.start)
        before = words_before(self.text, m.start, 1, sstart)
        return self._near_start(m, sstart) and not (before and before[-1] == "của")

    def _named_before(self, sstart: int, level: str, *, bodies_only: bool) -> UnitMention | None:
        """The unit of `level` named last in the paragraph before `sstart` that does not only say
        where (a body, with `bodies_only`); a city counts as a province."""
        pstart, _ = self.ctx.paragraph(sstart)
        i = bisect.bisect_left(self._starts, sstart) - 1
        while i >= 0 and self.mentions[i].start >= pstart:
            m = self.mentions[i]
            i -= 1
            if bodies_only and not m.is_body:
                continue
            if m.level != level and not (level == "province" and _is_city(m)):
                continue
            if self._in_quotes(m) or self._is_current_name(m):
                continue
            if self._is_location(m, self.ctx.sentence(m.start)[0]):
                continue
            return m
        return None

    def _context(self, num_start: int) -> Attribution | None:
        """The subject of an earlier sentence of the paragraph (the recipient of the sentence right
        before, for a sentence that opens with the total value of the gifts: `_totals_gift`)."""
        sstart, _ = self.ctx.sentence(num_start)
        earlier = self._earlier.get(sstart)
        if earlier is None:
            earlier = self._earlier[sstart] = self.ctx.previous_sentences(num_start)
        if earlier:
            pstart, pend = earlier[0]
            found = self.in_window(pstart, pend, pend, subjects_only=True)
            if (
                found is not None
                and found.rule == "recipient"
                and (self._totals_gift(num_start) or self._describes_handed_thing(pstart, pend, sstart))
            ):
                return Attribution(found.unit, "context", found.mention)
        handed = self._handed_over_earlier(sstart)
        if handed is not None:
            return handed  # "… bàn giao công trình “Vườn rau” cho Trường B. (later) Công trình trị giá …"
        if sstart not in self._carried:
            # "Chi đoàn ấp A làm mới tuyến đường …. Công trình thứ ba là …": the next item of the
            # page's own set of works, not the earlier item's actor's
            nxt = _NEXT_ITEM_OPENS.match(self.text, sstart) is not None
            if earlier and self._each_doer_after_helper(sstart, earlier[0]):
                earlier = earlier[1:]  # "… cử 40 người hỗ trợ. Mỗi người hiến máu …": not the helper's
            self._carried[sstart] = None if nxt else self._carried_subject(earlier)
        return self._carried[sstart]

    def _each_doer_after_helper(self, sstart: int, before: tuple[int, int]) -> bool:
        """The sentence at `sstart` opens with "Mỗi người" and what those people do at the event
        ("Mỗi người hiến máu được tặng phần quà …", "Mỗi người tham gia nhận …") right after a
        sentence, `before`, in which a body only sends helpers to the event ("Đoàn phường A cử 40 tình
        nguyện viên hỗ trợ đón tiếp."): what every one of the event's own people gets is not the
        helper's (spec §2.3), it is carried from the sentences before it or falls to the page's own
        unit. Another sentence before (a count of one unit's people) still carries its subject, and
        so does one whose main clause does more before the helpers are sent ("Đoàn phường A tổ chức
        hiến máu, tiếp nhận 300 đơn vị; Hội CTĐ cử 10 người hỗ trợ": a number or a ";" before the
        "cử", after an opening phrase); people named otherwise ("Mỗi em được …") go on as before.
        Cheap first test: the opening word."""
        g = _EACH_PERSON.match(self.text, sstart)
        if g is None:
            return False
        h = _SENDS_HELPERS.search(self.text, before[0], before[1])
        if h is None:
            return False
        o = _CLAUSE_OPENER.match(self.text, before[0], h.start())
        if any(c.isdigit() or c == ";" for c in self.text[o.end() if o else before[0] : h.start()]):
            return False
        words = [key(w) for w, _, _ in words_after(self.text, g.end(), 3)]
        doing = cue_union("act", "act_at")
        return any(" ".join(words[:n]) in doing for n in (1, 2, 3))

    def _handed_over_earlier(self, sstart: int) -> Attribution | None:
        """The sentence at `sstart` opens, in a later paragraph (or later in the paragraph than right
        after it), with the noun of the thing an earlier sentence handed over to its
        recipient ("Đoàn xã A bàn giao công trình “Vườn rau …” cho Trường B, …" and, a paragraph
        later, "Công trình trị giá 38 triệu đồng", "Vườn được gieo 8 loại rau"): as
        `_describes_handed_thing` within a paragraph, the recipient's (spec §2.3; n233, n307).
        Read back over the sentences of this paragraph and the two before it, nearest first, up to
        the first that hands something over. Remembered per sentence; cheap first test: the
        sentence opens with a capitalised word that names no unit (`_describes_handed_thing`)."""
        if sstart in self._handed_earlier:
            return self._handed_earlier[sstart]
        found: Attribution | None = None
        pstart, _ = self.ctx.paragraph(sstart)
        floor = pstart
        for _ in range(2):
            q = _nonblank_before(self.text, floor, 0, " \t\n")  # over the blank lines between paragraphs
            if q <= 0:
                floor = 0
                break
            floor, _ = self.ctx.paragraph(q)
        pos = sstart
        seen = 0
        while pos > floor and found is None:
            q = _nonblank_before(self.text, pos, floor, " \t\n")  # over the blank lines between paragraphs
            prev = self.ctx.sentence(q)
            if prev[0] >= pos:
                break
            seen += 1
            right_before = seen == 1 and prev[0] >= pstart  # `_context` reads that one itself
            if not right_before and self._describes_handed_thing(prev[0], prev[1], sstart):
                handed = self.in_window(prev[0], prev[1], prev[1], subjects_only=True)
                if handed is not None and handed.rule == "recipient":
                    found = Attribution(handed.unit, "context", handed.mention)
                break  # the nearest sentence that hands the thing over decides
            pos = prev[0]
        self._handed_earlier[sstart] = found
        return found

    def _describes_handed_thing(self, pstart: int, pend: int, sstart: int) -> bool:
        """The sentence at `sstart` opens with a noun of the thing that the sentence before,
        [pstart, pend), hands over to its recipient ("Đoàn xã A bàn giao công trình “Bếp ăn …” cho
        Trường B. Bếp rộng 64 m², có 2 bếp đun …, trị giá 185 triệu đồng"): it describes what the
        recipient received, so its figures are the recipient's (spec §2.3), as a sentence opening
        with the gift's total value is (`_totals_gift`). The noun must stand between the verb of
        handing over and the "cho" of the recipient. Cheap first test: "cho" in the sentence before."""
        low = self.ctx.low if self.ctx.low is not None else self.low
        cho = low.rfind("cho", pstart, pend)
        if cho < 0:
            return False
        first = words_after(self.text, sstart, 2)
        if not first:
            return False
        word, wstart, _ = first[0]
        if len(word) < 2 or not self.text[wstart : wstart + 1].isupper() or word in _NOT_THING_OPENERS:
            return False
        i = bisect.bisect_left(self._starts, wstart)
        if i < len(self.mentions) and self.mentions[i].start == wstart:
            return False  # the sentence opens with a unit: its own subject
        # "Cây cầu giúp 146 hộ …" after "bàn giao công trình “Cầu treo …”": the noun after its classifier
        noun = first[1][0] if word in _THING_CLASSIFIERS and len(first) > 1 else word
        words = words_before(self.text, cho, 24, pstart)
        hand = cue_union("give", "hand")
        for k in range(len(words) - 1, -1, -1):
            if words[k] in hand or " ".join(words[k : k + 2]) in hand:
                return word in words[k + 1 :] or noun in words[k + 1 :]
        return False

    def _school_referred_to(self, start: int) -> UnitMention | None:
        """The clause or sentence at `start` opens with "Trường"/"Nhà trường" and a lower-case word,
        maybe after a quotation mark ("Trường hiện có 486 học sinh bán trú", "…: “Nhà trường đã
        tiết kiệm được …”"): a back-reference to the school the text named last before it, which
        received or did what is told before (spec §2.3), not the giver nor the page's own. None
        when no school is named before. Cheap first test: the opening letters."""
        if self.text.find("rường", start, start + 24) < 0:
            return None
        i = start
        while i < len(self.text) and self.text[i] in _OPENING_MARKS:
            i += 1
        g = _SCHOOL_REFERENCE.match(self.text, i)
        if g is None:
            return None
        m = self._school_named_before(i, "trường")
        if m is not None and self._only_venue_school(m):
            own = self._own_school_before(i)
            if own is not None:
                return own  # "… ngày hội ở Trường THPT B …. Nhà trường trao 50 suất": the page's school
        return m

    def _only_venue_school(self, m: UnitMention) -> bool:
        """`m`, a school, was named only as where another's activity took place ("ngày hội ở Trường
        THPT B thu hút 2.300 học sinh"): a later "Nhà trường" does not point back to it."""
        cstart, _ = self.ctx.clause(m.start)
        return self._is_location(m, cstart)

    def _own_school_before(self, pos: int) -> UnitMention | None:
        """The page's own unit, a school, as the text last named it before `pos`, or None (the own
        unit is no school, or the text does not name it)."""
        own = _own_mention(self.own)
        if own is None or own.level != "school":
            return None
        for m in reversed(self._in(0, pos)):
            if m.canonical == own.canonical:
                return m
        return None

    def _bare_officer_speaker(self, sstart: int, num_start: int) -> Attribution | None:
        """The sentence opens with a speaker introduced as an officer of a body named by its bare
        level word, then a verb of saying ("Anh A, Chủ tịch Hội Sinh viên trường, cho biết số sinh
        viên đăng ký năm nay tăng 25%"), and what is said names no unit before the number: the
        officer speaks for that body (spec §2.3), the unit of that level the text named last (the
        school, the commune of the sentence before), else the page's own unit; not the unit that
        acted in the sentence before ("Tại xã B, Đoàn xã cử 20 đoàn viên."). A speaker of a named
        body ("Bí thư Đoàn xã B") does not fire (the finder reads B). Cheap first test: the
        sentence opens with a title word of a person."""
        titles = ("Anh ", "Chị ", "Ông ", "Bà ", "Thầy ", "Cô ")
        if not self.text.startswith(titles, _after_bullets(self.text, sstart, num_start)):
            return None
        g = _BARE_OFFICER_SPEAKER.match(self.text, sstart, num_start)
        if g is None or self._in(sstart, num_start):
            return None
        if _GENERIC_BODY.search(self.text, g.end(), num_start) is not None:
            return None  # "…, cho biết Đoàn xã đã huy động 40 ngày công": what is said names its actor
        word = "tỉnh" if g.group("province") is not None else " ".join(g.group("level").split())
        own = _own_mention(self.own)
        if own is not None and own.level == _OF_LEVEL_UNIT[word]:
            return Attribution(None, "own")  # the page's own body of that level speaks
        m = self._level_referent(g.start(), word)
        if m is None and word == "trường":
            m = self._school_named_before(g.start(), word)
        return None if m is None else Attribution(m.canonical, "speaker", m)

    def _school_told_by_speaker(self, sstart: int, num_start: int) -> UnitMention | None:
        """A speaker's words open with "nhà trường" and a verb, maybe after a time of up to three
        words ("Cô A, Hiệu trưởng nhà trường, cho biết mỗi tháng nhà trường tiết kiệm được gần 2
        triệu đồng"): as a sentence that opens with "Nhà trường" (`_school_referred_to`), the school
        the text named last before it, which received what the page hands over (spec §2.3). Not the
        speaker's title ("Hiệu trưởng nhà trường, cho biết …"), which no verb of saying precedes.
        Cheap first test: "nhà trường" between the sentence start and the figure."""
        low = self.ctx.low if self.ctx.low is not None else self.low
        at = low.find("nhà trường", sstart, num_start)
        while at >= 0:
            before = words_before(self.text, at, 6, sstart)
            raw = self.text[max(sstart, at - 60) : at].split()
            for k in range(min(4, len(before))):  # the verb of saying, then up to three words of time
                if k and not raw[-k][:1].islower():
                    break  # "Hiệu trưởng nhà trường": no verb of saying right before it
                if ends_with_phrase(before[: len(before) - k], cue_set("say")) is not None:
                    if _VERB_AFTER.match(self.text, at + len("nhà trường")) is None:
                        return None
                    return self._school_named_before(at, "trường")
            at = low.find("nhà trường", at + 1, num_start)
        return None

    def _class_of_speakers_school(self, sstart: int, num_start: int) -> UnitMention | None:
        """A quotation that opens with a class as its subject ("“Chi đội 9A3 thu gom được 286 kg,
        nhiều nhất trường. …”, cô A, Tổng phụ trách Đội Trường THCS B, kể."): a class is a part of
        its school (n379), and the speaker's tag after the quotation names the school she speaks
        for, so the figure is that school's (spec §2.3), not the page's own ward nor a school named
        before the quotation. None when the rule does not apply. Cheap first tests: an opening
        quotation mark at the sentence's start, then the class right after it."""
        first = sstart
        while first < num_start and self.text[first] in " \t":
            first += 1  # the blanks `_QUOTED_CLASS` takes before the quotation mark
        if self.text[first : first + 1] not in ('"', "“"):
            return None
        if _QUOTED_CLASS.match(self.text, sstart, num_start) is None:
            return None
        _, pend = self.ctx.paragraph(num_start)
        close = _QUOTE_CLOSE.search(self.text, num_start, pend)
        if close is None:
            return None
        lead = _SPEAKER_LEAD.match(self.text, close.end(), pend)
        if lead is None:
            return None
        # the tag runs to its sentence's end, not to an abbreviation's dot ("thầy ThS. Lê Văn An, …")
        _, send = self.ctx.sentence(lead.end())
        tag = self._in(lead.end(), min(send, pend))
        schools = {m.canonical: m for m in tag if m.level == "school"}
        return next(iter(schools.values())) if len(schools) == 1 else None

    def _class_of_school_where(self, sstart: int, num_start: int) -> UnitMention | None:
        """A sentence that opens with a school as the place ("Ở trường THCS A, Chi đội 9A góp nhiều
        nhất với 412 kg", "Tại Trường B, lớp 10A1 quyên góp 2 triệu đồng") and goes on with one of
        its classes as the subject: a class is a part of its school (n379, as in a quotation:
        `_class_of_speakers_school`), so the figure is the school's (spec §2.3), though "ở"/"tại"
        alone only says where. Not when another clause (";") stands between the class and the
        number. Cheap first test: "Ở"/"Tại" opening the sentence."""
        lead = self.text[sstart : sstart + 5].lstrip()
        if not lead.startswith(("Ở ", "Tại ", "ở ", "tại ")):
            return None
        inside = self._in(sstart, num_start)
        if not inside or inside[0].level != "school":
            return None
        school = inside[0]
        if self.text[sstart : school.start].strip().lower() not in ("ở", "tại"):
            return None
        cls = _SCHOOL_CLASS_AFTER.match(self.text, school.end, num_start)
        if cls is None or ";" in self.text[cls.end() : num_start] or len(inside) > 1:
            return None
        return school

    def _carried_subject(self, earlier: list[tuple[int, int]]) -> Attribution | None:
        """The subject that the sentences `earlier` (nearest first) carry into the next one, if any:
        the same for every figure of that sentence (remembered per sentence by `_context`)."""
        for pstart, pend in earlier:
            found = self.in_window(pstart, pend, pend, subjects_only=True)
            school = None if found is not None else self._school_referred_to(pstart)
            if school is not None:
                return Attribution(school.canonical, "context", school)  # "Trường có …. Các em …"
            if found is None and self._own_bare_subject(pstart, pend) is not None:
                return None  # "Đoàn xã có 24 chi đoàn …": the page's own unit takes over from here
            if found is None or found.unit is None or found.rule == "recipient":
                continue
            if found.unit == NATIONAL and self._national_quote(pstart, pend):
                return None  # "Theo Trung ương Hội …, cả nước có …. Năm 2026, Hội …": the quote ends
            m = found.mention
            if m is not None and m.level != "national" and not self._near_start(m, pstart):
                continue
            if (
                m is not None
                and m.level == "national"
                and _PASSIVE_AGENT.search(self.text, max(pstart, m.start - 8), m.start)
            ):
                continue  # "…, trong đó 52 em được Trung ương Hội công nhận …": an agent, not the subject
            if m is not None and self._named_as_partner(m):
                continue  # "A phối hợp Công an X tổ chức …. Công an X cử 26 cán bộ. …": A's results
            if m is not None and self._founded_place(m, pend):
                continue  # "Từ ngày 1/7, tỉnh X mới được thành lập trên cơ sở hợp nhất …": no actor
            if m is not None and self._names_examples(m, pend):
                continue  # "…; tiêu biểu có Chi đoàn A, Chi đoàn B.": no subject for what follows
            return Attribution(found.unit, "context", found.mention)
        return None

    def _named_as_partner(self, m: UnitMention) -> bool:
        """`m` was named earlier in its paragraph as the partner of another's activity ("Đoàn
        Thanh niên Sở phối hợp Phòng Cảnh sát giao thông … tổ chức 312 buổi …. Chi đoàn Phòng Cảnh
        sát giao thông cử 26 cán bộ …. Số vụ vi phạm giảm 18,5%."): it helps, so what the next
        sentences tell without an actor is the organiser's, not carried from the partner's own
        sentence (spec §2.3). The partner may be named in the lead of the page, paragraphs before,
        and by the name of the body its Youth Union belongs to ("Tỉnh đoàn A phối hợp Công an tỉnh
        …" and later "Đoàn Thanh niên Công an tỉnh cử 40 cán bộ …"). Cheap first test: "phối hợp"
        in the text before it."""
        first = self._first_coop
        if first < 0 or first + len("phối hợp") > m.start:
            return False
        pstart, _ = self.ctx.paragraph(m.start)
        name = m.text.lower()
        core = _YOUTH_PREFIX.sub("", name)
        for lead in ("phối hợp ", "phối hợp với ", "phối hợp cùng "):
            if self.low.find(lead + name, pstart, m.start) >= 0:
                return True
            if core != name and m.is_body and self.low.find(lead + core, first, m.start) >= 0:
                return True  # the partner's own Youth Union acting for it later in the page
        return False

    def _founded_place(self, m: UnitMention, end: int) -> bool:
        """`m` is a place (not a body) that its sentence, ending at `end`, tells was founded or
        merged ("Từ ngày 01/7, tỉnh X mới được thành lập trên cơ sở hợp nhất tỉnh A và tỉnh B",
        "Xã Y được sáp nhập vào xã Z"): an administrative change, not an actor whose figures the
        next sentences go on telling (spec §2.3: they fall back to the page's own unit). Cheap
        first test: "được" soon after the mention."""
        if m.is_body:
            return False
        at = self.low.find("được", m.end, min(end, m.end + 24))
        return at >= 0 and _FOUNDED.match(self.text, at, end) is not None

    def _names_examples(self, m: UnitMention, end: int) -> bool:
        """`m` is an item of a list of units that its sentence (ending at `end`) names without any
        figure ("tiêu biểu có Chi đoàn khu phố A, Chi đoàn trường B."): examples, not the one
        subject that later sentences inherit."""
        i = self._index.get(id(m))
        if i is None or any(ch.isdigit() for ch in self.text[m.end : end]):
            return False
        sstart, _ = self.ctx.sentence(m.start)
        for j in (i - 1, i + 1):
            if 0 <= j < len(self.mentions):
                a, b = sorted((self.mentions[i], self.mentions[j]), key=lambda x: x.start)
                if (
                    a.canonical != b.canonical
                    and _EXAMPLE_GAP.fullmatch(self.text, a.end, b.start)
                    and not self._is_location(self.mentions[j], sstart)
                    and not self._qualifies_previous(b)
                ):
                    return True  # two actors side by side, not "tại Hà Nội, Đoàn Khối …"
        return False

    # -- round 8d: context and carry-over ---------------------------------------------------------
    def _prize_fund_lead(self, sstart: int, num_start: int) -> bool:
        """The figure's sentence opens with the prize fund of an event ("Tổng giá trị giải thưởng
        hơn 120 triệu đồng, trong đó giải Nhất 15 triệu đồng"): the organiser's money, so the
        winner named in the sentence before ("Đội bóng Đoàn Thanh niên Công an tỉnh giành chức vô
        địch.") is not carried into it."""
        lead = self.text[sstart : min(num_start, sstart + 64)]
        if "giải thưởng" not in lead and "giải thưởng" not in lead.lower():
            return False
        words = [key(w) for w in self.text[sstart:num_start].split()[:6]]
        return any(" ".join(words[: len(p.split())]) == p for p in cue_set("prize_fund"))

    def _received_total(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with a total and says it was received ("Tổng nguồn lực đã tiếp nhận
        hơn 6,7 tỷ đồng") without naming who received it: the sum of what all the givers of the
        paragraph handed to the page's own unit, not the subject of the sentence before."""
        if self.text[sstart : sstart + 4].lower() != "tổng" or self.text.find("nhận", sstart, num_start) < 0:
            return False
        if self._in(sstart, num_start):
            return False  # "Tổng số tiền Tỉnh đoàn X đã nhận …": the receiver is named
        words = [key(w) for w in self.text[sstart:num_start].split()]
        return contains_phrase(words, cue_set("received_total"))

    def _elided_giver(self, m: UnitMention) -> UnitMention | None:
        """`m`, the unit right before a number, is the giver of an elided clause that goes on a
        list whose first clause named giver, recipient and amount ("Thành đoàn A hỗ trợ tỉnh B 2,5
        tỷ đồng, Tỉnh đoàn C 800 triệu đồng": C gave B 800 triệu): the recipient of the first
        clause, which the elided ones share. Only when `m` is a body like the first giver and the
        recipient is a place (not "Trung ương Đoàn hỗ trợ Tỉnh đoàn B 500 triệu, Tỉnh đoàn C 300
        triệu", where the list goes on with recipients)."""
        if not m.is_body:
            return None
        i = self._index.get(id(m))
        if i is None or i < 2:
            return None
        recipient, giver = self.mentions[i - 1], self.mentions[i - 2]
        if recipient.is_body or recipient.level not in _ADMIN_LEVELS or not giver.is_body:
            return None
        if self._is_national(giver) or giver.canonical == m.canonical:
            return None
        # "B 2,5 tỷ đồng, C": the recipient's number, up to three words of its noun, the separator
        if not _RECIPIENT_ITEM.fullmatch(self.text, recipient.end, m.start):
            return None
        sstart, _ = self.ctx.sentence(m.start)
        if giver.start < sstart:
            return None
        between = words_before(self.text, recipient.start, 4, giver.end)
        if not between or ends_with_phrase(between, cue_set("give")) is None:
            return None
        return recipient

    def _level_referent(self, pos: int, level_word: str, *, body_first: bool = False) -> UnitMention | None:
        """The unit that "của xã", "của thành phố" … at `pos` points back to: the last unit of that
        level named before it in its sentence or in the sentence before (a city counts as a
        province), whether it acted there or only said where; not a former province ("tỉnh Y cũ").
        With `body_first`, the last Youth Union body of that level is taken before any place ("Tỉnh
        đoàn A tổ chức … cho đoàn viên B; giới thiệu 200 thanh niên của tỉnh …": A's)."""
        word = " ".join(level_word.lower().split())
        level = _OF_LEVEL_UNIT[word]
        sstart, _ = self.ctx.sentence(pos)
        floor = sstart
        pstart, _ = self.ctx.paragraph(pos)
        if sstart > pstart:
            floor, _ = self.ctx.sentence(sstart - 1)
        named = self._in(floor, pos)
        if body_first:
            named = [m for m in named if not m.is_body] + [m for m in named if m.is_body]
        for m in reversed(named):
            if m.level != level and not (level == "province" and _is_city(m)):
                continue
            if self._in_quotes(m) or self._is_current_name(m):
                continue
            if _named_by_other_level_word(m, word):
                continue  # "Đoàn phường A trao … cho học sinh của xã": a ward is not "the commune"
            if level == "province" and _former_mark(self.text, m):
                continue  # "khu vực tỉnh Y cũ": the area of a former province is not "the province"
            return m
        return None

    def _school_named_before(self, pos: int, level_word: str) -> UnitMention | None:
        """A bare "trường"/"Đoàn trường"/"Liên đội" given to at `pos` and no school named in its sentence or
        the one before: the school the text named last before it ("Đoàn trường Đại học A tổ chức …
        (later) Tỉnh đoàn B hỗ trợ Đoàn trường 30 triệu đồng"), the page's own school body (spec
        §2.3), not the province the school's name ends with. None for any other level word."""
        if not level_word.lower().endswith(("trường", "liên đội")):
            return None
        for m in reversed(self._in(0, pos)):
            if m.level == "school" and not self._in_quotes(m):
                return m
        return None

    def _recipient_of_level(self, num_start: int, num_end: int, clause_end: int) -> Attribution | None:
        """What is given "cho hộ nghèo của xã", "cho học sinh nghèo của xã" goes to the commune
        named earlier in the sentence or the one before ("Tại xã A, … trao tặng 15 điện thoại …
        cho hộ nghèo của xã"): the recipient is named by its level only. When no unit of that level
        word is named there ("Đoàn phường A … trao tặng 30 chiếc xe đạp cho học sinh của xã"), it is
        the page's own ("given": the section's or the scope's), not the giver (spec §2.3), when the
        page is of that level; else the commune is unknown and the rule does not apply (the giver
        keeps it: "Huyện đoàn A trao … cho học sinh nghèo của xã" on a province's page)."""
        end = min(clause_end, num_end + 160)
        if self.text.find("của", num_end, end) < 0:
            return None  # a cheap first test: the pattern opens with "của"
        g = _OF_LEVEL.search(self.text, num_end, end)
        if g is None:
            return None
        cho = _CHO.search(self.text, num_end, g.start())
        if cho is None or self._in(num_end, g.start()) or not self._people_of_level_gap(cho.end(), g.start()):
            return None
        cstart, _ = self.ctx.clause(num_start)
        if not contains_phrase(words_before(self.text, num_start, 24, cstart), cue_union("give", "collect")):
            return None  # "trao 40 suất học bổng, mỗi suất 1,5 triệu đồng, cho …": a gift of the clause
        m = self._level_referent(g.start(), g.group("level"))
        if m is None and g.group("level").lower() == "tỉnh":
            m = self._only_province_before(cstart)  # "… mô hình đã trao 126 con bò cho các xã … của tỉnh"
        if m is None or self._giver_of_clause(m, cstart, num_start):
            # "Hội LHTN thành phố A trao tặng 1.500 thùng hàng cho thanh niên vùng lũ của tỉnh": the
            # giver is not "the province" it gives to; the page's own is (spec §2.3)
            own = _own_mention(self.own)
            level = _OF_LEVEL_UNIT[" ".join(g.group("level").lower().split())]
            if own is not None and own.level == level:
                return Attribution(None, "given")
            if m is None:
                return None
        return Attribution(m.canonical, "recipient", m)

    def _only_province_before(self, pos: int) -> UnitMention | None:
        """The one province the text names before `pos`, further back than `_level_referent` reads
        (its headline, its first paragraph: "… cho 40 hộ nghèo xã A (tỉnh B)"): "của tỉnh" on a page
        that names no other province points back to it. None when two are named, or a former one."""
        if self._provinces is None:
            # the mentions are read once, not from the text's start on each call
            provinces = [m for m in self.mentions if m.level == "province"]
            self._provinces = (provinces, [m.start for m in provinces])
        provinces, starts = self._provinces
        # `self._in(0, pos)`, of the provinces only: the mentions that start before `pos` and end by it
        found = {m.canonical: m for m in provinces[: bisect.bisect_left(starts, pos)] if m.end <= pos}
        if len(found) != 1:
            return None
        m = next(iter(found.values()))
        return None if _former_mark(self.text, m) else m

    def _counted_within_receivers(self, num_start: int, num_end: int, clause_end: int) -> Attribution | None:
        """The number counts the places the people given to live in, and "của xã/tỉnh" after its
        noun says whose places they are ("… được phân bổ cho học sinh 28 xã vùng cao của tỉnh"): the
        unit that level word points back to (spec §2.3), not the giver nor the page's scope. None
        when the rule does not apply: no noun of people right after "cho" before the number, or no
        unit of that level named in the sentence or the one before. Cheap first test: "cho" in the
        40 characters before the number."""
        lo = max(0, num_start - 40)
        if self.low.find("cho", lo, num_start) < 0:
            return None
        lead = _CHO_PEOPLE_BEFORE.search(self.text, lo, num_start)
        if lead is None or not _opens_with_people(self.text[lead.end("cho") : num_start].split()):
            return None
        g = _OF_LEVEL.search(self.text, num_end, min(clause_end, num_end + 64))
        if g is None or len(self.text[num_end : g.start()].split()) > 4 or self._in(num_end, g.start()):
            return None
        m = self._level_referent(g.start(), g.group("level"))
        if m is None:
            pstart, _ = self.ctx.paragraph(num_start)
            last = _nonblank_before(self.text, pstart, 0)  # the last character of the paragraph before
            if last > 0 and self.ctx.sentence(num_start)[0] == pstart:
                # the paragraph opens with the gift's places: the province the one before named
                m = self._level_referent(last, g.group("level"))
        if m is None:
            return None
        return Attribution(m.canonical, "recipient", m)

    def _people_of_level_gap(self, start: int, end: int) -> bool:
        """The words between "cho" and "của xã/tỉnh" name the people given to: up to four words
        ("cho hộ nghèo của xã"), or up to seven when they open with a noun of people
        ("cho học sinh dân tộc thiểu số của tỉnh")."""
        words = self.text[start:end].split()
        if len(words) <= 4:
            return True
        return len(words) <= 7 and _opens_with_people(words)

    def _giver_of_clause(self, m: UnitMention, cstart: int, num_start: int) -> bool:
        """`m` is the actor that gives in the figure's clause: named in it before the number, not a
        place that only says where, with a verb of giving or raising between it and the number."""
        if m.start < cstart or m.end > num_start or self._is_location(m, cstart):
            return False
        words = words_before(self.text, num_start, 24, m.end)
        return contains_phrase(words, cue_union("give", "collect"))

    def _set_of_level(self, num_end: int, clause_end: int) -> UnitMention | None:
        """ "là 1 trong 12 mô hình tiêu biểu của thành phố": the set the subject is one of is counted
        over the unit named by its level, not over the country."""
        end = min(clause_end, num_end + 64)
        g = _OF_LEVEL.search(self.text, num_end, end)
        if g is None or len(self.text[num_end : g.start()].split()) > 4:
            return None
        return self._level_referent(g.start(), g.group("level"))

    def _set_of_force(self, num_end: int, clause_end: int, found: Attribution | None) -> Attribution | None:
        """ "là 1 trong 6 tổ chức cơ sở Đoàn tiêu biểu toàn lực lượng": the set is counted over the
        whole force, the sector (army, police, Border Guard) the subject belongs to, not over the
        country: the sector named as the subject, else the page's own sector. None when the rule
        does not apply. Cheap first test: "toàn lực lượng" in the clause after the number."""
        if self.low.find("toàn lực lượng", num_end, min(clause_end, num_end + 96)) < 0:
            return None
        if found is not None and found.mention is not None and found.mention.level == "sector":
            return Attribution(found.unit, "context", found.mention)
        own = _own_mention(self.own)
        if own is not None and own.level == "sector":
            return Attribution(own.canonical, "context", own)
        return None

    def _set_of_sector_award(self, num_end: int, clause_end: int) -> Attribution | None:
        """ "là 1 trong 8 đơn vị được Ban Thanh niên Bộ đội Biên phòng tặng Cờ thi đua": the set is
        the one a body of a sector (army, police, Border Guard) picked among its own units, so it is
        counted over that sector, not over the country (as `_set_of_force`'s "toàn lực lượng"). The
        sector body must follow "được" (maybe after up to three head words: "được Ban …", "được Ban
        Thường vụ …", "được Ban Chấp hành …") in the clause after the number. None when the rule
        does not apply. Cheap first test: "được" in the clause after the number."""
        end = min(clause_end, num_end + 64)
        at = self.low.find("được", num_end, end)
        if at < 0:
            return None
        for m in self._in(at, end):
            # "được Ban Thường vụ Đoàn Thanh niên Công an nhân dân": at most three head words between
            if m.level == "sector" and m.is_body and words_before(self.text, m.start, 4, at)[:1] == ["được"]:
                return Attribution(m.canonical, "context", m)
        return None

    def _qualifies_sector(self, m: UnitMention) -> bool:
        """`m`, a national word, only says how wide the sector just named acts ("tuổi trẻ Công an
        nhân dân cả nước đã tổ chức 2.600 buổi"): the sector's figure, not a national one."""
        i = self._index.get(id(m))
        if i is None or not i:
            return False
        prev = self.mentions[i - 1]
        if prev.level != "sector":
            return False
        return _SECTOR_QUALIFIER_GAP.fullmatch(self.text, prev.end, m.start) is not None

    def _partner_body(self, gstart: int, floor: int) -> bool:
        """The unnamed body at `gstart` follows "cùng", "với" or "phối hợp" ("tổ công tác cùng Đoàn
        phường rà soát 12 khu trọ"): a partner of the actor, not the actor, so it does not make the
        place named before the figure's unit."""
        before = words_before(self.text, gstart, 3, floor)
        if not before:
            return False
        return before[-1] in _PARTNER_WORDS or ends_with_phrase(before, _WHERE_PHRASES) == "phối hợp"

    def _in_speech(self, m: UnitMention) -> bool:
        """`m` stands in a quoted speech (`… cho biết: "Đoàn xã A là đơn vị làm tốt nhất với 3 tổ …;
        Đoàn xã B có 2 tổ"`): the quotation opens right after a verb of saying and ":" or ",", so it
        is what a speaker says, not a title, and the units named in it act there."""
        sstart, _ = self.ctx.sentence(m.start)
        text = self.text
        curly = text.rfind("“", sstart, m.start)
        opened = curly if curly > text.rfind("”", sstart, m.start) else text.rfind('"', sstart, m.start)
        if opened < 0:
            return False
        if opened == _after_bullets(self.text, sstart, opened) and (
            self._quote_runs_on(opened) or self._tagged_quote(opened)
        ):
            return True  # "“Đến nay, … hỗ trợ tỉnh A đạt 4,2 tỉ đồng. Tỉnh đoàn sẽ …”, chị B nói."
        lead = _SPEECH_OPEN.search(text[max(sstart, opened - 4) : opened + 1])
        if lead is None:
            return False
        sep = max(text.rfind(":", sstart, opened), text.rfind(",", sstart, opened))
        return ends_with_phrase(words_before(text, sep, 3, sstart), cue_set("say")) is not None

    def _quote_runs_on(self, opened: int) -> bool:
        """The quotation opened at `opened`, at the start of its sentence, does not close in that
        sentence: it runs on over a sentence's end, as a speaker's words do ("“Đến nay, … đạt 4,2
        tỉ đồng. Tỉnh đoàn sẽ …”, chị B nói."); a title closes before its sentence goes on."""
        _, send = self.ctx.sentence(opened)
        close = "”" if self.text[opened] == "“" else '"'
        return self.text.find(close, opened + 1, send) < 0

    def _we_open(self, cstart: int, num_start: int) -> bool:
        """"chúng tôi"/"chúng em"/"chúng ta" among the first words of the clause before the number
        ("năm học này chúng tôi phấn đấu trao …"): the clause's subject is the speaker's own people.
        Cheap first test: "chúng" in the clause before the number."""
        if self.low.find("chúng", cstart, num_start) < 0:
            return False
        words = [w for w, _, _ in words_after(self.text, cstart, _WE_WORDS_MAX, num_start)]
        return any(words[i] == "chúng" and words[i + 1] in ("tôi", "em", "ta") for i in range(len(words) - 1))

    def _we_after(self, m: UnitMention, pos: int) -> bool:
        """`m`, a place, is followed before the figure at `pos` by a comma and a clause part that
        opens with "chúng tôi" ("Khu vực xã A cũ còn 60 em …, năm học này chúng tôi trao thêm 50 xe
        đạp"): "we" are people, the speaker's body, so the place does not act for what they do.
        Cheap first test: "chúng" between them."""
        if self.low.find("chúng", m.end, pos) < 0:
            return False
        comma = self.text.rfind(",", m.end, pos)
        return comma >= 0 and self._we_open(comma + 1, pos)

    def _tagged_quote(self, opened: int) -> bool:
        """The quotation opened at `opened`, at the start of its sentence, closes there on its
        speaker's tag ("“Khu vực xã A cũ còn 60 em …”, anh B nói."): a speaker's words, not a title."""
        _, send = self.ctx.sentence(opened)
        close = self.text.find("”" if self.text[opened] == "“" else '"', opened + 1, send)
        return close >= 0 and _QUOTE_TAG.match(self.text, close) is not None

    def _names_remainder(self, start: int, end: int) -> bool:
        """[start, end) names the rest of a set of units: a coverage noun followed by "còn lại" or
        "khác" ("121 xã, phường còn lại", "các cơ sở Đoàn khác"). What it counts belongs to none
        of the units named before it (remembered per clause)."""
        k = (start, end)
        if k not in self._remainders:
            self._remainders[k] = self._find_remainder(start, end)
        return self._remainders[k]

    def _plural_bodies_open(self, cstart: int, num_start: int) -> bool:
        """A later clause opens with unnamed member bodies in the plural ("…; các Đoàn xã, thị trấn
        270 đơn vị", "…; các chi đoàn tổ chức 40 buổi"): the page's own unit's bodies together, a
        new subject, not the body the clause before named (spec §2.3; as a sentence that opens so,
        see `_PLURAL_BODIES`). Asked only when the clause names no unit of its own and the unit
        carried from the clause before holds no such bodies (a sector's, a school's: the caller's
        test); the caller then gives the page's own unit (or the section's, the footnote anchor's),
        while a province's or district's bodies stay its own. Cheap first test:
        "các"/"những" among the clause's first characters."""
        low = self.ctx.low  # the text's offsets only when the context holds it
        plural = low is None or any(w in low[cstart : min(num_start, cstart + 16)] for w in ("các", "những"))
        if plural and _PLURAL_BODIES_CLAUSE.match(self.text, cstart, num_start) is not None:
            return True
        # "…; 3 Đoàn trường 66 đội hình": a count of the bodies, maybe the figure itself (so read past
        # `num_start`); cheap first test: a digit (after the bullets, and a qualifier: "hơn 12 chi
        # đoàn"), then a body's noun among the first characters
        lead = _BULLETS.match(self.text, cstart)
        at = lead.end() if lead else cstart
        head = self.text[at : at + 32].lower()
        if not any(c.isdigit() for c in head[:8]) or not any(w in head for w in ("đoàn", "chi ", "liên đội")):
            return False
        return _COUNTED_BODIES_CLAUSE.match(self.text, cstart) is not None

    def _placed_item(self, cstart: int, cend: int) -> bool:
        """The clause is an item of a list that opens with its own number, no actor and no verb
        before it, and names a place only to say where ("Chi đoàn thôn A lắp 2 km đường điện; 02
        sân chơi tại thôn B (74 triệu đồng) và 07 phần việc khác"): the item is the page's own (or
        the section's, the footnote anchor's), not the actor of the item before, and not the place
        (spec §2.3: "tại" only says where). Only after ";", and every unit the clause names is a
        place right after "tại"/"ở". Cheap first test: the clause opens with a number."""
        if _ELIDED_ITEM.match(self.text, cstart) is None:
            return False
        if not self.text[max(0, cstart - 8) : cstart].rstrip().endswith(";"):
            return False  # an item after ";", not the clause after "A: …" that names its actor
        named = self._in(cstart, cend)
        return bool(named) and all(
            not m.is_body
            and m.level in _ADMIN_LEVELS
            and words_before(self.text, m.start, 1, cstart)[-1:] in (["tại"], ["ở"])
            for m in named
        )

    def _remainder_item(self, cstart: int, num_start: int) -> bool:
        """The figure's list item, after the last comma or semicolon before it in its clause, names
        the rest of a set of units ("huyện A cũ 171 triệu đồng, các địa bàn còn lại 962 triệu
        đồng"): the rest is none of the units of the items before it, but the page's own (or the
        section's, the footnote anchor's): spec §2.3. Cheap first test: "còn lại"/"khác" right
        before the number."""
        lo = max(cstart, num_start - 48)
        low = self.low
        if low.find("còn lại", lo, num_start) < 0 and low.find("khác", lo, num_start) < 0:
            return False
        sep = max(self.text.rfind(",", lo, num_start), self.text.rfind(";", lo, num_start))
        if sep < 0 or self._in(sep, num_start):
            return False  # no item before it in the clause, or the item names its own unit
        return self._find_remainder(sep + 1, num_start)

    def _find_remainder(self, start: int, end: int) -> bool:
        """A cue of the kind "remainder" right after a coverage noun of up to
        `_REMAINDER_NOUN_WORDS` words, or a generic place noun that counts nothing
        (`_REMAINDER_PLACE_NOUNS`: "các địa phương còn lại"), in [start, end)."""
        low = self.ctx.low
        if low is not None and low.find("còn lại", start, end) < 0 and low.find("khác", start, end) < 0:
            return False
        words = [key(w) for w in self.text[start:end].split()]
        rest = cue_set("remainder")
        for i, w in enumerate(words):
            if w not in rest and " ".join(words[i : i + 2]) not in rest:
                continue
            if i >= 2 and " ".join(words[i - 2 : i]) in _REMAINDER_PLACE_NOUNS:
                return True  # "các địa phương còn lại 45 suất": no place named
            for j in range(max(0, i - _REMAINDER_NOUN_WORDS), i):
                head, size = lookup_head(words[j:i])
                if head is not None and size == i - j and head.category == "coverage":
                    return True
        return False

    def _names_whole_province(self, start: int, end: int) -> bool:
        """ "toàn tỉnh", "toàn thành phố" in [start, end): the whole of a provincial report's unit."""
        if self.ctx.low is not None and self.ctx.low.find("toàn", start, end) < 0:
            return False
        words = [key(w) for w in self.text[start:end].split()]
        return contains_phrase(words, cue_set("local_province"))

    def _has_national_words(self, start: int, end: int) -> bool:
        """ "trên toàn quốc", "cả nước" … in [start, end) (remembered per window)."""
        k = (start, end)
        if k not in self._national_words:
            low = self.ctx.low
            if (low is None or low.find("tỉnh,", start, end) >= 0) and _OF_MANY_PROVINCES.search(
                self.text, start, end
            ):
                self._national_words[k] = True  # "… 1.326 công trình của thanh niên 34 tỉnh, thành phố"
            elif not self.ctx.may_contain(cue_probes("national"), start, end):
                self._national_words[k] = False  # none of the phrases can be there
            else:
                words = [key(w) for w in self._without_event_names(start, end).split()]
                self._national_words[k] = _says_national(words)
        return self._national_words[k]

    def _joins_nation_after(self, start: int, pos: int, end: int) -> bool:
        """The window's national phrase only joins its subject to the nation after the figure at
        `pos` ("tiếp nhận 1.146 đơn vị máu, góp phần cùng tuổi trẻ cả nước tiếp nhận hơn 1,5 triệu
        …"): "cùng <X> cả nước" names whom the subject acts with, so it makes national the counts
        after it, not the subject's own count before it. <X> may be a few words long ("cùng đoàn viên
        thanh niên cả nước", `_JOINED_WORDS`); it ends before a number or a comma. Cheap first test:
        "cùng" after the figure."""
        at = self.low.find("cùng", pos, end)
        if at < 0 or self._has_national_words(start, at):
            return False
        ceil = min([end] + [i for i in (self.text.find(c, at, end) for c in ",;:") if i >= 0])
        words = [w for w, _, _ in words_after(self.text, at, _JOINED_WORDS + 2, ceil)]
        if not words or words[0] != "cùng":
            return False
        head = words[2:] if len(words) > 1 and words[1] == "với" else words[1:]
        head = head[:_JOINED_WORDS]
        head = head[: next((i for i, w in enumerate(head) if w[:1].isdigit()), len(head))]
        return contains_phrase(head, cue_set("national"))

    def _without_event_names(self, start: int, end: int) -> str:
        """The text of [start, end) less each "toàn quốc" that closes an event's proper name ("dự
        Hội thi Tin học trẻ toàn quốc lần thứ XXXII", see `_closes_event_name`): a name says
        nothing of whose the figure is. Cheap first test: "toàn quốc" in the span."""
        text = self.text[start:end]
        at = self.low.find(NATIONAL, start, end)
        while at >= 0:
            if self._closes_event_name(at):
                rel = at - start
                text = text[:rel] + " " * len(NATIONAL) + text[rel + len(NATIONAL) :]
            at = self.low.find(NATIONAL, at + len(NATIONAL), end)
        return text

    def _place_before(self, start: int, end: int) -> UnitMention | None:
        """The one place (administrative unit) that [start, end) names only as where."""
        places = [m for m in self._in(start, end) if self._is_location(m, start)]
        place = next((m for m in places if m.level in _ADMIN_LEVELS), None)
        return place if place is not None and _one_place(places, place) else None

    def _listed_member(self, m: UnitMention) -> bool:
        """`m`, a body, is a bare item of a list of bodies that a count opens before a colon ("Tỉnh
        đoàn có 109 tổ chức Đoàn trực thuộc: 104 Đoàn xã, phường, Đoàn Khối …, Đoàn Thanh niên Công
        an tỉnh và 3 Đoàn trường"): the bodies are what the count is made of, none of them acts, so
        the counts of the list and of the clauses after it stay with the unit whose organisation
        they make up (spec §2.3), as a counted body does ("102 Đoàn xã"). An item that does
        something ("…: Đoàn Khối A tổ chức 12 lớp") is no bare name: its name is not followed by the
        next item's gap. Cheap first tests: the gap after the name, then a colon in the sentence."""
        if not m.is_body or _MEMBER_ITEM_END.match(self.text, m.end) is None:
            return False
        sstart, _ = self.ctx.sentence(m.start)
        colon = self.text.rfind(":", sstart, m.start)
        if colon < 0 or _MEMBER_GAP_BEFORE.search(self.text, colon + 1, m.start) is None:
            return False
        ended = _MEMBER_LIST_END.search(self.text, colon + 1, m.start) is not None
        if ended and not self._bodies_by_semicolons(colon + 1, m.start):
            return False  # the list ended before the name
        return _MEMBER_LIST_OPEN.search(self.text, max(sstart, colon - 64), colon + 1) is not None

    def _bodies_by_semicolons(self, start: int, end: int) -> bool:
        """Every ";" in [start, end) closes a bare item of a list of bodies: a body's name alone
        ("…: 124 Đoàn xã, phường, đặc khu; Đoàn Khối A; Đoàn Thanh niên Công an tỉnh; Đoàn cơ sở B
        và 3 Đoàn trường"), or a count of bodies: the list goes on across them, it has not ended
        (`_listed_member`). Not across a "." that ends a sentence."""
        if _SENTENCE_DOT.search(self.text, start, end) is not None:
            return False
        at = start
        semi = self.text.find(";", at, end)
        while semi >= 0:
            item_end = _nonblank_before(self.text, semi, at - 1) + 1
            m = self._last_mention_ending_at(item_end)
            lead = self.text[at : m.start].strip() if m is not None and m.start >= at else None
            if m is not None and (not m.is_body or lead not in _ITEM_HEADS):
                m = None  # not a body's name alone
            if m is None and _COUNTED_BODIES_ITEM.fullmatch(self.text, at, item_end) is None:
                return False
            at = semi + 1
            semi = self.text.find(";", at, end)
        return True

    def _qualifies_previous(self, m: UnitMention) -> bool:
        """True for the higher levels of an address chain ("xã A, huyện B (tỉnh C)"). A body is
        never part of an address: "tại phường A, Tỉnh đoàn B tổ chức …", "tại Hà Nội, Trung ương
        Đoàn …" name the place, then the actor."""
        i = self._index[id(m)]
        if not i or m.is_body:
            return False
        prev = self.mentions[i - 1]
        gap = self.text[prev.end : m.start]
        return bool(_CHAIN_GAP.fullmatch(gap)) and _RANK.get(prev.level, 9) < _RANK.get(m.level, 9)

    def _generic_body(self, start: int, pos: int, *, after: int) -> tuple[str, int] | None:
        """The last unnamed body ("Đoàn xã") in [max(start, after), pos): its level and offset."""
        found = None
        lo = max(start, after)
        if self.text.find("oàn", lo, pos) < 0:
            return None  # every form of the pattern has "đoàn"/"Đoàn"
        if self.ctx.low is not None:
            spots = self._generic_spots()
            i = bisect.bisect_left(spots, lo)
            if i == len(spots) or spots[i] > pos - len("đoàn"):
                return None  # no "đoàn" next to a level word in [lo, pos): a cheap first test
        for g in _GENERIC_BODY.finditer(self.text, lo, pos):
            if _COUNTED_BODIES.search(self.text, max(lo, g.start() - 8), g.start()) is not None:
                continue  # "của 102 Đoàn xã, phường và 36 cơ sở Đoàn": bodies counted, no actor
            kind = next(k for k in ("low", "mid", "top") if g.group(k))
            found = (_BODY_LEVEL[kind], g.start())
        for g in _GENERIC_BODY_BEFORE_NUMBER.finditer(self.text, lo, pos):
            # "trao tặng Đoàn phường 01 sân chơi": no unit named "phường 01" starts there
            i = bisect.bisect_left(self._starts, g.start())
            named = i < len(self.mentions) and self.mentions[i].start == g.start()
            if not named and (found is None or g.start() > found[1]):
                found = ("commune", g.start())
        return found

    def _bare_body_named_before(self, gstart: int, *, paragraph_before: bool = False) -> UnitMention | None:
        """An unnamed lower body at `gstart` ("Đoàn xã", "Đoàn đặc khu"): the unit of that level
        spelled with the same level word that the paragraph named last before it, as a bare level
        word points back (``_level_referent``). Read so for a body that receives a gift ("Thành đoàn
        trao tặng Đoàn đặc khu A … Tỉnh đoàn B tặng Đoàn đặc khu 500 lá cờ": A's, spec §2.3) and,
        with `paragraph_before`, reading the paragraph before too, for one that opens its clause as
        the actor ("Đồn huy động 32 chiến sĩ; Đoàn xã cử 45 đoàn viên …" after the partner "phối hợp
        Đoàn xã A" of the opening; the caller leaves out a commune's own page, whose "Đoàn xã" is
        its own). None when the text read names no such unit (the page's own then) or for a higher
        body ("Tỉnh đoàn")."""
        g = _BODY_THEN_LEVEL.match(self.low, gstart)
        if g is None:
            return None  # "Tỉnh đoàn", "Huyện đoàn": a higher body
        word = " ".join(g[0].split()[1:])
        pstart, _ = self.ctx.paragraph(gstart)
        if paragraph_before:
            q = _nonblank_before(self.text, pstart, 0, " \t\n")  # over the blank lines between paragraphs
            pstart = self.ctx.paragraph(q)[0] if q > 0 else 0
        for m in reversed(self._in(pstart, gstart)):
            if m.level != "commune" or self._in_quotes(m) or self._is_current_name(m):
                continue
            if m.canonical.lower().startswith(word + " "):
                return m
        return None

    def _generic_association(self, start: int, pos: int, *, after: int) -> tuple[str, int] | None:
        """The last unnamed Youth Federation body ("Hội LHTN xã", "Hội Liên hiệp Thanh niên
        phường") in [max(start, after), pos): its level and offset, read like an unnamed Đoàn body
        (``_generic_body``): "Tại xã A, Hội LHTN xã tặng …" is xã A's body. Cheap first test: "Hội"
        in the span."""
        lo = max(start, after)
        if self.text.find("Hội", lo, pos) < 0:
            return None
        found = None
        for g in _GENERIC_ASSOCIATION.finditer(self.text, lo, pos):
            if self._numbered_association(g.end()):
                continue  # "Hội LHTN phường 10": a numbered ward's body, a name
            kind = next(k for k in ("low", "mid", "top") if g.group(k))
            found = (_BODY_LEVEL[kind], g.start())
        return found

    def _numbered_association(self, end: int) -> bool:
        """A number right after the level word that ends at `end` belongs to the unit finder's name
        ("Hội LHTN phường 10"): a mention covers it. A count after a bare body is no name ("tặng Hội
        LHTN tỉnh 50 bộ thiết bị …": the count of the gift). Cheap first test: a digit there."""
        at = end
        while at < len(self.text) and self.text[at] in " \t":
            at += 1
        if at >= len(self.text) or not self.text[at].isdigit():
            return False
        i = bisect.bisect_right(self._starts, at) - 1
        return i >= 0 and self.mentions[i].end > at

    def _generic_spots(self) -> list[int]:
        """Where an unnamed body ("Đoàn xã", "Huyện đoàn", "Thành đoàn") may stand, read once per
        text: each "đoàn" of the lower-cased text with a level word right after it or right before it,
        white space between. Every match of ``_GENERIC_BODY`` and ``_GENERIC_BODY_BEFORE_NUMBER``
        holds one (those patterns, less their case and their look-arounds)."""
        if self._spots is None:
            low = self.ctx.low
            assert low is not None
            spots = []
            at = low.find("đoàn")
            while at >= 0:
                space = at  # back over the white space before, as the patterns' \s reads it
                while space and low[space - 1].isspace() and low[space - 1] not in "\x1c\x1d\x1e\x1f":
                    space -= 1
                if low.endswith(_LEVEL_THEN_BODY, 0, space) or _BODY_THEN_LEVEL.match(low, at):
                    spots.append(at)
                at = low.find("đoàn", at + 1)
            self._spots = spots
        return self._spots

    def _clause_words_before(self, m: UnitMention) -> int:
        cstart, _ = self.ctx.clause(m.start)
        return len(self.text[cstart : m.start].split())

    def _near_start(self, m: UnitMention, sentence_start: int) -> bool:
        return len(self.text[sentence_start : m.start].split()) <= _SUBJECT_WORDS

    # -- round 7d helpers -----------------------------------------------------------------------
    def _merged_with(self, m: UnitMention, floor: int) -> bool:
        """The place is named as the one merged with ("sau hợp nhất với tỉnh Y", "sáp nhập với
        xã Z"): it is not the place whose unnamed body ("Tỉnh đoàn", "Đoàn xã") acts next.
        Remembered (`_remember`)."""
        return self._remember(self._merged, self._find_merged, m, floor)

    def _find_merged(self, m: UnitMention, floor: int) -> bool:
        """`_merged_with`, not remembered."""
        low = self.ctx.low
        lo = max(floor, m.start - 32)
        if low is not None and low.find(" nhập", lo, m.start) < 0 and low.find(" nhất", lo, m.start) < 0:
            return self._merged_list_goes_on(m, floor)  # "sáp nhập", "hợp nhất": no cue right there
        before = words_before(self.text, m.start, 4, floor)
        # "hợp nhất từ A và B": A and B are what the new body was made of, not the body that acts
        if before and before[-1] in ("với", "vào", "từ"):
            before = before[:-1]
        if ends_with_phrase(before, cue_set("merge")) is not None:
            return True
        return self._merged_list_goes_on(m, floor)

    def _merged_list_goes_on(self, m: UnitMention, floor: int) -> bool:
        """The place goes on the list of merged places ("hợp nhất tỉnh A và tỉnh B", "sáp nhập xã A,
        xã B và xã C", "hợp nhất Tỉnh đoàn A và Tỉnh đoàn B"): a place (a body) of the same level,
        joined by "và" or a comma to a merged place (body) right before it, was merged too; the
        new place named before the merge verb keeps the figure
        ("tỉnh A mới được hình thành trên cơ sở hợp nhất tỉnh A và tỉnh B, có 102 xã")."""
        i = self._index.get(id(m))
        if not i:
            return False
        prev = self.mentions[i - 1]
        if prev.start < floor or prev.level != m.level or prev.is_body != m.is_body:
            return False  # a place after a body, a body after a place: not the same list
        if self.text[prev.end : m.start].strip(" ,") not in ("", "và"):
            return False
        return self._merged_with(prev, floor)

    def _earlier_item(self, m: UnitMention, num_start: int) -> bool:
        """`m` (the clause's subject) is the unit of an earlier item of a list: another number stands
        between it and the figure ("khu vực A cũ 760 suất, còn lại 860 suất …")."""
        return _LAST_NUMBER.search(self.text, m.end, num_start) is not None

    def _owner_after(self, num_end: int, clause_end: int) -> UnitMention | None:
        """The unit named right after the figure's noun as the one it belongs to: "860 suất thuộc
        khu vực tỉnh X cũ", "240 đoàn viên là cán bộ, chiến sĩ Đoàn Thanh niên Công an tỉnh" (after
        "là", only a Youth Union body or a sector)."""
        low = self.ctx.low
        end = min(clause_end, num_end + 120)
        if low is not None and low.find("thuộc", num_end, end) < 0 and low.find(" là ", num_end, end) < 0:
            return None
        g = _OWNER_LINK.match(self.text, num_end, end)
        if g is None:
            return None
        i = bisect.bisect_left(self._starts, g.end())
        if i == len(self.mentions):
            return None
        m = self.mentions[i]
        if m.end > end or self._is_national(m) or self._in_quotes(m):
            return None
        lead = self.text[g.end() : m.start]
        if g.group("link") == "là":
            if not (m.is_body or m.level == "sector") or len(lead.split()) > 5 or _OWNER_STOP.search(lead):
                return None
        elif len(lead.split()) > 2 or not (lead.strip() == "" or key(lead) in _OWNER_AREA):
            return None
        return self._as_unit(m)

    def _subdivisions_of(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """The place right after "của" when the figure counts its subdivisions ("cho thanh niên 3/7
        thôn của xã A" → A, whoever acts in the clause; spec §2.3: the unit a figure belongs to). Only
        a place of a known level counts, not a body ("100 suất quà của Tỉnh đoàn" names the giver);
        after "tại"/"ở"/"đến"/… the subdivisions only say where the actor worked ("tại 6 xã của tỉnh A")."""
        g = _SUBDIVISIONS_OF.match(self.text, num_end, clause_end)
        if g is None or _WHERE_BEFORE.search(self.text, max(0, num_start - 8), num_start):
            return None
        m = self._mention_at(g.end())
        if m is None or m.end > clause_end or m.is_body or m.level not in _SUBDIVIDED_LEVELS:
            return None
        return self._as_unit(m)

    def _sums_former_areas(self, num_start: int, found: Attribution | None) -> bool:
        """The figure's clause opens with a total ("tổng", "cả hai") and the unit carried to it is a
        former area, named in an earlier clause of the sentence after another former area of its
        level ("phía Hải Phòng cũ đạt 860 công trình, còn Hải Dương cũ đạt 540 …; tổng giá trị tăng
        khoảng 15%"): the total sums both, the merged unit's, the page's (spec §2.3), not the last
        one named. Cheap first tests: a total word in the figure's clause, the carried unit marked
        former."""
        m = None if found is None else found.mention
        if m is None or m.level not in _SUBDIVIDED_LEVELS:
            return False
        cstart = self.ctx.clause(num_start)[0]
        if m.start >= cstart:
            return False  # the clause names its own unit
        opening = words_after(self.text, cstart, 2, num_start)
        lead = [w[0] for w in opening]
        if not lead or not (
            " ".join(lead[:2]) in _TOTAL_OPENERS or (len(lead) == 1 and lead[0] in _TOTAL_ALONE)
        ):
            return False
        if _former_mark(self.text, m) is None:
            return False
        sstart = self.ctx.sentence(num_start)[0]
        i = bisect.bisect_left(self._starts, sstart)
        while i < len(self.mentions) and self.mentions[i].start < m.start:
            other = self.mentions[i]
            i += 1
            if other.level == m.level and other.canonical != m.canonical and _former_mark(self.text, other):
                return True
        return False

    def _former_area_part(self, num_start: int, num_end: int) -> UnitMention | None:
        """The number is the part of a total that "trong đó" breaks down by the area of a former
        province, district or commune ("Tỉnh X có 5 doanh nhân; trong đó có 2 người ở khu vực tỉnh A
        cũ"): after a merger the reports count by those areas as by units, so the part is A's (spec
        §2.3; n62 "khu vực tỉnh A cũ"). Without "trong đó" the area only says where ("cho 25 hợp tác xã ở
        khu vực tỉnh A cũ", see `_former_area_after`). A later item of the breakdown, after ";",
        is a part too ("Trong số đại biểu, 171 …; 41 đại biểu đến từ khu vực tỉnh A cũ"). Cheap first
        tests: "cũ" and "khu vực" after the number, then "trong đó" before it. None when the rule
        does not apply."""
        after = self.low[num_end : num_end + 80]
        if "cũ" not in after or "khu vực" not in after:
            return None
        if _FORMER_PART_LEAD.search(self.text, max(0, num_start - 32), num_start) is None and not (
            _LATER_PART_ITEM.search(self.text, max(0, num_start - 16), num_start) is not None
            and _BREAKDOWN_OPENS.match(self.text, self.ctx.sentence(num_start)[0]) is not None
        ):
            return None
        g = _FORMER_AREA_AFTER.match(self.text, num_end, num_end + 80)
        if g is None:
            return None
        m = self._mention_at(g.end())
        # a former commune or town too ("trong đó 15 công trình ở khu vực thị trấn A cũ": a commune
        # merged with others counts its part as a province merged does, n518)
        if m is None or m.level not in _SUBDIVIDED_LEVELS or _former_mark(self.text, m) is None:
            return None
        return m

    def _former_area_after(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """The counted noun is followed by the area of a former province ("đoàn đại biểu của 24 xã,
        phường khu vực tỉnh A cũ"): the former province's area is the figure's unit (spec §2.3; as
        "khu vực tỉnh A cũ 35 đội hình" before the number), when no unit earlier in the clause
        claims it (the caller's condition); not after a word of place ("… cho 25 hợp tác xã ở khu
        vực tỉnh A cũ" only says where the recipients are) nor after a word of motion or giving
        right before the number ("đội hình đã đến 3 xã khu vực tỉnh A cũ": where the actor went).
        None when the rule does not apply."""
        g = _FORMER_AREA_AFTER.match(self.text, num_end, min(clause_end, num_end + 80))
        if g is None or _WHERE_WORD.search(self.text, num_end, g.end()) is not None:
            return None  # "… cho 25 hợp tác xã ở khu vực tỉnh A cũ": only where they are
        if _TOWARD_AREA_WORDS.intersection(words_before(self.text, num_start, 2)):
            return None  # "đến 3 xã khu vực tỉnh A cũ": where the actor went
        m = self._mention_at(g.end())
        if m is None or m.level != "province" or self._in_quotes(m):
            return None
        if _former_mark(self.text, m) is None:
            return None
        return m

    def _national_speaker(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with a speaker of a national body and a verb of saying ("Đại diện Viện
        X Trung ương cho biết, …", "Lãnh đạo Ban Chỉ đạo quốc gia chia sẻ: …"): a local page quoting
        national figures. Not when the speaker's words name a local unit or a sector ("Đại diện
        Tỉnh đoàn X cho biết, …")."""
        sep = self._say_sep(sstart)
        if sep is None or sep >= min(num_start, sstart + 160):
            return False
        named = self._in(sstart, sep)
        if named:
            return all(m.level == "national" for m in named)
        words = [key(w) for w in self.text[sstart:sep].split()]
        return contains_phrase(words, cue_set("national_source"))

    def _say_sep(self, sstart: int) -> int | None:
        """The first comma or colon of the 160 characters from `sstart` (a sentence start) that
        follows a verb of saying ("… cho biết, …", "… chia sẻ: …"), if any: the same for every figure
        of the sentence, which reads it when the figure stands after it (remembered per sentence)."""
        if sstart not in self._say_seps:
            found = None
            end = min(len(self.text), sstart + 160)
            if self.ctx.may_contain(cue_probes("say"), sstart, end):  # a cheap first test
                for sep in _SAY_SEP.finditer(self.text, sstart, end):
                    # the verb ends the words before: the last four are enough to tell
                    last = [key(w) for w in self.text[sstart : sep.start()].rsplit(None, 4)[-4:]]
                    if ends_with_phrase(last, cue_set("say")) is not None:
                        found = sep.start()
                        break
            self._say_seps[sstart] = found
        return self._say_seps[sstart]

    def _person_source_end(self, sstart: int, num_start: int) -> int | None:
        """Where the sentence goes on after an opening "Theo <person>," that names no unit ("Theo
        anh B,", "Theo chị Lê Thị C,"): the text after the comma; None for any other opening."""
        comma = self.text.find(",", sstart, min(num_start, sstart + 48))
        if comma < 0 or self._in(sstart, comma):
            return None
        words = [key(w) for w in self.text[sstart:comma].split()[1:]]
        title = next((t for t in _PERSON_TITLES if words[: len(t.split())] == t.split()), None)
        if title is None:
            return None
        names = self.text[sstart:comma].split()[1 + len(title.split()) :]
        if not names or not all(w[:1].isupper() for w in names):
            return None
        return comma + 1

    def _after_opening_phrase(self, m: UnitMention) -> bool:
        """`m` stands right after a short opening phrase of its clause and its comma ("Trước đó,
        Trường Đại học X đã tự tổ chức …", "Cũng trong dịp này, Trường THPT Y …"): it opens the
        clause as its actor, it is not named inside a phrase ("điểm thi Trường THPT X")."""
        cstart, _ = self.ctx.clause(m.start)
        comma = self.text.find(",", cstart, m.start)
        if comma < 0 or self.text[comma + 1 : m.start].strip():
            return False
        opener = self.text[cstart:comma]
        short = len(opener.split()) <= _OPENER_WORDS
        return short and not any(ch.isdigit() for ch in opener) and not self._in(cstart, comma)

    def _opens_next_item(self, m: UnitMention) -> bool:
        """`m`, a school, opens the next item of a list of schools with their counts, right after
        the count of the item before and its comma ("Trường THPT A có 1.150 em dự thi, Trường THPT
        B có 980 em"): it is that item's actor (spec §2.3), not a school named inside a phrase.
        Cheap first test: a comma or semicolon just before the name."""
        before = self.text[max(0, m.start - 40) : m.start].rstrip(" \t")
        if not before.endswith((",", ";")):
            return False
        return _COUNT_ITEM_END.search(before) is not None

    def _team_of_school(self, m: UnitMention) -> bool:
        """The school `m` opens its clause after a team noun, maybe after a short opening phrase and
        its comma ("Đội hình trường Đại học X xây dựng …", "Tiêu biểu, đội hình tình nguyện trường
        Y hoàn thành …"): the school's own team acts, so the school is the actor (spec §2.3), not a
        place named inside a phrase ("điểm thi Trường THPT X")."""
        cstart, _ = self.ctx.clause(m.start)
        lead = self.text[max(cstart, self.text.rfind(",", cstart, m.start) + 1) : m.start]
        if len(lead) > 40 or "ội" not in lead:
            return False  # a cheap first test: every team noun has "đội"
        return key(lead) in cue_set("team_of") or _team_of_lead(lead)  # … or "Đội hình của Trường Y"

    def _members_of_school(self, m: UnitMention) -> bool:
        """The school `m` opens its clause right after a noun of the people who make it up, maybe
        after a short opening phrase and its comma ("Sinh viên Trường Đại học X góp 3.000 chiếc
        bánh", "Cũng dịp này, giáo viên Trường THCS Y quyên góp …"): the school's own members act,
        so the school is the actor (spec §2.3), not a place named inside a phrase ("điểm thi
        Trường THPT X") nor the page's own sector. Cheap first test: a short lead without digits."""
        cstart, _ = self.ctx.clause(m.start)
        lead = self.text[max(cstart, self.text.rfind(",", cstart, m.start) + 1) : m.start]
        if len(lead) > 24 or any(ch.isdigit() for ch in lead):
            return False
        said = lead.split()
        words = [key(w) for w in said]
        if len(words) > 2 and " ".join(words[:2]) in _HEAD_WORDS:
            words, said = words[2:], said[2:]  # "Chi đoàn giáo viên Trường THCS Y mở 4 buổi …": its members
        if not words:
            return False
        head, size = lookup_head(words, said)
        return head is not None and head.category in ("participants", "beneficiaries") and size == len(words)

    def _opens_part(self, m: UnitMention) -> bool:
        """`m` opens the part "trong đó" breaks off a whole ("… kỹ sư trẻ của 19 cơ sở Đoàn, trong
        đó Trường A có 48 thành viên"): the part's own actor (spec §2.3), not a school named inside
        a phrase. Cheap first test: "đó" right before it."""
        lead = self.low[max(0, m.start - 12) : m.start]
        return "đó" in lead and _PART_OPENER.search(lead) is not None

    def _at_bridge_point(self, m: UnitMention, floor: int) -> bool:
        """A Youth Union body that names the bridge point of an online meeting ("Tại điểm cầu Đoàn
        Khối X, anh B, Phó Bí thư Đoàn Khối cho biết …"): the body reports there, it is the actor."""
        if not m.is_body:
            return False
        low = self.ctx.low
        if low is not None and low.find("cầu", max(floor, m.start - 12), m.start) < 0:
            return False
        return ends_with_phrase(words_before(self.text, m.start, 3, floor), cue_set("bridge")) is not None

    def _open_quote(self, num_end: int) -> tuple[re.Match[str], int, int] | None:
        """The quotation the figure stands in: its closing mark after the number in the paragraph (a
        quotation may run on over several sentences), where it opened in the paragraph before the
        number (curly quotes, or an odd count of straight ones), and the end of the closing mark's
        sentence, which holds the speaker's tag; None when the number is not inside a quotation."""
        pstart, pend = self.ctx.paragraph(num_end)
        close = _QUOTE_CLOSE.search(self.text, num_end, pend)
        if close is None:
            return None
        text = self.text
        if close.group() == "”":
            opened = text.rfind("“", pstart, num_end)
            if opened <= text.rfind("”", pstart, num_end):
                return None
        elif text.count('"', pstart, num_end) % 2 == 0:
            return None
        else:
            opened = text.rfind('"', pstart, num_end)
        _, send = self.ctx.sentence(close.start())
        return close, opened, send

    def _quoted_sector_speaker(self, num_end: int) -> UnitMention | None:
        """The figure is inside a quotation whose speaker, named after it in the sentence, speaks for
        a sector ("… bộ đội biên phòng toàn quốc đang nhận đỡ đầu 1.890 em", đại diện Ban Thanh niên
        Quân đội chia sẻ."): the sector's figure, even across the whole country. The speaker's tag is
        read in the sentence that closes the quotation."""
        quote = self._open_quote(num_end)
        if quote is None:
            return None
        close, _, send = quote
        text = self.text
        lead = _SPEAKER_LEAD.match(text, close.end(), send)
        if lead is None:
            return None
        for m in self._in(lead.end(), send):
            if len(text[lead.end() : m.start].split()) > 4:
                return None
            if m.level != "sector" or not m.is_body:
                return None
            after = [key(w) for w in text[m.end : min(send, m.end + 24)].split()[:2]]
            if " ".join(after) in cue_set("say"):
                return m
            return None
        return None

    def _quoted_bare_body_speaker(self, num_start: int, num_end: int) -> UnitMention | None:
        """The figure is inside a quotation that names a Youth Union body by its bare level word before
        it ("“Trước ngày 30/9, Tỉnh đoàn sẽ dựng lại 15 nhà nhân ái”"), and the speaker's tag after the
        quotation names that body with its place ("…”, anh A, Bí thư Tỉnh đoàn B, nói."): the speaker
        speaks of the body by its title, so the figure is B's (spec §2.3), not the page's scope. The
        tag is read in the sentence that closes the quotation. Cheap first test: "đoàn" in the
        quotation before the number."""
        quote = self._open_quote(num_end)
        if quote is None:
            return None
        close, opened, send = quote
        text = self.text
        if "đoàn" not in self.low[opened:num_start]:
            return None
        bodies = list(_QUOTED_BARE_BODY.finditer(text, opened, num_start))
        if not bodies:
            return None
        bare = bodies[-1]  # the last one before the number
        tag = _QUOTED_SPEAKER_TITLE.match(text, close.end(), send)
        m = None if tag is None else self._mention_at(tag.end())
        if m is None or not m.is_body or m.level != bare.lastgroup:
            return None
        return m

    def _bracket_item_name(self, num_start: int) -> UnitMention | None:
        """A list item "Name (N …)" after an item that closed its own bracket ("Hà Nội (3.120 lớp),
        Thanh Hóa (1.940 lớp)"): the name before the bracket is the item's unit, when the gazetteer
        knows it as a place even though the unit finder did not mark it in the text (a name that
        is also part of other names)."""
        g = _BRACKET_ITEM.search(self.text, max(0, num_start - 64), num_start)
        if g is None:
            return None
        name = g.group("name")
        i = bisect.bisect_left(self._starts, g.start("name"))
        if i < len(self.mentions) and self.mentions[i].start < g.end("name"):
            return None  # the unit finder marked a unit there: the other rules read it
        m = lookup(name)
        if m is None or m.level not in _ADMIN_LEVELS:
            return None
        return m

    # -- round 8c helpers: lists and places ---------------------------------------------------
    def _toward_list(self, m: UnitMention, before: list[str]) -> bool:
        """`m` opens a list of several places after a word of motion ("chở hàng lên các xã A, B, C",
        "đưa 17 chuyến xe tới xã A và xã B"): one undivided total goes to all of them, so the list
        only says where (spec §2.3), none of its places receives it."""
        if len(before) > 1 and before[-1] in ("các", "những") and before[-2] in _TOWARD_WORDS:
            return True
        return bool(before) and before[-1] in _TOWARD_WORDS and self._starts_place_list(m)

    def _gift_for_places(self, m: UnitMention) -> bool:
        """`m`, right after "cho", opens a list of places of its own level ("cho bản A và bản B"),
        not an address chain ("cho thôn A, huyện B")."""
        if not self._starts_place_list(m):
            return False
        nxt = self.mentions[self._index[id(m)] + 1]
        return nxt.level == m.level

    def _starts_place_list(self, m: UnitMention) -> bool:
        """The next mention goes on a list of places with `m` ("xã A, xã B", "xã A và B")."""
        i = self._index.get(id(m))
        if i is None or i + 1 >= len(self.mentions):
            return False
        nxt = self.mentions[i + 1]
        return (
            not nxt.is_body
            and nxt.level in _ADMIN_LEVELS
            and _LIST_GAP.fullmatch(self.text, m.end, nxt.start) is not None
        )

    def _bracketed_list_item(self, num_start: int) -> UnitMention | None:
        """The number opens a bracket right after a name, in a list of such items ("Trường A (412
        đơn vị), Học viện B (286 đơn vị) và Trường C (241 đơn vị)", "các xã biên giới A (85 suất),
        B (60 suất) và C (54 suất)"): each bracket is its own item's figure. The name is a unit the
        finder marked, a place the gazetteer knows, or a name under the group noun of the list
        ("các xã …": xã B)."""
        text = self.text
        open_at = text.rfind("(", max(0, num_start - 3), num_start)
        if open_at < 0 or text[open_at + 1 : num_start].strip():
            return None
        name_end = len(text[:open_at].rstrip(" \t"))
        m = self._last_mention_ending_at(name_end)
        if m is not None:  # a marked unit, a school or an academy included
            if self._is_national(m) or self._in_quotes(m) or not self._in_bracket_list(m.start, open_at + 1):
                return None
            return m
        g = _BRACKET_NAME.search(text, max(0, num_start - 64), num_start)
        if g is None:
            return None
        name = g.group("name")
        if not self._in_bracket_list(g.start("name"), g.end()):
            return None
        found = lookup(name)
        if found is None or found.level not in _ADMIN_LEVELS:
            level = self._group_level(g.start("name"))
            found = None if level is None else lookup(f"{level} {name}")
        if found is None or found.level not in _ADMIN_LEVELS:
            return None
        return found

    def _in_bracket_list(self, name_start: int, open_end: int) -> bool:
        """The item whose bracket opens at `open_end` is one of a list of bracketed items: the item
        before closed its bracket right before the name, or the next item follows its own bracket."""
        if _BRACKET_BEFORE.search(self.text, max(0, name_start - 8), name_start):
            return True
        close = self.text.find(")", open_end, open_end + 48)
        if close < 0:
            return False
        return _NEXT_BRACKET_ITEM.match(self.text, close + 1, min(len(self.text), close + 90)) is not None

    def _group_level(self, pos: int) -> str | None:
        """The level word of the group noun the list at `pos` names its items under ("các xã biên
        giới A (…), B (…)": "xã"), in the clause before `pos`."""
        cstart, _ = self.ctx.clause(pos)
        last = None
        for g in _GROUP_NOUN.finditer(self.text, max(cstart, pos - 160), pos):
            last = g
        return None if last is None else last.group("level").lower()

    def _colon_list_item(self, num_start: int) -> UnitMention | None:
        """The first item of a list of units right after a colon ("Nhiều địa phương có cách làm nổi
        bật: X vận động 58,4 tỷ đồng, Y 41 tỷ đồng; …"), whose name the unit finder did not mark
        (a name that is also a person's): the gazetteer's place, when the list goes on with the next
        unit and its number."""
        colon = self.text.rfind(":", max(0, num_start - 80), num_start)
        if colon < 0:
            return None
        g = _COLON_ITEM.match(self.text, colon, num_start)
        if g is None or self._in(g.start("name"), g.end("name")):
            return None
        found = lookup(g.group("name"))
        if found is None or found.level not in _ADMIN_LEVELS:
            return None
        n = _LAST_NUMBER.match(self.text, num_start)
        if n is None or self.next_item(n.end()) is None:
            return None
        return found

    def _group_list_item(self, num_start: int) -> UnitMention | None:
        """An item of a list of bare names with their numbers under one plural level word ("Học sinh
        các xã: A 14 em, B 11 em, C 8 em", "bàn giao cho các xã A 6 cầu, B 5 cầu và C 4 cầu"): the
        level word is given once for the whole list, so each name right before a number is the
        place of that level (xã B), the number its own (spec §2.3, a list of units with their
        numbers). The first item counts only when another item follows (a list, not "các xã Tây
        Bắc 500 suất"); a name the unit finder marked is left to the other rules. Cheap first tests:
        a letter and a space right before the number, the word there capitalised, and "các"/"những"
        (or the colon after a counted level word: "cho học sinh 3 xã: A 60 suất; B 50 suất") before
        it in the sentence."""
        text = self.text
        if num_start < 2 or text[num_start - 1] not in " \t" or not text[num_start - 2].isalpha():
            return None
        word_at = max(
            text.rfind(" ", max(0, num_start - 24), num_start - 1),
            text.rfind("\t", max(0, num_start - 24), num_start - 1),
        )
        if not text[word_at + 1 : word_at + 2].isupper():
            return None  # the word before the number is no capitalised name
        lo = max(0, num_start - 200)
        if (
            self.low.find("các ", lo, num_start) < 0
            and self.low.find("những ", lo, num_start) < 0
            and (
                self.low.find(":", lo, num_start) < 0
                or _LISTED_PLACES.search(self.text, lo, num_start) is None  # the counted form: "3 xã:"
            )
        ):
            return None
        sstart, _ = self.ctx.sentence(num_start)
        lo = max(sstart, lo)
        # the earliest group noun whose list runs up to the number
        g = next(_GROUP_LIST_ITEM.finditer(text, lo, num_start, overlapped=True), None)
        if g is None:
            return None
        if self._in(g.start("name"), num_start) or (
            (i := bisect.bisect_left(self._starts, g.start("name"))) > 0
            and self.mentions[i - 1].end > g.start("name")
        ):
            return None  # the unit finder marked a unit there: the other rules read it
        n = _LAST_NUMBER.match(text, num_start)
        if not g.group("before") and (n is None or _NEXT_BARE_ITEM.match(text, n.end()) is None):
            return None  # one name after the group noun, no list
        found = lookup(f"{g.group('level').lower()} {g.group('name')}")
        if found is None or found.level not in _ADMIN_LEVELS:
            return None
        return found

    def _describes_gift(self, sstart: int, num_start: int) -> Attribution | None:
        """The figure's sentence opens with "Mỗi <noun>" or "Tổng trị giá [N] <noun>" and goes on
        about the things a sentence before counted with that noun ("… bàn giao 12 căn nhà cho … huyện
        X. Mỗi căn nhà có diện tích 48 m², trị giá 60 triệu đồng. Tổng trị giá 12 căn nhà là 720
        triệu đồng."): the unit of those things, a recipient included, which the carry-over of
        subjects (``_context``) leaves out. Reaches back `_DESCRIBED_REACH` sentences, over one
        paragraph break at most: the description often opens the next paragraph."""
        head = self.text[sstart : sstart + 8].lstrip(" -–•+*\t").lower()
        if not head.startswith(("mỗi", "tổng")):
            return None
        g = _DESCRIBED_LEAD.match(self.text, sstart, min(len(self.text), sstart + 64))
        if g is None:
            return None
        nouns = [key(w) for w in g.group("noun").split()]
        sentences = list(self._described_sentences(sstart))
        for prev, pos in sentences:
            counted = self._counted_with(prev, pos, nouns)
            if counted is not None:
                found = self.resolve(counted.start(), counted.end())
                if found is None or found.unit is None:
                    return None
                first = sentences[-1][0]  # the earliest start: a breakdown may span them all
                split = self._split_count(first, counted, nouns, found.unit)
                if split is None:
                    return Attribution(found.unit, "context", found.mention)
                if split >= prev:
                    return None  # "A có 86 người; B có 64 người. Mỗi người …": the carry-over reads it
                # one unit a sentence ("A có 86 người. B có 64 người. Mỗi người …"): what the sentences
                # before the breakdown carry, not the last item's unit
                carried = self._carried_subject(self.ctx.previous_sentences(split))
                return carried if carried is not None else Attribution(None, "context")
        return None

    def _described_sentences(self, sstart: int) -> Iterator[tuple[int, int]]:
        """The (start, end) of the sentences before `sstart` that `_describes_gift` reads, nearest
        first: `_DESCRIBED_REACH` of them, over one paragraph break at most."""
        pos, breaks, seen = sstart, 0, 0
        while seen < _DESCRIBED_REACH and pos > 0:
            prev, _ = self.ctx.sentence(pos - 1)
            if prev >= pos:
                return
            if not self.text[prev:pos].strip():
                pos = prev  # a blank line between two paragraphs
                continue
            if self.text.find("\n", prev, pos) >= 0:
                breaks += 1  # the sentence ends its paragraph
            if breaks > 1:
                return
            seen += 1
            yield prev, pos
            pos = prev

    def _split_count(self, start: int, counted: regex.Match[str], nouns: list[str], unit: str) -> int | None:
        """Where the text from `start` (the first sentence `_describes_gift` may read) counts the noun
        for another unit too before `counted` ("Chi đoàn khu phố A có 86 người; Chi đoàn khu phố B có
        64 người", "Công an có 6 cá nhân, Quân đội 5 cá nhân", or one unit a sentence): a breakdown
        by unit, so "Mỗi người …" after it is said of all of them, not of the last item's unit."""
        for n in _LAST_NUMBER.finditer(self.text, start, counted.start()):
            if not self._noun_after(n.end(), counted.start(), nouns):
                continue
            other = self.resolve(n.start(), n.end())
            if other is not None and other.unit is not None and other.unit != unit:
                return n.start()
        return None

    def _counted_with(self, start: int, end: int, nouns: list[str]) -> regex.Match[str] | None:
        """The last number in [start, end) whose noun is `nouns` (its classifier or its head: "12 căn
        Nhà nhân ái" for "căn nhà", "5 ngôi nhà" for "căn nhà")."""
        last = None
        for n in _LAST_NUMBER.finditer(self.text, start, end):
            if self._noun_after(n.end(), end, nouns):
                last = n
        return last

    def _noun_after(self, pos: int, end: int, nouns: list[str]) -> bool:
        """The number ending at `pos` counts `nouns` (its classifier or its head; `_counted_with`)."""
        after = [key(w) for w in self.text[pos : min(end, pos + 24)].split()[:2]]
        if not after:
            return False
        return after[0] == nouns[0] or (len(after) > 1 and len(nouns) > 1 and after[1] == nouns[1])

    def _in_gift_contents(self, num_start: int) -> bool:
        """The number is part of what one portion of a gift holds ("trao 50 suất quà, mỗi suất gồm
        10 kg gạo và 200.000 đồng, cho hộ nghèo xã A"): the giving verb stands before "mỗi", so
        every item of the portion goes to the one who receives the gift."""
        cstart, _ = self.ctx.clause(num_start)
        lo = max(cstart, num_start - 120)
        each = max(self.text.rfind("mỗi", lo, num_start), self.text.rfind("Mỗi", lo, num_start))
        if each < 0 or _CHO.search(self.text, each, num_start) is not None:
            return False
        return contains_phrase(words_before(self.text, each, _PORTION_WORDS, cstart), cue_set("give"))

    # -- round 9d: context and national sources ----------------------------------------------------
    def _names_national_event(self, m: UnitMention) -> bool:
        """`m`, a national word ("toàn quốc"), ends the name of a national congress or event
        ("Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII", "Hội nghị toàn quốc"): a name, which
        says nothing of whose the figure is (as `_says_national` reads the words)."""
        sstart, _ = self.ctx.sentence(m.start)
        before = [key(w) for w in words_before(self.text, m.start, 4, sstart)]
        return bool(before) and ends_with_phrase(before, cue_set("national_name")) is not None

    def _closes_event_name(self, pos: int) -> bool:
        """The national word ("toàn quốc") at `pos` closes the proper name of a contest or an event
        whose capitalised noun opens it a few name words before ("dự Hội thi Tin học trẻ toàn quốc
        lần thứ XXXII", "Liên hoan Tuyên truyền ca khúc cách mạng toàn quốc"): a name, no
        national scope (as `_names_national_event` for the noun right before). Two tests: a
        capitalised noun of cue kind "national_name" opening the name, else `closes_contest_name`,
        whose lower-case nouns are the gazetteer's "contest" list ("giải Nhì cuộc thi sáng tạo Robot
        toàn quốc"); the two lists share "liên hoan", "hội thi" and "giải". Cheap first test: a
        capital letter in the few words before `pos`."""
        sstart, _ = self.ctx.sentence(pos)
        lo = max(sstart, pos - 64)
        window = self.text[lo:pos]
        if not any(ch.isupper() for ch in window):
            return False
        names = cue_set("national_name")
        for g in _EVENT_NAME_BEFORE.finditer(self.text, lo, pos, overlapped=True):
            if key(g.group("noun")) in names:
                return True
        return closes_contest_name(self.text, pos)  # "giải Nhì cuộc thi sáng tạo Robot toàn quốc"

    def _site_of_place(self, m: UnitMention, floor: int) -> bool:
        """`m` names the place a site stands in ("điểm trường thôn A", "điểm hiến máu xã B"): the
        place only says where the site is; what goes to the site is the unit's the text is about."""
        lo = max(floor, m.start - 40)
        low = self.ctx.low
        if low is not None and low.find("điểm", lo, m.start) < 0:
            return False
        return _SITE_OF_PLACE.search(self.text, lo, m.start) is not None

    def _done_by_other(self, m: UnitMention) -> bool:
        """A doer is named after `m` and before the figure ("các xã A, B (tỉnh C) do Công ty X thực
        hiện 11,4 km"): "do <doer> <verb of doing>" makes the places before it only say where."""
        _, cend = self.ctx.clause(m.end)
        end = min(cend, m.end + 140)
        low = self.ctx.low
        if low is not None and low.find("do ", m.end, end) < 0:
            return False
        g = _DONE_BY.match(self.text, m.end, end)
        if g is None or not g.group("doer")[:1].isupper():
            return False
        after = [key(w) for w in self.text[g.end("doer") : end].split()[:2]]
        return any(" ".join(after[:n]) in cue_set("do_verb") for n in (1, 2))

    def _joint_with(self, prev: UnitMention, m: UnitMention, floor: int) -> bool:
        """`prev` and `m` are two units of one level joined into one subject ("Đoàn xã A² và Đoàn
        xã B³ tổ chức …", "đã đi qua A, B và C, với 19 điểm …"): no single one of them owns the one
        total that follows. Not a list of recipients ("trao tặng xã A và xã B …")."""
        if prev.level != m.level or prev.canonical == m.canonical or prev.is_body != m.is_body:
            return False
        if _JOINT_GAP.fullmatch(self.text, prev.end, m.start) is None:
            return False
        return not self._is_recipient(prev, floor)

    def _national_reach(self, body_end: int, pos: int, end: int) -> bool:
        """A national body hands out something that is no support to one place: a prize or title
        ("Trung ương Đoàn … trao Giải thưởng Lý Tự Trọng cho 92 cán bộ Đoàn"), or help spread over
        a number of provinces ("Chương trình … của Trung ương Đoàn hỗ trợ hơn 18.000 em mồ côi tại
        34 tỉnh, thành phố"): a national figure, even on a provincial page."""
        if _MANY_PROVINCES.search(self.text, body_end, end) is not None:
            return True
        if _OF_LEVEL.search(self.text, body_end, end) is not None:
            return False  # "… cho 12 tập thể của tỉnh": the honours of one place
        words = [key(w) for w in self.text[body_end:pos].split()]
        return contains_phrase(words, cue_set("prize"))

    def _recipient_named_before(self, num_start: int) -> bool:
        """The giving verb of the figure's clause already names its recipient before the figure
        ("hỗ trợ huyện A mở 5 lớp dạy bơi cho 140 em tại hồ bơi thị trấn B"): a place after the
        figure that only says where (the venue) does not receive it. The recipient may be the
        page's own unit named by its bare body or level word ("Thành đoàn A trao tặng Đoàn phường 01
        sân chơi … tại khối phố B": the ward's, not B's)."""
        cstart, _ = self.ctx.clause(num_start)
        return any(
            m.level in _RECIPIENT_LEVELS and self._is_recipient(m, cstart)
            for m in self._in(cstart, num_start)
        ) or self._gift_to_bare_body(cstart, num_start)

    def _own_bare_level(self, cstart: int, num_start: int) -> bool:
        """In a provincial report, the clause opens with the bare level word of the report's own
        unit ("Trên cả nước có hơn 1,6 triệu lượt …, trong đó tỉnh có 52.730 lượt"): the figure is
        the report's own province's, not the country's of the clause before."""
        if self.national_scope:
            return False
        lo = max(cstart, num_start - 40)
        low = self.ctx.low
        if low is not None and _OWN_BARE_LEVEL_WORDS.search(low, lo, num_start) is None:
            return False  # the words that open such a clause: a cheap first test
        sep = max(self.text.rfind(",", lo, num_start), self.text.rfind(";", lo, num_start))
        if sep >= 0:
            lo = sep + 1  # "…, trong đó tỉnh có": the part of the clause after its last comma
        elif lo > cstart:
            return False
        return _OWN_BARE_LEVEL.fullmatch(self.text, lo, num_start) is not None

    # -- round 9e: recipients and lists ---------------------------------------------------------
    def _name_with_own_number(self, num_start: int) -> UnitMention | None:
        """The unit finder read the figure's own number as the end of a name it does not know
        ("Đoàn phường A đóng góp 85 triệu đồng, Đoàn xã Yên Dũng 60 triệu đồng": "xã Yên Dũng 60"):
        the name without the number is the list item's unit. Only a proper name before the number
        ("xã Yên Dũng 60"), not a numbered one ("phường 10") nor one whose amount follows ("phường
        Hà Giang 2 4.310 hồ sơ"), and only as an item of a list: the item before ends with its own
        number and a comma."""
        i = bisect.bisect_right(self._starts, num_start) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if not m.start < num_start < m.end or m.level not in _ADMIN_LEVELS:
            return None
        number = self.text[num_start : m.end]
        name = self.text[m.start : num_start].rstrip()
        if not number.isdigit() or not m.canonical.endswith(" " + number):
            return None
        if not name.split()[-1][:1].isupper():
            return None  # "phường 10": a numbered name
        if _ITEM_NUMBER.match(self.text, m.end) is not None:
            return None  # "phường Hà Giang 2 4.310 hồ sơ": the number is the name's, the amount follows
        if (
            _AFTER_ITEM_NUMBER.search(self.text, max(0, m.start - 48), m.start) is None
            and _AFTER_ITEM_NUMBER_AND.search(self.text, max(0, m.start - 48), m.start) is None
            and _AFTER_BODY_ITEM.search(self.text, max(0, m.start - 64), m.start) is None
            and not self._glued_item_follows(m.end)
        ):
            return None  # not an item of a list of units with their numbers
        canonical = m.canonical[: -len(number)].rstrip()
        return dataclasses.replace(m, end=m.start + len(name), text=name, canonical=canonical)

    def _glued_item_follows(self, num_end: int) -> bool:
        """The first item of a list of units with their numbers, whose number the unit finder read
        as the end of the name ("Trong đó thôn A 21 hộ, thôn B 17 hộ", "trao cho hộ nghèo thôn A
        45 suất, thôn B 40 suất"): after the number (ending at `num_end`), its noun and the
        separator, the next item is a unit with its own number, glued to its name or not (spec
        §2.3: each item of such a list is its unit's)."""
        i = bisect.bisect_left(self._starts, num_end)
        if i == len(self.mentions) or self.mentions[i].start > num_end + 40:
            return False  # a cheap first test: no unit starts where the gap can end
        g = _ITEM_GAP.match(self.text, num_end, min(len(self.text), num_end + 40))
        if g is None:
            return False
        unit = self._mention_at(g.end())
        if unit is None or unit.level not in _ADMIN_LEVELS:
            return False
        if _ITEM_NUMBER.match(self.text, unit.end) is not None:
            return True
        last = unit.canonical.rsplit(" ", 1)[-1]
        return last.isdigit() and self.text[unit.start : unit.end].endswith(last)

    def _after_opening_place(self, m: UnitMention, floor: int) -> bool:
        """`m` is a place right after an opening place phrase and its comma, of a lower level than
        that place ("…, xã K 220 suất; tại Cao Bằng, xã A nhận 400 suất"): the unit that acts after
        the phrase, not one more item of a list of places that only say where ("tại các xã A, B")
        nor the place of a named venue ("tại Quảng trường Lam Sơn, phường X")."""
        i = self._index.get(id(m))
        if not i or m.is_body:
            return False
        prev = self.mentions[i - 1]
        if prev.start < floor or prev.is_body or prev.level not in _ADMIN_LEVELS:
            return False
        if _OPENING_PLACE_GAP.fullmatch(self.text, prev.end, m.start) is None:
            return False
        return _RANK.get(m.level, 9) < _RANK.get(prev.level, 9)

    def _school_unit(self, m: UnitMention) -> bool:
        """`m` is a school the spec names as a unit ("trường Tiểu học X"), not an institution that
        stands for its province (see `_as_unit`): it may receive a gift handed to it ("tài trợ 80 bộ
        đồng phục, trị giá 24 triệu đồng cho trường PTDTBT Tiểu học X")."""
        return m.level == "school" and self._as_unit(m) is m

    def _works_of_school(self, num_start: int, num_end: int, cstart: int, cend: int) -> UnitMention | None:
        """Works built or repaired that the text names as a school's own ("sửa chữa 2 phòng học của
        trường Tiểu học A"), and their cost told right after the school ("… của trường Tiểu học A
        với kinh phí 105 triệu đồng"): the school receives them (spec §2.3; n325), not the body
        that did the work nor the place a footnote hangs on. The count needs a verb of building
        (``build`` in cues.tsv) right before it. None when the rule does not apply. Cheap first
        tests: "của" after the number, or "kinh phí" right before it."""
        low = self.low
        if low.find("của", num_end, min(cend, num_end + 40)) >= 0:
            g = _WORKS_OF.match(self.text, num_end, cend)
            if g is None:
                return None
            m = self._mention_at(g.end())
            if m is None or not self._school_unit(m):
                return None
            return m if self._built_before(num_start, cstart, cue_set("build")) else None
        if low.find("kinh phí", max(cstart, num_start - 32), num_start) < 0:
            return self._works_for_school(num_start, num_end, cstart, cend)
        lead = _COST_OF_WORKS.search(self.text, max(cstart, num_start - 40), num_start)
        if lead is None:
            return None
        m = self._last_mention_ending_at(lead.start())
        if m is None or m.start < cstart:
            return None
        # the last number before the school: the count of its works
        count = None
        for n in _LAST_NUMBER.finditer(self.text, max(cstart, m.start - 48), m.start):
            count = n
        if count is None or self._works_of_school(count.start(), count.end(), cstart, cend) is not m:
            return None
        return m

    def _built_before(self, num_start: int, cstart: int, verbs: frozenset[str]) -> bool:
        """The (at most 3) words right before the count of works end with a verb of `verbs`."""
        return ends_with_phrase(words_before(self.text, num_start, 3, cstart), verbs) is not None

    def _works_for_school(self, num_start: int, num_end: int, cstart: int, cend: int) -> UnitMention | None:
        """Works built, repaired or installed FOR a school named after "cho" ("sửa chữa 3 phòng học
        và lắp 12 bóng đèn cho trường Mầm non A"): the school receives them (spec §2.3; as
        `_works_of_school` reads "… của trường A"), not the body that did the work. The count needs
        a verb of building (``build`` in cues.tsv) or of installing right before it; only its noun
        words, maybe joined by "và" to the next works with their own verb and number, stand before
        "cho"; right after "cho" the school, or the school's people (`_named_for_school`). Cheap
        first test: "cho" in the 100 characters after the number."""
        if self.low.find("cho", num_end, min(cend, num_end + 100)) < 0:
            return None
        g = _WORKS_FOR.match(self.text, num_end, cend)
        if g is None:
            return None
        if not self._built_before(num_start, cstart, _works_verbs()):
            return None
        for m in self._in(g.end(), min(cend, g.end() + 80)):
            if not self._school_unit(m):
                return None
            if m.start == g.end() or self._named_for_school(g.end() - 1, m):
                return m
            return None
        return None

    def _built_at(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """A gift handed over to build or repair something that the text names by its place
        ("Đoàn phường A hỗ trợ 20 triệu đồng sửa chữa nhà văn hóa thôn B", "tặng 50 bao xi măng xây
        dựng sân chơi xã C"): the place of the thing built receives the gift (spec §2.3), not the
        giver. After the number: up to three words of its noun, maybe "để", a verb of building, then
        only the lower-case words of the thing up to a place (a hamlet, a commune, a school) with
        no word of place ("tại", "ở") between. Needs a giving verb right before the number."""
        end = min(clause_end, num_end + 96)
        for m in self._in(num_end, end):
            if m.is_body or m.level not in ("village", "commune", "school"):
                return None
            words = self.text[num_end : m.start].split()
            if not words or len(words) > 12 or any(not w.isalpha() or not w.islower() for w in words):
                return None  # only lower-case words between: no number, name or punctuation
            keyed = [key(w) for w in words]
            build = cue_set("build")
            for i in range(min(len(keyed), 5)):
                verb = next((p for p in build if keyed[i : i + len(p.split())] == p.split()), None)
                if verb is None:
                    continue
                lead = keyed[:i]
                thing = keyed[i + len(verb.split()) :]
                if lead[-1:] == ["để"]:
                    lead = lead[:-1]
                if len(lead) > 3 or not thing or any(w in _TOWARD_WORDS or w in ("tại", "ở") for w in thing):
                    return None
                return m if self._verb_before(num_start, ("give",)) else None
            return None
        return None

    def _named_for_school(self, cho_end: int, m: UnitMention) -> bool:
        """Between "cho" (ending at `cho_end`) and the school `m` stand only the words of the people
        the gift goes to ("trao 40 suất học bổng cho học sinh trường Tiểu học X") or the Youth Union
        head of the school's body ("120 bộ cho Liên đội trường Tiểu học X"): the school's people or
        its body receive it, so the school does, whoever hands it over (spec §2.3, the recipient);
        not a school that only says where ("cho các em tại trường X")."""
        gap = self.text[cho_end : m.start]
        if m.is_body and not gap.strip():
            return True  # "cho Liên đội trường X": the school's body, named right after "cho"
        return _PEOPLE_OF_PLACE.fullmatch(gap) is not None and _WHERE_WORD.search(gap) is None

    def _gift_item(self, num_start: int, cho_at: int) -> bool:
        """The number opens an item of a gift's breakdown that has no verb of its own and names its
        recipient after its own "cho" (at `cho_at`): "Gồm 120 bộ cho Liên đội trường A và 80 bộ cho
        Liên đội trường B": the item's noun (up to three words, not people) right before its "cho".
        Either only a breakdown lead stands before the number in its clause
        ("Gồm", "Trong đó"), or the item before it ended with its own recipient after "cho" and
        "và" or a comma joins them. Each item goes to the unit after its own "cho" (spec §2.3)."""
        n = _LAST_NUMBER.match(self.text, num_start)
        noun = self.text[n.end() if n is not None else num_start : cho_at].split()
        if not noun or len(noun) > 3:
            return False  # the item's own noun, then its "cho" ("120 bộ đồng phục cho …")
        head, _ = lookup_head([key(w) for w in noun], noun)
        if head is not None and head.category in ("participants", "beneficiaries"):
            return False  # "Gồm 70 đoàn viên … cho học sinh …": people who serve, not a gift
        cstart, _ = self.ctx.clause(num_start)
        lead = self.text[cstart:num_start].strip(" \t:-–•+*")
        opens = _BREAKDOWN_START.match(lead)
        if opens is not None and (
            opens.end() == len(lead)
            or (_CHO.search(lead, opens.end()) is not None and _LIST_END.search(lead) is not None)
        ):
            return True  # "Gồm 120 bộ …", "Gồm 120 bộ cho học sinh và 80 bộ …"
        if (not lead or _SHORT_OPENER.fullmatch(lead)) and head is not None and head.category == "items":
            # "Theo danh sách, 40 suất dành cho học sinh Trường A, …": a list of items opens the clause
            return True
        i = bisect.bisect_left(self._starts, num_start) - 1
        if i < 0:
            return False
        prev = self.mentions[i]
        if prev.start < cstart or prev.end > num_start:
            return False
        closed = _CLOSED_PLACE_GAP.fullmatch(self.text, prev.end, num_start)
        if closed is not None:
            # "… cho Trường A (xã B), 35 suất cho Trường C": the item before ended with its
            # recipient, whose place stands in brackets after it
            opened = self.text.rfind("(", cstart, prev.start)
            name_end = opened
            while name_end > cstart and self.text[name_end - 1] in " \t":
                name_end -= 1
            named = self._mention_ending_at(name_end) if opened > 0 else None
            if named is None or named.start < cstart:
                return False
            prev = named
        elif not _LIST_GAP.fullmatch(self.text, prev.end, num_start):
            return False
        before = words_before(self.text, prev.start, 3, cstart)
        if len(before) > 2 and " ".join(before[-2:]) in _HEAD_WORDS:
            before = before[:-2]
        if before[-1:] != ["cho"]:
            # "40 suất dành cho học sinh Trường A (xã B), 35 suất …", "180 suất cho học sinh xã A
            # và 120 suất …": the people of the place the item before went to stand before it
            before = words_before(self.text, prev.start, 5, cstart)
            cho = len(before) - 1 - before[::-1].index("cho") if "cho" in before else -1
            if cho >= 0 and before[cho + 1 :] and _opens_with_people(before[cho + 1 :], as_written=False):
                before = before[: cho + 1]
        if not before or before[-1] != "cho":
            return False
        # the item before counts its own thing: a number between this clause's start and that "cho"
        return _LAST_NUMBER.search(self.text, cstart, prev.start) is not None

    def _giver_named(self, num_start: int) -> bool:
        """The sentence names who hands over the gift counted at `num_start`: a unit acting before
        it ("Tỉnh đoàn X …; trao 50 suất học bổng …"), an unnamed body ("Huyện đoàn trao …") or a
        proper name right before the giving verb ("Công ty Cổ phần Y tài trợ 80 bộ đồng phục …").
        A school receives only from a giver so named; what the page's own people hand to a school
        of their area, no giver named ("Đoàn viên, thanh niên các đơn vị đã … trao 1 phòng máy cho
        Trường THCS Z"), stays the page's own result."""
        sstart, _ = self.ctx.sentence(num_start)
        if any(not self._is_location(m, sstart) for m in self._in(sstart, num_start)):
            return True
        if _GENERIC_BODY.search(self.text, sstart, num_start) is not None:
            return True  # "Huyện đoàn trao …": the body of its level
        cstart, _ = self.ctx.clause(num_start)
        words = self.text[cstart:num_start].split()
        keyed = [key(w) for w in words]
        give = cue_set("give")
        for i in range(1, len(words)):
            verb = ends_with_phrase(keyed[: i + 1], give)
            if verb is not None:
                j = i - len(verb.split())  # the word right before the verb
                return j >= 0 and words[j][:1].isupper()
        return False

    def _gift_to_own_school(self, num_start: int, cstart: int, cend: int) -> Attribution | None:
        """A gift handed to the people or teams "của trường" or "nhà trường" (no name after it):
        "Tỉnh đoàn X hỗ trợ các đội hình của trường 40 triệu đồng", "Y trao 20 suất học bổng cho
        sinh viên của trường, mỗi suất 5 triệu đồng", "Hội Sinh viên tỉnh Z trao tặng cho sinh viên
        nhà trường 200 vé xe và 300 suất quà" (the things handed over right after the people).
        On a school's page that is the page's own school, which
        receives it (spec §2.3), even when another school was named before; elsewhere the school
        named last before it in its sentence, if any. The figure stands after the giving
        verb: right after the recipient, before "cho", or as the value of each portion after it."""
        low = self.low
        at = low.find("của trường", cstart, cend)
        if at < 0:
            at = low.find("nhà trường", cstart, num_start)  # "cho sinh viên nhà trường 200 vé xe"
            if at < 0 or not (cstart < at and low[at - 1] in " \t"):
                return None  # a cheap first test
        g = _OF_SCHOOL.match(self.text, at, cend)
        if g is None:
            return None  # "của trường THPT A": a named school, which the other rules read
        if num_start < at and _COUNTED_OF_SCHOOL.fullmatch(self.text, num_start, at) is not None:
            # "Hội Sinh viên tỉnh A hỗ trợ 3 đội hình của trường 45 triệu đồng": the count of the
            # school's own teams or people that receive the support is the school's, as the amount
            # handed to them (c52), not the giver's
            if not contains_phrase([key(w) for w in self.text[cstart:num_start].split()], cue_set("give")):
                return None
            return self._own_school_or_named(num_start, at)
        lead = self.text[max(cstart, at - 64) : at].split()[-5:]
        cho = max((i for i, w in enumerate(lead) if w == "cho"), default=-1)
        people = lead[cho + 1 :] if cho >= 0 else lead[-2:]
        if not people or not all(w[:1].islower() and w.isalpha() for w in people):
            return None  # "cho Câu lạc bộ X của trường": not the people of the school
        if not contains_phrase([key(w) for w in self.text[cstart:at].split()], cue_union("give", "collect")):
            return None
        if cho >= 0:
            after = self.text[g.end() : num_start].lstrip(" \t,")
            if (
                after
                and not after.startswith(("mỗi", "Mỗi"))
                and _GIFT_LIST_AFTER.match(self.text, g.end(), num_start) is None
            ):
                # a figure after the gift's recipient that is neither the value of a portion nor
                # one of the things handed over right after it ("cho sinh viên nhà trường 200 vé")
                return None
        elif num_start < g.end() or self.text[g.end() : num_start].strip():
            return None  # "hỗ trợ các đội hình của trường 40 triệu đồng": the number right after
        return self._own_school_or_named(num_start, at)

    def _own_school_or_named(self, num_start: int, at: int) -> Attribution | None:
        """The school a bare "của trường" / "nhà trường" at `at` points to: the page's own school,
        else the school named last before it in the figure's sentence, else None."""
        if self.own is not None and key(self.own).startswith("trường"):
            return Attribution(None, "given")  # the page's own school
        sstart, _ = self.ctx.sentence(num_start)
        school = next((m for m in reversed(self._in(sstart, at)) if self._school_unit(m)), None)
        return None if school is None else Attribution(school.canonical, "recipient", school)

    def _people_of_other_province(self, num_start: int, num_end: int, cend: int) -> UnitMention | None:
        """The figure counts people of a province other than the actor's, named by "của" or after
        "cho" and their words: "Thành đoàn A nhận đưa 50 cán bộ Đoàn cấp xã của B về tập huấn",
        "Tỉnh đoàn B tổ chức 5 hành trình cho đoàn viên A". What one province does for the people
        of another (a cooperation between peers) is support that province receives (spec §2.3).
        Only a province: people of a place inside the actor's own area ("tập huấn cho đoàn viên
        huyện X") stay the actor's."""
        end = min(cend, num_end + 80)
        low = self.low
        of = low.find("của", num_end, end)
        if of >= 0:
            g = _PEOPLE_OF.match(self.text, num_end, end)
            if g is not None and g.end() - 4 <= of + 4:
                said = g.group("noun").split()
                head, _ = lookup_head([key(w) for w in said], said)
                people = head is not None and head.category in ("participants", "beneficiaries")
                i = bisect.bisect_left(self._starts, g.end())
                if people and i < len(self.mentions) and self.mentions[i].start == g.end():
                    m = self.mentions[i]
                    if (
                        m.level == "province"
                        and not self._in_quotes(m)
                        and self._actor_elsewhere(m, num_start)
                    ):
                        return m
        cho = _CHO.search(self.text, num_end, end)
        if cho is None or len(self.text[num_end : cho.start()].split()) > 6:
            return None
        for m in self._in(cho.end(), end):
            if self._served_other_province(m, self.ctx.clause(num_start)[0]):
                return m
            break
        return None

    def _national_organiser_opens(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with the organising board of a national contest or campaign, named by
        its function and "Trung ương" / "quốc gia" / "toàn quốc" ("Ban Tổ chức Trung ương đã chọn
        12 bài …", "Ban Giám khảo cấp quốc gia chấm 40 tác phẩm …"): what that board does is done
        for the whole country (spec §2.3, national aggregates), not by the page's own unit; the
        bare "Ban Tổ chức" of a local page stays the page's. Cheap first test: "Ban" or "Hội đồng"
        opens the sentence."""
        if not self.text.startswith(("Ban ", "Hội đồng "), sstart):
            return False
        lead = _NATIONAL_ORGANISER.match(self.text, sstart, num_start)
        return lead is not None and not self._in(sstart, lead.end())

    def _at_another_of_its_level(self, found: Attribution, cstart: int, num_start: int) -> bool:
        """The clause at `cstart` opens with "tại"/"ở" and another unit of the same level as the
        unit `found` in an earlier clause ("Trường Tiểu học A nhận 420 bộ bàn chải; tại Trường
        Tiểu học B, đội khám phát hiện 96 em …"): what happens at B is not A's, and the place only
        says where (spec §2.3), so neither carries; the figure falls back to the page's own unit.
        A place of another level keeps the earlier actor ("Đoàn xã A ra quân; tại trường THCS B,
        300 em tham gia": A's). Cheap first test: "tại"/"ở" opens the clause."""
        m = found.mention
        if m is None:
            return False
        g = _PLACE_OPENER.match(self.text, cstart, num_start)
        if g is None:
            return False
        place = self._mention_at(g.end())
        return (
            place is not None
            and place.level == m.level
            and place.canonical != found.unit
            and not self._in(place.end, num_start)
        )

    def _own_officer_quote(self, sstart: int, send: int) -> bool:
        """The sentence is a quote closed by its speaker's tag ("“…, với khoảng 20.000 em tham
        gia”, anh Phúc nói.") and the text introduced that speaker before as an officer of the
        page's own body, named by its bare level word ("Theo anh Kiên Hoàng Phúc, Phó Bí thư Tỉnh
        đoàn, …"): the officer speaks for the page's own unit (spec §2.3), so the unit that an
        earlier sentence named (a partner body) is not carried into the quote. A speaker introduced
        with a named body ("Bí thư Thành đoàn A") does not fire. Cheap first test: the sentence
        opens with a quotation mark."""
        if sstart >= len(self.text) or self.text[sstart] not in "\"“":
            return False
        tag = _QUOTE_TAG.search(self.text, sstart, send)
        if tag is None:
            return False
        base = max(0, sstart - 2000)  # the speaker is introduced in the paragraphs just before
        spans = _officer_spans(self.text[base:sstart], tag.group("name"))
        return any(not self._in(base + s, base + e) for s, e in spans)

    def _national_level_opens(self, sstart: int, num_start: int) -> bool:
        """The sentence opens with "Ở cấp Trung ương," / "Tại cấp toàn quốc," (the level words are
        the cues of kind "national_level") and names no unit between that opener and the number:
        it tells what is done at the national level (spec §2.3, national aggregates), not what the
        unit of an earlier sentence did. "cấp Trung ương" elsewhere ("bằng khen cấp Trung ương")
        only names an honour's level. Cheap first test: "cấp" right after "Ở"/"Tại" opens it."""
        if not self.text.startswith(("Ở cấp ", "Tại cấp "), sstart):
            return False
        lead = _LEVEL_OPENER.match(self.text, sstart, num_start)
        if lead is None:
            return False
        if " ".join(key(w) for w in lead.group("level").split()) not in cue_set("national_level"):
            return False
        return not self._in(sstart, num_start)

    def _given_to_own_subdivisions(self, num_start: int, num_end: int, cend: int) -> bool:
        """On the page of a commune-level unit (a xã, phường, thị trấn, đặc khu), a gift handed
        "cho các" unnamed subdivisions of it that close the clause ("… tặng thêm 12 túi sơ cứu cho
        các tổ dân phố", "… trao 5 tủ sách cho các thôn"): the page's own commune receives it
        through its subdivisions (spec §2.3, support handed to a place), not the giver named before
        the number. Cheap first tests: the caller's "cho các" after the number, the page's level."""
        own = self.own
        if not own or not own.startswith(_COMMUNE_PREFIXES):
            return False
        g = _TO_SUBDIVISIONS.match(self.text, num_end, min(cend, num_end + 80))
        if g is None or self.text[g.end() : cend].strip(" \t\r\n.;,"):
            return False
        return self._verb_before(num_start, ("give",))

    def _given_to_own_teams(self, num_start: int, num_end: int, cend: int) -> bool:
        """A gift handed "cho các đội hình" (teams the text does not name) that closes the clause,
        after a verb of giving ("Tỉnh đoàn A hỗ trợ chỗ ở và 20 triệu đồng tiền ăn cho các đội
        hình"): the teams are the page's own, which receives it through them (spec §2.3, the
        recipient's), not the giver named before the number. Cheap first test: the caller's "cho
        các"/"cho những" after the number."""
        g = _TO_TEAMS.match(self.text, num_end, min(cend, num_end + 100))
        if g is None or self.text[g.end() : cend].strip(" \t\r\n.;,"):
            return False
        return self._verb_before(num_start, ("give",))

    def _own_teams_given_before(self, cstart: int, num_start: int) -> bool:
        """A verb of giving hands the figure to "các đội hình" (teams the text does not name) right
        before its number ("Tỉnh đoàn B hỗ trợ các đội hình 80 triệu đồng tiền ăn ở", "trao tặng
        các đội tình nguyện 50 áo phao"): the teams are the page's own, which receives it through
        them (spec §2.3, the recipient's), not the giver named before. The mirror of
        `_given_to_own_teams` ("… cho các đội hình" after the number). Cheap first test: the
        caller's " đội" or " tổ" before the number."""
        g = _TEAMS_BEFORE_NUMBER.search(self.text, max(cstart, num_start - 64), num_start)
        if g is None:
            return False
        before = words_before(self.text, g.start(), 4, cstart)
        if before[-1:] == ["cho"]:
            # "trang bị cho các tổ 20 đèn pin": a verb that fits them out hands the things over too
            return ends_with_phrase(before[:-1], cue_union("give", "fit_out")) is not None
        return ends_with_phrase(before, cue_set("give")) is not None

    def _compared_with_nation(self, m: UnitMention, floor: int) -> bool:
        """`m`, the country ("cả nước", "toàn quốc"), only stands in a comparison ("cao hơn mức
        chung của cả nước", "so với cả nước", cue kind "national_compare"): the figure is measured
        against the nation, it is not a national figure and does not make its sentence, or the
        sentences after it, national (spec §2.3). Asked only for national mentions (few)."""
        before = [key(w) for w in words_before(self.text, m.start, 4, floor)]
        return ends_with_phrase(before, cue_set("national_compare")) is not None

    def _ranks_among_nation(self, m: UnitMention) -> bool:
        """`m`, the country ("toàn quốc", "cả nước"), only closes a ranking phrase right before it
        ("xếp thứ 4 toàn quốc", "đứng thứ 2 cả nước", "dẫn đầu toàn quốc"): the subject is ranked
        among the nation, and the counts the clause gives of it are its own, not national totals
        (spec §2.3); so does a superlative ("nhiều nhất cả nước", "cao nhất toàn quốc"). Cheap first
        test: "thứ", "hạng", "đầu" or "nhất" just before the mention."""
        lo = max(0, m.start - 24)
        low = self.low
        if all(low.find(w, lo, m.start) < 0 for w in ("thứ", "hạng", "đầu", "nhất")):
            return False
        return _RANKED_AMONG.search(self.text, lo, m.start) is not None

    def _owner_named_after(self, num_end: int, cend: int) -> UnitMention | None:
        """The people or teams counted are named as a Youth Union body's own by a "của <body>"
        right after their words ("còn có 2 đội hình với 45 đoàn viên của Thành đoàn B", "…; 36
        đoàn viên của Đoàn xã C góp công …"): the body they belong to is the unit whose result
        they are (spec §2.3), not the clause's earlier subject or recipient nor the page's own.
        A count bridged by "với" to the people who make it up ("2 đội hình với 45 đoàn viên của
        …") is the same body's. Only people or teams (not "100 suất quà của Tỉnh đoàn A", the
        giver's gift) and only a body (not "đoàn viên của xã A", a place). None when the rule does
        not apply; the caller's cheap first test is "của" after the number in its clause."""
        end = min(cend, num_end + 120)
        of = self.low.find("của", num_end, end)
        if of < 0:
            return None
        g = _OWNED_COUNT.match(self.text, num_end, end)
        if g is None or g.end() - 4 < of:
            return None
        said = g.group("noun").split()
        head, _ = lookup_head([key(w) for w in said], said)
        if head is None or head.category not in ("participants", "teams"):
            return None
        i = bisect.bisect_left(self._starts, g.end())
        if i < len(self.mentions) and self.mentions[i].start != g.end():
            # a body the unit finder does not read, named with its province ("45 tình nguyện viên của
            # Hội LHTN Việt Nam tỉnh B"): the province's own body, so the province's people
            named = _BODY_OF_PROVINCE.match(self.text, g.end(), end)
            m = self.mentions[i]
            if named is not None and m.start == named.end() and m.level == "province":
                return None if self._in_quotes(m) else m
        if i >= len(self.mentions) or self.mentions[i].start != g.end():
            return None
        m = self.mentions[i]
        if not m.is_body or self._in_quotes(m):
            return None
        return m

    def anchor_unit(self, anchor: str | None, offset: int | None) -> Attribution | None:
        """The unit a footnote marker at `offset` of the body hangs on (spec §2.3: "a footnote hung
        on "Hưng Yên⁶" gives Hưng Yên"), whose text before the marker is `anchor` (a short cut of
        it, which may start inside a longer name: "…tâm Kiểm soát bệnh tật tỉnh Ninh Bình⁷").

        - The body's mention that ends at the marker comes first: read in the whole body, its name
          is not cut, where the anchor alone would keep only the province at its end.
        - Else the unit the anchor names (a national one is not enough), unless the body hands an
          award after "được" ("… được Tỉnh đoàn A tặng Bằng khen¹", as below).
        - Else, when the marker ends the name of a programme or a thing and "của <body>" follows
          it ("Chương trình "Chuyến xe 0 đồng"⁶ của Đoàn Thanh niên Bệnh viện A …"), that body.
        - Else what the body's rules give at the marker, unless that is a body after "được" that
          hands an award ("… được Ban Thường vụ Đoàn X tặng Cờ thi đua⁹"): the note tells of
          those awarded.
        None when there is neither an anchor nor an offset."""
        if offset is not None:
            m = self._mention_ending_at(offset) or self._located_by_bracket(offset)
            if m is not None and m.level != "national":
                return Attribution(m.canonical, "footnote", m)
        if anchor:
            m = unit_of_name(anchor)
            if m is not None and m.level != "national":
                if offset is not None:
                    # the anchor's words are the body's, joined by one space: find the name there
                    at = self.text.rfind(m.text, max(0, offset - len(anchor) - 20), offset)
                    if at >= 0 and self._hands_award(at, at + len(m.text), offset):
                        return None  # "… được Tỉnh đoàn A tặng Bằng khen¹": the body hands the award
                return Attribution(m.canonical, "footnote", m)
            org = _organisation_ending(anchor)
            if org is not None:
                return Attribution(org.canonical, "footnote", org)  # "… trao tặng Chi nhánh X⁷": X's note
        if offset is None:
            return None
        g = _OF_BODY_AFTER_MARKER.match(self.text, offset)
        if g is not None:
            m = self._mention_at(g.end())
            if m is not None and m.is_body and m.level != "national":
                return Attribution(m.canonical, "footnote", m)
        found = self.resolve(offset, offset)
        if found is not None and found.mention is not None and _HONOUR_AGENT_LEAD.search(
            self.text, max(0, found.mention.start - 24), found.mention.start
        ):
            # "… 1 trong 15 tập thể được Ban Thường vụ Đoàn X tặng Cờ thi đua⁹": the body that hands
            # the award is no unit of the note, which tells of those awarded
            return None
        return found

    def _located_by_bracket(self, pos: int) -> UnitMention | None:
        """The unit before a bracket that closes right at `pos` (a footnote marker after it) and holds
        only one unit of a higher level, maybe a former place ("Huyện đoàn A (tỉnh B cũ)⁵", "Đoàn xã C
        (huyện D)⁶"), or the higher level's body ("Đoàn xã C (Huyện đoàn D)⁶": C of D's district): the
        bracket only says where that unit lies, the note is the unit's (spec §2.3, as an address
        chain's higher levels are). None when no such bracket closes there (cheap first test: ")")."""
        j = pos
        while j > 0 and self.text[j - 1] in " \t":
            j -= 1
        if j == 0 or self.text[j - 1] != ")":
            return None
        i = bisect.bisect_left(self._starts, j)
        if i < 2:
            return None
        place, before = self.mentions[i - 1], self.mentions[i - 2]
        if _BRACKET_PLACE_TAIL.fullmatch(self.text, place.end, j) is None:
            return None
        if not _BRACKET_OPEN_GAP.fullmatch(self.text, before.end, place.start):
            return None
        return before if _RANK.get(before.level, 9) < _RANK.get(place.level, 9) else None

    def _mention_ending_at(self, pos: int) -> UnitMention | None:
        """The mention whose name ends right at `pos` (a footnote marker after it), if any. Cheap:
        one bisection, the mentions before `pos` that could end there lie just before it."""
        i = bisect.bisect_left(self._starts, pos)
        for m in reversed(self.mentions[max(0, i - 3) : i]):
            if m.end == pos:
                return m
        return None

    def _served_other_province(self, m: UnitMention, floor: int) -> bool:
        """`m`, a province, names the people an activity is held for ("tổ chức 5 hành trình cho
        đoàn viên A"), and a body of another province acts in the clause: A is served, it is
        neither the actor nor a place that only says where."""
        if m.level != "province" or m.is_body:
            return False
        cho = self.text.rfind("cho", max(floor, m.start - 48), m.start)
        if cho < 0 or not _PEOPLE_OF_PLACE.fullmatch(self.text, cho + 3, m.start):
            return False
        if _WHERE_WORD.search(self.text, cho + 3, m.start):
            return False
        return self._actor_elsewhere(m, m.start, floor)

    def _actor_elsewhere(self, m: UnitMention, pos: int, floor: int | None = None) -> bool:
        """A body of a province other than `m` acts before `pos` (in its clause, or after
        `floor`); an unnamed body opening the sentence ("Thành đoàn cũng …") counts as the one of
        its form named last in the paragraph."""
        if floor is None:
            floor, _ = self.ctx.sentence(pos)
        for a in reversed(self._in(floor, pos)):
            if a.is_body and a.level == "province" and not self._is_location(a, floor):
                return a.canonical != m.canonical
        sstart, _ = self.ctx.sentence(pos)
        g = _GENERIC_BODY.match(self.text, sstart, pos)
        if g is None or not g.group("top"):
            return False
        form = key(g.group())  # "thành đoàn": the body of that form named last in the paragraph
        pstart, _ = self.ctx.paragraph(sstart)
        for a in reversed(self._in(pstart, sstart)):
            if a.is_body and a.level == "province" and key(a.text).startswith(form):
                return a.canonical != m.canonical
        return False

    def _counted_recipient(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """The figure counts the people a gift goes to, right after "cho", and they are named by
        their place ("trao 2 căn nhà trị giá 120 triệu đồng cho 2 học sinh mồ côi xã A"): the place
        receives them as it receives the gift (see `recipient_after`). Needs a giving verb before in
        the clause; an activity for people ("tổ chức 3 buổi cho 200 đoàn viên xã A") stays the
        actor's."""
        if self.text.find("cho", max(0, num_start - 16), num_start) < 0:
            return None  # a cheap first test
        if _CHO_BEFORE_COUNT.search(self.text, max(0, num_start - 16), num_start) is None:
            return None
        cstart, _ = self.ctx.clause(num_start)
        if not contains_phrase(words_before(self.text, num_start, 24, cstart), cue_union("give", "collect")):
            return None
        end = min(clause_end, num_end + 64)
        for m in self._in(num_end, end):
            if m.level not in _ADMIN_LEVELS and not self._school_unit(m):
                return None
            if _SITES_IN.fullmatch(self.text, num_end, m.start) is not None and _opens_with_category(
                self.text[num_end : m.start].split(), _SITE_CATEGORIES
            ):
                return m  # "tặng 1.200 quyển vở cho 2 điểm trường ở xã A": the sites are A's, as the gift
            if _PEOPLE_WORDS.fullmatch(self.text, num_end, m.start) is None or _WHERE_WORD.search(
                self.text, num_end, m.start
            ):
                return None  # "cho 140 em tại hồ bơi thị trấn A": the place only says where
            return m
        return None

    def _reached_people(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """ "về với" (comes to) right before a count of people named by their place ("“Ngân hàng
        bò” của tuổi trẻ X về với 40 hộ nghèo xã A"): the programme reaches them as a gift does,
        and the place receives them (spec §2.3), as after "cho" (`_counted_recipient`). None when
        the words between the number and the place are not people's or say where. Asked only when
        "với" stands right before the number."""
        if _REACHED_BEFORE.search(self.text, max(0, num_start - 24), num_start) is None:
            return None
        end = min(clause_end, num_end + 64)
        for m in self._in(num_end, end):
            if m.level not in _ADMIN_LEVELS:
                return None
            if _PEOPLE_WORDS.fullmatch(self.text, num_end, m.start) is None or _WHERE_WORD.search(
                self.text, num_end, m.start
            ):
                return None
            if not _opens_with_people(self.text[num_end : m.start].split()[:2]):
                return None
            return m
        return None

    def _given_on_to(self, num_start: int, num_end: int, clause_end: int) -> UnitMention | None:
        """What was raised or given is handed on, right after its noun, by a verb of support that
        names its recipient ("vận động hội viên quyên góp 2 tỷ đồng ủng hộ Hội LHTN tỉnh B", "trao 30
        suất quà hỗ trợ đồng bào xã C", "trao 30 triệu đồng hỗ trợ Chi đoàn Nhà máy D"): the unit
        right after the verb (maybe after the people of it; an organisation's Youth Union body only
        right after it) receives what the figure counts (spec §2.3). Needs a verb of giving or
        raising before the
        number in the clause; an activity ("tổ chức 5 lớp hỗ trợ thanh niên xã C") stays the actor's.
        Cheap first test (the caller's): a verb of ``_GIVE_ON`` after the number."""
        end = min(clause_end, num_end + 120)
        verb = _GIVE_ON.search(self.text, num_end, end)
        if verb is None:
            return None
        gap = self.text[num_end : verb.start()]
        bought = "mua" in gap and _SPENT_ON_GIFT.fullmatch(gap) is not None  # cheap first test: "mua"
        if not bought and (
            len(gap.split()) > 6 or any(ch.isdigit() or ch in ",;:(/" for ch in gap) or "và" in gap.split()
        ):
            # the verb must follow the figure's noun, not another figure, clause or verb phrase
            # ("bàn giao 2 nhà trị giá 80 triệu đồng/căn và trao tặng xã A …": a second gift's)
            return None
        # "trích 45 triệu đồng mua 30 xe đạp tặng học sinh xã A": the things bought to be given,
        # and the money spent on them (`bought`), are a gift as after a verb of giving
        if not (bought or self._verb_before(num_start, ("give", "collect")) or self._bought_for(num_start)):
            return None
        for m in self._in(verb.end(), end):
            if m.level == "body" and m.is_body and not self.text[verb.end() : m.start].strip():
                return m  # "trao 30 triệu đồng hỗ trợ Chi đoàn Nhà máy A": the organisation's body
            if m.level not in _ADMIN_LEVELS or self._is_current_name(m):
                return None
            if len(self.text[verb.end() : m.start].split()) > 0 and (
                _HEAD_OF_PLACE.fullmatch(self.text, verb.end(), m.start) is not None
            ):
                return None if self._gift_for_places(m) else m  # "ủng hộ Hội LHTN tỉnh B": B's body
            if len(self.text[verb.end() : m.start].split()) > 0 and (
                _PEOPLE_OF_PLACE.fullmatch(self.text, verb.end(), m.start) is None
                or _WHERE_WORD.search(self.text, verb.end(), m.start) is not None
            ):
                return None  # "ủng hộ đồng bào vùng lũ tại xã A": the place only says where
            return None if self._gift_for_places(m) else m
        return None

    def _new_deed_of_giver(self, cstart: int, num_start: int) -> bool:
        """The clause at `cstart` opens a new deed of the sentence's actor ("đồng thời cử 04 đội
        hình …", "…, bên cạnh đó tổ chức 3 lớp …") that hands nothing over before the figure at
        `num_start`: the unit that received the gift of an earlier clause is not its actor (spec
        §2.3: the giver keeps what it does itself). Not a clause that gives again ("đồng thời trao
        350 suất học bổng"), whose recipient rules are the gift's own. Cheap first test: the lead."""
        lead = _NEW_DEED_LEAD.match(self.text, cstart, num_start)
        if lead is None:
            return False
        words = words_before(self.text, num_start, 24, lead.end())
        return not contains_phrase(words, cue_union("give", "send"))

    def _organisation_acts(self, cstart: int, num_start: int) -> UnitMention | None:
        """The clause at `cstart` opens with an organisation named alone (no Youth Union words:
        "Công ty X", "Bệnh viện Y", which the unit finder leaves to partners and sponsors), whose verb
        sends or does something itself before the figure at `num_start` ("…; Công ty Cảng X cử 2 đội
        hình với 36 đoàn viên", "Bệnh viện Đa khoa tỉnh Y cử 8 điều dưỡng", "Công ty Điện lực Z kiểm
        tra … cho 260 hộ"): the organisation acts, the figure is its own (spec §2.3; n241, n361). Not
        a sponsor or a partner, whose verb gives, signs or takes in ("Công ty X tài trợ …", "… nhận
        60 học viên": `_SPONSOR_OR_PEOPLE_LEAD`, n122, n249): only the verbs of `_org_act_verbs()`,
        the first verb after the name. Cheap first test: the clause opens with an organisation noun."""
        g = _ORG_SUBJECT.match(self.text, cstart, num_start)
        if g is None:
            return None
        words = [(w.start(), w.end()) for w in _NAME_WORD.finditer(self.text, g.start("org"), num_start)]
        for k in range(2, min(len(words), _ORG_NAME_WORDS)):
            word = key(self.text[words[k][0] : words[k][1]])
            if word in _ORG_VERB_LEADS:
                continue  # "Công ty X đã cử …": the name ends before "đã"
            if not self.text[words[k][0]].islower():
                continue  # a capitalised word goes on with the name
            lead = " ".join(key(self.text[a:b]) for a, b in words[k : k + 2])
            if word not in _org_act_verbs() and lead not in _org_act_verbs():
                if any(self.text[a].isupper() for a, _ in words[k + 1 : k + 4]):
                    continue  # "Công ty Vận tải biển X", "Bệnh viện Đa khoa tỉnh Y": lower-case name words
                return None  # another verb first: a sponsor, a partner
            end = words[k - 1][1]
            while key(self.text[words[k - 1][0] : words[k - 1][1]]) in _ORG_VERB_LEADS:
                k -= 1
                end = words[k - 1][1]
            m = lookup(self.text[g.start("org") : end])
            return m if m is not None and (m.is_body or m.level == "sector") else None
        return None

    def _own_team_opens(self, cstart: int, num_start: int) -> bool:
        """The clause at `cstart` opens with a team of a body as its subject ("…; tổ quân y của Đồn
        khám bệnh cho 215 lượt người dân", "…; đội hình của trường dạy bơi cho 40 em"): a new actor,
        the giver's own people, so the unit that received the gift of an earlier clause is not
        carried into it (spec §2.3). Cheap first test: the clause's first word."""
        i = _after_bullets(self.text, cstart, num_start)
        if not self.low.startswith(("tổ ", "đội", "nhóm ", "các "), i):
            return False
        return _TEAM_OF_SUBJECT.match(self.text, i, num_start) is not None

    def _gift_to_bare_body(self, start: int, pos: int) -> bool:
        """A verb of giving (or "cho" after a verb of giving or sending) hands what follows to an
        unnamed Youth Union body right before a number, in [start, pos) ("Thành đoàn A trao cho Tỉnh
        đoàn 100 suất học bổng", "Công ty B tặng Đoàn xã 80 triệu đồng"), and the page's own unit is
        of that body's level (a bare "Đoàn Khối" on a Đoàn Khối's page): the body is the page's
        own, which receives the gift (spec §2.3), not the giver. Extends `_gift_to_bare_level` (a
        bare place word) to the bodies. Cheap first test: "đoàn" in the span read."""
        end = min(len(self.text), pos + 16)
        low = self.ctx.low
        if (low if low is not None else self.low).find("đoàn", start, end) < 0:
            return False
        if low is not None and not self.ctx.may_contain(cue_probes("give", "send"), start, pos):
            return False  # no verb of giving or sending in the span
        own = _own_mention(self.own)
        if own is None:
            return False
        for g in _BARE_BODY_GIFT.finditer(self.text, start, end):
            if g.start() >= pos:
                break
            kind = next(k for k in ("low", "mid", "top", "bloc") if g.group(k))
            if kind == "bloc":
                if not own.canonical.startswith("Đoàn Khối"):
                    continue  # "Đoàn Khối": the page's own only on a Đoàn Khối's page
            elif own.level != _BODY_LEVEL[kind]:
                continue
            if _handed_by_verb(words_before(self.text, g.start(), 4, start)):
                return True
        return False

    def _own_part_of_whole(self, sstart: int, num_start: int) -> bool:
        """After a whole, "trong đó" and an unnamed Youth Union body of the page's own unit's level
        open the figure's part of the sentence ("Toàn tỉnh có 126.400 ĐV, trong đó Đoàn Khối chiếm
        5,4%"): the part is the page's own (spec §2.3), not the whole's province; only the figure of
        the body's own part, before the next comma or semicolon. Cheap first test: "trong đó" after a
        comma or a semicolon in the sentence before the figure."""
        i = self.low.rfind("trong đó", sstart, num_start)
        if i < 0 or self.text[sstart:i].rstrip()[-1:] not in (",", ";"):
            return False
        g = _PART_OF_BARE_BODY.match(self.text, i + len("trong đó"), num_start)
        own = _own_mention(self.own)
        if g is None or own is None:
            return False
        if any(c in self.text[g.end() : num_start] for c in ",;"):
            return False  # "…, trong đó Đoàn Khối chiếm 6,2%, khối huyện chiếm 70%": the next part's
        kind = next(k for k in ("low", "mid", "top", "bloc") if g.group(k))
        if kind == "bloc":
            return own.canonical.startswith("Đoàn Khối")
        return own.level == _BODY_LEVEL[kind]

    def _members_of_place_after(self, num_start: int, num_end: int, cend: int) -> UnitMention | None:
        """The people counted are named by a member noun and, right after it, a commune, ward,
        district or village ("60 cán bộ, chiến sĩ trẻ của Đồn và 25 đoàn viên xã A tham gia phục
        vụ"), or a Youth Union body of a province, district or commune after one or more member
        nouns joined by commas or "và" ("40 cán bộ, đoàn viên Thành đoàn A"): the place owns those
        members, their number is its result (spec §2.3), not the clause's subject's. Only nouns of
        people who take part, all of the words (not "25 học sinh xã A", served people other rules
        read; not "25 đoàn viên tham gia tại xã A", where the place only says where; not people
        served by the actor's activity, after "cho" or another verb of serving: "tập huấn cho 120
        đoàn viên xã A" stays the actor's, fix9e). Cheap first test: a unit named within 40
        characters after the number."""
        i = bisect.bisect_left(self._starts, num_end)
        if i >= len(self.mentions):
            return None
        m = self.mentions[i]
        if m.start > min(cend, num_end + 40):
            return None
        if m.is_body and m.level == "body":
            # "42 đoàn viên Bệnh viện A sơ cứu …": an organisation right after its Youth Union's
            # members owns them (the unit finder reads it so: `units.gazetteer._MEMBERS`)
            if _ORG_MEMBERS_GAP.fullmatch(self.text, num_end, m.start) is None:
                return None
        elif m.is_body:
            # "40 cán bộ, đoàn viên Thành đoàn A do chị B dẫn đầu": a Youth Union body of a place
            # right after its members' nouns owns them as the place does; so does a force's Youth Union
            # body ("42 đoàn viên Chi đoàn Công an xã hướng dẫn …"): its sector's members (spec §2.3),
            # as "cán bộ, chiến sĩ Công an xã" are (`_force_of_people`)
            gap = self.text[num_end : m.start]
            if m.level == "sector":
                gap = _SECTOR_BODY_HEAD.sub(" ", gap)  # "đoàn viên Đoàn [Thanh niên Công an tỉnh]"
            elif m.level not in _MEMBER_BODY_LEVELS or not _YOUTH_BODY_NAME.match(m.text):
                return None
            if not _members_nouns(gap):
                return None
        else:
            if m.level not in _MEMBER_PLACE_LEVELS:
                return None
            gap = self.text[num_end : m.start]
            if _MEMBER_NOUN_GAP.fullmatch(gap) is None:
                # "120 đoàn viên, thanh niên xã A": member nouns joined, as before a body
                if _MEMBER_NOUNS_SEP.search(gap) is None or not _members_nouns(gap):
                    return None
            elif not _members_noun(gap):
                return None
        before = words_before(self.text, num_start, 5)
        if before and before[-1] in _COUNT_QUALIFIERS:
            before = before[:-1]  # "cho hơn 120 đoàn viên …"
        if ends_with_phrase(before, cue_set("serve")) is not None:
            return None  # "tổ chức 2 buổi tập huấn cho 120 đoàn viên xã A": served by the actor
        return None if self._in_quotes(m) else m

    def _sent_to_help(self, m: UnitMention, floor: int, pos: int) -> bool:
        """`m`, a province, follows a verb of helping right after a word of motion, after a verb that
        sends a team in its clause ("Đoàn X cử 4 đội y tế với 36 bác sĩ trẻ lên hỗ trợ tỉnh A khắc
        phục hậu quả lũ, khám … cho 2.860 lượt người dân"), and a comma stands between it and the
        figure at `pos`: the province only says where the sent team works; what the team does there
        stays with the sender (spec §2.3; c33/c42). Not a gift counted right after the province (no
        comma between), nor a commune of the page's area helped by a team from outside ("cử 15 huấn
        luyện viên sang hỗ trợ xã A mở 4 lớp": n190, A's classes). Cheap first tests: the level, a
        comma between."""
        if m.level != "province" or self.text.find(",", m.end, pos) < 0:
            return False
        before = words_before(self.text, m.start, 4, floor)
        if m.is_body and len(before) > 2 and " ".join(before[-2:]) in _HEAD_WORDS:
            before = before[:-2]
        verb = ends_with_phrase(before, cue_set("help_out"))
        if verb is None:
            return False
        rest = before[: len(before) - len(verb.split())]
        if not rest or rest[-1] not in _HELP_MOTION_WORDS:
            return False
        return contains_phrase(words_before(self.text, m.start, 24, floor), cue_set("send_team"))

    def _gift_to_organisation(self, start: int, pos: int) -> Attribution | None:
        """A verb of giving (or "cho" after one) hands what follows, in [start, pos), to an
        organisation that is no place nor Youth Union level, named by its head right before the
        number (spec §2.3, the recipient's, not the giver's): by its head alone, maybe with a level
        word ("Hội Sinh viên Việt Nam thành phố A tặng Hội Sinh viên tỉnh 10 máy tính", "Tỉnh đoàn B
        tặng CLB 2 máy sấy", "trao tặng Đồn 50 triệu đồng", "trao tặng Đoàn Thanh niên Tổng công ty
        1 bằng khen"), the page's own unit, which the article is about ("given"); by a full name the
        unit finder's lookup reads as a body ("Đoàn Thanh niên Bệnh viện A trao tặng Trung tâm Y tế
        khu vực B 01 máy siêu âm …, trị giá 320 triệu đồng"), that body. A name the lookup does not
        know decides nothing (None). Cheap first tests: a head's first word in the span
        (`_receiver_head_probe`: "hội", "clb", "đồn" …), and a verb of giving there."""
        end = min(len(self.text), pos + 16)
        low = self.ctx.low if self.ctx.low is not None else self.low
        if _receiver_head_probe().search(low, start, pos) is None:
            return None
        if not self.ctx.may_contain(cue_probes("give"), start, pos):
            return None
        for g in _receiver_head_gift().finditer(self.text, start, end, overlapped=True):
            if g.start() >= pos:
                break  # the look-ahead may read the figure's own number, nothing after it
            if not _handed_by_verb(words_before(self.text, g.start(), 4, start)):
                continue
            if self._giver_goes_on(g.end(), pos):
                return None  # "A hỗ trợ Đoàn Công ty B 65 triệu đồng, đồng thời cử 12 đoàn viên": A's
            name = g.group("name").split()
            if all(w in _RECEIVER_LEVEL_WORDS for w in name) or " ".join(name) in _RECEIVER_LEVEL_WORDS:
                return Attribution(None, "given")  # "tặng CLB 2 máy sấy": the page's own club
            found = lookup(self.text[g.start("head") : g.end("name")])
            if found is None or not found.is_body:
                return None
            m = dataclasses.replace(found, start=g.start("head"), end=g.end("name"))
            return Attribution(m.canonical, "recipient", m)
        return None

    def _giver_goes_on(self, gift_end: int, pos: int) -> bool:
        """After the gift whose number starts at `gift_end`, a new deed of the giver opens before the
        figure at `pos` ("…, đồng thời cử 12 đoàn viên", "… và cử 1 đội hình"): the giver does it,
        not the organisation that received the gift (spec §2.3: the giver's own people stay the
        giver's). Not a gift that goes on ("… 60 triệu đồng và 2.000 mét dây điện"). Cheap first
        test: a comma, a semicolon or "và" between."""
        if pos <= gift_end:
            return False
        gap = self.text[gift_end:pos]
        if "," not in gap and ";" not in gap and "và" not in gap:
            return False
        for sep in _DEED_SEP.finditer(self.text, gift_end, pos):
            if self._new_deed_of_giver(sep.end(), pos):
                return True  # "…, đồng thời cử 12 đoàn viên"
            after = [w for w, _, _ in words_after(self.text, sep.start(), 3, pos)]
            if after[:1] == ["và"] and any(
                " ".join(after[1 : 1 + k]) in cue_union("assign", "do_verb") for k in (1, 2)
            ):
                return True  # "… và cử 1 đội hình"
        return False

    def _per_item(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """The clause opens with "mỗi <noun>" right before the number ("…, mỗi căn 80 triệu đồng",
        "…, mỗi suất 1,5 triệu đồng"): the amount of each of the things the clause before counted
        belongs to whoever those things belong to, the unit of the last number before the clause in
        its sentence (spec §2.3: the recipient's, when they were given), unless the clause names a
        unit of its own. None when the rule does not apply. Cheap first test: "mỗi" right before (in
        the 40 characters before, or the 120 before a lead that names each one's contents then their
        value, `_PER_ITEM_VALUED`)."""
        at = self.low.rfind("mỗi", max(0, num_start - _PER_ITEM_VALUED_REACH), num_start)
        if at < 0:
            return None
        # the comma that opens the "mỗi" phrase (a clause of its own, even inside a quotation)
        comma = at
        while comma > 0 and self.text[comma - 1] in " \t":
            comma -= 1
        if comma == 0 or self.text[comma - 1] not in ",;–(":
            return None
        lead = _PER_ITEM_CONTENTS.fullmatch(self.text, comma, num_start) if at >= num_start - 40 else None
        lead = lead or _PER_ITEM_VALUED.fullmatch(self.text, comma, num_start)
        if lead is None or lead.group("noun").lower() in _PER_TIME:
            return None
        if found is not None and found.mention is not None and found.mention.start >= comma:
            return None  # "…, mỗi suất 1 triệu đồng do xã B góp": the clause names its own unit
        last = self._last_number_before(num_start, comma - 1)
        if last is None:
            return None  # the things counted stand before, in the sentence's same part
        if self.text[comma - 2 : comma - 1] == ")":
            # "trao 200 suất quà cho … (bản A 120 suất, bản B 80 suất), mỗi suất gồm …": the bracket
            # splits the count by its receivers; each one is a thing of the whole count before it, the
            # last number there that counts the "mỗi" noun ("trao 50 suất quà … tại 2 điểm (…)"), or
            # else the last number there ("… cho hộ nghèo 3 bản (bản A 20 suất, …)": not an item's)
            opened = self.text.rfind("(", max(0, last.start() - 200), comma - 2)
            earlier = self._last_number_before(num_start, opened) if 0 <= opened < last.start() else None
            if earlier is not None:
                nouns = [key(lead.group("noun"))]
                if not self._noun_after(earlier.end(), opened, nouns):
                    sstart, _ = self.ctx.sentence(num_start)
                    lo = max(sstart, self.text.rfind(";", sstart, opened) + 1)
                    earlier = self._counted_with(lo, earlier.start(), nouns) or earlier
                last = earlier
        return self._as_number(last, "item")

    def per_item_lead(self, num_start: int) -> int | None:
        """Where "mỗi <noun>" opens the phrase right before the number ("…; mỗi căn trị giá 70
        triệu đồng"), or None: the number is the amount of each thing counted elsewhere. Not a rate
        over time ("mỗi năm"). Used by the footnote stage to look for the things counted in the
        anchor's sentence (round 14j). Cheap first test: "mỗi" in the 40 characters before, or the 120
        before a lead that names each one's contents then their value (as `_per_item`)."""
        at = self.low.rfind("mỗi", max(0, num_start - _PER_ITEM_VALUED_REACH), num_start)
        if at < 0:
            return None
        lead = _PER_ITEM_LEAD.fullmatch(self.text, at, num_start) if at >= num_start - 40 else None
        lead = lead or _PER_ITEM_VALUED.fullmatch(self.text, at, num_start)
        if lead is None or lead.group("noun").lower() in _PER_TIME:
            return None
        return at

    def _partner_members(self, num_start: int, num_end: int) -> Attribution | None:
        """A partner joined to the subject by "cùng" with a count of its people ("Hơn 600 đoàn viên
        của Khối cùng 120 đoàn viên xã A đã trồng …"): the count is the partner's own members, the
        place its people are named by (spec §2.3), or the last commune or ward named before when its
        people are named by the bare level word (`_PARTNER_BARE_BODY`, `_last_of_level`), of its
        body ("cùng 45 đoàn viên Đoàn phường") or of the place itself, maybe after people joined by
        a comma ("cùng 52 đoàn viên, thanh niên xã đã lắp …"). None when the rule does not apply.
        Cheap first test: "cùng" right before the number."""
        lead = self.low[max(0, num_start - 16) : num_start]
        if "cùng" not in lead or not _PARTNER_COUNT_LEAD.search(lead):
            return None
        bare = _PARTNER_BARE_BODY.match(self.text, num_end)
        if bare is not None and _opens_with_people(bare.group("people").split()):
            # "… cùng 45 đoàn viên Đoàn phường hỗ trợ …": the ward's own members
            place = self._last_of_level(bare.group("level"), num_start)
            return None if place is None else Attribution(place.canonical, "subject", place)
        i = bisect.bisect_left(self._starts, num_end)
        if i == len(self.mentions):
            return None
        m = self.mentions[i]
        if m.level not in _ADMIN_LEVELS or m.is_body or self._in_quotes(m):
            return None
        gap = _PEOPLE_WORDS.fullmatch(self.text, num_end, m.start)
        if gap is None or not _opens_with_people(self.text[num_end : m.start].split()):
            return None
        return Attribution(m.canonical, "subject", m)

    def _counted_partner(self, m: UnitMention, floor: int) -> bool:
        """`m` names the people of a partner joined to the subject by "cùng" and their count
        ("… cùng 120 đoàn viên xã A đã trồng 8.500 cây"): it does not act for the clause; the
        results are the subject's (the organiser's), the partner keeps only its count
        (``_partner_members``); when no "cùng" of that shape stands before `m`, a second counted group
        joined by "và" (`_second_counted_group`). Cheap first test: "cùng" shortly before `m`."""
        lo = max(floor, m.start - 48)
        at = self.low.rfind("cùng", lo, m.start)
        if m.is_body:
            return False
        if at < 0 or _PARTNER_COUNT.fullmatch(self.text, at, m.start) is None:
            # no "cùng" of this shape ("Cùng ngày, công trình do 50 đoàn viên xã A và 30 …"): the
            # second counted group's rule may still read it
            return self._second_counted_group(m, floor)
        return _opens_with_people(_LAST_NUMBER.split(self.text[at : m.start])[-1].split())

    def _second_counted_group(self, m: UnitMention, floor: int) -> bool:
        """`m` names the people of a second counted group joined by "và" to a first one right before
        it ("Công trình do 65 đoàn viên xã A và 40 thanh niên bản B thi công, tổng kinh phí 540 triệu
        đồng"): the two groups work together, so B does not act alone for the clause; it keeps only
        its count (as `_counted_partner`'s "cùng"). Not when a figure of things stands between the
        groups ("65 đoàn viên trồng 500 cây và 40 thanh niên bản B dọn …": B's deed of its own).
        So does the first group's place when the second group follows it ("do 65 đoàn viên xã A và 40
        thanh niên bản B thi công": A does not act alone either). Cheap first test: " và " shortly
        before `m` (or right after it)."""
        at = self.low.rfind(" và ", max(floor, m.start - 48), m.start)
        if at < 0 or _JOINED_COUNT.fullmatch(self.text, at, m.start) is None:
            return self._first_counted_group(m, floor)
        if not _opens_with_people(_LAST_NUMBER.split(self.text[at : m.start])[-1].split()):
            return False
        before = self.text[max(floor, at - 64) : at]
        numbers = list(_LAST_NUMBER.finditer(before))
        if not numbers or any(c in before[numbers[-1].end() :] for c in ".;:"):
            return False
        return _opens_with_people(before[numbers[-1].end() :].replace(",", " ").split())

    def _first_counted_group(self, m: UnitMention, floor: int) -> bool:
        """`m` names the people counted right before it, and " và" with a second count of people
        follows it (see `_second_counted_group`)."""
        after = _JOINED_COUNT_AFTER.match(self.text, m.end)
        if after is None or not _opens_with_people(after.group("noun").split()):
            return False
        before = self.text[max(floor, m.start - 48) : m.start]
        numbers = list(_LAST_NUMBER.finditer(before))
        if not numbers:
            return False
        gap = before[numbers[-1].end() :]
        return _PEOPLE_WORDS.fullmatch(gap) is not None and _opens_with_people(gap.replace(",", " ").split())

    def _total_of_gift(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """A clause "…, tổng trị giá N" right after a gift handed to a recipient ("trao 560 suất
        học bổng cho học sinh của tỉnh, mỗi suất 2 triệu đồng, tổng trị giá 1,12 tỷ đồng") is the
        value of that gift: the recipient's, as the things given (spec §2.3), not the place the
        ceremony was held in. Only when the clause names no unit of its own and the number before
        it in the same part of the sentence went to a recipient. None when the rule does not apply.
        Cheap first test: "tổng" right before the number."""
        lo = max(0, num_start - 32)
        if self.low.find("tổng", lo, num_start) < 0:
            return None
        lead = _GIFT_VALUE_LEAD.search(self.text, lo, num_start)
        if lead is None:
            return None
        comma = lead.start()
        if found is not None and found.mention is not None and found.mention.start >= comma:
            return None  # "…, tổng trị giá 20 triệu đồng do xã B góp": the clause names its own unit
        last = self._last_number_before(num_start, comma)
        if last is None:
            return None
        whole = self.resolve(last.start(), last.end())
        if whole is None or whole.unit is None or whole.rule not in ("recipient", "item"):
            return None
        return Attribution(whole.unit, "item", whole.mention)

    def _value_of_handed_item(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """The number is the value ("trị giá", "giá trị") of the thing counted right before it, and
        that thing was handed to a recipient named before its number ("trao tặng Hợp tác xã A 1 máy
        rang trị giá 250 triệu đồng"): the value of a gift goes where the gift goes (spec §2.3), as
        `_total_of_gift` reads a total after a comma. Only when the value names no unit of its own.
        None when the rule does not apply. Cheap first test: "giá" right before the number."""
        if found is not None and found.mention is not None:
            return None
        lo = max(0, num_start - 24)
        at = self.low.rfind("giá", lo, num_start)
        if at < 0:
            return None
        before = words_before(self.text, num_start, 3, lo)
        while before and before[-1] in _COUNT_QUALIFIERS:
            before = before[:-1]
        if " ".join(before[-2:]) not in _VALUE_WORDS:
            return None
        # the value words start at "giá" of "giá trị", at "trị" of "trị giá"
        lead = at if self.low.startswith("giá trị", at) else self.low.rfind("trị", lo, at)
        last = self._last_number_before(num_start, max(lo, lead))
        if last is None or len(self.text[last.end() : lead].split()) > 6:
            return None
        gap = self.text[last.end() : lead]
        if any(ch.isdigit() for ch in gap) or ";" in gap:
            return None
        whole = self.resolve(last.start(), last.end())
        if whole is None or whole.mention is None or whole.mention.start >= last.start():
            return None
        cstart = self.ctx.clause(num_start)[0]
        if whole.rule == "enumeration" and not self._is_recipient(whole.mention, cstart):
            return None  # "Hợp tác xã A có 1 máy rang trị giá …": its own, another rule reads it
        if whole.rule not in ("recipient", "enumeration"):
            return None
        return Attribution(whole.unit, "item", whole.mention)

    def _last_number_before(self, num_start: int, end: int) -> regex.Match[str] | None:
        """The last number before `end` in the same part of the figure's sentence (after its last
        ";" before `end`), or None: the things a gift or a per-item amount goes with."""
        sstart, _ = self.ctx.sentence(num_start)
        lo = max(sstart, self.text.rfind(";", sstart, end) + 1)
        last: regex.Match[str] | None = None
        for n in _LAST_NUMBER.finditer(self.text, lo, end):
            last = n
        return last

    def _purpose_of_gift(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """A purpose clause "để …" right after a gift handed to a recipient ("Tỉnh đoàn A trao tặng
        Đoàn xã B 2 máy tính và 40 triệu đồng để lập góc khai báo tại 3 thôn") tells what the
        recipient will do with it: its figures are the recipient's, as the gift is (spec §2.3),
        not the giver's. Only when the purpose clause names no unit of its own before the number
        and the last number before "để" in the same part of the sentence went to a recipient.
        None when the rule does not apply. Cheap first test: "để" shortly before the number."""
        at = self.low.rfind(" để ", max(0, num_start - 64), num_start)
        if at < 0:
            return None
        if found is not None and found.mention is not None and found.mention.start > at:
            return None  # "… để xã C trồng 300 cây": the clause names its own actor
        if any(c in self.text[at:num_start] for c in ",;:"):
            return None  # the number stands in a later part of the sentence
        last = self._last_number_before(num_start, at)
        if last is None:
            return None
        whole = self.resolve(last.start(), last.end())
        if whole is None or whole.mention is None or whole.rule not in ("recipient", "enumeration"):
            return None
        return Attribution(whole.unit, "recipient", whole.mention)

    def _donor_of_total(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """A donor list after "trong đó" breaks down the cost of a work or gift given just before
        ("Tổng kinh phí 1,2 tỷ đồng. Trong đó, Thành đoàn A hỗ trợ 600 triệu đồng; Công ty B tài
        trợ 350 triệu đồng; Hội LHTN tỉnh C hỗ trợ 250 triệu đồng"): each donor's part is part of
        the total and goes where the total goes (spec §2.3, support handed to a place is the
        recipient's; precedents n160, n177), not to the donor named in its clause. The donor's verb
        of support stands right before the number; the total ("tổng kinh phí", "tổng trị giá" …)
        in the sentence before or earlier in the same one. None when the rule does not apply, and
        when the total stays with the page's own organisation (no place received it: a member's
        part is its own deed) or was raised from the donors listed.
        Cheap first tests: a verb of support right before the number, "trong đó" in the sentence."""
        if found is None or found.mention is None:
            return None  # the donor's clause names no unit: nothing to correct
        lead = self.low[max(0, num_start - 24) : num_start]
        if lead.endswith((" và ", ", ")):
            # "…, người dân góp 85 triệu đồng và 320 ngày công": a later thing of the same donor's
            # part goes where the one before it goes, and so back to the first
            lo = max(0, num_start - 40)
            if _EARLIER_ITEM_END.search(self.text, lo, num_start) is None:
                return None
            numbers = list(_LAST_NUMBER.finditer(self.text, lo, num_start))
            return self._donor_of_total(numbers[-1].start(), found) if numbers else None
        if "trợ" not in lead and "góp" not in lead and "ủng hộ" not in lead:
            return None  # every verb of ``_DONOR_VERBS`` holds one of these
        before = lead.split()
        if before[-1:] and before[-1] in _COUNT_QUALIFIERS:
            before = before[:-1]
        if ends_with_phrase(before, _DONOR_VERBS) is None:
            return None
        sstart, _ = self.ctx.sentence(num_start)
        at = self.low.rfind("trong đó", sstart, num_start)
        if at < 0 or found.mention.start < at or _TOTAL_COST.search(self.text, at, num_start) is not None:
            return None  # no list, a donor named before it, or a total of its own inside the list
        floor = self._breakdown_floor(sstart, at)
        if floor is None:
            return None  # nothing before the list: no total
        totals = list(_TOTAL_COST.finditer(self.text, floor, at))
        if not totals:
            return None
        if self._raised_from_donors(totals[-1].start()):
            return None  # "Chương trình nhận tài trợ của 26 doanh nghiệp với tổng số tiền …": each its own
        number = _LAST_NUMBER.search(self.text, totals[-1].end() - 1)
        if number is None:
            return None
        whole = self._as_number(number, "part")
        if whole.unit in (None, self.own) and self._own_is_organisation():
            # "Đoàn Khối X trao 350 suất …. Tổng trị giá hơn 1,2 tỷ đồng. Trong đó, Đoàn Thanh niên
            # Bộ A đóng góp 210 triệu đồng": no place received the total, it stays with the page's
            # own organisation, so a member's part is that member's own deed (n300), not the total's
            return None
        return whole

    def _breakdown_floor(self, sstart: int, at: int) -> int | None:
        """Where the total that a list after "trong đó" (at `at`, in the sentence from `sstart`)
        breaks down may stand: from the start of that sentence, or of the one before when "Trong
        đó, …" opens the sentence (maybe its paragraph, after a bullet). None when no text stands
        before that sentence (`_donor_of_total`, `_giver_of_received`)."""
        if self.text[sstart:at].strip(" \t\n-–•+*"):
            return sstart
        last = _nonblank_before(self.text, sstart, 0)
        if last <= 0:
            return None
        floor, _ = self.ctx.sentence(last)
        return floor

    def _giver_of_received(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """A list after "trong đó" that breaks down a total a named unit received from others, each
        giver with its part ("Tỉnh đoàn A đã tiếp nhận 7,4 tỷ đồng từ các tỉnh, thành đoàn. Trong
        đó, Thành đoàn B: 1,5 tỷ đồng; Tỉnh đoàn C: 850 triệu đồng và 12 tấn gạo"): each part is
        support handed to the unit that received the total, the recipient's (spec §2.3; c26, c29:
        support from one province to another goes to the recipient), not the giver's named before
        it. The giver stands after "trong đó", a colon or a verb of giving between it and its part;
        the receiver right before its verb of receiving ("tiếp nhận", "nhận được") whose total came
        "từ"/"của" others, in the sentence before or before "trong đó" in the same one. A total an
        unnamed programme received ("Chương trình nhận tài trợ của 26 doanh nghiệp …", n300) names
        no receiver (no unit stands right before its "nhận", so none is found): each donor keeps its
        part. None when the rule does not apply. Cheap first tests:
        the gap between the giver and the number, then "trong đó" before the giver."""
        if found is None or found.mention is None:
            return None
        m = found.mention
        if m.end > num_start or _GIVER_PART_GAP.fullmatch(self.text, m.end, num_start) is None:
            return None
        sstart, _ = self.ctx.sentence(num_start)
        at = self.low.rfind("trong đó", sstart, m.start)
        if at < 0:
            return None
        floor = self._breakdown_floor(sstart, at)
        if floor is None:
            return None
        receiver = None
        for r in self._in(floor, at):
            if (
                r.level in _RECIPIENT_LEVELS
                and r.canonical != m.canonical
                and _RECEIVES_TOTAL.match(self.text, r.end, at) is not None
            ):
                receiver = r
        if receiver is None:
            return None
        return Attribution(receiver.canonical, "recipient", receiver)

    def _supports_programme(self, m: UnitMention, num_start: int) -> bool:
        """The donor `m` supports the programme the page tells of, its sum right after the bare noun
        ("Tỉnh đoàn A hỗ trợ chiến dịch 80 triệu đồng", "Công ty B tài trợ chương trình 50 triệu
        đồng"): the sum goes to the programme's owner, the page's own unit (c46, n168, n252: a donor
        is not the unit), not to the donor. Not a named programme or a unit after the noun
        ("hỗ trợ chương trình của xã C"), which other rules read. Cheap first test: the noun before."""
        if m.end > num_start or num_start - m.end > 48:
            return False
        lead = self.low[m.end : num_start]
        if "chiến dịch" not in lead and "chương trình" not in lead:
            return False
        return _SUPPORTS_PROGRAMME.fullmatch(self.text, m.end, num_start) is not None

    def _giver_after_receipt(
        self, num_start: int, num_end: int, found: Attribution | None
    ) -> Attribution | None:
        """Givers list their gifts with no receiver named ("Thành đoàn B trao 1 tỷ đồng; Thành đoàn C
        850 triệu đồng và 12 tấn gạo. Hội Sinh viên tỉnh D gửi 45 triệu đồng.") after a sentence in
        which a named unit receives things from others ("Tỉnh đoàn A tiếp nhận tiền, hàng của tuổi
        trẻ các địa phương"): each gift is support handed to that unit, the recipient's (spec §2.3;
        c26, n66, n106: support from one province to another goes to the recipient), not the
        giver's. The giver is a body right before its part (a verb of giving, or none in a later item
        of a ";" list); the receiver stands right before its verb of receiving whose things came
        "của"/"từ" others, in one of the three sentences before (the paragraph before included). None
        when the rule does not apply, when the clause names its own receivers ("cho …") or when the
        giver is the receiver. Cheap first tests: the giver right before the number, then "nhận"."""
        if found is None or found.mention is None or found.rule not in ("subject", "enumeration"):
            return None
        m = found.mention
        if m.end > num_start or num_start - m.end > 80:
            return None
        gap = _LISTED_GIVER_GAP.fullmatch(self.text, m.end, num_start)
        if gap is None or not (m.is_body or (m.level == "province" and gap.group("verb"))):
            return None  # "Hội Sinh viên tỉnh D gửi …": a province's body the finder reads as its place
        sstart, _ = self.ctx.sentence(num_start)
        if gap.group("verb") is None and not self.text[sstart : m.start].rstrip().endswith(";"):
            return None  # "Thành đoàn B 850 triệu đồng": only a later item of a list of givers
        _, cend = self.ctx.clause(num_start)
        if _CHO.search(self.low, num_end, cend) is not None or self._in(num_end, cend):
            return None  # "… trao 200 suất quà cho các hộ ở xã E": the clause names its own receivers
        before = self.ctx.previous_sentences(num_start)
        if len(before) < 3 and sstart > 0:
            pstart, _ = self.ctx.paragraph(num_start)
            last = _nonblank_before(self.text, pstart, 0)
            if last > 0:
                before = [*before, self.ctx.sentence(last), *self.ctx.previous_sentences(last)]
        for bstart, bend in before[:3]:
            if self.low.find("nhận", bstart, bend) < 0:
                continue
            for r in self._in(bstart, bend):
                if r.level in _RECIPIENT_LEVELS and _RECEIVES_FROM.match(self.text, r.end, bend) is not None:
                    return None if r.canonical == m.canonical else Attribution(r.canonical, "recipient", r)
        return None

    def _gift_to_listed_places(
        self, num_start: int, num_end: int, found: Attribution | None
    ) -> Attribution | None:
        """A province's body hands a gift to a counted set of places or its people, whose names a
        colon lists ("Thành đoàn A trao 150 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh 3 xã: B 60
        suất; C 50 suất; D 40 suất"): one total for several places is none of theirs (each item
        keeps its own share), but when all of them lie in one other province the support is
        handed to that province (spec §2.3; c26, c29: support from one province to another goes to
        the recipient; n132, n170: gifts to several named communes of one province -> the
        province). The figure is the gift before "cho", or the count of the places itself. Only
        when the giver the other rules found is a province (an organisation giving keeps its
        totals: n292, n348) and the gazetteer places every listed name in the same province.
        None when the rule does not apply. Cheap first tests: a province found, a colon after."""
        if found is None or found.mention is None or found.mention.level != "province":
            return None
        cstart, cend = self.ctx.clause(num_start)
        colon = self.text.find(":", num_end, min(cend, num_end + 200))
        if colon < 0:
            return None
        _, send = self.ctx.sentence(num_start)  # the colon ends the clause, the list runs on
        g = _LISTED_PLACES.match(self.text, num_start)
        if g is None:
            at = self.low.find("cho", num_end, colon)
            lead = None if at < 0 else _CHO_LISTED_PLACES.match(self.text, at, colon)
            g = None if lead is None else _LISTED_PLACES.match(self.text, lead.end(), colon + 1)
            if g is None or not self._verb_before(num_start, ("give",)):
                return None
        elif not contains_phrase(words_before(self.text, num_start, 24, cstart), cue_set("give")):
            return None
        count, level = int(g.group("count")), g.group("level")
        provinces = set()
        pos = g.end()
        for n in range(1, count + 1):
            item = _LISTED_PLACE_ITEM.match(self.text, pos, send)
            if item is None:
                return None
            place = lookup(f"{level} {item.group('name')}")
            if place is None or place.level not in _ADMIN_LEVELS:
                return None
            provinces.add(place.province_2025)
            pos = item.end()
            if not item.group("sep"):
                if n < count:
                    return None  # fewer names than the count: the list is not known in full
                break
        else:
            if self.text[pos : pos + 1].isupper():
                return None  # more names than the count: not this list
        province = lookup(provinces.pop()) if len(provinces) == 1 and None not in provinces else None
        if province is None or province.canonical == found.unit:
            return None
        return Attribution(province.canonical, "recipient", province)

    def _peer_gift_recipient(
        self, num_start: int, num_end: int, found: Attribution | None
    ) -> Attribution | None:
        """A province's Youth Union body gives with no receiver named ("Cùng ngày, Tỉnh đoàn B trao
        2.000 suất quà, Tỉnh đoàn C trao 12 tấn gạo và 600 triệu đồng") right after a sentence in
        which another province's body handed support to a named province ("Thành đoàn A trao tặng
        Tỉnh đoàn D 32 tấn hàng …"): the givers line up behind the first one and hand their gifts to
        the same receiver, whose figures they are (spec §2.3; c26, c29: support from one province
        to another goes to the recipient; n150). Only a bare verb of giving between the giver and
        the number, no "cho" after it in its clause, and the receiver none of the givers. None when
        the rule does not apply. Cheap first tests: the giver found right before the number."""
        if found is None or found.rule != "subject" or found.mention is None:
            return None
        m = found.mention
        if not m.is_body or m.level != "province" or m.end > num_start or num_start - m.end > 64:
            return None
        gap = self.text[m.end : num_start]
        earlier = _EARLIER_GIFT_ITEM.search(gap)
        if earlier is not None:
            gap = gap[: earlier.start()]  # "trao 12 tấn gạo và 600 triệu đồng": the second thing
        words = [key(w) for w in gap.split()]
        while words and words[0] in ("đã", "cũng", "còn"):
            words = words[1:]
        if words and words[-1] in _COUNT_QUALIFIERS:
            words = words[:-1]
        if not words or " ".join(words) not in cue_set("give"):
            return None
        _, cend = self.ctx.clause(num_start)
        if _CHO.search(self.low, num_end, cend) is not None:
            return None  # "… trao 40 suất quà cho học sinh": the clause names its own receivers
        before = self.ctx.previous_sentences(num_start)[:1]
        if not before:
            return None
        pstart, pend = before[0]
        receiver = None
        givers: set[str] = set()
        for r in self._in(pstart, pend):
            if r.is_body and r.level == "province" and not self._handed_to(r):
                givers.add(r.canonical)
            elif r.level == "province" and givers and self._handed_to(r) and r.canonical not in givers:
                receiver = r
        if receiver is None or receiver.canonical == m.canonical:
            return None
        return Attribution(receiver.canonical, "recipient", receiver)

    def _chained_gift(self, num_start: int, num_end: int, found: Attribution | None) -> Attribution | None:
        """A bare verb of giving opens the figure's part of the sentence after ";" and names no
        receiver ("Tỉnh đoàn bàn giao cho Đoàn xã B 2 nhà … trị giá 1 tỷ đồng; trao 450 suất học
        bổng, mỗi suất 1 triệu đồng"): the giver goes on handing to the receiver the part before
        named (spec §2.3; n396, n444). None when the part names its own receivers ("cho …") or
        places after the number ("(bản A 80 suất, bản B 70 suất)": a total split among places stays
        the giver's, n292), or when the part before hands nothing to a unit. A part that hands to
        people of no unit ("; tặng 500 suất quà Tết cho hộ nghèo") stays the giver's (n23, n45, c37;
        n144 reads it the other way). Cheap first test: ";" before the number."""
        if found is not None and found.rule not in ("subject", "context"):
            return None
        semi = self.text.rfind(";", max(0, num_start - 64), num_start)
        if semi < 0:
            return None
        gap = self.text[semi + 1 : num_start]
        lead = _NEW_DEED_LEAD.match(gap)
        if lead is not None:
            gap = gap[lead.end() :]  # "; đồng thời trao 500 suất quà": the same giver goes on giving
        earlier = _EARLIER_GIFT_ITEM.search(gap)
        if earlier is not None:
            gap = gap[: earlier.start()]  # "trao tặng 200 kg gạo, 60 bộ quần áo": the second thing
        words = [key(w) for w in gap.split()]
        if words and words[-1] in _COUNT_QUALIFIERS:
            words = words[:-1]
        if not words or " ".join(words) not in cue_set("give"):
            return None
        sstart, send = self.ctx.sentence(num_start)
        nxt = self.text.find(";", num_end, send)
        end = send if nxt < 0 else nxt
        # the part ends where a verb of handing over opens the next gift ("…, mỗi suất 400.000 đồng,
        # để tỉnh bạn tặng học sinh …, và trao Trường B 20 bộ máy tính": B is that gift's receiver)
        end = _next_hand_verb(self.low, num_end, end)
        if _CHO.search(self.low, num_end, end) is not None:
            return None
        split = self._in(num_end, end)
        prev = max(sstart, self.text.rfind(";", sstart, semi) + 1)
        for m in self._in(prev, semi):
            if split and not self._split_within_partner(m, split, num_end):
                return None
            if m.level in _RECIPIENT_LEVELS and self._handed_to(m):
                return None if found is not None and found.unit == m.canonical else Attribution(
                    m.canonical, "recipient", m
                )
        return None

    def _split_within_partner(self, m: UnitMention, split: list[UnitMention], num_end: int) -> bool:
        """The places `split` in a bracket after the figure share out what a partner abroad `m`
        received ("bàn giao cho Ủy ban Thanh niên … tỉnh A 2 điểm trường; trao 450 suất (huyện B 180
        suất, …)"): the partner's own districts (n444), so the gift is still the partner's. Places
        after a gift to a unit at home stay a split of the giver's (see `_chained_gift`)."""
        if m.canonical not in self._partners_abroad:
            return False
        bracket = self.text.find("(", num_end, split[0].start)
        return bracket >= 0 and self.text.find(")", bracket, split[-1].start) < 0

    def _twinned_partner_gift(self, num_start: int, found: Attribution | None) -> Attribution | None:
        """The subject twins with a partner and then gives ("Đoàn xã A (tỉnh X) cũng ký kết nghĩa với
        Đoàn xã B và trao 120 triệu đồng để xây 1 cầu"): the gift goes to the twinned partner, the
        one the verb of giving hands it to (spec §2.3, support handed to a place), not to the
        subject. Only for a partner of a level that receives support, right before "và" and the
        verb of giving that opens the figure. None when the rule does not apply. Cheap first test:
        "kết nghĩa" between the subject and the number."""
        if found is None or found.mention is None or found.mention.end > num_start:
            return None
        if self.low.find("kết nghĩa", found.mention.end, num_start) < 0:
            return None
        partners = self._in(found.mention.end, num_start)
        if not partners:
            return None
        # the last mention right after "kết nghĩa với": a bracket after it ("(tỉnh X)") may name another
        b = next(
            (p for p in reversed(partners) if _TWINNED_WITH.search(self.text, max(0, p.start - 24), p.start)),
            None,
        )
        if b is None or b.level not in _RECIPIENT_LEVELS or b.canonical == found.unit:
            return None
        if _AND_GIVES.fullmatch(self.text, b.end, num_start) is None:
            return None
        return Attribution(b.canonical, "recipient", b)

    def _own_is_organisation(self) -> bool:
        """The page's own unit (its scope) looks up as a body (a ministry, a hospital, a company, a
        Đoàn Khối), an organisation, not a place that support can be handed to. A school's page
        ("trường …") and a force ("Công an nhân dân") look up as no body: not organisations here."""
        own = _own_mention(self.own)
        return own is not None and own.is_body

    def _raised_from_donors(self, total_at: int) -> bool:
        """The total at `total_at` is money the programme received from the donors the list names
        ("Chương trình nhận tài trợ của 26 doanh nghiệp với tổng số tiền gần 1,9 tỷ đồng. Trong đó,
        Chi đoàn Công ty A đóng góp 150 triệu đồng"): no cost of a work or gift handed to a place, so
        a donor's part is what the donor did, its own result (spec §2.3), not the total's. A verb of
        receiving ("nhận", "tiếp nhận", "huy động") before the total in its sentence tells it. Cheap
        first test: the verb in the 80 characters before the total."""
        lo = max(0, total_at - 80)
        low = self.low
        at = max(low.rfind("nhận", lo, total_at), low.rfind("huy động", lo, total_at))
        if at < 0:
            return False
        sstart, _ = self.ctx.sentence(total_at)
        if at < sstart:
            return False  # the verb belongs to another sentence
        return at == 0 or not self.low[at - 1].isalpha()

    def _as_number(self, number: regex.Match[str], rule: str) -> Attribution:
        """The unit of an earlier `number` of the text, under `rule` (what a per-item amount or a
        donor's part takes from the things or the total it belongs to)."""
        whole = self.resolve(number.start(), number.end())
        if whole is None:
            return Attribution(None, rule)
        return Attribution(whole.unit, rule, whole.mention)

    def _handed_to(self, m: UnitMention) -> bool:
        """`m` stands right after a verb of support or "cho", maybe after the head of its body's
        name ("ủng hộ Hội LHTN tỉnh B", "trao cho Đoàn xã C"): it is the one something goes to."""
        return _HANDED_TO.search(self.text, max(0, m.start - 64), m.start) is not None

    def _gift_to_bare_level(self, start: int, pos: int) -> tuple[int, str] | None:
        """A giving verb hands what follows to a level word with no name ("Tỉnh đoàn X trao tặng xã
        1 cây cầu …, trị giá 320 triệu đồng cho hơn 600 hộ dân"), in [start, pos): where the level
        word stands and the word. The gift and all it is said to be worth go to the place of that
        level named just before ("Riêng tại huyện A, Thành đoàn B trao tặng huyện 200 suất quà"),
        else to the page's own unit (spec §2.3, the place that received it), not to the giver. A
        level word the unit finder reads as a name ("phường 10") is no bare word. Cheap first tests:
        a level word of the pattern in the span read, and a giving verb before the number."""
        end = min(len(self.text), pos + 16)
        low = self.ctx.low
        if low is not None and (
            (
                _BARE_LEVEL_WORDS.search(low, start, end) is None
                and _BARE_TOP_WORDS.search(low, start, end) is None
            )
            or not self.ctx.may_contain(cue_probes("give", "send"), start, pos)
        ):
            return None
        for g in _BARE_LEVEL_GIFT.finditer(self.text, start, end):
            if g.start() >= pos:
                break  # the look-ahead may read the figure's own number, nothing after it
            i = bisect.bisect_left(self._starts, g.start())
            if i < len(self.mentions) and self.mentions[i].start == g.start():
                continue  # "phường 10": a named ward
            before = words_before(self.text, g.start(), 4, start)
            if before[-1:] == ["nhà"] and self.text.startswith("trường", g.start()):
                before = before[:-1]  # "trao cho nhà trường 3 tấn gạo": the school, like "trường"
            if _DONOR_BEFORE_NUMBER.search(self.text, g.end(), pos) is not None:
                return None  # "… 3 tấn gạo do Chi đoàn 5 thôn quyên góp": the donors' count, not the gift
            if g.group("top") and before[-1:] != ["cho"]:
                continue  # "tặng tỉnh 5 …" is rare; "trao tỉnh 2 giải" is not read as the province's
            if _handed_by_verb(before):
                return g.start(), self.text[g.start() : g.end()].strip()
        return None

    # -- a national total's parts, new subjects, "toàn tỉnh" below the province ------------------
    def _part_of_national(self, national: UnitMention, pos: int) -> UnitMention | None:
        """After a national total, a later clause of the sentence names the unit its own figure is
        ("cả nước có 3.321 xã, riêng tỉnh A có 96 xã", "Trên cả nước có 2,1 triệu lượt …, trong
        đó B có 98.450 lượt"): "X có N" right before the number, after a comma (and maybe
        "riêng", "trong đó", "còn"), is X's; the national words say so only for their own part
        (spec §2.3). None when the number does not follow such a unit. Asked only for a clause that
        names the country (rare): the comma and the verb right before the number are first tests."""
        comma = self.text.rfind(",", national.end, pos)
        if comma < 0 or _PART_VERB.search(self.text, max(comma, pos - 24), pos) is None:
            return None
        mentions = self._in(comma, pos)
        if not mentions:
            return None
        m = mentions[-1]
        if m.level == "national" or self._is_current_name(m) or self._in_quotes(m):
            return None
        if _PART_LEAD_NATIONAL.fullmatch(self.text, comma, m.start) is None:
            return None
        if _PART_VERB.fullmatch(self.text, m.end, pos) is None:
            return None
        return self._as_unit(m)

    def _own_bare_subject(self, cstart: int, num_start: int) -> Attribution | None:
        """The clause opens (maybe after a short lead: "Dịp này,") with an unnamed body of a level
        ("Đoàn xã huy động 350 ngày công", "Dịp này, Đoàn phường trao 40 suất quà"; at most two short
        leads: "Qua hai vòng sơ khảo, bán kết, Ban Tổ chức …") or with the
        organiser ("Ban Tổ chức chọn 12 dự án") or the unit itself ("Năm 2026, đơn vị dự kiến tặng
        50 tủ thuốc"): a new subject, not the unit named in the clause or sentence before. An
        unnamed body is read by `_bare_body` (the body of the same form named last in the paragraph,
        else the page's own unit of its level, else the one unit of its form named before); the
        organiser and "đơn vị" are the page's own unit, but "đơn vị" right after a post's clause is
        the post's force (`_unit_word_of_post`) (spec §2.3). None when the rule does not apply. Cheap
        first test: "oàn", "Ban" or "ơn vị" in the clause's first 64 characters."""
        head = self.text[cstart : min(num_start, cstart + 64)]
        if "oàn" not in head and "Ban" not in head and "ơn vị" not in head:
            return None
        if not _subject_may_open(self.text, cstart, num_start):
            return None
        g = _OWN_SUBJECT_LEAD.match(self.text, cstart, num_start)
        if g is None:
            return None
        if g.group("organiser"):
            force = self._unit_word_of_post(cstart, g.group("organiser"))
            if force is not None:
                return Attribution(force.canonical, "context", force)  # "Đồn A cử …; đơn vị còn trao …"
            return Attribution(None, "own") if self.own else None
        return self._bare_body(cstart, g.group("body"))

    def _bare_body(self, pos: int, body: str) -> Attribution | None:
        """The unit an unnamed body of a level at `pos` stands for ("Đoàn xã", "Huyện đoàn", "Tỉnh
        đoàn"): the body of the same form named last in the paragraph, else, when the page's own unit
        is of its level, the page's own unit, else the one commune or district of its form the text
        names before, as a body or a place (`_only_named_before`; two of them: None), else the one
        body of its form the page named before (`_same_form_named_on_page`, a province's body too).
        None when none of them is known."""
        low = body.lower()
        kind = "low" if low.startswith("đoàn") else "top" if low.startswith(("tỉnh", "thành")) else "mid"
        level = _BODY_LEVEL[kind]
        m = self._named_before(pos, level, bodies_only=True)
        if (
            m is not None
            and key(m.text).startswith(key(body))
            and not self._own_named_since(m, pos)
            and _former_mark(self.text, m) is None
        ):
            # a body marked former ("Tỉnh đoàn Thái Bình (cũ) tổ chức …. Tỉnh đoàn tổ chức …") is
            # no longer there to act: the bare body after it is the page's own, the one after the merger
            return Attribution(m.canonical, "context", m)
        own = _own_mention(self.own)
        if own is not None and own.level == level:
            return Attribution(None, "own")
        # "… phối hợp Đoàn đặc khu A tổ chức …" (a paragraph before) "Đoàn đặc khu huy động 40 đoàn
        # viên": not the page's own level, so the one unit of that form the page named
        named = self._only_named_before(pos, body)
        if len(named) > 1:
            return None  # two communes of the form, a body or a place: which one is not said
        m = named[0] if named else self._same_form_named_on_page(pos, level, body)
        return None if m is None else Attribution(m.canonical, "context", m)

    def _only_named_before(self, pos: int, body: str) -> tuple[UnitMention, ...]:
        """The communes or districts of the bare body's form ("Đoàn xã" → a "xã …", "Huyện đoàn"
        → a "huyện …") that the text names before `pos` (in any paragraph, as a body or a place),
        on a page whose own unit is of another level ("Đoàn cơ sở Đồn Biên phòng A phối hợp Đoàn xã
        B …" and later "Đoàn xã huy động 25 đoàn viên"): when there is one, the bare body is that
        unit's (spec §2.3), not the page's own; when there are two, which one is not said. Empty
        for a bare province body or when no such unit is named, else the first one or two distinct
        units; a place marked former ("xã A cũ"), quoted or only giving today's name does not
        count. Remembered per form and position."""
        low = " ".join(body.lower().split())
        if low.startswith("đoàn "):
            form = low[len("đoàn ") :] + " "  # "Đoàn xã" -> "xã "
        elif low.startswith(("huyện", "quận")):
            form = "huyện " if low.startswith("huyện") else "quận "
        else:
            return ()
        k = (form, pos)
        if k in self._only_named:
            return self._only_named[k]
        found: tuple[UnitMention, ...] = ()
        for m in self.mentions[: bisect.bisect_left(self._starts, pos)]:
            if not m.canonical.startswith(form) or (found and m.canonical == found[0].canonical):
                continue
            if self._in_quotes(m) or self._is_current_name(m) or _former_mark(self.text, m):
                continue
            found += (m,)
            if len(found) > 1:
                break  # two of them: which one is not said
        self._only_named[k] = found
        return found

    def _unit_word_of_post(self, cstart: int, word: str) -> UnitMention | None:
        """ "đơn vị" opens the clause right after one a post opens, in the same paragraph ("Đồn Biên
        phòng A cử 12 cán bộ quân y; đơn vị còn trao 50 suất quà …", "…; Đồn cử 8 chiến sĩ. Đơn vị
        còn tặng …"): the unit word refers back to that subject, the post, a unit of its force (spec
        §2.3), not to the page's own unit, as a bare "Đoàn xã" refers back to the body named last
        (`_own_bare_subject`). The force's mention, else None. Asked only for a clause that opens
        with "đơn vị" (not "Ban Tổ chức")."""
        if not word.endswith("vị"):
            return None
        pstart, _ = self.ctx.paragraph(cstart)
        if cstart <= pstart:
            return None
        prev, _ = self.ctx.clause(cstart - 1)
        lead = _after_bullets(self.text, prev, cstart)
        at = self.text.find("Đồn", lead, min(cstart, lead + _POST_LEAD_REACH))
        if at < 0:
            return None
        g = _POST_OPENS.match(self.text, prev, cstart)
        return None if g is None else self._post_force(g.start("post"))

    def _same_form_named_on_page(self, pos: int, level: str, body: str) -> UnitMention | None:
        """The one Youth Union body of `level` whose name opens with `body` ("Đoàn đặc khu") that the
        page named before `pos`, in any paragraph and in any role (a partner too): what an unnamed
        body of a level other than the page's own's refers back to. None when the page named two
        such bodies (a provincial report's "Đoàn xã" is any of its communes'), or none. Not a body
        marked former, nor one inside a title or giving today's name."""
        k = (level, key(body))
        if k not in self._forms:
            self._forms[k] = [
                m
                for m in self.mentions
                if m.is_body
                and m.level == level
                and key(m.text).startswith(k[1])
                and not self._in_quotes(m)
                and not self._is_current_name(m)
                and _former_mark(self.text, m) is None
            ]
        named = [m for m in self._forms[k] if m.end <= pos]
        if not named or any(m.canonical != named[0].canonical for m in named):
            return None
        return named[-1]

    def _own_place_org_opens(self, cstart: int, num_start: int) -> bool:
        """The clause opens with a local institution named by a bare level word of the page's own
        unit's level ("Trung tâm Văn hóa - Thể thao phường hỗ trợ 30 triệu đồng" on a ward's page,
        "Trạm Y tế xã khám cho 200 người"), its verb after it: the institution of the page's own
        place acts, a new subject; the unit of the sentence before (a hamlet's branch) is not carried
        into it (spec §2.3). Cheap first test: the clause's first word is a head of `_PLACE_ORG_HEADS`."""
        i = _after_bullets(self.text, cstart, num_start)
        if not self.text.startswith(_PLACE_ORG_HEADS, i, num_start):
            return False
        own = _own_mention(self.own)
        if own is None:
            return False
        g = _PLACE_ORG_SUBJECT.match(self.text, i, num_start)
        if g is None:
            return False
        return _PLACE_ORG_LEVEL.get(" ".join(g.group("level").split())) == own.level

    def _whole_opens(self, cstart: int, num_start: int) -> Attribution | None:
        """A later clause of the sentence opens with the whole of a unit by its bare level word
        ("…; toàn tỉnh có 2.964 chi đoàn", "…, toàn huyện kết nạp 312 đoàn viên"): it names its own
        subject, the page's own unit when it is of that level, or the province a page below the
        province lies in (`_page_province`), so the subject of the clause before is not carried
        into it (spec §2.3). None on a national page, or when the level is another one than the
        page's own ("toàn xã" on a district's page: which commune is not said). Cheap first test:
        "toàn" among the clause's first characters."""
        if self.national_scope:
            return None
        low = self.ctx.low  # the text's offsets only when the context holds it
        if low is not None and low.find("toàn", cstart, min(num_start, cstart + 48)) < 0:
            return None
        g = _WHOLE_OPENS.match(self.text, cstart, num_start)
        own = _own_mention(self.own)
        if g is None or own is None:
            return None
        word = " ".join(g.group("level").split())
        level = _OF_LEVEL_UNIT[word]
        if own.level == level:
            return Attribution(None, "own")
        if word == "thành phố" and own.level == "district" and own.canonical.startswith("thành phố"):
            return Attribution(None, "own")  # a city of a province's level below it ("thành phố Vinh")
        if level == "province" and (own.level in _BELOW_PROVINCE or own.level in ("school", "sector")):
            m = self._page_province(cstart, num_start)
            return None if m is None else Attribution(m.canonical, "context", m)
        return None

    def _own_named_since(self, m: UnitMention, cstart: int) -> bool:
        """The page's own unit, of `m`'s level, is named after the body `m` and before `cstart`
        ("Đoàn phường A, đơn vị kết nghĩa, hỗ trợ phường B 20 thùng rác. Đoàn phường cũng …" on
        ward B's page): the unnamed body that opens the next clause is the one named last, the
        page's own, not the body that only gave to it (spec §2.3). Asked only once the caller
        matched the bare level word to `m`; a bisect over the mentions between them."""
        if self.own is None or m.canonical == self.own:
            return False
        i = bisect.bisect_right(self._starts, m.start)
        j = bisect.bisect_left(self._starts, cstart, i)
        return any(n.canonical == self.own for n in self.mentions[i:j])

    def _where_place(self, num_start: int) -> UnitMention | None:
        """The number is counted in a relative clause on the place right before it ("Tại xã A, nơi
        có 87% dân số là đồng bào dân tộc thiểu số, …"): "nơi có N" makes the place the subject, so
        the figure is the place's even after "tại" (spec §2.3). None when the number does not follow
        "<unit>, nơi có". Cheap first test: "nơi" in the 24 characters before the number."""
        if self.low.find("nơi", max(0, num_start - 24), num_start) < 0:
            return None
        comma = self.text.rfind(",", max(0, num_start - 40), num_start)
        if comma < 0 or _WHERE_CLAUSE.fullmatch(self.text, comma, num_start) is None:
            return None
        m = self._last_mention_ending_at(comma)
        if m is None or m.level not in _ADMIN_LEVELS or self._in_quotes(m) or self._is_current_name(m):
            return None
        return self._as_unit(m)

    def _page_province(self, sstart: int, pos: int) -> UnitMention | None:
        """The province "toàn tỉnh", "toàn thành phố" names on a page whose own unit lies below the
        province (spec §2.3), and so the one a bare "của tỉnh" (`_counted_of_bare_level`) or "được
        (Ban Thường vụ) Tỉnh đoàn" (`_set_of_province`) points to when no province is named near:

        - a sector page ("Công an nhân dân": the police youth of one province): the province the
          page names last before `sstart` (a body or a place of that level, anywhere in the text),
          or the one named inside a sector body's name ("Đoàn Thanh niên Công an tỉnh X");
        - a commune's, a district's, a village's or a school's page ("Hội đồng Đội phường A (thành
          phố B)", "Hội Sinh viên Trường A (phường B, tỉnh C)" and later "Theo Hội Sinh viên tỉnh,
          toàn tỉnh có 7 trường …": the school's province counts its schools, not the school): the
          province the page's own unit lies in, else the last province named as a place before
          `sstart`; not "toàn thành phố" on the page of a city below the province ("thành phố
          Thủ Đức"), which is the page's own city (the words between `sstart` and the figure at
          `pos` say which).

        None on other pages, or when the page names no province."""
        own = _own_mention(self.own)
        if own is None:
            return None
        if own.level == "sector":
            i = bisect.bisect_left(self._starts, sstart) - 1
            while i >= 0:
                m = self.mentions[i]
                i -= 1
                if self._in_quotes(m) or self._is_current_name(m):
                    continue
                if m.level == "province":
                    return m
                if m.level == "sector" and m.is_body:
                    inside = _province_in_name(m.text)
                    if inside is not None:
                        return inside
            return None
        if own.level not in _BELOW_PROVINCE and own.level != "school":
            return None
        if own.canonical.startswith("thành phố") and self.low.find("toàn thành phố", sstart, pos) >= 0:
            return None  # the page of a city below the province: "toàn thành phố" is the page's own
        if own.province_2025:
            return _own_mention(own.province_2025)
        i = bisect.bisect_left(self._starts, sstart) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if (
                m.level == "province"
                and not m.is_body
                and not self._in_quotes(m)
                and not self._is_current_name(m)
                and not _former_mark(self.text, m)
            ):
                return m
        return None


#: "của" and a Youth Union body's name right after a footnote marker: the marker ends the name of
#: a programme or a thing that body owns (see `Attributor.anchor_unit`)
_OF_BODY_AFTER_MARKER = regex.compile(r"[ \t]+của[ \t]+")

#: the end of a list item with its count before the next item's name ("… với 1.150 em, ",
#: "… 420 bộ dự thi; "): a number, at most three words, a comma or semicolon
_COUNT_ITEM_END = regex.compile(r"\d(?:[ \t]+[\p{Ll}\p{M}]+){0,3}[ \t]*[,;]$")

#: a sentence's opening "Ở cấp <level>," / "Tại cấp <level>," (see `_national_level_opens`)
_LEVEL_OPENER = regex.compile(
    r"(?:Ở|Tại)[ \t]+cấp[ \t]+(?P<level>[\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)[ \t]*,"
)

#: a clause's opening "tại"/"ở" before a place (see `Attributor._at_another_of_its_level`)
_PLACE_OPENER = regex.compile(r"[ \t]*(?:[Tt]ại|[Ởở])[ \t]+")

#: a count right after a place's name ("xã B 18 loa"; see `Attributor._elliptic_where_clause`)
_NUMBER_NEXT = regex.compile(r"[ \t]+(?:(?:khoảng|hơn|gần|trên)[ \t]+)?\d")

#: the speaker's tag after a closing quotation mark ("…”, anh Phúc nói."; see `_own_officer_quote`)
_QUOTE_TAG = regex.compile(
    r"[\"”]" + _SPEAKER_AFTER_QUOTE + r"[ \t]+(?P<name>\p{Lu}[\p{L}\p{M}]*)[ \t]+"
    r"(?:nói|cho[ \t]+biết|chia[ \t]+sẻ|khẳng[ \t]+định|nhấn[ \t]+mạnh)"
)
#: after a speaker's given name: an officer's title of a body named by its bare level word only
#: ("Phúc, Phó Bí thư Tỉnh đoàn,"), no name of a place after it
_OWN_OFFICER_TAIL = (
    r"[ \t]*,[ \t]*" + _OFFICER_TITLE + r"[ \t]+"
    r"(?:Tỉnh[ \t]+đoàn|Thành[ \t]+đoàn|Đoàn[ \t]+(?:xã|phường|trường)|Hội[ \t]+đồng[ \t]+Đội[ \t]+tỉnh)"
    r"[ \t]*[,)]"
)
_OWN_OFFICER_TAIL_RE = regex.compile(_OWN_OFFICER_TAIL)


def _officer_spans(s: str, name: str) -> list[tuple[int, int]]:
    """The spans of ``regex.compile(regex.escape(name) + _OWN_OFFICER_TAIL).finditer(s)``, found
    without compiling a pattern per speaker's name (a fresh name is a fresh compile, ~0.8 ms): each
    place the name is written, then the tail matched right after it; the search goes on after a
    match, as finditer's does (the name is a literal and the tail has no look-behind)."""
    spans: list[tuple[int, int]] = []
    at = s.find(name)
    while at >= 0:
        g = _OWN_OFFICER_TAIL_RE.match(s, at + len(name))
        if g is not None:
            spans.append((at, g.end()))
            at = s.find(name, g.end())
        else:
            at = s.find(name, at + 1)
    return spans

#: a sentence that opens with a speaker introduced as an officer of a body named by its bare level
#: word, then a verb of saying ("Anh A, Chủ tịch Hội Sinh viên trường, cho biết …"; see
#: `Attributor._bare_officer_speaker`)
_BARE_OFFICER_SPEAKER = regex.compile(
    _BULLETS_PART + r"(?:Anh|Chị|Ông|Bà|Thầy|Cô)(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){1,5}[ \t]*,[ \t]*"
    rf"(?:Phó[ \t]+)?(?:{_OFFICER_TITLE_WORDS}|Hiệu[ \t]+trưởng)[ \t]+"
    r"(?:(?P<province>Tỉnh[ \t]+đoàn|Thành[ \t]+đoàn)"
    r"|(?:Đoàn|Hội[ \t]+Sinh[ \t]+viên|Hội[ \t]+LHTN|Hội[ \t]+Liên[ \t]+hiệp[ \t]+Thanh[ \t]+niên|nhà)[ \t]+"
    r"(?P<level>xã|phường|thị[ \t]+trấn|đặc[ \t]+khu|trường))"
    r"[ \t]*,[ \t]*(?P<say>cho[ \t]+biết|nói|chia[ \t]+sẻ|thông[ \t]+tin|khẳng[ \t]+định|nhấn[ \t]+mạnh)"
    r"(?![\p{L}])"
)

#: the levels of a page's own unit below the province ("toàn tỉnh" there is its province; a school's
#: page, also, in `_page_province`). structure/scope.py keeps its own tuple of the same levels
_BELOW_PROVINCE = frozenset({"commune", "district", "village"})
#: the province a sector body names in its own name ("Đoàn Thanh niên Công an tỉnh X")
_PROVINCE_IN_NAME = regex.compile(r"(?<![\p{L}])(?:tỉnh|thành\s+phố|TP\.?)\s+(?P<name>\p{Lu}.*)$")


@lru_cache(maxsize=64)
def _province_in_name(name: str) -> UnitMention | None:
    """The province named after "tỉnh"/"thành phố" at the end of a body's name, or None."""
    g = _PROVINCE_IN_NAME.search(name)
    if g is None:
        return None
    m = lookup(g.group("name"))
    return m if m is not None and m.level == "province" else None


@lru_cache(maxsize=1)
def _works_verbs() -> frozenset[str]:
    """The verbs of building and of installing that `_works_for_school` reads before a count of works."""
    return cue_union("build", "install") | _EXTRA_INSTALL


@lru_cache(maxsize=64)
def _own_mention(own: str | None) -> UnitMention | None:
    """The page's own unit (its scope) read as a unit, or None."""
    return lookup(own) if own else None


#: a breakdown's lead before its first item ("Gồm 120 bộ cho …", "Trong đó 21 hộ …")
_BREAKDOWN_START = regex.compile(r"(?:[Tt]rong[ \t]+đó|[Gg]ồm|[Bb]ao[ \t]+gồm|[Cc]ụ[ \t]+thể)")

#: the end of a list item before the next one, then the Youth Union head of the next unit's body:
#: "Chi đoàn A đảm nhận 4 công trình (trị giá 75 triệu đồng), Chi đoàn khu phố B 3 công trình"
_AFTER_BODY_ITEM = regex.compile(
    r"\d(?:[ \t]+\p{Ll}+){0,3}[ \t]*\)?[ \t]*[,;][ \t]*"
    r"(?:[Cc]hi[ \t]+đoàn|[Đđ]oàn|[Ll]iên[ \t]+đội|[Cc]hi[ \t]+đội|[Cc]hi[ \t]+hội)[ \t]+$"
)

#: the end of a list item before the next one ("…, ", "… và ")
_LIST_END = regex.compile(r"(?:,|(?<![\p{L}])và)$")

#: the level words that open the name of a commune or a district ("phường A", "thị xã B")
_NAME_LEVEL_WORDS = ("xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã")


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """The keyed `words` open with one of `phrases` of one to three words."""
    return any(" ".join(words[:k]) in phrases for k in (1, 2, 3))


def _members_nouns(gap: str) -> bool:
    """`gap` (between a number and a body) is only nouns of people who take part, one or more
    joined by commas or "và" ("cán bộ, đoàn viên", "đoàn viên và thanh niên")."""
    if _MEMBER_NOUNS_GAP.fullmatch(gap) is None:
        return False
    return all(_members_noun(part) for part in _MEMBER_NOUNS_SEP.split(gap))


def _members_noun(words: str) -> bool:
    """`words`, all of them, are one noun of people who take part ("đoàn viên", "cán bộ")."""
    said = words.split()
    keys = [key(w) for w in said]
    head, n = lookup_head(keys, said)
    return head is not None and head.category == "participants" and n == len(keys)


def _opens_with_category(words: list[str], cats: tuple[str, ...], *, as_written: bool = True) -> bool:
    """The words open with a noun (of one or two words) of one of the categories `cats`. The words as
    written, or keyed (`as_written` False: a short form in capitals, "TN", is read then whatever
    its case)."""
    head, _ = lookup_head([key(w) for w in words[:2]], words[:2] if as_written else None)
    return head is not None and head.category in cats


#: the categories of nouns of people ("học sinh …", "đoàn viên …"), see `_opens_with_people`
_PEOPLE_CATEGORIES = ("participants", "beneficiaries")
#: the categories of nouns of places or works ("điểm trường …", "trường …", "thôn …"), not of people:
#: receivers that lie in a place rather than gather there
_SITE_CATEGORIES = ("coverage", "works")


def _opens_with_people(words: list[str], *, as_written: bool = True) -> bool:
    """The words open with a noun of people ("học sinh …", "đoàn viên …"; `_opens_with_category`)."""
    return _opens_with_category(words, _PEOPLE_CATEGORIES, as_written=as_written)


#: a verb of support and a partner named by its level word and "bạn" ("hỗ trợ tỉnh bạn", "giúp bản bạn"), in
#: any case: `_partner_abroad` reads the text as written (its offsets are the text's, which a lower-cased
#: copy need not keep)
_FRIEND_PLACE = regex.compile(
    r"(?<![\p{L}])(?:hỗ[ \t]+trợ|giúp(?:[ \t]+đỡ)?|tặng|trao(?:[ \t]+tặng)?|ủng[ \t]+hộ|cho)[ \t]+"
    r"(?P<level>tỉnh|huyện|bản|xã)[ \t]+bạn(?![\p{L}])",
    regex.IGNORECASE,
)
#: "cho" and a partner named by its level word and "bạn" after the things given ("… cho tỉnh bạn X"), in
#: any case, and "cho" alone in any case (`_friend_after`)
_FRIEND_AFTER = regex.compile(r"cho[ \t]+(?P<level>tỉnh|huyện|bản|xã)[ \t]+bạn(?![\p{L}])", regex.IGNORECASE)
_CHO_ANY_CASE = regex.compile(_CHO.pattern, regex.IGNORECASE)
_FRIEND_LEVELS = {"tỉnh": "province", "huyện": "district", "bản": "village", "xã": "commune"}
#: a comma and the two words after it (see `_partner_abroad`)
_COMMA_DEED = regex.compile(r",[ \t\u00a0]*(?P<words>[\p{L}\p{M}]+(?:[ \t\u00a0]+[\p{L}\p{M}]+)?)")
#: the kinds of verb that open a giver's own deed after a comma ("…, huy động 200 đoàn viên")
_OWN_DEED_KINDS = ("attract", "organise", "do_verb", "act", "send_team")


#: the counted receivers of a gift and the word that puts them in a place ("cho 2 điểm trường ở xã A")
_SITES_IN = regex.compile(r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){1,3}[ \t]+(?:ở|tại|thuộc)[ \t]+")

#: the word after a verb of giving or sending that points to the receiver ("chuyển tới xã …")
_SENT_TO_WORDS = (["tới"], ["đến"])


def _nonblank_before(text: str, pos: int, floor: int, blanks: str | None = None) -> int:
    """The last character before `pos` that is no blank (whitespace, or with `blanks` one of those
    characters), over the blank lines between two paragraphs, not stepping back past `floor`
    (`floor` itself, or `pos - 1` when that is not above it, is returned as it is). Each caller
    keeps its own bound and blank set."""
    q = pos - 1
    if blanks is None:
        while q > floor and text[q].isspace():
            q -= 1
    else:
        while q > floor and text[q] in blanks:
            q -= 1
    return q


def _team_of_lead(lead: str) -> bool:
    """The lead of a clause before a unit's name is a team noun (``team_of`` in cues.tsv) and "của",
    maybe after "các"/"những" ("Đội hình của ", "Các đội tình nguyện của "): the unit's own team."""
    words = [key(w) for w in lead.split()]
    if words[:1] in (["các"], ["những"]):
        words = words[1:]
    return len(words) > 1 and words[-1] == "của" and " ".join(words[:-1]) in cue_set("team_of")


def _handed_by_verb(before: list[str]) -> bool:
    """The words right before a bare level word or body hand something to it: a verb of giving
    ("trao tặng xã …"), or "cho" after a verb of giving or sending ("chuyển cho xã 1,2 tỷ đồng",
    "trao cho Tỉnh đoàn 100 suất"; not the "cho" of an activity: "tổ chức cho xã 2 lớp" is the
    actor's); or "tới"/"đến" right after a verb of giving or sending ("Tỉnh đoàn A chuyển tới xã
    4,5 tấn hàng", "gửi đến Đoàn xã 2 tấn gạo": the goods are sent to the bare level's unit)."""
    last = before[-1:]
    if last == ["cho"]:
        return contains_phrase(before[:-1], cue_union("give", "send"))
    if last in _SENT_TO_WORDS:
        return ends_with_phrase(before[:-1], cue_union("give", "send")) is not None
    return ends_with_phrase(before, cue_set("give")) is not None


def _without_served_count(before: list[str]) -> list[str]:
    """The keyed words before served people without the count of them that may stand between the
    verb and the people ("giúp 86 hộ dân xã A", "hỗ trợ hơn 200 người dân A"): the number, a
    qualifier before it and a counter word after it (`_SERVED_COUNTERS`, `_COUNT_QUALIFIERS`)."""
    n = len(before)
    if n and before[n - 1] in _SERVED_COUNTERS:
        n -= 1
    if not n or not before[n - 1][:1].isdigit():
        return before  # no count: the same list
    n -= 1
    if n and before[n - 1] in _COUNT_QUALIFIERS:
        n -= 1
    return before[:n]


#: the authorities and people of a place named before it as the receiver of a work or a gift ("cho
#: Đảng ủy, chính quyền và Nhân dân xã A"): the place itself receives; "nhân dân" alone does not
#: stand for the place (a gift to its people), one authority must be named
_PLACE_AUTHORITIES = ("đảng ủy", "cấp ủy", "chính quyền", "ủy ban nhân dân", "ubnd")
_AUTHORITY_ITEMS = (*_PLACE_AUTHORITIES, "nhân dân", "và")
#: the last one or two words of an authority or "nhân dân" ("ubnd" alone): the cheap first test ("và"
#: alone names no authority, so the list is left as it is)
_AUTHORITY_TAILS = frozenset(" ".join(w.split()[-2:]) for w in (*_PLACE_AUTHORITIES, "nhân dân"))


def _without_place_authorities(before: list[str]) -> list[str]:
    """The keyed words before a place less a list of its authorities and people that ends them
    ("đảng ủy", "chính quyền", "và", "nhân dân"); the words as they are when the list names no
    authority (`_PLACE_AUTHORITIES`)."""
    n, named = len(before), False
    while n:
        for item in _AUTHORITY_ITEMS:
            words = item.split()
            if before[max(0, n - len(words)) : n] == words:
                n -= len(words)
                named = named or item in _PLACE_AUTHORITIES
                break
        else:
            break
    return before[:n] if named else before


def _named_by_other_level_word(m: UnitMention, word: str) -> bool:
    """`m`'s name opens with a level word other than `word` ("phường A" for "của xã"): a bare
    level word points back only to a unit named with that word. A name with no level word of
    the list (a province, "thành phố") is not ruled out."""
    if word not in _NAME_LEVEL_WORDS:
        return False
    name = m.canonical.lower()
    own = max((w for w in _NAME_LEVEL_WORDS if name.startswith(w + " ")), key=len, default=None)
    return own is not None and own != word


def _says_national(words: list[str]) -> bool:
    """The keyed words hold a national phrase ("trên toàn quốc", "cả nước") that is not part of a
    name: "toàn quốc" right after the noun of a congress or an event ("Đại hội Đoàn toàn quốc",
    "Hội nghị toàn quốc", cue kind "national_name") names it and says nothing of the figure; a
    phrase after words of comparison ("cao hơn mức chung của cả nước", cue kind "national_compare")
    only measures the figure against the nation, and one after a rank ("nhiều nhất cả nước",
    "đứng thứ 2 toàn quốc", `_RANKED_AMONG`) ranks the clause's subject among it."""
    national = cue_set("national")
    if not contains_phrase(words, national):
        return False
    names = cue_set("national_name")
    compare = cue_set("national_compare")
    longest = max(len(p.split()) for p in national)
    for i in range(len(words)):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if phrase not in national:
                continue
            before = words[max(0, i - 4) : i]
            if ends_with_phrase(before, compare) is not None:
                break  # "cao hơn mức chung của cả nước": a comparison, not a national figure
            if before and _RANKED_AMONG.search(" ".join(before) + " ") is not None:
                break  # "…, nhiều nhất cả nước", "đứng thứ 2 toàn quốc": a rank among the nation
            if phrase != NATIONAL or ends_with_phrase(before, names) is None:
                return True
            break
    return False


def _without_foreign(text: str, mentions: list[UnitMention], low: str) -> tuple[list[UnitMention], set[str]]:
    """The mentions less the places abroad: a place the text marks once as foreign ("bản X (Lào)",
    "huyện Y (tỉnh Z, Lào)", "bản X, Campuchia") is not a unit of spec §2.3 wherever the text names
    it, so what is given there stays with the giver. A cheap first test: a country name in the text.
    With them the places abroad kept as partners (see below), by canonical name."""
    countries = cue_set("foreign")
    if not any(low.find(c.split()[0]) >= 0 for c in countries):
        return mentions, set()
    abroad: dict[str, str] = {}
    # "Đoàn Thanh niên huyện X (tỉnh Y, Lào)": a partner abroad by its body
    bodies_abroad: set[str] = set()
    for m in mentions:
        tail = _country_tail(text, m.end, countries)
        if m.is_body and (tail is not None or _foreign_province_mention(m)):
            bodies_abroad.add(m.canonical)  # ... or a province abroad by its name ("tỉnh Prey Veng")
        elif tail is not None:
            abroad.setdefault(m.canonical, tail)
    if not abroad:
        return mentions, bodies_abroad
    # A place abroad whose own youth body the text names ("Đoàn Thanh niên bản X", the partner of a
    # twinning) is a counterpart taking part as an organisation, a unit like a Vietnamese one (c46,
    # n396): what is handed to it is its figure. So is a place the bracket puts inside such a partner
    # ("bản Y (huyện Z, tỉnh W, Lào)" when "Đoàn Thanh niên tỉnh W" takes part). A place abroad named
    # only as a site or as people's home stays no unit (n91, n251).
    partners = {m.canonical for m in mentions if m.is_body}
    kept = {c for c, tail in abroad.items() if c in partners or _inside_partner(tail, partners)}
    # a place abroad a verb of giving hands a gift to itself ("trao tặng bản X (huyện Y, Lào) 12 con
    # bò", "bàn giao cho bản X (Lào)") receives it, as a partner does (n396, n490); not one whose
    # people or site only are named ("cho học sinh bản X", "tại bản X": n91)
    kept.update(m.canonical for m in mentions if m.canonical in abroad and _handed_itself(text, m.start))
    return [m for m in mentions if m.canonical not in abroad or m.canonical in kept], (
        kept & partners
    ) | bodies_abroad


def _next_hand_verb(low: str, start: int, end: int) -> int:
    """Where the first verb of handing over (cue kind "hand", as whole words) in `low[start:end]`
    stands, else `end`."""
    m = cue_words_re("hand").search(low, start, end)
    return end if m is None else m.start()


def _without_foreign_head(before: list[str]) -> list[str]:
    """The keyed words before a place abroad less its youth body's head that closes with the country
    ("ủy ban thanh niên campuchia", "đoàn thanh niên nhân dân cách mạng lào"; up to four words between
    "thanh niên" and the country); the words as they are when no such head ends them."""
    for i in range(len(before) - 3, max(0, len(before) - 8), -1):
        if before[i : i + 2] == ["thanh", "niên"] and i > 0:
            if before[i - 1] in ("đoàn", "hội"):
                return before[: i - 1]
            if i > 1 and before[i - 2 : i] == ["ủy", "ban"]:
                return before[: i - 2]
    return before


def _foreign_province_mention(m: UnitMention) -> bool:
    """`m` names a province abroad (the unit finder's foreign provinces: "tỉnh Svay Rieng", "Đoàn
    Thanh niên tỉnh Phông Sa Lỳ"): a province that lies in no Vietnamese province after the merger."""
    return m.level == "province" and m.province_2025 is None


#: the head of a youth body abroad before its place, which the unit finder does not read as a body
#: ("Ủy ban Thanh niên xã X (Campuchia)", "Đoàn Thanh niên bản Y (Lào)")
_YOUTH_BODY_HEADS = frozenset({"ủy ban thanh niên", "đoàn thanh niên"})


def _handed_itself(text: str, start: int) -> bool:
    """A verb of giving, maybe and "cho", stands right before the place at `start` or the head of its
    youth body ("trao tặng bản X", "bàn giao cho bản X", "trao Ủy ban Thanh niên xã X"): the place
    itself is handed the gift (see `_without_foreign`)."""
    before = words_before(text, start, 7)
    head = ends_with_phrase(before, _YOUTH_BODY_HEADS)
    if head is not None:
        before = before[: len(before) - len(head.split())]  # "trao Ủy ban Thanh niên xã X": its body
    if before[-1:] == ["cho"]:
        before = before[:-1]
    return ends_with_phrase(before, cue_set("give")) is not None


def _inside_partner(tail: str, partners: set[str]) -> bool:
    """The bracket after a place abroad (``tail``, "huyện Z, tỉnh W, Lào") names a partner place as
    one of the areas it lies in: "tỉnh W" for the partner "W", "huyện Z" for "huyện Z"."""
    parts = [key(p) for p in tail.split(",")[:-1]]
    return any(key(c) == p or p.endswith(" " + key(c)) for c in partners for p in parts)


def _without_short_own(
    text: str, mentions: list[UnitMention], own: str, headline_end: int
) -> list[UnitMention]:
    """The mentions less the headline's places that only shorten the name of the page's own unit:
    "Sinh viên Bách khoa Đà Nẵng tiếp sức …" on the page of "trường Đại học Bách khoa - Đại học Đà
    Nẵng" names the school, not the city (as the scope stage reads it). A place counts as such when
    the two words before it and the place (its level word left out) stand together, in that order,
    in the own unit's name, maybe over the dash of a member school ("Bách khoa - Đại học Đà Nẵng");
    "Tuổi trẻ Đà Nẵng …" does not. Nor does a place that is only the headline's "Place:" label over a
    page whose own unit is a body named with it ("Nghệ An: Đoàn viên ngành Thuế … cho hơn 4.500 hộ"
    on the page of "Thuế tỉnh Nghệ An": `scope.labels_own_body`). Bodies ("Thành đoàn Đà Nẵng") are
    always kept."""
    name = own.casefold()
    out = []
    for m in mentions:
        if m.end <= headline_end and not m.is_body and m.level in _ADMIN_LEVELS:
            if labels_own_body(text, m.start, m.end, m.text, own):
                continue
            short = short_name_pattern(text, m.start, m.text)
            if short is not None and short.search(name):
                continue
        out.append(m)
    return out


def _country_tail(text: str, pos: int, countries: frozenset[str]) -> str | None:
    """Right after `pos`: a bracket whose last part is a country ("(Lào)", "(tỉnh Z, Lào)") or a
    comma and a country (", Campuchia"); its text, else None."""
    g = _COUNTRY_TAIL.match(text, pos, min(len(text), pos + 64))
    if g is None:
        return None
    part = g.group("bracket") or g.group("comma") or ""
    return part if key(part.rsplit(",", 1)[-1]) in countries else None


def _is_city(m: UnitMention) -> bool:
    """A city ("thành phố Vinh", "TP. Buôn Ma Thuột"), whatever its level."""
    return m.text.lower().startswith(("thành phố", "tp"))


def _one_place(places: list[UnitMention], place: UnitMention) -> bool:
    """`place` is the only place of its level named ("khởi hành từ Hà Nội, Đà Nẵng và Thành phố
    Hồ Chí Minh với 48 chuyến xe" is not a figure of Hà Nội)."""
    return all(p.canonical == place.canonical for p in places if p.level == place.level)


@lru_cache(maxsize=4096)
def _organisation_ending(anchor: str) -> UnitMention | None:
    """The organisation named alone whose name ends the anchor of a footnote ("… trao tặng Chi nhánh
    Logistics X"): a footnote hung on it tells of that organisation, as one hung on a place tells of
    the place (spec §2.3), although the unit finder leaves an organisation named alone in running
    text to partners and sponsors. Cheap first test: an organisation noun in the anchor."""
    starts = [g.start() for g in _ORG_NOUN.finditer(anchor)]
    if not starts:
        return None
    m = lookup(anchor[starts[-1] :])  # the last noun: "Công ty X trao tặng Chi nhánh Y" names Y
    return m if m is not None and m.is_body else None


@lru_cache(maxsize=4096)
def unit_of_name(text: str) -> UnitMention | None:
    """The unit a short phrase names (a footnote anchor, a section title), if any (cached). A
    phrase that tells one result of the unit ("2. Đoàn Sở X giành giải Nhất", a news sub-heading)
    names the winner, not the unit the section is about: None (`_tells_a_win`)."""
    mentions = list(find_units(text))
    if mentions:
        m = mentions[-1]
        return None if _tells_a_win(text, m) or _tells_a_gift(text, m) else m
    return lookup(text)


def _tells_a_gift(text: str, m: UnitMention) -> bool:
    """The phrase opens with a verb of giving and names the unit `m` inside what it tells, words
    after it ("b) Hỗ trợ trường học tỉnh A bị ảnh hưởng lũ quét"): a section title that names who
    the section's support went to, not the unit that acts in it; the recipients are read in the
    section's own sentences (spec §2.3 recipient rule). A footnote anchor that ends with the unit
    ("… hỗ trợ xã A⁶") keeps it. Cheap first test: a word after `m`."""
    if not text[m.end :].strip(" \t.:;,"):
        return False
    lead = [key(w) for w in text[: m.start].split()]
    while lead and (not any(ch.isalpha() for ch in lead[0]) or lead[0] in ("a", "b", "c", "d")):
        lead = lead[1:]  # the section's number: "2.", "b)", "IV."
    return _opens_with(lead, cue_set("give"))


def _tells_a_win(text: str, m: UnitMention) -> bool:
    """The phrase goes on after the unit `m` with a verb of winning ("Đoàn Thanh niên Sở X giành
    giải Nhất", "Chi đoàn A đạt giải Ba"): a sub-heading that reports what one member body won,
    whose section goes on to the organiser's and the whole's figures (spec §2.3: the section's
    unit is the body the section is about). Cheap first test: a lower-case word right after `m`."""
    tail = text[m.end :].split(None, 3)
    if not tail or not tail[0][:1].islower():
        return False
    words = [key(w) for w in tail[:3]]
    return _opens_with(words, cue_set("title_win"))
