"""The document's scope (spec §2.3 default unit) and, for official documents, its issuer.

* official document: the unit of its issuer ("Ban Bí thư Trung ương Đoàn" -> toàn quốc,
  "Tỉnh đoàn Kiên Giang" -> Kiên Giang); when the issuer names no place, the first province or
  district the text names. A bare "TM. BAN THƯỜNG VỤ" under the letterhead "Ban Chấp hành Đoàn
  tỉnh X" signs as "Ban Thường vụ Tỉnh đoàn X" (`running_name`);
* news: the first unit the headline or lead names as an actor, else the unit the article names
  most; "toàn quốc", "cả nước", "toàn đoàn" and the central Union give toàn quốc. A place after
  "tại"/"ở", with the places of its address or list ("tại phường A, tỉnh B, Huyện đoàn C tổ
  chức ..."), only says where and loses to the body that acts. A unit that only stands in a
  person's title ("Bí thư Tỉnh đoàn Sơn La") does not count. A university system named without
  "trường" ("Đại học Quốc gia Hà Nội") takes its province (it sits under the city Đoàn); a
  school named with "trường" ("trường Đại học Sư phạm Huế") is its own unit (spec §2.3).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from functools import cache
from typing import Any

import regex

from reportextract.structure import _data, _deps

NATIONAL = "toàn quốc"
_NATIONAL_TEXT = regex.compile(r"\b(?:toàn\s+quốc|cả\s+nước|toàn\s+đoàn|toàn\s+Đoàn)\b")
_PERSON_TITLE = regex.compile(
    r"(?:\b(?:Bí\s+thư|Phó\s+Bí\s+thư|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Ủy\s+viên|Uỷ\s+viên|UV|UVBCH|Trưởng\s+ban"
    r"|Phó\s+Trưởng\s+ban|Giám\s+đốc|Chánh\s+Văn\s+phòng|PBT|Thường\s+trực|đại\s+diện)\b)[^,;.()–—\-]{0,45}$",
    regex.I,
)
_LOCATIVE = regex.compile(r"\b(?:tại|ở|đến|tới|về|ra)\s+(?:(?:các|những)\s+)?$", regex.I)
#: a place that owns the venue after "tại"/"ở": "tại Trung tâm Văn hóa huyện X", "ở Nhà thi đấu
#: tỉnh Y" (the venue's words, within one clause: no punctuation, at most six words), or that says
#: in brackets where the venue lies: "tại cơ sở 2 (quận X)", "tại Nhà văn hóa (phường Y)"
_VENUE_LOCATIVE = regex.compile(r"\b(?:tại|ở)\s+(?:[^\s,.;:!?()\"“”]+\s+){1,6}(?:\(\s*)?$", regex.I)
#: what may stand between two places of one address or list ("phường A, tỉnh B", "A và B"), or
#: before the place in brackets that says where the first lies ("phường A (TP.HCM)")
_PLACE_JOIN = regex.compile(r"^\s*(?:[,\-–(]|và)\s*$")
_UNIVERSITY = regex.compile(r"^(?:Đại\s+học|Học\s+viện)")
_CENTRAL = regex.compile(r"Trung\s+ương|T\.Ư|\bTW\b")
_CENTRAL_LOOSE = regex.compile(r"Trung\s+ương|T\.Ư|TW")
_PLACE_LEVEL = regex.compile(r"^(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+", regex.I)
_ENDS_WITH_LEVEL = regex.compile(
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[đĐ]oàn$|Đoàn\s+(?:tỉnh|thành\s+phố|huyện|xã|phường)$", regex.I
)
_SPACES = regex.compile(r"\s+")
_LEVEL_WORD = regex.compile(r"\b(Tỉnh|Thành|Huyện|Quận|Thị)\s+[đĐ]oàn\b")


def _mentions(text: str) -> list[tuple[int, str, Any]]:
    """(offset, canonical unit, mention) of every unit in `text` that is not part of a person's title."""
    out: list[tuple[int, str | None, Any]] = []
    for m in _deps.find_units(text):
        if _PERSON_TITLE.search(text[max(0, m.start - 60) : m.start]):
            continue
        out.append((m.start, _scope_name(m), m))
    for m in _NATIONAL_TEXT.finditer(text):
        if not any(s <= m.start() < s + len(getattr(u, "text", "")) for s, _, u in out):
            out.append((m.start(), NATIONAL, None))
    out.sort(key=lambda t: t[0])
    return [(pos, name, m) for pos, name, m in out if name]


#: a member school's name as one unit names it ("trường Đại học Bách khoa - Đại học Đà Nẵng")
_MEMBER_SCHOOL = regex.compile(r"^trường\s.+\s[-–]\s(?:Đại\s+học|ĐH|Học\s+viện)\s", regex.I)


def _is_member_school(m: Any) -> bool:
    """A school named with the university it belongs to, which the unit finder reads as one
    school ("Trường Đại học Bách khoa - Đại học Đà Nẵng": spec §2.3, as "trường Đại học Vinh")."""
    canonical = str(getattr(m, "canonical", ""))
    return getattr(m, "level", None) == "school" and _MEMBER_SCHOOL.match(canonical) is not None


def _scope_name(m: Any) -> str | None:
    canonical = getattr(m, "canonical", None)
    level = getattr(m, "level", None)
    if level == "national":
        return NATIONAL
    if canonical and level == "sector" and canonical.endswith((" tỉnh", " thành phố")):
        # a provincial body named without its province ("Đoàn Khối các cơ quan tỉnh"): the report's
        # own province's body, which cannot name the report's scope by itself
        return None
    if canonical and _UNIVERSITY.match(canonical):
        # a university system named without "trường" ("Đại học Quốc gia Hà Nội", "Học viện ...")
        # runs under its city's Đoàn and takes its province; a school named with "trường"
        # ("Đoàn trường Đại học Sư phạm Huế") is a unit of its own (spec §2.3)
        return getattr(m, "province_2025", None) or _province_in(canonical) or canonical
    return canonical


def _province_in(name: str) -> str | None:
    units = _deps.find_units(name.split(" ", 2)[-1]) if " " in name else []
    for u in units:
        if getattr(u, "level", None) == "province":
            return str(u.canonical)
    return None


def news_scope(title: str | None, lead: str, text: str) -> str | None:
    """Scope of a news article: the first unit its headline or lead names as an actor (a unit
    after "tại"/"ở" only says where, and counts only when no actor is named), else the body that
    acts in the first paragraph naming a unit, else the unit the article names most."""
    head = f"{title}\n{lead}" if title else lead
    first = _mentions(head)
    portal = _own_portal(head, first)
    if portal is not None:
        return portal
    if title:
        first = _headline_branches(head, len(title), first)
    where = _locatives(head, first) | _recipients(head, first) | _source_tagged(head, first)
    if title:
        where |= _place_prefix(head, len(title), first, where)
        where |= _headline_winners(head, len(title), first, where)
        where |= _served_places(head, len(title), first, where)
        where |= _ranked_parts(head, len(title), first, where)
    actors = [i for i in range(len(first)) if i not in where]
    if actors and title:
        host = _visit_host(head, len(title), first, actors[0])
        host = host or _pair_host(head, len(title), first, actors[0])
        if host is not None:
            return host
    if actors:
        if title and first[actors[0]][1] == NATIONAL:
            share = _province_share(len(title), first, actors)
            if share is not None:
                return share
        return _list_scope(head, first, actors[0])
    if first:
        return _list_scope(head, first, 0)
    mentions = _mentions(text)
    opening = _opening_body(text, mentions)
    if opening is not None:
        return opening
    venues = _school_venues(text, mentions)
    mentions = [t for i, t in enumerate(mentions) if i not in venues]
    own = _own_level(text)
    if own is not None:
        # "toàn tỉnh ... tại các xã A, B": places below the article's own level only say where
        rank = _LEVEL_RANK[own]
        mentions = [
            t for t in mentions if t[2] is None or _LEVEL_RANK.get(getattr(t[2], "level", ""), 0) >= rank
        ]
    listed = _listed_provinces(text, mentions)
    if listed and len(listed) == len(mentions):
        # every unit the page names is one item of a per-province list ("Trong đó, TP X huy động …,
        # Y …; Z …"): the page reports the whole of which they are parts (as `_list_scope`)
        return NATIONAL
    counts = Counter(name for i, (_, name, _) in enumerate(mentions) if i not in listed)
    if not counts:
        return None
    return counts.most_common(1)[0][0]


