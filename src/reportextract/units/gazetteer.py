"""Gazetteer of units: find unit mentions in text and canonicalise unit names (spec §2.3, §6).

Field data comes from maintained packages, read as data files (their Python modules are never
imported, so geocoders and shapely stay unloaded):

- ``vietnamadminunits`` (``data/dataset.db``, ``data/converter_2025.json``): the 63 provinces and
  their districts / communes before 1 July 2025, the 34 provinces and their communes after it, and
  the old -> new province mapping;
- ``vietnam-provinces`` (``data/flat-divisions.json``): the 34 provinces and 3,321 communes after
  the merger, used when ``vietnamadminunits`` is not installed (then there is no pre-2025 data).

Why both: only ``vietnamadminunits`` has the pre-2025 provinces, districts (with huyện / quận / thị xã /
thành phố) and communes, and the 63 -> 34 mapping that 2023-2024 reports need; importing it costs over
0.4 s and pulls geopy and shapely (it builds a geocoder at import), so its SQLite/JSON files are read
directly (about 0.15 s once). ``vietnam-provinces`` is light and declared but holds only the 2025 units.

Our own small tables (``units/data/*.tsv``) hold aliases, Youth Union bodies, national markers and the
words that stop a match. Everything loads lazily, once, on first use.

Speed: one scan of the lower-cased text with a trie of every word that can start a match (word starts
only), then the patterns for that word that can match given the next two characters (decided once per
such text): about 0.06 ms per KB on reports.

Matching works on ``textnorm.normalize(text)`` (NFC and tone placement, length-preserving), so offsets
point into the text as given. Rules, in short:

- a province name stands alone ("Hưng Yên"), must be capitalised, and must not sit inside a longer
  proper name (person, street, school, newspaper); bare "Hồ Chí Minh" counts only in a list of
  provinces, since it is mostly the Union's or the President's name;
- a name below province level needs its level word ("xã Tân Tú", "huyện Giồng Riềng", "quận 10") or a
  Youth Union body word ("Huyện đoàn Giồng Riềng"); a list after a plural level word
  ("các xã Vũ Muộn, Tân Tú") gives one mention per name;
- schools: "Trường/Liên đội/Đoàn trường THCS X" -> "trường THCS X"; universities
  ("Trường Đại học Cần Thơ") are schools, and hide the province name inside them;
- "Đại học Quốc gia Hà Nội" is a school-level body (is_body) whose province is Hà Nội;
- the Youth Union of an organisation ("Đoàn cơ sở Công ty Điện lực X", "Đoàn Thanh niên Bệnh viện Y")
  is a unit of level "body" named by the organisation; the organisation named alone is one only for
  ``lookup``; a provincial Đoàn Khối ("Đoàn Khối các cơ quan tỉnh X") is a unit named in full;
- a sector right before a place ("thanh niên Công an tỉnh X") is the sector's branch there: the sector.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import itertools
import json
import logging
import operator
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import regex

from reportextract import textnorm
from reportextract.numbers.breakdown import in_breakdown_bracket
from reportextract.numbers.lexicon import nonfigure_cues

__all__ = [
    "UnitMention",
    "canonical_unit",
    "closes_contest_name",
    "document_texts",
    "find_units",
    "known_short_name",
    "lookup",
    "province_2025",
]

log = logging.getLogger(__name__)

_DATA = Path(__file__).parent / "data"
_SUP = "\u00b2\u00b3\u00b9\u2070-\u209f"  # superscript digits: footnote markers glued to a name
#: the characters of ``_SUP`` (a frozenset, for a test on one character)
_SUP_CHARS = frozenset("\u00b2\u00b3\u00b9" + "".join(map(chr, range(0x2070, 0x20A0))))

NATIONAL = "toàn quốc"

# level word (normalised, lower-case) -> level of the unit it introduces
_LEVEL_WORDS: dict[str, str] = {
    "tỉnh": "province",
    "thành phố": "city",  # province if centrally run, else district
    "tp": "city",
    "tp.": "city",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
    "khu phố": "village",
    "khối phố": "village",  # the residential group of some central provinces' wards ("khối phố 3")
    "tổ dân phố": "village",
    "ấp": "village",
    "thôn": "village",
    "bản": "village",
    "buôn": "village",
    "xóm": "village",
    "khóm": "village",
    "làng": "village",
    "plei": "village",  # the Jrai / Ba Na village of the Central Highlands ("plei Dơr"), as "làng"
    "đảo": "village",  # an island as a recipient place ("đảo Sinh Tồn"), under its đặc khu / commune
}
# levels whose name may be a number ("quận 10", "phường 3", "ấp 2")
_NUMBERED = {"quận", "phường", "khu phố", "khối phố", "tổ dân phố", "ấp", "thôn", "xóm", "khóm", "bản"}
#: the village-level words whose groups are also named "số N" ("tổ dân phố số 7")
_NUMBERED_SO = _NUMBERED - {"quận", "phường"}
_NUMBER_SO_RE = re.compile(r"số[ \u00a0]+(\d{1,3})(?![\d\w]|[.,]\d)")
# Youth Union body words -> the level word of the place they belong to
_BODY_WORDS: dict[str, str] = {
    "tỉnh đoàn": "tỉnh",
    "thành đoàn": "thành phố",
    "huyện đoàn": "huyện",
    "quận đoàn": "quận",
    "thị đoàn": "thị xã",
    "đặc khu đoàn": "đặc khu",
}
# level words dropped by the comparison key of spec §6 (longest first)
_KEY_PREFIXES = sorted(
    [
        "tỉnh đoàn",
        "thành đoàn",
        "huyện đoàn",
        "quận đoàn",
        "thị đoàn",
        "tỉnh",
        "thành phố",
        "tp.",
        "tp",
        "huyện",
        "quận",
        "thị xã",
        "xã",
        "phường",
        "thị trấn",
        "đặc khu",
        "ấp",
        "thôn",
        "bản",
        "khu phố",
    ],
    key=len,
    reverse=True,
)
_SCHOOL_LONG = {
    # a boarding school's type spelled out is its abbreviation ("trường Phổ thông dân tộc bán trú Tiểu
    # học X" is "trường PTDTBT Tiểu học X"); before "tiểu học", which it may hold
    "phổ thông dân tộc bán trú": "ptdtbt",
    "phổ thông dân tộc nội trú": "ptdtnt",
    "trung học cơ sở": "thcs",
    "trung học phổ thông": "thpt",
    "tiểu học": "th",
    "trung học cơ sở và trung học phổ thông": "thcs&thpt",
}

LEVELS = ("national", "province", "sector", "district", "commune", "village", "school", "body")


@dataclass(frozen=True, slots=True)
class UnitMention:
    """One unit named in a text, with its offsets and its canonical name (spec §2.3).

    ``level`` is one of "national", "province", "sector", "district", "commune", "village",
    "school", "body" ("body": an organisation or named place of unknown level, from NER).
    ``source`` says what found it: "gazetteer", "alias", "body" or "ner".
    ``province_2025`` is the post-merger province the unit lies in; ``province`` the province under its
    name before the merger when the unit is a pre-2025 one (else the same), None when not known or
    ambiguous (a commune name shared by several provinces).
    """

    start: int
    end: int
    text: str
    canonical: str
    level: str
    province_2025: str | None
    is_body: bool
    source: str
    province: str | None = None  # the province as named at the time ("Hải Dương" for huyện Kim Thành)


# --------------------------------------------------------------------------- tables


@dataclass(frozen=True, slots=True)
class _Province:
    name: str  # official short name ("Hà Nội", "Bà Rịa - Vũng Tàu")
    new: str  # its post-2025 province
    central: bool  # centrally-run city (thành phố trực thuộc trung ương)


@dataclass(frozen=True, slots=True)
class _Fixed:
    canonical: str
    level: str
    is_body: bool
    province: str | None  # gazetteer province name (for province_2025)
    source: str
    kind: str  # "province" | "alias" | "body"
    cased: str = ""  # an abbreviation the surface must hold in capitals ("CA" of "Chi đoàn CA")


@dataclass
class _Tables:
    provinces: dict[str, _Province]  # key -> province
    fixed: dict[str, _Fixed]  # key of a fixed surface -> what it means
    fixed_re: re.Pattern[str]  # over the lower-cased text
    places: dict[tuple[str, str], set[tuple[str, str]]]  # (level word, name key) -> {(province, new)}
    bare_districts: dict[str, set[str]]  # district name key -> post-2025 provinces
    bare_communes: dict[str, set[str]]
    spelling: dict[tuple[str, str], str]  # (level word, name key) -> official spelling
    words: dict[str, frozenset[str]]  # nonunits.tsv by kind
    has_legacy: bool


_HYPHEN_RE = re.compile(r"\s*[-–—]\s*")
#: the press's abbreviations of the forces' words, and each row of ``bodies.tsv`` holding the full words
#: is also read abbreviated ("tuổi trẻ BĐBP", "Đồn BP", "Bộ CHQS tỉnh", "Chi đoàn CA phường"); an
#: abbreviation counts in capitals only ("thanh niên ca hát" names no police)
_FORCE_ABBREVIATIONS = (
    ("Bộ đội Biên phòng", "BĐBP"),
    ("Đồn Biên phòng", "Đồn BP"),
    ("Chỉ huy Quân sự", "CHQS"),
    ("Công an nhân dân", "CAND"),
    ("Công an", "CA"),
)
#: the Youth Union's own words abbreviated before a body's name ("ĐTN Công an tỉnh", "Đoàn TN Bộ Công
#: an" = "Đoàn Thanh niên …", a report's list writing its units short): each row of ``bodies.tsv`` that
#: opens with those words is also read so, in capitals only (the full words' rows, a prefix each)
_UNION_ABBREVIATIONS = (
    ("Đoàn Thanh niên ", ("ĐTN ", "Đoàn TN ")),
    ("thanh niên ", ("ĐTN ", "Đoàn TN ")),
)


@functools.lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    """Matching key of a name: normalised, casefolded, single spaces, tight hyphens."""
    t = textnorm.collapse_ws(_tones(unicodedata.normalize("NFC", text.translate(_LOOKALIKES)))).casefold()
    t = _HYPHEN_RE.sub("-", t)
    return t.replace("tp. ", "tp.").replace("’", "'")


def _batch_keys(names: Iterable[str]) -> dict[str, str]:
    """``_key`` of many names at once (one pass of normalisation over the joined names)."""
    uniq = list(dict.fromkeys(names))
    joined = "\n".join(uniq).translate(_LOOKALIKES)
    folded = _tones(unicodedata.normalize("NFC", joined)).casefold().split("\n")
    out: dict[str, str] = {}
    for raw, k in zip(uniq, folded, strict=True):
        k = " ".join(k.split())
        if "-" in k or "–" in k or "—" in k:
            k = _HYPHEN_RE.sub("-", k)
        out[raw] = k.replace("tp. ", "tp.").replace("’", "'")
    return out


def _read_tsv(name: str) -> list[list[str]]:
    rows = []
    for line in (_DATA / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([c.strip() for c in line.split("\t")])
    return rows


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)  # does not import the package
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


_PREFIX_RE = re.compile(r"^(?i:thành phố|tp\.?|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+")


def _strip_prefix(name: str) -> tuple[str, str]:
    m = _PREFIX_RE.match(name)
    if not m:
        return "", name
    return _level_word(m.group()), name[m.end() :]


def _load_admin() -> tuple[list[tuple[str, str, bool]], list[tuple[str, str, str, str]], bool]:
    """Provinces ``(name, new province, central)`` and places ``(level word, name, province, new)``."""
    vau = _package_dir("vietnamadminunits")
    if vau is not None and (vau / "data" / "dataset.db").exists():
        import sqlite3  # noqa: PLC0415 - only needed while the tables load

        conv = json.loads((vau / "data" / "converter_2025.json").read_text(encoding="utf-8"))
        con = sqlite3.connect(f"file:{vau / 'data' / 'dataset.db'}?mode=ro", uri=True)
        try:
            new_by_key = dict(con.execute("SELECT DISTINCT provinceKey, provinceShort FROM admin_units"))
            old_to_new = {o: new_by_key[n] for n, olds in conv["DICT_PROVINCE"].items() for o in olds}
            provinces: dict[str, tuple[str, str, bool]] = {}
            for full, short in con.execute("SELECT DISTINCT province, provinceShort FROM admin_units"):
                provinces[short] = (short, short, full.startswith("Thành phố"))
            places: list[tuple[str, str, str, str]] = []
            for pkey, full, short, dtype, dshort in con.execute(
                "SELECT DISTINCT provinceKey, province, provinceShort, districtType, districtShort "
                "FROM admin_units_legacy"
            ):
                new = old_to_new.get(pkey, short)
                provinces.setdefault(short, (short, new, full.startswith("Thành phố")))
                if dtype and dshort:
                    places.append((dtype.lower(), dshort, short, new))
            lower: dict[str, str] = {}  # level words as the data writes them ("Thị trấn") -> lower case
            for pkey, short, wtype, wshort in con.execute(
                "SELECT DISTINCT provinceKey, provinceShort, wardType, wardShort FROM admin_units_legacy "
                "WHERE wardType IS NOT NULL AND wardShort IS NOT NULL"
            ):
                lw = lower.get(wtype) or lower.setdefault(wtype, wtype.lower())
                places.append((lw, wshort, short, old_to_new.get(pkey, short)))
            for short, wtype, wshort in con.execute(
                "SELECT provinceShort, wardType, wardShort FROM admin_units"
            ):
                lw = lower.get(wtype) or lower.setdefault(wtype, wtype.lower())
                places.append((lw, wshort, short, short))
        finally:
            con.close()
        return list(provinces.values()), places, True
    vp = _package_dir("vietnam_provinces")
    if vp is None:
        raise ImportError("no gazetteer data: install vietnamadminunits or vietnam-provinces")
    log.warning("vietnamadminunits is not installed: the gazetteer has no pre-2025 units")
    rows = json.loads((vp / "data" / "flat-divisions.json").read_text(encoding="utf-8"))
    provinces = {}
    places = []
    for r in rows:
        pword, pname = _strip_prefix(r["province_name"])
        provinces[pname] = (pname, pname, pword == "thành phố")
        wword, wname = _strip_prefix(r["name"])
        if wword:
            places.append((wword, wname, pname, pname))
    return list(provinces.values()), places, False


#: the mark of a surface's end that ``_trie_regex`` tests for a word end (no atom: atoms are escaped)
_WORD_END = "$"


def _atoms(surface: str, fold: bool) -> list[str]:
    """Regex atoms of a fixed surface: one per character, with flexible spaces, dashes and dots."""
    out: list[str] = []
    text = _key(surface) if fold else textnorm.collapse_ws(textnorm.normalize(surface))
    for tok in re.split(r"(\s*[-–—]\s*|\s+|\.\s*)", text):
        if not tok:
            continue
        if tok.strip() in ("-", "–", "—"):
            out.append(r"\s*[-–—]\s*")
        elif not tok.strip():
            out.append(r"\s+")
        elif tok.strip() == ".":
            out.append(r"\.\s*")
        else:
            out.extend(re.escape(c) for c in tok)
    return out


def _trie_regex(
    surfaces: Iterable[str], *, fold: bool = True, word_start: bool = False, word_end: Collection[str] = ()
) -> str:
    """One alternation over many fixed surfaces, factored as a trie (fast: no backtracking per entry).

    At a given place at most one branch of a node can go on (letters differ; a space, a dash and a dot
    exclude each other), so the match is the longest surface matching there, and every shorter surface
    matching there is a prefix of it.

    ``word_start``: match only where no word character (``\\w``, that is ``isalnum()`` or "_") precedes.
    The test sits after the first character of each top branch, a single letter, so the regex engine
    still skips ahead to the possible first characters.

    ``word_end``: surfaces (of ``surfaces``) that end only where no letter follows (a digit or a
    footnote marker may, as after ``fixed_re``'s names): a key ending in a two-letter abbreviation
    ("chi đoàn ca") must not match the start of a longer word ("Chi đoàn Ca|o Bằng"); the match falls
    back to a shorter surface there, if any.
    """
    root: dict[str, dict] = {}
    guarded = frozenset(word_end)
    for surface in surfaces:
        node = root
        for atom in _atoms(surface, fold):
            node = node.setdefault(atom, {})
        node[_WORD_END if surface in guarded else ""] = {}

    def emit(node: dict[str, dict], guard: str = "") -> str:
        ends = "" in node
        branches = [a + guard + emit(child) for a, child in node.items() if a and a != _WORD_END]
        end = "" if ends or _WORD_END not in node else rf"(?![^\W\d_{_SUP}])"  # as ``fixed_re``'s end
        if not branches:
            return end
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        if end:
            return "(?:" + body + "|" + end + ")"
        return body

    if word_start and any(len(a) != 1 or not a.isalnum() for a in root if a):
        raise ValueError("word_start needs surfaces that start with a letter or a digit")
    # (?<!\w.) right after the first character c: no word character before c
    return "(?:" + emit(root, r"(?<!\w.)" if word_start else "") + ")"


@functools.cache
def _tables() -> _Tables:
    prov_rows, place_rows, has_legacy = _load_admin()
    provinces: dict[str, _Province] = {}
    fixed: dict[str, _Fixed] = {}
    for name, new, central in prov_rows:
        provinces[_key(name)] = _Province(name, new, central)
        fixed[_key(name)] = _Fixed(name, "province", False, name, "gazetteer", "province")
    for row in _read_tsv("aliases.tsv"):
        surface, canonical = row[0], row[1]
        prov = row[2] if len(row) > 2 and row[2] else canonical
        if _key(prov) not in provinces:
            continue  # an alias of a province this data set lacks (pre-2025 name without legacy data)
        fixed.setdefault(_key(surface), _Fixed(canonical, "province", False, prov, "alias", "alias"))
        provinces.setdefault(_key(canonical), provinces[_key(prov)])
    for row in _read_tsv("bodies.tsv"):
        surface, canonical, level, is_body = row[:4]
        body_prov = row[4] if len(row) > 4 and row[4] else None
        fixed[_key(surface)] = _Fixed(canonical, level, is_body == "1", body_prov, "body", "body")
        for full, short in _FORCE_ABBREVIATIONS:
            # a key ending in a two-letter abbreviation ("chi đoàn ca") is a prefix of other words: the
            # trie of ``_any_re`` tests its word end (``_short_ends``), else "Chi đoàn Ca|o Bằng" would
            # hide the province
            if full in surface:  # "Chi đoàn Công an" -> "Chi đoàn CA" (the same body, abbreviated)
                fx = _Fixed(canonical, level, is_body == "1", body_prov, "body", "body", short)
                fixed.setdefault(_key(surface.replace(full, short)), fx)
        for full, shorts in _UNION_ABBREVIATIONS:
            if surface.startswith(full) and is_body == "1":
                for short in shorts:
                    fx = _Fixed(canonical, level, True, body_prov, "body", "body", short.split()[-1])
                    fixed.setdefault(_key(short + surface[len(full) :]), fx)
    places: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    spelling: dict[tuple[str, str], str] = {}
    bare_d: dict[str, set[str]] = defaultdict(set)
    bare_c: dict[str, set[str]] = defaultdict(set)
    keys = _batch_keys(name for _lw, name, _p, _n in place_rows)
    for lw, name, prov, new in place_rows:
        k = keys[name]
        places[(lw, k)].add((prov, new))
        spelling.setdefault((lw, k), name)
        (bare_d if _LEVEL_WORDS.get(lw) in ("district", "city") else bare_c)[k].add(new)
    words: dict[str, set[str]] = defaultdict(set)
    for kind, word in _read_tsv("nonunits.tsv"):
        words[kind].add(textnorm.normalize(word))
    # word start is checked by _scan; a digit may follow (footnote markers: "Hưng Yên⁶", "Hà Nội1")
    fixed_re = re.compile(_trie_regex(fixed) + rf"(?![^\W\d_{_SUP}])")
    return _Tables(
        provinces=provinces,
        fixed=fixed,
        fixed_re=fixed_re,
        places=dict(places),
        bare_districts=dict(bare_d),
        bare_communes=dict(bare_c),
        spelling=spelling,
        words={k: frozenset(v) for k, v in words.items()},
        has_legacy=has_legacy,
    )


# --------------------------------------------------------------------------- patterns

_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]  # Basic Latin to Latin Extended-B, Vietnamese block
_UP = "".join(c for c in map(chr, _LATIN) if c.isupper() and c.isalpha())
_LO = "".join(c for c in map(chr, _LATIN) if c.islower() and c.isalpha())
_UPC = f"[{_UP}]"  # an upper-case letter
_LOWORD = f"[{_LO}]+"  # a lower-case word
#: the rest of a capitalised word; digits glued to a lower-case letter are a footnote marker, not part of
#: the word ("Tổ dân phố Hòa Sơn1"), while an upper-case code keeps them ("DK1"); a number of the name
#: is written apart ("phường Hà Giang 1")
_TAIL = rf"(?:[^\W\d_{_SUP}]|['’]|(?<![{_LO}])\d)*"
_TOK = rf"(?:{_UPC}{_TAIL}|\d{{1,3}}(?!\d)[A-Za-z]?)"
#: a capitalised word, maybe with a loanword's lower-case syllables glued on by hyphens ("Tuy-nen")
_CAPTOK = rf"{_UPC}{_TAIL}(?:-[{_LO}]+(?![\w-]))*"
# spaces inside a name: a tab or a wide gap separates the columns of a header, a newline ends the name
_WS = "[ \u00a0]{1,3}"
_WS0 = "[ \u00a0]{0,3}"
_SEP = rf"(?:{_WS}|{_WS0}[-–]{_WS0})"
_CAPSEQ = rf"{_TOK}(?:{_SEP}{_TOK}){{0,6}}"
_B = r"(?<!\w)"
_E = r"(?!\w)"
_LW = (
    r"(?i:thành\s+phố|tp\.|tp|tỉnh|huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu|khu\s+phố|khối\s+phố|"
    r"tổ\s+dân\s+phố|ấp|thôn|bản|buôn|xóm|khóm|làng|plei|(?<!bán[ \u00a0])(?<!quần[ \u00a0])đảo)"
)
_BODYW = r"(?i:tỉnh\s+đoàn|thành\s+đoàn|huyện\s+đoàn|quận\s+đoàn|thị\s+đoàn|đặc\s+khu\s+đoàn)"
_BODY_PRE = r"(?i:ban\s+thường\s+vụ|btv|ban\s+chấp\s+hành|bch|thường\s+trực|ban\s+thường\s+trực)"

# the name may be "số N" ("tổ dân phố số 7"; `_resolve_in` keeps it for village-level words only)
_LEVEL_PAT = rf"(?P<lw>{_LW})(?:{_WS}|(?<=\.){_WS0})(?P<name>(?:số{_WS}(?=\d))?{_CAPSEQ})"
#: a Youth Union of an organisation: "Đoàn cơ sở", "Đoàn bộ phận" (a member company's, under its
#: corporation's Đoàn cơ sở), "Chi đoàn (cơ sở)", "Đoàn Thanh niên", "Đoàn TN", its capitals "ĐTN", or
#: "Đoàn" capitalised (lower-case "đoàn" alone is a delegation: "đoàn công tác")
_YU_PRE = (
    r"(?:(?i:đoàn\s+cơ\s+sở|đoàn\s+bộ\s+phận|chi\s+đoàn(?:\s+cơ\s+sở)?|đoàn\s+(?:thanh\s+niên(?:\s+cộng\s+sản\s+hồ\s+chí\s+minh)?"
    r"|tn|tncs\s+hồ\s+chí\s+minh))|Đoàn|ĐOÀN|ĐTN(?!\w))"
)


#: the members of an organisation's Youth Union counted right before its name ("42 đoàn viên Bệnh viện
#: X sơ cứu …"): the organisation is named as the unit of its members, as by "Đoàn Thanh niên X"; the
#: mention starts at the organisation (``_org``). Lower case only: "Đoàn viên" opening a sentence may
#: be a title ("Đoàn viên Công ty X được khen")
_MEMBERS = r"(?P<members>đoàn[ \u00a0]+viên)"

#: a workshop, office or ward of an organisation whose Chi đoàn is named by it before the
#: organisation ("Chi đoàn Phân xưởng Cơ điện, Công ty TNHH X", "Chi đoàn Khoa Nội, Bệnh viện Y"):
#: the Chi đoàn is the organisation's (spec §2.3), read by the organisation's name; its nouns'
#: initials pass ``_body_filter``
_WORKSHOP_NOUNS = ("Phân xưởng", "Xưởng", "Phòng", "Khoa", "Tổ", "Đội")
_WORKSHOP = (
    "(?:" + "|".join(w.replace(" ", r"\s+") for w in _WORKSHOP_NOUNS) + ")"
    r"(?:[ \u00a0]+[^\W\d_]+){1,4}[ \u00a0]*,"
)

#: capitalised words that open another unit or organisation: they end an organisation's name
#: (with the organisation nouns of ``nonunits.tsv``)
_ORG_STOP_WORDS = (
    "đoàn", "chi đoàn", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn",
    "liên đội", "đại học", "học viện", "cao đẳng", "ban", "bch", "btv", "ubnd", "ủy ban", "uỷ ban",
)  # fmt: skip


def _alt(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases (longest first; any run of spaces between words), or a pattern
    that never matches when there are none."""
    alts = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases if p}, key=len, reverse=True)
    return "|".join(alts) if alts else "(?!)"


def _enders() -> str:
    """The lower-case words that end a unit's name, as a regex alternation: the verbs (``verb`` in
    ``nonunits.tsv``: what follows is what the unit does) and the words of an ordinal or a term
    (``term``: "Đại hội Đoàn trường Đại học X lần thứ XVI", "… khóa XX", "… nhiệm kỳ 2025 – 2030"
    name the unit "trường Đại học X"; the congress's number or term is no part of its name)."""
    w = _tables().words
    return _alt([*w.get("verb", ()), *w.get("term", ())])


def _org_stops() -> str:
    """``_ORG_STOP_WORDS`` and the organisation nouns, case-insensitive; and "Trường" where it opens a
    school, i.e. before a school type (``_SCHOOL_TYPES``, "Đại học", "Cao đẳng", "Học viện" ...).
    "Trường" before anything else is a word of a name ("Tổng công ty Điện lực Trường Sơn", "Trường
    Sa", "Trường Giang") and does not end an organisation's name."""
    school = rf"(?i:trường)(?={_WS}(?:{_SCHOOL_TYPES}|{_HIGHER_TYPES})(?!\w))"
    stops = _alt([*_ORG_STOP_WORDS, *_tables().words.get("orgunit", ())])
    return f"(?!{_REGION_BO})(?:(?i:{stops})|{school})"


#: the "Bộ" that ends a region's name (Bắc Bộ, Trung Bộ, Nam Bộ, Bắc Trung Bộ, Nam Trung Bộ, Tây Nam Bộ,
#: Đông Nam Bộ, Tây Bắc Bộ, Đông Bắc Bộ: the word before it is always Bắc, Trung or Nam): part of the
#: name it ends ("Bệnh viện Đa khoa Trung ương Bắc Trung Bộ"), not a ministry opening another one; a
#: capitalised word after it makes it a ministry's after all ("Công ty X Miền Nam Bộ Công Thương")
_REGION_BO = rf"(?:(?<=Bắc[ \u00a0])|(?<=Trung[ \u00a0])|(?<=Nam[ \u00a0]))Bộ(?!\w)(?!{_WS}{_UPC})"


def _org_nouns() -> list[str]:
    """The nouns that open an organisation's name (``orgunit`` and ``orgopen`` in ``nonunits.tsv``).
    Only ``orgunit`` nouns also end another organisation's name (``_org_stops``): an ``orgopen`` noun
    is common inside names ("Công ty Cổ phần Cảng Hải Phòng" is one name, "Đoàn Thanh niên Cảng Sài
    Gòn Mới" another)."""
    w = _tables().words
    return sorted({*w.get("orgunit", ()), *w.get("orgopen", ())})


