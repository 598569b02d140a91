"""The measure phrase after a number and the category it gives (spec §2.4, §2.6).

The head noun is looked up in the measure lexicon (longest match); coordinated nouns that the
lexicon knows ("công trình, phần việc", "đoàn viên, thanh niên") extend the phrase. A head the
lexicon lacks is bounded with underthesea word segmentation (only then: it costs ~0.5 ms).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice

import regex

from reportextract._reclass import bmp_class, is_bmp
from reportextract.figures.context import (
    block_memo,
    contains_phrase,
    ends_with_phrase,
    is_registered,
    probes_in,
    reach,
    registered_texts,
    span_quantities,
    words_after,
    words_before,
)
from reportextract.figures.lexicon import (
    _WORD_CLASS,
    WORD,
    Measure,
    Probes,
    _bmp_word,
    classifiers,
    cue_probes,
    cue_set,
    cue_union,
    is_probe,
    key,
    lookup_head,
    lookup_noun,
    max_measure_words,
    measures,
)
from reportextract.numbers import Quantity, find_quantities
from reportextract.numbers.quantities import TRIPS, bronze_medals
from reportextract.textnorm import has_vowel

# patterns of literal characters only are `re` patterns (the same matches as `regex`, with less
# overhead per call); those with \s, \d, \b or \p stay `regex` patterns
_SKIP_OPEN = regex.compile(r"[\s“\"‘'(«*]*")
#: the words that open a breakdown inside a bracket right after a number ("3 (trong đó …")
_SUBSET_BRACKET = regex.compile(r"(?:trong (?:số )?đó|bao gồm|gồm)\b", regex.IGNORECASE)
_OPEN_QUOTE = regex.compile(r"\s*[“\"]")
#: after a time word: a name in quotes or in capitals ("ngày “Chủ nhật xanh”", "ngày Thứ bảy tình nguyện")
_NAMED = regex.compile(r"[ \t]+(?:[“\"]\s*)?\p{Lu}")
_LINK = regex.compile(r"\s*(?:,|-|–|và|/)\s*")
_STOP = frozenset(
    {
        "tham",
        "hỗ",
        "cho",
        "tại",
        "với",
        "trị",
        "tổng",
        "về",
        "trong",
        "của",
        "được",
        "đã",
        "đang",
        "sẽ",
        "là",
        "để",
        "nhằm",
        "từ",
        "đến",
        "tới",
        "trên",
        "dưới",
        "thuộc",
        "gồm",
        "như",
        "có",
        "thực",
        "triển",
        "tổ",
        "tiếp",
        "phục",
        "giúp",
        "ở",
        "vào",
        "theo",
        "bằng",
        "nhân",
        "cùng",
        "đạt",
        "thu",
        "góp",
        "hoàn",
        "trao",
        "tặng",
        "xây",
        "sửa",
        "ra",
        "mỗi",
        "gắn",
        "kèm",
        "dài",
        "rộng",
        "cao",
        "tương",
        # a qualifier opens the next number ("46 đội hình đưa đón gần 1.900 thí sinh")
        "gần",
        "hơn",
        "khoảng",
        # a comparison follows the noun ("tăng 10.000 đơn vị so với năm trước")
        "so",
        # an adverb of the predicate ("30 quận, huyện, thị xã đều vượt chỉ tiêu")
        "đều",
        # a verb that opens the predicate ("42 chủ hộ đóng góp 30 triệu đồng")
        "đóng",
    }
)
_PUNCT_STOP = re.compile(r"[.;:!?()\[\]”\"…\n]")
#: after a noun of people, the skill taught opens the second object of a teaching verb ("hướng dẫn
#: 50 ngư dân kỹ năng bơi"): not a modifier of the people counted ("lớp kỹ năng sống" keeps it)
_SKILL = frozenset({"kỹ", "kĩ"})
#: punctuation between two words that ends a list item
_PUNCT_GAP = re.compile(r"[,.;:!?()\[\]”\"…\n]")
#: words of a measure phrase read at most, and those the lexicon lookup needs: two leading words
#: ("tổng số", "số lượt") and the longest entry (`lexicon.max_measure_words`, checked by a test)
_PHRASE_WORDS = 14
_LOOKUP_WORDS = 8
_PORTABLE_WORKS = frozenset(
    {
        "tủ sách",
        "tủ",
        "tủ báo",
        "góc học tập",
        "góc học tập số",
        "góc",
        "bảng tin",
        "bảng",
        "tranh tường",
        "bể bơi",
        # a computer room handed over with its machines is a thing given ("trao 1 phòng máy vi
        # tính 20 bộ máy", real r022, the older gold); fitted out it is a work ("trang bị 6 phòng
        # tin học", n348)
        "phòng máy vi tính",
        "phòng máy tính",
        "phòng tin học",
        "phòng máy",
    }
)
#: items that are works when built ("xây dựng 10 góc học tập"); handed out, they stay items
_BUILT_ITEMS = frozenset({"góc học tập"})
#: words right before a portable work that say its holder received it ("trường nhận 1 bể bơi di
#: động"): a thing received is an item, like one handed out
_RECEIVED = frozenset({"nhận"})
#: sites that are works when built, and the cue kinds that say so: a place (coverage) built,
#: repaired or handed over ("sửa chữa 25 điểm trường", "trao tặng 03 điểm trường"; cleaned it stays
#: a place: "vệ sinh 1.380 điểm trường"); a play site (events) built ("khánh thành … 01 “Điểm vui
#: chơi”", or handed over: "trao tặng xã A 01 điểm vui chơi cho thiếu nhi", a built play area given;
#: held it stays an event)
_BUILT_SITES: dict[str, tuple[str, ...]] = {
    "điểm trường": ("build", "hand"),
    "điểm vui chơi": ("build", "hand"),
    "điểm sinh hoạt": ("build",),
    "điểm sinh hoạt hè": ("build",),
    "nhà trọ": ("build", "hand"),
}
#: nouns of goods (`other` by the lexicon) that are things given right after a verb of giving or
#: collecting (cue kind "collect")
_GOODS = frozenset({"sản phẩm"})
#: event nouns that also name a room: right after a verb of building or repairing they are works
_BUILT_ROOMS = frozenset({"lớp học"})
#: words between a verb and its number that only say "more" or "new" ("lắp thêm 80 điểm wifi")
_MORE = frozenset({"thêm", "mới"})
_TIME_NOUNS = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ", "phút", "giây", "buổi sáng", "đêm"})
#: places that, organised ("tổ chức", cue kind "organise"), are an event held, not a place built or
#: covered (spec §2.4): "tổ chức 5 sân chơi", "tổ chức 12 “Chợ Tết 0 đồng”" (a market day held, like
#: "phiên chợ"); "tại 22 chợ truyền thống" stays a place covered
_HELD_WHEN_ORGANISED = frozenset({"sân chơi", "sân", "chợ"})
#: a time noun that, before a noun of events, counts the events held one a night ("8 đêm tuần tra");
#: "ngày" is left out: "2 ngày tập huấn" is how long one course lasted
_NIGHTS = frozenset({"đêm"})


@dataclass(frozen=True, slots=True)
class MeasurePhrase:
    text: str
    start: int
    end: int
    head: Measure | None
    #: the lexicon noun the category came from
    noun: str | None


def _segment_head(window: str) -> str:
    """First word of `window` by underthesea segmentation (compound words kept whole)."""
    return _segment_cached(window[:60])


@lru_cache(maxsize=4096)
def _segment_cached(window: str) -> str:
    from underthesea import word_tokenize  # noqa: PLC0415 - loaded only when a noun is unknown

    tokens = word_tokenize(window)
    return tokens[0] if tokens else ""


#: `measure_after`'s answers on the texts of one `find_figures` call, by (text, pos, limit)
_MEASURED: dict[tuple[str, int, int], MeasurePhrase] = block_memo()


def measure_after(text: str, pos: int, limit: int) -> MeasurePhrase:
    """The counted noun phrase starting at `pos` (just after a quantity), not past `limit`.

    On a text registered by `context.indexed` each answer is kept for the block: 1 call in 20 of a
    report's asks again (the list rules read the items back, `_items_back`, `_list_measure`)."""
    if not is_registered(text):
        return _measure_anew(text, pos, limit)
    k = (text, pos, limit)
    found = _MEASURED.get(k)
    if found is None:
        found = _MEASURED[k] = _measure_anew(text, pos, limit)
    return found


def _measure_anew(text: str, pos: int, limit: int) -> MeasurePhrase:
    """`measure_after`, read."""
    if pos + 1 < limit and text[pos : pos + 1] == " " and text[pos + 1 : pos + 2].isalnum():
        start = pos + 1  # a cheap first test: the usual single space before the noun
    else:
        m = _SKIP_OPEN.match(text, pos, limit)
        start = m.end() if m else pos
        if "(" in text[pos:start] and _SUBSET_BRACKET.match(text, start, limit):
            # "Gia Lai 3 (trong đó …)": a bracket that opens a breakdown holds the parts of the count,
            # not its noun; the number names none (an item of a list whose noun was said before)
            return MeasurePhrase("", pos, pos, None, None)
    if text.startswith((",", ";"), start):
        return MeasurePhrase("", start, start, None, None)  # "… 42, Đoàn xã …": no noun follows
    # stop the phrase at punctuation that ends it (a word that starts before it is kept whole)
    stop_at = limit
    pm = _PUNCT_STOP.search(text, start, limit)
    if pm:
        stop_at = pm.start()
    # the words of the phrase are read in two steps: the lexicon lookup needs only the first
    # `_LOOKUP_WORDS`; the rest (up to `_PHRASE_WORDS`) is read when the phrase goes on
    window = start + reach(_PHRASE_WORDS)
    words = words_after(text, start, _LOOKUP_WORDS, limit, starting_before=stop_at, window=window)
    if not words:
        return MeasurePhrase("", start, start, None, None)
    if words[-1][2] > stop_at:  # a cheap first test: only a word read across the stop is in question
        _end_at_glued_stop(text, words, stop_at)
    keys = [w[0] for w in words]
    # fewer words than asked for: there are no more
    complete = len(words) < _LOOKUP_WORDS or len(words) >= _PHRASE_WORDS

    def read_on(needed: int) -> bool:
        """Read the rest of the words when fewer than `needed` are read and more may follow."""
        nonlocal complete
        if len(words) >= needed or complete:
            return False
        complete = True
        rest = words_after(
            text, words[-1][2], _PHRASE_WORDS - len(words), limit, starting_before=stop_at, window=window
        )
        words.extend(rest)
        keys.extend(w[0] for w in rest)
        return True

    head, skip, n = lookup_noun(keys)
    if head is not None and n > 1 and not _ENTRY_BREAK.search(head.noun):
        broken_at = _entry_cut(text, words, skip, n)
        if broken_at is not None:
            # "12 người, Bệnh viện Đa khoa B 10 người": an entry is not read across a comma before
            # the next item's name ("người" + "bệnh" is no "người bệnh"); the words before it are
            # looked up alone
            head, skip, n = lookup_noun(keys[:broken_at])
    if head is not None and not caps_kept(head, text, words[skip][1], words[skip + n - 1][2]):
        head = None  # "tn" in lower case: no short form of "thanh niên"
    if head is not None and key(head.noun) in _SHORT_FORMS:
        head = short_form_meant(head, text)  # "HV": "hội viên" or "học viên", as the document says
    if head is None and keys[0] in _NIGHTS and len(keys) > 1:
        # "tổ chức 8 đêm tuần tra chung": nights of an activity count the activity held each night
        # (spec §2.1: a count of named days or rounds is a figure, `events`), not a length of time
        nightly, k = lookup_head(keys[1:])
        if nightly is not None and nightly.category == "events":
            head, skip, n = nightly, 1, k
    if head is None and keys[0] == "là" and len(keys) > 1 and text[pos - 1 : pos] != "%":
        # "…, trong đó 78 là đoàn viên": a copula between a count and a noun of people names what
        # the number counts (spec §2.4); the phrase is the noun after it. Not after a percentage
        # ("71,4% là công nhân": a share, `other`)
        named, _, _ = lookup_noun(keys[1:])
        if named is not None and named.role is not None:
            return measure_after(text, words[0][2], limit)
    if head is not None and skip + n < len(words) <= 4 and not text[words[-1][2] :].strip():
        # "… tiếp nhận 12.000 đơn vị m" (the excerpt cut inside "máu"): the longer entry the cut
        # word begins, not the shorter noun read whole
        cut = _cut_noun(keys, after_noun=True)
        if cut is not None:
            end = words[-1][2]
            return MeasurePhrase(text[start:end].lower(), start, end, cut, key(cut.noun))
    if head is not None and skip and _PUNCT_GAP.search(text, words[skip - 1][2], words[skip][1]):
        # "210 lượt, Chi đoàn ấp B 180 lượt": a leading word ends its item; the noun after the
        # comma is the next item's, not this number's
        end = words[skip - 1][2]
        return MeasurePhrase(text[start:end].lower(), start, end, None, None)
    if head is None:
        if not keys:
            return MeasurePhrase("", start, start, None, None)
        if len(words) <= 3 and not text[words[-1][2] :].strip():
            cut = _cut_noun(keys)
            if cut is not None:
                end = words[-1][2]
                return MeasurePhrase(text[start:end].lower(), start, end, cut, key(cut.noun))
        first = _segment_head(text[start:stop_at]) if stop_at > start else ""
        nwords = max(1, len(first.split()))
        read_on(nwords)
        end = words[min(nwords, len(words)) - 1][2]
        return MeasurePhrase(text[start:end].lower(), start, end, None, None)
    end_idx = skip + n  # words consumed
    noun = " ".join(keys[skip : skip + n])
    # modifiers after the head up to a stop word, and coordinated lexicon nouns
    i = end_idx
    while i < len(words) or (read_on(i + 1) and i < len(words)):
        gap = text[words[i - 1][2] : words[i][1]]
        linked = keys[i] == "và"
        if gap != " ":  # a cheap first test: a single space (the usual gap) is no stop and no link
            if _PUNCT_STOP.search(gap):
                break
            linked = linked or _LINK.fullmatch(gap) is not None or gap.strip() in (",", "-", "–", "/")
        if linked:
            j = i + 1 if keys[i] == "và" else i
            read_on(j + max_measure_words())
            nxt, nn = lookup_head(keys[j:])
            if nxt is not None and not caps_kept(nxt, text, words[j][1], words[j + nn - 1][2]):
                nxt = None
            if nxt is not None and key(nxt.noun) in _SHORT_FORMS:
                nxt = short_form_meant(nxt, text)
            if j < len(words) and _starts_name(text, words[j][1], start):
                break  # "412 đơn vị, Đoàn cơ sở Công ty A 236 đơn vị": a capital opens the next item
            if (
                nxt is not None
                and _opens_unit_name(nxt)
                and j + nn < len(words)
                and _starts_name(text, words[j + nn][1], start)
            ):
                # "187 đơn vị, khoa Cơ khí 152 đơn vị", "846 đơn vị, trường Đại học A 1.012 đơn vị": a
                # level word (or a body's kind that opens with one) and a name open the next item
                break
            if nxt is not None and nxt.noun in _AREA_OPENERS:
                break  # "5.240 đơn vị, khu vực phía Đông 4.100 đơn vị": the area opens the next item
            if nxt is not None and nxt.category in (head.category, "beneficiaries", "participants") and nn:
                i = j + nn
                end_idx = i
                continue
            break
        if (
            (keys[i] in _STOP and not (keys[i] == "thu" and keys[i - 1] == "trung"))
            or keys[i][:1].isdigit()
            or (keys[i] in _SKILL and head.role is not None)
        ):
            break  # "thu" of "Trung thu" (Mid-Autumn) is a syllable of the feast, no verb of collecting
        if keys[i] == "do" or text[words[i][1]].isupper():
            # the only words the two tests below can hold at (a capital opens a body's name, "do" who
            # leads); they read up to two words after this one
            read_on(i + 3)
            if _body_name_at(text, words, keys, i, start) or _led_by_at(text, words, keys, i):
                break  # "40 cán bộ, đoàn viên Thành đoàn Hà Nội do chị A dẫn đầu": the body they come from
        if i - end_idx >= 3:
            break
        i += 1
        end_idx = i
    end = words[end_idx - 1][2]
    said = text[start:end]
    return MeasurePhrase(said if said.isupper() else said.lower(), start, end, head, noun)


#: what parts two words that no lexicon entry spans: a comma, a semicolon, a colon, a bracket (save an
#: entry written with one, "cặp xã, phường")
_ENTRY_BREAK = re.compile(r"[,;:()]")


def _entry_cut(text: str, words: list[tuple[str, int, int]], skip: int, n: int) -> int | None:
    """The index of the first word of the entry read at `words[skip : skip + n]` that a comma (or
    another mark of `_ENTRY_BREAK`) parts from the word before it and that opens with a capital:
    the name of the next item of a list ("12 người, Bệnh viện B 10 người"). None when the words
    are joined by spaces only (the usual case: a cheap first test on each gap), or the word after
    the comma is in lower case ("36 y, bác sĩ": the lexicon's "y bác sĩ" written with a comma)."""
    for i in range(skip + 1, skip + n):
        gap = text[words[i - 1][2] : words[i][1]]
        if gap != " " and _ENTRY_BREAK.search(gap) and text[words[i][1]].isupper():
            return i
    return None


def caps_kept(head: Measure, text: str, start: int, end: int) -> bool:
    """False when `head` is a short form written in capitals in the lexicon ("ĐV", "TN") and the
    words `text[start:end]` it was read from are not all capitals: the lexicon keys are lower case,
    but "tn", "Tn" are no short form of "thanh niên" (an abbreviation is written in capitals)."""
    return not head.noun.isupper() or text[start:end].isupper()


#: short forms in capitals that stand for one of several nouns (keyed), by the noun the document
#: writes in full: "HV" is "hội viên" (members, in a report of a Hội LHTN or Hội Sinh viên) or
#: "học viên" (trainees, in a report of a training course); `short_form_meant` picks
_SHORT_FORMS: dict[str, tuple[str, ...]] = {"hv": ("hội viên", "học viên")}

#: `short_form_meant`'s answers within one `find_figures` call, by short form
_MEANT: dict[tuple[str, ...], Measure | None] = block_memo()
#: each full noun of a short form as a whole word sequence, not the tail of "xã hội" (society: "an
#: sinh xã hội viên chức" names no members)
_FULL_NOUN_RE = {
    noun: regex.compile(rf"(?<!\w)(?<!xã[ \u00a0]){regex.escape(noun)}(?!\w)")
    for full in _SHORT_FORMS.values()
    for noun in full
}


def short_form_meant(head: Measure, text: str) -> Measure | None:
    """The lexicon noun that the short form `head` ("HV") stands for in this document: the one of
    its full nouns that the document (the texts of the `find_figures` call, else `text` alone)
    writes most often; None when it writes none of them (an unknown abbreviation counts no known
    noun). A report of a Hội writes "hội viên" in full where it first counts its members; a
    footnote that lists "11.240 HV" is read by the whole document's words, not its own."""
    full = _SHORT_FORMS[key(head.noun)]
    texts = registered_texts() if is_registered(text) else (text,)
    k = (key(head.noun), *texts) if is_registered(text) else None
    if k is not None and k in _MEANT:
        return _MEANT[k]
    lows = [t.lower() for t in texts]
    counts = [sum(len(_FULL_NOUN_RE[noun].findall(low)) for low in lows) for noun in full]
    best = max(range(len(full)), key=lambda i: counts[i])  # the first of a tie
    meant = measures()[full[best]] if counts[best] else None
    if k is not None:
        _MEANT[k] = meant
    return meant


#: a full stop glued to the capitalised word that opens the next sentence ("30 ổ.Mỗi ổ …")
_GLUED_STOP = regex.compile(r"\.\p{Lu}\p{Ll}")


def _end_at_glued_stop(text: str, words: list[tuple[str, int, int]], stop_at: int) -> None:
    """ "… Đại học Công nghiệp 30 ổ.Mỗi ổ bánh mì có giá …": a scraped text glues the next sentence
    to the last word of this one, and the word pattern (which keeps "4.0", "TP.HCM" whole) reads
    "ổ.Mỗi" as one word. When the word read last runs past the full stop that ends the phrase
    (`stop_at`), a capitalised word follows the dot and the part before it is a word (it has a
    vowel; "TP.Hồ Chí Minh", "P.Linh" are abbreviations), the word ends at the stop: the noun
    counted is "ổ", not "ổ.mỗi"."""
    _k, s, _e = words[-1]  # it starts before `stop_at` (`words_after`'s `starting_before`)
    if _GLUED_STOP.match(text, stop_at) is None:
        return
    part = text[s:stop_at]
    if not has_vowel(part):
        return
    words[-1] = (key(part), s, stop_at)


def _cut_noun(keys: list[str], *, after_noun: bool = False) -> Measure | None:
    """The lexicon noun that the last words of a text begin, when an excerpt is cut in the middle of
    a word ("… có hơn 50.000 tình nguy"): the shortest entry whose key starts with the keyed words
    (the last one a prefix of its word). Asked only for the words that end the text. A cut word of
    one letter is read only `after_noun`, when the words before it are a lexicon noun already
    ("đơn vị m" of "đơn vị máu")."""
    said = " ".join(keys)
    if len(keys[-1]) < (1 if after_noun else 2):
        return None
    found = sorted((k for k in measures() if k.startswith(said) and k != said), key=lambda k: (len(k), k))
    if after_noun and len({measures()[k].category for k in found}) > 1:
        # "xây 150 nhà t": the cut word may begin nouns of different kinds ("nhà tình nghĩa" a
        # work, "nhà trọ" a place); the noun read whole before it ("nhà") says what is counted
        return None
    return measures()[found[0]] if found else None


#: level words of units (spec §2.3) that, after a comma and before a capitalised name, open the next
#: item of a per-unit list ("… 187 đơn vị, khoa Cơ khí 152 đơn vị"): not a noun coordinated with
#: the head ("30 xã, phường" has no name after the level word)
_LIST_UNIT_LEVELS = frozenset(
    {
        "khoa",
        "trường",
        "xã",
        "phường",
        "thị trấn",
        "đặc khu",
        "huyện",
        "quận",
        "thôn",
        "ấp",
        "bản",
        "xóm",
        "tổ dân phố",
        "khu phố",
        "khối phố",
        "chi đoàn",
        "liên đội",
        "đoàn",
    }
)


#: lexicon nouns of an area that, after a comma, open the area of the next item of a list ("khu vực
#: phía Đông", "khu vực tỉnh X cũ"): counted themselves ("tại 4 khu vực"), never coordinated with a head
_AREA_OPENERS = frozenset({"khu vực"})


def _opens_unit_name(entry: Measure) -> bool:
    """A lexicon entry that opens a unit's name: a level word ("khoa", "trường") or a body's kind
    that starts with one ("trường đại học", a `coverage` entry); not a noun of people that happens to
    start with such a word ("xã viên")."""
    return entry.noun in _LIST_UNIT_LEVELS or (
        entry.category == "coverage" and key(entry.noun).split(" ", 1)[0] in _LIST_UNIT_LEVELS
    )


#: the capitalised heads of a Youth Union body's name at a level, keyed ("Thành đoàn Hà Nội"); a bare
#: "Đoàn" is left out: "3 cán bộ Đoàn" are the union's cadres, the word is part of the noun
_BODY_HEADS = frozenset({"thành đoàn", "tỉnh đoàn", "huyện đoàn", "quận đoàn", "thị đoàn"})
#: words of address before a person's name ("do chị Trần Thu A dẫn đầu"); a list of its own, not
#: `attribution._PERSON_TITLES` (a speaker's titles, with "bạn", "em": "do em" would cut more phrases)
_ADDRESS_WORDS = frozenset({"anh", "chị", "ông", "bà", "đồng chí", "đ c"})


def _body_name_at(text: str, words: list[tuple[str, int, int]], keys: list[str], i: int, start: int) -> bool:
    """The word `i` of a lower-case measure phrase opens the capitalised name of a Youth Union body
    ("40 cán bộ, đoàn viên Thành đoàn Hà Nội"): the body the people come from is no part of the
    counted noun (spec §2.6: the counted noun phrase as written), the phrase ends before it. The
    cheap first test: the word is capitalised."""
    if not _starts_name(text, words[i][1], start):
        return False
    return " ".join(keys[i : i + 2]) in _BODY_HEADS