#: what ends a sentence in running text, searched backwards from a mention (?r); the dot of a short
#: abbreviation in capitals ("TP. Hồ Chí Minh", "Q. 1", "Tp. Huế") ends none (as
#: `sections._SENTENCE_INSIDE`)
_SENTENCE_END = regex.compile(r"(?r)(?<!\b\p{Lu}{1,4}|\bTp)[.!?]\s|\n")


def _listed_provinces(text: str, mentions: list[tuple[int, str, Any]]) -> set[int]:
    """Indexes of the provinces in `mentions` that share one sentence with at least two other
    provinces ("Trong đó, TP X huy động 9.200 …, Y 7.800 …; Z bố trí …"): each is one item of a list
    of parts, which names no page's scope by itself (spec §2.3: a total over several provinces
    belongs to none of them). Cheap first test: three provinces in the page at all."""
    provinces = [i for i, (_, _, m) in enumerate(mentions) if getattr(m, "level", None) == "province"]
    if len({mentions[i][1] for i in provinces}) < _MANY_PROVINCES:
        return set()
    sentences: dict[int, set[str]] = {}
    where: dict[int, int] = {}
    for i in provinces:
        pos = mentions[i][0]
        end = _SENTENCE_END.search(text, 0, pos)
        start = end.end() if end is not None else 0
        where[i] = start
        sentences.setdefault(start, set()).add(mentions[i][1])
    return {i for i in provinces if len(sentences[where[i]]) >= _MANY_PROVINCES}


def _province_share(title_len: int, mentions: list[tuple[int, str, Any]], actors: list[int]) -> str | None:
    """The province whose share of a national total the headline names after it ("Cả nước thực
    hiện hơn 18.000 công trình, X đóng góp 412 công trình"), when the lead names that province's
    own body ("Tỉnh đoàn X dự tại điểm cầu ..."): the page is the province's report of a national
    review, so its scope is the province (spec §2.3: the default unit is the unit the page reports
    for); the national figures keep their own unit as written. None when the headline names no
    single province after the nation, or the lead names no body of it (a national page that
    singles out a province keeps toàn quốc). The caller's cheap first test: the headline's first
    actor is the nation."""
    name = _one_province(
        mentions,
        [
            i
            for i in actors
            if mentions[i][0] < title_len
            and mentions[i][1] != NATIONAL
            and getattr(mentions[i][2], "level", None) == "province"
            and not getattr(mentions[i][2], "is_body", False)
        ],
    )
    if name is None:
        return None
    for pos, other, m in mentions:
        if pos > title_len and other == name and getattr(m, "is_body", False):
            return name
    return None


#: the levels below the province (as `figures.attribution._BELOW_PROVINCE`; a school is not one here)
_BELOW_PROVINCE = ("district", "commune", "village")


def _visit_host(head: str, title_len: int, mentions: list[tuple[int, str, Any]], actor: int) -> str | None:
    """The province a visiting body's support goes to, when the page is that province's own: the
    headline's actor is another province's body that gives to the province ("Thành đoàn A hỗ trợ B
    …"), and the lead sets the event at a place of B's named without its province ("tại phường X,
    đoàn công tác Thành đoàn A …"): a page writes its own places so, for readers who know them
    (spec §2.3: the default unit is the unit the page reports for). The giver's own page says where
    it went ("đã lên tỉnh B", "xã X (tỉnh B)"): a lead that names B as a place keeps the giver.
    None otherwise. Cheap first test: the actor is a province's body in the headline."""
    pos, name, m = mentions[actor]
    if pos >= title_len or not getattr(m, "is_body", False) or getattr(m, "level", None) != "province":
        return None
    given = _recipients(head, mentions)
    hosts = {
        n
        for i, (p, n, u) in enumerate(mentions)
        if p < title_len and i in given and n != name and getattr(u, "level", None) == "province"
    }
    if len(hosts) != 1:
        return None
    host = next(iter(hosts))
    if _named_as_place(title_len, mentions, host):
        return None  # "đã lên tỉnh B …": the giver's page says where it went
    if any(host in provinces for provinces in _lead_place_provinces(head, title_len, mentions)):
        return host
    return None


def _named_as_place(title_len: int, mentions: list[tuple[int, str, Any]], name: str) -> bool:
    """Does the lead name `name` other than as a body (a place: "đã lên tỉnh B", "xã X, tỉnh B")?"""
    return any(p >= title_len and n == name and not getattr(u, "is_body", False) for p, n, u in mentions)


def _lead_place_provinces(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]]
) -> Iterator[tuple[str | None, str | None]]:
    """The provinces (before and since 2025) of the places below a province where the lead sets its
    event (`_locatives`: "tại xã X"), none a body (`_visit_host`, `_pair_host`). Read in the whole
    `head`: the mentions' own ends, which chain an address, are offsets of it."""
    where = _locatives(head, mentions)
    for i, (p, _, u) in enumerate(mentions):
        if (
            p >= title_len
            and i in where
            and getattr(u, "level", None) in _BELOW_PROVINCE
            and not getattr(u, "is_body", False)
        ):
            yield getattr(u, "province", None), getattr(u, "province_2025", None)


#: what joins the two provinces of a pair in a headline ("Tuổi trẻ A - B ký kết nghĩa", "A và B …")
_PAIR_JOIN = regex.compile(r"^\s*(?:[-–]|và|với)\s*$")


def _pair_host(head: str, title_len: int, mentions: list[tuple[int, str, Any]], actor: int) -> str | None:
    """The host of two provinces the headline names as a pair ("Tuổi trẻ A - B ký kết nghĩa …"), when
    the lead sets the event at a place of one of them named without its province ("Ngày 13/11, tại
    xã X, Tỉnh đoàn B và Thành đoàn A ký kết …"): a page writes its own places so, for readers who
    know them, as `_visit_host` reads a visit; the page reports for the host (spec §2.3), the visiting
    partner's figures keep their own unit as written. None when the lead's source tag names one of
    the two (the newsroom's province owns the page), when the lead also names the host as a place
    ("tại xã X, tỉnh B": a visitor's page says where it went), or when no single one hosts. Cheap
    first test: the headline's actor is a province followed by another one."""
    pos, name, m = mentions[actor]
    if pos >= title_len or getattr(m, "level", None) != "province" or actor + 1 >= len(mentions):
        return None
    p2, other, m2 = mentions[actor + 1]
    if (
        p2 >= title_len
        or other == name
        or getattr(m2, "level", None) != "province"
        or not _PAIR_JOIN.match(head[getattr(m, "end", pos) : p2])
    ):
        return None
    pair = {name, other}
    if any(mentions[i][1] in pair for i in _source_tagged(head, mentions)):
        return None
    hosts: set[str] = set()
    for provinces in _lead_place_provinces(head, title_len, mentions):
        hosts |= pair.intersection(provinces)
    if len(hosts) != 1:
        return None
    host = next(iter(hosts))
    if _named_as_place(title_len, mentions, host):
        return None  # "tại xã X, tỉnh B": the visitor's page says where it went
    return host


#: what may stand between a headline's place prefix and the unit that acts after it: the colon
#: and a word for the unit's young people ("Cà Mau: Tuổi trẻ xã X ...", "Hà Nội: Đoàn phường Y ...")
_AFTER_PREFIX = regex.compile(
    r":\s*(?:(?:Tuổi\s+trẻ|Thanh\s+niên|Thanh\s+thiếu\s+niên|Đoàn\s+viên|Sinh\s+viên|Học\s+sinh|Thiếu\s+nhi)\s+)?"
)


