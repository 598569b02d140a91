"""The cheap first tests of the attribution rules (speed round 10) answer as the plain computation.

Each shortcut is compared with the code it stands for, on random texts built from the words and
separators the shortcuts look at (glued words, odd white space, numbers right after a body), and
on the corpus: every figure's unit is the same with and without the lower-cased copy of the text
that most of the cheap tests read.
"""

from __future__ import annotations

import bisect
import dataclasses
import random
import re
from pathlib import Path

import regex

from _random_text import random_texts
from reportextract.figures import attribution as at
from reportextract.figures.context import TextContext

_WORDS = [
    "Đoàn", "đoàn", "ĐOÀN", "xã", "phường", "thị", "trấn", "Thị", "đặc", "khu", "Huyện", "huyện",
    "Quận", "quận", "Tỉnh", "tỉnh", "Thành", "thành", "Yên", "Lâm", "Đồng", "Hà", "Tĩnh", "12", "01",
    "300", "hơn", "tới", "đến", "lên", "về", "xuống", "lênh", "cho", "của", "trao", "tặng", "hỗ", "trợ",
    "thuộc", "là", "nay", "Nay", "sáp", "nhập", "vào", "viên", "Thanh", "niên", "suất", "quà", "(", ")",
    "Đoàn xã Yên Dũng", "Tỉnh đoàn Hà Tĩnh", "xã Cẩm Thành", "huyện Giồng Riềng",
    "cho biết", "chia sẻ", "Đại diện", "Trung ương Đoàn", "Ban Chỉ đạo quốc gia",
]
#: "\x1c" (white space to `str.isspace`, not to the patterns' "\s") only in the fixed texts below: a
#: body name with it ("Tỉnh\x1cđoàn X") stops the unit finder (a KeyError in `_BODY_WORDS`)
_SEPS = [" ", " ", " ", "  ", "\n", ", ", "; ", ". ", ": ", "\t", "\u00a0", "\u2003", ""]
_TEXTS = random_texts(_WORDS, _SEPS, 300, seed=10, max_parts=30)
_CORPUS = sorted((Path(__file__).parent.parent / "corpora").glob("*.txt"))


def _attributor(text: str, *, lowered: bool = True) -> at.Attributor:
    ctx = TextContext.build(text)
    if not lowered:
        ctx = dataclasses.replace(ctx, low=None)
    return at.Attributor(text, ctx)


def _windows(text: str, rng: random.Random, n: int = 12) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        a = rng.randrange(len(text) + 1)
        out.append((a, rng.randrange(a, len(text) + 1)))
    return out


def _generic_body_plain(attr: at.Attributor, start: int, pos: int, after: int) -> tuple[str, int] | None:
    """`Attributor._generic_body` without its cheap first tests."""
    found = None
    lo = max(start, after)
    for g in at._GENERIC_BODY.finditer(attr.text, lo, pos):
        kind = next(k for k in ("low", "mid", "top") if g.group(k))
        found = (at._BODY_LEVEL[kind], g.start())
    for g in at._GENERIC_BODY_BEFORE_NUMBER.finditer(attr.text, lo, pos):
        i = bisect.bisect_left(attr._starts, g.start())
        named = i < len(attr.mentions) and attr.mentions[i].start == g.start()
        if not named and (found is None or g.start() > found[1]):
            found = ("commune", g.start())
    return found


