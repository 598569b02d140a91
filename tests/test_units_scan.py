"""The fast paths of the gazetteer scan agree with the plain computations they replace.

``_scan`` runs the trie with its word-start test inside the regex, and decides what to try at a hit
once per hit text + 2 characters (``_plan``: the fixed name found on the hit alone, the patterns whose
filter fails dropped). Here the plain way (search, test the word start in Python, try every pattern
the first word dispatches to) is run next to it on random texts made of the gazetteer's own words,
and must find exactly the same matches.
"""

from __future__ import annotations

import random
import re

import pytest

from reportextract.units import gazetteer as g

SEPARATORS = [" ", " ", " ", "  ", "\u00a0", "\n", ", ", ". ", " - ", "-", "–", "", "\t", "(", ")", ":",
              "1", "12", "²", "_", "'", "’", "“", "/"]  # fmt: skip
ODD = ["Ðoàn", "ðoàn", "hoà", "Thuý", "Hoà Bình", "Khánh Hoà", "İ", "ı", "ſ", "\u212a", "Ⓐ", "ß", "\u0301"]


def _vocabulary() -> list[str]:
    t = g._tables()
    words = [*t.fixed, *g._TRIGGERS, *(x for kind in t.words.values() for x in kind)]
    words += [
        "Tỉnh đoàn", "Thành Đoàn", "Huyện đoàn", "Ban Thường vụ", "Ban Chấp hành", "BCH", "BTV",
        "Đoàn Thanh niên", "Đoàn TNCS Hồ Chí Minh", "Thường trực", "THCS", "THPT", "Trường", "Đại học",
        "Học viện", "Cao đẳng", "ĐH", "CĐ", "Liên đội", "Đoàn trường", "Chi đoàn", "tp.", "TP.", "Tp.",
        "quận 10", "phường 3", "Kiên Giang", "Giồng Riềng", "Vĩnh Thạnh", "Tân Tú", "Vũ Muộn", "các",
        "những", "hai", "và", "tại", "Tại", "của", "đoàn viên", "ĐOÀN", "TỈNH", "HUYỆN", "XÃ", "Nguyễn",
        "Văn", "An", "Lương Thế Vinh", "Sư phạm", "nhân dân", "chuyên", "số", "Mầm non", "Phổ thông",
    ]  # fmt: skip
    words += [x[:k] for x in list(t.fixed)[:200] for k in (1, 2, 3)]  # beginnings of names
    return words