def _place_prefix(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]], where: set[int]
) -> set[int]:
    """{0} when the headline opens with a place and a colon that only says where the story is
    ("Cà Mau: Tuổi trẻ xã X thu gom ...") because a unit of a lower level acts: the headline names
    it as the subject right after the colon ("Tuổi trẻ xã X", "Đoàn phường Y"), or the lead's first
    actor is a body of a lower level ("Đoàn xã X phối hợp ..."). The unit is the body that acts
    (spec §2.3); a "Province:" prefix over a story the province's own bodies tell ("Quảng Trị: Tuổi
    trẻ các xã, phường ...", a lead naming the Tỉnh đoàn, or only a place where it happens) keeps
    the province. Empty otherwise."""
    colon = head.find(":", 0, title_len)
    if colon < 0 or len(mentions) < 2:
        return set()  # cheap first test: no colon in the headline
    pos, _, m = mentions[0]
    if (
        m is None
        or getattr(m, "is_body", False)
        or head[:pos].strip(" \"'“”")
        or head.find(":", m.end) != colon
    ):
        return set()
    rank = _LEVEL_RANK.get(getattr(m, "level", ""), 0)
    if head[m.end : colon].strip():
        return set()  # "Cà Mau mùa nước nổi: ..." is no place prefix
    after = _AFTER_PREFIX.match(head, colon)
    # the subject opens the headline after the colon, maybe behind a word for its young people
    # ("Tuổi trẻ"), which the unit finder may read as part of a body's name ("Tuổi trẻ Công an tỉnh")
    after_colon = head[colon + 1 : title_len]
    subject_at = {colon + 1 + len(after_colon) - len(after_colon.lstrip())}
    if after is not None:
        subject_at.add(after.end())
    for i, (p, _, u) in enumerate(mentions[1:], start=1):
        if i in where or u is None:
            continue
        below = _below_place(u, rank)
        if p < title_len:
            if p in subject_at and below:
                return {0}  # the headline's subject: "Cà Mau: Tuổi trẻ xã X ..."
            continue
        # the lead's first actor
        return {0} if getattr(u, "is_body", False) and below else set()
    return set()


def _below_place(u: Any, rank: int) -> bool:
    """Whether the unit `u` acts below a place of rank `rank` in a "Place: ..." headline: a unit of
    a lower level ("xã X" under a province), or a sector body the place's name only locates ("Thái
    Bình: Tuổi trẻ Công an tỉnh ...", "Đoàn Thanh niên Công an tỉnh X": a province's police or army
    Youth Union belongs to its sector, Công an nhân dân or Quân đội nhân dân, spec §2.3), or an
    organisation's Youth Union named in full ("Thanh Hóa: ..." over "Đoàn Thanh niên Thuế tỉnh Thanh
    Hóa tổ chức ...", "Đoàn Thanh niên Bưu điện tỉnh X ..."): the organisation is a unit of its own,
    which the place's name only locates (spec §2.3)."""
    level = getattr(u, "level", "")
    if level in ("sector", "body") and getattr(u, "is_body", False):
        return True
    return _LEVEL_RANK.get(level, rank) < rank


#: what a headline says of a unit that wins, is honoured or receives, right after its name
#: ("Đoàn Thanh niên Bộ X vô địch giải ...", "Chi đoàn Y giành giải Nhất", "Đoàn trường Z được
#: trao Bằng khen")
_WINS = regex.compile(
    r"\s+(?:xuất\s+sắc\s+|lần\s+đầu\s+(?:tiên\s+)?)?(?:vô\s+địch|đăng\s+quang|lên\s+ngôi|giành|đoạt|nhận"
    r"|được\s+(?:trao|tặng|nhận|khen|vinh\s+danh|tuyên\s+dương)"
    # a rank: "Xã X nhất toàn đoàn Hội thao …", "Phường Y nhì giải …", "Đoàn Z dẫn đầu …"
    r"|(?:giành\s+giải\s+|về\s+|xếp\s+(?:thứ\s+)?|đứng\s+)?(?:nhất|nhì|ba)\s+(?:toàn\s+đoàn|chung\s+cuộc|giải)"
    r"|(?:về|xếp|đứng)\s+(?:thứ\s+)?(?:nhất|nhì)|nhất|nhì|dẫn\s+đầu|đứng\s+đầu)\b"
)
#: what the lead says of the body that organises or acts, right after its name ("Đoàn Khối ...
#: tổ chức", "Tỉnh đoàn X phát động", "Đoàn Thanh niên Y phối hợp ...")
_ORGANISES = regex.compile(
    r"\s+(?:đã\s+|vừa\s+|chính\s+thức\s+)?(?:tổ\s+chức|phát\s+động|phối\s+hợp|chủ\s+trì|khai\s+mạc|bế\s+mạc|triển\s+khai"
    # the body that honours the winners holds the event ("Trung ương Hội … tuyên dương …")
    r"|tuyên\s+dương)\b"
)


def _headline_winners(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]], where: set[int]
) -> set[int]:
    """Indexes of the headline's units that win, are honoured or receive ("Đoàn Thanh niên Bộ X
    vô địch giải bóng đá ...") when the lead names another body that organises or acts ("Đoàn
    Khối ... tổ chức trận chung kết ..."): the page is the organiser's, the winner is one of its
    participants (spec §2.3: the unit is the body that acts). Without such a body in the lead the
    winner stays the page's unit (a page about its own prize), and so does a province honoured at
    a national body's event ("Tuổi trẻ tỉnh X được tuyên dương tại tổng kết ..." over "Ban Bí thư
    Trung ương Đoàn tổ chức Hội nghị ..."): the national body honours every province, a page that
    singles one out in its headline is that province's own (`_province_at_national`)."""
    cands = set()
    won: list[tuple[int, int]] = []  # the spans of the winning words ("nhất toàn đoàn")
    for i, (pos, _, m) in enumerate(mentions):
        if pos < title_len and i not in where and m is not None:
            w = _WINS.match(head, getattr(m, "end", pos))
            if w is not None:
                cands.add(i)
                won.append(w.span())
    if not cands:
        return set()  # cheap first test: no headline unit wins or receives
    # "toàn đoàn" of a rank ("nhất toàn đoàn": first of all teams) names no unit
    cands |= {i for i, (pos, _, _m) in enumerate(mentions) if any(a <= pos < b for a, b in won)}
    organiser = _lead_organiser(head, title_len, mentions, where, {mentions[i][1] for i in cands})
    if organiser is None:
        return set()
    # a province ranked after the headline's total ("Tuyên dương 2.315 … cấp Trung ương, Hà Nội dẫn
    # đầu với 612 em") is a part of the national page: `_ranked_parts` reads it
    return set() if _province_at_national(mentions, cands, organiser) else cands


def _lead_organiser(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]], where: set[int], names: set[str]
) -> str | None:
    """The name of the first body of the lead, not one of `names` nor a place in `where`, that
    organises or acts ("Đoàn Khối … tổ chức …"; see `_headline_winners`, `_served_places`), if any."""
    for i, (pos, name, m) in enumerate(mentions):
        if (
            pos > title_len
            and i not in where
            and name not in names
            and getattr(m, "is_body", False)
            and _ORGANISES.match(head, getattr(m, "end", pos))
        ):
            return name
    return None