#: the level word of the place in a branch's name ("Bưu điện tỉnh Nghệ An", "Chi nhánh Ngân hàng Chính
#: sách xã hội thành phố Hồ Chí Minh", "Bưu điện TP. Đà Nẵng"): the place is part of the name, and the
#: level word counts as no lower-case word of the name (spec §2.3: a branch is its organisation's unit)
_ORG_PLACE_LW = r"(?i:tp\.|(?:tỉnh|thành\s+phố|tp|huyện|quận|thị\s+xã)(?!\w))"


#: an organisation's short name in brackets right after its name ("(Agribank)", "(EVNNPC)"): one
#: capitalised word, no spaces; the full name ends before it
_BRACKET_ABBR = rf"[ \u00a0]*\({_UPC}[\w&.-]{{1,15}}\)"
_BRACKET_ABBR_RE = re.compile(_BRACKET_ABBR)


#: words of time that never belong to an organisation's name ("Sở Nội vụ năm 2024")
_TIME_WORDS = r"(?:năm|tháng|ngày|quý|tuần|lần|đợt|giai\s+đoạn)"


def _org_name_pat(stops: str, verbs: str) -> str:
    """The name of an organisation after its noun ("Điện lực Bắc Giang", "TNHH May mặc Minh Phát",
    "Đa khoa tỉnh Bắc Giang", "Giáo dục và Đào tạo", "Lao động - Thương binh và Xã hội"): capitalised
    words, with up to four lower-case words before the next one (not function words, not a verb of
    ``verbs``: "Công ty X tặng Nhà văn hóa" ends at X), joined by spaces, "và", a dash or the level
    word of a place (``_ORG_PLACE_LW``, which may also open the name: "Bưu điện tỉnh Nghệ An").
    A capitalised word that opens another unit or organisation (``stops``) ends the name. The name may
    end with one lower-case word ("Đào tạo", "Điện lực", "Tư pháp") where its end shows: before
    punctuation, a footnote marker, a number (its figure: "Chi đoàn Sở Tư pháp 7 đồng chí"), a
    function word or a verb; or with a lower-case tail of ``_NAME_TAILS``, after at most two other
    lower-case words ("Ngân hàng Chính sách xã hội tổ chức …"); or with up to four lower-case words
    before its figure ("Cục Quản lý tài nguyên nước 4 sáng kiến": ``_org`` keeps them where the first
    completes a compound, ``_compound_before_number``). The name may also be a bare level word
    before a figure, a footnote marker or punctuation ("Bảo hiểm xã hội tỉnh 19 đồng chí", "Bưu điện
    huyện:"): the organisation's branch in the report's own place."""
    low = rf"{_WS}(?!{_FUNCTION_WORDS}|(?:{verbs})(?!\w)){_LOWORD}"
    sep = rf"(?:{_WS}và{_WS}|{_WS0}[-–]{_WS0}|{_WS}|{_WS}{_ORG_PLACE_LW}(?:{_WS}|(?<=\.){_WS0}))"
    item = rf"(?:{low}){{0,5}}{sep}(?!(?:{stops})(?!\w)){_CAPTOK}"
    # the branch of an organisation named after it, maybe after the organisation's short name in
    # brackets ("Ngân hàng … Nông thôn (Agribank) Chi nhánh tỉnh Vĩnh Long"): one name, the branch's
    # ("Chi nhánh" is otherwise an organisation noun that ends a name); ``_org`` drops the bracket
    branch = rf"(?:{low}){{0,4}}(?:{_BRACKET_ABBR})?{_WS}Chi{_WS}nhánh(?={_WS}(?:{_ORG_PLACE_LW}|{_UPC}))"
    ends = (
        rf"(?=[ \u00a0]*(?:[,.;:)\n\[{_SUP}]|$)|{_WS}(?:{_FUNCTION_WORDS}|(?:{verbs})(?!\w))"
        rf"|{_BRACKET_ABBR})"
    )
    first = rf"(?:{_ORG_PLACE_LW}(?:{_WS}|(?<=\.){_WS0})(?!(?:{stops})(?!\w)))?{_CAPTOK}"
    # a name given alone (``lookup``) may end with lower-case words: "Ngân hàng Chính sách xã hội"
    whole = rf"(?:{low}){{1,4}}(?=[ \u00a0]*\Z)"
    # before a number the last lower-case word is kept as ``numlow`` (``_org`` decides), or a run of
    # two to four that holds no word of time ("Cục Quản lý tài nguyên nước 4 sáng kiến", not "Sở Nội vụ
    # năm 2024")
    run = rf"{_WS}(?!{_FUNCTION_WORDS}|(?:{verbs}|{_TIME_WORDS})(?!\w)){_LOWORD}"
    numlow = rf"(?P<numlow>{low}|(?:{run}){{2,4}})(?=[ \u00a0]*\d)"
    # an organisation named by its noun and a bare level word before its figure or a mark ("Đoàn cơ sở
    # Bảo hiểm xã hội tỉnh 19 đồng chí"): the branch of the report's own place (before a verb the level
    # word is left out, as in "Ngân hàng Nông nghiệp tỉnh đã trao"); the name that is the noun and
    # the level word alone also before a lower-case word that is no verb nor function word ("Chi đoàn
    # Văn phòng UBND tỉnh giải Nhì"): a place's name after its level word is capitalised
    own = (
        rf"(?i:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)"
        rf"(?=[ \u00a0]*(?:[,.;:)\t\n\[{_SUP}]|\d|$)|{low})"
    )
    # a numbered enterprise or branch ends with "số N" ("Xí nghiệp Bảo dưỡng số 2 (7 xe)", "Nhà máy
    # Thủy điện số 3,"): the number is the name's, where its end shows (punctuation, a bracket, a word,
    # or its figure: "Chi đoàn Xí nghiệp Vận tải số 2 18,5 triệu đồng")
    numbered = (
        rf"(?:{low}){{0,2}}{_WS}số{_WS}\d{{1,3}}(?![.,]?\d)"
        rf"(?=[ \u00a0]*(?:[,.;:()\n\[{_SUP}]|$)|{_WS}[^\W_])"
    )
    # a number of one or two digits that ends the name before a verb is the name's own ("Đoàn Thanh
    # niên Công ty Xăng dầu Khu vực 2 trao …"): a count is followed by what it counts, not by a verb;
    # so is one before a list label's colon and the item's figure ("- Đoàn cơ sở Nhà máy A 2: 40 …")
    numverb = rf"(?:{low})?{_WS}[1-9]\d?(?!\w)(?={_WS}(?:{verbs})(?!\w)|:[ \u00a0]+\d)"

    # a branch numbered by its area ("Viện kiểm sát nhân dân khu vực 7", "Chi cục Thuế khu vực 3"),
    # where the name's end shows (punctuation, a bracket, a word): ``_org`` drops a number that counts
    # the word after it ("… khu vực 7 người")
    def area(group: str) -> str:
        return (
            rf"(?P<{group}>(?i:khu{_WS}vực){_WS}[1-9]\d?)(?![.,]?\d)"
            rf"(?=[ \u00a0]*(?:[,.;:()\n\[{_SUP}]|$)|{_WS}[^\W\d_])"
        )

    tails = rf"(?:{low}){{0,2}}{_WS}{_NAME_TAILS}"
    branch_area = rf"(?:{low}){{0,4}}{_WS}{area('area')}"
    rest = rf"(?:{numbered}|{numverb}|{branch_area}|{whole}|{low}{ends}|{tails}|{numlow})?"
    # an organisation named by a number or a date alone ("Bệnh viện 19-8", "Bệnh viện 175"), where the
    # name's end shows
    numname = rf"\d{{1,3}}(?:[-–]\d{{1,2}})?(?![.,]?\d){ends}"
    return rf"(?:{own}|{numname}|{area('area0')}|{first}(?:{item}|{branch})*{rest})"


#: a word of a provincial Đoàn Khối's name ("các cơ quan và doanh nghiệp"): not a function word
#: other than "và"/"các", not "Trung ương" (the central Đoàn Khối are fixed names, bodies.tsv)
_KHOI_WORD = (
    r"(?!(?:với|của|tại|ở|cùng|cho|trong|từ|đến|là|có|đã|được|những|thuộc|về|theo)(?!\w)"
    r"|(?i:trung\s+ương)(?!\w))(?:[^\W\d_])+"
)


def _body_pat(orgs: str, stops: str, verbs: str) -> str:
    """Youth Union bodies: of a place ("Tỉnh đoàn X", "Đoàn xã X"), of an organisation ("Đoàn
    Thanh niên Công ty X": group ``org``, its name ``oname``), or a provincial Đoàn Khối ("Đoàn Khối
    các cơ quan và doanh nghiệp tỉnh Bắc Giang": ``khoi``, the province's level word ``klw`` and name
    ``kprov``)."""
    return (
        rf"(?:(?P<bpre>{_BODY_PRE})\s+)?"
        rf"(?:(?:(?P<bw>{_BODYW})|(?i:đoàn)(?:\s+(?i:thanh\s+niên(?:\s+cộng\s+sản\s+hồ\s+chí\s+minh)?|tn"
        rf"|tncs\s+hồ\s+chí\s+minh))?\s+(?P<lw>{_LW}))"
        rf"(?:{_WS}|(?<=\.){_WS0})(?P<name>{_CAPSEQ})"
        rf"|(?:{_YU_PRE}(?:{_WS}{_WORKSHOP})?|{_MEMBERS})\s+(?={_UPC})"
        rf"(?P<org>(?i:{orgs})){_WS}(?P<oname>{_org_name_pat(stops, verbs)})"
        rf"|(?P<khoi>(?i:đoàn{_WS}khối)(?:{_WS}(?!(?:{verbs})(?!\w)){_KHOI_WORD}){{1,6}}?)"
        rf"{_WS}(?P<klw>(?i:tỉnh|thành\s+phố|tp\.?))(?:(?:{_WS}|(?<=\.){_WS0})(?P<kprov>{_CAPSEQ})"
        rf"|(?P<kown>(?=[ \u00a0]*(?:[,.;:)\t\n\u00b9\u00b2\u00b3\u2070-\u2079\[]|$)"
        rf"|[ \u00a0]+(?!{_UPC})[^\W\d_]))))"
    )


def _org_pat(orgs: str, stops: str, verbs: str) -> str:
    """An organisation named without its Youth Union ("Công ty Điện lực Bắc Giang"): read as the
    unit of its Youth Union only by ``lookup`` (a unit's name given as such); in running text it is a
    partner or a place, not a unit."""
    return rf"(?={_UPC})(?P<org>(?i:{orgs})){_WS}(?P<oname>{_org_name_pat(stops, verbs)})"


#: the levels a boarding school for ethnic minorities serves, written after its type ("Trường PTDTBT
#: Tiểu học và THCS X", "PTDTNT THCS và THPT Y"): part of the type, not of the name
_BOARDING_LEVELS = (
    r"(?:TH\s*(?:&|và)\s*THCS|Tiểu\s+học\s+(?:&|và)\s+THCS|THCS\s*(?:&|và)\s*THPT"
    r"|Tiểu\s+học|THCS|THPT|TH)(?!\w)"
)
_SCHOOL_TYPES = (
    rf"(?:(?:PTDTBT|PTDTNT|PT\s*DTNT|PT\s*DTBT)\s+{_BOARDING_LEVELS}|"
    r"TH\s*(?:&|và)\s*THCS|THCS\s*(?:&|và)\s*THPT|Tiểu\s+học\s+và\s+THCS|THCS|THPT|PTDTBT|PTDTNT|PT\s*DTNT|"
    # the boarding school's type spelled out, in either case, with the levels it serves ("Phổ thông
    # dân tộc bán trú Tiểu học X", "Phổ thông Dân tộc Nội trú THCS và THPT Y"): all of it is the type
    rf"Phổ\s+thông\s+(?i:dân\s+tộc\s+(?:nội|bán)\s+trú)(?:\s+{_BOARDING_LEVELS})?|"
    r"Tiểu\s+học|TH|Trung\s+học\s+cơ\s+sở|Trung\s+học\s+phổ\s+thông|Trung\s+học|Phổ\s+thông"
    r"|Mầm\s+non|MN|Mẫu\s+giáo|Trung\s+cấp|Chính\s+trị)"
)
# universities: lower-case syllables allowed only between capitalised ones ("Sư phạm Hà Nội")
_FUNCTION_WORDS = r"(?:và|với|của|tại|ở|cùng|cho|trong|từ|đến|là|có|đã|được|các|những|thuộc|về|theo)(?!\w)"


#: a school's or college's own number after "số", one or two digits and no figure ("… số 2", not
#: "… số 2.000"): it ends the name (``_school_pat``, ``_he_name``)
_SO_NUMBER = rf"{_WS}số{_WS}[1-9]\d?(?![.,]?\d)"


def _school_pat(verbs: str) -> str:
    """A school: "Trường/Liên đội/Đoàn trường" + a school type + its name ("trường THCS Lê Lợi",
    "THPT chuyên Lê Quý Đôn", "THCS số 2"). The name's first word may be a compound with a lower-case
    second syllable before more capitalised words ("THPT Quốc học Quy Nhơn", "Phổ thông Năng khiếu",
    "Thực hành Sư phạm"), but that syllable is no function word and no verb of ``verbs`` ("Trường
    Mầm non Sen tặng Quỹ …" ends at "Sen")."""
    compound = rf"{_CAPTOK}{_WS}(?!{_FUNCTION_WORDS}|(?:{verbs})(?!\w)){_LOWORD}(?={_WS}{_UPC})"
    # a school numbered after its name ("Trường Tiểu học Lê Lợi số 2"): "số N" ends it (``_school`` keeps
    # the number after "số" and cuts a count after it: "… số 2 15 máy tính")
    numbered = rf"(?:{_SO_NUMBER})?"
    return (
        rf"(?P<pre>(?i:trường|(?:liên\s+đội|chi\s+đoàn)(?:\s+trường)?|đoàn\s+trường)\s+)(?P<type>{_SCHOOL_TYPES})"
        rf"{_WS}(?P<name>(?:(?i:chuyên|số){_WS})?(?:{compound}{_SEP})?{_CAPSEQ}{numbered})"
    )


# lower-case last syllables of institution names ("An ninh nhân dân", "Kinh tế Quốc dân", "Kỹ thuật Miền
# núi", "Thương mại", "Ngoại ngữ", "Dầu khí", "Cơ khí", "Giao thông Vận tải", "Môi trường" after its
# capitalised "Môi"): only syllables that do not end a common verb ("xây dựng", "tham gia")
_NAME_TAILS = (
    r"(?:nhân\s+dân|dân|nhiên|văn|hội|tế|thuật|sự|phạm|nghệ|nghiệp|dược|luật|lực|chính|khoa"
    r"|núi|mại|ngữ|thao|trúc|sản|hải|nhạc|khí|tải|(?<=Môi[ \u00a0])trường"
    # "dựng" after a capitalised "Xây" is a name's compound ("Cao đẳng Xây dựng", "Viện Khoa học Công nghệ
    # Xây dựng"); the lower-case verb "xây dựng" stays no tail
    r"|(?<=Xây[ \u00a0])dựng"
    # a lower-case compound noun that ends many names after a lower-case syllable ("Giao thông vận tải")
    r"|vận[ \u00a0]+tải"
    # the second syllable of a capitalised compound that ends many names ("Thủy lợi", "Kinh doanh")
    r"|(?<=Ngoại[ \u00a0])(?:giao|thương)"  # "Học viện Ngoại giao", "Đại học Ngoại thương"
    r"|(?<=Thủy[ \u00a0])lợi|(?<=Thuỷ[ \u00a0])lợi|(?<=Kinh[ \u00a0])doanh|(?<=Tuyên[ \u00a0])truyền"
    # syllables that also start common phrases: a tail only where that phrase does not go on ("Học viện
    # Ngân hàng tổ chức", not "… Ngân hàng năm"; "Viễn thông Nghệ An", not "… X thông qua")
    # "hàng không" (aviation) ends a name as one compound ("Công ty Dịch vụ hàng không"): its "không"
    # is no negation there; not after "Ngân" ("Ngân hàng không …" is a bank's name and a negation)
    r"|(?<!Ngân[ \u00a0])hàng[ \u00a0]+không"
    r"|hàng(?![ \u00a0]+(?:năm|tháng|tuần|ngày|quý|loạt|trăm|nghìn|ngàn|chục|triệu|hóa)(?!\w))"
    r"|thông(?![ \u00a0]+(?:qua|báo|tin|thường|suốt)(?!\w))|chí(?![ \u00a0]+(?:ít|là)(?!\w))|lịch)(?!\w)"
)
#: the dot of a city abbreviation that ends a name ("Nông Lâm TP.HCM", "Bách khoa Tp. Hồ Chí Minh"):
#: the name goes on past it (a "TP"/"Tp" word right before the dot) with the city's capitalised words
#: only, and ends there ("… TP.HCM tổ chức lễ xuất quân Chiến dịch …" is not a longer name)
_CITY_DOT = rf"(?<=T[Pp])(?<![^\W_]T[Pp])\.{_WS0}(?={_UPC})"


def _he_name(verbs: str, stops: str = "(?!)") -> str:
    """A university's or academy's name: capitalised words, with lower-case words between them that
    are no function words and no verbs of ``verbs`` ("Đại học Sư phạm Huế tổ chức Hội thi …" ends at
    "Huế", "… Hà Nội phối hợp Trung tâm …" at "Hà Nội"), and maybe a lower-case tail (``_NAME_TAILS``).
    "và" joins two parts of one name ("Công nghệ Thông tin và Truyền thông", "Kinh tế và Quản trị
    Kinh doanh") when a capitalised word follows that opens no unit of its own (``stops``: "Trường",
    "Đoàn", "Đại học", an organisation noun ...); a place's name after it is cut off by ``_school``."""
    lower = rf"{_WS}(?!{_FUNCTION_WORDS}|(?:{verbs})(?!\w)){_LOWORD}"
    joined = rf"{_WS}và{_WS}(?!(?:{stops})(?!\w))"
    return (
        rf"{_CAPTOK}(?:(?:{lower})*(?:{_WS}|{_WS0}[-–]{_WS0}|{joined}){_CAPTOK})*"
        rf"(?:{_CITY_DOT}{_CAPTOK}(?:{_WS}{_CAPTOK})*"
        # a name given alone (``lookup``) may end with lower-case words: "Học viện Báo chí và Tuyên truyền"
        rf"|(?:{lower}){{1,3}}(?=[ \u00a0]*\Z)"
        # a numbered college or school ends with "số N" ("Cao đẳng Xây dựng số 1"), where its end shows
        # (punctuation, a bracket, a word, or its figure: "… số 1 405 đơn vị"), as an enterprise's
        # does (``_org_name_pat``)
        rf"|(?:{lower}){{0,2}}{_SO_NUMBER}"
        rf"(?=[ \u00a0]*(?:[,.;:()\t\n\[{_SUP}]|$)|{_WS}[^\W_])"
        rf"|(?:(?:{lower})?{_WS}{_NAME_TAILS})?)"
    )


#: capitalised words that open another unit: a name read up to its bracketed figure stops before them
_OPENERS_IN_LIST = r"(?:Trường|Đại\s+học|Học\s+viện|Cao\s+đẳng|Đoàn|Chi\s+đoàn|Liên\s+đội|Hội|Ban|UBND)(?!\w)"


def _bracket_tail_pat(verbs: str, breaks: str) -> str:
    """The rest of a university's or academy's name up to its figure in brackets: "Trường Đại học Giao
    thông vận tải (300 đơn vị)", "Học viện Báo chí và Tuyên truyền (120 đơn vị)". In a list of units
    with their figures in brackets the bracket shows where each name ends, so the name may go on with
    lower-case words, "và" and a dash; not with a function word, a verb (``verb``) or a word that
    never belongs to a name (``namebreak``: "hơn", "khoảng"), and not into another unit's name."""
    word = rf"(?!(?:{_FUNCTION_WORDS})|(?:{verbs}|{breaks})(?!\w)|{_OPENERS_IN_LIST})(?:{_CAPTOK}|{_LOWORD})"
    item = rf"(?:{_WS}(?:và{_WS}(?={_UPC}))?{word}|{_WS0}[-–]{_WS0}{_CAPTOK})"
    return rf"{item}{{1,8}}(?=[ \u00a0]*\(\d)"


_HIGHER_TYPES = r"(?:Đại\s+học|Học\s+viện|Cao\s+đẳng|ĐH|CĐ)"
#: the abbreviated school types, spelled out in a canonical name: "ĐH Cần Thơ", "trường ĐH Cần Thơ" and
#: "Trường Đại học Cần Thơ" are one school, "trường Đại học Cần Thơ" (spec §2.3: schools with "trường";
#: the gold spells universities and colleges out, while it keeps "THPT", "THCS" as written)
_TYPE_ABBR = {"ĐH": "Đại học", "CĐ": "Cao đẳng"}


def _higher_pat(verbs: str, stops: str = "(?!)") -> str:
    return (
        rf"(?P<pre>(?i:trường|đoàn\s+trường)\s+)?(?P<type>{_HIGHER_TYPES})"
        rf"{_WS}(?P<name>{_he_name(verbs, stops)})"
    )


_TRIGGERS = (
    "thành phố",
    "tp",
    "tỉnh",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "xã",
    "phường",
    "đặc khu",
    "khu phố",
    "khối phố",
    "tổ dân phố",
    "ấp",
    "thôn",
    "bản",
    "buôn",
    "xóm",
    "khóm",
    "làng",
    "plei",
    "đảo",
    "thành đoàn",
    "thị đoàn",
    "đặc khu đoàn",
    "đoàn",
    "ban",
    "btv",
    "bch",
    "thường trực",
    "trường",
    "liên đội",
    "chi đoàn",
    "đại học",
    "học viện",
    "cao đẳng",
    "đh",
    "cđ",
    "đtn",  # "ĐTN Bệnh viện X" = "Đoàn Thanh niên Bệnh viện X" (`_YU_PRE`)
)


# Filters: what the text must look like from a trie hit to 2 characters past it for a pattern to match
# there (a necessary condition, never sufficient). Each starts with a lead that is a trie word (with at
# most one more character: "tp."), so the lead lies inside the hit (the longest trie word there); what
# must follow the lead may run past the 2 characters, hence the \Z alternatives.
_LW_START = "[thqxpđkấbl]"  # first letters of the level words, and of "thanh niên", "tn", "tncs"
_LEVEL_FILTER = rf"{_LW}(?:{_WS}|(?<=\.){_WS0})(?:{_UPC}|\d|s\Z|\Z)"  # "s": "tổ dân phố số 7"


def _body_filter(orgs: Iterable[str]) -> str:
    """The filter of the body pattern: a place's body, or an organisation's Youth Union ("Đoàn cơ
    sở …", "Chi đoàn C…", "Đoàn B…" before the capital initial of an organisation noun of ``orgs``;
    "Đoàn T…" of "Đoàn Thanh niên" passes already)."""
    # with the initials of a workshop's or ward's noun before the organisation (``_WORKSHOP``)
    initials = "".join(sorted({o[0].upper() for o in orgs if o} | {w[0] for w in _WORKSHOP_NOUNS}))
    org = rf"|(?i:(?:chi\s+)?đoàn\s+(?:c|\Z))|(?i:(?:chi\s+)?đoàn)\s+[{initials}]" if initials else ""
    return (
        r"(?i:ban\s+(?:[tc]|\Z)|(?:btv|bch|thường\s+trực)\s|(?:tỉnh|huyện|quận)\s+(?:đ|\Z)"
        rf"|đoàn\s+(?:{_LW_START}|\Z)|(?:thành|thị|đặc\s+khu)\s+đoàn[ \u00a0]){org}"
        r"|đoàn[ \u00a0]v"  # "đoàn viên" before an organisation's name (``_MEMBERS``), lower case only
        r"|ĐTN[ \u00a0]"  # the capitals of "Đoàn Thanh niên" before an organisation's name
    )


def _org_filter(orgs: Iterable[str]) -> str:
    """The filter of the organisation pattern: a capitalised organisation noun, then a capital, the
    first letter of a place's level word ("Bưu điện tỉnh X", "… thành phố", "… huyện", "… quận") or
    of "khu vực" (a numbered branch), or a digit (a name that is a number: "Bệnh viện 19-8")."""
    return rf"(?={_UPC})(?i:{_alt(orgs)}){_WS}(?:{_UPC}|[tqhk]|\d|\Z)"


_SCHOOL_FILTER = (
    r"(?i:trường|liên\s+đội|chi\s+đoàn)\s+(?:[TPMC]|\Z)|(?i:đoàn\s+(?:t|\Z))"
    r"|(?i:(?:liên\s+đội|chi\s+đoàn)\s+t)"  # "Liên đội trường THCS X"
)
_HIGHER_FILTER = (
    r"(?i:trường)\s+(?:[ĐHC]|\Z)|(?i:đoàn\s+(?:t|\Z))"
    rf"|(?:Đại\s+học|Học\s+viện|Cao\s+đẳng|ĐH|CĐ){_WS}(?:{_UPC}|\Z)"
)

_TOKEN_RE = re.compile(r"(?:[^\W\d_]|['’])+|\d+[A-Za-z]?")
_LIST_PAT = rf"(?:{_WS0},{_WS0}|{_WS}(?:và|,){_WS})(?P<name>{_CAPSEQ})"


class _Patterns:
    """The large patterns, compiled on first use (their letter classes take ~30 ms to compile)."""

    @functools.cached_property
    def level(self) -> re.Pattern[str]:
        return re.compile(_LEVEL_PAT)

    @functools.cached_property
    def body(self) -> re.Pattern[str]:
        return re.compile(_body_pat(_alt(_org_nouns()), _org_stops(), _enders()))

    @functools.cached_property
    def org(self) -> re.Pattern[str]:
        return re.compile(_org_pat(_alt(_org_nouns()), _org_stops(), _enders()))

    @functools.cached_property
    def school(self) -> re.Pattern[str]:
        return re.compile(_school_pat(_enders()))

    @functools.cached_property
    def higher(self) -> re.Pattern[str]:
        stops = rf"{_org_stops()}|{_OPENERS_IN_LIST}|{_BODYW}|(?i:{_LW})"
        return re.compile(_higher_pat(_enders(), stops))

    @functools.cached_property
    def bracket_tail(self) -> re.Pattern[str]:
        w = _tables().words
        return re.compile(_bracket_tail_pat(_enders(), _alt(w.get("namebreak", ()))))

    @functools.cached_property
    def name_token(self) -> re.Pattern[str]:
        return re.compile(_TOK)

    @functools.cached_property
    def level_word(self) -> re.Pattern[str]:
        """A place's level word as a whole word."""
        return re.compile(rf"{_B}{_LW}{_E}")

    @functools.cached_property
    def name_end(self) -> re.Pattern[str]:
        """Where a name's end shows: no lower-case word right after it, or a function word or a verb."""
        verbs = _enders()
        return re.compile(rf"(?![ \u00a0]{{1,3}}[{_LO}])|{_WS}(?:{_FUNCTION_WORDS}|(?:{verbs})(?!\w))")

    @functools.cached_property
    def capseq(self) -> re.Pattern[str]:
        return re.compile(_CAPSEQ)

    @functools.cached_property
    def name_lead(self) -> re.Pattern[str]:
        """A capitalised word and its lower-case syllable that open a place name ("Nông trường" of
        "thị trấn Nông trường Việt Lâm"; ``namelead`` in ``nonunits.tsv``), before the name's
        capitalised words."""
        leads = _tables().words.get("namelead", frozenset())
        if not leads:
            return re.compile(r"(?!)")
        return re.compile(_trie_regex(leads, fold=False) + rf"{_WS}(?={_UPC}|\d)")

    @functools.cached_property
    def listed(self) -> re.Pattern[str]:
        return re.compile(_LIST_PAT)

    @functools.cached_property
    def filters(self) -> dict[re.Pattern[str], re.Pattern[str]]:
        """Pattern -> its filter (see _LEVEL_FILTER)."""
        return {
            self.level: re.compile(_LEVEL_FILTER),
            self.body: re.compile(_body_filter(_org_nouns())),
            self.school: re.compile(_SCHOOL_FILTER),
            self.org: re.compile(_org_filter(_org_nouns())),
            self.higher: re.compile(_HIGHER_FILTER),
        }