def _texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    vocab = _vocabulary()
    letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạAĐTHQ"

    leads = [
        "tỉnh", "Tỉnh", "huyện", "xã", "phường", "thị trấn", "thành phố", "TP.", "tp", "quận", "ấp",
        "Tỉnh đoàn", "Huyện đoàn", "Thành đoàn", "Quận Đoàn", "Thị đoàn", "Đặc khu đoàn",
        "Ban Thường vụ Tỉnh đoàn", "BCH Huyện đoàn", "Thường trực Thành đoàn", "Đoàn xã",
        "Đoàn Thanh niên phường", "Đoàn TNCS Hồ Chí Minh huyện", "Đoàn TN thị trấn", "các xã", "hai phường",
        "Trường THCS", "Liên đội THPT", "Đoàn trường Tiểu học", "Chi đoàn Mầm non", "Trường Đại học",
        "Học viện", "Đoàn trường Cao đẳng", "ĐH", "đường", "Báo", "anh", "ông",
    ]  # fmt: skip
    names = [w.title() for w in vocab if w[:1].isalpha()] + ["10", "3", "2A", "Số 1"]

    def word() -> str:
        r = rnd.random()
        if r < 0.25:  # a phrase that patterns look for: a lead word, then a name
            return rnd.choice(leads) + rnd.choice([" ", " ", "  ", "\u00a0", ". ", " - "]) + rnd.choice(names)
        if r < 0.8:
            w = rnd.choice(vocab)
            c = rnd.random()
            return w.title() if c < 0.3 else w.upper() if c < 0.4 else w.capitalize() if c < 0.5 else w
        if r < 0.92:
            return "".join(rnd.choice(letters) for _ in range(rnd.randint(1, 6)))
        return rnd.choice(ODD)

    return ["".join(word() + rnd.choice(SEPARATORS) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def _plain_hits(low: str) -> list[tuple[int, int]]:
    """The trie hits found the plain way: search, then test the word start in Python."""
    any_re, _dispatch = g._any_re()
    plain = re.compile(any_re.pattern.replace(r"(?<!\w.)", ""))
    hits = []
    pos = 0
    while pos < len(low):
        hit = plain.search(low, pos)
        if hit is None:
            break
        p = hit.start()
        if p > 0 and (low[p - 1].isalnum() or low[p - 1] == "_"):
            pos = p + 1
            continue
        pos = max(hit.end(), p + 1)
        hits.append(hit.span())
    return hits


def _plain_matches(s: str, strict: bool) -> set[tuple[str, int, int]]:
    """Every (pattern, start, end) matching at a hit, trying all the patterns of the hit's first word."""
    t = g._tables()
    low = g._lower(s)
    _any, dispatch = g._any_re()
    found = set()
    for p, e in _plain_hits(low):
        for rx in dispatch.get(g._first_word(low[p:e]), ()):
            m = rx.match(low if rx is t.fixed_re else s, p)
            if m is None:
                continue
            if rx is t.fixed_re:
                fx = t.fixed.get(g._key(m.group()))
                surface = s[p : m.end()]
                if fx is None:
                    continue
                if strict and fx.kind == "province" and not (g._is_title(surface) or surface.isupper()):
                    continue
                if strict and fx.kind == "alias" and not any(c.isupper() for c in surface):
                    continue
            found.add((rx.pattern, p, m.end()))
    return found


def _planned_matches(s: str, strict: bool) -> set[tuple[str, int, int]]:
    """The same, the way _scan does it: trie with the word-start test inside, one plan per hit text."""
    t = g._tables()
    low = g._lower(s)
    any_re, _dispatch = g._any_re()
    found = set()
    for hit in any_re.finditer(low):
        p, e = hit.span()
        fixed, steps = g._plan(t, hit.group(), s[p : e + 2], strict)
        if fixed is not None:
            found.add((t.fixed_re.pattern, p, p + fixed.length))
        for _kind, match in steps:
            m = match(s, p)
            if m is not None:
                found.add((m.re.pattern, p, m.end()))
    return found


@pytest.mark.parametrize("seed", range(4))
def test_word_start_trie_finds_the_plain_hits(seed):
    any_re, _dispatch = g._any_re()
    for text in _texts(300, seed):
        low = g._lower(g._prepare(text)[0])
        assert [h.span() for h in any_re.finditer(low)] == _plain_hits(low), text


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("strict", [True, False])
def test_plans_keep_every_pattern_that_matches(seed, strict):
    for text in _texts(300, seed):
        s = g._prepare(text)[0]
        assert _planned_matches(s, strict) == _plain_matches(s, strict), text


def test_plans_drop_patterns_that_cannot_match():
    """The filters do their job: at "Đoàn viên" nothing is tried, at "Đoàn Thanh" only the body pattern."""
    t = g._tables()
    assert g._plan(t, "đoàn", "Đoàn v", True) is g._NOTHING
    _fixed, steps = g._plan(t, "đoàn", "Đoàn T", True)
    assert {k for k, _m in steps} == {g._BODY, g._SCHOOL}
    assert g._plan(t, "tạ", "tại", True) is g._NOTHING


WORD_BEFORE = re.compile(r"((?:[^\W\d_]|['’])+)[ \u00a0]{1,3}$")


def test_word_before_agrees_with_its_regex():
    rnd = random.Random(7)
    alphabet = ["a", "B", "ễ", "1", "²", "_", "'", "’", " ", " ", "\u00a0", "\n", ",", "\t", "Đ", "٣", "Ⅻ"]
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60)))
        j = rnd.randint(0, len(s))
        m = WORD_BEFORE.search(s, max(0, j - 40), j)
        assert g._word_before(s, j) == (m.group(1) if m else None), (s, j)


OLD_TONE_PAIR = re.compile(r"(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def test_tone_pairs_are_found_where_the_pair_regex_finds_them():
    rnd = random.Random(3)
    alphabet = ["o", "O", "u", "U", "à", "á", "Ạ", "ẻ", "ý", "Ỵ", "a", " ", "h", "1", "_", "y"]
    for _ in range(20000):
        s = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        old = [m.span() for m in OLD_TONE_PAIR.finditer(s)]
        new = [(m.start() - 1, m.end()) for m in g._TONE_PAIR_RE.finditer(s)]
        assert new == old, s