#: people a headline says are served, and up to four lower-case words that describe them, right
#: before a place: "trẻ em vùng cao X", "học sinh nghèo X", "người bệnh X" (the place says whose
#: people they are); the Youth Union's own people ("đoàn viên X", "tuổi trẻ X") are not in the list
_SERVED_BEFORE = regex.compile(
    r"(?<!\p{L})(?:trẻ\s+em|trẻ|em|cháu|học\s+sinh|thiếu\s+nhi|người\s+dân|bà\s+con|đồng\s+bào|người\s+bệnh"
    r"|bệnh\s+nhân|bệnh\s+nhi|người\s+cao\s+tuổi|hộ|hộ\s+dân|hộ\s+gia\s+đình|gia\s+đình|người\s+nghèo"
    r"|ngư\s+dân|công\s+nhân|người\s+lao\s+động)(?:\s+\p{Ll}+){0,4}\s+$"
)
#: the passive "được" right after the served people's place ("… X được khám …"); an honour
#: ("được tuyên dương", "được khen") is read by `_headline_winners`
_SERVED_AFTER = regex.compile(
    r"\s+(?:đã\s+|sẽ\s+)?được\s+(?!(?:khen|vinh\s+danh|tuyên\s+dương|công\s+nhận)\b)"
)


def _served_places(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]], where: set[int]
) -> set[int]:
    """Indexes of the headline's places that only say whose people are served ("Gần 1.400 trẻ em
    vùng cao X được khám sàng lọc …") when the lead names another body that organises or acts
    ("Đoàn Thanh niên Bệnh viện Y phối hợp … tổ chức …"): the page is the acting body's, the place
    is where its beneficiaries live (spec §2.3: a place that only says where is not the unit). A
    page whose lead names no such body keeps the place (a province's page on its own children).
    Cheap first test: "được" in the headline."""
    if head.find("được", 0, title_len) < 0:
        return set()
    served = set()
    for i, (pos, _, m) in enumerate(mentions):
        if (
            pos < title_len
            and i not in where
            and m is not None
            and not getattr(m, "is_body", False)
            and _SERVED_BEFORE.search(head, max(0, pos - 60), pos)
            and _SERVED_AFTER.match(head, getattr(m, "end", pos))
        ):
            served.add(i)
    if not served:
        return set()
    names = {mentions[i][1] for i in served}
    return served if _lead_organiser(head, title_len, mentions, where, names) is not None else set()


#: a rank right after a unit's name ("Hà Nội dẫn đầu với 612 em", "X đứng đầu", "Y xếp thứ nhì", "Z về
#: nhì", "T nhất toàn đoàn"), not an honour received ("được tuyên dương") nor a bare "nhất" that opens
#: a word of its own ("nhất trí", "nhất quán")
_RANKED = regex.compile(
    r"\s+(?:dẫn\s+đầu|đứng\s+đầu|xếp\s+(?:thứ\s+)?(?:nhất|nhì|ba|hai|\d+)"
    r"|(?:đứng|về)\s+(?:thứ\s+)?(?:nhất|nhì|ba)"
    r"|(?:nhất|nhì)(?!\s+(?:trí|quán|định|là|thiết|thời|loạt|quyết|thể)\b))\b"
)
#: what ends a headline's clause before a later one ("Tuyên dương 2.315 …, Hà Nội dẫn đầu …")
_CLAUSE_BREAK = regex.compile(r"[,;:]\s|\s[-–]\s")


def _ranked_parts(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]], where: set[int]
) -> set[int]:
    """Indexes of the headline's units ranked in a later clause after a first clause that names no
    unit ("Tuyên dương 2.315 "Sinh viên 5 tốt" cấp Trung ương, Hà Nội dẫn đầu với 612 em") when the
    lead's first actor is a national body: the headline tells the whole's result, then the part that
    leads it; the page is the national body's (spec §2.3), the part keeps its own figures, even when
    the lead's national body honours it (`_headline_winners` would keep a province honoured at a
    national event: `_province_at_national`). A headline that opens with the ranked unit ("X xếp thứ
    4 toàn quốc …") is that unit's page. The one rule for this headline: one rank pattern, one
    clause break ("," ";" ":" or a spaced dash)."""
    ranked = set()
    for i, (pos, _, m) in enumerate(mentions):
        if pos >= title_len:
            break
        if i in where or m is None or _RANKED.match(head, getattr(m, "end", pos)) is None:
            continue
        brk = None
        for b in _CLAUSE_BREAK.finditer(head, 0, pos):
            brk = b
        if brk is None or any(p < brk.start() for p, _, _ in mentions):
            continue  # the unit opens the headline, or an earlier clause names a unit
        ranked.add(i)
    if not ranked:
        return set()
    lead = next(((n, m) for j, (p, n, m) in enumerate(mentions) if p > title_len and j not in where), None)
    if lead is None or lead[0] != NATIONAL or not getattr(lead[1], "is_body", False):
        return set()
    return ranked


def _province_at_national(mentions: list[tuple[int, str, Any]], winners: set[int], organiser: str) -> bool:
    """Whether the headline's winners are one province honoured at an event of the national body
    `organiser` names ("Tuổi trẻ Sơn La được tuyên dương ..." over "Ban Bí thư Trung ương Đoàn tổ
    chức ..."): the page is the province's, not the organiser's (a winner below a province or a
    member body at a Khối's event stays the organiser's participant)."""
    if organiser != NATIONAL:
        return False  # cheap first test: the organiser is no national body
    return _one_province(mentions, winners) is not None


def _one_province(mentions: list[tuple[int, str, Any]], idx: Collection[int]) -> str | None:
    """The name of the mentions at `idx` when they are all provinces and all one name (a national
    headline that singles out one province is that province's page), else None."""
    names = {mentions[i][1] for i in idx}
    if len(names) != 1 or not all(getattr(mentions[i][2], "level", None) == "province" for i in idx):
        return None
    return next(iter(names))


#: what joins the items of one list of places ("A, B, C và D"); a bracket or a dash does not
_LIST_JOIN = regex.compile(r"^\s*(?:,|và)\s*$")
#: places in one list from which no single one owns the article
_MANY_PROVINCES = 3


#: a news site's source tag or dateline opening a line before a dash: in brackets ("(TN Bắc Ninh) -",
#: "(QNO) -") or a place in capitals, one to four words ("NGHỆ AN -", "HẢI PHÒNG -", "TP.HCM -"):
#: where the reporter files from
_SOURCE_TAG = regex.compile(
    r"(?m)^(?:\([^()\n]{1,40}\)[ \t]*[-–]"
    r"|\p{Lu}[\p{Lu}\p{M}.]*(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.]*){0,3}[ \t]*[-–—][ \t])"
)


def _source_tagged(head: str, mentions: list[tuple[int, str, Any]]) -> set[int]:
    """Indexes of the `mentions` inside the source tag or dateline that opens the lead ("(TN Bắc Ninh)
    - Trong tháng 11, Đoàn Khối … tổ chức …", "NGHỆ AN - Đoàn Thanh niên Trường … tổ chức …"): the tag
    names the newsroom or where the reporter files from, not
    the body that acts (spec §2.3: a place that only says where is not the unit); it counts only when
    the headline and lead name no actor, as other places after "tại" do."""
    if head.find("-") < 0 and head.find("–") < 0 and head.find("—") < 0:
        return set()  # cheap first test, as permissive as the pattern: no dash of any kind, no tag
    spans = [m.span() for m in _SOURCE_TAG.finditer(head)]
    return {i for i, (pos, _, _m) in enumerate(mentions) if any(a <= pos < b for a, b in spans)}


#: a unit's own web page named as the source tag opening a line: "(Trang thông tin điện tử phường
#: X) -", "(Cổng thông tin điện tử tỉnh Y) -", "(Trang tin điện tử Huyện đoàn Z) -"
_PORTAL_TAG = regex.compile(
    r"(?m)^\((?:Trang|Cổng)\s+(?:thông\s+tin|tin)(?:\s+điện\s+tử)?\s+[^()\n]{1,60}\)[ \t]*[-–]"
)