def test_generic_body_spots_answer_as_the_patterns():
    rng = random.Random(1)
    edges = ["Tỉnh đoàn\nLâm Đồng", "Đoàn xã 12", "Thành  đoàn", "Huyện\x1cđoàn", "Đoàn\x1cxã 12", "ĐOÀN XÃ"]
    for text in [*_TEXTS, *edges]:
        attr = _attributor(text)
        for start, pos in [*_windows(text, rng), (0, len(text))]:
            for after in (start, (start + pos) // 2):
                plain = _generic_body_plain(attr, start, pos, after)
                assert attr._generic_body(start, pos, after=after) == plain


def test_mentions_in_a_span_answer_as_the_walk():
    rng = random.Random(2)
    for text in _TEXTS[:100]:
        attr = _attributor(text)
        for start, end in _windows(text, rng):
            walk = [m for m in attr.mentions if m.start >= start and m.start < end and m.end <= end]
            assert attr._in(start, end) == walk


def test_next_item_answers_as_the_gap_pattern():
    def plain(attr: at.Attributor, num_end: int) -> tuple[int, int, int] | None:
        m = at._ITEM_GAP.match(attr.text, num_end, min(len(attr.text), num_end + 40))
        if m is None:
            return None
        i = bisect.bisect_left(attr._starts, m.end())
        if i == len(attr.mentions) or attr.mentions[i].start != m.end():
            return None
        unit = attr.mentions[i]
        if attr._is_national(unit):
            return None
        n = at._ITEM_NUMBER.match(attr.text, unit.end)
        return None if n is None else (m.start("gap"), n.start(1), n.end(1))

    lists = ["Nghệ An 12, Quảng Trị 9, Yên Bái 15 đội", "phường A 1.240 lượt, phường B 985 lượt"]
    for text in [*_TEXTS, *lists]:
        attr = _attributor(text)
        for n in re.finditer(r"\d+", text):
            assert attr.next_item(n.end()) == plain(attr, n.end())


def test_sending_words_first_test_answers_as_the_pattern():
    for text in _TEXTS:
        attr = _attributor(text)
        for n in re.finditer(r"\d+", text):
            end = min(len(text), n.end() + 160)
            to = at._TOWARD.search(text, n.end(), end)
            if to is None or len(text[n.end() : to.start()].split()) > 6:
                assert attr._sent_to(n.start(), n.end(), len(text)) is None


def test_current_name_first_test_answers_as_the_pattern():
    for text in _TEXTS:
        attr = _attributor(text)
        for m in attr.mentions:
            plain = at._NOW_PART_OF.search(text, max(0, m.start - 32), m.start) is not None
            assert attr._is_current_name(m) == plain


def test_bare_level_words_and_own_level_words_first_tests_answer_as_finds():
    rng = random.Random(3)
    for text in _TEXTS:
        low = text.lower()
        for start, end in _windows(text, rng):
            found = any(low.find(w, start, end) >= 0 for w in ("xã", "phường", "thị", "đặc khu", "huyện"))
            assert (at._BARE_LEVEL_WORDS.search(low, start, end) is not None) == found
            found = any(low.find(w, start, end) >= 0 for w in ("đó", "riêng", "còn"))
            assert (at._OWN_BARE_LEVEL_WORDS.search(low, start, end) is not None) == found


def test_national_speaker_read_once_per_sentence_answers_as_the_walk():
    def plain(attr: at.Attributor, sstart: int, num_start: int) -> bool:
        end = min(num_start, sstart + 160)
        for sep in at._SAY_SEP.finditer(attr.text, sstart, end):
            words = [at.key(w) for w in attr.text[sstart : sep.start()].split()]
            if at.ends_with_phrase(words, at.cue_set("say")) is None:
                continue
            named = attr._in(sstart, sep.start())
            if named:
                return all(m.level == "national" for m in named)
            return at.contains_phrase(words, at.cue_set("national_source"))
        return False

    speakers = ["Đại diện Trung ương Đoàn cho biết, năm nay có 300 đội", "Ông A chia sẻ: 12 suất quà"]
    for text in [*_TEXTS, *speakers]:
        attr = _attributor(text)
        for n in re.finditer(r"\d+", text):
            sstart, _ = attr.ctx.sentence(n.start())
            assert attr._national_speaker(sstart, n.start()) == plain(attr, sstart, n.start())


#: sentences for the rules behind the after-number gates of `_resolve` (recipients, senders, owners)
_RULE_TEXTS = [
    "Tại xã Cẩm Thành, Tỉnh đoàn Hà Tĩnh trao tặng 15 điện thoại cho hộ nghèo của xã.",
    (
        "Trung ương Đoàn hỗ trợ Tỉnh đoàn Tuyên Quang 475 triệu đồng. Tỉnh đoàn Hà Tĩnh trao 200 triệu "
        "đồng cho Tỉnh đoàn Hải Dương."
    ),
    (
        "Tỉnh đoàn Hà Tĩnh chuyển 150 triệu đồng tới Đoàn xã Cẩm Thành để hỗ trợ 30 hộ; mang 3.000 áo ấm "
        "lên xã Cẩm Hưng."
    ),
    "Thành đoàn Hà Nội nhận đưa 50 cán bộ Đoàn cấp xã của tỉnh Lào Cai về tập huấn.",
    "Lào Cai trao 154.500 cây, trong đó 860 suất thuộc khu vực tỉnh Yên Bái cũ.",
    "Đã kết nạp 240 đoàn viên là sinh viên Đoàn trường Đại học Vinh.",
    "Tỉnh đoàn Hà Tĩnh trao 2 căn nhà trị giá 120 triệu đồng cho 2 học sinh mồ côi xã Cẩm Thành.",
]


def _units(attr: at.Attributor, text: str) -> list[at.Attribution | None]:
    return [attr.resolve(n.start(), n.end()) for n in regex.finditer(r"\d+(?:[.,]\d+)*", text)]


def test_every_figure_has_the_same_unit_without_the_cheap_tests():
    """Without a lower-cased copy of the text the rules skip their cheap first tests (and the
    after-number gates of `_resolve`): the units found are the same."""
    texts = [*_TEXTS, *_RULE_TEXTS, *(p.read_text(encoding="utf-8") for p in _CORPUS[:12])]
    assert len(texts) > 300
    for text in texts:
        with_tests = _units(_attributor(text), text)
        assert with_tests == _units(_attributor(text, lowered=False), text)
