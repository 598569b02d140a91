"""Place patterns no longer compiled per name of a document (speed round 24b): `scope.short_name_pattern`
compiles its pattern only for a text holding each of its literal pieces (`scope.ShortName`), and
`scope.labels_own_body` finds the place with `str.find` and `regex`'s own letter test
(`scope._bounded_in`). Each gives what the pattern compiled per name gave, on corpus texts and on
edge cases (dots, dashes, NBSP, NFD, upper and lower case, names inside words)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex

from _random_text import utf8_corpus_texts
from reportextract.structure import scope


def _texts() -> list[Path]:
    out = utf8_corpus_texts()
    return out[:: max(1, len(out) // 30)][:30]


# --- the code as it was --------------------------------------------------------------------------


def _old_short_name(head: str, pos: int, place: str) -> regex.Pattern[str] | None:
    core = scope._PLACE_LEVEL.sub("", place).casefold()
    if pos > 2 and head[pos - 2 : pos - 1].isupper():
        acr = scope._ACRONYM_BEFORE.search(head, max(0, pos - 12), pos)
        if acr is not None and core and head.find(f"({acr.group(1)})") >= 0:
            return regex.compile(
                rf"(?<!\p{{L}})chi\s+nhánh\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s*)?{regex.escape(core)}(?!\p{{L}})"
            )
    if (
        core
        and head.find("Khối", max(0, pos - 40), pos) >= 0
        and scope._KHOI_BEFORE.search(head, max(0, pos - 40), pos)
    ):
        return regex.compile(
            rf"(?<!\p{{L}})khối\s+[^\n,;:()]*?(?:(?:tỉnh|thành\s+phố)\s+)?{regex.escape(core)}(?!\p{{L}})"
        )
    words = scope._TWO_WORDS_BEFORE.search(head, max(0, pos - 40), pos)
    if words is None or not core:
        return None
    return regex.compile(
        rf"(?<!\p{{L}}){regex.escape(words.group(1).casefold())}\s+{regex.escape(words.group(2).casefold())}"
        rf"\s+(?:[-–]\s+(?:đại\s+học|học\s+viện)\s+)?"
        rf"(?:(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)\s+)?"
        rf"{regex.escape(core)}(?!\p{{L}})"
    )


def _old_bounded(core: str, name: str) -> bool:
    return regex.search(rf"(?<!\p{{L}}){regex.escape(core)}(?!\p{{L}})", name) is not None


# --- edge texts ----------------------------------------------------------------------------------


def _variants(s: str) -> list[str]:
    """`s` as it is and written otherwise: upper case, NFD, NBSP and tabs for spaces, inside words,
    with dots and dashes around, cut at both ends."""
    nfd = unicodedata.normalize("NFD", s)
    return [
        s,
        s.upper(),
        s.casefold(),
        nfd,
        s.replace(" ", "\u00a0"),
        s.replace(" ", "\t"),
        s.replace(" ", "  "),
        f"x{s}",
        f"{s}x",
        f"x{s}y",
        f"{s}\u0301",
        f"\u00e0{s}",
        f".{s}.",
        f"-{s}-",
        f"({s})",
        f"{s}, {s}",
        f"{s}{s}",
        s[1:],
        s[:-1],
        f"1 {s}",
        f"{s} 2",
    ]


_HEADS = [
    "Thanh niên Biên phòng Quảng Ninh ra quân\nĐoàn Thanh niên Bộ đội Biên phòng tỉnh Quảng Ninh tổ chức",
    "Sinh viên Bách khoa Đà Nẵng tiếp sức\nĐoàn trường Đại học Bách khoa - Đại học Đà Nẵng tổ chức",
    "VCB Hà Tĩnh mở 500 tài khoản\nNgân hàng TMCP Ngoại thương Việt Nam (VCB) Chi nhánh Hà Tĩnh",
    "Khối cơ quan Hưng Yên ra quân\nĐoàn Khối các cơ quan và doanh nghiệp tỉnh Hưng Yên tổ chức",
    "Tuổi trẻ St. Louis-Park hè\u00a0Cà Mau tình nguyện",
    "Tuổi trẻ Thành phố Hồ Chí Minh ra quân",
    "Công an tỉnh Gia Lai: 300 đoàn viên",
    "Nghệ An: Đoàn viên ngành Thuế giúp 4.500 hộ",
]

_NAMES = [
    "đoàn thanh niên bộ đội biên phòng tỉnh quảng ninh",
    "trường đại học bách khoa - đại học đà nẵng",
    "trường đại học bách khoa – học viện đà nẵng",
    "ngân hàng tmcp ngoại thương việt nam chi nhánh hà tĩnh",
    "ngân hàng x chi nhánh tp. hà tĩnh",
    "ngân hàng x chi nhánh tp hà tĩnh",
    "đoàn khối các cơ quan và doanh nghiệp tỉnh hưng yên",
    "đoàn khối doanh nghiệp, tỉnh hưng yên",
    "tỉnh đoàn hà tĩnh",
    "thuế tỉnh nghệ an",
    "công an tỉnh gia lai",
    "tuổi trẻ st. louis-park hè cà mau",
    "thành đoàn thành phố hồ chí minh",
]


def _places(head: str) -> list[tuple[int, str]]:
    """Places a headline may hold: runs of capitalised words, with their level word or without."""
    out = []
    for m in regex.finditer(
        r"(?:(?:tỉnh|thành phố|huyện|xã|phường)\s+)?\p{Lu}[\p{L}\p{M}.]*(?:[\s\-]\p{Lu}[\p{L}\p{M}.]*)*", head
    ):
        out.append((m.start(), m.group()))
        parts = m.group().split(" ", 1)
        if len(parts) == 2:
            out.append((m.start() + len(parts[0]) + 1, parts[1]))
    return out


def _check_short(head: str, pos: int, place: str, names: list[str]) -> int:
    old = _old_short_name(head, pos, place)
    new = scope.short_name_pattern(head, pos, place)
    assert (old is None) == (new is None), (head[:60], pos, place)
    if old is None or new is None:
        return 0
    assert new.source == old.pattern
    hits = 0
    for name in names:
        for text in _variants(name):
            want = old.search(text) is not None
            assert new.search(text) == want, (old.pattern, text)
            hits += want
    return hits


def test_short_name_on_edge_heads() -> None:
    hits = 0
    for head in _HEADS:
        for pos, place in _places(head):
            own = list(_NAMES)
            core = scope._PLACE_LEVEL.sub("", place).casefold()
            words = scope._TWO_WORDS_BEFORE.search(head, max(0, pos - 40), pos)
            if words is not None:
                w1, w2 = words.group(1).casefold(), words.group(2).casefold()
                own += [f"đoàn {w1} {w2} {core}", f"{w1} {w2} - đại học tỉnh {core}", f"{w1}{w2} {core}"]
            hits += _check_short(head, pos, place, own)
    assert hits > 20  # the edge names do match, not only miss


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem[:24])
def test_short_name_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    head = text[:1500]
    lines = [ln.casefold() for ln in text.splitlines() if ln.strip()][:80]
    for pos, place in _places(head)[:40]:
        _check_short(head, pos, place, lines[:20] + _NAMES)


def test_bounded_in_on_edge_texts() -> None:
    cores = ["hà tĩnh", "an", "st. louis", "cà mau", "a-b", "hồ chí minh", "i", ".", "x\u00a0y", "cà\u0300"]
    hits = 0
    for core in cores:
        for name in [*_NAMES, core, f"tỉnh {core}", f"{core}-x", f"{core}á", f"a{core}", f"{core} {core}"]:
            for text in _variants(name):
                want = _old_bounded(core, text)
                assert scope._bounded_in(core, text) == want, (core, text)
                hits += want
    assert hits > 50


@pytest.mark.parametrize("path", _texts(), ids=lambda p: p.stem[:24])
def test_bounded_in_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    lines = [ln.casefold() for ln in text.splitlines() if ln.strip()][:60]
    cores = {place.casefold() for _, place in _places(text[:3000])}
    cores |= {scope._PLACE_LEVEL.sub("", c) for c in cores} - {""}
    for core in sorted(cores)[:40]:
        for line in lines:
            assert scope._bounded_in(core, line) == _old_bounded(core, line), (core, line)
    assert all(scope.labels_own_body(text, 0, 0, "", o) is False for o in ("", "x"))