def _led_by_at(text: str, words: list[tuple[str, int, int]], keys: list[str], i: int) -> bool:
    """ "… do chị Trần Thu A dẫn đầu", "… do Tỉnh đoàn tổ chức": "do" (by) before a name or a word of
    address opens who leads or organises, not a modifier of the counted noun; "tử vong do đuối
    nước" (a cause, lower case) goes on, but a capitalised cause ends the phrase too ("150 trẻ em mồ
    côi do COVID-19": the category is the noun's either way)."""
    if keys[i] != "do" or i + 1 >= len(words):
        return False
    if text[words[i + 1][1]].isupper():
        return True
    return keys[i + 1] in _ADDRESS_WORDS or " ".join(keys[i + 1 : i + 3]) in _ADDRESS_WORDS


def _starts_name(text: str, pos: int, phrase_start: int) -> bool:
    """The word at `pos` is capitalised while the phrase starting at `phrase_start` is not: after a
    comma it opens a name (the next list item), not a noun coordinated with the head."""
    return text[pos : pos + 1].isupper() and not text[phrase_start : phrase_start + 1].isupper()


#: nouns of a session that count events ("tổ chức 2 buổi") but are a length of time after a cue
#: of the kind "length" ("kéo dài 2 buổi", "chỉ sau 1 buổi")
_SESSION_NOUNS = frozenset({"buổi"})


def is_session_length(phrase: MeasurePhrase, text: str, qual_start: int, clause_start: int) -> bool:
    """ "mỗi lớp học kéo dài 2 buổi", "chỉ sau 1 buổi đã biết …": a number of sessions after a
    word of length or time (cue kind "length", right before the number and its qualifier, which
    starts at `qual_start`) says how long something lasted, not how many events were held (spec
    §2.1, like "kéo dài 2 tháng"); "tổ chức 2 buổi tập huấn" stays a count. The words before are
    read only for a noun of sessions."""
    first = phrase.text.split(" ", 1)[0] if phrase.text else ""
    if first not in _SESSION_NOUNS:
        return False
    return ends_with_phrase(words_before(text, qual_start, 3, clause_start), cue_set("length")) is not None


def is_time_noun(phrase: MeasurePhrase, text: str = "", pos: int = 0) -> bool:
    """ "kéo dài 2 tháng", "trong 3 ngày": a length of time; but a named day in quotes
    ("27 “Ngày Chủ nhật xanh”"), a lexicon event ("6 ngày tình nguyện") or a lexicon noun that
    only starts with a word of time ("31.500 ngày công": labour-days, an amount of work) is counted."""
    first = phrase.text.split(" ", 1)[0] if phrase.text else ""
    if first not in _TIME_NOUNS:
        return False
    if phrase.head is not None and (phrase.head.category == "events" or " " in (phrase.noun or "")):
        return False
    if text and _SKIP_OPEN.match(text, pos) and _OPEN_QUOTE.match(text[pos : pos + 3]):
        return False
    # "85 ngày “Chủ nhật xanh”", "12 Ngày Thứ bảy tình nguyện": a named day is counted
    return not (text and _NAMED.match(text, phrase.start + len(first)))


def categorise(
    text: str,
    kind: str,
    phrase: MeasurePhrase,
    num_start: int,
    clause_start: int,
    qual_start: int,
    context_words: Callable[[], list[str]],
    outer: tuple[str, ...] = (),
) -> str:
    """Category of spec §2.4 from the quantity kind, the counted noun and the verbs around it.

    `context_words` gives the words of the clause that introduces a list the number is in; they
    decide only for a noun the lexicon lacks, so they are read only then. `outer`: the keyed
    measures an elliptic repeat may stand for outside the text (see `elliptic_head`)."""
    if kind == "money":
        if _capitalised_medals(text, num_start, qual_start):
            return "items"  # "(7 Vàng, 6 Bạc, 4 đồng)": bronze medals after capitalised gold and silver
        return "money"
    head = phrase.head
    if kind == "percent":
        if head is not None and head.role is not None and phrase.noun is not None:
            before = words_before(text, qual_start, 6, clause_start)
            approx = qual_start < num_start and key(text[qual_start:num_start]).strip() in _APPROX_WORDS
            return _people_share(text, phrase, before, qual_start, clause_start, approx=approx)
        if head is not None and head.category == "works" and _at_site(text, qual_start, clause_start):
            # "phủ sóng wifi tại 100% nhà văn hóa": the share of places where something is, like
            # "100% cơ sở Đoàn" (coverage); "hoàn thành 100% công trình" stays a rate
            return "coverage"
        if head is not None and phrase.noun in _CLASS_UNITS and _classes_act(text, phrase):
            # "100% lớp tham gia phong trào": the share of a school's classes that act or met a
            # target is a share of bodies (spec §2.4 `coverage`), like "34/36 lớp đạt chỉ tiêu"
            return "coverage"
        return "coverage" if head is not None and head.category == "coverage" else "other"
    if kind == "measure":
        return "items"
    before = words_before(text, qual_start, 6, clause_start)
    if before and before[-1] in cue_set("change") and (not phrase.text or phrase.text.split()[0] == "lần"):
        return "other"  # "gấp 1,4 lần cùng kỳ", "tăng 3 lần": a change (spec §2.4 `other`)
    if _change_of_count(text, before, qual_start, clause_start) or _change_compared(text, before, phrase):
        return "other"  # "số trẻ biết bơi tăng 1.100 em": the change of a count (spec §2.4 `other`)
    if (
        before
        and before[-1] in _LEVEL_WORDS
        and phrase.noun in _BARE_PEOPLE
        and head is not None
        and key(phrase.text) == phrase.noun
    ):
        level = _level_of_count(text, qual_start, clause_start)
        if level is not None:
            # "nâng số đoàn viên tham gia lên khoảng 70 người": a bare "người" after "lên" is a level
            # of the count the clause names, counted as its noun is, not a repeat of earlier people
            return level
    award = contains_phrase(before, cue_set("award")) or _award_for(text, before, qual_start, clause_start)
    if not award and before and before[-1] == "và":
        award = _award_over_and(text, qual_start, clause_start)
    head = (
        _named_by_la(text, phrase)
        or elliptic_head(text, phrase, qual_start, clause_start, outer)
        or _site_of_clause(text, phrase, before, qual_start, clause_start)
        or _count_of_lead(text, phrase, qual_start)
        or head
    )
    if head is None and before and (before[-1] in _LEVEL_WORDS or _value_after_copula(before)):
        level = _level_of_count(text, qual_start, clause_start)
        if level is not None:
            # "nâng số đội hình lên 20", "số lớp tăng từ 12 lên 18": the count's noun; so for the
            # values given after "là" ("với số huy chương vàng lần lượt là 12, 10 và 8"), even
            # in a clause of an award: the count names what the numbers are
            return level
    if head is None and _bronze_medal(text, phrase, qual_start):
        return "items"  # "(7 vàng, 6 bạc, 4 đồng)": bronze medals, awards given like "vàng", "bạc"
    if head is None:
        earlier = _elided_item(text, phrase, qual_start)
        if earlier is not None:
            # "chợ A có 612 tiểu thương tham gia, chợ B 305, chợ C 248 và chợ D 185": the later
            # items drop the noun; they are counted as the first item is (spec §2.4)
            return categorise(text, kind, earlier[0], earlier[1], earlier[2], earlier[2], context_words)
        if award:
            return "other"
        first = _subset_list_first(text, phrase, qual_start, any_people=True) if phrase.text else None
        if first is not None:
            # "…, trong đó có 9 đại biểu nữ, 3 đại biểu người dân tộc và 5 doanh nhân trẻ": a later
            # item of a subset's list of people is part of the same whole, whatever its noun; the
            # whole's words decide, else the first item's noun
            said = _superset_people(text, first[0])
            if said is None:
                said = by_role(first[1])
            return said
        if _seized(text, qual_start, clause_start):
            return "items"  # "thu giữ 37 xe mô tô, 124 dao, kiếm, gậy": things seized (spec §2.4)
        # one word more, so that a verb opening the window can be seen to follow a name's head
        wider = words_before(text, qual_start, len(before) + 1, clause_start)
        return _fallback(_unnamed(wider)[len(wider) - len(before) :] + context_words())
    cat = head.category
    if cat in _CHANGED_COUNTS and _change_compared(text, before, phrase, head):
        # "tăng 8 HTX so với năm 2024", "tăng 18 tổ so với năm 2024": the change of a count of bodies
        # or teams, like that of people (gold n146, n216, n378); works, events and amounts keep their
        # category ("tăng 14 công trình", n355; "tăng thêm 11 chuyến", n300; "tăng khoảng 10.000 đơn
        # vị so với năm trước", units of blood named before: items, n43)
        return "other"
    if cat == "coverage" and phrase.noun == "đoàn" and key(phrase.text) == "đoàn" and _troupes(text, phrase):
        return "teams"  # "Liên hoan … có 22 đoàn, 540 diễn viên": performing troupes (cue kind "performance")
    score = cat == "coverage" and phrase.noun in _SCORE_NOUNS
    if score and _is_score(text, phrase, before, num_start, qual_start):
        # "giành giải Nhất với 186,5/200 điểm": a contest score, no site (spec §2.4 `other`)
        return "other"
    if (
        cat == "works"
        and _damaged(text, phrase)
        and not contains_phrase(before, cue_union("build", "rebuild"))
    ):
        return "other"  # "mưa lũ làm 2.460 ngôi nhà bị ngập": houses damaged, not works built
    entry = phrase.noun in _ENTRY_NOUNS and head is phrase.head
    if entry and _contest_entries(text, phrase, before, qual_start):
        # "nhận 214 công trình của 682 tác giả", "38 công trình đoạt giải": the works of a contest are
        # its entries and awards (spec §2.4 `other`, like "ý tưởng", "sáng kiến"; gold n335, n445)
        return "other"
    if cat == "other" and key(phrase.text) in _ROOMS and _LODGING in before:
        # "Các khu trọ có 1.180 phòng": the rooms of lodging houses are rooms to rent, like "phòng
        # trọ" (spec §2.4 `items`); a bare "phòng" elsewhere stays `other` (a department, a room)
        return "items"
    if cat == "money":
        # "mỗi suất 50.000 yên": a currency noun of the lexicon, written in lower case ("2 Yên …"
        # opens a place name)
        return "money" if text[phrase.start : phrase.start + 1].islower() else "other"
    if cat == "other" and phrase.noun in _GOODS and ends_with_phrase(before, cue_set("collect")):
        # "phát hơn 1.200 sản phẩm thiết yếu": goods handed out or collected are things given (spec
        # §2.4 `items`); shown, sold or made ("giới thiệu 450 sản phẩm", "hỗ trợ 30 sản phẩm") they
        # stay `other`
        return "items"
    if head.role is not None:
        said = _people_by_words(text, phrase, _before_range(text, before, qual_start, clause_start), award)
        admitted = before[-1:] == ["cho"] and said == "beneficiaries"
        if admitted and _admitted_for(text, qual_start, clause_start):
            # "tổ chức Lễ kết nạp “Lớp đoàn viên 95 năm” cho 195 thanh niên": the people a ceremony of
            # admission is held for are admitted, new members who take part (spec §2.4, gold n454;
            # like "kết nạp 112 em", cue kind "attract")
            said = "participants"
        if said is None and before and before[-1] == "với":
            # "hướng dẫn 1.318 chủ nhà trọ với hơn 14.600 người thuê": the people "with" those
            # just counted are reached by the same verb
            said = _with_earlier_people(text, qual_start)
        if said is None and _title_holders(text, phrase):
            # "phấn đấu có ít nhất 350 “Sinh viên 5 tốt”": holders of a title the text names
            # ("đạt danh hiệu “Sinh viên 5 tốt”"), honoured people (spec §2.4 `other`)
            said = "other"
        if said is None and _honoured_list_item(text, phrase, qual_start):
            # "312 sinh viên đạt danh hiệu … cấp trường, 64 sinh viên cấp thành phố và 5 sinh viên
            # cấp Trung ương": the honour of the first item holds for the items listed after it
            said = "other"
        if said is None and (
            _ranked_after_honoured(text, phrase, qual_start)
            or _target_of_honoured(text, phrase, before, qual_start)
        ):
            # "… 58 sinh viên đạt danh hiệu cấp Trung ương. Trường A dẫn đầu với 131 sinh viên;
            # trường B 97 sinh viên": a ranking splits the honoured people counted before; a target
            # ("đặt chỉ tiêu 450 sinh viên") sets their count
            said = "other"
        if said is None and (
            ends_with_phrase(before, cue_set("subset"))
            or _subset_of_unit(before)
            or _subset_after_subject(text, qual_start, clause_start)
        ):
            # "giới thiệu việc làm cho 2.870 thanh niên, trong đó 412 thanh niên …": part of
            # the people counted before is counted as they were; so is a unit's part ("…, trong
            # đó tỉnh có 52.730 lượt", "…, trong đó khu vực phía bắc khoảng 900 thanh niên")
            said = _superset_people(text, qual_start)
        if said is None:
            item = _subset_list_item(text, phrase, qual_start)
            if item is not None:
                # "…, trong đó 41 người là nữ, 17 người là dân tộc thiểu số": the later items of a
                # subset's list are parts of the same whole
                said = _superset_people(text, item)
        if said is None and _described_people(text, phrase, qual_start):
            # "Trong số người được trao giải có 41 bí thư … và 23 cán bộ …; 14 người là dân tộc
            # thiểu số": a bare "người" that "là" describes is part of the people listed before it
            said = _listed_people(text, qual_start)
        if said is None and _in_ratio(text, num_start):
            if _share_of_actors(text, phrase, before):
                # "1.962/2.860 tân sinh viên đã đăng ký vào các câu lạc bộ": a ratio is a share, and
                # the people of a share who do something of their own take part, as "100% đoàn
                # viên đăng ký" (`_people_share`), whatever an earlier count of them says
                said = "participants"
            else:
                # "tiễn 1.126 sinh viên về quê … Có 412/1.126 sinh viên là người dân tộc thiểu số":
                # the whole of the ratio repeats a count of the same people, whose words decide
                # for both ends
                said = _ratio_of_earlier_count(text, phrase, num_start)
        if said is None and len(before) > 1 and before[-1] in _LEVEL_REACHED:
            # "có 11 trẻ em tử vong …, năm nay giảm còn 4 em": the new level of the people counted
            # before is counted as they were (victims, `other`)
            said = _level_of_earlier_people(text, phrase, before, qual_start)
        if said is None:
            bare = _bare_noun(phrase)
            if bare is not None and head is not phrase.head:
                # "… với 24 sinh viên, hỗ trợ 1.420 lượt người; điểm B 18 sinh viên, 960 lượt": a
                # bare repeat is counted as its full mention was, by the words around that one
                said = _repeat_people(text, bare, qual_start)
        if said is None and _rate_of_acting(text, qual_start, clause_start):
            said = "participants"
        # an audience at a contest watches it ("… tranh tài …, thu hút 15.000 lượt khán giả"):
        # reached, not an entrant (lexicon role "audience")
        if said is None and head.role != "audience" and _contest_entrants(text, qual_start):
            said = "participants"
        if said is None and before and before[-1] == "có" and _opened_by_act(text, qual_start, clause_start):
            said = "participants"  # "Tham gia vòng chung kết có 540 thí sinh": they take part
        if said is None:
            # "Lục Ngạn hỗ trợ 212 thanh niên trồng vải, huyện Yên Thế 168 thanh niên và huyện
            # Lạng Giang 145 thanh niên": a list item that drops its verb is counted as the item
            # before it, by that item's verb
            said = _earlier_people_item(text, phrase, qual_start)
        if said is None:
            said = by_role(head)
        return said
    if award and cat in ("coverage", "other", "teams") and not (cat == "coverage" and _owner_before(before)):
        # "khen thưởng 10 đội hình": honoured teams are collectives honoured (spec §2.4 `other`,
        # "tập thể được khen thưởng"; gold n508), like honoured bodies
        return "other"
    if cat == "coverage" and phrase.noun in _GROUP_NOUNS and before and before[-1] in _MEMBER_OF:
        # "150 đại biểu thuộc 14 dân tộc": the groups the people belong to describe who they are,
        # neither places nor bodies reached (spec §2.4 `other`); "tại địa bàn 16 dân tộc" stays coverage
        return "other"
    if cat in ("coverage", "teams") and _subset_of_honoured(text, before, qual_start):
        # "tặng Cờ thi đua cho 12 tỉnh, thành đoàn, trong đó 3 đơn vị dẫn đầu là …": a part of the
        # bodies honoured just before is honoured too (spec §2.4 `other`), as a part of people
        # counted before is counted as they were (`_superset_people`)
        return "other"
    if cat in ("coverage", "teams") and _ranked_among(text, phrase, qual_start):
        # "là 1 trong 8 tỉnh, thành phố dẫn đầu khu vực": the bodies of a ranking (spec §2.4 `other`)
        return "other"
    if (
        cat == "coverage"
        and not _in_ratio(text, num_start)
        and not _owner_before(before)
        and (
            _honoured(_words_after_phrase(text, phrase))
            or _honoured_in_phrase(phrase)
            or _recognised_as_title(text, phrase)
        )
    ):
        # "20 đơn vị được Trung ương Đoàn tặng Cờ thi đua": bodies honoured (spec §2.4); but "38/40
        # chi đội đạt danh hiệu …" is the share of the bodies that reached a rating, like "100%";
        # "60 doanh nhân đến từ 27 tỉnh, thành phố được trao giải": the places the honoured people
        # come from ("từ", "của", "thuộc" before them, `_owner_before`) are places reached, the
        # honour is the people's
        return "other"
    if (
        cat == "works"
        and phrase.noun in _PORTABLE_WORKS
        and not ends_with_phrase(before, cue_union("build", "fit_out"))
        and _handed_over(text, before, qual_start, clause_start)
    ):
        # "trao tặng 05 tủ sách", "trao tặng Đoàn xã A 01 tủ sách", "nhận 1 bể bơi di động": a
        # work handed out or received is an item; not when a verb of building or fitting out stands
        # right before it ("trao 120 bộ máy tính, lập 6 phòng tin học": the rooms are set up)
        return "items"
    if (
        cat == "procedures"
        and _is_card(phrase, head)
        and not ends_with_phrase(before, cue_set("issue"))
        and (
            contains_phrase(before, cue_union("repay", "get"))
            or _handed_over(text, before, qual_start, clause_start)
        )
    ):
        # "trao 1.200 thẻ bảo hiểm y tế cho học sinh", "trả 35 thẻ căn cước bị thất lạc", "trường A
        # nhận nhiều nhất với 186 thẻ": a card handed out, given back or received is a thing (spec
        # §2.4 `items`); "hỗ trợ cấp 215.600 thẻ căn cước", "tích hợp 1.025 thẻ bảo hiểm y tế" (issued,
        # registered) stay procedures, and so do cards issued right after a word of receiving
        # ("thu nhận hồ sơ cấp 186.900 thẻ": cue kind "issue" right before the number)
        return "items"
    if (
        cat == "items"
        and phrase.noun in _BUILT_ITEMS
        and contains_phrase(words_before(text, qual_start, 12, clause_start), cue_set("build"))
    ):
        return "works"  # "xây dựng 10 góc học tập": a study corner built is a work (spec §2.4)
    if cat == "events" and phrase.noun in _CLASS_UNITS and _share_met_target(text, num_start, phrase):
        # "Có 34/36 lớp đạt chỉ tiêu": the classes of a school as the units that met a target, the
        # share of the bodies reached like "26/27 chi đoàn đạt …" (spec §2.4 `coverage`)
        return "coverage"
    if cat in ("coverage", "events") and before and before[-1] not in _SITE_OF:
        # "trao 300 suất quà cho học sinh của 8 điểm trường": the schools the pupils belong to
        site_item = _earlier_site_item(text, phrase, qual_start)
        if site_item is not None:
            # "Chi đoàn A lắp 24 điểm; Chi đoàn B 17 điểm, phường C 12 điểm": a list item that
            # drops its verb counts its points as the earlier item of the sentence does
            site, site_num, site_at, floor = site_item
            return categorise(text, kind, site, site_num, floor, site_at, context_words)
        built_by = _BUILT_SITES.get(phrase.noun or "")
        near = words_before(text, qual_start, 12, clause_start)
        if built_by and before[-1] not in _SITE_TO and contains_phrase(near, cue_union(*built_by)):
            # "tặng 1.200 quyển vở cho 2 điểm trường": sites after "cho" receive the gift, places
            # reached (gold c34, n292, n297); "trao 2 điểm trường cho tỉnh A" hands the sites over
            return "works"
        named_point = phrase.noun == "điểm" and key(phrase.text) != "điểm"
        # "lắp thêm 80 điểm wifi", "xây mới 3 lớp học": a word of "more"/"new" after the verb
        verb = before[:-1] if before and before[-1] in _MORE else before
        if built_by and ends_with_phrase(verb, cue_set("complete")):
            # "sẽ hoàn thành thêm 3 điểm trường": a site completed is one built (cue kind
            # "complete", read only right before the number: "hoàn thành kiểm tra 46 điểm
            # trường" checks places)
            return "works"
        if (phrase.noun == "điểm" and ends_with_phrase(verb, cue_set("install"))) or (
            (named_point or phrase.noun in _BUILT_ROOMS) and ends_with_phrase(verb, cue_set("build"))
        ):
            # "xây dựng 12 “Điểm học tập số cộng đồng”": a named kind of point built; "sửa chữa
            # 1 lớp học": a classroom repaired, like "phòng học" (held, "mở 5 lớp học", an event);
            # "lắp đặt 120 điểm wifi", "lắp 24 điểm": points installed (cue kind "install"), named
            # or not (a place is not installed)
            return "works"
        if named_point and before[-1] not in _SITE_TO and contains_phrase(near, cue_set("hand")):
            # "trao tặng Tỉnh đoàn A 01 “Điểm học số cộng đồng”": a named kind of point handed over is
            # a work set up for the receiver, as one built (gold n55) and as "điểm trường" handed over
            return "works"
        if (
            cat == "coverage"
            and phrase.noun == "điểm"
            and (
                _quoted_programme(text, phrase)
                or (named_point and ends_with_phrase(verb, cue_set("organise")))
            )
        ):
            # "tổ chức 14 điểm “Tết cho em”": a point named after the programme held there is the
            # activity held (events), like "điểm sinh hoạt hè", "điểm hiến máu"; so is a named kind of
            # point organised ("tổ chức 20 điểm đọc sách"): a place is not organised, an activity is
            # ("tổ chức tại 12 điểm" and a bare "điểm" stay places covered)
            return "events"
    if (
        cat == "coverage"
        and phrase.noun in _BARE_SITES
        and before
        and before[-1] in _AT
        and _turn_out_held(text, qual_start, clause_start)
    ):
        # "ra quân đồng loạt tại 3.260 điểm": the points of a turn-out are the events held (cue kind
        # "hold_at"); "tuyên truyền tại 14 điểm", "Ngày hội diễn ra tại 12 điểm" stay places covered
        return "events"
    if (
        cat == "events"
        and (phrase.noun or "").startswith("điểm ")
        and len(before) > 1
        and before[-1] in _SITE_OF
        and ends_with_phrase(before[:-1], cue_set("stationed"))
    ):
        return "coverage"  # "trực tại 04 điểm hỗ trợ du khách": the points manned are places covered
    if phrase.noun in _HELD_WHEN_ORGANISED and ends_with_phrase(before, cue_set("organise")):
        return "events"
    if phrase.noun == "ca":
        return _cases(text, phrase, before, qual_start, clause_start) or cat
    if phrase.noun in _CASE_NOUNS and ends_with_phrase(before, cue_set("serve")):
        # "tư vấn mổ đục thủy tinh thể cho 37 trường hợp": the cases served are people served,
        # like "hỗ trợ 312 trường hợp người dân"; "ngăn chặn 27 trường hợp vượt rào" stays a count
        return "beneficiaries"
    if (
        phrase.noun in _CASE_NOUNS
        and _LIST_JOIN.search(text, max(0, qual_start - 6), qual_start)
        and _people_right_before(text, qual_start)
        and _superset_people(text, qual_start) == "beneficiaries"
    ):
        # "sơ cứu cho 316 lượt vận động viên, 4 trường hợp được chuyển viện": cases listed right
        # after people served in the sentence are some of those people (gold n456); "tuần tra 20
        # buổi, 5 trường hợp vi phạm" (no people served) and "hỗ trợ 50 hộ nghèo, tuần tra 20 buổi,
        # 5 trường hợp vi phạm" (another count in between) stay counts
        return "beneficiaries"
    return cat