def _own_portal(head: str, mentions: list[tuple[int, str, Any]]) -> str | None:
    """The unit whose own web page ("Trang thông tin điện tử phường X", "Cổng thông tin điện tử tỉnh
    Y") the source tag of the lead names: the page is that unit's own publication, so it reports
    for that unit even when its headline quotes the whole country's figures ("Tuổi trẻ cả nước …"
    over a ward's page that goes on "Tại phường X, Đoàn phường …"): spec §2.3, the default unit is
    the unit the document reports for, as an official document's issuer. A newsroom's tag ("(TN
    Bắc Ninh) -") names no unit's own page and only says where (`_source_tagged`). None otherwise.
    Cheap first test, true to `_PORTAL_TAG`: a bracket opening "Trang" or "Cổng" in the headline
    and lead."""
    if head.find("(Trang") < 0 and head.find("(Cổng") < 0:
        return None
    for tag in _PORTAL_TAG.finditer(head):
        a, b = tag.span()
        for pos, name, m in mentions:
            if a < pos < b and m is not None and name != NATIONAL:
                return name
    return None


def _list_scope(head: str, mentions: list[tuple[int, str, Any]], i: int) -> str:
    """The scope the `i`-th mention of the headline and lead gives: its unit, or toàn quốc when it
    opens a list of three or more provinces ("chặng ... đã đi qua A, B, C và D, với 19 điểm ...",
    "A, B và C dẫn đầu ..."). A total over several provinces belongs to none of them, and a region
    is no unit (spec §2.3), so the article speaks for the whole country. Bodies ("Tỉnh đoàn A, Tỉnh
    đoàn B ...") and lists of fewer provinces keep the first one."""
    name = mentions[i][1]
    count = 0
    prev_end = -1
    for p, _, u in mentions[i:]:
        if u is None or getattr(u, "is_body", False) or getattr(u, "level", None) != "province":
            break
        if prev_end >= 0 and not (p >= prev_end and _LIST_JOIN.match(head[prev_end:p])):
            break
        count += 1
        prev_end = getattr(u, "end", p)
    return NATIONAL if count >= _MANY_PROVINCES else name


def _school_venues(text: str, mentions: list[tuple[int, str, Any]]) -> set[int]:
    """Indexes of the schools in `mentions` named after "tại"/"ở": a university or school where an
    event is held ("tổ chức ngày hội ... tại Đại học X", "chi hội sinh viên tại Đại học Y") is its
    venue, not the body whose article it is (spec §2.3: a place that only says where is not the
    unit); the article's most named unit is counted without them."""
    out: set[int] = set()
    for i, (pos, _, m) in enumerate(mentions):
        if (
            m is not None
            and getattr(m, "level", None) == "school"
            and _LOCATIVE.search(text, max(0, pos - 20), pos)
        ):
            out.add(i)
    return out


def _opening_body(text: str, mentions: list[tuple[int, str, Any]]) -> str | None:
    """The body that acts in the first paragraph naming a unit, when the headline and lead name
    none: "Ngày 27/12, tại Hà Nội, Đoàn Thanh niên <organisation> tổ chức ..." -> the organisation
    (the place after "tại" only says where, spec §2.3). The body must open its clause (after the
    paragraph's start or a comma): a body named inside a clause ("phong trào do Trung ương Đoàn
    phát động") is not the actor of the article. None when that paragraph names no such body (the
    article's most named unit decides then)."""
    if not mentions:
        return None
    start = text.rfind("\n", 0, mentions[0][0]) + 1
    end = text.find("\n", mentions[0][0])
    end = len(text) if end < 0 else end
    para = [(pos - start, name, m) for pos, name, m in mentions if pos < end]
    where = _locatives(text[start:end], para) | _recipients(text[start:end], para)
    for i, (pos, name, m) in enumerate(para):
        if i not in where and m is not None and getattr(m, "is_body", False):
            before = text[max(start, start + pos - 3) : start + pos].rstrip()
            if not before or before[-1] in ",.:;":
                return name  # the subject of its clause ("..., Đoàn Thanh niên X tổ chức")
    return None


#: the last two words before a position ("Thanh niên Biên phòng| Quảng Ninh")
_TWO_WORDS_BEFORE = regex.compile(r"(\p{L}+)\s+(\p{L}+)\s*$")
#: a Khối's short name before a place: "Khối cơ quan| Hưng Yên", "Khối doanh nghiệp| X" (a "Khối"
#: and at most four lower-case words)
_KHOI_BEFORE = regex.compile(r"(?<!\p{L})Khối(?:\s+\p{Ll}+){0,4}\s+$")
#: an organisation's short name in capitals right before a position ("BIDV| Lạng Sơn")
_ACRONYM_BEFORE = regex.compile(r"(?<![\p{L}\d])(\p{Lu}{2,10})[ \u00a0]+$")


class ShortName:
    """The pattern a longer name must hold (`short_name_pattern`), compiled only for a text that
    holds each of its literal pieces (the words and the place, case-folded, that the pattern spells
    out as they are): a text without one of them cannot match, and most names tested hold none. The
    pattern's source is new for each new name of a document, and a `regex` compile costs as much as
    a few hundred searches; the compiled patterns stay in `regex`'s own cache."""

    __slots__ = ("pieces", "source")

    def __init__(self, source: str, pieces: tuple[str, ...]) -> None:
        self.source = source
        self.pieces = pieces

    def search(self, text: str) -> bool:
        """Whether the pattern matches somewhere in `text`."""
        for piece in self.pieces:
            if piece not in text:
                return False
        return regex.search(self.source, text) is not None


def short_name_pattern(head: str, pos: int, place: str) -> ShortName | None:
    """What a longer name must contain (case-folded) for the place `place` at `pos` of the headline
    `head` to be its short form: the two words before the place and the place (its level word left
    out) together, in that order, maybe over the dash of a member school ("Bách khoa Đà Nẵng" in
    "trường đại học bách khoa - đại học đà nẵng"; "Biên phòng Quảng Ninh" in "… bộ đội biên phòng
    tỉnh quảng ninh"). None when there are no two words before it. The figure stage asks it too
    (a headline place that shortens the page's own unit is no unit of its own).

    A place right after an organisation's short name in capitals that the text gives in brackets
    after its full name ("BIDV Lạng Sơn …" over "Ngân hàng … (BIDV) Chi nhánh Lạng Sơn") shortens
    the organisation's branch there: the longer name must then be a branch of that place ("chi
    nhánh [tỉnh] lạng sơn"; spec §2.3: a bank branch is its own unit). Cheap first test: a capital
    right before the place."""
    core = _PLACE_LEVEL.sub("", place).casefold()
    if pos > 2 and head[pos - 2 : pos - 1].isupper():
        acr = _ACRONYM_BEFORE.search(head, max(0, pos - 12), pos)
        if acr is not None and core and head.find(f"({acr.group(1)})") >= 0:
            return ShortName(
                rf"(?<!\p{{L}})chi\s+nhánh\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s*)?{regex.escape(core)}(?!\p{{L}})",
                (core, "chi", "nhánh"),
            )
    if (
        core
        and head.find("Khối", max(0, pos - 40), pos) >= 0
        and _KHOI_BEFORE.search(head, max(0, pos - 40), pos)
    ):
        # "Khối cơ quan Hưng Yên" shortens "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Hưng Yên"
        return ShortName(
            rf"(?<!\p{{L}})khối\s+[^\n,;:()]*?(?:(?:tỉnh|thành\s+phố)\s+)?{regex.escape(core)}(?!\p{{L}})",
            (core, "khối"),
        )
    words = _TWO_WORDS_BEFORE.search(head, max(0, pos - 40), pos)
    if words is None or not core:
        return None
    first, second = words.group(1).casefold(), words.group(2).casefold()
    return ShortName(
        rf"(?<!\p{{L}}){regex.escape(first)}\s+{regex.escape(second)}"
        rf"\s+(?:[-–]\s+(?:đại\s+học|học\s+viện)\s+)?"
        rf"(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+)?"
        rf"{regex.escape(core)}(?!\p{{L}})",
        (core, first, second),
    )


