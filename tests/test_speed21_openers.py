"""`units.gazetteer._finditer_opening` (speed round 21): the scans of `find_units` that run over every
text of a document try their pattern only where its first word opens (``re`` finds that word in C) and
must give the very matches of ``finditer`` over the whole text, in the same order, with the same
groups: on corpus texts and on random texts of edge cases (openers inside words, overlapping openers
"PTDTHPT", no-break and wide spaces, upper and lower case, NFD letters, matches right after another)."""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

import pytest

from _random_text import random_texts
from reportextract.readers import read
from reportextract.units import gazetteer as g

_ROOT = Path(__file__).parent.parent
_CORPUS = sorted((_ROOT / "corpora").glob("*.txt"))

#: (pattern, opener) as the scans use them
_PAIRS = {
    "bare_force": (g._BARE_FORCE_RE, g._BARE_FORCE_OPEN),
    "short_item": (g._SHORT_ITEM_RE, g._SHORT_ITEM_OPEN),
    "others_close": (g._OTHERS_CLOSE_RE, g._OTHERS_CLOSE_OPEN),
}

_WORDS = [
    "Công", "an", "Công an", "Công\u00a0an", "Công  an", "Công    an", "công an", "CÔNG AN", "Bộ", "đội",
    "Bộ đội", "Biên", "phòng", "Biên phòng", "Bộ đội Biên phòng", "tỉnh", "thành phố", "thành\u00a0phố",
    "huyện", "quận", "thị xã", "xã", "phường", "Quảng", "Ngãi", "hỗ", "trợ", "3", "12", "1.430", "Quân",
    "Quân đội", "Quân\u00a0đội", "các", "các tỉnh, thành đoàn", "các tỉnh,  thành đoàn", "TH", "THCS",
    "THPT", "TH & THCS", "TH và THCS", "THCS&THPT", "PTDTNT", "PTDTBT", "PTDTHPT", "PTDT", "Tiểu học",
    "Mầm non", "Mẫu giáo", "Đức", "Thịnh", "Hiệp", "Thạnh", "XCông", "aBiên", "Côngan", "Biênphòng",
    "đơn", "vị", "mô", "hình", "khác", "còn lại", unicodedata.normalize("NFD", "Công an"),
    unicodedata.normalize("NFD", "Mầm non"), "Ủy", "ban", "Hội", "các xã khác",
    "các phường còn lại", "các  thị\u00a0trấn khác", "xcác xã khác", "các xã khácx", "Các xã khác",
    "các xã còn  lại", "còn", "lại", "thị trấn",
]
_SEPS = [" ", " ", " ", "\u00a0", "  ", ", ", "; ", ": ", ". ", "\n", "\t", "", "(", ")", " - ", "và "]


@functools.cache
def _texts() -> list[str]:
    out = [read(p).text for p in _CORPUS]
    out += random_texts(_WORDS, _SEPS, 3000, 21, 40)
    return out


def _all(m: re.Match[str]) -> tuple[object, ...]:
    return (m.span(), m.groups(), [m.span(i) for i in range(len(m.groups()) + 1)])


@pytest.mark.parametrize("name", sorted(_PAIRS))
def test_same_matches_as_finditer(name: str) -> None:
    rx, opener = _PAIRS[name]
    n = 0
    for s in _texts():
        old = [_all(m) for m in rx.finditer(s)]
        assert [_all(m) for m in g._finditer_opening(rx, opener, s)] == old, s
        n += len(old)
    assert n > 20  # the texts do hold matches


@pytest.mark.parametrize("name", sorted(_PAIRS))
def test_every_match_starts_at_an_opener_and_is_not_empty(name: str) -> None:
    rx, opener = _PAIRS[name]
    for s in _texts():
        for m in rx.finditer(s):
            assert m.end() > m.start()
            assert s.startswith(opener, m.start()), s


def test_overlapping_openers() -> None:
    # "PTDT" found first must not hide a "TH" opening inside it, nor "THPT" hide a match after it
    shapes = ["PTDTHPT Đức Thịnh 5 đơn vị", "xPTDTHPT A 5, THPT B 6", "THPTDTNT A 3", "Biên phòng tỉnh"]
    for s in shapes:
        for rx, opener in _PAIRS.values():
            assert [_all(m) for m in g._finditer_opening(rx, opener, s)] == [_all(m) for m in rx.finditer(s)]


_NAME_WORDS = [
    "Đoàn Khối", "Hiệp Thạnh", "Hiệp", "An", "Tân Hà", "Liên Hà", "Phúc Thọ", "Tuy-nen", "Hòa Sơn1", "DK1",
    "gồm", "và", "Gồm", "Và", "xgồm", "xvà", unicodedata.normalize("NFD", "và"),
    unicodedata.normalize("NFD", "gồm"),
    "làm", "năm", "là", "Trong đó", "3", "12", "1.430", "mô hình", "đơn vị", "a", "Ánh", "Ở", "Ê", "ở",
]
_NAME_SEPS = [" ", "  ", "\u00a0", "    ", ", ", ",", "; ", ":", ": ", "(", "\t", "\n", " \n ", ". ", "-", ""]


def test_short_name_matches_as_finditer() -> None:
    texts = [*_texts(), *random_texts(_NAME_WORDS, _NAME_SEPS, 6000, 2121, 30)]
    n = 0
    for s in texts:
        old = [_all(m) for m in g._SHORT_NAME_RE.finditer(s)]
        assert [_all(m) for m in g._short_name_matches(s)] == old, s
        n += len(old)
    assert n > 500
    for s in ["A 3", " A 3", "và A 3", " và A 3", " gồm  Hiệp Thạnh 3", "\tA 3, B 4 và C 5", "(A 3", "xvà A"]:
        assert [_all(m) for m in g._short_name_matches(s)] == [_all(m) for m in g._SHORT_NAME_RE.finditer(s)]