def _handed_over(text: str, before: list[str], qual_start: int, clause_start: int) -> bool:
    """Is what the number counts handed out or received: a verb of giving or receiving right before
    it (cue kinds "give", "receive", `_RECEIVED`), a verb of handing over (cue kind "hand") among the
    12 words before it, or "và" after what an earlier clause hands over (`_handed_with`)?"""
    return bool(
        ends_with_phrase(before, cue_set("give"))
        or (before and before[-1] in _RECEIVED)
        or ends_with_phrase(before, cue_set("receive"))
        or contains_phrase(words_before(text, qual_start, 12, clause_start), cue_set("hand"))
        or _handed_with(text, before, qual_start)
    )


#: the first word of a card's noun ("thẻ căn cước", "thẻ bảo hiểm y tế", a bare "thẻ" repeating one)
_CARD = "thẻ"


def _is_card(phrase: MeasurePhrase, head: Measure) -> bool:
    """Does the phrase or the entry it is counted as (an elliptic repeat's) name a card?"""
    return any(n is not None and n.split()[0] == _CARD for n in (phrase.noun, head.noun))


def _before_range(text: str, before: list[str], qual_start: int, clause_start: int) -> list[str]:
    """ "đào tạo nghề cho từ 1.500 đến 2.000 thanh niên": the words before the whole range (its
    "từ" and low end left out), so that the verb before it decides for both ends as for one
    number; `before` itself when the number ends no range (`_range_item_start`'s cheap test)."""
    start = _range_item_start(text, qual_start)
    return before if start >= qual_start else words_before(text, start, 6, clause_start)


#: nouns of events that are also the standing units of a school ("lớp": a class held, or a form)
_CLASS_UNITS = frozenset({"lớp"})
#: words right after the counted units of a ratio that say they met a target
_TARGET_MET = frozenset({"đạt", "hoàn thành", "vượt"})


def _classes_act(text: str, phrase: MeasurePhrase) -> bool:
    """ "100% lớp tham gia phong trào", "100% lớp đạt chỉ tiêu": the classes of a percentage are
    followed by a verb they do (`_share_acts`) or a word of a met target (`_TARGET_MET`)."""
    if _share_acts(text, phrase):
        return True
    after = _words_after_phrase(text, phrase)
    return _opens_with(after, _TARGET_MET)


def _share_met_target(text: str, num_start: int, phrase: MeasurePhrase) -> bool:
    """ "34/36 lớp đạt chỉ tiêu": the number is one side of a ratio ("/" between it and the noun,
    or right before it) and the word after the noun says the units met a target (`_TARGET_MET`).
    The first test is cheap: a "/" in the few characters from the number to the noun."""
    if text.find("/", max(0, num_start - 1), phrase.start) < 0:
        return False
    after = words_after(text, phrase.end, 2)
    return _opens_with([w[0] for w in after], _TARGET_MET)


#: the quotes that open a programme's name after "điểm" ("14 điểm “Tết cho em”")
_OPEN_QUOTES = ('"', "“", "'", "‘")


def _quoted_programme(text: str, phrase: MeasurePhrase) -> bool:
    """ "14 điểm "Tết cho em"": a quoted name (of the programme held at the points) follows the bare
    noun "điểm" (the phrase stops at the quote). Two characters after the phrase are looked at."""
    end = phrase.end
    if phrase.start > 0 and text[phrase.start - 1] in _OPEN_QUOTES:
        return False  # "nhận 01 "điểm học cộng đồng"": the quote after the quoted phrase closes it
    return text.startswith(_OPEN_QUOTES, end + 1 if text.startswith(" ", end) else end)


#: words right before a number with no noun that make it a level a count goes from or up to
_LEVEL_WORDS = frozenset({"lên", "từ"})
#: how many words before the number are read for the count ("số …") it is a level of
_LEVEL_SUBJECT_WORDS = 12


#: characters read after a bare "đoàn" for the performers it counts ("22 đoàn, 540 diễn viên")
_TROUPE_AFTER = 40


def _troupes(text: str, phrase: MeasurePhrase) -> bool:
    """A bare "đoàn" counted in a sentence of a performing festival or of performers (cue kind
    "performance", read from the sentence's start to `_TROUPE_AFTER` characters after the noun, not
    past the sentence's end): performing troupes, teams (spec §2.4) rather than bodies covered."""
    start = _sentence_start_before(text, phrase.start)
    stop = _SENTENCE_STOP.search(text, phrase.end, phrase.end + _TROUPE_AFTER)
    end = stop.start() if stop else min(len(text), phrase.end + _TROUPE_AFTER)
    words = [key(m.group()) for m in WORD.finditer(text, start, end)]
    return contains_phrase(words, cue_set("performance"))


def _value_after_copula(before: list[str]) -> bool:
    """ "số huy chương vàng lần lượt là 12, 10 và 8": the number is a value given right after "là",
    or a later value of the same run (the earlier numbers and "và" between are passed over)."""
    i = len(before)
    while i > 0 and (before[i - 1][:1].isdigit() or before[i - 1] == "và"):
        i -= 1
    return i > 0 and before[i - 1] == "là"


def _level_of_count(text: str, qual_start: int, clause_start: int) -> str | None:
    """ "Thành đoàn phấn đấu nâng số đội hình lên 20", "số lớp năm nay tăng từ 12 lên 18": a number
    with no noun after "lên" or "từ" (`_LEVEL_WORDS`), or after "là" (`_value_after_copula`), whose
    clause names the count before it ("số" and a lexicon noun, within `_LEVEL_SUBJECT_WORDS` words)
    is a level or value of that count, counted as its noun is (spec §2.4: "đội hình" teams, "lớp"
    events); people by their role. None when no "số <noun>" stands there ("tăng lên 20" alone;
    "chuyển đổi số" is no count). A change of a count ("số đội hình tăng 4 đội") is read before
    (`_change_of_count`)."""
    words = words_before(text, qual_start, _LEVEL_SUBJECT_WORDS, clause_start)
    for k, word in enumerate(words[:-1]):
        if word != "số":
            continue
        head, _ = lookup_head(words[k + 1 : -1])
        if head is None:
            continue
        if head.role is not None:
            return by_role(head)
        return head.category
    return None


def _bronze_medal(text: str, phrase: MeasurePhrase, qual_start: int) -> bool:
    """ "phường A thứ Nhì (7 vàng, 6 bạc, 4 đồng)": a bare "đồng" that the number reader did not
    take as money (the lexicon has no row for it) listed right after a count of gold or silver
    medals is a count of bronze medals, items like the others (spec §2.4 `items`, lexicon rows
    "vàng", "bạc"): the number reader's own test (`bronze_medals`), which kept it from being
    money. The first test is cheap: the phrase is "đồng" alone; "đồng" with no medal count right
    before it stays as it was."""
    return key(phrase.text) == "đồng" and bronze_medals(text, qual_start)


#: how far back (characters) a medal tally is read before a bare "đồng"
_MEDAL_REACH = 40
#: a number and a bare "đồng" (no scale word: "4 đồng", not "4 triệu đồng")
_BARE_DONG = regex.compile(r"\d+[ \t\u00a0]+(?i:đồng)(?![\p{L}\p{M}])")


def _capitalised_medals(text: str, num_start: int, qual_start: int) -> bool:
    """ "(7 Vàng, 6 Bạc, 4 đồng)": the number reader tells the bronze of a medal tally from money
    only after "vàng"/"bạc" written in lower case (`bronze_medals`); written with capitals, the
    tally is the same, and the bare "đồng" after it counts bronze medals (spec §2.4 `items`, like
    "vàng", "bạc"), not an amount of money. The value is the count either way. The cheap first
    test: "bạc" or "vàng" in any case among the characters right before; then the amount is a bare
    "đồng" in any case ("4 Đồng", "4 ĐỒNG")."""
    floor = max(0, qual_start - _MEDAL_REACH)
    window = text[floor:qual_start].lower()
    if "bạc" not in window and "vàng" not in window:
        return False
    if _BARE_DONG.match(text, num_start) is None:
        return False
    return bronze_medals(window, len(window))


#: nouns of cases (lexicon `other`: "12 trường hợp vi phạm" are counted); right after a verb or
#: preposition of serving (cue kind "serve": "cho", "hỗ trợ", "tư vấn") they are people served
_CASE_NOUNS = frozenset({"trường hợp"})
#: words right after "ca" that make the cases those of an illness ("3.946 ca mắc sốt xuất huyết")
_ILLNESS = frozenset({"mắc", "nhiễm"})
#: illnesses named right after "ca" ("ghi nhận 120 ca sốt xuất huyết", "8 ca sởi"): cases of an
#: illness too, unless a verb of examining or treating says they were served ("khám 30 ca sốt")
_ILLNESS_NAMES = frozenset({"sốt", "sởi", "cúm", "dương"})
#: words of the clause read back from "ca" for a verb of examining or treating
_CASE_VERB_WORDS = 8


def _cases(
    text: str, phrase: MeasurePhrase, before: list[str], qual_start: int, clause_start: int
) -> str | None:
    """The category of "N ca" by the words around it (spec §2.4), None when they decide nothing
    ("3 ca trực", a shift, stays as the lexicon says).
    - "siêu âm 160 ca", "thực hiện 240 ca siêu âm", "mổ đục thủy tinh thể thành công 236 ca": the
      cases examined or treated (a verb of the cue kind "examine" in the phrase, in the three
      words before it, or among the `_CASE_VERB_WORDS` words of the clause before it) are people
      served: `beneficiaries`;
    - "ghi nhận 3.946 ca mắc sốt xuất huyết": cases of an illness (`_ILLNESS` right after "ca")
      are counted, nobody is served, like an incident (`other`); so are those of an illness named
      right after "ca" (`_ILLNESS_NAMES`: "5.000 ca sốt xuất huyết") that nobody examined."""
    words = key(phrase.text).split()
    if len(words) > 1 and words[1] in _ILLNESS:
        return "other"
    examine = cue_set("examine")
    if contains_phrase(before[-3:], examine) or contains_phrase(words[1:4], examine):
        return "beneficiaries"
    if contains_phrase(words_before(text, qual_start, _CASE_VERB_WORDS, clause_start), examine):
        return "beneficiaries"
    if _joined_cases_examined(text, qual_start, clause_start):
        return "beneficiaries"
    if len(words) > 1 and words[1] in _ILLNESS_NAMES:
        return "other"
    if words == ["ca"] and _earlier_cases_treated(text, qual_start):
        return "beneficiaries"
    return None


#: an earlier "N ca" of the clause joined to this one by "và" or a comma ("38 ca … và 12 ca …")
_JOINED_CASES = regex.compile(r"\d[ \t]+ca[ \t][^.;:!?\n]*?(?:,|\bvà)[ \t]+$", regex.IGNORECASE)
_JOINED_CASES_REACH = 120


def _joined_cases_examined(text: str, qual_start: int, clause_start: int) -> bool:
    """ "Qua khám sàng lọc, phát hiện 38 ca nghi tăng huyết áp và 12 ca nghi đục thủy tinh thể": cases
    listed right after earlier cases of the same clause share their verb; when a verb of examining
    (cue kind "examine") stands within `_CASE_VERB_WORDS` words before the first of them, the later
    ones are people served too, however long the first item is. The cheap first test: " ca " in the
    stretch read back."""
    start = max(clause_start, qual_start - _JOINED_CASES_REACH)
    if text.find(" ca ", start, qual_start) < 0:
        return False
    m = _JOINED_CASES.search(text, start, qual_start)
    if m is None:
        return False
    return contains_phrase(words_before(text, m.start(), _CASE_VERB_WORDS, clause_start), cue_set("examine"))


#: an earlier "N ca <words>" a bare "ca" may repeat, and how far back it is looked for
_NAMED_CASES = regex.compile(r"\d[ \t]+ca[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+)?)", regex.IGNORECASE)
_CASES_REACH = 400


def _earlier_cases_treated(text: str, qual_start: int) -> bool:
    """ "… với 131 ca phẫu thuật. Số ca theo xã: A 58 ca, B 44 ca": a bare "ca" repeats the nearest
    earlier "N ca" that names what the cases are; when that is a verb of examining or treating (cue
    kind "examine") the bare cases are people served too (spec §2.4). "… 3 ca trực. Xã A 2 ca"
    (no treating) says nothing. The cheap first test: "ca " in the stretch read back."""
    start = max(0, qual_start - _CASES_REACH)
    if text.find("ca ", start, qual_start) < 0:
        return False
    named = None
    for m in _NAMED_CASES.finditer(text, start, qual_start):
        named = m
    return named is not None and _opens_with(key(named.group(1)).split(), cue_set("examine"))


#: words read after a work's noun for a word of damage, and back from a number for a things-seized verb
_DAMAGE_WORDS = 3
#: words that open a phrase of where after damaged works ("1.260 ngôi nhà trên địa bàn tỉnh bị hư
#: hỏng"), and how many of its words are passed over before the words of damage
_WHERE_WORDS = frozenset({"trên", "tại", "ở", "thuộc"})
_WHERE_SKIP_WORDS = 6
_SEIZE_WORDS = 14


def _damaged(text: str, phrase: MeasurePhrase) -> bool:
    """ "làm 2.460 ngôi nhà bị ngập", "1.200 căn nhà hư hỏng": works that the words right after
    their noun (in the measure phrase or after it; cue kind "damaged", "bị …") say were damaged are
    counted but were not built (spec §2.4 `other`, like the victims of an incident). The caller keeps
    works that a verb of building or repairing before them does ("sửa chữa 16 ngôi nhà bị tốc mái":
    the houses repaired are works)."""
    if phrase.noun is None:
        return False
    words = key(phrase.text).split()[len(phrase.noun.split()) :]
    if len(words) < _DAMAGE_WORDS:
        words += _words_after_phrase(text, phrase)
    if _opens_with(words[:_DAMAGE_WORDS], cue_set("damaged")):
        return True
    # "bão làm 1.260 ngôi nhà trên địa bàn tỉnh bị hư hỏng": a phrase of where stands between the
    # works and the words of damage; passed over up to the damage (not past a "cho": "… tại xã A cho
    # hộ bị lũ cuốn" names whom they are for)
    if not words or words[0] not in _WHERE_WORDS:
        return False
    damaged = cue_set("damaged")
    for i in range(1, min(len(words), _WHERE_SKIP_WORDS + 1)):
        if words[i] == "cho":
            return False
        if _opens_with(words[i : i + _DAMAGE_WORDS], damaged):
            return True
    return False


def _seized(text: str, qual_start: int, clause_start: int) -> bool:
    """ "thu giữ 37 xe mô tô độ chế, 124 dao, kiếm, gậy": a number with no lexicon noun after a verb
    of seizing (cue kind "seize") earlier in its clause, up to `_SEIZE_WORDS` words back, counts
    things seized (spec §2.4 `items`), also further down the list of what was seized. The cheap
    first test: the probe words of the cues in the characters before the number."""
    floor = max(clause_start, qual_start - 120)
    probes = cue_probes("seize")
    if probes is not None:
        stretch = text[floor:qual_start]
        if unicodedata.is_normalized("NFC", stretch) and probes.any_word.search(stretch.lower()) is None:
            return False
    return contains_phrase(words_before(text, qual_start, _SEIZE_WORDS, floor), cue_set("seize"))


#: a comparison right after a changed count's noun ("giảm 5 em so với năm 2023", "tăng 4 đội so cùng kỳ")
_COMPARED = re.compile(r"[ \t]*,?[ \t]*so[ \t]+(?:với|cùng)\b")


#: categories of bodies and teams, whose change is counted as a change (`_change_compared`); that of
#: works, events and amounts keeps the category of what is counted (the older gold)
_CHANGED_COUNTS = frozenset({"coverage", "teams"})


def _change_compared(
    text: str, before: list[str], phrase: MeasurePhrase, head: Measure | None = None
) -> bool:
    """ "17 trẻ em tử vong do đuối nước, giảm 5 em so với năm 2023": a verb of change (cue kind
    "change") right before a number of people (a lexicon noun with a role) and a comparison with an
    earlier time (`_COMPARED`: "so với", "so cùng kỳ") right after its noun give the change of a
    count of people, not people served or taking part (spec §2.4 `other`: "rates and changes"; gold
    n190 "tăng 1.100 em", n274), like a change whose subject is a count (`_change_of_count`). Not
    "tăng 20 suất quà" (no comparison), nor an amount ("tăng khoảng 10.000 đơn vị so với năm trước"
    stays the units of blood, gold n43). With `head` (the noun the caller resolved, no person), any
    such noun: the caller picks the categories. The cheap first test: the word right before the number
    is a verb of change."""
    if not before or before[-1] not in cue_set("change"):
        return False
    if head is None and (phrase.head is None or phrase.head.role is None):
        return False
    return _COMPARED.match(text, phrase.end) is not None


#: words of a count that changed: "số" before the subject ("số trẻ biết bơi tăng …")
_CHANGE_SUBJECT_WORDS = 8


def _change_of_count(text: str, before: list[str], qual_start: int, clause_start: int) -> bool:
    """ "số trẻ biết bơi tăng 1.100 em", "số đội hình tăng 4 đội": a verb of change (cue kind "change")
    right before the number whose subject is a count ("số …", within `_CHANGE_SUBJECT_WORDS` words
    back) gives the change, not the things counted (spec §2.4 `other`, gold n146). "tăng 3 lần" is
    decided before; a verb of change with no counted subject ("đề nghị tăng 20 suất") is not read."""
    if not before or before[-1] not in cue_set("change"):
        return False
    words = words_before(text, qual_start, _CHANGE_SUBJECT_WORDS, clause_start)
    return "số" in words[:-1]


#: the bare works noun that a contest counts as its entries (`_contest_entries`)
_ENTRY_NOUNS = frozenset({"công trình"})
#: how far (characters) the rest of the sentence after such a noun is read for a word of a contest
_ENTRY_REACH = 200


def _contest_entries(text: str, phrase: MeasurePhrase, before: list[str], qual_start: int) -> bool:
    """A bare "công trình" in a sentence about a contest of works ("Ban Tổ chức nhận 214 công trình
    của 682 tác giả", "… 11 công trình đoạt giải, tiếp theo là trường B (9 công trình)"): a word of
    the cue kind "entry" anywhere in the sentence (back to its start, `_sentence_start_before`,
    forward to its end within `_ENTRY_REACH`). Not right after a verb of building or handing over
    ("khánh thành 5 công trình"). The cheap first test: "giả" (of "giải", "tác giả"), "thi" or "khảo"
    in the sentence."""
    if ends_with_phrase(before, cue_union("build", "hand")):
        return False
    start = _sentence_start_before(text, qual_start)
    stop = _SENTENCE_STOP.search(text, phrase.end, phrase.end + _ENTRY_REACH)
    end = stop.start() if stop else min(len(text), phrase.end + _ENTRY_REACH)
    low = text[start:end].lower()
    if "giả" not in low and "thi" not in low and "khảo" not in low:
        return False
    return contains_phrase([key(m.group()) for m in WORD.finditer(text, start, end)], cue_set("entry"))


#: a bare noun of rooms, and the word of lodging among the words before it that makes them rooms to
#: rent ("Các khu trọ có 1.180 phòng")
_ROOMS = frozenset({"phòng"})
_LODGING = "trọ"


#: bare nouns of a site that are also a contest's unit of score ("điểm": a point or a site)
_SCORE_NOUNS = frozenset({"điểm"})
#: words right before a number of "điểm" that make it a score whatever the sentence says
_SCORE_VERBS = frozenset({"đạt", "giành"})
#: words right before a number of "điểm" that make it places (a site where something is)
_SITE_WORDS = frozenset({"tại", "ở", "tới", "đến", "qua", "từ", "các", "những"})
#: how far back (characters) the sentence of a score is read for a word of a contest
_SCORE_REACH = 200


def _is_score(text: str, phrase: MeasurePhrase, before: list[str], num_start: int, qual_start: int) -> bool:
    """ "giành giải Nhất với 186,5/200 điểm", "giải Nhì với 172 điểm", "thí sinh … có điểm cá nhân cao
    nhất, 97 điểm", "đạt 9,5 điểm": a bare "điểm" (nothing after it: "7 điểm hiến máu" names a site)
    not after a word of place (`_SITE_WORDS`: "tại 7 điểm" stays sites) is a score, when it is one
    end of a ratio ("N/M điểm"), a verb of scoring stands right before it (`_SCORE_VERBS`), or the
    sentence before it names a contest or a score (cue kind "score"). A score is none of the kinds
    of spec §2.4 (`other`, gold n265); the sites of "điểm" are places covered."""
    if key(phrase.text) not in _SCORE_NOUNS or (before and before[-1] in _SITE_WORDS):
        return False
    if _in_ratio(text, num_start) or (before and before[-1] in _SCORE_VERBS):
        return True
    floor = max(0, qual_start - _SCORE_REACH)
    stops = list(_SENTENCE_STOP.finditer(text, floor, qual_start))
    if stops:
        floor = stops[-1].end()
    words = [key(m.group()) for m in WORD.finditer(text, floor, qual_start)]
    return contains_phrase(words, cue_set("score"))


#: nouns of groups people belong to, and the words right before them that say they do
_GROUP_NOUNS = frozenset({"dân tộc"})
_MEMBER_OF = frozenset({"thuộc"})

_RATIO = regex.compile(r"\d[\d.,]*/\d")
#: the nouns of a rate ("tỷ lệ", "tỉ lệ") and how far back (characters, words) one is read
_RATE_NOUNS = frozenset({"tỷ lệ", "tỉ lệ"})
_RATE_REACH = 120
_RATE_WORDS = 12


def _rate_of_acting(text: str, qual_start: int, clause_start: int) -> bool:
    """ "có tỷ lệ kết nạp cao nhất, lần lượt 18/20 và 25/27 học sinh": people counted as the rate
    of a verb of acting or being admitted ("tỷ lệ kết nạp", "tỷ lệ tham gia": cue kinds "attract",
    "act" right after the rate noun) take part (spec §2.4, the verb decides), as after the verb
    itself. The first test is cheap: "lệ" among the characters the words are read from."""
    floor = max(clause_start, qual_start - _RATE_REACH)
    if text.find("lệ", floor, qual_start) < 0:
        return False
    words = words_before(text, qual_start, _RATE_WORDS, floor)
    for i in range(len(words) - 2):
        if " ".join(words[i : i + 2]) in _RATE_NOUNS:
            return contains_phrase(words[i + 2 : i + 4], cue_union("attract", "act"))
    return False


def _in_ratio(text: str, num_start: int) -> bool:
    """The number at `num_start` is an end of a ratio "N/M" ("38/40 chi đội"): a share of bodies."""
    if num_start > 1 and text[num_start - 1] == "/" and text[num_start - 2].isdigit():
        return True
    return _RATIO.match(text, num_start) is not None


#: the two ends of a ratio, and how far back the count its whole repeats is looked for
_RATIO_ENDS = regex.compile(r"(\d[\d.,]*)/(\d[\d.,]*)")
_RATIO_WHOLE_REACH = 1500


def _ratio_of_earlier_count(text: str, phrase: MeasurePhrase, num_start: int) -> str | None:
    """The category of the people a ratio's whole repeats: "… tiễn 1.126 sinh viên về quê. … Có
    412/1.126 sinh viên là người dân tộc thiểu số": the 1.126 students counted before with the same
    noun are served, so both ends of the ratio are (spec §2.4). The count is looked for with
    `str.rfind` of the whole as written, up to `_RATIO_WHOLE_REACH` characters back; None when it is
    not there, counts another noun, or no word around it decides."""
    at = num_start - 1 if num_start > 1 and text[num_start - 1] == "/" else num_start
    while at > 0 and (text[at - 1].isdigit() or text[at - 1] in ".,"):
        at -= 1
    ratio = _RATIO_ENDS.match(text, at)
    if ratio is None:
        return None
    whole = ratio.group(2)
    floor = max(0, at - _RATIO_WHOLE_REACH)
    pos = text.rfind(whole + " ", floor, at)
    while pos >= 0:
        if pos == 0 or not (text[pos - 1].isdigit() or text[pos - 1] in "/.,"):
            end = pos + len(whole)
            earlier = measure_after(text, end, min(len(text), end + 80))
            if earlier.noun is None or earlier.noun != phrase.noun:
                return None
            start = _sentence_start_before(text, pos)
            return _earlier_people_said(text, earlier, pos, start, award_for=True)
        pos = text.rfind(whole + " ", floor, pos)
    return None