def labels_own_body(head: str, start: int, end: int, place: str, own: str) -> bool:
    """Whether the place `place` at `start:end` of the headline `head` is only its "Place:" label
    over a page whose own unit `own` is a body named with that place: "Nghệ An: Đoàn viên ngành
    Thuế … cho hơn 4.500 hộ" on the page of "Thuế tỉnh Nghệ An", "Hà Tĩnh: 312 công chức trẻ …" on
    the page of "Đoàn Khối các cơ quan tỉnh Hà Tĩnh". The label says where the story is; the body
    that acts is the page's (spec §2.3, as `_place_prefix` reads the scope), so the headline's
    figures are the body's. The place must open the headline (maybe behind a quotation mark) with
    the colon right after it (a site label may stand on a line of its own above the headline); a
    page whose own unit is the place itself, or a body not named with it ("Cà Mau: Tuổi trẻ xã X
    …" on the page of "xã X"), keeps the place as written. The figure stage may ask it (see the
    fix16h report). Cheap first test: a colon right after the place."""
    if head[end : end + 2].lstrip(" ")[:1] != ":":
        return False
    if head[head.rfind("\n", 0, start) + 1 : start].strip(" \t\"'“”"):
        return False  # the place does not open the headline's line
    core = _PLACE_LEVEL.sub("", place).casefold()
    name = own.casefold()
    if not core or name == core:
        return False
    return _bounded_in(core, name)


#: one letter (`_bounded_in`)
_LETTER = regex.compile(r"\p{L}")


def _bounded_in(core: str, name: str) -> bool:
    r"""Whether the (not empty) `core` stands in `name` with no letter right before or after it: what
    `regex.search(rf"(?<!\p{L}){regex.escape(core)}(?!\p{L})", name)` finds, without a pattern
    compiled for each place of a document (the letter tests are `regex`'s own)."""
    size = len(core)
    i = name.find(core)
    while i >= 0:
        if (i == 0 or _LETTER.match(name, i - 1) is None) and _LETTER.match(name, i + size) is None:
            return True
        i = name.find(core, i + 1)
    return False


def _headline_branches(
    head: str, title_len: int, mentions: list[tuple[int, str, Any]]
) -> list[tuple[int, str, Any]]:
    """The headline's places that shorten a body the lead names in full: "Thanh niên Biên phòng
    Quảng Ninh ..." over a lead naming "Đoàn Thanh niên Bộ đội Biên phòng tỉnh Quảng Ninh", or
    "Công an tỉnh Gia Lai: ..." over "Đoàn Thanh niên Công an tỉnh Gia Lai", stand for that body
    (the province's border guard or police, a part of its sector: spec §2.3), not for the province.

    A headline place counts as such a short name when the two words before it and the place (its
    level word left out) stand together, in that order, in the name of a body of the lead; "Tuổi
    trẻ Quảng Ninh" or "Thanh niên Quảng Ninh" do not ("thanh niên" is not right before the place
    in "Thanh niên Bộ đội Biên phòng tỉnh Quảng Ninh"). A member school named with its university
    ("Trường Đại học Bách khoa - Đại học Đà Nẵng") is shortened the same way over the dash
    ("Sinh viên Bách khoa Đà Nẵng ...")."""
    bodies = [
        (name, str(getattr(m, "text", "")).casefold())
        for pos, name, m in mentions
        if pos > title_len and m is not None and (getattr(m, "is_body", False) or _is_member_school(m))
    ]
    if not bodies:
        return mentions
    out = []
    for pos, name, m in mentions:
        if pos < title_len and m is not None and not getattr(m, "is_body", False):
            short = short_name_pattern(head, pos, str(getattr(m, "text", "")))
            if short is not None:
                full = next((b for b, text in bodies if b != name and short.search(text)), None)
                if full is not None:
                    out.append((pos, full, m))
                    continue
            if _ends_body_name(m, bodies[0][0]):
                out.append((pos, bodies[0][0], m))
                continue
        out.append((pos, name, m))
    return out


#: the bodies a headline may shorten to the place their name ends with (`_ends_body_name`)
_SHORTENED_BODIES = ("trường ", "Đoàn Khối ")


def _ends_body_name(m: Any, body: str) -> bool:
    """Whether the headline's bare place `m` ("Sinh viên Đồng Tháp ...") is the last words of the
    school the lead names first as a body ("Đoàn trường Đại học Kinh tế Nông nghiệp Đồng Tháp tổ
    chức ..."): the headline shortens the school to the place its name ends with, as a paper does
    ("sinh viên Đồng Tháp" for the school's students), so it stands for the school (spec §2.3: a
    school named with "trường" is its own unit). A place written with its level word ("tỉnh Đồng
    Tháp") names the province itself, and a school whose name ends otherwise leaves it alone.

    A provincial Đoàn Khối the lead names first ("Đoàn Khối các cơ quan và doanh nghiệp thành phố
    X tổ chức ...") is shortened the same way ("Hội thao công nhân, viên chức trẻ X" in the
    headline): the Khối is its own unit by its own name (spec §2.3), the city in its name does not
    make the city the page's scope."""
    place = str(getattr(m, "text", ""))
    if not body.startswith(_SHORTENED_BODIES) or not body.endswith(" " + place):
        return False  # cheap first test: no school or Khối, or its name does not end with the place
    return getattr(m, "level", None) == "province" and not _PLACE_LEVEL.match(place)


def _locatives(text: str, mentions: list[tuple[int, str, Any]]) -> set[int]:
    """Indexes of the `mentions` that only say where: a place after "tại"/"ở" ("tại các xã"), and
    every place chained to it by a comma or "và" ("tại phường A, tỉnh B" - an address, "ở A và B").
    A body ("Huyện đoàn A") ends the chain: it is the actor of the sentence, not part of the address.
    """
    out: set[int] = set()
    prev_end = -1
    for i, (pos, _, m) in enumerate(mentions):
        if m is not None and getattr(m, "is_body", False):
            prev_end = -1
            continue
        chained = prev_end >= 0 and pos >= prev_end and _PLACE_JOIN.match(text[prev_end:pos])
        if chained or _LOCATIVE.search(text[max(0, pos - 20) : pos]) or _after_venue(text, pos, m):
            out.add(i)
            prev_end = getattr(m, "end", pos) if m is not None else -1
        else:
            prev_end = -1
    return out


def _after_venue(text: str, pos: int, m: Any) -> bool:
    """Whether the place at `pos` names where a venue lies, after "tại"/"ở": "tại Trung tâm Văn
    hóa huyện Minh Hóa, Hội đồng Đội tỉnh ..." (the event's place, not its actor). Only a place
    written with its level word ("huyện X") counts: a bare name right after a venue word may be part
    of the venue's own name; in brackets it is not, and a longer venue name may come before it
    ("tại sân bóng Trung tâm Thể thao Thanh niên (Hà Nội), Đoàn Khối ... tổ chức ...")."""
    if m is None:
        return False
    bracket = text[max(0, pos - 2) : pos].rstrip().endswith("(")
    if not bracket and not _PLACE_LEVEL.match(str(getattr(m, "text", ""))):
        return False
    window = text[max(0, pos - (100 if bracket else 60)) : pos]
    low = window.lower()
    if "tại " not in low and "ở " not in low:
        return False  # cheap first test
    return bool((_VENUE_IN_BRACKETS if bracket else _VENUE_LOCATIVE).search(window))


#: a venue with a longer name before the bracket that says where it lies: "tại sân bóng Trung tâm
#: Thể thao Thanh niên (" (one clause, at most twelve words)
_VENUE_IN_BRACKETS = regex.compile(r"\b(?:tại|ở)\s+(?:[^\s,.;:!?()\"“”]+\s+){1,12}\(\s*$", regex.I)