_P = _Patterns()
# the toned vowel of an old-style pair oà/oé/uý... ending a word: matched at the vowel (one character
# class first, so the regex engine skips ahead quickly), the o/u checked behind it
_TONE_PAIR_RE = re.compile(
    r"[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?<=[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)"
)
#: compounds with a lower-case syllable inside an organisation's name ("Bệnh viện Trung ương Thái
#: Nguyên", "Bệnh viện Đa khoa Hà Tĩnh"): the name goes on past them
_ORG_COMPOUND = r"(?:(?<=Trung[ \u00a0])ương|(?<=Đa[ \u00a0])khoa)"
_WORD_AFTER_RE = re.compile(r"[ \u00a0]{1,3}((?:[^\W\d_]|['’])+)")


@functools.cache
def _blocker_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The blocker patterns (streets, organisations, titles; people) and their filters (see _LEVEL_FILTER)."""
    w = _tables().words
    street = _trie_regex(w.get("street", ()), fold=False)
    org = _trie_regex(w.get("org", ()), fold=False)
    person = _trie_regex(w.get("person", ()), fold=False)
    surname = _trie_regex(w.get("surname", ()), fold=False)
    # street/org: the name after the trigger; person: a title then a name, or a family name + 2 syllables
    # an organisation's name may hold lower-case syllables and a dash before its last capitalised words
    # ("Bệnh viện Huyết học - Truyền máu Nghệ An"): a province name at its end is part of the name
    verbs = _enders()
    inner = (
        rf"(?:{_WS}(?!{_FUNCTION_WORDS}|(?:{verbs})(?!\w)){_LOWORD}){{1,3}}"
        rf"(?={_WS}{_UPC}|{_WS0}[-–]{_WS0}{_UPC})"
    )
    # ... but a dash before a word that opens a unit ("Công ty X - Đoàn Thanh niên Công ty Y", "Công ty
    # X - Tỉnh đoàn Z") joins two names of a list: the blocker ends before it
    dash = rf"{_WS0}[-–]{_WS0}(?={_UPC})(?!(?:{_org_stops()})(?!\w))"
    places = re.compile(
        rf"(?:{street}){_WS}{_CAPTOK}(?:{_WS}(?:{_ORG_COMPOUND}{_WS})?{_TOK}){{0,5}}"
        rf"|(?:{org}){_WS}{_CAPTOK}(?:(?:{inner})?(?:{_WS}(?:{_ORG_COMPOUND}{_WS})?|{dash}){_TOK}){{0,5}}"
        rf"|(?:{person}){_WS}{_CAPTOK}(?:{_WS}{_CAPTOK}){{0,3}}"
    )
    people = re.compile(rf"(?:{surname})(?:{_WS}{_CAPTOK}){{2,3}}{_E}")
    places_filter = re.compile(rf"(?:(?:{street})|(?:{org})|(?:{person})){_WS}(?:{_UPC}|\Z)")
    people_filter = re.compile(rf"(?:{surname}){_WS}(?:{_UPC}|\Z)")
    return places, people, places_filter, people_filter


# --------------------------------------------------------------------------- scanning


class _Unit(NamedTuple):
    """What a candidate names: a UnitMention without its offsets and surface (shared by its hits)."""

    canonical: str
    level: str
    new: str | None
    is_body: bool
    source: str
    province: str | None


class _Cand(NamedTuple):
    """A candidate mention; its UnitMention is made only if it is kept (see ``_mentions``)."""

    start: int
    end: int
    unit: _Unit | None  # None: a blocker (street, person, ...) that hides what is inside
    rank: float  # tie-break: higher wins between equal lengths
    bare: bool = False  # a bare fixed name (province, alias): needs the context check


def _is_title(s: str) -> bool:
    toks = _TOKEN_RE.findall(s)
    return bool(toks) and all(t[0].isupper() or t[0].isdigit() for t in toks)


_LEVEL_WORD_CACHE: dict[str, str] = {}


def _level_word(lw: str) -> str:
    """The level word as written ("Thành  phố", "TP.") -> its key in _LEVEL_WORDS ("thành phố")."""
    key = _LEVEL_WORD_CACHE.get(lw)
    if key is None:
        # ``str.split``: every character the patterns' ``\s`` accepts (also U+001C..U+001F, which
        # ``textnorm.collapse_ws`` keeps) separates the words
        key = " ".join(lw.split()).lower()
        key = "thành phố" if key in ("tp", "tp.") else key
        if len(_LEVEL_WORD_CACHE) < 4096:
            _LEVEL_WORD_CACHE[lw] = key
    return key


def _match_province_at(t: _Tables, s: str, pos: int) -> tuple[int, _Fixed] | None:
    m = t.fixed_re.match(_lower(s[pos : pos + 64]))
    if not m:
        return None
    fx = t.fixed.get(_key(m.group()))
    if fx is None or fx.level != "province":
        return None
    return pos + m.end(), fx


def _tokens(s: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _P.name_token.finditer(s, start, end)]


@dataclass(frozen=True, slots=True)
class _Res:
    end: int
    canonical: str
    level: str
    new: str | None
    province: str | None
    source: str  # "gazetteer", "alias", or "guess" (a name not in the gazetteer)

    def unit(self, *, is_body: bool, source: str | None = None) -> _Unit:
        src = source or ("gazetteer" if self.source == "guess" else self.source)
        return _Unit(self.canonical, self.level, self.new, is_body, src, self.province)


def _unique(values: Iterable[str]) -> str | None:
    vals = set(values)
    return next(iter(vals)) if len(vals) == 1 else None


class _Place(NamedTuple):
    """A resolved place name, as cached: its end relative to the name's start, and what it names."""

    end: int
    level: str
    rank: float  # a name not in the gazetteer ("guess") loses ties against fixed names ("TP.HCM")
    unit: _Unit  # the place itself ("xã Tân Tú")
    body_unit: _Unit  # the place of a Youth Union body ("Huyện đoàn Giồng Riềng")


def _resolve_place(t: _Tables, s: str, lw: str, name_start: int, name_end: int) -> tuple[int, _Place] | None:
    """Resolve a place name after level word ``lw``: (its end in ``s``, what it is), or None.

    Cached on the name and what follows it (the ``_Place`` has its end relative to ``name_start``),
    and, for a number, on whether a plural marker stands before the level word (``_PLURAL_LEAD_RE``).
    """
    plural = s[name_start : name_start + 1].isdigit() and _PLURAL_LEAD_RE.search(
        s, max(0, name_start - 40), name_start
    ) is not None
    r = _resolve_window(lw, s[name_start : name_end + 64], name_end - name_start, plural)
    if r is not None and r.rank < 1:  # a guessed name: maybe an office holder's name after the body
        toks = _tokens(s, name_start, name_end)
        i = _person_start(t, s, name_start, toks)
        if i is not None:
            # "Chủ tịch Hội Sinh viên thành phố Lê Quang Huy": no place; "… phường Lê Lợi Trần Văn An
            # cho biết": the ward, read up to the person's name
            name_len = toks[i - 1][1] - name_start
            r = _resolve_window(lw, s[name_start : name_end + 64], name_len, plural) if i else None
    if r is None:
        return _foreign_province(s, lw, name_start, name_end) if _LEVEL_WORDS[lw] == "province" else None
    return r.end + name_start, r


#: the neighbouring countries whose provinces partner Vietnamese ones ("tỉnh Svay Rieng (Campuchia)")
_NEIGHBOURS = r"(?:Campuchia|Cam-pu-chia|Lào)"
#: the country right after a province's name: "(Campuchia)", "(Vương quốc Campuchia)", ", Lào)",
#: "(nước bạn Lào)"
_FOREIGN_AFTER_RE = re.compile(
    r"[ \u00a0]*[(,][ \u00a0]*(?:(?:Vương[ \u00a0]quốc|nước(?:[ \u00a0]bạn)?|CHDCND)[ \u00a0]+)?"
    rf"{_NEIGHBOURS}[ \u00a0]*(?:[),.;]|\Z)"
)
#: the country right before the level word, closing its body's name ("Ủy ban Thanh niên Campuchia tỉnh
#: X", "Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Y"), up to the name's start
_FOREIGN_BEFORE_RE = re.compile(
    rf"{_NEIGHBOURS}[ \u00a0]+(?i:tỉnh|thành[ \u00a0]+phố)[ \u00a0]+\Z"
)
#: ... and that name is a youth body's: "Ủy ban Thanh niên Campuchia tỉnh X", "Đoàn Thanh niên Nhân
#: dân Cách mạng Lào tỉnh Y" (up to five words between "Thanh niên" and the country)
_FOREIGN_BODY_BEFORE_RE = re.compile(
    rf"(?:Ủy[ \u00a0]+ban|Đoàn|Hội)[ \u00a0]+Thanh[ \u00a0]+niên(?:[ \u00a0]+[^\W\d_]+){{0,5}}?"
    rf"[ \u00a0]+{_NEIGHBOURS}[ \u00a0]+(?i:tỉnh|thành[ \u00a0]+phố)[ \u00a0]+\Z"
)


def _foreign_province(s: str, lw: str, name_start: int, name_end: int) -> tuple[int, _Place] | None:
    """A province of a neighbouring country, which the gazetteer does not list, named with its level
    word and the country right after it or its body's name before it ("tỉnh Svay Rieng (Campuchia)",
    "Ủy ban Thanh niên Campuchia tỉnh Svay Rieng"), or one that foreign_provinces.tsv lists and no
    Vietnamese unit shares its name ("Đoàn Thanh niên tỉnh Phông Sa Lỳ"): a partner unit of its own
    (spec §2.3), named as a province is, without its level word (a listed one by its canonical name).
    Only a name of capitalised words; a number the name run took in after them is the figure the
    partner is handed ("bàn giao cho Đoàn Thanh niên tỉnh Svay Rieng 2 điểm trường"), not a word of
    the name (a foreign province has no numbered name)."""
    toks = _tokens(s, name_start, name_end)
    while toks and s[toks[-1][0]].isdigit():
        toks.pop()
    if not toks or not all(s[a].isupper() for a, _b in toks):
        return None
    end = toks[-1][1]
    name = textnorm.collapse_ws(s[name_start:end])
    before = s[max(0, name_start - 80) : name_start]
    if (listed := _listed_foreign(s, name_start, toks)) is not None:
        end, name = listed
    elif _FOREIGN_AFTER_RE.match(s, end) is None and _FOREIGN_BEFORE_RE.search(before) is None:
        return None
    unit = _Unit(name, "province", None, False, "gazetteer", None)
    body = unit._replace(is_body=True, source="body")
    # the province closes its youth body's name ("Ủy ban Thanh niên Campuchia tỉnh X"), which the
    # body pattern does not read (the country stands between the head and the level word): the
    # partner body takes part, as "Đoàn Thanh niên tỉnh X" does (spec §2.3)
    if before.endswith(" ") and _FOREIGN_BODY_BEFORE_RE.search(before) is not None:
        unit = body
    return end, _Place(end - name_start, "province", 0.5, unit, body)


def _listed_foreign(s: str, name_start: int, toks: list[tuple[int, int]]) -> tuple[int, str] | None:
    """The longest run of the name's first words that foreign_provinces.tsv lists and that is no
    Vietnamese unit's name (the commune "Kép" is not Cambodia's Kep): (its end, its canonical name)."""
    t = _tables()
    for _a, b in reversed(toks):
        name = s[name_start:b]
        if (canonical := _foreign_provinces().get(_foreign_key(name))) is not None:
            k = _key(name)
            if k in t.provinces or k in t.bare_districts or k in t.bare_communes or k in t.fixed:
                return None
            return b, canonical
    return None


def _foreign_key(name: str) -> str:
    """``_key`` with hyphens read as spaces: foreign names are written both ways ("Xa-vẳn-na-khẹt")."""
    return _key(name).replace("-", " ")


@functools.cache
def _foreign_provinces() -> dict[str, str]:
    """The provinces of the neighbouring countries (foreign_provinces.tsv): name key -> canonical name."""
    return {_foreign_key(row[0]): row[1] for row in _read_tsv("foreign_provinces.tsv")}


@functools.lru_cache(maxsize=8192)
def _resolve_window(lw: str, window: str, name_len: int, plural: bool = False) -> _Place | None:
    r = _resolve_in(_tables(), window, lw, 0, name_len, plural)
    if r is None:
        return None
    rank = 2 if r.source != "guess" else 0.5
    return _Place(r.end, r.level, rank, r.unit(is_body=False), r.unit(is_body=True, source="body"))


def _resolve_in(
    t: _Tables, s: str, lw: str, name_start: int, name_end: int, plural: bool = False
) -> _Res | None:
    level = _LEVEL_WORDS[lw]
    if level in ("province", "city"):
        hit = _match_province_at(t, s, name_start)
        if hit:
            end, fx = hit
            prov = t.provinces.get(_key(fx.province or fx.canonical))
            if level == "province" or (prov and prov.central) or _key(fx.canonical) == "hồ chí minh":
                return _Res(
                    end,
                    fx.canonical,
                    "province",
                    prov.new if prov else None,
                    prov.name if prov else None,
                    fx.source,
                )
        if level == "province":
            return None
        level = "district"
    if lw in _NUMBERED_SO and s.startswith("số", name_start):
        # "tổ dân phố số 7", "ấp số 2": a group named by "số" and its number
        so = _NUMBER_SO_RE.match(s, name_start)
        if so is None or _counts_after_level_word(t, s, so.group(1), so.end()):
            return None
        return _Res(so.end(), f"{lw} số {so.group(1)}", level, None, None, "gazetteer")
    lead = _P.name_lead.match(s, name_start)
    if lead is not None and (rest := _P.capseq.match(s, lead.end())) is not None:
        name_end = rest.end()  # "thị trấn Nông trường Mộc Châu": the name goes on past "trường"
    toks = _tokens(s, name_start, name_end)
    if not toks:
        return None
    if toks[0][0] != name_start:
        return None
    first = s[toks[0][0] : toks[0][1]]
    if len(first) > 3 and first[1].isupper() and (glue := _CAPS_GLUED_RE.search(first)) is not None:
        # "XÃ HỘIĐồng Nai: …" (a site's section label "XÃ HỘI" run into the headline): the name is
        # the all-caps word before the glued one ("HỘI"), read as an all-caps name below
        toks = [(name_start, name_start + glue.end())]
        first = s[toks[0][0] : toks[0][1]]
        name_end = toks[0][1]
    if first[0].isdigit():
        if lw not in _NUMBERED or len(first) > 3 or _counts_after_level_word(t, s, first, toks[0][1], plural):
            return None
        # the data spells numbered units in full ("Quận 10"); "quận 10" was only in Hồ Chí Minh
        numbered = t.places.get((lw, f"{lw} {first}")) or t.places.get((lw, first)) or set()
        return _Res(
            toks[0][1], f"{lw} {first}", level,
            _unique(n for _p, n in numbered), _unique(p for p, _n in numbered), "gazetteer",
        )  # fmt: skip
    # the longest known name, unless the capitalised run goes on with more of a name ("xã Hòa Lộc Tây")
    for k in range(len(toks), 0, -1):
        surface = s[name_start : toks[k - 1][1]]
        key = _key(surface)
        known = t.places.get((lw, key))
        if known and k < len(toks) and k < 4 and not surface.isupper():
            nxt = s[toks[k][0] : toks[k][1]]
            if not (
                nxt[0].isdigit() or nxt in t.words.get("stopname", ()) or _match_province_at(t, s, toks[k][0])
            ):
                break  # an unknown, longer name: guessed below
        if known:
            spelled = textnorm.normalize(t.spelling[(lw, key)]) if surface.isupper() else surface
            return _Res(
                toks[k - 1][1],
                f"{lw} {textnorm.collapse_ws(spelled)}",
                level,
                _unique(n for _p, n in known),
                _unique(p for p, _n in known),
                "gazetteer",
            )
    # an unknown name: title-case syllables, cut before a province name, at most 4 syllables
    if s[name_start:name_end].isupper() and len(first) > 1:
        return None  # all-caps text or an abbreviation: only known names
    kept: list[tuple[int, int]] = []
    for i, (a, b) in enumerate(toks[:4]):
        tok = s[a:b]
        if i > 0 and ((tok[0].isdigit() and _counts_after_name(t, s, tok, b)) or _match_province_at(t, s, a)):
            break
        kept.append((a, b))
    if not kept:
        return None
    if len(kept) == 1 and s[kept[0][0] : kept[0][1]] in t.words.get("stopname", ()):
        return None
    surface = s[name_start : kept[-1][1]]
    return _Res(kept[-1][1], f"{lw} {textnorm.collapse_ws(surface)}", level, None, None, "guess")


#: a level word ending the text before a name (``_title_before``)
_LEVEL_WORD_AT_END_RE = re.compile(rf"{_LW}[ \u00a0]+$")
#: lower-case words of a body's name between an office and the body's level word or name ("Bí thư Ban
#: Chấp hành Đoàn phường", "Chủ tịch Hội Sinh viên thành phố", "Phó Bí thư Thường trực đoàn xã");
#: capitalised words are always part of the body's name
_TITLE_GAP_WORDS = frozenset(
    ["ban", "chấp", "hành", "chi", "đoàn", "hội", "ủy", "uỷ", "nhân", "dân", "thường", "trực", "vụ", "cơ",
     "sở", "thanh", "niên", "sinh", "viên", "liên", "hiệp", "đội", "và", "khối", "tổng", "công", "ty"]
)  # fmt: skip
_TITLE_GAP_MAX = 7
_TITLE_REACH = 60


def _title_before(t: _Tables, s: str, pos: int) -> bool:
    """Whether an office (``title`` in ``nonunits.tsv``) stands before the body that ends at ``pos``:
    the office, then the body's words (capitalised, or lower-case words of ``_TITLE_GAP_WORDS``, at
    most ``_TITLE_GAP_MAX``), then maybe a level word ("Chủ tịch Hội Sinh viên thành phố", "Bí thư
    Đoàn phường", "Bí thư Đoàn Tổng công ty")."""
    before = s[max(0, pos - _TITLE_REACH) : pos]
    lw = _LEVEL_WORD_AT_END_RE.search(before.lower())
    if lw is not None:
        before = before[: lw.start()]
    words = before.split()
    titles = t.words.get("title", ())
    for k in range(min(len(words), _TITLE_GAP_MAX) + 1):
        head = " ".join(words[: len(words) - k]).lower()
        if any(head.endswith(w) and not head[: -len(w)][-1:].isalpha() for w in titles):
            return True
        if k == len(words):
            break
        w = words[len(words) - 1 - k]
        if not (w[:1].isupper() or w.lower() in _TITLE_GAP_WORDS):
            return False
    return False


def _speech_after(t: _Tables, s: str, end: int) -> bool:
    """Whether a speech verb (``speech`` in ``nonunits.tsv``: "cho biết", "chia sẻ", "nhấn mạnh")
    follows ``end``, maybe after a comma."""
    rest = s[end : end + 24].lstrip(" \u00a0,")
    return any(_starts_with_word(rest, v) for v in t.words.get("speech", ()))


def _person_start(t: _Tables, s: str, unit_start: int, toks: list[tuple[int, int]]) -> int | None:
    """The index in ``toks`` (the capitalised words read as a unit's name) where a person's name
    starts, or None: a family name (``surname``) and one to three more capitalised syllables up to the
    end of the words, with an office before the unit (``_title_before``: "Chủ tịch Hội Sinh viên thành
    phố Lê Quang Huy", "Bí thư Đoàn Tổng công ty Nguyễn Đức Thịnh": the office holder's name, written
    after the body, not the body's). A name of two syllables only counts when a speech verb follows
    ("Bí thư Đoàn xã Lê Hà cho biết"). Cheap first test: a family name among the last four words."""
    surnames = t.words.get("surname", ())
    n = len(toks)
    for i in range(max(0, n - 4), n - 1):
        a, b = toks[i]
        if s[a:b] not in surnames:
            continue
        if any(not s[x].isupper() for x, _y in toks[i + 1 :]):
            continue
        if not _title_before(t, s, unit_start):
            return None
        if n - i >= 3 or _speech_after(t, s, toks[-1][1]):
            return i
    return None


#: spelled numbers: what follows them is counted by them, not by the number before
_NUMERALS = frozenset(
    ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mươi", "trăm", "nghìn", "ngàn",
     "triệu", "tỷ", "tỉ"]
)  # fmt: skip
_NEXT_WORD_RE = re.compile(r"[ \u00a0]{1,3}((?:[^\W\d_])+)")
#: the decimal or thousands parts after a number's first digits (",1", ".500", ",2,3")
_NUMBER_TAIL_RE = re.compile(r"(?:[.,]\d+)+")
#: the tail of small numbers joined by commas alone: a compact list ("1,2,3") or a short decimal
_COMPACT_LIST_RE = re.compile(r"(?:,\d{1,2})+")
#: a plural marker, then level words (and the numbers of a list read so far), before a number ("các
#: xã, phường 1,2,3": "các phường " before "1", "các phường 1," before "2")
_PLURAL_LEAD_RE = re.compile(
    r"(?<!\w)(?:các|những)(?:[ \u00a0]+(?:và|"
    + "|".join(sorted((re.escape(w) for w in _LEVEL_WORDS), key=len, reverse=True))
    + r")(?!\w)[ \u00a0]*,?)+(?:\d{1,2}[ \u00a0]*,[ \u00a0]*)*$",
    re.IGNORECASE,
)
#: punctuation right after a compact list, which ends it ("các phường 1,2.", "các phường 1,2, …")
_LIST_END_RE = re.compile(r"[ \u00a0]*[,.;:!?)\]…]")


def _counts_after_level_word(t: _Tables, s: str, num: str, end: int, plural: bool = False) -> bool:
    """Whether a number right after a level word counts what follows instead of naming the unit:
    "trao tặng Đoàn phường 01 sân chơi", "bàn giao cho thôn 02 nhà văn hóa" (the level word refers back
    to a unit named before; "01" is the genre's way of writing a small count), but "phường 01", "khu
    phố 02 tổ chức …", "ấp 5 và ấp 6" keep their number as the name.

    A count: a number with a leading zero, then a lower-case word that is not a function word, a verb
    (``verb`` in ``nonunits.tsv``) or a level word; or any number, then a counted noun that is not a
    place (``counted`` in ``nonunits.tsv``: "tặng Đoàn phường 10 máy tính", "hỗ trợ ấp 3 căn nhà"),
    while "phường 10 tổ chức …", "khu phố 3 hiện có …" keep their number as the name.

    An amount: a number with a decimal or thousands part ("các xã, phường 3,1 tỷ đồng"); but small
    numbers joined by commas alone after a plural level word ("các"/"những") are a compact list of
    the units' numbers when two commas or more join them ("các phường 1,2,3") or what follows ends a
    list: a verb (``verb`` in ``nonunits.tsv``: "các phường 1,2 tổ chức …"), "và", punctuation or a
    capital letter; never when a counted noun, "đồng", "ha" or "%" follows them ("phường 3,1 tỷ").
    Else they stay an amount ("các phường 2,5 lần", "phường 10,5 héc-ta"). ``plural``: the level
    word has a plural marker before it (the caller reads the text before the name, ``_resolve_place``).
    """
    if s[end : end + 1] in (",", ".") and s[end + 1 : end + 2].isdigit():
        # "ngân sách các xã, phường 3,1 tỷ đồng": a unit is never numbered with a decimal or
        # thousands part, so the number is an amount the level word (a plural, referring back) is given
        tail = _NUMBER_TAIL_RE.match(s, end)
        if tail is None or not _COMPACT_LIST_RE.fullmatch(tail.group()):
            return True
        after = tail.end()
        if s[after : after + 2].strip().startswith("%"):
            return True
        m = _NEXT_WORD_RE.match(s, after, after + 24)
        rest = s[m.start(1) : m.start(1) + 24] if m is not None else ""
        amount = (*t.words.get("counted", ()), "đồng", "ha")
        if m is not None and any(_starts_with_word(rest, c) for c in amount):
            return True
        if not plural:
            return True  # "phường 10,5 héc-ta": no plural, a decimal
        if tail.group().count(",") >= 2:
            return False
        if m is None:
            return _LIST_END_RE.match(s, after) is None  # "các phường 1,2" closing the text: a decimal
        word = m.group(1)
        verbs = t.words.get("verb", ())
        return not (word[0].isupper() or word == "và" or any(_starts_with_word(rest, v) for v in verbs))
    m = _NEXT_WORD_RE.match(s, end, end + 24)
    if m is None or not m.group(1)[0].islower():
        return False
    word = m.group(1)
    rest = s[m.start(1) : m.start(1) + 24]
    if len(num) < 2 or num[0] != "0":
        return any(_starts_with_word(rest, c) for c in t.words.get("counted", ()))
    if re.match(_FUNCTION_WORDS, word) or _LEVEL_WORDS.get(word) or word in _LEVEL_FIRST or word in _NUMERALS:
        return False
    return not any(_starts_with_word(rest, v) for v in t.words.get("verb", ()))


def _starts_with_word(text: str, phrase: str) -> bool:
    """``text`` starts with ``phrase`` as whole words."""
    return text.startswith(phrase) and not text[len(phrase) : len(phrase) + 1].isalpha()


#: what opens the name of a thing counted right after a number ("01 “Điểm vui chơi…”", "2 (hai)")
_OPENERS = "\"“‘«('"


def _counts_after_name(t: _Tables, s: str, tok: str, end: int) -> bool:
    """Whether a number after the words of an unknown name counts what follows instead of numbering
    the name: "thôn Phan Bôi 01 “Điểm vui chơi…”" (a count of the named work) but "ấp Long Bình 2".

    A count, not a name part: three digits or more ("ấp Tân Long 940 hồ sơ"), a leading zero (the
    genre writes small counts "01", "02"; numbered hamlets are "ấp 2", "thôn Bình An 2"), a quoted or
    bracketed name after it, another number after it (a row of figures: "thôn A 6 850 1.240"), a
    decimal or thousands part ("thôn A 1,5 km", "thôn A 5.000 cây"), or a counted noun right after it
    (``counted`` in ``nonunits.tsv``: "Chi đoàn thôn Hà Đông 5 lớp, 210 lượt"). A footnote marker
    glued to the number ends the name there: "trường … Nậm Tà 2⁸ 01 tủ sách" (the cheap first test:
    a space or a digit after the number). A bracket counts only when it spells the number out
    (``_spelled_in_bracket``); a bracket with a figure or a place after a numbered name ends the name.
    """
    if len(tok) > 2 or tok[0] == "0":
        return True
    nxt = s[end : end + 5].lstrip(" \u00a0")
    if not nxt:
        return False
    if nxt[0] == "(":
        return _spelled_in_bracket(s, end)
    if nxt[0] in _OPENERS or nxt[0].isdigit() or (nxt[0] in ".," and nxt[1:2].isdigit()):
        return True
    if not nxt[0].islower():
        return False
    rest = s[end : end + 24].lstrip(" \u00a0")
    return any(_starts_with_word(rest, c) for c in t.words.get("counted", ()))


_BRACKET_WORD_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*((?:[^\W\d_])+)")


def _spelled_in_bracket(s: str, end: int) -> bool:
    """Whether the bracket after a number spells that number out ("thôn A 2 (hai) nhà văn hóa": the
    number counts), rather than giving the numbered name's own figure or place ("tổ dân phố Bắc Sơn 2
    (35 lượt)", "xóm Tân Lập 3 (xã Hòa Bình)": the number is the name's, spec §2.1)."""
    m = _BRACKET_WORD_RE.match(s, end, end + 16)
    return m is not None and m.group(1).lower() in _NUMERALS