#: "lượt là người cao tuổi": the copula that names what a bare leading word counts
_COPULA = re.compile(r"[ \t]+là[ \t]+")


def _named_by_la(text: str, phrase: MeasurePhrase) -> Measure | None:
    """ "…, trong đó gần 2,7 triệu lượt là người cao tuổi": a bare leading word ("lượt") followed
    by "là" and a lexicon noun counts that noun (spec §2.4: the counted noun decides)."""
    if phrase.head is not None or key(phrase.text) not in _BARE_LEADING:
        return None
    m = _COPULA.match(text, phrase.end)
    if m is None:
        return None
    after = words_after(text, m.end(), max_measure_words(), None)
    head, _ = lookup_head([w[0] for w in after], [text[s:e] for _, s, e in after])
    return head


#: the lead of a list of units and their counts: "số <noun> là" ("dẫn đầu về số học viên là …")
_LEAD_COUNT = regex.compile(
    r"(?<![\p{L}\p{M}])số[ \t]+([\p{L}\p{M} \t]{2,40}?)[ \t]+là[ \t]", regex.IGNORECASE
)
#: how far back (characters) the lead of such a list is looked for
_LEAD_REACH = 240


def _count_of_lead(text: str, phrase: MeasurePhrase, qual_start: int) -> Measure | None:
    """ "dẫn đầu về số học viên là Hồ Chí Minh 214.300 lượt, Hà Nội 168.900 lượt": a bare leading
    word ("lượt") of a list item counts the noun of the list's lead ("số <noun> là", a lexicon noun
    and nothing more), when only items of names and "<number> lượt" stand between the lead and the
    number (spec §2.4: the counted noun decides). The list ends at ";" or the sentence's end. The
    cheap first test: the bare word, then "số" in the stretch read back."""
    bare = key(phrase.text)
    if phrase.head is not None or bare not in _BARE_LEADING:
        return None
    floor = max(_sentence_start_before(text, qual_start), qual_start - _LEAD_REACH)
    floor = max(floor, text.rfind(";", floor, qual_start) + 1)
    stretch = text[floor:qual_start]
    if "số" not in stretch.lower():
        return None
    leads = list(_LEAD_COUNT.finditer(stretch))
    if not leads:
        return None
    lead = leads[-1]
    items = stretch[lead.end() :]
    # every number between is an earlier item's "<number> <bare word>"
    if any(not m.group(1) or key(m.group(1)) != bare for m in _ITEM_COUNT.finditer(items)):
        return None
    said = lead.group(1).split()
    words = [key(w) for w in said]
    head, n = lookup_head(words, said)  # as written: "số tn là" reads no "TN"
    return head if head is not None and n == len(words) else None


#: a number of a list item and the word after it
_ITEM_COUNT = regex.compile(r"\d[\d.,]*(?:[ \t]+([\p{L}\p{M}]+))?")


#: bare nouns of a site that the clause's activity completes ("tại 7 điểm" of a blood drive)
_BARE_SITES = frozenset({"điểm"})
#: words of the clause read back for the activity of a bare site
_SITE_ACTIVITY_WORDS = 12


#: last words of site entries that the clause's activity does not name: verbs that begin many longer
#: words ("điểm phát" of "phát triển", "phát hiện"; "điểm dừng" of "dừng chân"), read only as written;
#: "quân" of "điểm ra quân": a turn-out's bare points are read by the cue kind "hold_at" alone, as the
#: clause's verb only ("Lễ ra quân diễn ra tại 12 điểm" stays places covered)
_SITE_TAIL_SKIP = frozenset({"phát", "dừng", "quân"})


@cache
def _site_entries(noun: str) -> tuple[tuple[str, Measure], ...]:
    """The lexicon entries "<noun> …" of a bare site noun, longest first, with the last word of each
    (none that ends with a word of `_SITE_TAIL_SKIP`)."""
    size = len(noun.split())
    found = [
        (k, m)
        for k, m in measures().items()
        if k.startswith(noun + " ") and len(k.split()) > size and k.split()[-1] not in _SITE_TAIL_SKIP
    ]
    return tuple((k.split()[-1], m) for k, m in sorted(found, key=lambda e: (-len(e[0].split()), e[0])))


def _site_of_clause(
    text: str, phrase: MeasurePhrase, before: list[str], qual_start: int, clause_start: int
) -> Measure | None:
    """ "tiếp nhận 2.105 đơn vị máu tại 7 điểm": a bare site noun after "tại"/"ở" counts the sites
    of the clause's activity, the lexicon entry "<noun> …" whose last word the clause names before
    it ("máu" -> "điểm hiến máu", an event, spec §2.4); the longest such entry wins. None when
    the clause names none ("tuyên truyền tại 12 điểm" stays places covered)."""
    noun = phrase.noun
    if noun not in _BARE_SITES or key(phrase.text) != noun or not before or before[-1] not in ("tại", "ở"):
        return None
    words = set(words_before(text, qual_start, _SITE_ACTIVITY_WORDS, clause_start)[:-1])
    for last, entry in _site_entries(noun):
        if last in words:
            return entry
    return None


#: words right before a site count that make the sites where something is, not what was built
_SITE_OF = frozenset({"của", "tại", "ở"})
#: words right before a site count that make the sites the receivers of what the clause hands out
_SITE_TO = frozenset({"cho"})


def _earlier_site_item(
    text: str, phrase: MeasurePhrase, qual_start: int
) -> tuple[MeasurePhrase, int, int, int] | None:
    """ "Chi đoàn A lắp 24 điểm, nhiều nhất tỉnh; Chi đoàn B 17 điểm, phường C 12 điểm": a bare
    site noun (`_BARE_SITES`) of a list item joined to the one before with no verb of its own (a
    separator, or a separator and the unit's name: `_joined_item`) counts what the nearest earlier
    item of the sentence counting that noun ("điểm", "điểm gác …") counts. Its phrase, number
    start, item start and the sentence's start, or None. The cheap first test: the bare noun."""
    noun = phrase.noun
    if noun not in _BARE_SITES or key(phrase.text) != noun:
        return None
    if not _joined_item(text, qual_start, max(0, qual_start - _NAMED_ITEM_REACH)):
        return None
    for q, earlier, at, start in _items_back(text, max(0, qual_start - _ELLIPSIS_REACH), qual_start):
        if earlier.noun is not None and (key(earlier.text) + " ").startswith(noun + " "):
            return earlier, start + q.start, at, start
    return None


def _earlier_people_item(text: str, phrase: MeasurePhrase, qual_start: int) -> str | None:
    """The category of the people of a list item that opens with no verb of its own (a separator,
    or a separator and the unit's name: `_joined_item`), taken from the items before it that count
    the same noun, back to the first whose own words decide (`_people_by_words`: "hỗ trợ 212 thanh
    niên, huyện B 168 thanh niên"); "em" stands for any people, and takes the role of the first
    item of another noun whose words decide nothing ("420 đội viên hoàn thành; xã B 315 em"). None
    when an item of another noun comes first ("… cho 420 lượt người dân; 25 chiến sĩ trẻ" keeps the
    noun's role), or no item's words decide."""
    if phrase.noun is None or not _joined_item(text, qual_start, max(0, qual_start - _NAMED_ITEM_REACH)):
        return None
    for _q, earlier, at, start in _items_back(text, max(0, qual_start - _ELLIPSIS_REACH), qual_start):
        if earlier.head is None or earlier.head.role is None:
            return None
        if earlier.noun != phrase.noun and phrase.noun not in _ANY_PEOPLE and phrase.noun not in _BARE_PEOPLE:
            # "em" stands for any people counted before it ("420 đội viên …, xã B 315 em"); so does
            # a bare "người" ("Lâm Đồng có 5 thanh niên nhận giải; Đắk Lắk 4 người": the people of
            # the item before, honoured as they are)
            return None
        said = _people_by_words(text, earlier, words_before(text, at, 6, start), False)
        if said is not None:
            return said
        if earlier.noun != phrase.noun:
            return by_role(earlier.head)  # "em" standing for people its words do not place
        if not _joined_item(text, at, start):
            return None
    return None


#: words right before a percentage of works that make them the places where something is
_AT = frozenset({"tại", "ở"})
#: event nouns that make the turn-out after them the event's name ("Lễ ra quân diễn ra tại 12 điểm":
#: one event held at several points, places covered)
_EVENT_NOUNS = tuple(f" {noun} " for noun in ("lễ", "buổi", "ngày hội", "chương trình"))


def _turn_out_held(text: str, qual_start: int, clause_start: int) -> bool:
    """Is a turn-out (cue kind "hold_at") the verb of the clause of a bare "tại N điểm" before
    `qual_start`: among its words back to a comma ("Sau lễ ra quân, đội hình tuyên truyền tại 14
    điểm" reads no turn-out), and not the name of an event ("Lễ ra quân diễn ra tại 12 điểm")?"""
    comma = text.rfind(", ", clause_start, qual_start)
    words = words_before(text, qual_start, _SITE_ACTIVITY_WORDS, max(clause_start, comma + 1))
    cues = cue_set("hold_at")
    if not contains_phrase(words, cues):
        return False  # a cheap first test
    joined = f" {' '.join(words)} "
    for cue in cues:
        at = joined.find(f" {cue} ")
        while at >= 0:
            if not joined[: at + 1].endswith(_EVENT_NOUNS):
                return True
            at = joined.find(f" {cue} ", at + 1)
    return False


def _at_site(text: str, qual_start: int, clause_start: int) -> bool:
    """ "tại 100% nhà văn hóa": the word right before the percentage says where (`_AT`)."""
    before = words_before(text, qual_start, 1, clause_start)
    return bool(before) and before[-1] in _AT


def _handed_with(text: str, before: list[str], qual_start: int) -> bool:
    """ "trao tặng xã A 20 suất học bổng, mỗi suất 1 triệu đồng và 01 tủ sách": a thing joined by
    "và" to what an earlier clause of the sentence hands over (cue kind "hand") is handed too."""
    if not before or before[-1] != "và":
        return False
    start = _sentence_start_before(text, qual_start)
    return contains_phrase(words_before(text, qual_start, 24, start), cue_set("hand"))


#: words right before a percentage that make it a rate or a share, not the people reached
_SHARE_WORDS = frozenset({"đạt", "chiếm", "lên", "tăng", "giảm", "là", "khoảng", "gần", "hơn"})
#: of those, the words that do not stop a share of people who act: "đạt 100% đoàn viên cập nhật"
#: reaches a share of members doing the activity (participants, as "100% đoàn viên cài đặt")
_SHARE_ACT_BLOCK = _SHARE_WORDS - {"đạt"}
#: a qualifier that makes a percentage an estimate ("khoảng 70% học sinh …"): a survey figure
_APPROX_WORDS = frozenset({"khoảng", "ước tính", "ước khoảng", "chừng"})


#: words read back from a "là" for the target it states
_TARGET_WORDS = 10


def _states_target(text: str, before: list[str], qual_start: int, clause_start: int) -> bool:
    """ "Mục tiêu đến cuối năm 2025 là 100% hộ kinh doanh …": a "là" that states a target (a word
    of the cue kind "target" within `_TARGET_WORDS` words before it) is no word of a share."""
    if not before or before[-1] != "là":
        return False
    words = words_before(text, qual_start, _TARGET_WORDS, clause_start)
    return contains_phrase(words[:-1], cue_set("target"))


def _people_share(
    text: str, phrase: MeasurePhrase, before: list[str], qual_start: int, clause_start: int,
    *, approx: bool = False,
) -> str:
    """A percentage of counted people ("cấp căn cước cho 100% công dân đủ điều kiện", "phấn đấu
    100% hộ gia đình …"): the people reached, like a percentage of bodies is coverage (spec §2.4),
    when a verb serves them ("cho", cue kind "serve") or their noun is of people served and no
    word of a rate or share ("đạt", "chiếm", "là": `_SHARE_WORDS`; not a "là" that states a target)
    stands before it; otherwise a rate (`other`). An estimate (`approx`: "khoảng 70% học sinh THCS
    đi học bằng xe đạp điện") of people served that no verb serves describes the group, a share
    (`other`), like "khoảng 70% thanh niên … có thu nhập"; "cho khoảng 70% hộ" stays served."""
    if key(phrase.text).split()[:1] != (phrase.noun or "").split()[:1]:
        return "other"  # "93% số sinh viên", "60% tỷ lệ …": a share of a count
    if before and (before[-1] == "cho" or ends_with_phrase(_without_manner(before), cue_set("serve"))):
        return "beneficiaries"  # "hỗ trợ (đột xuất) 38 sinh viên": a word of manner is passed over
    if _share_of_actors(text, phrase, before):
        # "100% đoàn viên tham gia hiến máu", "100% đoàn viên cài đặt ứng dụng": the members who
        # act; "92% đoàn viên có trình độ đại học" (a state, no act) stays a rate
        return "participants"
    if text.startswith(" là ", phrase.end) and phrase.text and key(phrase.text) == phrase.noun:
        # "khoảng 62% thí sinh là học sinh THPT": what a share of the people is describes the
        # group's make-up, a share (`other`), like "71,4% là công nhân"
        return "other"
    role = phrase.head.role if phrase.head is not None else None
    if role == "participant" and ends_with_phrase(before, cue_set("manage")):
        # "quản lý 100% đoàn viên trên ứng dụng": the share of its own members a body keeps on its
        # roll, members who take part, as "118.420 đoàn viên được quản lý" (cue kind "passive_act")
        return "participants"
    served = role == "beneficiary"
    # "Mục tiêu … là 100% hộ …": a "là" that states a target is no word of a share
    shared = bool(before) and before[-1] in _SHARE_WORDS
    if served and approx:
        return "other"
    if (served and (not shared or _states_target(text, before, qual_start, clause_start))) or (
        role == "participant" and not shared
    ):
        # "phấn đấu 100% sinh viên năm cuối đạt chuẩn": a goal for the share of people who take
        # part (their noun's role) counts them as the participants to reach, as a goal for people
        # served counts the beneficiaries; "phấn đấu 55% đội viên đạt danh hiệu …" stays honoured
        if _honoured(_words_after_phrase(text, phrase)):
            return "other"
        if _share_is_goal(text, qual_start, clause_start):
            return "beneficiaries" if served else "participants"
    return "other"


#: words of the clause read back from a percentage of people for a word of a plan or a target
_GOAL_WORDS = 10


def _share_is_goal(text: str, qual_start: int, clause_start: int) -> bool:
    """ "phấn đấu 100% hộ gia đình …", "Mục tiêu … là 100% hộ kinh doanh …": a percentage of
    people served that no verb serves counts the people to be reached only as a goal (a word of the
    cue kinds "future" or "target" among the `_GOAL_WORDS` words of the clause before it). A
    finding ("87% học sinh trả lời đúng …", "trên 80% trẻ em … bị sâu răng") describes the group:
    a rate (spec §2.4 `other`), nobody is served."""
    words = words_before(text, qual_start, _GOAL_WORDS, clause_start)
    return contains_phrase(words, cue_union("future", "target"))


#: words read after the counted people of a percentage for what they do
_SHARE_ACT_WORDS = 3


def _share_of_actors(text: str, phrase: MeasurePhrase, before: list[str]) -> bool:
    """A share of people who act: no word of a rate right before it (`_SHARE_ACT_BLOCK`) and a verb
    they do right after them (`_share_acts`)."""
    return (not before or before[-1] not in _SHARE_ACT_BLOCK) and _share_acts(text, phrase)


def _share_acts(text: str, phrase: MeasurePhrase) -> bool:
    """The words right after the people of a percentage (in the measure phrase or after it) start
    with a verb they do: a cue of kind "act", "act_at" or "share_act" within `_SHARE_ACT_WORDS`."""
    if phrase.noun is None:
        return False
    words = key(phrase.text).split()[len(phrase.noun.split()) :]
    if len(words) < _SHARE_ACT_WORDS + 1:
        words += _words_after_phrase(text, phrase)
    # "94% đoàn viên đã cập nhật": a word of tense or aspect before the verb is skipped
    words = _past_aspect(words)
    return contains_phrase(words[:_SHARE_ACT_WORDS], cue_union("act", "act_at", "share_act"))


#: words right before a count of places or bodies that say whom the people counted before belong to or
#: where they come from ("85 thanh niên của 32 tỉnh, thành phố", "đến từ 27 tỉnh", "thuộc 14 cơ sở
#: Đoàn"): the places are places covered (spec §2.4 `coverage`; older gold keeps "của/thuộc N xã,
#: trường, cơ sở Đoàn" coverage throughout), even where the people are honoured
_OWNERS = frozenset({"từ", "của", "thuộc"})


def _owner_before(before: list[str]) -> bool:
    """The last word before a count of places is one of `_OWNERS`."""
    return bool(before) and before[-1] in _OWNERS


def _people_by_words(text: str, phrase: MeasurePhrase, before: list[str], award: bool) -> str | None:
    """The category that the words around counted people give (spec §2.4): honoured people are
    `other`; who act ("… tham gia", "huy động …") `participants`; who are served ("cho …",
    "hỗ trợ …") `beneficiaries`; None when no such word is there. Holders of an "N tốt" title are
    honoured unless a word of serving stands right before them ("tặng 12 học sinh 3 tốt …": given
    a gift, `_served_right_before`), where `award` (a verb of honouring in the clause) keeps them
    honoured."""
    after = _words_after_phrase(text, phrase)
    if (
        _honoured(after)
        or _honoured_in_phrase(phrase)
        or _honoured_after_origin(text, phrase, after)
        or (_n_good_holders(text, after) and (award or not _served_right_before(before)))
        or _honoured_with_next(text, phrase)
    ):
        return "other"  # "128 sinh viên đạt danh hiệu ...": people honoured (spec §2.4 `other`)
    if contains_phrase(key(phrase.text).split() + after[:3], cue_set("harmed")):
        return "other"  # "7 vụ đuối nước làm 9 trẻ em tử vong": victims of an incident, nobody served
    if ends_with_phrase(before, cue_set("kill")):
        return "other"  # "312 vụ tai nạn, làm chết 147 người": killed or hurt, neither acting nor served
    if ends_with_phrase(before, cue_set("detect")) and not key(phrase.text).startswith("lượt "):
        # ("ghi nhận 12.500 lượt thi của 4.000 thí sinh": a tally of turns recorded, no incident)
        if contains_phrase(before, cue_set("examine")) or _examined_before(text, phrase.start):
            # "đội khám phát hiện 45 em sâu răng", "khám cho 1.386 trẻ, phát hiện 47 trẻ mắc bệnh
            # tim": found by examining them
            return "beneficiaries"
        return "other"  # "phát hiện 86 học sinh hút thuốc lá điện tử": people found in an incident
    if before and before[-1] == "với" and contains_phrase(before[:-1], cue_set("honoured")):
        # "có nhiều doanh nhân được vinh danh nhất với 11 người": the count after "với" gives
        # how many of the honoured people there are (spec §2.4 `other`, like awardees)
        return "other"
    if _handed_to_police(after):
        return "other"  # "bàn giao 58 đối tượng cho công an": offenders handed over, nobody served
    if _needs_help(phrase, after) or _placed_in_work(before, after):
        return "beneficiaries"
    verb = _past_aspect(after)
    if _opens_with(verb, cue_set("visiting")):
        return "beneficiaries"  # "9.000 lượt thanh niên đến tham quan": visitors, an audience reached
    acting = cue_set("act")
    if contains_phrase(verb[:2], acting) or _opens_with(verb, acting) or _acts_in_phrase(phrase):
        return "participants"
    if (_gives_own(verb) or _gives_in_phrase(phrase)) and not _served_right_before(before):
        # "vận động 46 hộ hiến đất": people who give what is theirs act; "thăm 30 hộ nghèo ủng hộ
        # 5 triệu đồng": people a verb serves are given to, the subject gives
        return "participants"
    if _serve_after_noun(text, phrase):
        return "participants"  # "suất ăn cho 120 tình nguyện viên phục vụ": they do the serving
    if _served_by_helpers(before):
        # "huy động 35 đoàn viên đưa đón 480 lượt thanh niên công nhân đến ngày hội": the object of
        # the verb of serving that counted helpers do is served (spec §2.4), wherever it is taken
        return "beneficiaries"
    if len(verb) > 1 and verb[0] in _GOING and _opens_with(verb[1:], cue_union("act", "act_at")):
        # "400 công nhân trẻ đến hiến máu": they come to do the act themselves (an act of kind act, or
        # one done where people are brought, kind act_at)
        return "participants"
    if len(verb) > 2 and verb[1][:1].isdigit() and _opens_with(_without_count(verb), acting):
        return "participants"  # "1.380 học sinh đã nuôi 42 con heo đất": the act, with its count inside
    if _receive_after_noun(phrase, verb):
        return "beneficiaries"  # "214 người nhận thư mời làm việc": people who receive are served
    if _treated_after_noun(phrase, verb):
        return "beneficiaries"  # "(15 người mổ cả hai mắt)": people operated on are served
    if before and before[-1] == "cùng" and _opens_with(verb, cue_union("act", "build", "work_at", "collect")):
        # "35 đoàn viên cùng 20 phụ huynh đã cải tạo 450 m2 đất": people joined to the doers
        # by "cùng" and followed by the verb of the work do it with them (spec §2.4 participants)
        return "participants"
    if after and after[0] in _ORIGIN_WORDS and _acts_after_origin(after, acting):
        # "1.236 thí sinh của 9 khoa đăng ký dự vòng sơ loại": where they come from, then the
        # verb they do: contestants who register and sit take part
        return "participants"
    audience = phrase.head is not None and phrase.head.role == "audience"
    if not audience and ends_with_phrase(before, cue_set("attract")):
        helper = phrase.head is not None and phrase.head.role == "participant"
        if helper and _opens_with(verb, cue_set("serve")):
            # "huy động 55 tình nguyện viên hỗ trợ sinh viên": acting people mobilised to serve do the
            # serving (spec §2.4 "huy động"), even in a sentence that names a service for others
            return "participants"
        if _drawn_to_service(text, phrase):
            return "beneficiaries"  # "Ngày hội có 38 gian tư vấn …, thu hút 6.500 học sinh": served
        return "participants"  # visitors drawn in ("thu hút 25.000 lượt khách tham quan") are reached
    if _members_of_count(before) or _team_members(before):
        return "participants"
    if _brought_to_act(text, phrase, before, after):
        return "participants"
    if award:
        return "other"
    passive = _passive_role(text, phrase)
    if passive is not None:
        return passive
    if ends_with_phrase(before, cue_set("represent")):
        return None  # "đại diện cho 182.000 hội viên": the members represented, not served
    if len(before) > 1 and before[-1] == "cho" and ends_with_phrase(before[:-1], cue_set("contest_for")):
        # "mở rộng giải cho 2.500 vận động viên": a contest held for people, who compete in it
        return "participants"
    if before and (before[-1] == "cho" or ends_with_phrase(_without_manner(before), cue_set("serve"))):
        return "beneficiaries"  # "hỗ trợ (đột xuất) 38 sinh viên": a word of manner is passed over
    if len(before) > 1 and before[-1] in _STRESS and ends_with_phrase(before[:-1], cue_set("serve")):
        return "beneficiaries"  # "hướng dẫn tới 60 người": "tới" only stresses the number
    if before and before[-1] == "có" and phrase.noun in _ANY_PEOPLE:
        return _people_of_subject(before[:-1])
    return None