#: a verb of giving (or the "lên" of carrying it up to the highlands: "quà theo cánh bay lên điểm
#: trường vùng cao X") and what may follow it before the place that receives ("mang Tết ấm đến đồng
#: bào vùng cao X", "trao tặng X", "hỗ trợ người dân X", "\"Ngân hàng bò\" ... về với 40 hộ nghèo
#: xã X"), within one clause
_GIVEN_TO = regex.compile(
    r"\b(?:đến\s+với|về\s+với|đến|cho|tặng|trao|hỗ\s+trợ|giúp(?:\s+đỡ)?|ủng\s+hộ|(?<!tăng\s)(?<!nâng\s)lên)\s+(?:[^,.;:!?\n]|,(?=\s+(?-i:\p{Ll}))){0,40}$",
    regex.I,
)


def _recipients(text: str, mentions: list[tuple[int, str, Any]]) -> set[int]:
    """Indexes of the places in `mentions` that receive what an earlier actor gives ("Tuổi trẻ
    Quân đội mang Tết ấm đến đồng bào vùng cao X", "... trao tặng tỉnh X"): a recipient is not the
    article's actor (spec §2.3: the unit is the body that acts; a gift's place is the unit of the
    gift only). The receivers may be a list of kinds of people before their place ("cho đoàn viên,
    thanh niên khó khăn huyện X"): a comma followed by a lower-case word goes on with the list.
    Bodies are left alone: a body after a verb of giving acts in its own clause."""
    out: set[int] = set()
    for i, (pos, _, m) in enumerate(mentions):
        if m is None or getattr(m, "is_body", False):
            continue
        if _GIVEN_TO.search(text, max(0, pos - 45), pos):
            out.add(i)
    return out


_LEVEL_RANK = {
    "national": 4,
    "sector": 3,
    "province": 3,
    "district": 2,
    "commune": 1,
    "school": 1,
    "village": 0,
}
# case-sensitive on purpose: under IGNORECASE \p{Lu} would match lower-case letters too
_OWN_PROVINCE = regex.compile(
    r"\b(?:[Tt]oàn|[Tt]rong|[Cc]ả)\s+tỉnh\b|[Tt]rên\s+địa\s+bàn\s+tỉnh\b(?!\s+\p{Lu})"
    r"|\bTỉnh\s+[đĐ]oàn\b(?!\s+\p{Lu})"
)
_OWN_DISTRICT = regex.compile(
    r"\b(?:[Tt]oàn|[Tt]rong|[Cc]ả)\s+huyện\b|[Tt]rên\s+địa\s+bàn\s+huyện\b(?!\s+\p{Lu})"
    r"|\bHuyện\s+[đĐ]oàn\b(?!\s+\p{Lu})"
)


def _own_level(text: str) -> str | None:
    """The level an article speaks of itself at without naming it ("toàn tỉnh", "Huyện đoàn")."""
    if _OWN_DISTRICT.search(text):
        return "district"
    if _OWN_PROVINCE.search(text):
        return "province"
    return None


def unit_of(name: str) -> str | None:
    """The unit a body's name names ("Ban Thường vụ Tỉnh đoàn Kiên Giang" -> "Kiên Giang"),
    toàn quốc for the central Union, None when it names no place."""
    ms = [t for t in _mentions(name) if t[1]]
    if ms:
        # the most specific (last) unit of a stacked name
        return ms[-1][1]
    if _CENTRAL.search(name):
        return NATIONAL
    return None


def official_scope(issuer: str | None, text: str) -> str | None:
    """Scope of an official document: its issuer's unit, else the unit of the body its opening
    paragraph says reports ("..., Ban Thường vụ Đoàn Khối các cơ quan tỉnh X báo cáo như sau"),
    else the first province or district named."""
    if issuer:
        ms = _mentions(issuer)
        named = [
            name for _, name, m in ms if m is None or getattr(m, "level", None) != "province" or _has_name(m)
        ]
        if named:
            return named[0]
        if _NATIONAL_TEXT.search(issuer) or _CENTRAL_LOOSE.search(issuer):
            return NATIONAL
    reporting = _preamble_unit(text)
    if reporting is not None:
        return reporting
    for _, name, m in _mentions(text):
        if m is not None and getattr(m, "level", None) in ("province", "district", "national"):
            if _DATE_LINE_AFTER.match(text, getattr(m, "end", 0)):
                continue  # "Hà Nội, ngày 05 tháng 12 năm 2025": where it was signed, not its unit
            return name
    return None


#: the opening of a report that names the body reporting: "Căn cứ ..., Ban Thường vụ <body> báo
#: cáo như sau" (the body opens its clause - "của Ban Thường vụ X về việc hướng dẫn" is a cited
#: document's author - and its name stays within the clause: no comma or stop inside it)
_PREAMBLE_BODY = regex.compile(
    r"(?:^|(?<=[,;:]\s{0,3}))(Ban\s+(?:Thường\s+vụ|Chấp\s+hành|Bí\s+thư)\s+[^,.;:\n]{3,100}?)\s+"
    r"(?:báo\s+cáo|ban\s+hành|thông\s+báo|hướng\s+dẫn|xây\s+dựng\s+kế\s+hoạch)\b",
    regex.M,
)
#: how far into the text the opening paragraph of a report is looked for
_PREAMBLE_SPAN = 3000


def _preamble_unit(text: str) -> str | None:
    """The unit of the body a report's opening paragraph says reports, when its letterhead names
    none: a letterhead "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH" (its province only on the Party's line
    above) over "..., Ban Thường vụ Đoàn Khối các cơ quan tỉnh X báo cáo như sau" gives the Đoàn
    Khối, a unit of its own (spec §2.3, as "Đoàn Khối các cơ quan Trung ương"), not the province of
    the Party's line. A reporting body that names no unit ("Ban Thường vụ Huyện đoàn báo cáo")
    gives None."""
    head = text[:_PREAMBLE_SPAN]
    if "Ban " not in head:
        return None  # cheap first test
    m = _PREAMBLE_BODY.search(head)
    if m is None:
        return None
    return unit_of(m.group(1))


#: what follows the place of a date line ("Hà Nội, ngày 05 tháng 12 năm 2025")
_DATE_LINE_AFTER = regex.compile(r"\s*,\s*ngày\s+(?:\d|[.…_ ]{2})", regex.I)


def _has_name(m: Any) -> bool:
    return bool(getattr(m, "canonical", None))


def place_of(scope: str | None) -> str | None:
    """The place name to complete an issuer with ("huyện Cẩm Giàng" -> "Cẩm Giàng"); None for toàn quốc."""
    if not scope or scope == NATIONAL:
        return None
    return _PLACE_LEVEL.sub("", scope)


#: "Ban Bí thư Trung ương Đoàn báo cáo ...": a body that says it reports or issues
_REPORTING_BODY = regex.compile(
    r"(Ban\s+(?:Bí\s+thư|Thường\s+vụ|Chấp\s+hành)\s+(?:Trung\s+ương\s+Đoàn|T\.Ư\s+Đoàn|TW\s+Đoàn"
    r"|(?:Tỉnh|Thành|Huyện|Quận|Thị)\s+[đĐ]oàn(?:\s+\p{Lu}\p{Ll}*){0,3}"
    r"|Đoàn\s+(?:tỉnh|huyện|xã|phường|thị\s+trấn|thành\s+phố)(?:\s+\p{Lu}\p{Ll}*){1,3}))"
    r"\s+(?:báo\s+cáo|ban\s+hành|thông\s+báo|hướng\s+dẫn|xây\s+dựng\s+kế\s+hoạch)"
)
#: the committee of a body, as a letterhead or signature names it before the body: the Union's
#: "Ban Chấp hành/Thường vụ/Bí thư", and the Hội's "Ủy ban" ("ỦY BAN TRUNG ƯƠNG / HỘI LHTN VIỆT
#: NAM": the Central Committee of the Hội, whose Ban Thường vụ signs)
_BAN = regex.compile(
    r"^(?:Ban\s+(?:Chấp\s+hành|Thường\s+vụ|Bí\s+thư)|[ỦU]y\s+ban(?=\s+(?:Trung\s+ương\s+)?Hội\b))\s*", regex.I
)