_PLURAL_RE = re.compile(r"(?:các|những|hai|ba|\d+)[ \u00a0]{1,3}$")


_LEVEL_FIRST = {
    "thành", "tp", "tỉnh", "huyện", "quận", "thị", "xã", "phường", "đặc", "khu", "khối", "tổ", "ấp", "thôn",
    "bản", "buôn", "xóm", "khóm", "làng", "plei", "đảo",
}  # fmt: skip
_BODY_FIRST = {
    "ban", "btv", "bch", "thường", "tỉnh", "thành", "huyện", "quận", "thị", "đặc", "đoàn", "chi", "đtn",
}  # fmt: skip
_SCHOOL_FIRST = {"trường", "liên", "đoàn", "chi"}
_HIGHER_FIRST = {"trường", "đoàn", "đại", "học", "cao", "đh", "cđ"}
_FIRST_WORD_RE = re.compile(r"[^\W\d_]+|\d+")


def _first_word(text: str) -> str:
    m = _FIRST_WORD_RE.match(text)
    return m.group() if m else text[:1]


@functools.cache
def _any_re() -> tuple[re.Pattern[str], dict[str, tuple[re.Pattern[str], ...]]]:
    """One trie over every word that can start something (fixed names, level/body/school words, blockers),
    and for each first word the patterns worth trying there.

    Run once over the lower-cased text, at word starts only; each hit is then examined by its patterns only.
    """
    t = _tables()
    w = t.words
    places_re, people_re, _pf, _ppf = _blocker_res()
    dispatch: dict[str, list[re.Pattern[str]]] = defaultdict(list)
    for word in t.fixed:
        dispatch[_first_word(word)].append(t.fixed_re)
    for first, rx in ((_LEVEL_FIRST, _P.level), (_BODY_FIRST, _P.body), (_SCHOOL_FIRST, _P.school),
                      (_HIGHER_FIRST, _P.higher)):  # fmt: skip
        for word in first:
            dispatch[word].append(rx)
    for word in _org_nouns():
        dispatch[_first_word(word.lower())].append(_P.org)
    for kind in ("street", "org", "person"):
        for word in w.get(kind, ()):
            dispatch[_first_word(word.lower())].append(places_re)
    for word in w.get("surname", ()):
        dispatch[_first_word(word.lower())].append(people_re)
    table = {k: tuple(dict.fromkeys(v)) for k, v in dispatch.items()}
    return re.compile(_trie_regex(_trigger_words(), word_start=True, word_end=_short_ends())), table


def _short_ends() -> frozenset[str]:
    """The fixed keys that end in a two-letter abbreviation ("chi đoàn ca"): the trie of ``_any_re``
    takes them only at a word end."""
    fixed = _tables().fixed
    return frozenset(k for k, fx in fixed.items() if 0 < len(fx.cased) < 3 and k.endswith(fx.cased.lower()))


def _trigger_words() -> list[str]:
    """The words of the trie of ``_any_re`` (lower case)."""
    t = _tables()
    words = [*t.fixed, *_TRIGGERS]
    for kind in ("street", "org", "person", "surname", "orgunit", "orgopen"):
        words.extend(x.lower() for x in t.words.get(kind, ()))
    return words


#: a capitalised word glued to the word before it: a site label run into the headline ("An ninh -
#: Trật tựTuổi trẻ Công an …", "Tin tứcXuân tình nguyện …", "XÃ HỘIĐồng Nai: …"); no Vietnamese word
#: has a capital after a lower-case letter, nor a capital and lower-case letters after two capitals
#: (an all-caps word), so the capital starts a word
#: (the capital first: far fewer places to test than a look-behind at every character)
_GLUED_RE = re.compile(rf"[{_UP}](?:(?<=[{_LO}].)|(?<=[{_UP}]{{2}}.))(?=[{_LO}])")
#: in one word, the end of an all-caps run with a capitalised word glued to it ("HỘI" of "HỘIĐồng")
_CAPS_GLUED_RE = re.compile(rf"[{_UP}]{{2}}(?=[{_UP}][{_LO}])")


@functools.cache
def _glued_re() -> re.Pattern[str]:
    """The trie of ``_any_re`` without its word-start test, tried only where ``_GLUED_RE`` matched."""
    return re.compile(_trie_regex(_trigger_words(), word_end=_short_ends()))