def _served_by_helpers(before: list[str]) -> bool:
    """A verb of serving (cue kind "serve") right before the number whose subject is counted acting
    people (a number, then a lexicon noun of role "participant", right before the verb): "huy động
    35 đoàn viên đưa đón 480 công nhân" - the 35 serve, the 480 are served. So do counted trips or
    vehicles run for them ("tổ chức 6 chuyến xe đưa 310 lượt công nhân đến ngày hội": a transport
    service, as c05/n178's free buses). "Đoàn xã đưa đón 480 công nhân đến ngày hội" (no helpers
    counted) and "đưa 120 thanh niên đến ngày hội bằng 3 xe khách" (the vehicles only after) are
    left to the other rules."""
    verb = ends_with_phrase(before, cue_set("serve"))
    if not verb:
        return False
    rest = before[: len(before) - len(verb.split())]
    at = next((i for i in range(len(rest) - 1, -1, -1) if rest[i][:1].isdigit()), None)
    if at is None or at == len(rest) - 1:
        return False
    head, n = lookup_head(rest[at + 1 :])
    if head is None or at + 1 + n != len(rest):
        return False
    return head.role == "participant" or rest[at + 1] in _CARRIERS


#: the first words of counted trips or vehicles that carry people ("6 chuyến xe đưa …", "4 xe đón …")
_CARRIERS = frozenset({"chuyến", "xe"})
#: words of going right after counted people, before the act they go to do ("đến hiến máu")
_GOING = frozenset({"đến", "tới", "về"})


def _served_right_before(before: list[str]) -> bool:
    """A verb of serving (cue kind "serve", a word of manner passed over) or "cho" right before the
    number: "tặng 12 học sinh 3 tốt mỗi em 1 xe đạp" gives the holders of a title a gift, they are
    served (spec §2.4 `beneficiaries`, gold n493), not counted as honoured."""
    if not before:
        return False
    return before[-1] == "cho" or bool(ends_with_phrase(_without_manner(before), cue_set("serve")))


#: words read back over the earlier clauses of a sentence for a verb of examining
_EXAMINED_WORDS = 24
#: words between a verb of examining and the "cho" or count of the people it examines
_EXAMINED_GAP = 3


def _examined_before(text: str, pos: int) -> bool:
    """ "Các bác sĩ đã khám, siêu âm cho 1.386 trẻ …, phát hiện 47 trẻ mắc bệnh tim": people found
    (cue kind "detect") in a sentence that examined them before (cue kind "examine", up to
    `_EXAMINED_WORDS` words back, not past a ";" or the sentence's start) were found by the
    examination, served. The examination is of counted people: "cho" or a number follows the verb
    within `_EXAMINED_GAP` words ("khám sức khỏe cho 300 em"); "tuần tra, phát hiện 46 vụ" examines
    nobody, and "khám tuyển nghĩa vụ quân sự, Hội đồng phát hiện 12 thanh niên sử dụng ma túy"
    examines no people it counts (a screening, the people found are an incident's)."""
    start = _sentence_start_before(text, pos)
    start = max(start, text.rfind(";", start, pos) + 1)
    words = words_before(text, pos, _EXAMINED_WORDS, start)
    examine = cue_set("examine")
    if not contains_phrase(words, examine):
        return False  # the cheap first test: no verb of examining at all
    for j in range(1, len(words)):
        if ends_with_phrase(words[:j], examine) and any(
            w == "cho" or w[:1].isdigit() for w in words[j : j + _EXAMINED_GAP + 1]
        ):
            return True
    return False


#: how many characters before "với" the count of people it follows is looked for: as far as the
#: phrase of that count reaches (`measure_after` reads `_PHRASE_WORDS` words), and its number's gap
_WITH_PEOPLE_REACH = reach(_PHRASE_WORDS) + 8


def _with_earlier_people(text: str, qual_start: int) -> str | None:
    """ "hướng dẫn 1.318 chủ nhà trọ với hơn 14.600 người thuê", "giúp 137 hộ với hơn 600 nhân
    khẩu": people counted right after "với" that follows a count of people (nothing else between)
    are counted as those are, by the words around that count (`_earlier_people_said`). None when
    no count of people stands right before the "với" ("Đoàn trường A với 612 đoàn viên", "4 đội
    hình với 96 đoàn viên") or its words decide nothing."""
    at = text.rfind("với", max(0, qual_start - 8), qual_start)
    # the cheap first test: a digit among the characters a count of people before "với" spans
    if at < 0 or not any(c.isdigit() for c in text[max(0, at - _WITH_PEOPLE_REACH) : at]):
        return None
    for start, q in _earlier_numbers(text, at):
        earlier = measure_after(text, start + q.end, at)
        if earlier.head is None or earlier.head.role is None or text[earlier.end : at].strip():
            return None
        return _earlier_people_said(text, earlier, start + q.start, start, award_for=False)
    return None


#: classifiers between a count and its noun, passed over by `_without_count` ("42 con heo đất")
_CLASSIFIERS = classifiers("count")


def _without_count(verb: list[str]) -> list[str]:
    """The words after counted people with the count that follows their first verb taken out (its
    number and a classifier, `_CLASSIFIERS`): "nuôi 42 con heo đất" is read as "nuôi heo đất", so
    that the act the people do (cue kind "act") is seen with its count inside. The caller tests
    first that the second word is a number."""
    rest = verb[2:]
    if rest and rest[0] in _CLASSIFIERS:
        rest = rest[1:]
    return [verb[0], *rest]


def by_role(head: Measure) -> str:
    """The category of people by their noun's role alone: those who act ("participant") take part,
    any others are served."""
    return "participants" if head.role == "participant" else "beneficiaries"


def _people_of_subject(subject: list[str]) -> str | None:
    """ "Sinh viên năm thứ nhất có 2.315 em": "em" counted after "có" counts the people the clause
    opens with; when those are people who act (role "participant": members, students) they are a
    population of members, `participants` (spec §2.4; c39 "1.146 sinh viên người dân tộc Khmer"), not
    children served. None when the words before "có" name no such people ("Trường có 300 em")."""
    for i in range(len(subject)):
        head, _, n = lookup_noun(subject[i:])
        if head is not None and n:
            return "participants" if head.role == "participant" else None
    return None


def _without_manner(before: list[str]) -> list[str]:
    """`before` without the words of manner (cue kind "manner": "đột xuất", "kịp thời") that end
    it, so that the verb before them is read ("hỗ trợ đột xuất 38 sinh viên"); `before` itself when
    its last word ends no such word (`ends_with_phrase`'s cheap first test)."""
    said = ends_with_phrase(before, cue_set("manner"))
    return before[: len(before) - len(said.split())] if said else before


#: how far back (characters, words) the sentence before people drawn in is read for a service
_SERVICE_REACH = 240
_SERVICE_WORDS = 30


def _drawn_to_service(text: str, phrase: MeasurePhrase) -> bool:
    """ "Ngày hội có 38 gian tư vấn của 26 trường, thu hút hơn 6.500 học sinh lớp 12": people drawn
    in by an event whose sentence names, before them, a service done for them (cue kind "service":
    advice, examination) are served by it (spec §2.4 `beneficiaries`); "Hội thi thu hút 3.000 đoàn
    viên" (no service) keeps them taking part. The sentence is read only after a verb of the cue
    kind "attract", right before the number."""
    floor = max(0, phrase.start - _SERVICE_REACH)
    service = _may_hold_cue(text, cue_probes("service"), floor, phrase.start)
    if not service and not _may_hold_cue(text, cue_probes("service_host"), floor, phrase.start):
        return False  # a cheap first test: the words of no service or host phrase are in the stretch
    stops = list(_SENTENCE_STOP.finditer(text, floor, phrase.start))
    if stops:
        floor = stops[-1].end()
    before = words_before(text, phrase.start, _SERVICE_WORDS, floor)
    if service and contains_phrase(before, cue_set("service")):
        return True
    # (a host phrase among `before` passes the host probe: `_host_named_with_service` tests it first)
    return _host_named_with_service(text, before, floor)


#: how far back (characters) an event's fuller name is looked for (`_host_named_with_service`)
_HOST_REACH = 1500


def _host_named_with_service(text: str, before: list[str], floor: int) -> bool:
    """ "… tổ chức 14 ngày hội tư vấn tuyển sinh … Tại tỉnh A, ngày hội ở trường B thu hút 2.300
    học sinh": the sentence names the event only by its head (cue kind "service_host": "ngày hội"),
    which the text wrote earlier with a service right after it ("ngày hội tư vấn"): the people it
    draws in are served (spec §2.4 `beneficiaries`). "Ngày hội thể thao … Ngày hội thu hút 900 đoàn
    viên" (no service after the head) keeps them taking part. Read only when the sentence itself
    names no service; the cheap first test: the sentence's words hold a host phrase."""
    hosts = cue_set("service_host")
    if not contains_phrase(before, hosts):
        return False
    low = text[max(0, floor - _HOST_REACH) : floor].lower()
    services = cue_set("service")
    for host in hosts:
        at = low.find(host + " ")
        while at >= 0:
            after = [key(w) for w in WORD.findall(low, at + len(host), at + len(host) + 40)]
            if _opens_with(after, services):
                return True
            at = low.find(host + " ", at + 1)
    return False


#: how far back (characters) the first item of a subset's list is looked for
_SUBSET_LIST_REACH = 120


def _subset_list_item(text: str, phrase: MeasurePhrase, qual_start: int) -> int | None:
    """Where the first item of a subset's list starts, when the number opens a later item of it:
    "…, trong đó 41 người là nữ, 17 người là dân tộc thiểu số" -> the 41 (after "trong đó", cue
    kind "subset"). The number follows a list separator (`_LIST_JOIN`); the nearest earlier number
    of the sentence counts the same noun, and it is either the first item (a subset word right
    before it) or such a later item itself. None otherwise. The cheap first tests: a separator
    right before, and "trong"/"gồm" (the subset words' probes) in the characters read back."""
    found = _subset_list_first(text, phrase, qual_start, any_people=False)
    return found[0] if found is not None else None


def _subset_list_first(
    text: str, phrase: MeasurePhrase, qual_start: int, *, any_people: bool
) -> tuple[int, Measure] | None:
    """Where the first item of a subset's list starts and its noun (the walk of
    `_subset_list_item`). With `any_people` the number's noun is none of the lexicon's ("…, trong
    đó có 9 đại biểu nữ, 3 đại biểu người dân tộc và 5 doanh nhân trẻ") and the earlier items may
    count any people (a lexicon noun with a role)."""
    noun = phrase.noun
    if (noun is None) != any_people or not _LIST_JOIN.search(text, max(0, qual_start - 6), qual_start):
        return None
    floor = max(0, qual_start - _SUBSET_LIST_REACH)
    probes = cue_probes("subset")
    if probes is not None:
        stretch = text[floor:qual_start]
        if unicodedata.is_normalized("NFC", stretch) and probes.any_word.search(stretch.lower()) is None:
            return None
    for _, earlier, at, start in _items_back(text, floor, qual_start):
        if any_people and (earlier.head is None or earlier.head.role is None):
            return None
        if not any_people and not _same_people_noun(earlier, phrase):
            return None
        if ends_with_phrase(words_before(text, at, 3, start), cue_set("subset")):
            return (at, earlier.head) if earlier.head is not None else None
        if not _LIST_JOIN.search(text, max(start, at - 6), at):
            return None
    return None


def _same_people_noun(earlier: MeasurePhrase, phrase: MeasurePhrase) -> bool:
    """Two items of a subset's list count the same noun, or people by the same head noun, one
    saying more than the other ("trong đó 19 người là nữ và 27 người dân tộc thiểu số": "người" and
    "người dân tộc thiểu số" are parts of one whole of people, not people of two kinds)."""
    a, b = earlier.noun, phrase.noun
    if a == b:
        return True
    if a is None or b is None or earlier.head is None or phrase.head is None:
        return False
    if earlier.head.role is None or phrase.head.role is None:
        return False
    return b.startswith(a + " ") or a.startswith(b + " ")


def _described_people(text: str, phrase: MeasurePhrase, qual_start: int) -> bool:
    """ "…; 14 người là dân tộc thiểu số": the bare people noun (`_BARE_PEOPLE`) with "là" right after
    it says who some of the people counted before are, not a count of its own; only as an item
    joined to the one before (a separator right before the number)."""
    if phrase.noun not in _BARE_PEOPLE or key(phrase.text) != phrase.noun:
        return False
    if _LIST_JOIN.search(text, max(0, qual_start - 6), qual_start) is None:
        return False
    after = _words_after_phrase(text, phrase)
    return bool(after) and after[0] == "là"


def _listed_people(text: str, qual_start: int) -> str | None:
    """The category the words around the earlier items of the list before `qual_start` give, nearest
    first, up to its first item (the first one not joined by a separator): "có 41 bí thư … và 23 cán
    bộ …; 14 người là …" is decided by the honour before the 41. None when no item's words decide
    or an item counts no people."""
    floor = max(0, qual_start - _SUBSET_LIST_REACH)
    for _, earlier, at, start in _items_back(text, floor, qual_start):
        if earlier.head is None or earlier.head.role is None:
            return None
        said = _earlier_people_said(text, earlier, at, start, award_for=True)
        if said is not None or not _LIST_JOIN.search(text, max(start, at - 6), at):
            return said
    return None


def _items_back(text: str, floor: int, qual_start: int) -> Iterator[tuple[Quantity, MeasurePhrase, int, int]]:
    """The earlier numbers of the sentence holding `qual_start` (not before `floor`), nearest first,
    each with the measure read from it up to the item after it, where its item starts (its
    qualifier, or the number) and the sentence's start; the walk of the list rules
    (`_subset_list_item`, `_elided_item`). It ends at the first quantity that is no plain number."""
    stops = list(_SENTENCE_STOP.finditer(text, floor, qual_start))
    if stops:
        floor = stops[-1].end()
    end = qual_start
    for q in reversed(span_quantities(text[floor:qual_start])):
        if q.kind != "number":
            return
        at = floor + (q.qualifier_span[0] if q.qualifier_span else q.start)
        yield q, measure_after(text, floor + q.end, end), at, floor
        end = at


#: words of a clause read back from its "có" for an opening verb of acting
_OPENING_ACT_WORDS = 8


def _opened_by_act(text: str, qual_start: int, clause_start: int) -> bool:
    """ "Tham gia vòng chung kết có 540 thí sinh": a clause that opens with a verb of acting (cue
    kind "act") and counts people after its "có" counts the people who do the act (spec §2.4
    `participants`), whatever their noun; "Hỗ trợ vòng chung kết có 40 tình nguyện viên" does
    not open with one. The caller tests first that "có" stands right before the number."""
    words = words_before(text, qual_start, _OPENING_ACT_WORDS, clause_start)
    return len(words) < _OPENING_ACT_WORDS and _opens_with(words, cue_set("act"))


#: words read after counted people for the police they are handed to
_POLICE_WORDS = 5


def _handed_to_police(after: list[str]) -> bool:
    """ "bàn giao 58 đối tượng cho công an xã": people handed over to the police (a phrase of cue
    kind "to_police" among the first `_POLICE_WORDS` words after them) are offenders caught in an
    incident, counted but not served (spec §2.4 `other`, like "phát hiện …"). The cheap first
    test: "cho" among those words."""
    words = after[:_POLICE_WORDS]
    return "cho" in words and contains_phrase(words, cue_set("to_police"))


#: words of tense or aspect between people and their verb ("356 học sinh đã tham gia")
_ASPECT = frozenset({"đã", "đang", "sẽ", "đều"})


def _past_aspect(after: list[str]) -> list[str]:
    """The words after counted people without one leading word of tense or aspect (`_ASPECT`):
    "đã tham gia" is read as "tham gia" (spec §2.4: who act take part, whenever they did)."""
    return after[1:] if after and after[0] in _ASPECT else after


def _serve_after_noun(text: str, phrase: MeasurePhrase) -> bool:
    """ "… suất ăn nhẹ cho 120 tình nguyện viên phục vụ.": people of an acting noun (lexicon role
    "participant") with a verb of serving (cue kind "serve") right after them that ends the clause
    are named by what they do, "volunteers who serve": they take part (spec §2.4, the verb decides),
    whatever word stands before them. A verb with an object of its own is what the people were
    helped to do ("hỗ trợ 280 thanh niên đưa sản phẩm lên sàn": served), and a verb after a comma is
    another clause's; nor "cho" itself, nor a verb of examining ("30 em khám": examined). The cheap
    first tests: the role, then a single space and a lower-case word after the phrase."""
    if phrase.head is None or phrase.head.role != "participant":
        return False
    end = phrase.end
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    words = words_after(text, end, _OPENING_WORDS + 1)
    keys = _past_aspect([w[0] for w in words])
    skip = len(words) - len(keys)
    if not keys or keys[0] == "cho" or _opens_with(keys, cue_set("examine")):
        return False
    serve = cue_set("serve")
    for n in range(min(_OPENING_WORDS, len(keys)), 0, -1):
        if " ".join(keys[:n]) in serve:
            return _CLAUSE_END.match(text, words[skip + n - 1][2]) is not None
    return False


#: what ends a clause right after a word: punctuation, the end of the line or of the text
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?)…\n]|$)")


def _receive_after_noun(phrase: MeasurePhrase, verb: list[str]) -> bool:
    """ "214 người nhận thư mời làm việc": a verb of receiving (cue kind "get") right after the
    counted noun, inside the measure phrase or after it (`verb`: the words after the phrase without
    an aspect word). The cheap first test: "nhận" in the phrase or the first words after it."""
    said = key(phrase.text)
    if "nhận" not in said and "nhận" not in verb[:2]:
        return False
    noun = (phrase.noun or "").split()
    words = said.split()
    rest = words[len(noun) :] if noun and words[: len(noun)] == noun else []
    tail = _past_aspect(rest + verb)
    if contains_phrase(tail[:4], cue_union("honoured", "award")):
        return False  # "25 đoàn viên nhận bằng khen": an honour received (spec §2.4 `other`)
    return _opens_with(tail, cue_set("get"))


def _treated_after_noun(phrase: MeasurePhrase, verb: list[str]) -> bool:
    """ "(15 người mổ cả hai mắt)", "30 em khám mắt": a verb of examining or treating (cue kind
    "examine") right after the counted noun, inside the measure phrase or after it (`verb`: the
    words after the phrase without an aspect word), says what was done to the people: they are
    served (spec §2.4). Not for people whose trade is to treat (cue kind "serving_trade": "24 bác
    sĩ khám …"), nor when the verb is done for others ("20 sinh viên y khám cho 300 người"). The
    cheap first test: the first word after the noun opens a cue of the kind "examine"."""
    words = key(phrase.text).split()
    noun = (phrase.noun or "").split()
    rest = words[len(noun) :] if noun and words[: len(noun)] == noun else []
    tail = _past_aspect(rest + verb)
    if not tail or tail[0] not in _examine_first():
        return False
    if _opens_with(words, cue_set("serving_trade")) or "cho" in tail[:_TREATED_FOR_WORDS]:
        return False
    return _opens_with(tail, cue_set("examine"))


#: words read after the verb of treating for a "cho" that makes the people the ones who treat
_TREATED_FOR_WORDS = 5


@cache
def _examine_first() -> frozenset[str]:
    """First words of the cues of the kind "examine"."""
    return frozenset(c.split()[0] for c in cue_set("examine"))


#: the longest cue phrase `_opens_with` reads (words)
_OPENING_WORDS = 3


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """The keyed `words` open with one of `phrases` of up to `_OPENING_WORDS` words ("đạt yêu cầu")."""
    return any(" ".join(words[:n]) in phrases for n in range(1, min(_OPENING_WORDS, len(words)) + 1))


#: words read after referred people for the job they are placed in
_JOB_WORDS = 8


def _needs_help(phrase: MeasurePhrase, after: list[str]) -> bool:
    """ "2.500 thanh niên cần hỗ trợ học nghề": people that the words right after their noun (in
    the measure phrase or after it) say need help (cue kind "needy") are to be served (spec §2.4)."""
    if phrase.noun is None:
        return False
    words = key(phrase.text).split()[len(phrase.noun.split()) :] + after
    return contains_phrase(words[:4], cue_set("needy"))


def _placed_in_work(before: list[str], after: list[str]) -> bool:
    """ "giới thiệu 300 thanh niên … đến làm việc": people referred (cue kind "refer") to a job (cue
    kind "job" among the next `_JOB_WORDS` words) are served, like "giới thiệu việc làm cho …"
    (spec §2.4); "giới thiệu 38 đoàn viên ưu tú" (to the Party) names no job."""
    return bool(before) and ends_with_phrase(before, cue_set("refer")) is not None and contains_phrase(
        after[:_JOB_WORDS], cue_set("job")
    )


#: words read back for the "trong đó" of a unit's part ("trong đó tỉnh có …")
_SUBSET_OF_UNIT_WORDS = 5


def _subset_of_unit(before: list[str]) -> bool:
    """ "…, trong đó tỉnh có 52.730 lượt": a subset word (cue kind "subset") and, after it, a short
    subject with "có" right before the number: the unit's part of the people counted before."""
    if not before or before[-1] != "có":
        return False
    tail = before[-_SUBSET_OF_UNIT_WORDS:-1]
    return any(ends_with_phrase(tail[: i + 1], cue_set("subset")) for i in range(len(tail) - 1))


#: words read back for a subset word before a subject ("trong đó khu vực tỉnh A cũ khoảng …"), the
#: most words such a subject may have, and the characters read for the cheap first test
_SUBSET_REACH_WORDS = 10
_SUBSET_SUBJECT_WORDS = 7
_SUBSET_REACH = 90


def _subset_after_subject(text: str, qual_start: int, clause_start: int) -> bool:
    """ "giới thiệu việc làm cho ít nhất 6.000 thanh niên, trong đó khu vực phía bắc khoảng 2.500
    thanh niên": a subset word (cue kind "subset") and, after it, a short subject (a unit or an area,
    at most `_SUBSET_SUBJECT_WORDS` words, no number) with no verb of its own (cue kinds "act",
    "serve", "attract", "organise") right before the number: the subject's part of the people counted
    before, counted as they were (spec §2.4, the verb of the whole decides). The first test is
    cheap: the probe words of the subset cues in the characters the words are read from."""
    floor = max(clause_start, qual_start - _SUBSET_REACH)
    probes = cue_probes("subset")
    if probes is not None:
        stretch = text[floor:qual_start]
        if unicodedata.is_normalized("NFC", stretch) and probes.any_word.search(stretch.lower()) is None:
            return False
    words = words_before(text, qual_start, _SUBSET_REACH_WORDS, floor)
    subset = cue_set("subset")
    for i in range(len(words) - 1, -1, -1):
        if not ends_with_phrase(words[: i + 1], subset):
            continue
        subject = words[i + 1 :]
        if not subject or len(subject) > _SUBSET_SUBJECT_WORDS or any(w[:1].isdigit() for w in subject):
            return False
        return not contains_phrase(subject, cue_union("act", "serve", "attract", "organise"))
    return False


#: words between a verb and its number that only stress it ("hướng dẫn tới 60 người")
_STRESS = frozenset({"tới", "lên tới", "đến"})


#: words read after the people for the "được" of a passive
_PASSIVE_REACH = 10