def complete_issuer(sig_org: str | None, header_org: str | None, scope: str | None, text: str) -> str | None:
    """The issuing body: the signature's body completed with the place, else the header's body,
    else a body the text says reports ("Ban Bí thư Trung ương Đoàn báo cáo ...").

    "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN" + scope Kiên Giang -> "Ban Thường vụ Tỉnh đoàn Kiên Giang";
    "TM. BAN THƯỜNG VỤ" under "BCH HUYỆN ĐOÀN CHỢ MỚI" -> "Ban Thường vụ Huyện đoàn Chợ Mới".
    """
    if sig_org:
        org = sig_org
        if _CENTRAL.search(org) or _mentions(org):
            return org
        place = place_of(scope)
        if _ends_with_level(org):
            return f"{org} {place}" if place else org
        committee = _BAN.match(org)
        if committee and header_org and _BAN.match(header_org):
            full = _BAN.sub("", header_org)
            if _shortens(org[committee.end() :], full):
                # "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI" under "BCH ĐOÀN KHỐI CÁC CƠ QUAN ... TỈNH X": the
                # signing committee of the body the header names in full
                return f"{committee.group().strip()} {full}"
        if _BAN.match(org) and not _BAN.sub("", org):
            if header_org and _BAN.match(header_org) and _BAN.sub("", header_org):
                return f"{org} {running_name(_BAN.sub('', header_org))}"
            if header_org and not _BAN.match(header_org):
                return f"{org} {running_name(header_org)}"
            level_word = _level_word(text)
            if level_word and place:
                return f"{org} {level_word} {place}"
        return header_org or org
    if header_org:
        return header_org
    m = _REPORTING_BODY.search(text)
    if m:
        return m.group(1).strip()
    return None


#: the closing sentence of a report, "Trên đây là báo cáo ... của <body>." (group `body`: the words
#: after its last "của", up to the end of the sentence or a word that goes on to something else)
_CLOSING = regex.compile(r"Trên\s+đây\s+là\s+[^.;\n]{0,300}\s(?:của|do)\s+(?P<body>[^.;\n]{3,140})", regex.I)
_CLOSING_CUT = regex.compile(r"\s*(?:,|\s(?:gửi|kính|để|về|trong|năm|nhằm|xin|đề\s+nghị)\s).*$", regex.S)
_CLOSING_LAST_CUA = regex.compile(r"(?r)\s(?:của|do)\s")
#: the end of a closing sentence that a line break of the page cut off ("... của Ban Thường vụ Đoàn
#: Thanh niên Tổng công ty X\n\nY Z."): a line of at most five capitalised words that ends it
_CLOSING_WRAP = regex.compile(
    r"\n[ \t]*\n?[ \t]*((?:\p{Lu}[\p{L}\-]*[ \t]+){0,4}\p{Lu}[\p{L}\-]*)[ \t]*\.[ \t]*(?:\n|$)"
)


def closing_issuer(sig_org: str | None, text: str) -> str | None:
    """The signing body named in full by the report's closing sentence: "Trên đây là báo cáo ...
    của Thường trực Hội đồng Đội tỉnh Thanh Hóa." under "TM. THƯỜNG TRỰC HỘI ĐỒNG ĐỘI TỈNH" (spec
    §3: the body that issues or signs). Only a name that starts with the signature's body
    (`sig_org`, "Ban Thường vụ") and names a unit or the central Union counts; a closing name
    that stops at a level word ("của Ban Thường vụ Tỉnh đoàn") is no more complete than the
    signature and is not taken."""
    if not sig_org:
        return None
    i = text.rfind("Trên đây")
    if i < 0:
        i = text.rfind("trên đây")
    if i < 0:
        return None
    m = _CLOSING.match(text, i)
    if m is None:
        return None
    body = m.group("body")
    wrapped = _CLOSING_WRAP.match(text, m.end())
    if wrapped is not None:
        body = f"{body.rstrip()} {wrapped.group(1)}"  # a name broken over two lines of a PDF page
    last = _CLOSING_LAST_CUA.search(body)
    if last:
        body = body[last.end() :]
    body = _CLOSING_CUT.sub("", body).strip()
    if not body.casefold().startswith(sig_org.casefold()) or len(body.split()) > 16:
        return None
    if _ends_with_level(body) or body.casefold() == sig_org.casefold():
        return None
    if not (_CENTRAL.search(body) or _deps.find_units(body)):
        return None
    return body


def _shortens(short: str, full: str) -> bool:
    """Whether `short` is the first words of the longer name `full` ("Đoàn Khối" of "Đoàn Khối
    các cơ quan và doanh nghiệp tỉnh Bắc Giang"), whatever their case."""
    s, f = short.casefold().split(), full.casefold().split()
    return 0 < len(s) < len(f) and f[: len(s)] == s


def as_written(name: str | None, text: str) -> str | None:
    """`name` as the running text spells it, when the text has it in another case: a name read
    from a header in capitals ("… ĐẠI HỌC KỸ THUẬT MIỀN NÚI" -> "… Kỹ Thuật Miền Núi") takes the
    text's "… Kỹ thuật Miền núi". (A search of the lower-cased text: no pattern to compile per
    document.)"""
    if not name:
        return name
    found = _written_form(name, text)
    if found is None and any(a in name.split() for a, _ in _WRITTEN_OUT):
        # a letterhead's short form ("BCH ĐOÀN TRƯỜNG ĐH …") when the text writes the words out
        words = dict(_WRITTEN_OUT)
        found = _written_form(" ".join(words.get(w, w) for w in name.split()), text)
    return name if found is None else found


#: abbreviations a letterhead writes in a school's name, and the words the running text writes
#: out ("ĐH" "Đại học"); used only when the text has the name written out (an abbreviation that
#: stands for other words elsewhere, as "CĐ" for "Công đoàn", then never matches)
_WRITTEN_OUT = (("ĐH", "Đại học"), ("CĐ", "Cao đẳng"))


def _written_form(name: str, text: str) -> str | None:
    """`name` as found in `text` in a case other than all capitals, or None."""
    target = " ".join(name.split()).lower()
    low = text.lower()
    if len(low) != len(text) or len(target) != len(" ".join(name.split())):
        return None  # lower-casing changed lengths: offsets would not match
    i = low.find(target)
    while i >= 0:
        end = i + len(target)
        whole = (i == 0 or not text[i - 1].isalpha()) and (end == len(text) or not text[end].isalpha())
        if whole and not text[i:end].isupper():
            return text[i:end]
        i = low.find(target, i + 1)
    return None


@cache
def _formal_union() -> regex.Pattern[str]:
    """ "Đoàn <level word> " for the level words of `_data.union_names` (longest first)."""
    words = sorted(_data.union_names(), key=len, reverse=True)
    alts = "|".join(r"\s+".join(regex.escape(w) for w in word.split()) for word in words)
    return regex.compile(rf"^Đoàn\s+({alts})\s+(?=\S)", regex.I)


def running_name(body: str) -> str:
    """A local Union body by the name its committees go by: the letterhead's formal "Đoàn tỉnh
    Ninh Bình" -> "Tỉnh đoàn Ninh Bình" (so "TM. BAN THƯỜNG VỤ" under it signs for the "Ban
    Thường vụ Tỉnh đoàn Ninh Bình"); "Đoàn xã Thạnh Đông" and other names are kept."""
    m = _formal_union().match(body)
    if not m:
        return body
    name = _data.union_names().get(_SPACES.sub(" ", m.group(1)).casefold())
    return f"{name} {body[m.end() :]}" if name else body


def _ends_with_level(org: str) -> bool:
    return bool(_ENDS_WITH_LEVEL.search(org))


def _level_word(text: str) -> str | None:
    m = _LEVEL_WORD.search(text)
    return f"{m.group(1)} Đoàn" if m else None