def _hits(s: str, low: str, any_re: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The trie's hits at word starts, then at the starts of glued capitalised words."""
    yield from any_re.finditer(low)
    for g in _GLUED_RE.finditer(s):
        hit = _glued_re().match(low, g.start())
        if hit is not None:
            yield hit


class _FixedHit(NamedTuple):
    """A fixed name (province, alias, body) matched at a trie hit: its length and what it names."""

    length: int
    unit: _Unit
    bare: bool  # not a body: needs the context check
    cased: str = ""  # an abbreviation the surface holds in capitals (``_Fixed.cased``; ``_scan`` tests it)


# What to do at a trie hit (a plan): the fixed name there, if any, and the patterns worth trying, each
# as (kind, the pattern's match method). Plans are kept by strictness, then by the text of the hit and
# the 2 characters after it (with the hit's length at the end of the text).
_LEVEL, _BODY, _SCHOOL, _BLOCKER, _ORG = range(5)
_Step = tuple[int, Callable[[str, int], "re.Match[str] | None"]]
_Plan = tuple[_FixedHit | None, tuple[_Step, ...]]
_NOTHING: _Plan = (None, ())
_PLANS: dict[bool, dict[str | tuple[str, int], _Plan]] = {True: {}, False: {}}


def _plan(t: _Tables, hit: str, ahead: str, strict: bool) -> _Plan:
    """What can match at a trie hit, from the hit (lower case) and the text from it to 2 characters past it.

    Decided once per such text: the patterns a first word dispatches to, less those whose filter fails;
    the fixed name, found on the hit and the next character only (fixed names lie inside the hit, the
    longest trie word there, and the lookahead of ``fixed_re`` reads one character past the name).
    """
    found: _FixedHit | None = None
    steps: list[_Step] = []
    roles = _pattern_roles()
    for rx in _any_re()[1].get(_first_word(hit), ()):
        if rx is t.fixed_re:
            m = rx.match(hit + _lower(ahead[len(hit) : len(hit) + 1]))
            fx = t.fixed.get(_key(m.group())) if m else None
            if m is None or fx is None:
                continue
            surface = ahead[: m.end()]
            if strict and fx.kind == "province" and not (_is_title(surface) or surface.isupper()):
                continue
            if strict and fx.kind == "alias" and not any(c.isupper() for c in surface):
                continue  # "thủ đô", "sài gòn" in lower case are common nouns or not names
            prov = t.provinces.get(_key(fx.province or fx.canonical))
            unit = _Unit(
                fx.canonical,
                fx.level,
                prov.new if prov else None,
                fx.is_body,
                fx.source,
                prov.name if prov else None,
            )
            found = _FixedHit(m.end(), unit, fx.kind != "body", fx.cased)
        else:
            role = roles.get(id(rx))
            flt, kind = role[1:] if role is not None and role[0] is rx else _pattern_role(rx)
            if flt.match(ahead):
                steps.append((kind, rx.match))
    return (found, tuple(steps)) if found is not None or steps else _NOTHING


def _pattern_role(rx: re.Pattern[str]) -> tuple[re.Pattern[str], int]:
    """The filter of a dispatched pattern and its kind (`_plan`). Only a safety net: `_pattern_roles`
    is built from the same cached dispatch that `_plan` reads, so its entry is normally found."""
    places, people, places_filter, people_filter = _blocker_res()
    filters = {**_P.filters, places: places_filter, people: people_filter}
    kinds = {_P.level: _LEVEL, _P.body: _BODY, _P.school: _SCHOOL, _P.higher: _SCHOOL, _P.org: _ORG}
    return filters[rx], kinds.get(rx, _BLOCKER)


@functools.cache
def _pattern_roles() -> dict[int, tuple[re.Pattern[str], re.Pattern[str], int]]:
    """`_pattern_role` of every pattern of `_any_re`'s dispatch but the fixed names', by `id` (with
    the pattern, so that `_plan` checks it has the very object): the patterns are long, and hashing
    them as the keys of `_pattern_role`'s dicts at every plan made was a quarter of a report's run."""
    fixed_re = _tables().fixed_re
    out: dict[int, tuple[re.Pattern[str], re.Pattern[str], int]] = {}
    for rxs in _any_re()[1].values():
        for rx in rxs:
            if rx is not fixed_re and id(rx) not in out:
                out[id(rx)] = (rx, *_pattern_role(rx))
    return out


def _scan(s: str, *, strict: bool, low: str | None = None) -> list[_Cand]:
    """Every candidate in ``s``: the trie's word-start hits, each examined by the patterns of its plan.
    ``low``: ``_lower(s)`` when the caller has it."""
    t = _tables()
    low = _lower(s) if low is None else low
    any_re, _dispatch = _any_re()
    plans = _PLANS[strict]
    if len(plans) > 1 << 16:
        plans.clear()
    cands: list[_Cand] = []
    #: where the name after a place's level word starts ("xã |Sông Hinh"): see the blockers below
    named_at: set[int] = set()
    n = len(s)
    # hits do not overlap: no candidate starts inside a trigger word or a fixed name
    for hit in _hits(s, low, any_re):
        p, e = hit.span()
        key: str | tuple[str, int] = s[p : e + 2] if e + 2 <= n else (s[p:], e - p)
        plan = plans.get(key)
        if plan is None:
            plan = plans[key] = _plan(t, hit.group(), s[p : e + 2], strict)
        if plan is _NOTHING:
            continue
        found, steps = plan
        # provinces, aliases, bodies, national markers; an abbreviation only in capitals ("thanh niên ca
        # hát" names no police)
        if found is not None and (not found.cased or s.find(found.cased, p, p + found.length) >= 0):
            cands.append(_Cand(p, p + found.length, found.unit, 1, found.bare))
        first = len(cands)
        listed_org = False
        for kind, match in steps:
            coop = kind == _ORG and strict and _cooperative_at(s, low, p)
            if kind == _ORG and strict and not coop:
                # an item of a list, or of a ranking: its words before the name, or maybe after it
                # (cheap first test: "đầu", "thứ" ahead, for ``_RANKED_AFTER_RE`` once the name is read)
                ranked_before = _RANKED_BEFORE_RE.search(low, max(0, p - 24), p) is not None
                item = ranked_before or _item_start(s, p)
                ranked_after = low.find("đầu", p, p + 120) >= 0 or low.find("thứ", p, p + 120) >= 0
                # a health institution opening a sentence or clause, maybe acting (``_health_acts``)
                health = _health_at(t, s, p) and _sentence_start(s, p, ";\n")
                # ... a source that opens a sentence or a line ("Theo Tổng công ty X, …")
                source = low.startswith("theo", max(0, p - 5)) and _sentence_start(s, p - 5, "\n")
                if not ((item or ranked_after or health or source) and not _sponsor_list(low, p)):
                    continue  # an organisation without its Youth Union's words: a unit only for lookup
            m = match(s, p)
            if m is None:
                continue
            if coop and not s[m.start("oname")].isupper():
                continue  # "Liên minh Hợp tác xã tỉnh": no cooperative's name
            if kind == _ORG and strict and not coop:
                if not (
                    (item and _LIST_FIGURE_RE.match(s, m.end()))
                    or (ranked_before and _RANKED_WITH_RE.match(s, m.end()))
                    or (ranked_after and _RANKED_AFTER_RE.match(low, m.end()))
                    or (health and _health_acts(t, s, m.end()) and not _GENERIC_HEALTH_RE.search(m.group(0)))
                    or (source and _source_of_own_whole(s, low, m))
                ):
                    continue  # ... or as an item of a list of figures (``_item_start``) or a ranking
                listed_org = True
            if kind == _LEVEL:  # level word + name
                lw = _level_word(m.group("lw"))
                if lw == "đảo" and not _island_ok(t, s, p, m.start("name")):
                    continue
                place = _resolve_place(t, s, lw, *m.span("name"))
                if place is not None:
                    end, pl = place
                    cands.append(_Cand(p, end, pl.unit, pl.rank))
                    named_at.add(m.start("name"))
                    if pl.level != "province" and _PLURAL_RE.search(low, max(0, p - 8), p):
                        cands.extend(_list_items(t, s, lw, end))
                    elif s.startswith((",", " và"), end) and s[end - 1].isdigit():
                        cands.extend(_numbered_siblings(t, s, lw, end))
            elif kind == _ORG or (kind == _BODY and m.group("org") is not None):
                org = _org(t, s, m)  # the Youth Union of an organisation
                if org is not None:
                    cands.append(org)
            elif kind == _BODY and m.group("khoi") is not None:  # a provincial Đoàn Khối
                khoi = _khoi(t, s, m)
                if khoi is not None:
                    cands.append(khoi)
            elif kind == _BODY:  # Youth Union bodies of a place
                bw = m.group("bw")
                lw = _BODY_WORDS[" ".join(_key(bw).split())] if bw else _level_word(m.group("lw"))
                place = _resolve_place(t, s, lw, *m.span("name"))
                if place is not None:
                    cands.append(_Cand(p, place[0], place[1].body_unit, 3))
            elif kind == _SCHOOL:  # schools and universities
                cands.append(_school(t, s, m, alone=not strict))
            elif p not in named_at:  # blockers: streets, organisations, people
                # not the name a level word opens ("xã Sông Hinh 208 em": a commune named after a
                # river, whose blocker would run on into its figure and hide it)
                cands.append(_Cand(p, m.end(), None, 0))
        if listed_org:  # the organisation's blocker may run on into the figures ("… Hưng Yên 1.926")
            cands[first:] = [c for c in cands[first:] if c.unit is not None]
    if _colon_after_level(low):  # a cheap first test for ``_colon_items``
        cands.extend(_colon_items(t, s))
    # a cheap first test for ``_short_items``: a short form's first word (the patterns allow any
    # spaces between words: "Quân\u00a0đội", "Quân  đội")
    if any(s.find(w) >= 0 for w in _SHORT_ITEM_WORDS):
        cands.extend(_short_items(t, s))
    if s.find("Công") >= 0 or s.find("Biên") >= 0:  # ... for ``_bare_force_subjects``
        cands.extend(_bare_force_subjects(s))
    if low.find("khác") >= 0 or low.find("còn") >= 0:  # ... for ``_others_closed_items``
        cands.extend(_others_closed_items(t, s, cands))
    if low.find("việt nam tại") >= 0:
        cands.extend(_overseas(t, s))
    if s.find(_AIRPORT) >= 0:  # a cheap first test: no airport named
        cands.extend(_airports(s))
    # a cheap first test: no army unit's noun (nor the navy's "Hải quân", nor an army school's
    # first words), no army unit
    if s.find("Hải quân") >= 0 or any(s.find(w) >= 0 for w in _ARMY_CUES):
        cands.extend(_army_units(s))
    return cands


_COOP = "Hợp tác xã"
_COOP_UNION = "liên minh "


def _cooperative_at(s: str, low: str, pos: int) -> bool:
    """Whether a cooperative's name starts at ``pos``: "Hợp tác xã" capitalised ("Hợp tác xã Chè Tân
    Cương"), not in the name of the cooperatives' union ("Liên minh Hợp tác xã tỉnh"). A cooperative
    is run by its members (xã viên) and acts itself: named alone, it is a unit of its own, by its full
    name (level "body"), as an organisation's Youth Union is; its "xã" is never a commune's level word
    ("Hợp tác xã" is a trigger word of the scan, so no commune is read inside it)."""
    return s.startswith(_COOP, pos) and not low.startswith(_COOP_UNION, max(0, pos - len(_COOP_UNION)))


#: the capitalised nouns of the army's own units ("Sư đoàn 324", "Trung đoàn 9", "Lữ đoàn Công binh
#: 229" (its arm: capitalised words, each maybe with a lower-case syllable), "Quân khu 4", "Quân đoàn
#: 12", "Hải đoàn 18", "Binh đoàn 15"); the Coast Guard (Cảnh sát biển), a force of the army, names its
#: regions and squadrons the same way ("Vùng Cảnh sát biển 2", "Hải đội 201")
_ARMY_NOUNS = (
    "Sư đoàn", "Trung đoàn", "Lữ đoàn", "Quân đoàn", "Tiểu đoàn", "Hải đoàn", "Binh đoàn", "Quân khu",
    "Vùng Cảnh sát biển", "Hải đội",
    # the army's hospitals ("Bệnh viện Quân y 4", "Viện Quân y 103", "Bệnh viện Trung ương Quân đội 108")
    "Bệnh viện Quân y", "Viện Quân y", "Bệnh viện Quân đội", "Bệnh viện Trung ương Quân đội",
)  # fmt: skip
#: the army's own schools, named without a number: "Trường Sĩ quan <arm>" (its officers' schools,
#: "Trường Sĩ quan Lục quân 2", "Trường Sĩ quan Hậu cần <region>": a lower-case word only inside the
#: name, before a capitalised word or the number) and "Trường Quân sự <command>". The academies
#: ("Học viện Hậu cần", "Học viện Quân y") keep their own names as units (round 8's convention: a
#: university's list of blood donors names them beside civil schools).
_ARMY_SCHOOL_WORDS = ("Trường Sĩ quan", "Trường Quân sự")  # the cheap first test's words
_ARMY_CUES = _ARMY_NOUNS + _ARMY_SCHOOL_WORDS  # what the cheap first test of `_scan` looks for
_ARMY_SCHOOL_NO = r"\d{1,2}(?![\d.,]\d)(?!\w)"  # its number, never a count ("hiến 1.052")
_ARMY_SCHOOL = (
    rf"(?:{'|'.join(w.replace(' ', _WS) for w in _ARMY_SCHOOL_WORDS)})"
    rf"(?:{_WS}{_CAPTOK}(?:{_WS}{_LOWORD}(?={_WS}(?:{_UPC}|{_ARMY_SCHOOL_NO})))?){{1,4}}"
    rf"(?:{_WS}{_ARMY_SCHOOL_NO})?"
)
#: an army unit: its noun, up to two capitalised words of its arm ("Lữ đoàn Công binh 229") and its
#: number, maybe after the Youth Union's words ("Đoàn cơ sở Sư đoàn 324", "tuổi trẻ Sư đoàn 324") and
#: its command ("Đoàn Thanh niên Bộ Tư lệnh Vùng Cảnh sát biển 2", "Bộ Tư lệnh Quân khu 4")
#: The navy names its regions with the number before the force ("Vùng 1 Hải quân", "Bộ Tư lệnh Vùng 4
#: Hải quân"): an army unit the same way.
_ARMY_ONE = (
    rf"(?:Bộ{_WS}Tư{_WS}lệnh{_WS})?(?:(?:{'|'.join(w.replace(' ', _WS) for w in _ARMY_NOUNS)})"
    rf"(?:{_WS}{_CAPTOK}(?:{_WS}{_LOWORD})?){{0,2}}{_WS}\d{{1,3}}(?![\d.,]\d)(?!\w)"
    rf"|Vùng{_WS}\d{{1,2}}{_WS}Hải{_WS}quân(?!\w)"
    rf"|{_ARMY_SCHOOL})"
)
#: ... and the higher units that say which one it is, after a comma or in brackets ("Tiểu đoàn 3,
#: Trung đoàn 102", "Sư đoàn 324 (Quân khu 4)"): one name, so a word of partnership before it covers all
_ARMY_RE = re.compile(
    rf"(?<!\w)(?P<yu>{_YU_PRE}{_WS}|(?i:tuổi{_WS}trẻ|thanh{_WS}niên){_WS})?{_ARMY_ONE}"
    rf"(?:{_WS0},{_WS0}{_ARMY_ONE}|{_WS0}\({_WS0}{_ARMY_ONE}{_WS0}\))*"
)


def _army_units(s: str) -> list[_Cand]:
    """The army's own units named with their number ("Đoàn cơ sở Sư đoàn 324", "Trung đoàn 9", "Quân
    khu 4"): parts of the army, whose unit is the army sector "Quân đội nhân dân" (spec §2.3, as "Ban
    Thanh niên Quân đội" and "Đồn Biên phòng X" are), not the province where they work. With the
    Youth Union's or "tuổi trẻ" words before it, the mention names the body (is_body). The army's
    hospitals ("Bệnh viện Quân y 4") are its units too; read over the same words as an organisation
    ("Đoàn Thanh niên Bệnh viện Quân y 4"), the army unit wins (a higher rank). A number that counts
    what follows it ("trao tặng Đoàn Thanh niên Lữ đoàn 5 máy dò": the brigade named before, given five
    detectors; ``_counts_after_level_word``) is no part of the name: the mention ends before it."""
    out = []
    t = _tables()
    for m in _ARMY_RE.finditer(s):
        unit = _Unit("Quân đội nhân dân", "sector", None, m.group("yu") is not None, "body", None)
        end = m.end()
        num = _TRAILING_NUMBER_RE.search(s, m.start(), end)
        if num is not None and _counts_after_level_word(t, s, num.group(1), end):
            end = num.start()
        out.append(_Cand(m.start(), end, unit, 3.5))
    return out


#: the number that ends an army unit's name ("Lữ đoàn 5"), after its blanks
_TRAILING_NUMBER_RE = re.compile(r"[ \u00a0]+(\d{1,3})\Z")


_AIRPORT = "Cảng hàng không"
#: an airport named by its place ("Cảng hàng không quốc tế Đà Nẵng", "Cảng hàng không Điện Biên"), maybe
#: after its Youth Union's words; not the corporation of all airports ("Tổng công ty Cảng hàng không
#: Việt Nam", an organisation's name read by ``_org``)
_AIRPORT_RE = re.compile(
    rf"(?<!\w)(?P<yu>{_YU_PRE}{_WS})?Cảng{_WS}hàng{_WS}không(?:{_WS}quốc{_WS}tế)?"
    rf"{_WS}{_CAPTOK}(?:{_WS}{_CAPTOK}){{0,3}}"
)

_CORPORATION_BEFORE_RE = re.compile(rf"(?i:công{_WS}ty){_WS}$")


def _airports(s: str) -> list[_Cand]:
    """The airports named by their place ("Cảng hàng không quốc tế Đà Nẵng 96 tình nguyện viên", "Đoàn
    Thanh niên Cảng hàng không Điện Biên tặng …"): an organisation that acts itself, a unit by its
    full name (level "body", spec §2.3, as a member company is), not the province in its name; the
    Youth Union's words before it belong to the mention. "Tổng công ty Cảng hàng không …" is the
    corporation, not an airport."""
    out = []
    for m in _AIRPORT_RE.finditer(s):
        if not m.group("yu") and _CORPORATION_BEFORE_RE.search(s, max(0, m.start() - 16), m.start()):
            continue
        name = s[m.end("yu") if m.group("yu") else m.start() : m.end()]
        unit = _Unit(name, "body", None, True, "body", None)
        out.append(_Cand(m.start(), m.end(), unit, 3.5))
    return out


@functools.cache
def _overseas_re() -> re.Pattern[str]:
    """An association of Vietnamese youth or students abroad: "Hội Sinh viên Việt Nam tại Nhật Bản".
    The country's name may open with the form of its state, whose later syllables are written in lower
    case ("Liên bang Nga", "Hợp chủng quốc Hoa Kỳ", "Vương quốc Anh": ``stateform`` in
    ``nonunits.tsv``), and the capitalised words of the name follow it."""
    form = _alt(_tables().words.get("stateform", ()))
    return re.compile(
        rf"(?<!\w)(?:Hội|HỘI){_WS}(?i:sinh{_WS}viên|thanh{_WS}niên(?:{_WS}sinh{_WS}viên)?"
        rf"|lhtn|liên{_WS}hiệp{_WS}thanh{_WS}niên){_WS}(?i:việt{_WS}nam){_WS}(?i:tại)"
        rf"{_WS}(?P<place>(?:(?i:{form}){_WS})?{_CAPTOK}(?:{_WS}{_CAPTOK}){{0,3}})"
    )


def _overseas(t: _Tables, s: str) -> list[_Cand]:
    """Associations of Vietnamese youth or students abroad ("Hội Sinh viên Việt Nam tại Nhật Bản"): a
    body named in full (level "body"), as the bodies under the central Union are, since no Vietnamese
    place is theirs (spec §2.3). After "tại" the name is a country's; a Vietnamese province there only
    says where ("Hội Sinh viên Việt Nam tại Hà Nội" is no such body)."""
    out = []
    for m in _overseas_re().finditer(s):
        if _match_province_at(t, s, m.start("place")) is not None:
            continue
        name = textnorm.collapse_ws(m.group())
        if name.isupper():
            continue  # an all-caps header: its spelling is not known
        out.append(_Cand(m.start(), m.end(), _Unit(name, "body", None, True, "body", None), 3))
    return out


def _island_ok(t: _Tables, s: str, p: int, name_start: int) -> bool:
    """An island ("đảo X" at ``p``) is a unit where it opens its clause, as the doer or receiver of
    its figures ("Trong đó, đảo Sinh Tồn nhận 320 suất quà"); after a word ("ra đảo X", "tại đảo X")
    it only says where. Inside a quoted title ("Quỹ "Vì biển, đảo Việt Nam"") or before a province's
    name it is no island of its own."""
    j = p - 1
    while j >= 0 and s[j] in " \u00a0":
        j -= 1
    if j >= 0 and (s[j].isalnum() or s[j] in "\"“”'"):
        return False
    line = s[s.rfind("\n", 0, p) + 1 : p]
    if line.count('"') % 2 or line.count("“") > line.count("”"):
        return False
    fm = t.fixed_re.match(_lower(s[name_start : name_start + 64]))
    return fm is None


#: a figure right after a name: "Công ty Sợi X 410 triệu đồng"
#: ... or in brackets: "Công ty X (10 xe)", or after "có" ("Ban Quản lý dự án Y có 41 sáng kiến": the
#: item has what it counts)
_LIST_FIGURE_RE = re.compile(r"[ \u00a0\t]{1,3}(?:có[ \u00a0]{1,3})?\d|[ \u00a0]{0,3}\(\d")
#: what ends just before an item of a list: a colon, comma, semicolon, bracket, dash, bar, tab or line break
_ITEM_OPENERS = ":,;(-–|\t\n"


def _item_start(s: str, pos: int) -> bool:
    """Whether ``pos`` opens an item of a list (a footnote's or a table row's "Tổng công ty X 410 triệu
    đồng, Chi nhánh Y 120 triệu đồng"): the organisation named there with its figure right after it is
    the unit of that figure, as its Youth Union is (spec §2.3: the list names each unit's result)."""
    j = pos
    while j > 0 and s[j - 1] in " \u00a0":
        j -= 1
    if j == 0 or s[j - 1] in _ITEM_OPENERS:
        return True
    # "gồm Công ty X (10 xe) và Công ty Y (9 xe)", "trong đó Viện X có 48 thành viên": the words that
    # open a breakdown
    return j < pos and (
        s[max(0, j - 4) : j] == " gồm"
        or s[max(0, j - 3) : j] == " và"
        or _BREAKDOWN_END.search(s, max(0, j - 12), j) is not None
    )


#: "trong đó" (of which) ending the text before an item, a word on its own, the space between it
#: also a no-break one or more than one
_BREAKDOWN_END = re.compile(r"(?<!\w)trong[ \u00a0]+đó\Z", re.IGNORECASE)


def _sentence_start(s: str, pos: int, also: str = "") -> bool:
    """Whether ``pos`` opens a sentence: the text's start or a full stop before it (spaces between), or
    one of the marks ``also`` (";\n": a clause of its own, not an item after "," or "và" that a verb
    after the list may follow: "phối hợp Bệnh viện A và Bệnh viện B thực hiện …")."""
    j = pos
    while j > 0 and s[j - 1] in " \u00a0":
        j -= 1
    return j == 0 or (j < pos and s[j - 1] == ".") or (s[j - 1] in also)


def _health_at(t: _Tables, s: str, pos: int) -> bool:
    """Whether a health institution's name (``health`` in ``nonunits.tsv``: "Bệnh viện", "Trung tâm Y
    tế") starts at ``pos``. Cheap first test: its first letter."""
    if s[pos : pos + 1] not in ("B", "T"):
        return False
    return any(_starts_with_word(s[pos : pos + 32], w) for w in t.words.get("health", ()))


#: a health institution named by its kind alone ("Bệnh viện Đa khoa tặng …", "Bệnh viện Nhi"): no name
#: of its own, so no unit (``_health_acts``); "Bệnh viện Đa khoa tỉnh A", "Bệnh viện Nhi Trung ương" are named
_GENERIC_HEALTH_RE = re.compile(
    r"^Bệnh viện (?:Đa khoa|Nhi|Sản Nhi|Phụ sản|Quân y|Y học cổ truyền|Mắt|Tâm thần|Phổi|Lao và bệnh phổi)$"
    .replace(" ", r"[ \u00a0]+"),
    re.IGNORECASE,
)

#: a number right after "có" ("Bệnh viện X có 5 bác sĩ …"): the institution has what it counts
_HAS_NUMBER_RE = re.compile(r"có[ \u00a0]{1,3}(?:[a-zà-ỹđ]+[ \u00a0]{1,3})?\d")


def _health_acts(t: _Tables, s: str, end: int) -> bool:
    """Whether the health institution whose name ends at ``end`` acts in its clause: a verb (``verb``
    in ``nonunits.tsv``: "Trung tâm Y tế khu vực X tổ chức … với 1.150 lượt ngư dân", "Bệnh viện Y cử
    8 điều dưỡng") or "có" + a number ("Bệnh viện Z có 5 bác sĩ được tuyên dương") right after its
    name. Named with its own figures so, it is the unit of them (spec §2.3), as its Youth Union is;
    named only where something happens ("tại Bệnh viện X, 6 đội hình …", "phối hợp Bệnh viện Y tổ
    chức …") it is no unit (the sentence does not open with it)."""
    rest = s[end : end + 40].lstrip(" \u00a0")
    if not rest[:1].islower():
        return False
    if _HAS_NUMBER_RE.match(rest):
        return True
    return any(_starts_with_word(rest, v) for v in t.words.get("verb", ()))


def _source_of_own_whole(s: str, low: str, m: re.Match[str]) -> bool:
    """Whether the organisation read by ``m``, quoted as a source at the start of a sentence ("Theo
    Tổng công ty X, …"), tells its own whole's figure: a comma closes its name, and the sentence
    names its whole by its noun ("… tuổi trẻ toàn Tổng công ty đã sửa 12.600 hộ"): it is the unit
    of that sentence (spec §2.3), not the page's body. A source that tells a place's or the nation's
    figure ("Theo Sở X, toàn tỉnh có …", "Theo Cục Y, cả nước …") is no unit."""
    if s[m.end() : m.end() + 1] != ",":
        return False
    stop = s.find(".", m.end())
    whole = "toàn " + " ".join(m.group("org").split()).lower()
    return low.find(whole, m.end(), stop if stop >= 0 else len(s)) >= 0


#: a ranking of member units, with each one's figure: "Công ty X dẫn đầu với 19 sáng kiến", "Sau đó
#: là Công ty Y (14 sáng kiến)", "tiếp đến Công ty Z (9 sáng kiến)": the organisation named there is
#: the unit of its figure, as an item of a list is (``_item_start``)
_RANKED_BEFORE_RE = re.compile(
    r"(?:(?<!\w)(?:sau đó|tiếp đến|tiếp theo|kế đến|theo sau|thứ hai|thứ ba|đứng đầu|dẫn đầu)[ \u00a0]+là"
    r"|(?<!\w)(?:tiếp đến|kế đến|tiếp theo))[ \u00a0]+$"
)
#: ... and its figure after "với"/"có" when the ranking words stand before the name ("Dẫn đầu là Công
#: ty X với 41 sáng kiến"): not for a bare item of a list ("gồm Công ty X với …" tells no figure of X)
_RANKED_WITH_RE = re.compile(
    r"[ \u00a0]{1,3}(?:với|có)[ \u00a0]{1,3}(?:(?:hơn|gần|khoảng|trên)[ \u00a0]+)?\(?\d"
)
_RANKED_AFTER_RE = re.compile(
    r"[ \u00a0]{1,3}(?:dẫn đầu|đứng đầu|đứng thứ [^\W\d_]+|xếp thứ [^\W\d_]+)(?:[ \u00a0]+(?:với|có))?"
    r"[ \u00a0]+\(?\d"
)

#: words that open a list of donors ("Nguồn tài trợ: Công ty A 200 triệu đồng; …"): the money is the
#: receiving unit's result, the organisations only say where it came from; so do the sources of
#: scholarships ("Học bổng gồm: Quỹ X 120 suất, Công ty Y 90 suất": a company gives scholarships)
_SPONSOR_WORDS = ("tài trợ", "ủng hộ", "nhà hảo tâm", "đóng góp", "hỗ trợ", "học bổng")


def _sponsor_list(low: str, pos: int) -> bool:
    """Whether the line before ``pos`` (lower-cased text) opens a list of donors."""
    a = max(low.rfind("\n", max(0, pos - 300), pos), pos - 300, 0)
    line = low[a:pos]
    return any(w in line for w in _SPONSOR_WORDS)


def _list_items(t: _Tables, s: str, lw: str, pos: int) -> list[_Cand]:
    """The names listed after a plural level word: "các xã Vũ Muộn, Nguyên Phúc và Tân Tú"."""
    out: list[_Cand] = []
    while True:
        m = _P.listed.match(s, pos)
        if not m:
            return out
        a = m.start("name")
        place = _resolve_place(t, s, lw, a, m.end("name"))
        if place is None:
            return out
        end, pl = place
        if _match_province_at(t, s, a) and (lw, _key(s[a:end])) not in t.places:
            return out  # the list went on to a province
        out.append(_Cand(a, end, pl.unit, pl.rank))
        pos = end


#: the numbers of more units of the level after a numbered one, a closed list ("khu phố 3, 5 và 7")
_NUMBERED_SIBLINGS_RE = re.compile(
    rf"(?:{_WS0},{_WS0}\d{{1,3}}(?![\d.,/]\d)(?!\w))*{_WS0},?{_WS}và{_WS}(?P<last>\d{{1,3}})(?![\d.,/]\d)(?!\w)"
)


def _numbered_siblings(t: _Tables, s: str, lw: str, pos: int) -> list[_Cand]:
    """The bare numbers listed after a numbered unit, up to "và" and the last one ("Chi đoàn khu
    phố 3, 5 và 7 thu gom …", "phường 4 và 6"): more units of its level, one mention each, as
    after a plural level word (``_list_items``). Not when the last number counts what follows it
    ("tổ 3 và 5 hộ nghèo": ``_counts_after_level_word``)."""
    m = _NUMBERED_SIBLINGS_RE.match(s, pos)
    if m is None or _counts_after_level_word(t, s, m.group("last"), m.end()) or _time_after(s, m.end()):
        return []
    return [c for c in _list_items(t, s, lw, pos) if c.end <= m.end()]


#: the word right after a number
_WORD_AFTER_RE = re.compile(r"[ \u00a0]+([^\W\d_]+)")


@functools.cache
def _time_words() -> frozenset[str]:
    """The one-word lengths of time that the number reader reads after a number ("tháng", "năm", "quý",
    "tuần", "ngày": ``nonfigure_cues``, tagged duration)."""
    return frozenset(
        w for w, tag in nonfigure_cues("after").items() if tag.startswith("duration") and " " not in w
    )


def _time_after(s: str, end: int) -> bool:
    """A length of time follows the last number ("khu phố 3 và 5 tháng …"): it is no unit's number."""
    w = _WORD_AFTER_RE.match(s, end)
    return w is not None and w.group(1).lower() in _time_words()


#: a breakdown by commune or ward after a colon ("Số ca theo xã: A 58 ca, B 44 ca"), also after a
#: count of them ("cho học sinh 3 xã: A 60 suất; B 50 suất": the colon lists the communes counted)
_COLON_LEAD_RE = re.compile(
    r"(?:(?<!\w)(?:theo|các)|(?<![\d.,])\d{1,2})[ \u00a0]+(?P<lw>xã|phường)[ \u00a0]*:[ \u00a0]*"
)
#: an item of it: a capitalised name right before its number
_COLON_ITEM_RE = re.compile(rf"(?P<name>{_CAPTOK}(?:{_WS}{_CAPTOK}){{0,3}}){_WS}(?=\d)")
#: the rest of an item up to the next one: its number ("1.300") and words, then a comma, a semicolon or "và"
_COLON_NEXT_RE = re.compile(
    r"(?:[^,;.:\n]|(?<=\d)\.(?=\d)){1,40}?(?:[,;][ \u00a0]*(?:và[ \u00a0]+)?|[ \u00a0]+và[ \u00a0]+)"
)
#: the last item of a breakdown that names the level of the items before it: "…: A 3 mô hình, B 2 mô
#: hình; các xã khác 3 mô hình" (the other communes: so A and B are communes)
_OTHERS_CLOSE_RE = re.compile(
    r"(?<!\w)các[ \u00a0]+(?P<lw>xã|phường|thị[ \u00a0]+trấn)[ \u00a0]+(?:khác|còn[ \u00a0]+lại)(?!\w)"
)
#: the first word a match of ``_OTHERS_CLOSE_RE`` opens with (``_finditer_opening``)
_OTHERS_CLOSE_OPEN = ("các",)


def _colon_after_level(low: str) -> bool:
    """The cheap first test for ``_colon_items``, true to ``_COLON_LEAD_RE``: a colon after "xã" or
    "phường" and any spaces (``low``: the text in lower case, so wider than the pattern)."""
    i = low.find(":")
    while i >= 0:
        j = i
        while j and low[j - 1] in " \u00a0":
            j -= 1
        if low.endswith(("xã", "phường"), 0, j):
            return True
        i = low.find(":", i + 1)
    return False


def _colon_items(t: _Tables, s: str) -> list[_Cand]:
    """The names of a breakdown by commune or ward after "theo xã:" / "các phường:" / "3 xã:", each
    right before its figure ("Số ca theo xã: Tương Dương 58 ca, Nhôn Mai 44 ca"): places of that level
    named without their level word. Only names with a figure right after them (a list of bare names
    after a colon stays unread: it may name anything)."""
    out: list[_Cand] = []
    for lead in _COLON_LEAD_RE.finditer(s):
        _read_colon_items(t, s, lead.end(), _level_word(lead.group("lw")), len(s), out)
    return out


def _read_colon_items(
    t: _Tables, s: str, pos: int, lw: str, stop: int, out: list[_Cand], named: list[_Cand] | None = None
) -> None:
    """Append to `out` the items of a breakdown from `pos` on (a capitalised name right before its
    figure, read as a place of level `lw`), up to the first that is not one or starts at `stop`.
    With `named` (the candidates found so far), an item named there already ("Đoàn xã A 5 mô hình",
    "Công an 3 đơn vị") is passed over, not read, and the items after it still are."""
    while pos < stop:
        other = None
        if named is not None:
            other = next((c for c in named if c.unit is not None and c.start <= pos < c.end), None)
        if other is not None:
            b = other.end  # an item named otherwise: read the next one
        else:
            m = _COLON_ITEM_RE.match(s, pos)
            if m is None:
                return
            place = _resolve_place(t, s, lw, m.start("name"), m.end("name"))
            if place is None:
                return
            b, pl = place
            out.append(_Cand(m.start("name"), b, pl.unit, pl.rank))
        nxt = _COLON_NEXT_RE.match(s, b)
        if nxt is None:
            return
        pos = nxt.end()


#: a sentence's or line's end: a full stop that is no thousands separator ("1.300"), or a line break
_SENTENCE_END_RE = re.compile(r"(?<!\d)\.|\.(?!\d)|\n")


def _others_closed_items(t: _Tables, s: str, named: list[_Cand]) -> list[_Cand]:
    """The names of a breakdown after a colon whose last item is "các xã khác" / "các phường còn lại"
    ("Gồm: A 3 mô hình, B 2 mô hình; các xã khác 3 mô hình"): the rest are then of that level, named
    without their level word, as after "theo xã:" (`_colon_items`). Only a colon in the same sentence,
    and only names with a figure right after them."""
    out: list[_Cand] = []
    for close in _finditer_opening(_OTHERS_CLOSE_RE, _OTHERS_CLOSE_OPEN, s):
        colon = s.rfind(":", 0, close.start())
        if colon < 0 or _SENTENCE_END_RE.search(s, colon + 1, close.start()) is not None:
            continue  # no colon, or the sentence ends after it
        pos = colon + 1
        while pos < close.start() and s[pos] in " \u00a0":
            pos += 1
        _read_colon_items(t, s, pos, _level_word(close.group("lw")), close.start(), out, named)
    return out


#: the sectors by the short name a list of the Union's units gives them ("Trong đó: Quân đội 9.650 đơn
#: vị, Công an 7.820 đơn vị, …"): the army's and the police's Youth Union (spec §2.3), each only as an
#: item of a list with its figure right after it (elsewhere "Công an xã" is the force, a partner); so
#: are the provinces' and cities' Youth Unions together, an item of a national breakdown ("…; các
#: tỉnh, thành đoàn 17.260 đội hình"): a national aggregate (spec §2.3), read as "Trung ương Đoàn"'s
#: unit; elsewhere ("phối hợp với các tỉnh, thành đoàn khu vực …") no unit
_SHORT_SECTORS = (
    ("Quân đội", "Ban Thanh niên Quân đội"),
    ("Công an", "Ban Thanh niên Công an"),
    ("các tỉnh, thành đoàn", "Trung ương Đoàn"),
)
#: the school types a list writes without "Trường" ("THPT A 215 đơn vị, THPT B 168 đơn vị"): the
#: abbreviations, and the spelled types that name nothing but a school
_SHORT_SCHOOL_TYPES = (
    rf"(?:TH{_WS0}(?:&|và){_WS0}THCS|THCS{_WS0}(?:&|và){_WS0}THPT|THPT|THCS|PTDTNT|PTDTBT"
    rf"|Tiểu{_WS}học|Mầm{_WS}non|Mẫu{_WS}giáo)"
)
#: the police of the page's own place by a level word alone, as a list item with its figure ("…, Công
#: an tỉnh 640 đơn vị; …"): the police's Youth Union there, the police sector (spec §2.3), as "Công an"
#: alone is; not a ward or an urban district (phường, quận), whose name may be a number ("Công an
#: phường 7", "Công an quận 3")
_SHORT_POLICE_LEVELS = rf"Công{_WS}an{_WS}(?:tỉnh|thành{_WS}phố|huyện|thị{_WS}xã|xã)"
_SHORT_ITEM_RE = re.compile(
    rf"(?:(?P<police>{_SHORT_POLICE_LEVELS})"
    rf"|(?P<sector>{'|'.join(w.replace(' ', _WS) for w, _ in _SHORT_SECTORS)})"
    rf"|(?P<school>{_SHORT_SCHOOL_TYPES}{_WS}{_CAPSEQ}))(?={_WS}\d)"
)
#: the first words a match of ``_SHORT_ITEM_RE`` opens with (``_finditer_opening``): a short sector's,
#: a school type's, each once (sectors may share a first word)
_SHORT_ITEM_OPEN = tuple(
    dict.fromkeys((*(w.split()[0] for w, _ in _SHORT_SECTORS), "TH", "PTDT", "Tiểu", "Mầm", "Mẫu"))
)
#: a word of each of those short forms (``_scan``'s cheap first test): the first words, but "tỉnh,"
#: for "các tỉnh, thành đoàn", whose first word "các" opens too many phrases for a cheap test (a
#: match holds both, so either test lets through every text that has a match)
_SHORT_ITEM_WORDS = tuple("tỉnh," if w == "các" else w for w in _SHORT_ITEM_OPEN)


def _finditer_opening(rx: re.Pattern[str], words: tuple[str, ...], s: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(s)``, for a pattern that never matches empty and whose every match starts with one
    of `words` (literal first words): ``rx`` is only tried where ``str.find`` finds one of them, not at
    every position of `s` (a pattern opening with an optional group or a look-around has no first
    letters for ``re`` to skip by)."""
    starts = []
    for w in words:
        i = s.find(w)
        while i >= 0:
            starts.append(i)
            i = s.find(w, i + 1)
    if len(words) > 1:
        starts.sort()
    end = 0
    for a in starts:
        if a >= end and (m := rx.match(s, a)) is not None:
            yield m
            end = m.end()


#: the next item's separator after an item's figure, before the sentence or line ends (the marks
#: inside a number, "9.650", "1,5", are none, nor is a closing comma between digits)
_NEXT_ITEM_RE = re.compile(r"(?:[^.;,:\n]|(?<=\d)[.,](?=\d)){0,60}(?:;|,(?!\d)|(?<!\d),)")


def _in_list(s: str, start: int, end: int) -> bool:
    """Whether the item of a list that opens at `start` (``_item_start``) and names its unit up to
    `end` is one of several: after a colon, semicolon, comma or bracket, or, opening the text or a
    line ("¹ Quân đội 640 đội hình, …"), followed by another item's separator in its sentence (a
    sentence that only opens with the name, "Quân đội 3 lần đến thăm …", is no list)."""
    j = start
    while j > 0 and s[j - 1] in " \u00a0":
        j -= 1
    return (j > 0 and s[j - 1] in ":;,(") or _NEXT_ITEM_RE.match(s, end) is not None


def _short_items(t: _Tables, s: str) -> list[_Cand]:
    """The units a list of figures names by a short form, each at the start of its item with its
    figure right after it: a sector by its short name ("Trong đó: Quân đội 9.650 đơn vị, Công an 7.820
    đơn vị": the army's and the police's Youth Union, ``_SHORT_SECTORS``) and a school by its type
    without "Trường" ("THPT Đức Thịnh 215 đơn vị" -> "trường THPT Đức Thịnh", spec §2.3: schools with
    "trường"). A list item is what ``_item_start`` says; the same words elsewhere ("phối hợp Công an
    xã", "Quân đội 2 lần …" opening a sentence) are no unit here."""
    out: list[_Cand] = []
    for m in _finditer_opening(_SHORT_ITEM_RE, _SHORT_ITEM_OPEN, s):
        if (
            (m.start() and _is_word_char(s[m.start() - 1]))
            or not _item_start(s, m.start())
            or not _in_list(s, m.start(), m.end())
        ):
            continue
        if m.group("sector") is not None or m.group("police") is not None:
            short = "Công an" if m.group("police") is not None else " ".join(m.group("sector").split())
            fx = t.fixed.get(_key(dict(_SHORT_SECTORS)[short]))
            if fx is not None:
                sector = _Unit(fx.canonical, fx.level, None, True, "body", None)
                out.append(_Cand(m.start(), m.end(), sector, 2))
            continue
        found = lookup(f"trường {textnorm.collapse_ws(m.group('school'))}")
        if found is not None and found.level == "school":
            unit = _Unit(found.canonical, "school", found.province_2025, False, found.source, found.province)
            out.append(_Cand(m.start(), m.end(), unit, 2))
    return out


#: a force of the page's own place named by a level word alone ("Công an tỉnh", "Bộ đội Biên phòng
#: tỉnh", "Công an phường"): no name, no number after the level word
_BARE_FORCE_RE = re.compile(
    rf"(?P<police>Công{_WS}an)?(?(police)|(?:Bộ{_WS}đội{_WS})?Biên{_WS}phòng){_WS}"
    rf"(?P<lw>tỉnh|thành{_WS}phố|(?(police)(?:huyện|quận|thị{_WS}xã|xã|phường)|(?!)))"
    rf"(?!\w)(?!{_WS}(?:{_UPC}|\d))"
)
#: the first words a match of ``_BARE_FORCE_RE`` opens with (``_finditer_opening``)
_BARE_FORCE_OPEN = ("Công", "Bộ", "Biên")


def _bare_force_subjects(s: str) -> list[_Cand]:
    """A force of the page's own province (or, for the police, of its district or commune) named by
    the level word alone as the subject of its clause ("…. Bộ đội Biên phòng tỉnh hỗ trợ 2 xe bán tải",
    "; Công an phường bố trí 3 tổ"): the force acting, a part of its sector (spec §2.3), as the same
    force named with its place is (``_province_force``). Not a unit anywhere else: after "phối hợp"
    it is a partner (``_force_as_partner``: the mention names no Youth Union), after "hỗ trợ" a
    recipient, and "Đoàn Thanh niên Công an tỉnh" is read with its Youth Union's words."""
    out: list[_Cand] = []
    for m in _finditer_opening(_BARE_FORCE_RE, _BARE_FORCE_OPEN, s):
        a = m.start()
        if _CLAUSE_START_RE.search(s, max(0, a - 8), a) is None or _PREDICATE_RE.match(s, m.end()) is None:
            continue
        sector = "Công an nhân dân" if m.group("police") is not None else "Quân đội nhân dân"
        out.append(_Cand(a, m.end(), _Unit(sector, "sector", None, False, "body", None), 2))
    return out


def _compound_before_number(s: str, name_start: int, low_start: int) -> bool:
    """Whether the lower-case word at ``low_start``, right before a number, ends an organisation's
    name (``numlow``): it does when it completes a compound opened by the capitalised word before it,
    and that word opens the name or follows a lower-case word, "và" or a dash ("Chi đoàn Sở Tư pháp 7
    đồng chí", "Sở Giáo dục và Đào tạo 12", "Công ty Cổ phần May mặc 5"); after two capitalised words
    it is a verb ("Tổng công ty Bưu điện Việt Nam lập 40 tổ", "Công ty Minh Phát góp 12 triệu")."""
    words = s[name_start:low_start].split()
    return len(words) < 2 or not words[-2][:1].isupper()


def _org(t: _Tables, s: str, m: re.Match[str]) -> _Cand | None:
    """The Youth Union of an organisation ("Đoàn cơ sở Công ty Điện lực Bắc Giang", "Đoàn Thanh niên
    Bệnh viện Đa khoa tỉnh Bắc Giang"): a unit of its own (level "body"), named by the organisation
    without the Youth Union's words, as schools are ("trường THCS X"); it lies in the province its
    name ends with, if any."""
    for a in (m.start(), m.start() + 5):  # "Đoàn Thanh niên Bộ Công an", "[Đoàn ]thanh niên Bộ Chỉ huy …"
        fm = t.fixed_re.match(_lower(s[a : a + 64]))
        fx = t.fixed.get(_key(fm.group())) if fm else None
        if fm and fx is not None and fx.level == "sector" and a + fm.end() > m.start("oname"):
            # the Youth Union of a force's ministry or command is its sector (bodies.tsv), not an
            # organisation of its own
            return _Cand(m.start(), a + fm.end(), _Unit(fx.canonical, "sector", None, True, "body", None), 3)
    # a ministry, read by its full name (unless the pattern read a longer name: "Bộ Y tế Lào")
    found = _ministry_at(s, m.start("org"))
    if found is not None and found[0] >= m.end():
        end, name = found
        new = old = None
        place = _DEPT_PLACE_RE.match(s, end) if name.startswith("Sở") else None
        hit = _match_province_at(t, s, place.end()) if place is not None else None
        if hit is not None and place is not None:  # "Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang"
            prov = t.provinces.get(_key(hit[1].province or hit[1].canonical))
            new, old = (prov.new, prov.name) if prov else (None, None)
            name = f"{name} {textnorm.collapse_ws(s[place.start(1) : hit[0]])}"
            end = hit[0]
        return _Cand(m.start(), end, _Unit(name, "body", new, True, "body", old), 3)
    org = textnorm.collapse_ws(m.group("org"))
    name = m.group("oname")
    if "(" in name:  # "… Nông thôn (Agribank) Chi nhánh …": the short name is no part of the name
        name = _BRACKET_ABBR_RE.sub("", name)
    name = textnorm.collapse_ws(name)
    end = m.end()
    if m.group("numlow") and not _compound_before_number(s, m.start("oname"), m.start("numlow")):
        end = m.start("numlow")
        name = textnorm.collapse_ws(s[m.start("oname") : end])
    ag = "area" if m.group("area") else "area0" if m.group("area0") else None
    if ag is not None and m.end(ag) == end:
        num = s[m.end(ag) - 2 : end].strip(" \u00a0")
        if _counts_after_name(t, s, num, end):  # "… khu vực 7 người": the number counts
            end = m.start(ag)
            while end > m.start("oname") and s[end - 1] in " \u00a0":
                end -= 1
            if end <= m.start("oname"):
                return None
            name = textnorm.collapse_ws(s[m.start("oname") : end])
    toks = [tok.span() for tok in _P.name_token.finditer(s, m.start("oname"), end)]
    i = _person_start(t, s, m.start(), toks)
    if i is not None:  # "Bí thư Đoàn Tổng công ty Nguyễn Đức Thịnh cho biết": the holder's name
        if i == 0:
            return None  # the organisation is named before or is the page's own: no name here
        end = toks[i - 1][1]
        name = textnorm.collapse_ws(s[m.start("oname") : end])
    named_at = None  # the province the name ends with
    for tok in _P.name_token.finditer(s, m.start("oname"), end):
        hit = _match_province_at(t, s, tok.start())
        if hit and hit[0] < end and _lower_word_only(s, hit[0], end):
            # a province's name is a whole last word of the name: a lower-case word after it is the
            # start of what the organisation does ("Công ty Điện lực X đảm nhận …", where only the
            # verb's second syllable is a listed verb), not the second syllable of a compound
            end = hit[0]
            name = textnorm.collapse_ws(s[m.start("oname") : end])
        if hit and hit[0] == end:
            named_at = hit[1]
            break
    if org.isupper() and name.isupper():  # an all-caps header
        org, name = org.capitalize(), name.title()
    org, name = _spelled_out(org, name)
    new = old = None
    if named_at is not None:
        prov = t.provinces.get(_key(named_at.province or named_at.canonical))
        new, old = (prov.new, prov.name) if prov else (None, None)
    # "đoàn viên X" (the body pattern's ``_MEMBERS``): the mention is X's
    start = m.start("org") if "members" in m.re.groupindex and m.group("members") else m.start()
    return _Cand(start, end, _Unit(f"{org} {name}", "body", new, True, "body", old), 3)


#: a business noun written in short, and its canonical spelling ("Cty TNHH X" -> "Công ty TNHH X")
_ORG_ABBR = {"cty": "Công ty", "tổng cty": "Tổng công ty"}
#: a business's legal form written in short at the start of its name, spelled out as the gold does
#: ("Công ty CP Bao bì X" -> "Công ty Cổ phần Bao bì X"; "TNHH", "MTV" and a bank's "TMCP" stay)
_LEGAL_ABBR = {"CP": "Cổ phần"}


def _spelled_out(org: str, name: str) -> tuple[str, str]:
    """A company's noun and legal form as the canonical name spells them (``_ORG_ABBR``, ``_LEGAL_ABBR``):
    one company, however the text abbreviates it."""
    org = _ORG_ABBR.get(org.casefold(), org)
    if org.endswith(("Công ty", "công ty")):
        first, _, rest = name.partition(" ")
        if rest and first in _LEGAL_ABBR:
            name = f"{_LEGAL_ABBR[first]} {rest}"
    return org, name


def _lower_word_only(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` is blanks and one lower-case word ("  đảm")."""
    word = s[start:end].strip(" \u00a0")
    return bool(word) and word != s[start:end] and word[0].islower() and word.isalpha()


#: the province a department's name ends with ("Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang")
_DEPT_PLACE_RE = re.compile(r"[ \u00a0]{1,3}((?i:tỉnh|thành[ \u00a0]+phố|tp\.?))[ \u00a0]{0,3}")


#: what may join two parts of a ministry's name, whichever of them the text writes ("Bộ Văn hóa, Thể
#: thao và Du lịch", "Bộ Văn hóa - Thể thao và Du lịch")
_MINISTRY_JOIN = r"(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]{1,3}[-–][ \u00a0]{1,3})"


@functools.cache
def _ministries() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """The ministries and ministry-level bodies (``ministries.tsv``) by their first word (lower case):
    each a pattern of its full name (case-insensitive, any run of spaces, a comma or a dash between its
    parts) and its official spelling, longest first."""
    by_first: dict[str, list[tuple[re.Pattern[str], str]]] = defaultdict(list)
    for (name,) in (row[:1] for row in _read_tsv("ministries.tsv")):
        name = textnorm.normalize(name)
        parts = [re.escape(p.strip()).replace(r"\ ", r"[ \u00a0]{1,3}") for p in re.split(r",| - ", name)]
        rx = re.compile("(?i:" + _MINISTRY_JOIN.join(parts) + r")(?!\w)")
        by_first[name.split()[0].lower()].append((rx, name))
        if name.startswith("Bộ "):
            # a province's department bears its ministry's name ("Sở Văn hóa, Thể thao và Du lịch")
            rx = re.compile("(?i:" + _MINISTRY_JOIN.join(["Sở" + parts[0][2:], *parts[1:]]) + r")(?!\w)")
            by_first["sở"].append((rx, "Sở" + name[2:]))
    return {k: tuple(sorted(v, key=lambda x: -len(x[1]))) for k, v in by_first.items()}


def _ministry_at(s: str, pos: int) -> tuple[int, str] | None:
    """The ministry or ministry-level body whose full name starts at ``pos`` (``ministries.tsv``): its
    end and official name, or None. Their names hold commas, dashes and "và" that end other
    organisations' names ("Đoàn Thanh niên Bộ Văn hóa, Thể thao và Du lịch" names the whole ministry,
    not "Bộ Văn hóa"). Cheap first test: the first word."""
    w = _FIRST_WORD_RE.match(s, pos)
    cands = _ministries().get(w.group().lower()) if w else None
    for rx, name in cands or ():
        m = rx.match(s, pos)
        if m is not None:
            return m.end(), name
    return None


def _khoi(t: _Tables, s: str, m: re.Match[str]) -> _Cand | None:
    """A provincial Đoàn Khối ("Đoàn Khối các cơ quan và doanh nghiệp tỉnh Bắc Giang"): a unit of its
    own, not a place (spec §2.3: its own name, like "Đoàn Khối các cơ quan Trung ương"); the name must
    end with a province the gazetteer knows. Named with a bare level word at its end ("Đoàn Khối các
    cơ quan và doanh nghiệp tỉnh³", the report's own province), its canonical name ends with that word
    and has no province: the figure stage completes it with the report's province (``own_khoi``)."""
    if m.group("kown") is not None:
        words = textnorm.collapse_ws(s[m.start("khoi") : m.end("khoi")]).split(" ")
        if " ".join(words).isupper():  # an all-caps header: "BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH"
            words = [w.lower() for w in words]
        name = " ".join(["Đoàn", "Khối", *words[2:]])
        unit = _Unit(f"{name} {_level_word(m.group('klw'))}", "sector", None, True, "body", None)
        return _Cand(m.start(), m.end("klw"), unit, 3)
    hit = _match_province_at(t, s, m.start("kprov"))
    if hit is None:
        return None
    end, fx = hit
    prov = t.provinces.get(_key(fx.province or fx.canonical))
    words = textnorm.collapse_ws(s[m.start("khoi") : m.end("khoi")]).split(" ")
    if " ".join(words).isupper():
        words = [w.lower() for w in words]
    name = " ".join(["Đoàn", "Khối", *words[2:]])
    canonical = f"{name} {_level_word(m.group('klw'))} {fx.canonical}"
    unit = _Unit(canonical, "sector", prov.new if prov else None, True, "body", prov.name if prov else None)
    return _Cand(m.start(), end, unit, 3)


_JOINED_RE = re.compile(rf"{_WS}và{_WS}")


def _cut_before_listed_place(t: _Tables, s: str, start: int, end: int) -> int:
    """The end of a university's name read from ``start`` to ``end`` across "và": cut before the "và"
    whose next words are a fixed name (a province, an alias, a national body: "Đại học Vinh và Hà
    Tĩnh", "… và Trung ương Đoàn") or words with a place's level word ("… và Công an tỉnh X"): a
    second unit of a list, not a part of the name. Cut too where the name read so far is followed by
    a lower-case word that is no function word and no verb (``_Patterns.name_end``): the name's
    last words were not read, and a name cut after "và" would be no name at all."""
    for j in _JOINED_RE.finditer(s, start, end):
        fm = t.fixed_re.match(_lower(s[j.end() : j.end() + 64]))
        if (fm is not None and _key(fm.group()) in t.fixed) or _P.level_word.search(s, j.end(), end):
            return j.start()
        if not _P.name_end.match(s, end):
            return j.start()  # the name goes on in lower case past what was read: its end is not known
    return end


#: "số" right before a name's number ("Cao đẳng Xây dựng số 1"): the number is the name's own
_NUMBER_SO_BEFORE_RE = re.compile(r"(?<!\w)số[ \u00a0]{1,3}\Z")


def _numbered_by_so(s: str, tok: tuple[int, int]) -> bool:
    """Whether the token at ``tok`` is a name's number after "số" ("trường THCS số 2"): a number after
    it counts something ("… số 2 15 máy tính")."""
    return s[tok[0]].isdigit() and _NUMBER_SO_BEFORE_RE.search(s, max(0, tok[0] - 8), tok[0]) is not None


#: a number of one or two digits right after a name ("… Hà Nội 2"), not a decimal or thousands figure
_NAME_NUMBER_RE = re.compile(r"[ \u00a0]([1-9]\d?)(?!\d|[.,]\d)")


#: the student association right before a school's name ("Hội Sinh viên Trường Đại học X"): the
#: school's own body, as "Đoàn trường" is
_STUDENT_UNION_BEFORE_RE = re.compile(r"(?i:hội)[ \u00a0]+(?i:sinh)[ \u00a0]+(?i:viên)[ \u00a0]+\Z")
#: the people of a school whose Youth Union cell may be named by them ("Chi đoàn giáo viên Trường X")
_SCHOOL_STAFF = r"(?:giáo viên|giảng viên|cán bộ|công nhân viên|nhân viên|viên chức|học sinh|sinh viên)"
#: a Youth Union cell of a school's staff or pupils right before the school's name ("Chi đoàn giáo viên
#: Trường THCS X", "Liên chi đoàn cán bộ, giáo viên Trường Y"): a part of the school, so the school's own
#: body, as "Chi đoàn Trường X" is (spec §2.3; parts of a unit are no units of their own)
_STAFF_CELL_BEFORE_RE = re.compile(
    rf"(?i:(?:liên[ \u00a0]+)?chi[ \u00a0]+đoàn)[ \u00a0]+{_SCHOOL_STAFF}"
    rf"(?:(?:,|[ \u00a0]+và)?[ \u00a0]+{_SCHOOL_STAFF})*[ \u00a0]+\Z"
)


#: the words after a school's number that show it is the name's own: a verb of having or being,
#: which nothing counted is ("Trường THPT Nông Cống 1 có 980 em", "… 2 là đơn vị …", "… 1 đã …"), and
#: the words that open a total of what it was given ("trường Tiểu học A 1 tổng cộng 40 bộ bàn ghế",
#: "… 2 gồm …"): a count is followed by its noun, not by "in all"
_NAME_NUMBER_AFTER_RE = re.compile(r"(?:có|là|đã|đang|được|vẫn|cũng|tổng cộng|tổng số|gồm)(?!\w)")


def _number_of_name(t: _Tables, s: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end``, right after the capitalised words of a name, is the name's
    own (spec §2.1: numbers inside names are no figures): a number of one or two digits, with no
    leading zero, followed by a verb (``verb`` in ``nonunits.tsv``): "Liên đội Trường Tiểu học Hoàng
    Đồng 2 giành 4 huy chương", "trường Tiểu học Vĩnh Viễn 1 nhận 140 suất quà"), by a verb of having
    or being (``_NAME_NUMBER_AFTER_RE``: "… Nông Cống 1 có 980 em") or by a comma, a semicolon or a
    colon. A count is followed by what it counts ("tặng Trường THCS Lê Lợi 15 máy tính").
    A bracket after the number ends the name as it does a place's (``_counts_after_name``): the
    number is the name's unless the bracket spells it out ("Đoàn trường Đại học Sư phạm X 2 (phường
    Y)", "Trường THPT Z 1 (xã W)"; but "Trường THCS V 2 (hai) máy tính" counts).
    Cheap first test: the number's length and first digit."""
    if end - start > 2 or s[start] == "0":
        return False
    rest = s[end : end + 24]
    if rest[:1] not in (" ", "\u00a0"):
        if rest[:1] in ",;:" and not rest[1:2].isdigit():
            # "Trường THPT Nông Cống 1, Trường THPT …": nothing counted after it; but in a bracket
            # that breaks a total down ("64 sinh viên (CĐ A 29, CĐ B 21, …)") each number is an item's
            return not in_breakdown_bracket(s, start)
        return rest[:1] == "(" and not _spelled_in_bracket(s, end)
    rest = rest.lstrip(" \u00a0")
    if rest[:1] == "(":
        return not _spelled_in_bracket(s, end)
    if not rest[:1].islower():
        return False
    if _NAME_NUMBER_AFTER_RE.match(rest):
        return True  # "Trường THPT Nông Cống 1 có 980 em": "có" counts nothing, the number is the name's
    return any(_starts_with_word(rest, v) for v in t.words.get("verb", ()))


def _school(t: _Tables, s: str, m: re.Match[str], alone: bool = False) -> _Cand:
    """A school or university ("Liên đội trường THCS X", "Trường Đại học Y"). With ``alone`` (a name
    given as such, ``lookup``) a number that ends the text is the school's ("trường Tiểu học X 2")."""
    pre = textnorm.collapse_ws(m.group("pre") or "").lower()
    typ = textnorm.collapse_ws(m.group("type"))
    typ = _TYPE_ABBR.get(typ, typ)  # "ĐH" -> "Đại học"
    end = m.end()
    if m.re is _P.higher and s.find("(", end, end + 120) >= 0 and (tail := _P.bracket_tail.match(s, end)):
        end = tail.end()  # "Học viện Báo chí và Tuyên truyền (120 đơn vị)": the bracket ends the name
    if (
        m.re is _P.higher
        and s[end + 1 : end + 2].isdigit()
        and (num := _NAME_NUMBER_RE.match(s, end))
        and ((alone and num.end() == len(s)) or _number_of_name(t, s, num.start(1), num.end(1)))
    ):
        # a university's capitalised words are read without a number: one that is the name's own
        # (before a bracket or a verb, or ending a name given alone) ends it, "Đoàn trường Đại học
        # Sư phạm Hà Nội 2 (phường X)"
        end = num.end(1)
    if m.re is _P.higher and s.find("và", m.start("name"), end) >= 0:
        end = _cut_before_listed_place(t, s, m.start("name"), end)
    toks = _tokens(s, m.start("name"), end)
    if (
        len(toks) >= 3
        and s[toks[-1][0]] == "0"
        and toks[-1][1] - toks[-1][0] > 1
        and s[toks[-2][0] : toks[-2][1]].isdigit()
        and s[toks[-3][0]].isupper()
    ):
        # "Liên đội trường Tiểu học Nậm Tà 2⁸ 01 tủ sách" (the footnote marker taken out): "01" is the
        # genre's small count, the number before it is the school's own
        end = toks[-2][1]
        toks = toks[:-1]
    elif (
        not (alone and end == len(s))
        and len(toks) >= 2
        and s[toks[-1][0] : toks[-1][1]].isdigit()
        and (s[toks[-2][0]].isupper() or _numbered_by_so(s, toks[-2]))
        and s[toks[-1][1] : toks[-1][1] + 1] not in _SUP_CHARS
        and not _number_of_name(t, s, *toks[-1])
        and not _numbered_by_so(s, toks[-1])
    ):
        # "trao tặng Trường THCS Lê Lợi 15 máy tính": a number after the capitalised name counts
        # something ("Trường THCS số 2", "Cao đẳng Xây dựng số 1" keep their number after "số", and so
        # does a number with a footnote marker glued to it, which ends the name: "Liên đội trường
        # Tiểu học Nậm Tà 2⁸ tặng …")
        end = toks[-2][1]
        toks = toks[:-1]
    name = textnorm.collapse_ws(s[m.start("name") : end])
    if name.isupper() and len(name) > 3:
        name = name.title()  # an all-caps header: "LƯƠNG THẾ VINH" -> "Lương Thế Vinh"
    is_body = pre.startswith(("liên đội", "đoàn trường", "chi đoàn"))  # "Liên đội trường THCS X" too
    start = m.start()
    if not is_body and m.start() >= 14 and _STUDENT_UNION_BEFORE_RE.search(s, m.start() - 18, m.start()):
        is_body = True  # "Hội Sinh viên Trường Đại học X": the school's Union of students, its body
    elif (
        pre.strip() == "trường"
        and m.start() >= 16
        and s.find("đoàn", max(0, m.start() - 60), m.start()) >= 0
        and (cell := _STAFF_CELL_BEFORE_RE.search(s, max(0, m.start() - 60), m.start()))
    ):
        is_body, start = True, cell.start()  # "Chi đoàn giáo viên Trường THCS X": the school's own cell
    # "Trường/Liên đội THCS X" -> "trường THCS X"; a university or college named without "Trường"
    # ("Đại học Quy Nhơn: 38 đội hình …") is still the school "trường Đại học X" (spec §2.3 "schools with
    # 'trường'"); an academy is no "trường" ("Học viện X" keeps its name), nor is a regional university
    # of several schools ("Đại học Huế", in ``bodies.tsv``)
    bare_academy = not pre and m.re is _P.higher and typ.lower().startswith("học")
    canonical = f"{typ} {name}" if bare_academy else f"trường {typ} {name}"
    fx = t.fixed.get(_key(f"{typ} {s[m.start('name') : end]}"))
    if fx is not None and fx.level == "school":  # "Đại học Quốc gia Hà Nội"
        prov = t.provinces.get(_key(fx.province or ""))
        unit = _Unit(
            fx.canonical, "school", prov.new if prov else None, True, "body", prov.name if prov else None
        )
        return _Cand(start, end, unit, 3)
    # a school named after its province ("Trường Đại học Cần Thơ") lies in that province
    new = old = None
    for a, _b in toks:
        hit = _match_province_at(t, s, a)
        if hit and hit[0] == end:
            prov = t.provinces.get(_key(hit[1].province or hit[1].canonical))
            new, old = (prov.new, prov.name) if prov else (None, None)
            break
    return _Cand(start, end, _Unit(canonical, "school", new, is_body, "gazetteer", old), 2)


def _context_ok(t: _Tables, s: str, c: _Cand) -> bool:
    """Bare province names must stand alone: not inside a longer proper name."""
    mt = c.unit
    if mt is None or not c.bare or mt.level != "province":
        return True  # only bare fixed names (not "tỉnh X", "Tỉnh đoàn X") need the context check
    surface = s[c.start : c.end]
    if surface.isupper() and len(surface) > 4:
        return True  # all-caps headers: no case cue around
    w = _word_before(s, c.start)
    preceders = t.words.get("preceder", ())
    if w is not None and w[0].isupper() and not (w.isupper() and len(w) > 1) and w not in preceders:
        return False
    if w is not None and w[0].islower() and _ends_org_name(s, c.start):
        return False
    after = _WORD_AFTER_RE.match(s, c.end, c.end + 40)
    if after:
        w = after.group(1)
        if w[0].isupper() and not (w.isupper() and len(w) > 1):
            return False
    return True


@functools.cache
def _org_name_before_re() -> re.Pattern[str]:
    """An organisation's name, opened by a noun of ``_org_nouns`` and maybe going on with capitalised
    words (each with at most one lower-case word after it), that runs up to the end of the text."""
    nouns = "|".join(re.escape(w) for w in sorted(_org_nouns(), key=len, reverse=True))
    low = rf"(?!{_FUNCTION_WORDS}|(?:{_enders()})(?!\w))[{_LO}][^\W\d_]*"  # no verb: "… tặng Quảng Bình"
    return re.compile(
        rf"(?<![^\W\d_])(?:{nouns})(?:[ \u00a0]+[{_UP}][^\W\d_]*(?:[ \u00a0]+{low})?){{0,4}}[ \u00a0]+\Z"
    )


def _ends_org_name(s: str, start: int) -> bool:
    """The bare province at ``start`` ends an organisation's name written without its Youth Union's
    words ("…, Công ty Điện lực Quảng Trị, Viễn thông Quảng Trị và 8 Đoàn cơ sở …"): it names the
    organisation's area, not a unit of its own. The caller's cheap first test: a lower-case word right
    before the province (every such name ends with a lower-case word: "Viễn thông", "Điện lực")."""
    return _org_name_before_re().search(s[max(0, start - 64) : start]) is not None


def _is_word_char(ch: str) -> bool:
    """A character of a word: a letter (regex ``[^\\W\\d_]``) or an apostrophe."""
    return ch in "'’" or (ch.isalnum() and not ch.isdecimal())


def _word_before(s: str, j: int, reach: int = 40) -> str | None:
    """The word that ends 1 to 3 spaces before offset ``j``, looking back ``reach`` characters at most.

    The same as ``re.search(r"((?:[^\\W\\d_]|['’])+)[ \\u00a0]{1,3}$", s, j - reach, j).group(1)`` (``$``
    also matching before a newline at ``j - 1``), without the regex trying every start in the window.
    """
    a = max(0, j - reach)
    z = j
    if z > a and s[z - 1] == "\n":
        z -= 1
    y = z
    while y > a and z - y < 4 and s[y - 1] in " \u00a0":
        y -= 1
    if y in (z, a) or z - y > 3 or not _is_word_char(s[y - 1]):
        return None
    x = y - 1
    while x > a and _is_word_char(s[x - 1]):
        x -= 1
    return s[x:y]


def _select_order(c: _Cand) -> tuple[int, float, int]:
    return c.start - c.end, -c.rank, c.start


_START = operator.itemgetter(0)  # _Cand.start


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidate wins; between equal lengths the higher rank, then the earlier start."""
    chosen: list[_Cand] = []
    taken = bytearray(max([c.end for c in cands], default=0))
    for c in sorted(cands, key=_select_order):
        a, b = c.start, c.end
        if taken.find(1, a, b) != -1:
            continue
        chosen.append(c)
        taken[a:b] = b"\x01" * (b - a)
    chosen.sort(key=_START)
    return chosen


_HCM_KEY = "hồ chí minh"
#: between two names of a list, maybe after the first one's number and the counted noun ("Hồ Chí Minh
#: 6.800, Nghệ An 3.200", "Hồ Chí Minh 126 phiên, Hà Nội 98 phiên", "Hồ Chí Minh với 6.120 đội hình, Hà Nội")
_LIST_SEP_RE = re.compile(
    rf"^[ \u00a0]{{0,3}}(?:(?:với[ \u00a0]{{1,3}})?[0-9]+(?:[.,][0-9]+)*(?:[ \u00a0]{{1,3}}{_LOWORD}){{0,3}}"
    r"[ \u00a0]{0,3})?(?:,|;|và|-|–)[ \u00a0]{0,3}$"
)


@functools.cache
def _contest_name_before() -> re.Pattern[str]:
    """The name of a contest, prize or festival up to the end of the text: a noun of the ``contest``
    words, up to five words, then a capitalised word or a quoted title."""
    nouns = "|".join(re.escape(w) for w in sorted(_tables().words.get("contest", ()), key=len, reverse=True))
    return re.compile(
        rf"(?<![^\W\d_])(?i:{nouns})(?:[ \u00a0]+[^\W\d_]+){{0,5}}?"
        rf"[ \u00a0]+(?:{_UPC}[^\W\d_]*|[\"“][^\"“”\n]{{1,60}}[\"”])[ \u00a0]+\Z"
    )


def closes_contest_name(text: str, start: int) -> bool:
    """Does the "toàn quốc" at ``start`` of ``text`` close the name of a contest or a prize ("giải Nhì
    cuộc thi sáng tạo Robot toàn quốc")? The test `find_units` drops such a national marker by, for
    the readers of the bare words."""
    return _closes_contest_name(_tables(), text, start, start + len(NATIONAL))


def _closes_contest_name(t: _Tables, s: str, start: int, end: int) -> bool:
    """The national marker "toàn quốc" at ``start:end`` closes the name of a contest or a prize ("giành
    giải Nhì cuộc thi sáng tạo Robot toàn quốc"): part of a name (spec §2.1), no national unit, which
    would otherwise pass on to the sentences after. Cheap first tests: the bare marker, right after a
    capitalised word or a closing quote."""
    if _key(s[start:end]) != NATIONAL or start < 2:
        return False
    j = start - 1
    while j > 0 and s[j] in " \u00a0":
        j -= 1
    if s[j] not in "\"”":
        k = j
        while k > 0 and _is_word_char(s[k - 1]):
            k -= 1
        if not s[k].isupper():
            return False
    return _contest_name_before().search(s, max(0, start - 80), start) is not None


def _bare_hcm_ok(t: _Tables, s: str, chosen: list[_Cand], i: int) -> bool:
    """Bare "Hồ Chí Minh" is the city only in a list of provinces ("Hà Nội, Hồ Chí Minh"), with or
    without a number (and its counted noun) after each name, and not right after a word that makes it
    the Union's or the President's name ("Đoàn TNCS", "Chủ tịch", "tư tưởng": ``hcmname``)."""
    w = _word_before(s, chosen[i].start)
    if w is not None and w.lower() in t.words.get("hcmname", ()):
        return False
    for j in (i - 1, i + 1):
        if 0 <= j < len(chosen):
            o = chosen[j]
            if o.unit is None or o.unit.level != "province":
                continue
            gap = s[o.end : chosen[i].start] if j < i else s[chosen[i].end : o.start]
            if _LIST_SEP_RE.match(gap):
                return True
    return False


def _lower(s: str) -> str:
    """Lower-cased text of the same length (a character whose lower case is longer stays as it is)."""
    low = s.lower()
    if len(low) == len(s):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in s)


def _tones(s: str) -> str:
    """``textnorm.normalize_tones`` applied only where it can change something (old-style oa/oe/uy)."""
    pairs = _TONE_PAIR_RE.finditer(s)
    first = next(pairs, None)
    if first is None:
        return s
    parts: list[str] = []
    last = 0
    for m in itertools.chain((first,), pairs):
        start = m.start() - 1  # the o/u before the toned vowel
        while start > 0 and (s[start - 1].isalpha()):
            start -= 1
        if start < last:
            continue
        parts.append(s[last:start])
        parts.append(textnorm.normalize_tones(s[start : m.end()]))
        last = m.end()
    parts.append(s[last:])
    return "".join(parts)


_PLACE_LEVELS = frozenset({"province", "district", "commune"})


_FORCES = frozenset({"Công an nhân dân", "Quân đội nhân dân"})
#: a level word with no name after it ("Công an tỉnh phối hợp", "Biên phòng tỉnh trao", "Chi đoàn Công
#: an phường"): the place is the one the text is about
_BARE_LEVEL_RE = re.compile(rf"{_WS}{_LW}(?!\w)(?!{_WS}(?:{_UPC}|\d))")


def _local_branch(s: str, chosen: list[_Cand], i: int) -> bool:
    """A sector name right before a place with its level word names the sector's branch there
    ("thanh niên Công an tỉnh Quảng Ngãi", "thanh niên Công an huyện Giồng Riềng"); for the police and
    the army also before a bare province ("Biên phòng Quảng Ninh") or a national marker ("bộ đội biên
    phòng toàn quốc": the whole force)."""
    if i + 1 >= len(chosen):
        return False
    nxt = chosen[i + 1].unit
    if nxt is None or s[chosen[i].end : chosen[i + 1].start].strip():
        return False
    if nxt.level in _PLACE_LEVELS and not chosen[i + 1].bare:
        return True
    here = chosen[i].unit
    return here is not None and here.canonical in _FORCES and nxt.level in ("province", "national")


#: the words before a partner or a donor: "phối hợp (với) (các) Đồn Biên phòng X tổ chức …", "cùng Công an
#: nhân dân", "Tổng kinh phí …, trong đó Đồn Biên phòng X hỗ trợ …" (a share of somebody else's total)
_PARTNER_BEFORE_RE = re.compile(
    r"(?i:phối\s+hợp|phối\s+hợp\s+với|cùng\s+với|cùng|với|trong\s+đó,?)"
    r"(?:[ \u00a0]{1,3}(?i:các))?[ \u00a0]{1,3}$"
)


def _force_as_partner(s: str, c: _Cand) -> bool:
    """A force named without its Youth Union's words ("Đồn Biên phòng X", "Công an nhân dân") right
    after a word of partnership, or as a share of a total ("trong đó"), is a partner or a donor of the
    activity, not its unit (spec §2.3)."""
    u = c.unit
    if u is None or u.is_body or u.canonical not in _FORCES:
        return False
    if _PARTNER_BEFORE_RE.search(s, max(0, c.start - 20), c.start) is not None:
        return True
    # a later item of the partners' list: "phối hợp Tỉnh đoàn và Bộ Chỉ huy Quân sự tỉnh tổ chức …"
    return s.find("hợp", max(0, c.start - 64), c.start) >= 0 and (
        _PARTNER_LIST_RE.search(s, max(0, c.start - 64), c.start) is not None
    )


#: the partners' list up to a later item: "phối hợp (với) A và", "phối hợp A, B,"
_PARTNER_LIST_RE = re.compile(
    r"(?i:phối\s+hợp)(?:\s+(?i:với))?\s+[^.;:\d\n]{2,48}?(?:\s+và|,)[ \u00a0]{1,3}$"
)


#: a duty before a force's name: "nghĩa vụ tham gia Công an nhân dân", "nghĩa vụ phục vụ trong Quân đội
#: nhân dân", "nghĩa vụ (tham gia) lực lượng Công an nhân dân"
_DUTY_BEFORE_RE = re.compile(
    r"(?i:nghĩa[ \u00a0]{1,3}vụ)"
    r"(?:[ \u00a0]{1,3}(?i:tham[ \u00a0]{1,3}gia|phục[ \u00a0]{1,3}vụ|trong|tại|vào))?"
    r"(?:[ \u00a0]{1,3}(?i:trong|tại|vào))?(?:[ \u00a0]{1,3}(?i:lực[ \u00a0]{1,3}lượng))?[ \u00a0]{1,3}$"
)


def _force_as_duty(s: str, c: _Cand) -> bool:
    """A force named without its Youth Union's words right after a duty ("thực hiện nghĩa vụ quân sự
    và nghĩa vụ tham gia Công an nhân dân") names a service young people enter, no body that acts
    or is counted: not a unit (spec §2.3; "Ban Thanh niên Công an nhân dân", "tuổi trẻ Công an nhân
    dân" stay the sector)."""
    u = c.unit
    if u is None or u.is_body or u.canonical not in _FORCES:
        return False
    a = max(0, c.start - 40)
    if s.find("vụ", a, c.start) < 0:  # a cheap first test: no "nghĩa vụ" right before
        return False
    return _DUTY_BEFORE_RE.search(s, a, c.start) is not None


#: the forces named alone before a province with its level word, and their sectors (spec §2.3)
_PROVINCE_FORCES = (
    ("Công an ", "Công an nhân dân"),
    ("Bộ Chỉ huy Bộ đội Biên phòng ", "Quân đội nhân dân"),
    ("Bộ đội Biên phòng ", "Quân đội nhân dân"),
    ("Biên phòng ", "Quân đội nhân dân"),  # "Biên phòng Tây Ninh nhận …" (a headline's short name)
    # their abbreviations (``_FORCE_ABBREVIATIONS``): "BĐBP tỉnh X trao …", "CA phường X bố trí …"
    ("Bộ Chỉ huy BĐBP ", "Quân đội nhân dân"),
    ("BĐBP ", "Quân đội nhân dân"),
    ("CA ", "Công an nhân dân"),
)  # longest first
#: the levels of a place whose police named alone before it acts as the police sector ("Công an phường
#: X bố trí 2 tổ", "Công an Huế dạy bơi"); the Border Guard has only provincial commands
_FORCE_LEVELS = {
    "Công an nhân dân": frozenset({"province", "district", "commune"}),
    "Quân đội nhân dân": frozenset({"province"}),
}
#: what may stand before a clause's subject: the start of a line or a sentence, ";" or ":", a footnote
#: marker ("⁹ Bộ đội Biên phòng tỉnh X quản lý …")
_CLAUSE_START_RE = re.compile(rf"(?:^|[.;:!?\n])[ \u00a0\t{_SUP}0-9]*$")
#: a predicate after the subject: a lower-case word that joins no other name to it
_PREDICATE_RE = re.compile(rf"{_WS}(?!(?:và|cùng|với|của|hoặc)(?!\w))[{_LO}]")


#: what may stand before a force named as an item of a list with its figure: a clause's start or a
#: comma or bracket, maybe "trong đó"/"gồm" and an area's words ("¹ Trong đó khu vực |Công an tỉnh X cũ
#: 1.862 đoàn viên, khu vực |Công an tỉnh Y cũ 1.553 đoàn viên")
_FORCE_ITEM_LEAD_RE = re.compile(
    rf"(?:^|[.;:!?\n,(])[ \u00a0\t{_SUP}0-9]*"
    rf"(?P<item>(?:(?i:trong{_WS}đó|bao{_WS}gồm|gồm)[ \u00a0]*[:,]?[ \u00a0]*)?"
    rf"(?:(?i:khu{_WS}vực|địa{_WS}bàn){_WS})?)$"
)
#: the figure right after a force's province in a list's item, maybe after "cũ" (the province before
#: the 2025 merger): "Công an tỉnh X cũ 1.862 đoàn viên"
_FORCE_ITEM_FIGURE_RE = re.compile(rf"(?:[ \u00a0]*\([ \u00a0]*cũ[ \u00a0]*\)|[ \u00a0]cũ)?{_WS}\d")


def _province_force(s: str, c: _Cand) -> tuple[int, str] | None:
    """The police or the Border Guard of a province named without its Youth Union's words, as the
    subject of its clause ("…; Công an tỉnh Bắc Ninh hỗ trợ 4 ca nô", "Bộ đội Biên phòng tỉnh Cao
    Bằng quản lý 333 km biên giới"): the force acting, a part of its sector (spec §2.3, as "Đoàn
    Thanh niên Công an tỉnh X"); its start and the sector, or None. The force named elsewhere keeps
    its province: a source ("Theo Công an tỉnh X, toàn tỉnh …"), a recipient or partner ("hỗ trợ
    Công an tỉnh X"), a bracket that says which force a post belongs to ("Đồn Biên phòng Y (Bộ đội
    Biên phòng tỉnh X)"). The same for the police of a district or a commune ("Công an phường X bố
    trí …") and for a province named without its level word ("Công an Huế dạy bơi …", "Biên phòng Tây
    Ninh nhận …": a headline's short name). So is the force of an item of a list with its figure right
    after ("Trong đó khu vực Công an tỉnh X cũ 1.862 đoàn viên, khu vực Công an tỉnh Y cũ 1.553 đoàn
    viên": the members of the province's police Youth Union, still its sector). Cheap first test: the
    force's last word right before."""
    if not (
        s.startswith(("an ", "CA "), max(0, c.start - 3))
        or s.startswith("phòng ", max(0, c.start - 6))
        or s.startswith("BĐBP ", max(0, c.start - 5))
    ):
        return None
    level = c.unit.level if c.unit is not None else ""
    for force, sector in _PROVINCE_FORCES:
        if level not in _FORCE_LEVELS[sector]:
            continue
        a = c.start - len(force)
        if (
            a >= 0
            and s.startswith(force, a)
            and not s[a - 1 : a].isalpha()  # a whole word: "TPCA phường A" is no police's "CA"
            and (
                (_CLAUSE_START_RE.search(s, max(0, a - 8), a) and _PREDICATE_RE.match(s, c.end))
                or (
                    _FORCE_ITEM_FIGURE_RE.match(s, c.end)
                    and (lead := _FORCE_ITEM_LEAD_RE.search(s, max(0, a - 24), a)) is not None
                    and _in_list(s, lead.start("item"), c.end)
                )
            )
        ):
            return a, sector
    return None


def _bare_level_end(s: str, c: _Cand) -> int:
    """The end of a police or army name followed by a level word without a name ("Đoàn Thanh niên Công
    an tỉnh", "tuổi trẻ Biên phòng tỉnh"): the branch of the force in the place the text is about,
    still the force's sector (spec §2.3); else the name's own end."""
    if c.unit is None or c.unit.canonical not in _FORCES:
        return c.end
    m = _BARE_LEVEL_RE.match(s, c.end)
    return m.end() if m else c.end


# look-alike letters of old encodings and fonts: Icelandic eth for Vietnamese đ
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})


def _prepare(text: str, nfc: bool = False) -> tuple[str, list[int] | None]:
    """Normalised text and, when NFC changed the length, a map from its offsets to ``text``'s.
    ``nfc``: the caller knows ``text`` is NFC (the look-alikes' translation keeps it so: a precomposed
    letter for a precomposed letter, none of which composes with a mark)."""
    if "\u00d0" in text or "\u00f0" in text or "\u0189" in text:
        text = text.translate(_LOOKALIKES)  # one character for one: offsets stay
    if nfc or unicodedata.is_normalized("NFC", text):
        return _tones(text), None
    parts: list[str] = []
    starts: list[int] = []
    for m in regex.finditer(r"\X", text):  # grapheme clusters: NFC never crosses them
        n = unicodedata.normalize("NFC", m.group())
        parts.append(n)
        starts.extend([m.start()] * len(n))
    starts.append(len(text))
    return _tones("".join(parts)), starts


def _mentions(text: str, *, strict: bool, low: str | None = None) -> list[UnitMention]:
    """``low``: as ``find_units``'."""
    s, offsets = _prepare(text, low is not None)
    t = _tables()
    cands = _scan(s, strict=strict, low=low if s is text else None)
    if strict:  # only bare fixed names need the context check
        cands = [c for c in cands if not c.bare or _context_ok(t, s, c)]
    chosen = _select(cands)
    out: list[UnitMention] = []
    branch_end = -1
    for i, c in enumerate(chosen):
        u = c.unit
        if u is None or c.start < branch_end:
            continue
        bare_hcm = u.source == "gazetteer" and u.level == "province" and _key(s[c.start : c.end]) == _HCM_KEY
        if strict and bare_hcm and not _bare_hcm_ok(t, s, chosen, i):
            continue
        if strict and u.level == "sector" and (_force_as_partner(s, c) or _force_as_duty(s, c)):
            continue
        if strict and u.level == "national" and not u.is_body and _closes_contest_name(t, s, c.start, c.end):
            continue  # "giải Nhì cuộc thi sáng tạo Robot toàn quốc": a contest's name, not the country
        if strict and u.level in _PLACE_LEVELS and (force := _province_force(s, c)) is not None:
            # "; Công an tỉnh Bắc Ninh hỗ trợ 4 ca nô": the province's police acting, its sector
            a, b = (offsets[force[0]], offsets[c.end]) if offsets is not None else (force[0], c.end)
            out.append(UnitMention(a, b, text[a:b], force[1], "sector", None, False, "body", None))
            continue
        end = _bare_level_end(s, c) if u.level == "sector" else c.end
        if u.level == "sector" and end == c.end and _local_branch(s, chosen, i):
            # "Đoàn Thanh niên Công an tỉnh Quảng Ngãi": the police of a province is a part of the
            # police sector (spec §2.3 names the sector as the unit), the place only names which part
            end = branch_end = chosen[i + 1].end
        # offsets and surface as given (tone placement or NFC may have changed the normalised text)
        a, b = (offsets[c.start], offsets[end]) if offsets is not None else (c.start, end)
        out.append(UnitMention(a, b, text[a:b], u.canonical, u.level, u.new, u.is_body, u.source, u.province))
    return out


# --------------------------------------------------------------------------- public API


def find_units(text: str, *, ner_fallback: bool = False, low: str | None = None) -> list[UnitMention]:
    """Every unit mention in ``text``, sorted by offset and non-overlapping (longest match wins).

    >>> [m.canonical for m in find_units("Tỉnh đoàn Lâm Đồng và huyện Giồng Riềng")]
    ['Lâm Đồng', 'huyện Giồng Riềng']

    With ``ner_fallback=True`` underthesea's NER adds LOC/ORG names the gazetteer lacks
    (slow: about 0.7 s to load, then a few ms per sentence).

    ``low``, when the caller has it (``figures.context.TextContext.low``), is ``text.lower()`` of a
    ``text`` that is NFC, lower case keeping its length: neither is then worked out again.
    """
    doc = _DOCUMENTS.get(id(text)) if _DOCUMENTS else None
    if doc is not None and doc.texts.get(id(text)) is text:
        found = list(doc.named_in(text, low))
        found = _with_known_short_names(text, found, doc)
    else:
        found = _with_known_short_names(text, _named_in(text, low), None)
    if ner_fallback:
        from reportextract.units.ner import ner_mentions  # noqa: PLC0415 - underthesea loads only on demand

        taken = [(m.start, m.end) for m in found]
        for m in ner_mentions(text):
            if not any(m.start < b and a < m.end for a, b in taken):
                found.append(m)
        found.sort(key=lambda m: m.start)
    return found


def _named_in(text: str, low: str | None) -> list[UnitMention]:
    """The mentions of ``text`` that its own words name (`find_units` less the short names that only
    the names of the whole document resolve: ``_with_known_short_names``)."""
    found = _mentions(text, strict=True, low=low)
    found = _with_member_schools(text, found)
    found = _with_own_association(text, found)
    found = _with_bare_school_bodies(text, found)
    if any(m.level == "body" and m.source == "body" for m in found):
        found = _with_bare_org_names(text, found)
        found = _with_full_org_names(found)
        found = _with_bare_org_nouns(text, found)
    return found


class _Document:
    """The texts of one document (its body and footnotes), registered by `document_texts`: what each names
    is read once, when first asked, for `find_units` on any of them."""

    __slots__ = ("_aliases", "_bodies", "_forms", "_named", "_schools", "texts")

    def __init__(self, texts: Iterable[str]) -> None:
        #: the very text objects, by id (an equal string elsewhere is no text of the document)
        self.texts = {id(t): t for t in texts}
        self._named: dict[int, list[UnitMention]] = {}
        self._forms: dict[str, dict[tuple[str, str], UnitMention]] | None = None
        self._bodies: list[tuple[list[str], UnitMention]] | None = None
        self._aliases: dict[str, UnitMention] | None = None
        self._schools: dict[str, dict[str, UnitMention]] | None = None

    def named_in(self, text: str, low: str | None = None) -> list[UnitMention]:
        found = self._named.get(id(text))
        if found is None:
            found = self._named[id(text)] = _named_in(text, low)
        return found

    def named(self) -> Iterator[UnitMention]:
        for text in self.texts.values():
            yield from self.named_in(text)

    def bodies(self) -> list[tuple[list[str], UnitMention]]:
        """The organisations the document names in full (level "body"), each with the words of its
        key: only the longest names, not one whose words another name holds in order (a short form
        the document also uses: "Cảng Bạch Đằng Hải Phòng" beside "Công ty Cảng Bạch Đằng Hải Phòng")."""
        if self._bodies is None:
            named = {_key(u.canonical): u for u in self.named() if u.level == "body" and u.source == "body"}
            words = {k: k.split() for k in named}
            self._bodies = [
                (w, named[k])
                for k, w in words.items()
                if not any(len(o) > len(w) and _is_subsequence(w, o) for o in words.values())
            ]
        return self._bodies

    def aliases(self) -> dict[str, UnitMention]:
        """The organisations (level "body") the document names in full with their short name in
        brackets right after ("Đoàn cơ sở Ngân hàng … Chi nhánh A (Agribank A)"), by the short name's
        key: its lists may name them so ("Agribank A 142 đơn vị"). A short name two organisations
        share names neither, nor does a bracketed place ("Công ty A (Quảng Bình)": where it is, a
        unit of its own). Cheap first test: a bracket right after the name, past the spaces
        `_BRACKET_SHORT_RE` allows."""
        if self._aliases is None:
            found: dict[str, dict[str, UnitMention]] = defaultdict(dict)
            for text in self.texts.values():
                named = self.named_in(text)
                for u in named:
                    if u.level != "body" or u.source != "body":
                        continue
                    if text[u.end : u.end + 8].lstrip(" \u00a0")[:1] != "(":
                        continue
                    g = _BRACKET_SHORT_RE.match(text, u.end)
                    if g is None or any(
                        m.start == g.start("short") and m.end == g.end("short") and m.level != "body"
                        for m in named
                    ):
                        continue
                    found[_key(g.group("short"))][u.canonical] = u
            self._aliases = {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}
        return self._aliases

    def schools(self) -> dict[str, dict[str, UnitMention]]:
        """``_schools_by_name`` of everything the document names, worked out once (each list of its
        texts that names schools by their own name rebuilt it before)."""
        if self._schools is None:
            self._schools = _schools_by_name(self.named())
        return self._schools

    def forms(self) -> dict[str, dict[tuple[str, str], UnitMention]]:
        """``_short_forms`` of everything the document names, worked out once (each of its texts
        asked for its short names rebuilt them before)."""
        if self._forms is None:
            self._forms = _short_forms(self.named())
        return self._forms


#: the registered texts by id (see `document_texts`)
_DOCUMENTS: dict[int, _Document] = {}


@contextmanager
def document_texts(*texts: str) -> Iterator[None]:
    """Within the block, `find_units` on one of these texts (the very objects: the body and the
    footnotes of one document) also reads the short names of its lists by the units the whole
    document names in full ("Đoàn Khối 14 tỷ đồng" in a footnote of a report naming "Đoàn Khối các
    cơ quan Đảng Trung ương" in its body): see ``_with_known_short_names``."""
    doc = _Document(texts)
    added = [i for i in doc.texts if i not in _DOCUMENTS]
    for i in added:
        _DOCUMENTS[i] = doc
    try:
        yield
    finally:
        for i in added:
            del _DOCUMENTS[i]


def known_short_name(text: str, name: str) -> UnitMention | None:
    """The organisation that `name` names in short, by the names of the whole document of `text` (one
    of the texts of `document_texts`, else None): the one the document names in full with `name` in
    brackets right after ("Ngân hàng … Chi nhánh A (Agribank A)", ``_Document.aliases``), else the one
    organisation whose name holds the words of `name` in order, of two words or more with a name of
    their own (as ``_with_bodies_in_full`` reads a list's items). A table's row may name its unit so:
    "Agribank A" in the first cell of a row of a report that named "… Chi nhánh A (Agribank A)"."""
    doc = _DOCUMENTS.get(id(text)) if _DOCUMENTS else None
    if doc is None or doc.texts.get(id(text)) is not text:
        return None
    return _org_by_short_name(doc, _key(name).split())


def _org_by_short_name(doc: _Document, short: list[str]) -> UnitMention | None:
    """The organisation of `doc` that the keyed words `short` name in short: the one the document
    gave that short name in brackets, else the one organisation (``_Document.bodies``) whose longer
    name holds the words in order, when they are two or more with a name of their own; else None."""
    alias = doc.aliases().get(" ".join(short))
    if alias is not None:
        return alias
    if len(short) < 2 or not _own_name_words(short):
        return None  # "Công ty 3 chi đoàn", "Bệnh viện 12 đoàn viên": no name of its own
    fits = [u for w, u in doc.bodies() if len(w) > len(short) and _is_subsequence(short, w)]
    return fits[0] if len(fits) == 1 else None


#: a short name opening an item of a list, right before its figure ("…: Đoàn Khối 1.430 đơn vị", "; Hiệp
#: An 3 mô hình"): after a colon, semicolon, comma, bracket, tab or line break, or "gồm", "và", or "là"
#: opening a ranking ("Nhiều nhất là Sa Pa 2.140 hồ sơ, …") (an item must be one of several all the
#: same: ``_in_list``, or a last item after "và", ``_AND_LAST_ITEM_RE``). After two capitalised words
#: the name may go on in lower case, as a body's name does ("; Đoàn Khối các cơ quan 2.500 đơn vị")
_SHORT_NAME_RE = re.compile(
    rf"(?:^|(?<=[:;,(\t\n])|(?<=[ \u00a0]gồm)|(?<=[ \u00a0]và)|(?<=[ \u00a0]là))[ \u00a0]*"
    rf"(?P<name>{_CAPTOK}(?:{_WS}{_CAPTOK}(?:{_WS}(?:{_CAPTOK}|{_LOWORD})){{0,3}})?)(?={_WS}\d)"
)
#: where a match of ``_SHORT_NAME_RE`` may start, after the text's start: right after one of the marks
#: or the last letter of "gồm" or "và", before spaces and a capital (``_short_name_matches``)
_SHORT_NAME_OPEN = re.compile(rf"[:;,(\t\nm\u00e0](?=[ \u00a0]*{_UPC})")


def _short_name_matches(text: str) -> Iterator[re.Match[str]]:
    """``_SHORT_NAME_RE.finditer(text)``, the pattern tried only at the text's start and where
    ``_SHORT_NAME_OPEN`` says a match may start (``re`` finds those places in C): the same matches."""
    m = _SHORT_NAME_RE.match(text)
    end = 0
    if m is not None:
        yield m
        end = m.end()
    for o in _SHORT_NAME_OPEN.finditer(text):
        a = o.end()
        if a >= end and (m := _SHORT_NAME_RE.match(text, a)) is not None:
            yield m
            end = m.end()


#: the level words a canonical name opens with, which a list's short name leaves out ("xã Hiệp Thạnh"
#: written "Hiệp Thạnh", "trường THPT A" written "THPT A")
_SHORTENED_LEVELS = frozenset({"commune", "district", "village", "school"})


@functools.lru_cache(maxsize=1 << 12)
def _forms_of(canonical: str, level: str) -> tuple[str, ...]:
    """The keys of the short forms a list may give a unit named in full: a place or school without
    its level word ("Hiệp Thạnh" for "xã Hiệp Thạnh") and the first two or more words of a sector's
    or body's name ("Đoàn Khối" for "Đoàn Khối các cơ quan Đảng Trung ương")."""
    words = canonical.split()
    if level in _SHORTENED_LEVELS and len(words) > 1 and words[0].islower():
        # the whole level word, of one word or more ("xã", "thị trấn", "tổ dân phố")
        k = 1
        while k < len(words) - 1 and words[k].islower():
            k += 1
        return (_key(" ".join(words[k:])),)
    if level in ("sector", "body") and len(words) > 2:
        keys = _key(canonical).split()
        return tuple(" ".join(keys[:n]) for n in range(2, len(keys)))
    return ()


def _short_forms(known: Iterable[UnitMention]) -> dict[str, dict[tuple[str, str], UnitMention]]:
    """The units named in full by the keys of their short forms (``_forms_of``): per key, one mention
    of each unit (canonical name and level)."""
    forms: dict[str, dict[tuple[str, str], UnitMention]] = defaultdict(dict)
    for m in known:
        for k in _forms_of(m.canonical, m.level):
            forms[k].setdefault((m.canonical, m.level), m)
    return forms


#: the end of the text before a list's last item: "và" after an earlier item, a capitalised word right
#: before its figure, in the same sentence ("Phúc Thọ 3 mô hình, Liên Hà 4 mô hình và Tân Hà 2 mô
#: hình"; "đạt 3 giải và Tân Hà 2 lần …" lists nothing)
_AND_LAST_ITEM_RE = re.compile(rf"{_CAPTOK}{_WS}\d[\d.,]*[^.;:\n\d]{{0,40}}[ \u00a0]và[ \u00a0]*$")
#: how far before a last item (characters) ``_AND_LAST_ITEM_RE`` looks
_AND_LAST_ITEM_REACH = 80


def _last_item_after_and(text: str, start: int) -> bool:
    """Does the item opening at `start` follow "và" and an earlier item's figure (``_AND_LAST_ITEM_RE``)?"""
    return _AND_LAST_ITEM_RE.search(text, max(0, start - _AND_LAST_ITEM_REACH), start) is not None


def _like_list_siblings(
    text: str, m: re.Match[str], cands: list[UnitMention], read: list[UnitMention]
) -> UnitMention | None:
    """The one candidate of an item's short name that two units' names give, at the level of the other
    items of its list, each read as one unit of that level ("Nhiều nhất là Phan Thiết 1.920 hồ sơ, Bắc
    Gia Nghĩa 1.684 hồ sơ, Bình Thuận 1.310 hồ sơ" in a report naming a "thành phố Phan Thiết" and a
    "phường Phan Thiết", the other items wards: the ward). An item's siblings are the short names read
    on its line and in its sentence; none, or siblings of several levels, leave the item unread."""
    a, b = m.span("name")
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    levels = set()
    for x in read:
        if not line_start <= x.start < line_end:
            continue
        lo, hi = (x.end, a) if x.end <= a else (b, x.start)
        if ". " in text[lo:hi]:
            continue  # another sentence of the line
        levels.add(x.level)
    if len(levels) != 1:
        return None
    level = levels.pop()
    fit = [u for u in cands if u.level == level]
    return fit[0] if len(fit) == 1 else None


def _with_known_short_names(text: str, found: list[UnitMention], doc: _Document | None) -> list[UnitMention]:
    """`found` with the short names that open the items of a list, each right before its figure
    ("Trong đó: … Đoàn Khối 1.430 đơn vị", "Gồm: Hiệp Thạnh 3 mô hình, …"), read as the one unit this
    text or the rest of its document (`doc`, see `document_texts`) names in full by a longer name that
    the short one shortens (``_short_forms``): a report names its units in full once and in short in
    its breakdowns. Only a short name that one unit's names give (two "Đoàn Khối …" named in full
    leave "Đoàn Khối" unread), and that no mention covers already. Cheap first test: an item's short
    name before a figure."""
    items = [
        m
        for m in _short_name_matches(text)
        if not any(x.start < m.end("name") and m.start("name") < x.end for x in found)
        and (
            _in_list(text, m.start("name"), m.end("name")) or _last_item_after_and(text, m.start("name"))
        )
    ]
    if doc is not None:
        found = _with_bodies_in_full(text, found, doc)
    found = _with_listed_schools(text, found, doc)
    if not items:
        return found
    forms = _short_forms(found)
    others = doc.forms() if doc is not None else {}
    out = list(found)
    # items two units' names shorten, with their candidates: the list's other items may decide
    unsure: list[tuple[re.Match[str], list[UnitMention]]] = []
    for m in items:
        k = _key(m.group("name"))
        units = forms.get(k)
        more = others.get(k)
        if more:
            # this text's own mention of a unit first, then the document's (as chaining them did)
            units = dict(units or {})
            for unit, mention in more.items():
                units.setdefault(unit, mention)
        if units is None:
            continue
        if len(units) != 1:
            unsure.append((m, list(units.values())))
            continue
        u = next(iter(units.values()))
        a, b = m.span("name")
        out.append(replace(u, start=a, end=b, text=text[a:b]))
    for m, cands in unsure:
        pick = _like_list_siblings(text, m, cands, out[len(found) :])
        if pick is not None:
            a, b = m.span("name")
            out.append(replace(pick, start=a, end=b, text=text[a:b]))
    if len(out) != len(found):
        out.sort(key=lambda x: x.start)
    return out


#: a school's level word and kind before its own name ("trường Đại học |A", "trường THPT |B")
_SCHOOL_KIND_RE = re.compile(rf"trường{_WS}(?:{_HIGHER_TYPES}|{_SCHOOL_TYPES}){_WS}(?={_UPC})")
#: between a school's item of a list and the next item: its figure and words, one separator
_SCHOOL_ITEM_GAP_RE = re.compile(rf"{_WS}\d[\d.,]*(?:{_WS}{_LOWORD}){{0,4}}[ \u00a0]*[;,][ \u00a0]*")


def _kindless_key(canonical: str) -> str | None:
    """The key of a school's own name, without its level word and kind ("trường Đại học Y khoa A" ->
    "y khoa a"), of two words or more; None for a name of one word or no school's."""
    k = _SCHOOL_KIND_RE.match(canonical)
    if k is None or len(canonical[k.end() :].split()) < 2:
        return None
    return _key(canonical[k.end() :])


def _with_listed_schools(text: str, found: list[UnitMention], doc: _Document | None) -> list[UnitMention]:
    """`found` with the items of a list named by a school's own name alone, without its level word and
    kind ("Trong đó: Đoàn trường Đại học A 1.340 đơn vị; Y khoa B 980 đơn vị"), each right after an
    item that is a school: the one school this text or its document names in full so (spec §2.3:
    schools with "trường"). A list whose item before is no school ("Đoàn xã A 5 đội hình; Y khoa B 9
    đội hình") keeps the short name unread: a place's or an organisation's words may be a school's
    too. Cheap first test: a school among the mentions."""
    if not any(x.level == "school" for x in found):
        return found
    out = list(found)
    # the mentions by their end, then start (``out`` is by start): the one that ends last before an
    # item is the first of those ending there, as ``max`` over ``out`` by end would pick it
    by_end = sorted(out, key=_end_start)
    ends = [x.end for x in by_end]
    # the schools this text or its document names, by the key of their own name: built at the first item
    by_name: dict[str, dict[str, UnitMention]] | None = None
    for m in _BODY_ITEM_RE.finditer(text):
        a, b = m.span("name")
        i = bisect.bisect_right(ends, a)
        if i == 0:
            continue
        prev = by_end[bisect.bisect_left(ends, ends[i - 1])]
        if prev.level != "school" or _SCHOOL_ITEM_GAP_RE.fullmatch(text, prev.end, a) is None:
            continue
        if any(x.start < b and a < x.end for x in out):
            continue  # named already
        if by_name is None:
            # the document's schools are the text's too (``found`` holds no school ``doc.named`` lacks)
            by_name = doc.schools() if doc is not None else _schools_by_name(found)
        units = by_name.get(_key(m.group("name")), {})
        if len(units) == 1:
            u = next(iter(units.values()))
            new = replace(u, start=a, end=b, text=text[a:b])
            out.append(new)
            out.sort(key=lambda x: x.start)
            k = bisect.bisect_right(by_end, _end_start(new), key=_end_start)
            by_end.insert(k, new)
            ends.insert(k, b)
    return out


def _end_start(m: UnitMention) -> tuple[int, int]:
    return m.end, m.start


def _schools_by_name(named: Iterable[UnitMention]) -> dict[str, dict[str, UnitMention]]:
    """The schools of `named` by the key of their own name (``_kindless_key``): per key, the last
    mention of each school (canonical name)."""
    out: dict[str, dict[str, UnitMention]] = {}
    for u in named:
        if u.level == "school" and (k := _kindless_key(u.canonical)) is not None:
            out.setdefault(k, {})[u.canonical] = u
    return out


#: an item of a list that opens with a capitalised word and may go on in lower case, right before its
#: figure ("…, Vận tải biển 2,1 tỷ đồng, Hoa tiêu 1,6 tỷ đồng"): the short name of an organisation; the
#: first item may open the text (a footnote that is the list: "¹¹ Điện lực A 21 sáng kiến, …") or follow
#: "là" opening a ranking ("Nhiều nhất là Bệnh viện Đa khoa tỉnh 214 đơn vị, …", as ``_SHORT_NAME_RE``)
_BODY_ITEM_RE = re.compile(
    rf"(?:^|(?<=[:;,(])|(?<=[ \u00a0]là))[ \u00a0]*"
    rf"(?P<name>{_CAPTOK}(?:{_WS}(?:{_CAPTOK}|{_LOWORD})){{0,5}})(?={_WS}\d)"
)
#: an organisation's short name of a few capitalised words in brackets right after its name
#: ("Ngân hàng … Chi nhánh A (Agribank A)"): the document may name it so later (``_Document.aliases``)
_BRACKET_SHORT_RE = re.compile(rf"[ \u00a0]*\((?P<short>{_CAPTOK}(?:{_WS}{_CAPTOK}){{0,4}})\)")


@functools.cache
def _org_noun_keys() -> tuple[str, ...]:
    """The nouns that open an organisation's name (`_org_nouns`) as `_key` gives them, longest first."""
    return tuple(sorted({_key(n) for n in _org_nouns()}, key=len, reverse=True))


def _own_name_words(short: list[str]) -> bool:
    """The short name (keyed words) has words of its own past the noun it opens with and the legal
    form ("công ty cổ phần" has none, "cảng hải phòng" has "hải phòng")."""
    name = " ".join(short)
    lead = next((n for n in _org_noun_keys() if name == n or name.startswith(n + " ")), "")
    rest = name[len(lead) :].strip()
    lm = _LEGAL_FORM_RUN_RE.match(rest)
    if lm is not None and (lm.end() == len(rest) or rest[lm.end()] == " "):
        rest = rest[lm.end() :].strip()
    return bool(rest)


def _is_subsequence(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(w in it for w in short)


def _with_bodies_in_full(text: str, found: list[UnitMention], doc: _Document) -> list[UnitMention]:
    """`found` with the short names of organisations in the items of a list, each right before its
    figure, read as the organisation the document names in full: a report on a corporation names its
    member companies in full once ("Công ty Cảng Bạch Đằng Hải Phòng", in a table or the body) and in
    short in its breakdowns ("Gồm: Cảng Bạch Đằng Hải Phòng 964 đoàn viên", "Cảng Hải Phòng 7,2 tỷ
    đồng", "Hoa tiêu 1,6 tỷ đồng"). A short name of two words or more whose words are a sub-sequence
    of exactly one longer organisation's name (level "body") of the document; the short name may be
    read as a body of its own already or not at all. Cheap first test: a list item here (after a
    colon, semicolon, comma or bracket, as ``_BODY_ITEM_RE`` asks: ``_in_list``'s first test), and
    an organisation named elsewhere in the document."""
    items = list(_BODY_ITEM_RE.finditer(text))
    if not items:
        return found
    if not doc.bodies():
        return found
    out = list(found)
    changed = False
    for m in items:
        a, b = m.span("name")
        if len(items) == 1 and not text[:a].strip():
            continue  # a lone name opening the text ("Vận tải thủy 3 buổi."): a sentence, not a list
        over = [x for x in out if x.start < b and a < x.end]
        # a province closing the short name is part of it ("Agribank A", "Cấp nước A"), as of a full name
        inner = bool(over) and all(x.level == "province" and a < x.start and x.end <= b for x in over)
        if over and not inner and not (len(over) == 1 and over[0].level == "body" and over[0].start == a):
            continue  # a place or a unit of its own (or part of a longer mention)
        short = _key(over[0].canonical if over and not inner else m.group("name")).split()
        u = _org_by_short_name(doc, short)
        if u is None:
            continue
        if inner:
            for x in over:
                out.remove(x)
            over = []
        end = over[0].end if over else b
        if over:
            out.remove(over[0])
        out.append(replace(u, start=a, end=end, text=text[a:end]))
        changed = True
    if changed:
        out.sort(key=lambda x: x.start)
    return out


#: the Hội LHTN's committee of a province named in full before its province ("Ủy ban Hội Liên hiệp
#: Thanh niên Việt Nam tỉnh X", "Ủy ban Hội LHTN tỉnh X", "Ủy ban Hội tỉnh X")
_ASSOCIATION_HEAD_RE = re.compile(
    r"(?:Ủy|Uỷ)[ \u00a0]ban[ \u00a0]Hội(?:[ \u00a0](?:Liên[ \u00a0]hiệp[ \u00a0]Thanh[ \u00a0]niên|LHTN)"
    r"(?:[ \u00a0]Việt[ \u00a0]Nam)?)?[ \u00a0]\Z"
)
#: the same committee by its level word alone ("Ủy ban Hội tỉnh tổ chức …"), no place's name after it
_OWN_ASSOCIATION_RE = re.compile(
    rf"(?:Ủy|Uỷ)[ \u00a0]ban[ \u00a0]Hội[ \u00a0](?:tỉnh|thành[ \u00a0]phố)"
    rf"(?![\w])(?![ \u00a0]+[{_UP}])"
)


def _with_own_association(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """`found` with the Hội LHTN's provincial committee named by its level word alone ("Ủy ban Hội
    tỉnh tổ chức …", "hỗ trợ Ủy ban Hội tỉnh 150 triệu đồng") read as the province of the committee
    the text names in full ("Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh An Giang"): one
    committee per page, as "Tỉnh đoàn" is the page's own. Only where the provinces so named are one
    province today (a merged province's former committees, "Ủy ban Hội tỉnh A (trước hợp nhất)",
    count as the one they became); the mention is that 2025 province. Cheap first test, true to
    `_OWN_ASSOCIATION_RE`: the words "ban Hội" in the text, after a space or a no-break space."""
    if text.find("ban Hội") < 0 and text.find("ban\u00a0Hội") < 0:
        return found
    bare = list(_OWN_ASSOCIATION_RE.finditer(text))
    if not bare:
        return found
    named = [
        m
        for m in found
        if m.level == "province" and _ASSOCIATION_HEAD_RE.search(text, max(0, m.start - 60), m.start)
    ]
    provinces = {m.province_2025 for m in named}
    if len(provinces) != 1 or None in provinces:
        return found
    own = next((m for m in named if m.canonical == m.province_2025), None)
    if own is None:
        return found
    out = list(found)
    out.extend(
        replace(own, start=b.start(), end=b.end(), text=b.group())
        for b in bare
        if not any(x.start < b.end() and b.start() < x.end for x in found)
    )
    out.sort(key=lambda x: x.start)
    return out


#: what stands between a member school and the university it belongs to ("Trường Đại học Y - Dược,
#: Đại học Huế"), or between two items of one list of units
_AFFILIATION_COMMA_RE = re.compile(r"[ \u00a0]*,[ \u00a0]*\Z")
_LIST_JOIN_RE = re.compile(r"[ \u00a0]*(?:,|và|cùng)[ \u00a0]*\Z")


def _with_member_schools(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """`found` with a member school named with its university after a comma ("Trường Đại học Y -
    Dược, Đại học Huế khám bệnh …") read as one mention of the school: the university system
    ("Đại học Huế", "Đại học Quốc gia Hà Nội": a name without "trường") only says which one the
    school belongs to, as the dash of "Trường Đại học Bách khoa - Đại học Đà Nẵng" does; the school
    is its own unit (spec §2.3), and the university's place is not the unit. The mention keeps the
    school's canonical name and runs over the university's. A university that goes on a list of
    units ("các trường Đại học Sư phạm, Đại học Huế và Đại học Vinh") stays a unit of its own.
    Cheap first test: two schools in a row."""
    if sum(1 for m in found if m.level == "school") < 2:
        return found
    out: list[UnitMention] = []
    skip = -1
    for i, m in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and m.level == "school"
            and nxt.level == "school"
            and m.canonical.startswith("trường ")
            and nxt.canonical.startswith(("Đại học ", "Học viện "))
            and _AFFILIATION_COMMA_RE.match(text, m.end, nxt.start) is not None
            and not (i + 2 < len(found) and _LIST_JOIN_RE.match(text, nxt.end, found[i + 2].start))
        ):
            out.append(replace(m, end=nxt.end, text=text[m.start : nxt.end]))
            skip = i + 1
            continue
        out.append(m)
    return out


#: the organisation's young people before its name, in the same clause ("nhóm kỹ sư trẻ |Công ty X",
#: "nhóm bác sĩ trẻ Khoa Hồi sức |Bệnh viện Y"): its youth, whom its Youth Union stands for, even before
#: the text names that Youth Union; a word of place right before the name ("Tại Bệnh viện X, 6 đội hình
#: …") only says where. "trẻ em" (children: "120 trẻ em khó khăn Công ty X hỗ trợ") are no young people
#: of the organisation
_YOUNG_OF_RE = re.compile(r"(?<!\w)trẻ(?!\w)(?![ \u00a0]+em(?!\w))[^.;:,!?\n]*$")
_WHERE_BEFORE_RE = re.compile(r"(?:^|(?<=[^\w]))(?i:tại|ở)[ \u00a0]+$")


def _with_bare_org_names(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """`found` with the other mentions of an organisation named by its own name alone where the text
    names its Youth Union ("Đoàn Thanh niên Nhà máy X … ; nhóm kỹ sư trẻ Nhà máy X giúp giảm 15%
    …"; before it only after its young people: "… của nhóm kỹ sư trẻ Nhà máy X giúp giảm 12,4% …
    Đoàn bộ phận Nhà máy X cử 3 đội hình", ``_YOUNG_OF_RE``, not "lãnh đạo Công ty X tài trợ …" nor
    "Tại Bệnh viện X, …"): the text has the organisation as a unit, so its name alone refers to it. Only
    the name exactly as the unit's canonical name (case and all), as a whole word sequence; names of
    the gazetteer inside it give way to it."""
    out = list(found)
    first: dict[str, UnitMention] = {}  # per organisation, its Youth Union's first mention
    for m in found:
        name = m.canonical
        if m.level == "body" and m.source == "body" and m.text != name and m.text.endswith(name):
            first.setdefault(name, m)
    for name, m in first.items():
        if " " not in name or not name[:1].isupper():
            continue
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            whole = (pos == 0 or not _is_word_char(text[pos - 1])) and (
                end == len(text) or not _is_word_char(text[end])
            )
            overlapping = [x for x in out if x.start < end and pos < x.end]
            early = pos < m.start and (
                _YOUNG_OF_RE.search(text, max(0, pos - 48), pos) is None
                or _WHERE_BEFORE_RE.search(text, max(0, pos - 8), pos) is not None
            )
            if whole and not early and all(pos <= x.start and x.end <= end for x in overlapping):
                out = [x for x in out if x not in overlapping]
                out.append(replace(m, start=pos, end=end, text=name))
            pos = text.find(name, end)
    out.sort(key=lambda x: x.start)
    return out


#: an organisation noun written alone, capitalised, after its organisation was named in full ("Toàn
#: Tập đoàn hiện có …", "tuổi trẻ Tập đoàn đã xây …"): what may follow it (no capitalised word or
#: number of a name)
_BARE_NOUN_AFTER_RE = re.compile(rf"(?![ \u00a0]*[\w(\"“])|[ \u00a0]+[{_LO}]")
#: the organisation nouns that refer back to one organisation of the text when written alone
_BACKREF_NOUNS = ("Tập đoàn", "Tổng công ty", "Công ty", "Chi cục")
#: those of them that may stand after their Youth Union's word ("Đoàn Công ty", "Đoàn Thanh niên Chi
#: cục"): a state branch office ("Chi cục Hải quan khu vực X", "Chi cục Thuế …") is one per page as a
#: company is
_BACKREF_YU_NOUNS = frozenset({"Công ty", "Chi cục"})
#: a figure right after "Đoàn Công ty" ("hỗ trợ Đoàn Công ty 60 triệu đồng"): the company's gift
_FIGURE_AFTER_RE = re.compile(rf"[ \u00a0]+\d[\d.,]*[ \u00a0]+[{_LO}]")
#: the Youth Union's word right before such a noun ("hỗ trợ Đoàn Công ty 60 triệu đồng"): the
#: mention is the organisation's Youth Union, the organisation's unit (spec §2.3)
_BACKREF_YU_RE = re.compile(r"(?:Đoàn|Chi đoàn|Đoàn cơ sở|Đoàn Thanh niên)[ \u00a0]\Z")


def _with_bare_org_nouns(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """`found` with the later mentions of an organisation by its noun alone, capitalised ("Toàn Tập
    đoàn hiện có 14.000 đoàn viên", "tuổi trẻ Tập đoàn đã xây 26 phòng học") where the text named
    exactly one organisation of that noun by its Youth Union before ("Đoàn Thanh niên Tập đoàn X"):
    the noun refers back to it, as "Tỉnh đoàn" does to the page's province. Only the nouns of
    ``_BACKREF_NOUNS`` (a group, a corporation, a company, a state branch office ("Chi cục"): one per
    page as a rule), followed by no
    name (a capitalised word or a number: "Tập đoàn Y" is another group). A company's noun may stand
    after its Youth Union's word ("Tổng công ty X hỗ trợ Đoàn Công ty 60 triệu đồng", where a figure
    may follow it): the mention then takes that word in. Cheap first test: the noun's text."""
    out = list(found)
    for noun in _BACKREF_NOUNS:
        if text.find(noun) < 0:
            continue
        named = {
            m.canonical: m
            for m in found
            if m.level == "body" and m.source == "body" and m.canonical.startswith(noun + " ")
        }
        if len(named) != 1:
            continue
        first = next(iter(named.values()))
        _append_backrefs(text, noun, first, out, figure_ok=False, yu_words=noun in _BACKREF_YU_NOUNS)
    if len(out) != len(found):
        out.sort(key=lambda x: x.start)
    return out


def _append_backrefs(
    text: str,
    noun: str,
    first: UnitMention,
    out: list[UnitMention],
    *,
    figure_ok: bool,
    yu_words: bool | None,
) -> None:
    """Append to `out` the mentions of `noun` alone after `first` (the one unit the text named by
    it) that refer back to it: not inside a longer word, followed by no name (`_BARE_NOUN_AFTER_RE`)
    or, when `figure_ok` or after its Youth Union's word, by a figure (`_FIGURE_AFTER_RE`), and not
    overlapping a mention of `out`. `yu_words`: True, the Youth Union's word right before is taken
    into the mention (`_BACKREF_YU_RE`); False, not after "đoàn "; None, the words before are not
    read."""
    pos = text.find(noun, first.end)
    while pos >= 0:
        end = pos + len(noun)
        if pos and _is_word_char(text[pos - 1]):
            pos = text.find(noun, end)
            continue  # inside a longer word
        yu = _BACKREF_YU_RE.search(text, max(0, pos - 16), pos) if yu_words else None
        if (
            (
                _BARE_NOUN_AFTER_RE.match(text, end)
                or ((figure_ok or yu is not None) and _FIGURE_AFTER_RE.match(text, end))
            )
            and not any(x.start < end and pos < x.end for x in out)
            and (
                yu_words is None
                or yu is not None
                or not text[max(0, pos - 5) : pos].lower().endswith("đoàn ")
            )
        ):
            a = pos if yu is None else yu.start()
            out.append(replace(first, start=a, end=end, text=text[a:end]))
        pos = text.find(noun, end)


#: a school's Pioneer body written alone, capitalised (``_with_bare_school_bodies``)
_BARE_SCHOOL_BODY = "Liên đội"


def _with_bare_school_bodies(text: str, found: list[UnitMention]) -> list[UnitMention]:
    """`found` with the later mentions of a school's Pioneer body by its noun alone ("Liên đội trao
    18 suất học bổng", "Hội đồng Đội phường X tặng Liên đội 100 quyển vở") where the text named
    exactly one school by that body before ("Liên đội Trường Tiểu học X"): the noun refers back to
    that school, the unit of its body (spec §2.3), as "Công ty" does to the page's company
    (`_with_bare_org_nouns`); a figure may follow it (what was given to it). Not where a name
    follows ("Liên đội Y" is another body), nor a
    lower-case "liên đội" ("312 liên đội trong tỉnh" counts bodies). Cheap first test: the noun's
    text."""
    noun = _BARE_SCHOOL_BODY
    if text.find(noun) < 0:
        return found
    named = {
        m.canonical: m for m in found if m.level == "school" and m.text[: len(noun)].lower() == noun.lower()
    }
    if len(named) != 1:
        return found
    out = list(found)
    _append_backrefs(text, noun, next(iter(named.values())), out, figure_ok=True, yu_words=None)
    if len(out) != len(found):
        out.sort(key=lambda x: x.start)
    return out


#: the level word that opens the place ending an organisation's full name ("Sở Y tế tỉnh X")
_PLACE_TAIL_RE = re.compile(r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã) \S")
#: a name that ends with a place's level word alone ("Viện kiểm sát nhân dân tỉnh")
_BARE_TAIL_RE = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã)$")


#: the words of a business's legal form, which a text may leave out of its name in short ("Công ty Nhựa X"
#: for "Công ty Cổ phần Nhựa X", "Công ty X" for "Tổng công ty X" or "Công ty TNHH MTV X")
_LEGAL_FORMS = "cổ phần|cp|tnhh|mtv|một thành viên|trách nhiệm hữu hạn|hai thành viên trở lên|tập đoàn"
_LEGAL_FORM_RUN_RE = re.compile(rf"(?:{_LEGAL_FORMS}|tổng)(?: (?:{_LEGAL_FORMS}))*")
#: the business nouns such a name opens with
_BUSINESS_NOUNS = ("Công ty ", "Tổng công ty ", "Tập đoàn ")


def _legal_form_of(short: str, name: str) -> bool:
    """Whether `name` is `short` with words of a business's legal form put in (``_LEGAL_FORM_RUN_RE``:
    "Công ty Cổ phần Nhựa X" of "Công ty Nhựa X", "Tổng công ty X" of "Công ty X"): the same
    business named in full. Both open with a business noun and `short` keeps a word of its own after
    its noun; the words are compared lower-cased, in order, each run of words put in a legal form."""
    if not (short.startswith(_BUSINESS_NOUNS) and name.startswith(_BUSINESS_NOUNS)):
        return False
    a, b = short.lower().split(), name.lower().split()
    if len(b) <= len(a) or _LEGAL_FORM_RUN_RE.fullmatch(" ".join(a[2:])):
        return False
    i = 0
    runs: list[list[str]] = []
    run: list[str] = []
    for w in b:
        if i < len(a) and w == a[i]:
            i += 1
            if run:
                runs.append(run)
                run = []
        else:
            run.append(w)
    if run:
        runs.append(run)
    return i == len(a) and all(_LEGAL_FORM_RUN_RE.fullmatch(" ".join(r)) for r in runs)


def _with_full_org_names(found: list[UnitMention]) -> list[UnitMention]:
    """`found` with the organisations named without their place ("Đoàn Thanh niên Sở Y tế cử 4 đội
    …"), or with its level word alone ("Viện kiểm sát nhân dân tỉnh"), read by the full name the same
    text gives them with it ("Đoàn Thanh niên Sở Y tế tỉnh Ninh Bình"), as a report's issuer calls
    itself in short: one organisation, one unit (spec §2.3). So too a business named without its
    legal form ("Công ty Nhựa X" in a headline, "Công ty Cổ phần Nhựa X" in the body: ``_legal_form_of``).
    Only where the text names exactly one such longer form (the name, then a place's level word and the
    place); "Sở Y tế" on a page naming "Sở Y tế tỉnh A" and "Sở Y tế tỉnh B" stays as it is."""
    bodies = [m for m in found if m.level == "body" and m.source == "body"]
    if len(bodies) < 2:
        return found
    longer: dict[str, set[str]] = defaultdict(set)
    full = {m.canonical: m for m in bodies}
    for m in bodies:
        name = m.canonical
        for short in full:
            if (
                len(name) > len(short) + 2
                and name.startswith(short)
                and name[len(short)] == " "
                and (
                    _PLACE_TAIL_RE.match(name, len(short) + 1)
                    # "Viện kiểm sát nhân dân tỉnh" (the level word alone) of "… tỉnh Thanh Hóa"
                    or (_BARE_TAIL_RE.search(short) is not None and name[len(short) + 1].isupper())
                )
            ) or _legal_form_of(short, name):
                longer[short].add(name)
    if not longer:
        return found
    out = []
    for m in found:
        names = longer.get(m.canonical) if m.level == "body" and m.source == "body" else None
        if names and len(names) == 1:
            f = full[next(iter(names))]
            m = replace(m, canonical=f.canonical, province_2025=f.province_2025, province=f.province)
        out.append(m)
    return out


#: a sector's branch named by a place's level word, given as a unit's name (a table row "Công an
#: phường", "Chi đoàn Công an xã Tân Tú", "Ban Chỉ huy Quân sự huyện"): the police or army Youth Union
#: there, a part of its sector (spec §2.3, as "Đoàn Thanh niên Công an tỉnh X" in running text, where the
#: force named alone, "phối hợp Công an xã", stays a partner)
_LOCAL_SECTOR_RE = re.compile(
    rf"(?:(?i:đoàn\s+thanh\s+niên|đoàn\s+tn|chi\s+đoàn|đoàn)\s+)?"
    rf"(?:(?P<police>(?i:công\s+an))|(?i:(?:bộ|ban)\s+chỉ\s+huy\s+quân\s+sự))\s+{_LW}(?:{_WS}{_CAPSEQ})?"
)
_SECTORS = {True: "Công an nhân dân", False: "Quân đội nhân dân"}


#: "cũ" (former) after a unit's name: the unit before the 2025 merger, under its own name (spec §2.3)
_FORMER_RE = re.compile(r"(?<=\w)[ \u00a0]*(?:\([ \u00a0]*cũ[ \u00a0]*\)|[ \u00a0]cũ)$")


@functools.lru_cache(maxsize=1 << 14)
def lookup(name: str) -> UnitMention | None:
    """Canonicalise one unit name as written; None if it is not a unit we know how to read. A name
    marked former ("Nam Định cũ", "tỉnh Kon Tum (cũ)") is the unit as it was before the merger.

    >>> lookup("TP.HCM").canonical, lookup("tỉnh Kiên Giang").province_2025
    ('Hồ Chí Minh', 'An Giang')
    """
    stripped = name.strip().rstrip(".:;,").strip()
    if stripped[-2:] in ("cũ", "ũ)") and (former := _FORMER_RE.search(stripped)) is not None:
        stripped = stripped[: former.start()]  # "Nam Định cũ", "tỉnh Kon Tum (cũ)": the unit as it was
    if not stripped:
        return None
    lead = len(name) - len(name.lstrip())
    if stripped[:1] in "CcĐđBb" and (sec := _LOCAL_SECTOR_RE.fullmatch(stripped)) is not None:
        canonical = _SECTORS[sec.group("police") is not None]
        return UnitMention(lead, lead + len(stripped), stripped, canonical, "sector", None, True, "body")
    for m in _mentions(stripped, strict=False):
        if m.start == 0 and m.end == len(stripped):
            return replace(m, start=m.start + lead, end=m.end + lead)
    if stripped[:1] in "Tt" and (station := _COMMUNE_STATION_RE.match(stripped)) is not None:
        # a commune's health station names its commune (gold n90, n152, c43: "Trạm Y tế xã X" -> xã X)
        commune = lookup(stripped[station.end() :])
        if commune is not None and commune.level == "commune":
            return replace(commune, start=lead, end=lead + len(stripped), text=stripped)
    if stripped[:1] in "XxPp" and _WORKSHOP_RE.fullmatch(stripped) is not None:
        # a company's numbered workshop, the part a Chi đoàn is named after ("Xưởng may 3"): its number is
        # part of its name, as "thôn 2" keeps its own
        return UnitMention(lead, lead + len(stripped), stripped, stripped, "body", None, False, "body")
    if stripped[-1:].isdigit() and (num := _ALONE_NUMBER_RE.search(stripped)) is not None:
        # an organisation's numbered plant or branch named alone ("Nhà máy Xi măng X 2"): in running text
        # its number ends the name before a verb or a label's colon (``_org_name_pat``); given alone, the
        # number that ends the name is its own, as a school's is
        base = lookup(stripped[: num.start()])
        if base is not None and base.level == "body" and (base.start, base.end) == (0, num.start()):
            canonical = f"{base.canonical} {num[1]}"
            return replace(base, start=lead, end=lead + len(stripped), text=stripped, canonical=canonical)
    # a neighbour's province by its bare name ("Svay Rieng"): the unit of a partner province (spec §2.3)
    bare = stripped[5:] if stripped[:5].casefold() == "tỉnh " else stripped  # "tỉnh Svay Rieng" too
    if (foreign := _foreign_provinces().get(_foreign_key(bare))) is not None:
        return UnitMention(
            lead, lead + len(stripped), stripped, foreign, "province", None, False, "gazetteer"
        )
    return None


#: the number of one or two digits that ends a name given alone ("Nhà máy Xi măng X 2")
_ALONE_NUMBER_RE = re.compile(r"[ \u00a0]+([1-9]\d?)\Z")
#: a numbered workshop of a company: "Xưởng may 3", "Phân xưởng 2", "Xưởng cắt số 1"
_WORKSHOP_RE = re.compile(
    rf"(?:[Pp]hân[ \u00a0]+)?[Xx]ưởng(?:[ \u00a0]+{_LOWORD}){{0,2}}(?:[ \u00a0]+số)?[ \u00a0]+\d{{1,2}}"
)
#: the health station of a commune, ward or township ("Trạm Y tế xã X", "Trạm y tế phường Y")
_COMMUNE_STATION_RE = re.compile(
    r"[Tt]rạm[ \u00a0]+[Yy][ \u00a0]+tế[ \u00a0]+(?=(?:xã|phường|thị[ \u00a0]trấn)[ \u00a0])"
)


def _drop_level_word(key: str) -> str:
    for p in _KEY_PREFIXES:
        if key.startswith(p) and len(key) > len(p):
            rest = key[len(p) :]
            if p.endswith(".") or rest[0] == " ":
                rest = rest.lstrip()
                if rest[:1].isdigit():
                    return key  # "quận 10" keeps its number
                return rest
    return key


@functools.lru_cache(maxsize=1 << 14)
def canonical_unit(name: str) -> str:
    """The comparison key of spec §6 for a unit name.

    NFC, tone placement, casefold, whitespace collapsed, a leading level word dropped ("quận 10" keeps
    its number), and aliases applied: ``canonical_unit("TP.HCM") == canonical_unit("Hồ Chí Minh")``.
    """
    m = lookup(name)
    base = name
    if m is not None:
        base = m.canonical
        if m.level == "province":
            t = _tables()
            fx = t.fixed.get(_key(m.canonical))
            prov = t.provinces.get(_key(m.canonical))
            base = prov.name if prov else (fx.canonical if fx else m.canonical)
    key = textnorm.match_key(base)
    key = _drop_level_word(key)
    for long, short in _SCHOOL_LONG.items():
        key = key.replace(f"trường {long} ", f"trường {short} ")
    return key


@functools.lru_cache(maxsize=1 << 14)
def province_2025(name: str) -> str | None:
    """The post-1-July-2025 province a unit belongs to ("Hải Dương" -> "Hải Phòng"), None if unknown.

    A bare district or commune name ("Giồng Riềng") is tried too, and answered when it is unique.
    """
    m = lookup(name)
    if m is not None:
        return m.province_2025
    t = _tables()
    k = _key(name)
    for table in (t.bare_districts, t.bare_communes):
        news = table.get(k)
        if news:
            return _unique(news)
    return None


def gazetteer_info() -> dict[str, int | bool]:
    """Sizes of the loaded tables (for reports and tests)."""
    t = _tables()
    return {
        "provinces": len({p.name for p in t.provinces.values()}),
        "provinces_2025": len({p.new for p in t.provinces.values()}),
        "places": len(t.places),
        "fixed_surfaces": len(t.fixed),
        "has_legacy": t.has_legacy,
    }