def _passive_role(text: str, phrase: MeasurePhrase) -> str | None:
    """ "15.600 thanh niên được tập huấn", "120 sinh viên ở lại thành phố sẽ được tặng quà": people
    that "được" (the passive) something is done for are served (spec §2.4 "được ..."), whatever
    their noun: `beneficiaries`. The "được" must stand within `_PASSIVE_REACH` words of the clause
    (up to a comma: "gồm 248 đồng chí, phần lớn mới được …" is not). Not when what follows makes
    them act or be chosen to act (cue kind "passive_act": "được huy động", "được cử"), nor when an
    honour comes before it ("vinh dự được", cue kind "passive_honour"); honours are decided before.
    People admitted or mobilised ("38 học sinh được kết nạp", "được huy động": a verb of the cue
    kind "attract" right after "được") take part, as after the active verb ("kết nạp 38 học sinh"),
    and so do people cast in a part ("được chọn vào vai …", cue kind "cast"): `participants`.
    None when no passive decides."""
    stop = _CLAUSE_STOP.search(text, phrase.end, phrase.end + 80)
    plight = False
    if stop is not None and stop.group() == "," and _in_plight(phrase):
        # "1.326 thí sinh bị lạc đường, quên giấy tờ được các đội hình hỗ trợ": the phrase ran on
        # into the people's plight ("bị …"), and the comma lists one more before the passive
        plight = True
        stop = _CLAUSE_STOP.search(text, stop.end(), stop.end() + 80)
    end = stop.start() if stop else None
    if "được" not in text[phrase.end : end if end is not None else phrase.end + 400].lower():
        return None  # the words are read only when a "được" can be among them (a hot path)
    after = [w[0] for w in words_after(text, phrase.end, _PASSIVE_REACH + 3, end)]
    for i, w in enumerate(after[:_PASSIVE_REACH]):
        if w != "được":
            continue
        if plight and (any(a[:1].isdigit() for a in after[:i]) or lookup_head(after[:i])[0] is not None):
            # "120 hộ bị ngập, 40 hộ được hỗ trợ", "… bị lạc, đội hình được khen": the passive is
            # another subject's; the listed plight opens with its verb, not with a counted noun
            return None
        if ends_with_phrase(key(phrase.text).split() + after[:i], cue_set("passive_honour")):
            return None
        rest = after[i + 1 : i + 4]
        if not rest or rest[0] in ("là", "và") or rest[0][:1].isdigit():
            return None  # "được là", "được 2 …": no passive verb
        said = {" ".join(rest[:n]) for n in range(1, len(rest) + 1)}
        if said & cue_union("attract", "cast"):
            return "participants"  # "được kết nạp", "được chọn vào vai …": they take part
        return None if said & cue_set("passive_act") else "beneficiaries"
    return None


def _in_plight(phrase: MeasurePhrase) -> bool:
    """The measure phrase ran on past its noun into "bị …" ("thí sinh bị lạc đường"): a plight the
    people are in."""
    return phrase.noun is not None and "bị" in key(phrase.text).split()[1:]


#: punctuation that ends the clause a passive "được" is looked for in
_CLAUSE_STOP = re.compile(r"[,.;:!?()\[\]”\"…\n]")


def _acts_in_phrase(phrase: MeasurePhrase) -> bool:
    """The measure phrase ran on into the verb of an act the people do ("85 công nhân trẻ hiến
    máu"): a phrase of the cue kinds "act" or "act_at" after the head noun makes them take part."""
    if phrase.noun is None:
        return False
    words = key(phrase.text).split()
    size = len(phrase.noun.split())
    try:
        at = next(i for i in range(len(words)) if words[i : i + size] == phrase.noun.split())
    except StopIteration:
        return False
    tail = words[at + size :]
    return bool(tail) and contains_phrase(tail, cue_union("act", "act_at"))


def _gives_own(words: list[str]) -> bool:
    """The words right after counted people open with a verb by which they give what is theirs (cue
    kind "donate": "46 nhà hảo tâm đóng góp 185 triệu đồng"); "góp phần" (to help toward an aim:
    "hỗ trợ 30 hộ nghèo góp phần giảm nghèo") gives nothing."""
    return words[:2] != ["góp", "phần"] and _opens_with(words, cue_set("donate"))


def _gives_in_phrase(phrase: MeasurePhrase) -> bool:
    """The measure phrase ran on into a verb of giving (`_gives_own`) after the head noun, as
    `_acts_in_phrase` reads a verb of an act."""
    if phrase.noun is None:
        return False
    words = key(phrase.text).split()
    noun = phrase.noun.split()
    size = len(noun)
    at = next((i for i in range(len(words)) if words[i : i + size] == noun), None)
    if at is None:
        return False
    tail = words[at + size :]
    return any(_gives_own(tail[i:]) for i in range(len(tail)))


#: first words of event nouns that teach: the people "với" them are learners, served ("14 lớp kỹ
#: năng sống với 700 học viên")
_TEACHING = frozenset({"lớp", "khóa", "khoá"})


def _members_of_count(before: list[str]) -> bool:
    """ "64 điểm sinh hoạt hè với 12.600 lượt thiếu nhi", "36 đội thi với 144 thí sinh": people
    counted after "với" that follows a count of events or teams are the ones who take part in
    them (spec §2.4), whatever their noun. Not after classes, whose learners are served, nor after
    a length of time ("kéo dài 2 buổi với 30 học viên")."""
    if len(before) < 3 or before[-1] != "với":
        return False
    k = len(before) - 2
    while k >= 0 and not before[k][:1].isdigit():
        k -= 1
    if k < 0 or k == len(before) - 2 or ends_with_phrase(before[:k], cue_set("length")):
        return False  # not "kéo dài 2 buổi với 30 học viên": a length of time, no events
    if " ".join(before[k + 1 : k + 3]) in TRIPS:
        return False  # "6 chuyến xe với 270 công nhân": the riders; their noun's role decides
    head, _, _ = lookup_noun(before[k + 1 : -1])
    return head is not None and head.category in ("events", "teams") and before[k + 1] not in _TEACHING


#: words read back from "gồm" for the team whose members are counted after it
_TEAM_SUBJECT_WORDS = 4


def _team_members(before: list[str]) -> bool:
    """ "Nhóm tác giả gồm 2 học sinh lớp 11", "1 đội múa lân gồm 12 thành viên": people counted right
    after "gồm" whose subject (within `_TEAM_SUBJECT_WORDS` words before it) is a team of the lexicon
    (category `teams`: nhóm, đội, tổ, câu lạc bộ …) are its members, who take part (spec §2.4
    `participants`), whatever their noun. "Tổ dân phố gồm 120 hộ" (a place, not a team) is not read."""
    if len(before) < 2 or before[-1] != "gồm":
        return False
    subject = before[-1 - _TEAM_SUBJECT_WORDS : -1]
    for i in range(len(subject)):
        head, _ = lookup_head(subject[i:])
        if head is not None and head.category == "teams":
            return True
    return False


def _brought_to_act(text: str, phrase: MeasurePhrase, before: list[str], after: list[str]) -> bool:
    """ "đưa gần 200 đoàn viên đến điểm hiến máu": people brought (cue kind "transport") to a place
    where they do the act of a cue of kind "act_at" (give blood) take part (spec §2.4); "đưa 200
    thí sinh đến điểm thi" serves them. People whose trade is to serve (cue kind "serving_trade":
    "đưa 60 bác sĩ trẻ ra đảo") go there to work: they take part; so do acting people (role
    "participant") brought into classes (cue kind "into_class"), who learn there."""
    if ends_with_phrase(before, cue_set("transport")) is None:
        return False
    if _opens_with(key(phrase.text).split(), cue_set("serving_trade")):
        return True
    if contains_phrase(after[:8], cue_set("act_at")):
        return True
    acting = phrase.head is not None and phrase.head.role == "participant"
    if acting and _opens_with(after, cue_set("into_class")):
        return True  # "đưa 4.000 lượt đoàn viên vào các lớp kỹ năng số": trainees, who take part
    return _work_follows(text, phrase)


#: the end of the stretch read for the work that people brought somewhere do
_WORK_STOP = re.compile(r"[.;:!?\n]")
_WORK_WORDS = 10


def _work_follows(text: str, phrase: MeasurePhrase) -> bool:
    """ "đưa 70 đoàn viên ra đảo, thu gom 3 tấn rác": people brought to a place who then do work
    there (a verb of cue kind "work_at": clean, collect rubbish, plant, repair), in the same clause
    or the next one up to ";" or ".", take part (spec §2.4); "đưa 300 sinh viên về quê, tặng vé
    xe" does not (the giving is the organiser's)."""
    stop = _WORK_STOP.search(text, phrase.end, phrase.end + 160)
    end = stop.start() if stop else min(len(text), phrase.end + 160)
    words = [w[0] for w in words_after(text, phrase.end, _WORK_WORDS, end)]
    return contains_phrase(words, cue_set("work_at"))


def _superset_people(text: str, qual_start: int) -> str | None:
    """The category of the people counted last before a subset ("…, trong đó 412 …"), in the same
    sentence (read back up to `_ELLIPSIS_REACH` characters), by the words around them; None when
    no number of people stands there or no word decides."""
    return _earlier_people(text, qual_start, None)


def _repeat_people(text: str, noun: str, qual_start: int) -> str | None:
    """The category of the nearest earlier people of the same sentence whose counted noun begins
    with the bare `noun` and says more ("1.420 lượt người" for a later bare "960 lượt"), by the
    words around them (`_people_by_words`); None when there is no such number or no word decides.
    Numbers of other people in between ("18 sinh viên, 960 lượt") are passed over."""
    return _earlier_people(text, qual_start, noun)


def _earlier_people(text: str, qual_start: int, noun: str | None) -> str | None:
    """The category, by the words around them, of the nearest earlier number of people in the same
    sentence; with `noun`, only of people whose counted noun begins with it and says more."""
    start = _sentence_start_before(text, qual_start)
    if noun is not None and noun.split(" ", 1)[0] not in text[start:qual_start].lower():
        return None  # a cheap first test: the noun's first word is not in the sentence
    for q in reversed(span_quantities(text[start:qual_start])):
        if q.kind != "number":
            continue
        end = start + q.end
        phrase = measure_after(text, end, qual_start)
        if phrase.head is None or phrase.head.role is None:
            continue
        if noun is not None:
            said = key(phrase.text)
            if said == noun or not said.startswith(noun + " "):
                continue
        # the words before the whole quantity, its qualifier included ("cho ít nhất 6.000 …")
        at = start + (q.qualifier_span[0] if q.qualifier_span else q.start)
        return _earlier_people_said(text, phrase, at, start, award_for=True)
    return None


#: the opening and closing quotes of a title: curly, straight, single curly (text pasted from Word)
#: and guillemets
_TITLE_OPEN = "“\"‘«"
_TITLE_CLOSE = "”\"’»"
_QUOTED_TITLE = re.compile(rf"[{_TITLE_OPEN}]([^{_TITLE_CLOSE}\n]{{3,60}})[{_TITLE_CLOSE}]")
#: a verb of reaching a title and the opening quote of the title, right after counted people
_REACH_TITLE = re.compile(rf"[ \t]+(?:đạt|giành|nhận)[ \t]+[{_TITLE_OPEN}]")
#: what stands right before a title where the text names it one ("danh hiệu “…”")
_TITLE_WORD = "danh hiệu"


def _title_holders(text: str, phrase: MeasurePhrase) -> bool:
    """The counted people are a title in quotes ("350 “Sinh viên 5 tốt”") that the text names a
    title elsewhere: the same quoted words right after "danh hiệu" ("đạt danh hiệu “Sinh viên 5
    tốt”"), or later in a list of quoted titles after "danh hiệu" (`_TITLES_LISTED`: "danh hiệu
    “Học sinh 3 tốt”, “Học sinh 3 rèn luyện”"). Holders of a title are honoured people (spec §2.4
    `other`). Only a number followed by an opening quote is read; the text is searched for the
    title with `str.find`. So are people said to reach such a title without the word "danh hiệu"
    ("400 sinh viên đạt “Sinh viên 5 tốt” cấp trường"): `_REACH_TITLE` right after the phrase, then
    the quoted title. Any quotes of `_TITLE_OPEN` / `_TITLE_CLOSE` are read ("‘…’", "«…»")."""
    at = phrase.start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    if at < 0 or text[at] not in _TITLE_OPEN:
        reach = _REACH_TITLE.match(text, phrase.end)
        if reach is None:
            return False
        at = reach.end() - 1
    m = _QUOTED_TITLE.match(text, at)
    if m is None:
        return False
    title = m.group(1)
    pos = text.find(title)
    while pos >= 0:
        if pos != m.start(1) and (
            _TITLE_WORD in text[max(0, pos - 14) : pos].lower()
            or _TITLES_LISTED.search(text, max(0, pos - _TITLES_LISTED_REACH), pos)
        ):
            return True
        pos = text.find(title, pos + 1)
    return False


#: a title quoted after other quoted titles that "danh hiệu" names ("đạt danh hiệu “Học sinh 3 tốt”,
#: “Học sinh 3 rèn luyện”"): the word names every title of the list
_TITLES_LISTED = re.compile(
    rf"danh hiệu\s*(?:[{_TITLE_OPEN}][^{_TITLE_CLOSE}\n]{{3,60}}[{_TITLE_CLOSE}]\s*(?:,|và)\s*)+"
    rf"[{_TITLE_OPEN}]$",
    re.IGNORECASE,
)
#: how far back (characters) that list is read
_TITLES_LISTED_REACH = 160


def _honoured_with_next(text: str, phrase: MeasurePhrase) -> bool:
    """Counted people joined by "và" to a second count of people right after them, whose own words
    say they were honoured ("27 lưu học sinh Lào và 12 lưu học sinh Campuchia … được tuyên
    dương"): the two share the honour (spec §2.4 `other`). The cheap first test: "và" and a digit
    right after the measure phrase."""
    if text.find("và", phrase.end, phrase.end + 4) < 0:
        return False
    nxt = words_after(text, phrase.end, 2, phrase.end + 12)
    if len(nxt) < 2 or nxt[0][0] != "và" or not nxt[1][0][:1].isdigit():
        return False
    found = find_quantities(text[nxt[1][1] : nxt[1][1] + 24])
    if not found or found[0].start != 0 or found[0].kind != "number":
        return False
    # the stop is looked for past the second number, whose thousands dot ("1.200") is no stop
    start2 = nxt[1][1] + found[0].end
    stop = _PUNCT_STOP.search(text, start2, start2 + 200)
    later = measure_after(text, start2, stop.start() if stop else len(text))
    if later.head is None or later.head.role is None:
        return False
    return _people_by_words(text, later, [], False) == "other"


#: how far back (characters) `_ranked_after_honoured` and `_target_of_honoured` read at most: from the
#: first sentence that starts within it (a longer sentence is read whole), so that no number is cut
_RANKED_REACH = 1500


def _ranked_after_honoured(text: str, phrase: MeasurePhrase, qual_start: int) -> bool:
    """Counted people that no word places, said by their bare noun ("131 sinh viên", "9 em"), in a
    sentence with words of a ranking or a breakdown (`_splits`: "Trường A dẫn đầu với 131 sinh viên;
    Trường B 97 sinh viên", "nhiều nhất là trường C với 9 em", "Trong các trường, D có 118 sinh
    viên"), split the nearest earlier count of the same people whose words decide: honoured people
    ("642 sinh viên … đạt danh hiệu", "có 14 em được tuyên dương", a quoted title reached) make them
    honoured too (spec §2.4 `other`; gold n440's per-school awardees). The earlier count is looked
    for back to the start of the paragraph before ("…, 214 em đạt “…”.¶Trường A dẫn đầu với 168 em"),
    in a long one from the first sentence within `_RANKED_REACH` characters.
    Earlier counts that no word decides (other items of the ranking) are passed over, and their
    nouns are the split count's too ("… 64 sinh viên, Học viện B 39 học viên"); "em" stands for any
    people; people acting or served stop the search. A sentence that opens with a group of units
    and says with "có" how many people it has (`_unit_group_has`: "Khối cao đẳng có 41 em (…)") is
    such an item too, with no ranking word. The cheap first test, past that one: a probe word of
    the cue kinds in the sentence."""
    noun = phrase.noun
    if noun is None or key(phrase.text) != noun:
        return False  # "45 học sinh khuyết tật": described people, no item of a ranking
    start = _sentence_start_before(text, qual_start)
    if not _unit_group_has(text, start, qual_start):
        if not _may_hold_cue(text, cue_probes("split_rank", "split_lead"), start, qual_start):
            return False
        if not _splits([key(m.group()) for m in WORD.finditer(text, start, qual_start)]):
            return False
    floor = _within_reach(text, _paragraph_before(text, qual_start), qual_start)  # a long paragraph
    return _splits_honoured(text, noun, floor, qual_start)


def _target_of_honoured(text: str, phrase: MeasurePhrase, before: list[str], qual_start: int) -> bool:
    """ "Hội đặt chỉ tiêu 450 sinh viên, kết quả đạt 108%": a target (cue kind "target" right before
    the number) of people said by their bare noun sets the count that the text gives for the same
    people; when that count's words make them honoured ("486 sinh viên đạt danh hiệu"), the target
    counts honoured people too (spec §2.4 `other`, gold n512), as the split of such a count does
    (`_splits_honoured`, read back `_RANKED_REACH` characters). The target is the same count only
    when its sentence reports the result against it ("kết quả đạt 108%", "vượt chỉ tiêu"); a bare
    target ("Chiến dịch đặt chỉ tiêu 500 sinh viên") reads back only as far as a ranking does (the
    paragraph before). "chỉ tiêu 2.150 công dân nhập ngũ" keeps its noun's role."""
    noun = phrase.noun
    if noun is None or key(phrase.text) != noun or not ends_with_phrase(before, cue_set("target")):
        return False
    stop = _SENTENCE_STOP.search(text, phrase.end)
    reported = _TARGET_RESULT.search(text, phrase.end, stop.start() if stop else len(text)) is not None
    floor = 0 if reported else _paragraph_before(text, qual_start)
    return _splits_honoured(text, noun, _within_reach(text, floor, qual_start), qual_start)


#: the result reported against a target, in its sentence ("kết quả đạt 108%", "đạt 95%", "vượt chỉ tiêu")
_TARGET_RESULT = regex.compile(r"(?:đạt|vượt)[ \t]+(?:\d+(?:[.,]\d+)?[ \t]*%|chỉ[ \t]+tiêu)")


def _within_reach(text: str, floor: int, qual_start: int) -> int:
    """`floor`, or for a longer stretch the start of its first sentence within `_RANKED_REACH`
    characters of `qual_start` (never cutting a sentence)."""
    if qual_start - floor > _RANKED_REACH:
        stop = _SENTENCE_STOP.search(text, qual_start - _RANKED_REACH, qual_start)
        floor = stop.end() if stop is not None else floor
    return floor


def _splits_honoured(text: str, noun: str, floor: int, qual_start: int) -> bool:
    """Whether the nearest earlier count (back to `floor`) of the same people as `noun` whose words
    decide makes them honoured (`_ranked_after_honoured`)."""
    nouns = {noun}
    end = qual_start
    for q in reversed(span_quantities(text[floor:qual_start])):
        if q.kind != "number":
            continue
        earlier = measure_after(text, floor + q.end, end)
        end = floor + (q.qualifier_span[0] if q.qualifier_span else q.start)
        if earlier.head is None or earlier.head.role is None or earlier.noun is None:
            continue  # schools, bodies, titles ("Học sinh 3 tốt") between the counts of people
        same = noun in _ANY_PEOPLE or any(earlier.noun == n or earlier.noun.endswith(" " + n) for n in nouns)
        if same and _title_holders(text, earlier):
            return True
        said = _earlier_people_said(
            text, earlier, floor + q.start, _sentence_start_before(text, end), award_for=True
        )
        if said is None:
            nouns.add(earlier.noun)  # another item of the ranking
        elif same:
            return said == "other"
    return False


#: "có" right before a number, a word of its own
_HAS_BEFORE = re.compile(r"(?:^|[ \t])có[ \t]+$")


#: a breakdown in brackets right after a count ("có 58 em (CĐ A 30, …)"), or a rank after it in its
#: clause ("có 4 em, nhiều nhất toàn tỉnh")
_BREAKDOWN_AFTER = re.compile(r"[\w \t.]{1,40}?\(|[\w \t.]{1,24}?,?[ \t]*(?:nhiều|đông|cao)[ \t]+nhất(?!\w)")


def _unit_group_has(text: str, start: int, qual_start: int) -> bool:
    """ "Khối cao đẳng có 58 em (…)": a sentence (from `start`) whose subject is a group of units (it
    opens with a word of the cue kind "split_unit" that opens no longer lexicon noun of another
    category) and says with "có" how many people it has is an item of a breakdown by units, like
    "Riêng khối cao đẳng có 64 sinh viên" (`_splits`). A group: "khối …", "các/những <unit>", or
    any such subject whose count a breakdown in brackets or a rank follows ("Liên đội A có 4 em,
    nhiều nhất toàn tỉnh"); one named unit alone ("Trường Đại học Vinh có 41 sinh viên") is none.
    The cheap first test: "có" right before the number."""
    if _HAS_BEFORE.search(text, max(start, qual_start - 6), qual_start) is None:
        return _next_group_item(text, start, qual_start)
    said = [m.group() for m in WORD.finditer(text, start, qual_start)]
    words = [key(w) for w in said]
    lead = words[1:] if words[:1] in (["các"], ["những"]) else words
    if not any(" ".join(lead[: u.count(" ") + 1]) == u for u in cue_set("split_unit")):
        return False
    if lead is words and _group_word(words) is None and _BREAKDOWN_AFTER.match(text, qual_start) is None:
        return False  # one named unit, no group
    entry, _n = lookup_head(lead, said[len(said) - len(lead) :])
    return entry is None or entry.category == "coverage"


#: words that open a group of units: "Khối cao đẳng có 58 em", "Khu vực tỉnh A cũ có 52 sinh viên" (the
#: area of a former province holds many of today's units)
_UNIT_GROUPS = ("khối", "khu vực")
#: "có" and the number right after it
_HAS_NUMBER = re.compile(r"(?:^|[ \t])có[ \t]+(?=\d)")


def _group_word(words: list[str]) -> str | None:
    """The word of `_UNIT_GROUPS` the keyed `words` open with, or None."""
    return next((g for g in _UNIT_GROUPS if " ".join(words[: g.count(" ") + 1]) == g), None)


def _next_group_item(text: str, start: int, qual_start: int) -> bool:
    """ "Khu vực tỉnh A cũ có 52 sinh viên, khu vực tỉnh B cũ 31 sinh viên": a later item of the
    sentence (after its last "," or ";") that opens with the same group word as the sentence, whose
    first item is a group with its count after "có" (`_unit_group_has`), is an item of the same
    breakdown, its "có" left out. The cheap first test: a "," or ";" before the number."""
    cut = max(text.rfind(",", start, qual_start), text.rfind(";", start, qual_start))
    if cut < 0:
        return False
    group = _group_word([key(m.group()) for m in WORD.finditer(text, start, cut)][:2])
    item = _group_word([key(m.group()) for m in WORD.finditer(text, cut + 1, qual_start)][:2])
    if group is None or item != group:
        return False
    has = _HAS_NUMBER.search(text, start, cut)
    return has is not None and _unit_group_has(text, start, has.end())


def _splits(words: list[str]) -> bool:
    """Whether the keyed `words` hold a word of a ranking (cue kind "split_rank": "dẫn đầu", "xếp
    thứ", "tiếp đến") or of a breakdown by units: a "split_lead" ("trong các", "riêng") right before
    a "split_unit" ("trường", "khối", "xã") that opens no longer lexicon noun of another category
    ("trong các trường hợp" counts cases, "Riêng năm nay" names no unit)."""
    if contains_phrase(words, cue_set("split_rank")):
        return True
    leads, units = cue_set("split_lead"), cue_set("split_unit")
    for i in range(len(words) - 1):
        for lead in leads:
            n = lead.count(" ") + 1
            if " ".join(words[i : i + n]) != lead or not any(
                " ".join(words[i + n : i + n + u.count(" ") + 1]) == u for u in units
            ):
                continue
            entry, _n = lookup_head(words[i + n :])
            if entry is None or entry.category == "coverage":
                return True
    return False


def _paragraph_before(text: str, pos: int) -> int:
    """The start of the paragraph before the one holding `pos` (blank lines passed over), or of
    the text."""
    at = text.rfind("\n", 0, pos)
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return text.rfind("\n", 0, at) + 1 if at > 0 else 0


_LIST_JOIN = regex.compile(r"(?:,|;|\bvà)\s*$")
#: a list item that opens with the name of the unit it counts for ("…, huyện Lý Nhân 55 em",
#: "…; Liên đội Trường THCS A có 7 em"): a separator, up to eight words the last of which is
#: capitalised (a name ends there; an abbreviation joined by dots, "TP.HCM", "TT.Đăk", is one word),
#: and an optional "có" before the number
_NAMED_ITEM = regex.compile(
    r"(?:,|;|\bvà)[ \t]+(?:[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)*[ \t]+){0,7}"
    r"\p{Lu}[\p{L}\p{M}]*(?:\.\p{Lu}[\p{L}\p{M}]*)*[ \t]+(?:có[ \t]+)?$"
)
#: a list item that opens with a word of the whole unit ("…; toàn tỉnh khoảng 300 em", "…, cả huyện
#: 42 em"): a separator, "toàn"/"cả" and the level word (one or two words), an optional "có"
_WHOLE_ITEM = regex.compile(r"(?:,|;|\bvà)[ \t]+(?:toàn|cả)[ \t]+(?:[\p{L}\p{M}]+[ \t]+){1,2}(?:có[ \t]+)?$")
#: how far back (characters) a named list item is read
_NAMED_ITEM_REACH = 80
#: a word that stands for counted people of any noun in a list item ("…, trường B có 7 em")
_ANY_PEOPLE = frozenset({"em"})

#: the word after a verb of change that makes the number the new level of a count ("giảm còn 4 em",
#: "tăng lên 20 em"), not the change itself
_LEVEL_REACHED = frozenset({"còn", "lên"})


def _level_of_earlier_people(
    text: str, phrase: MeasurePhrase, before: list[str], qual_start: int
) -> str | None:
    """ "năm 2024 có 11 trẻ em tử vong do đuối nước, 8 tháng năm nay giảm còn 4 em": people counted
    right after a verb of change (cue kind "change") and "còn"/"lên" are the new level of the
    nearest earlier count of the same people in the sentence ("em" stands for any people noun): they
    take the category the words around that count give (spec §2.4; the change itself, "giảm 5 em",
    is `other` by the change rules). None when the verb is no change, no such count is there or its
    words decide nothing. Read only after "còn"/"lên" (the caller's cheap first test)."""
    noun = phrase.noun
    if noun is None or before[-2] not in cue_set("change"):
        return None
    end = qual_start
    for start, q in _earlier_numbers(text, qual_start):
        earlier = measure_after(text, start + q.end, end)
        end = start + (q.qualifier_span[0] if q.qualifier_span else q.start)
        if earlier.head is None or earlier.head.role is None or earlier.noun is None:
            continue  # "8 tháng năm nay": a time or a thing between the two counts
        if earlier.noun != noun and not earlier.noun.endswith(" " + noun) and noun not in _ANY_PEOPLE:
            return None
        return _earlier_people_said(text, earlier, start + q.start, start, award_for=False)
    return None


def _sentence_start_before(text: str, qual_start: int) -> int:
    """Where the stretch read back for earlier counts starts: the start of the number's sentence, at
    most `_ELLIPSIS_REACH` characters back."""
    start = max(0, qual_start - _ELLIPSIS_REACH)
    stops = list(_SENTENCE_STOP.finditer(text, start, qual_start))
    return stops[-1].end() if stops else start


def _earlier_numbers(text: str, qual_start: int) -> Iterator[tuple[int, Quantity]]:
    """The numbers (quantities of kind "number") of the stretch read back from `qual_start`
    (`_sentence_start_before`), nearest first, each with the start of that stretch: their offsets
    are relative to it."""
    start = _sentence_start_before(text, qual_start)
    for q in reversed(span_quantities(text[start:qual_start])):
        if q.kind == "number":
            yield start, q


def _people_right_before(text: str, qual_start: int) -> bool:
    """Whether the nearest earlier number of the sentence (`_earlier_numbers`) counts people (its
    counted noun has a role), so that nothing else is counted between them and `qual_start`."""
    for start, q in _earlier_numbers(text, qual_start):
        head = measure_after(text, start + q.end, qual_start).head
        return head is not None and head.role is not None
    return False


def _earlier_people_said(
    text: str, earlier: MeasurePhrase, num_start: int, floor: int, *, award_for: bool
) -> str | None:
    """The category the words around an earlier count of people (its phrase `earlier`, its number
    at `num_start`) give (`_people_by_words`): an honour (cue kind "award") among the six words
    before it (back to `floor`) makes them honoured, and with `award_for` also an honour named
    earlier before "cho" (`_award_for`)."""
    before = words_before(text, num_start, 6, floor)
    award = contains_phrase(before, cue_set("award")) or (
        award_for and _award_for(text, before, num_start, floor)
    )
    return _people_by_words(text, earlier, before, award)


def _joined_item(text: str, pos: int, floor: int) -> bool:
    """The number at `pos` opens a list item joined to the one before it: right after a separator
    (`_LIST_JOIN`), or after a separator and the name of the unit the item counts for
    (`_NAMED_ITEM`, "…, huyện Lý Nhân 55 em"), or after a separator and a word of the whole unit
    (`_WHOLE_ITEM`, "…; toàn tỉnh khoảng 300 em"). The cheap first test for the name: the word right
    before the number (or before its "có") is capitalised."""
    if _LIST_JOIN.search(text, max(floor, pos - 6), pos):
        return True
    head = text[max(floor, pos - 40) : pos].rstrip()
    if head.endswith(" có"):
        head = head[:-3].rstrip()
    last = head.rsplit(" ", 1)[-1]
    if not last[:1].isupper():
        # the cheap first test of a whole-unit item: "toàn " or "cả " among the characters right before
        near = text[max(floor, pos - 32) : pos]
        if "toàn " not in near and "cả " not in near:
            return False
        return _WHOLE_ITEM.search(text, max(floor, pos - 32), pos) is not None
    return _NAMED_ITEM.search(text, max(floor, pos - _NAMED_ITEM_REACH), pos) is not None


#: the start of a range item before one of its numbers: "từ 80 đến " before the 90, "từ " before the 80
_RANGE_ITEM_HEAD = regex.compile(r"(?:\bt[ừu][ \t]+)?(?:\d[\d.,]*[ \t]*(?:-|–|\bđến|\btới)[ \t]*)?$")


#: what the text right before a range's end ends with ("từ 80", "80 đến 90", "80-90")
_RANGE_ITEM_ENDS = ("từ", "tu", "đến", "tới", "-", "–")


def _range_item_start(text: str, pos: int) -> int:
    """Where the list item of the number at `pos` starts when the number is an end of a range
    ("…; từ 80 đến 90 sinh viên …"): before its "từ" and its low end; `pos` itself otherwise. The
    cheap first test: the characters right before end with "từ", "đến", "tới" or a dash."""
    if not text[max(0, pos - 5) : pos].rstrip().lower().endswith(_RANGE_ITEM_ENDS):
        return pos
    floor = max(0, pos - 24)
    m = _RANGE_ITEM_HEAD.search(text, floor, pos)
    return m.start() if m is not None and m.start() < pos else pos


def _honoured_list_item(text: str, phrase: MeasurePhrase, qual_start: int) -> bool:
    """Counted people listed after "," or "và" behind earlier counts of the same noun in the same
    sentence ("312 sinh viên đạt danh hiệu X cấp trường, 64 sinh viên cấp thành phố và 5 sinh
    viên cấp Trung ương"), the first of which says they were honoured: the list shares the honour
    (spec §2.4 `other`). The items are read back while each is joined to the one before by a list
    separator and its own words decide nothing."""
    noun = phrase.noun
    if noun is None:
        return False
    if not _joined_item(text, qual_start, 0):
        qual_start = _range_item_start(text, qual_start)  # "…; từ 80 đến 90 sinh viên …"
        if not _LIST_JOIN.search(text, max(0, qual_start - 6), qual_start):
            return False
    end = qual_start
    for start, q in _earlier_numbers(text, qual_start):
        earlier = measure_after(text, start + q.end, end)
        if earlier.noun is None:
            continue  # a number of a name or title ("Sinh viên 5 tốt") between the items
        if earlier.noun != noun and not (
            noun in _ANY_PEOPLE and earlier.head is not None and earlier.head.role is not None
        ):
            return False  # "…, trường B có 7 em" repeats the people of any noun counted before
        said = _earlier_people_said(text, earlier, start + q.start, start, award_for=True)
        if said is not None:
            return said == "other"
        if not _joined_item(text, start + q.start, start):
            return False
        end = start + q.start
    return False


#: "1 trong N" (or "1 trong số N") right before the N
_ONE_AMONG = regex.compile(r"(?<![\d.,])1[ \t]+trong[ \t]+(?:số[ \t]+)?$")
#: words read after the measure phrase for a word of a ranking
_RANK_WORDS = 4


def _ranked_among(text: str, phrase: MeasurePhrase, qual_start: int) -> bool:
    """ "là 1 trong 8 tỉnh, thành phố dẫn đầu", "1 trong 5 đội xuất sắc nhất": the N of "1 trong N"
    counts bodies that a word of a ranking (cue kind "rank") in or right after the measure phrase
    ranks; they are honoured bodies, not bodies covered (spec §2.4 `other`; the "1" is no figure).
    The cheap first test: "trong" among the 12 characters before the number."""
    floor = max(0, qual_start - 12)
    if text.find("trong", floor, qual_start) < 0 or not _ONE_AMONG.search(text, floor, qual_start):
        return False
    after = _words_after_phrase(text, phrase)
    words = key(phrase.text).split()[1:] + after[:_RANK_WORDS]
    return contains_phrase(words, cue_set("rank")) or _honoured_by_giver(text, phrase, after)


def _subset_of_honoured(text: str, before: list[str], qual_start: int) -> bool:
    """ "tặng Cờ thi đua cho 12 tỉnh, thành đoàn, trong đó 3 đơn vị …": the count opens with a word
    of a subset (cue kind "subset") and the nearest earlier number of its sentence counts bodies or
    teams that were honoured (an "award" cue among the six words before it or earlier before its
    "cho", `_award_for`; or "được tặng Cờ thi đua …" after it, `_honoured`). "tổ chức tại 12 xã,
    trong đó 3 xã …" (no honour) keeps its places. The cheap first test: the subset word."""
    if not ends_with_phrase(before, cue_set("subset")):
        return False
    start = _sentence_start_before(text, qual_start)
    for q in reversed(span_quantities(text[start:qual_start])):
        if q.kind != "number":
            continue
        earlier = measure_after(text, start + q.end, qual_start)
        if earlier.head is None or earlier.head.category not in ("coverage", "teams"):
            return False
        at = start + (q.qualifier_span[0] if q.qualifier_span else q.start)
        words = words_before(text, at, 6, start)
        return bool(
            contains_phrase(words, cue_set("award"))
            or _award_for(text, words, at, start)
            or _honoured(_words_after_phrase(text, earlier))
            or _honoured_in_phrase(earlier)
        )
    return False


def _honoured_by_giver(text: str, phrase: MeasurePhrase, after: list[str]) -> bool:
    """ "1 trong 5 đơn vị được Đoàn Khối các cơ quan và doanh nghiệp tỉnh Quảng Ninh tặng Bằng khen":
    the words after the bodies open with "được" and, past the giver's name (longer than the words
    `_honoured` reads), hold an honour (cue kind "award") before the clause ends: one of N bodies
    honoured (spec §2.4 `other`). The honour comes right after the giver's name: a run that opens
    with a capitalised word and ends at most `_GIVER_TAIL` lower-case words after its last one
    ("được Huyện đoàn tặng"); "được Huyện đoàn chọn làm điểm tổ chức … và tuyên dương" is no giving.
    Asked only for "1 trong N" (`_ranked_among`)."""
    if after[:1] != ["được"]:
        return False
    stop = _GIVER_STOP.search(text, phrase.end, phrase.end + 200)
    words = words_after(text, phrase.end, _GIVER_REACH, stop.start() if stop else None)
    keys = [w[0] for w in words]
    awards = cue_set("award")
    for j in range(2, len(words) + 1):
        found = ends_with_phrase(keys[1:j], awards)
        if found is None:
            continue
        name = words[1 : j - len(found.split())]
        caps = [i for i, w in enumerate(name) if text[w[1]].isupper()]
        return bool(caps) and caps[0] == 0 and len(name) - 1 - caps[-1] <= _GIVER_TAIL
    return False


#: what ends the clause of `_honoured_by_giver`: `_PUNCT_STOP` and a comma
_GIVER_STOP = re.compile(r"[.,;:!?()\[\]”\"…\n]")
#: words read after the bodies for the giver and the honour
_GIVER_REACH = 24
#: lower-case words a giver's name may end with after its last capitalised one ("Huyện đoàn", "UBND tỉnh",
#: "Đoàn Thanh niên Công an nhân dân": a sector's name keeps its last words in lower case)
_GIVER_TAIL = 3


#: how far back (characters) the words of a contest are looked for, within the sentence
_CONTEST_REACH = 160


def _contest_entrants(text: str, qual_start: int) -> bool:
    """People that no verb places, counted in a sentence about a contest ("Hội thi nhận 46 sản phẩm
    dự thi của 128 học sinh", "Hội thi … với 42 đội thi, 168 thí sinh", "Giải nhất thuộc về mô hình
    … của nhóm 3 học sinh"): the entrants take part (spec §2.4 `participants`). A word of the cue
    kind "contest" stands before the number in its sentence. The cheap first test: "thi", "giải" or
    "tranh tài" (contestants who compete, "tranh tài ở ba bảng: …") among those characters."""
    floor = max(0, qual_start - _CONTEST_REACH)
    if (
        text.find("thi", floor, qual_start) < 0
        and text.find("iải", floor, qual_start) < 0
        and text.find("ranh tài", floor, qual_start) < 0
    ):
        return False
    stops = list(_SENTENCE_STOP.finditer(text, floor, qual_start))
    if stops:
        floor = stops[-1].end()
    words = [key(m.group()) for m in WORD.finditer(text, floor, qual_start)]
    return contains_phrase(words, cue_set("contest"))


#: words read after counted people or bodies for an honour ("được Ban Bí thư Trung ương Đoàn tặng Cờ thi đua")
_HONOURED_WORDS = 12


def _words_after_phrase(text: str, phrase: MeasurePhrase) -> list[str]:
    """The keyed words right after the measure phrase, within its clause (`_HONOURED_WORDS`)."""
    stop = _PUNCT_STOP.search(text, phrase.end, phrase.end + 80)
    return [w[0] for w in words_after(text, phrase.end, _HONOURED_WORDS, stop.start() if stop else None)]


#: words right after counted people that open a description of who they are: their age ("từ 9
#: đến 15 tuổi") or where they come from ("của 6 huyện", "thuộc 12 trường", "đến từ …")
_ORIGIN_WORDS = frozenset({"từ", "của", "thuộc", "đến"})
#: the words that open such a description before an honour, and "đang" ("12 lưu học sinh đang học
#: tại Việt Nam được tuyên dương": what they are doing says who they are)
_DESCRIBING_WORDS = _ORIGIN_WORDS | {"đang"}
#: words read after counted people, past such a description, for their honour
_ORIGIN_REACH = 24


#: words read after counted people, past a short description of where they come from, for a verb
_ORIGIN_ACT_WORDS = 6
#: words that end the search for that verb: the people are acted on, not acting
_ORIGIN_ACT_STOPS = frozenset({"được", "nhận", "bị", "cho"})


def _acts_after_origin(after: list[str], acting: frozenset[str]) -> bool:
    """ "1.236 thí sinh của 9 khoa đăng ký dự …", "400 đoàn viên thuộc 12 chi đoàn tham gia …": the
    words after the people open with a word of origin (`_ORIGIN_WORDS`, tested by the caller) and,
    within `_ORIGIN_ACT_WORDS` words, a verb of acting (cue kind "act") follows the short origin;
    a word of being acted on ("được", "nhận": `_ORIGIN_ACT_STOPS`) before it ends the search."""
    for i in range(2, min(len(after), _ORIGIN_ACT_WORDS)):
        if after[i] in _ORIGIN_ACT_STOPS:
            return False
        if _opens_with(after[i:], acting):
            return True
    return False


def _honoured_after_origin(text: str, phrase: MeasurePhrase, after: list[str]) -> bool:
    """ "318 đội viên từ 9 đến 15 tuổi của 6/6 huyện, thị xã, thành phố được tuyên dương": the
    words after counted people describe who they are (age, origin: `_ORIGIN_WORDS`) before the
    verb that says they were honoured, beyond the words `_honoured` reads; honoured people are
    `other` (spec §2.4). No word of acting, serving or receiving stands between (those would be
    the verb). The cheap first test: the words after the people open with a word of origin."""
    if not after or after[0] not in _DESCRIBING_WORDS:
        return False
    stop = _PUNCT_STOP.search(text, phrase.end, phrase.end + 200)
    words = [w[0] for w in words_after(text, phrase.end, _ORIGIN_REACH, stop.start() if stop else None)]
    verbs = cue_union("act", "serve", "attract", "get")
    for i in range(1, len(words)):
        if words[i] in ("được", "đạt", "nhận") and _honoured(words[i:]):
            return not contains_phrase(words[:i], verbs)
    return False


def _honoured(after: list[str]) -> bool:
    """The words after counted people say they were honoured: they start with a phrase of the
    cue kind "honoured" ("đạt danh hiệu", "được khen thưởng"), or with "được" and hold an honouring
    word of the kind "award" ("được Trung ương Đoàn tặng Bằng khen"). "57 đoàn viên được kết
    nạp", "200 người dân được hỗ trợ" are not."""
    if not after:
        return False
    honoured = cue_set("honoured")
    if any(" ".join(after[:n]) in honoured for n in range(1, min(5, len(after)) + 1)):
        return True
    if after[:2] == ["đạt", "cấp"]:
        return True  # "60 em đạt cấp trung ương": holders of a title at a level
    if after[0] != "được":
        return False
    # "được Trung ương Đoàn tặng Bằng khen"; "được đề cử đã đạt danh hiệu"; "được Trung ương Hội
    # công nhận cấp trung ương" (a title recognised at a level)
    return contains_phrase(after[1:], cue_set("award")) or contains_phrase(after[1:8], _TITLE_REACHED)


#: a title reached, read a few words after "được" ("được đề cử đã đạt danh hiệu", "được … công nhận cấp
#: trung ương")
_TITLE_REACHED = frozenset({"đạt danh hiệu", "nhận danh hiệu", "công nhận cấp"})
#: the numbers of the "N tốt" titles ("Sinh viên 5 tốt", "Học sinh 3 tốt")
_N_GOOD = frozenset({"2", "3", "4", "5"})


def _n_good_holders(text: str, after: list[str]) -> bool:
    """ "168 sinh viên 5 tốt cấp thành phố": counted people followed by an "N tốt" title, on a page
    that names that title a title ("đạt danh hiệu “Sinh viên 5 tốt”"), are its holders, honoured
    (spec §2.4 `other`), as `_title_holders` reads the quoted form; so does a page that honours
    people with it ("tuyên dương “Sinh viên 5 tốt”", `_NAMED_N_GOOD`). Without "danh hiệu N tốt" or
    "tuyên dương … N tốt" in the text the words may be a goal, not a title (round 9's convention).
    Cheap first test: the words."""
    if len(after) < 2 or after[1] != "tốt" or after[0] not in _N_GOOD:
        return False
    return _NAMED_N_GOOD.search(text) is not None


#: the text names an "N tốt" title a title ("danh hiệu “Sinh viên 5 tốt”", "danh hiệu Học sinh 3 tốt")
#: or honours people with it ("tuyên dương “Sinh viên 5 tốt”": the title they are honoured as)
_NAMED_N_GOOD = re.compile(r"(?:danh hiệu|tuyên dương)\s*[“\"]?[^”\"\n]{0,24}?\b[2-5] tốt", re.IGNORECASE)


#: "được công nhận" right after a counted body, then the quoted title it was given
_RECOGNISED_TITLE = re.compile(r"\s*được\s+công\s+nhận\s*[“\"]", re.IGNORECASE)


def _recognised_as_title(text: str, phrase: MeasurePhrase) -> bool:
    """ "920 liên đội được công nhận “Liên đội mạnh”": bodies given a title the text quotes are
    honoured (spec §2.4 `other`, "tập thể được khen thưởng"), like "được công nhận danh hiệu …";
    "… được công nhận đạt chuẩn" (no quoted title) is not. Cheap first test: "công nhận" within
    a few characters after the phrase."""
    if text.find("công nhận", phrase.end, phrase.end + 16) < 0:
        return False
    return _RECOGNISED_TITLE.match(text, phrase.end) is not None


def _honoured_in_phrase(phrase: MeasurePhrase) -> bool:
    """The measure phrase ran on into the words of an honour ("3 cán bộ Đoàn nhận Giải thưởng …"):
    a phrase of the cue kind "honoured" after its first word (the noun's own words cannot be one)."""
    if phrase.noun is None or " " not in phrase.text:
        return False
    return contains_phrase(key(phrase.text).split()[1:], cue_set("honoured"))


#: words of the clause read back from a "cho" for a ceremony of admission to the union
_ADMISSION_WORDS = 12


#: words of a ceremony of admission: to the union ("Lễ kết nạp") or to the army ("Lễ giao nhận quân",
#: "lễ giao quân": recruits who enlist, who take part like "thanh niên nhập ngũ")
_ADMISSIONS = ("kết nạp", "giao quân", "nhận quân")


def _admitted_for(text: str, qual_start: int, clause_start: int) -> bool:
    """ "Lễ kết nạp “Lớp đoàn viên 95 năm” cho 195 thanh niên", "Lễ giao nhận quân cho 38 TN": a word
    of admission (`_ADMISSIONS`) among the `_ADMISSION_WORDS` words of the clause before the "cho"
    (the caller tests the "cho"). The cheap first test: such a word in those characters, in any case
    ("LỄ KẾT NẠP"). Not past a comma ("Sau lễ kết nạp, Tỉnh đoàn trao quà cho 50 thanh niên"), nor when
    a verb of serving or handing over follows the word (the people are served by that verb)."""
    floor = max(clause_start, qual_start - 12 * _ADMISSION_WORDS)
    floor = max(floor, text.rfind(",", floor, qual_start) + 1, text.rfind(";", floor, qual_start) + 1)
    said = text[floor:qual_start].lower()
    if not any(a in said for a in _ADMISSIONS):
        return False
    words = words_before(text, qual_start, _ADMISSION_WORDS, floor)
    pairs = [a.split() for a in _ADMISSIONS]
    at = next((i for i in range(len(words) - 1) if words[i : i + 2] in pairs), None)
    return at is not None and not contains_phrase(words[at + 2 : -1], cue_union("serve", "give", "hand"))


#: words of the clause read back from a "cho" for a prize handed over
_AWARD_FOR_WORDS = 12
#: verbs right before "cho" by which a prize named before is handed to people
_PRIZE_HANDED = frozenset({"trao", "tặng"})


def _award_over_and(text: str, qual_start: int, clause_start: int) -> bool:
    """ "khen thưởng 12 chi đoàn xuất sắc và 85 đoàn viên tiêu biểu": the count after "và" is the
    second object of the verb of honouring (cue kind "award") that stands before the count right
    before it, beyond the six words read before the number; both are honoured (spec §2.4 `other`).
    The earlier count must have a lexicon noun and no other number between. The caller tests first
    that "và" stands right before the number; then a cheap one: the words of an "award" cue in the
    stretch read back."""
    floor = max(clause_start, qual_start - _ELLIPSIS_REACH)
    if not _may_hold_cue(text, cue_probes("award"), floor, qual_start):
        return False
    for _, earlier, at, start in _items_back(text, floor, qual_start):
        if earlier.head is None:
            return False
        return contains_phrase(words_before(text, at, 3, max(start, clause_start)), cue_set("award"))
    return False


def _award_for(text: str, before: list[str], qual_start: int, clause_start: int) -> bool:
    """ "trao Giải thưởng Lý Tự Trọng năm 2026 cho 92 cán bộ": after "cho", the receivers of an
    honour (cue kind "award") named earlier in the clause, beyond the six words read before the
    number (a prize's name can be long): awarded people are `other` (spec §2.4). So are those a
    prize (cue kind "prize") named before is handed to ("Giải thưởng Lý Tự Trọng đã trao cho 1.700
    lượt cán bộ": "trao" right before "cho"); "Quỹ học bổng trao cho 50 sinh viên" (no prize) serves."""
    if not before or before[-1] != "cho":
        return False
    words = words_before(text, qual_start, _AWARD_FOR_WORDS, clause_start)
    if contains_phrase(words, cue_set("award")):
        return True
    return len(before) > 1 and before[-2] in _PRIZE_HANDED and contains_phrase(words, cue_set("prize"))


@cache
def _nouns_with_longer_entries() -> frozenset[str]:
    """Lexicon nouns that begin a longer entry ("đơn vị" of "đơn vị máu", "cây" of "cây xanh")."""
    keys = measures()
    prefixes = (" ".join(k.split()[:n]) for k in keys for n in range(1, len(k.split())))
    return frozenset(p for p in prefixes if p in keys)


#: how far back an elliptic noun's full mention is looked for, and where the sentence ends
_ELLIPSIS_REACH = 240
_SENTENCE_STOP = regex.compile(r"[.!?…](?=\s+[\p{Lu}\d])|\n")


def elliptic_head(
    text: str, phrase: MeasurePhrase, qual_start: int, clause_start: int, outer: tuple[str, ...] = ()
) -> Measure | None:
    """The full noun an elliptic repeat stands for, when the sentence names it once in full.

    "đợt 1 tiếp nhận 402 đơn vị máu; đợt 2 431 đơn vị; đợt 3 293 đơn vị": the later numbers count
    "đơn vị máu" (items), not "đơn vị" (coverage); "hướng dẫn 2.000 người dân …, trong đó 1.500
    người đã kích hoạt": the 1.500 are "người dân"; "cho 540 lượt người dân, trong đó chi đoàn
    ấp A 210 lượt, …": the 210 are "lượt người dân". It holds when
    - the phrase is a bare lexicon noun that begins a longer entry ("đơn vị", "người"), or a bare
      leading word of counted nouns ("lượt") or a bare classifier ("bức", `_BARE_CLASSIFIERS`,
      which repeats a list's earlier item also when words follow it: "phụ trách 15 bức với …");
    - the number repeats in a list (the bare noun ends its item: ";", ",", ".", ")" or the end of
      the line follow it) or counts a subset ("trong đó", cue kind "subset");
    - the nearest earlier number of the same sentence followed by that noun has the longer entry,
      with a list separator (";" or ",") between them; with no such earlier number in the text,
      the first of the `outer` measures (keyed: those of the sentence a breakdown footnote hangs
      on, nearest first) that begins with the noun and has a longer entry.
    "Tiếp nhận 402 đơn vị máu tại 14 đơn vị" (no separator), "…, phối hợp với 14 đơn vị" (after
    a preposition) and "…, có 14 đơn vị tham gia" (a new count) are not repeats.
    """
    noun = _bare_noun(phrase)
    if noun is None:
        return None
    before = words_before(text, qual_start, 3, clause_start)
    if before and before[-1] in _NOT_A_REPEAT and not _with_as_having(before):
        return None
    if not (_ITEM_END.match(text, phrase.end) or ends_with_phrase(before, cue_set("subset"))):
        # a bare classifier ("phụ trách 15 bức với …") repeats the noun of a list's earlier item
        return _earlier_full(text, phrase, noun, qual_start, listed=noun in _BARE_CLASSIFIERS)
    start = _sentence_start_before(text, qual_start)
    # "A (412 đơn vị), B (286 đơn vị) và C (241 đơn vị)": between bracketed items a closing
    # bracket parts them too (the last one is joined by "và", without a comma)
    bracketed = text[max(0, qual_start - 4) : qual_start].rstrip().endswith("(")
    gap = _BRACKET_GAP if bracketed else _LIST_GAP
    full, parted = _full_mention_before(text, noun, start, qual_start, gap)
    if not parted:
        return None  # no list separator between the two mentions
    if full is not None:
        return full
    full = _named_in_sentence(text, noun, start, qual_start) or _completed_in_clause(
        text, phrase, noun, clause_start, qual_start
    )
    if full is not None:
        return full
    size = len(noun.split())
    for measure in outer:
        parts = measure.split()
        if parts[:size] == noun.split():
            full = _longer_entry(parts, size)
            if full is not None:
                return full
    if noun in _BARE_PEOPLE:
        people = _list_people_named(text, noun, start, qual_start)
        if people is not None:
            return people
    return _earlier_full(text, phrase, noun, qual_start, listed=True)


#: where an item's own words end: a measure read on past it ("12 người, Bệnh …") says no more
_ITEM_CUT = re.compile(r"[,;:()]")
#: bare nouns of people that a list item says in place of the people named by an earlier item
_BARE_PEOPLE = frozenset({"người"})


def _list_people_named(text: str, noun: str, floor: int, qual_start: int) -> Measure | None:
    """ "Xã A có 318 lao động về nước; xã B 264 người, xã C 197 người": a list item that counts a
    bare "người" repeats the people the first item of the list named (a lexicon noun with a role:
    "lao động", served), so its category is theirs (spec §2.4). The earlier numbers of the sentence
    are read back, nearest first, over other bare repeats; each step is parted by a list separator
    (`_LIST_JOIN` before an item, or "," / ";" between them). None when the nearest other noun has no
    role or no separator parts the items ("318 lao động về nước và 264 người được hỗ trợ")."""
    end = qual_start
    for _, earlier, at, _start in _items_back(text, floor, qual_start):
        if "," not in text[at:end] and ";" not in text[at:end]:
            return None
        if key(_ITEM_CUT.split(earlier.text, maxsplit=1)[0].strip()) == noun:
            end = at
            continue  # another bare repeat of the same list ("12 người, Bệnh viện B 10 người")
        head = earlier.head
        return head if head is not None and head.role is not None else None
    return None


#: what an item of a list that drops its noun may be measured as: nothing, or the "và" of the next
_NO_NOUN = frozenset({"", "và"})


def _elided_item(text: str, phrase: MeasurePhrase, qual_start: int) -> tuple[MeasurePhrase, int, int] | None:
    """The measure phrase, number start and sentence start of the item whose noun a list item
    without one stands for: "Riêng chợ A có 612 tiểu thương tham gia, chợ B 305, chợ C 248 và chợ
    D 185" -> "612 tiểu thương …". The number has no noun (it ends its item: `_NO_NOUN`), opens an
    item joined to the one before (`_joined_item`: a separator, or a separator and a name); the
    earlier numbers of the same sentence back to the first one with a lexicon noun are all such
    items. None otherwise ("tăng 305" has no noun and joins nothing). The cheap first tests: the
    phrase is empty or "và", and a separator stands within the characters right before."""
    if phrase.head is not None or key(phrase.text) not in _NO_NOUN:
        return None
    if not (phrase.text or _ITEM_END.match(text, phrase.end)):
        return None
    if not _joined_item(text, qual_start, max(0, qual_start - _NAMED_ITEM_REACH)):
        return None
    for q, earlier, at, start in _items_back(text, max(0, qual_start - _ELLIPSIS_REACH), qual_start):
        if earlier.head is not None:
            return earlier, start + q.start, start
        if key(earlier.text) not in _NO_NOUN or not _joined_item(text, at, start):
            return None
    return None


#: how far back `_earlier_full` looks for the full mention, and what must part the two mentions
_EARLIER_REACH = 400
_MENTION_GAP = re.compile(r"[;,.!?\n]")
#: the same, with the "và" that joins the last item of a list
_MENTION_OR_AND_GAP = re.compile(r"[;,.!?\n]|\bvà\b")
#: words before "với" that make it "together with" ("phối hợp với 14 đơn vị"), not "having"
_WITH_PARTNER = frozenset({"hợp", "cùng", "tác", "kết", "liên"})


def _with_as_having(before: list[str]) -> bool:
    """ "Đoàn trường A với 612 đơn vị": "với" after a name is "having", not "together with"."""
    return before[-1] == "với" and (len(before) < 2 or before[-2] not in _WITH_PARTNER)


def _earlier_full(
    text: str, phrase: MeasurePhrase, noun: str, qual_start: int, *, listed: bool = False
) -> Measure | None:
    """The bare noun repeats the nearest earlier number's full noun, named in an earlier sentence or
    clause: "… tiếp nhận hơn 9.600 đơn vị máu. Mục tiêu cả năm đạt ít nhất 12.000 đơn vị": the
    12.000 are "đơn vị máu" (items), not bodies. Read back `_EARLIER_REACH` characters; the nearest
    "<number> <noun …>" must carry a longer lexicon entry and be parted from this one by
    punctuation. Not when the bodies act or are honoured ("…, có 14 đơn vị tham gia", "14 đơn vị
    được khen thưởng"): then they are bodies. A bare "lượt" repeats an earlier sentence's "lượt <noun>"
    only as an item of a list (`listed`: "…hơn 1.300 lượt doanh nghiệp. Điểm A đông nhất với 312
    lượt, điểm B 186 lượt"); elsewhere it counts whatever its own sentence says."""
    if phrase.head is None and (not listed or not _in_list_sentence(text, qual_start, phrase.end)):
        return None  # a bare "lượt" counts whatever the sentence says; only lexicon nouns repeat
    after = _words_after_phrase(text, phrase)
    if after and (after[0] == "được" or contains_phrase(after[:2], cue_set("act"))):
        return None
    # "tiếp nhận 402 đơn vị máu tại 14 đơn vị" (no punctuation between): one clause, two counts;
    # in a list (`listed`) the last item is joined by "và" ("…, B 205 đơn vị và C 97 đơn vị"),
    # which parts it from the item before as a comma does
    gap = _MENTION_OR_AND_GAP if listed else _MENTION_GAP
    floor = max(0, qual_start - _EARLIER_REACH)
    full, _ = _full_mention_before(text, noun, floor, qual_start, gap)
    if full is None and listed and floor > 0:
        # "… 936 lượt người dân theo học. … Thôn A … 118 lượt; thôn B 96 lượt, kích hoạt 80 tài
        # khoản; thôn C 74 lượt": the series' first bare repeat reached the full mention, so the
        # later items read back as far as it did
        first = _first_bare_repeat(text, noun, floor, qual_start)
        if first is not None:
            full, _ = _full_mention_before(text, noun, max(0, first - _EARLIER_REACH), qual_start, gap)
    return full


def _first_bare_repeat(text: str, noun: str, start: int, end: int) -> int | None:
    """Where the first "<number> <noun>" of text[start:end] with nothing after the noun (it ends a
    list item, `_ITEM_END`) begins; None when there is none. A plain `str.find` of the noun comes
    first (the noun keyed as written: "lượt")."""
    at = text.find(" " + noun, start, end)
    while at >= 0:
        after = at + 1 + len(noun)
        if at > 0 and text[at - 1].isdigit() and _ITEM_END.match(text, after):
            return at
        at = text.find(" " + noun, after, end)
    return None


#: how far back `_in_list_sentence` looks for the start of the sentence
_LIST_SENTENCE_REACH = 200


def _in_list_sentence(text: str, qual_start: int, end: int) -> bool:
    """The sentence up to the phrase (and the character after it) is a list: it holds a "," or ";"
    ("đông nhất với 312 lượt, điểm B 186 lượt"), not a lone "Trang tin có 400 lượt."."""
    floor = max(0, qual_start - _LIST_SENTENCE_REACH)
    start = max(text.rfind(c, floor, qual_start) for c in ".!?\n") + 1
    start = max(start, floor)
    return text.find(",", start, end + 1) >= 0 or text.find(";", start, end + 1) >= 0


def _full_mention_before(
    text: str, noun: str, start: int, qual_start: int, gap: re.Pattern[str]
) -> tuple[Measure | None, bool]:
    """The longer lexicon entry of the nearest "<number> <noun …>" in [start, qual_start) that `gap`
    parts from the repeat, and whether the search got past the nearest mention: (None, False) when
    `gap` does not part it (then it is no repeat); a bare repeat in between ("431 đơn vị; … 293 đơn
    vị") sends the search further back."""
    index = _mention_index(text) if 0 <= start <= qual_start <= len(text) else None
    if index is not None:
        return _full_mention_indexed(text, noun, start, qual_start, gap, index)
    if not _may_hold_word(text, noun.split(" ", 1)[0], start, qual_start):
        return None, True  # a cheap first test: no word there keys to the noun's first word
    # the words are keyed only after a number: a word keys to one starting with a digit exactly when
    # it starts with one (NFC and lower case keep a leading digit, and make none)
    # (the matches are read only where a number stands before the word: walking back over the words
    # that start with a digit, nearest first, and reading on from each only the words it needs)
    # (in `re` when the span allows it: `lexicon._bmp_word` takes the same characters as `WORD` there)
    word = _bmp_word() if is_bmp(text[start:qual_start]) else WORD
    for at in reversed([r.start() for r in _DIGIT_RUN.finditer(text, start, qual_start)]):
        if at > start and not text[at - 1].isspace() and word.match(text, at - 1, at) is not None:
            continue  # inside a word ("A1"), not a word that starts with a digit
        if not text[at].isdigit():
            continue
        found = _mention_at(text, at, noun, qual_start, gap, word)
        if found is not None:
            return found
    return None, True


def _mention_at(
    text: str,
    at: int,
    noun: str,
    qual_start: int,
    gap: re.Pattern[str],
    word: re.Pattern[str] | regex.Pattern[str],
) -> tuple[Measure | None, bool] | None:
    """`_full_mention_before`'s answer from the number word at `at`, or None to read on further back
    (the words after it are not the noun, or they are but name no longer lexicon entry)."""
    size = len(noun.split())
    span = max_measure_words() + 1
    follow = word.finditer(text, at, qual_start)
    next(follow)  # the number's own word
    words = list(islice(follow, size))
    if len(words) < size or " ".join([key(w[0]) for w in words]) != noun:
        return None
    if not gap.search(text, words[-1].end(), qual_start):
        return None, False
    words += islice(follow, max(0, span - size))
    item = [(key(w[0]), w.start(), w.end()) for w in words[:span]]
    full = _longer_entry(_item_keys(text, item, 0, span), size)
    return (full, True) if full is not None else None


def _full_mention_indexed(
    text: str,
    noun: str,
    start: int,
    qual_start: int,
    gap: re.Pattern[str],
    index: tuple[list[int], re.Pattern[str] | regex.Pattern[str]],
) -> tuple[Measure | None, bool]:
    """`_full_mention_before` on a registered text, with the text's `_mention_index`: the starts of its
    words that start with a digit (those of the span are the index's in (start, qual_start), and
    `start` itself when a digit opens the span: the old reading took a word there)."""
    if not _may_hold_word(text, noun.split(" ", 1)[0], start, qual_start):
        return None, True  # a cheap first test: no word there keys to the noun's first word
    starts, word = index
    i = bisect.bisect_right(starts, start)
    ats = starts[i : bisect.bisect_left(starts, qual_start, i)]
    if start < qual_start and text[start].isdigit() and _DIGIT_RUN.match(text, start) is not None:
        ats.insert(0, start)
    for at in reversed(ats):
        found = _mention_at(text, at, noun, qual_start, gap, word)
        if found is not None:
            return found
    return None, True


#: `_mention_index` of the texts of one `find_figures` call (registered by `context.indexed`), by text
_MENTION_INDEXES: dict[str, tuple[list[int], re.Pattern[str] | regex.Pattern[str]]] = block_memo()


def _mention_index(text: str) -> tuple[list[int], re.Pattern[str] | regex.Pattern[str]] | None:
    """For a registered text (None for another): the sorted starts of its words that start with a digit
    after the text's start (a run of `_DIGIT_RUN` whose first character `str.isdigit` takes, after a
    character that no word takes: white space is none), and the pattern its words are read with
    (`_bmp_word` in the BMP, else `WORD`: the same words there). Read once per text: the ~20 calls a
    report of `_full_mention_before`, most over ~300 characters, each ran `_DIGIT_RUN` over its span
    and tested the character before every run."""
    if not is_registered(text):
        return None
    found = _MENTION_INDEXES.get(text)
    if found is None:
        if is_bmp(text):
            word: re.Pattern[str] | regex.Pattern[str] = _bmp_word()
            starts = [m.start() for m in _digit_word_start().finditer(text) if text[m.start()].isdigit()]
        else:
            word = WORD
            starts = []
            for r in _DIGIT_RUN.finditer(text):
                at = r.start()
                if at and text[at].isdigit() and word.match(text, at - 1, at) is None:
                    starts.append(at)
        found = _MENTION_INDEXES[text] = (starts, word)
    return found


@cache
def _digit_word_start() -> re.Pattern[str]:
    """In a BMP text, a `_DIGIT_RUN` digit after a character that `WORD` does not take (so not after
    another digit of the run: `WORD` takes those). The digit comes first, the look-behind after it:
    `re` then skips to the digits (a look-behind first is tried at every character, 1.4x the cost)."""
    word, digit = bmp_class(_WORD_CLASS), bmp_class(r"[\d]")
    return re.compile(f"[{digit}](?<=[^{word}][{digit}])")


#: a run of digits: where a word that starts with a digit may start (`_full_mention_before`); every
#: character of `WORD` that is a digit (`str.isdigit`) is one of ``\d`` (tests/test_speed22a_*)
_DIGIT_RUN = regex.compile(r"\d+")


def _may_hold_word(text: str, word: str, start: int, end: int) -> bool:
    """False only when no word of text[start:end] keys to the keyed `word`: the word is a probe
    word (`lexicon.is_probe`), the stretch is NFC and its lower-cased text does not hold it."""
    if not is_probe(word):
        return True
    stretch = text[start:end]
    return not unicodedata.is_normalized("NFC", stretch) or word in stretch.lower()


def _may_hold_cue(text: str, probes: Probes | None, start: int, end: int) -> bool:
    """False only when no cue phrase of `probes` (lexicon `cue_probes`) is among the keys of the words
    of text[start:end]: the stretch is NFC, lower-casing keeps its length, and its lower-cased text
    lacks a probe word of every phrase (as `context.TextContext.may_contain` tests a whole text)."""
    if probes is None:
        return True
    stretch = text[start:end]
    low = stretch.lower()
    if len(low) != len(stretch) or not unicodedata.is_normalized("NFC", stretch):
        return True
    return probes_in(low, probes, 0, len(low))


def _named_in_sentence(text: str, noun: str, start: int, qual_start: int) -> Measure | None:
    """The longer lexicon entry that the sentence names, without a number, before a list of bare
    repeats: "Các trường có số đơn vị máu cao là trường A (412 đơn vị), … và trường C (241 đơn
    vị)": every item counts "đơn vị máu" (items), however long the list. The nearest naming wins."""
    if noun.split(maxsplit=1)[0] not in text[start:qual_start].lower():
        return None  # a cheap first test: the noun's first word is not in the sentence
    words = [(key(m.group()), m.start(), m.end()) for m in WORD.finditer(text, start, qual_start)]
    keys = [w[0] for w in words]
    size = len(noun.split())
    for i in range(len(words) - size, -1, -1):
        if " ".join(keys[i : i + size]) != noun or (i and keys[i - 1][:1].isdigit()):
            continue
        full = _longer_entry(_item_keys(text, words, i, max_measure_words() + 1), size)
        if full is not None:
            return full
    return None


#: words of a clause read back from a bare noun for the word that completes its longer entry
_COMPLETING_WORDS = 8


def _completed_in_clause(
    text: str, phrase: MeasurePhrase, noun: str, clause_start: int, qual_start: int
) -> Measure | None:
    """ "tổ chức 3 đợt hiến máu với 1.580 đơn vị.": a bare noun of things (no role) that ends its item,
    in a clause whose words before it (up to `_COMPLETING_WORDS`) hold the word or two that complete
    one of its longer lexicon entries ("máu" of "đơn vị máu"), counts that entry (items), as a
    repeat of a full mention would. A word that ends another noun of the lexicon is a syllable of
    that noun ("viên" of "tình nguyện viên" completes no "đội viên" for a later "27 đội"). Nouns of
    people are left to their own rules, and a noun of things is completed into no noun of people:
    "con" (head of livestock) after "chăn nuôi" is no "con nuôi" (foster children), the animals
    counted stay things ("tổ hợp tác chăn nuôi …, đàn gia súc hơn 300 con")."""
    if phrase.head is None or phrase.head.role is not None:
        return None
    size = len(noun.split())
    parts = noun.split()
    words = words_before(text, qual_start, _COMPLETING_WORDS, clause_start)
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].isdigit():
            continue
        full = _longer_entry(parts + words[i : i + 2], size)
        if (
            full is not None
            and full.role is None
            and lookup_noun(parts + words[i : i + 2])[1] == 0
            and not _ends_a_noun(words, i)
        ):
            return full
    return None


def _ends_a_noun(words: list[str], i: int) -> bool:
    """A lexicon noun of two or more words ends with `words[i]` ("tình nguyện viên", "đoàn viên")."""
    for j in range(max(0, i - max_measure_words() + 1), i):
        head, skip, n = lookup_noun(words[j : i + 1])
        if head is not None and skip == 0 and n == i + 1 - j:
            return True
    return False


#: words that count a noun written after them ("lượt người dân"); alone they repeat that noun
_BARE_LEADING = frozenset({"lượt"})
#: classifiers that open a counted noun ("bức tranh") and count nothing of their own: alone, in a
#: list, they repeat the noun named before ("26 bức tranh; thôn B 21 bức; trường C phụ trách 15 bức")
_BARE_CLASSIFIERS = frozenset({"bức"})


def _bare_noun(phrase: MeasurePhrase) -> str | None:
    """The noun of a phrase that may repeat a longer one: a lexicon noun that begins longer entries
    ("đơn vị" of "đơn vị máu"), or a leading word said alone ("lượt"), with nothing after it."""
    if phrase.head is None:
        said = key(phrase.text)
        return said if said in _BARE_LEADING or said in _BARE_CLASSIFIERS else None
    noun = phrase.noun
    if noun is None or noun not in _nouns_with_longer_entries() or key(phrase.text) != noun:
        return None  # the phrase says more than the bare noun ("15 đơn vị trường học")
    return noun


def _item_keys(text: str, words: list[tuple[str, int, int]], i: int, n: int) -> list[str]:
    """Up to `n` keyed words from `words[i]` on, not past punctuation ("210 lượt, chi đoàn …" is
    "lượt" alone)."""
    out = [words[i][0]]
    for j in range(i + 1, min(len(words), i + n)):
        if _PUNCT_GAP.search(text, words[j - 1][2], words[j][1]):
            break
        out.append(words[j][0])
    return out


def _longer_entry(words: list[str], size: int) -> Measure | None:
    """The lexicon entry the keyed `words` start with, when it is longer than `size` words (a
    leading "lượt" counts: "lượt người dân" is "người dân" counted in visits)."""
    full, skip, n = lookup_noun(words)
    return full if full is not None and skip + n > size else None


#: prepositions before a number that make it a count of its own ("phối hợp với 14 đơn vị")
_NOT_A_REPEAT = frozenset(
    {"tại", "ở", "từ", "với", "của", "cho", "trong", "thuộc", "gồm", "đến", "tới", "về"}
)
#: what may follow the bare noun that ends a list item; "và" joins the last item ("…, xã C 854
#: lượt và xã D 760 lượt"), so it ends the item before it and parts the last one from it; so does a
#: bracket that opens the item's breakdown ("…, Gia Lai 3 (trong đó …)")
_ITEM_END = re.compile(r"[ \t]*(?:[;,.)]|\n|$|và\b|\((?=[ \t]*(?i:trong (?:số )?đó|bao gồm|gồm)\b))")
_LIST_GAP = re.compile(r"[;,]|\bvà\b")
_BRACKET_GAP = re.compile(r"[;,)]")


#: nouns that open the name of a body ("Khoa Xây dựng", "Sở Xây dựng", "Ban Tổ chức"): a verb
#: right after one is a word of the name, not what the clause does
_NAME_HEADS = frozenset({"khoa", "viện", "ngành", "ban", "sở", "bộ"})
#: words before "sở"/"bộ" that make them part of a common noun ("cơ sở", "cán bộ", "toàn bộ")
_NOT_A_HEAD_AFTER = frozenset({"cơ", "cán", "toàn", "đồng", "trụ"})


def _unnamed(words: list[str]) -> list[str]:
    """The words with each one right after a name's head blanked ("khoa xây dựng" -> "khoa ''
    dựng"): the list keeps its length (it can be sliced by position) and no cue phrase spans
    the blank."""
    if not any(w in _NAME_HEADS for w in words):
        return words
    return [
        "" if i and words[i - 1] in _NAME_HEADS and (i < 2 or words[i - 2] not in _NOT_A_HEAD_AFTER) else w
        for i, w in enumerate(words)
    ]


def _fallback(words: list[str]) -> str:
    """The category of a number with no lexicon noun, by the verbs of its clause and of the list
    it is in (`words`): given/collected -> items, built -> works, organised -> events (spec §2.4);
    a verb that only names a body after one of `_NAME_HEADS` does not count."""
    words = _unnamed(words)
    if contains_phrase(words, cue_set("collect")):
        return "items"
    if contains_phrase(words, cue_set("build")):
        return "works"
    if contains_phrase(words, cue_set("organise")):
        return "events"
    return "other"
