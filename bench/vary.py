"""Robustness probe: score extraction on varied copies of the real documents.

    python bench/vary.py                                   # ../shared/real, seed 0, 3 variants per kind
    python bench/vary.py --gold DIR --docs DIR --seed 1 --variants 5 --out OUT --misses

The development set scores 1.000, but the library is also scored on real documents nobody here sees.
This writes K varied copies of each text document (.txt, .md, .html; .docx and .pdf are skipped and
said so) with their gold, one kind of change at a time, so that a drop can be traced to its kind:

- ``provinces``: every province named (the gazetteer's pre- and post-2025 provinces and the aliases
  of ``units/data/aliases.tsv``, as written or in capitals) is replaced everywhere, whole words only,
  by another province of the same era that the document does not name, one mapping per document;
  the same substitution is applied to every string of the gold. A name also used as a district,
  city or commune ("TP. Tuyên Quang", "xã Thái Nguyên") gets a province that has a place of that
  level and name in the gazetteer too; when none does, the variant is skipped.
- ``numbers``: the digit runs that gold evidence shows as a figure's number are replaced by others
  of the same written shape (digits per group, separators, a leading "0"), and the gold values
  scaled by the same ratio (parsed the Vietnamese way of ``numbers.tsv``); every gold string that
  quotes a changed number (evidence, body_contains, footnote starts) follows. Dates, document
  numbers and numbers in names are left alone.
- ``communes``: the names after "xã", "phường", "huyện", "thị trấn" that the gazetteer knows are
  replaced by other names of the same level, everywhere, gold included.

A variant whose substitution would be ambiguous (a name or number also used in a way the gold does
not show, or a gold figure whose number cannot be found) is skipped with a note, never written
half-done. Everything is deterministic for a seed. The project's own evaluation
(`reportextract.evaluation.evaluate`, what ``reportextract eval`` runs) scores each kind; the scores
are printed beside the unvaried score with the same metric names, and ``--misses`` lists the misses
and spurious figures of the variants with the substitution that made each variant.
"""

# ruff: noqa: PLC0415 - the library is imported when a run starts: nothing runs at import
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED_REAL = REPO.parent / "shared" / "real"
TEXT_FORMATS = ("txt", "md", "html", "htm")
KINDS = ("provinces", "numbers", "communes")

#: (label, path into the metric tree of `EvalResult.corpus`), in the order printed
METRICS = (
    ("figures.full.f1", ("figures", "full", "f1")),
    ("figures.full.precision", ("figures", "full", "precision")),
    ("figures.full.recall", ("figures", "full", "recall")),
    ("figures.unit_value.f1", ("figures", "unit_value", "f1")),
    ("figures.value.f1", ("figures", "value", "f1")),
    ("qualifier_accuracy", ("figures", "qualifier_accuracy")),
    ("footnote_accuracy", ("figures", "footnote_accuracy")),
    ("sections.f1", ("sections", "f1")),
    ("footnotes.f1", ("footnotes", "f1")),
    ("footnote_anchor_accuracy", ("footnote_anchor_accuracy",)),
    ("body_contains.share", ("body_contains", "share")),
    ("references.f1", ("references", "f1")),
    ("metadata.accuracy", ("metadata", "accuracy")),
    ("metadata.event_dates.f1", ("metadata", "event_dates", "f1")),
)


class Skip(Exception):  # noqa: N818 - a skipped variant, not an error
    """A variant that cannot be made without ambiguity; the message says why."""


@dataclass
class Variant:
    """One varied copy of a document: its text, its gold, and the substitution that made it."""

    kind: str
    source: str  # the original document's file name
    index: int
    text: str
    gold: dict[str, Any]
    mapping: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        stem, _, ext = self.source.rpartition(".")
        return f"{stem}__{self.kind[:4]}{self.index}.{ext}"


# --------------------------------------------------------------------------- shared helpers


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _shadow(text: str) -> str:
    """`text` with canonical tone placement, the same length (NFC input): where names are matched."""
    from reportextract.textnorm import normalize_tones

    return normalize_tones(text)


def _gold_strings(node: Any, fn: Callable[[str], str]) -> Any:
    """A copy of a gold tree with `fn` applied to every string value (keys are left alone)."""
    if isinstance(node, str):
        return fn(node)
    if isinstance(node, list):
        return [_gold_strings(x, fn) for x in node]
    if isinstance(node, dict):
        return {k: v if k in ("schema", "document") else _gold_strings(v, fn) for k, v in node.items()}
    return node


def _iter_strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for x in node:
            yield from _iter_strings(x)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k not in ("schema", "document"):
                yield from _iter_strings(v)


_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # footnote markers: word characters to `re`, but not letters


def _name_pattern(surface: str) -> str:
    """Regex of a name: flexible spaces and dashes between its words, whole words only."""
    parts = re.split(r"(\s*[-–—]\s*|\s+|\.\s*)", surface)
    out = []
    for p in parts:
        if not p:
            continue
        if p.strip() in ("-", "–", "—"):
            out.append(r"\s*[-–—]\s*")
        elif not p.strip():
            out.append(r"\s+")
        elif p.strip() == ".":
            out.append(r"\.\s*")
        else:
            out.append(re.escape(p))
    # a digit may follow (a footnote marker: "Hưng Yên⁶", "Hà Nội1"), a letter may not
    return r"(?<!\w)" + "".join(out) + r"(?![^\W\d_" + _SUPERSCRIPTS + "])"


def _cased(found: str, new: str) -> str:
    """`new` in the case pattern of `found` (all capitals stay all capitals)."""
    letters = [c for c in found if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and any(c.islower() for c in new):
        return new.upper()
    return new


#: bare "Hồ Chí Minh" after these words is the Union's, the Pioneers' or the President's name, not the city
_PERSON_BEFORE = re.compile(
    r"(?i)(cộng sản|tncs|tiền phong|tntp|chủ tịch|bác|tư tưởng|phong cách|đạo đức|giải thưởng|"
    r"huy hiệu|chiến dịch|di chúc|lăng|mang tên|học viện thanh niên|đội thiếu niên)\s*$"
)


def _names_place(shadow: str, start: int, surface: str) -> bool:
    """False for a bare "Hồ Chí Minh" that names the Union or the President ("Đoàn TNCS Hồ Chí Minh")."""
    if surface.casefold() != "hồ chí minh":
        return True
    return _PERSON_BEFORE.search(shadow, max(0, start - 24), start) is None


class _Substitution:
    """One consistent whole-word substitution of names (title case and capitals) in text and gold."""

    def __init__(self, mapping: dict[str, str]) -> None:
        from reportextract.textnorm import normalize_tones

        # surface (tone-normalised) -> new name; longest first so "Thừa Thiên Huế" wins over "Huế"
        self.mapping = {normalize_tones(_nfc(k)): v for k, v in mapping.items()}
        alts: list[str] = []
        for s in sorted(self.mapping, key=len, reverse=True):
            alts.append(_name_pattern(s))
            if s.upper() != s:
                alts.append(_name_pattern(s.upper()))
        self.pattern = re.compile("|".join(f"(?:{a})" for a in alts)) if alts else None
        self._by_key = {self._key(s): v for s, v in self.mapping.items()}

    @staticmethod
    def _key(s: str) -> str:
        return re.sub(r"\s*[-–—]\s*", "-", re.sub(r"\.\s*", ".", " ".join(s.split()))).casefold()

    def __call__(self, text: str) -> str:
        if self.pattern is None or not text:
            return text
        text = _nfc(text)
        shadow = _shadow(text)
        parts: list[str] = []
        last = 0
        for m in self.pattern.finditer(shadow):
            if not _names_place(shadow, m.start(), m.group()):
                continue
            new = self._by_key[self._key(m.group())]
            parts += [text[last : m.start()], _cased(m.group(), new)]
            last = m.end()
        return "".join([*parts, text[last:]])


# --------------------------------------------------------------------------- provinces


@dataclass(frozen=True)
class ProvinceData:
    """The gazetteer's provinces by era and every surface (names, aliases) that names one."""

    post: frozenset[str]  # the 34 provinces from 1 July 2025
    pre_only: frozenset[str]  # provinces that existed only before (merged away), "Thừa Thiên Huế" too
    surfaces: dict[str, str]  # surface as written in the data -> canonical name (spec §2.3)
    central: frozenset[str]  # centrally-run cities ("thành phố X" is the province itself)
    places: frozenset[tuple[str, str]]  # (level word, name key) of districts, cities, communes


@cache
def province_data() -> ProvinceData:
    """From the library's own gazetteer tables (`reportextract.units`; no public accessor yet)."""
    from reportextract.units import gazetteer

    tables = gazetteer._tables()
    provs = {p.name: p for p in tables.provinces.values()}
    post = {p.new for p in provs.values()}
    surfaces = {name: name for name in provs}
    for row in gazetteer._read_tsv("aliases.tsv"):
        surface, canonical = row[0], row[1]
        prov = row[2] if len(row) > 2 and row[2] else canonical
        if prov in provs:
            surfaces[surface] = canonical
    canonicals = set(surfaces.values())
    pre_only = {c for c in canonicals if c not in post}
    central = {n for n, p in provs.items() if p.central}
    return ProvinceData(
        post=frozenset(post),
        pre_only=frozenset(pre_only),
        surfaces=surfaces,
        central=frozenset(central),
        places=frozenset(tables.places),
    )


#: a level word right before a name makes it a district, city or commune, not the province
_LEVEL_BEFORE = re.compile(
    r"(?i)(?<!\w)(huyện|quận|thị xã|thành phố|tp\.?|xã|phường|thị trấn|đặc khu)\s*$"
)


def _place_key(name: str) -> str:
    from reportextract.units.gazetteer import _key

    return _key(name)


def _province_uses(text: str, data: ProvinceData) -> dict[str, set[str]]:
    """canonical province named in `text` -> the level words it also follows ("thành phố", "xã")."""
    shadow = _shadow(_nfc(text))
    folded = shadow.casefold()
    # only the surfaces whose first word occurs: one small pattern instead of every name's
    present = {s: c for s, c in data.surfaces.items() if re.split(r"[\s.\-]", s.casefold())[0] in folded}
    sub = _Substitution(present)
    uses: dict[str, set[str]] = {}
    if sub.pattern is None:
        return uses
    for m in sub.pattern.finditer(shadow):
        if not _names_place(shadow, m.start(), m.group()):
            continue
        canonical = sub._by_key[sub._key(m.group())]
        levels = uses.setdefault(canonical, set())
        before = _LEVEL_BEFORE.search(shadow, max(0, m.start() - 12), m.start())
        if before:
            lw = before.group(1).lower()
            lw = "thành phố" if lw.startswith("tp") else lw
            if not (lw == "thành phố" and canonical in data.central):
                levels.add(lw)
    return uses


def vary_provinces(text: str, gold: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, Any], dict]:
    """Swap every province the document names for another of the same era it does not name."""
    data = province_data()
    gold_text = "\n".join(_iter_strings(gold))
    uses = _province_uses(text + "\n" + gold_text, data)
    if not uses:
        raise Skip("names no province")
    taken = set(uses)
    whole = _shadow(_nfc(text + "\n" + gold_text)).casefold()
    for c in data.post | data.pre_only:  # a name that occurs anywhere (any case) is not free
        if c.casefold() in whole and re.search(_name_pattern(c.casefold()), whole):
            taken.add(c)
    mapping: dict[str, str] = {}
    for canonical in sorted(uses):
        era = data.post if canonical in data.post else data.pre_only
        levels = uses[canonical]
        pool = sorted(
            c
            for c in era
            if c not in taken and all((lw, _place_key(c)) in data.places for lw in levels)
        )
        if not pool:
            shown = ", ".join(sorted(levels))
            raise Skip(f"{canonical!r} is also a {shown} name and no free province has one of that level")
        new = rng.choice(pool)
        taken.add(new)
        mapping[canonical] = new
    surfaces = {s: mapping[c] for s, c in data.surfaces.items() if c in mapping}
    sub = _Substitution(surfaces)
    return sub(text), _gold_strings(gold, sub), mapping


# --------------------------------------------------------------------------- communes


_COMMUNE_LEVELS = ("xã", "phường", "huyện", "thị trấn")
_COMMUNE_RE = re.compile(
    r"(?<!\w)(xã|phường|huyện|thị trấn|Xã|Phường|Huyện|Thị trấn|XÃ|PHƯỜNG|HUYỆN|THỊ TRẤN)\s+"
    r"((?:[^\W\d_][^\W_]*)(?:[ ]+[^\W\d_][^\W_]*){0,4})"
)


@cache
def _names_by_level() -> dict[str, list[str]]:
    """level word -> official spellings of the gazetteer's places of that level (sorted)."""
    from reportextract.units import gazetteer

    spelling = gazetteer._tables().spelling
    out: dict[str, list[str]] = {lw: [] for lw in _COMMUNE_LEVELS}
    for (lw, _k), name in spelling.items():
        if lw in out and not any(ch.isdigit() for ch in name) and name[:1].isupper():
            out[lw].append(name)
    return {lw: sorted(set(v)) for lw, v in out.items()}


def vary_communes(text: str, gold: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, Any], dict]:
    """Swap the names after xã / phường / huyện / thị trấn for other names of the same level."""
    data = province_data()
    known = data.places
    prov_keys = {_place_key(s) for s in data.surfaces}
    found: dict[str, str] = {}  # name as written (title case) -> level word
    for m in _COMMUNE_RE.finditer(_nfc(text)):
        lw = m.group(1).lower()
        words = m.group(2).split()
        # the longest run of capitalised words that the gazetteer knows at this level
        for n in range(len(words), 0, -1):
            cand = words[:n]
            if not all(w[:1].isupper() for w in cand):
                continue
            name = " ".join(cand)
            if name.isupper() and len(name) > 3:
                name = name.title()
            if (lw, _place_key(name)) in known:
                if _place_key(name) in prov_keys:
                    raise Skip(f"{lw} {name!r} is also a province name")
                if found.get(name, lw) != lw:
                    raise Skip(f"{name!r} follows both {found[name]!r} and {lw!r}")
                found[name] = lw
                break
    if not found:
        raise Skip("names no commune, ward, district or township the gazetteer knows")
    whole = _shadow(_nfc(text + "\n" + "\n".join(_iter_strings(gold)))).casefold()
    taken = {n.casefold() for n in found}
    mapping: dict[str, str] = {}
    for name in sorted(found, key=lambda n: (-len(n), n)):
        # a shorter name inside a longer one found here would be replaced inside it: skip that
        if any(name != other and re.search(_name_pattern(name), other) for other in found):
            raise Skip(f"{name!r} is part of another place name of the document")
        pool = _names_by_level()[found[name]]
        for _ in range(200):
            new = rng.choice(pool)
            k = new.casefold()
            if k in taken or _place_key(new) in prov_keys or re.search(_name_pattern(k), whole):
                continue
            break
        else:
            raise Skip(f"no free {found[name]} name for {name!r}")
        taken.add(new.casefold())
        mapping[name] = new
    sub = _Substitution(mapping)
    return sub(text), _gold_strings(gold, sub), mapping


# --------------------------------------------------------------------------- numbers


_FLAT_SKIP = set("*_" + _SUPERSCRIPTS)
_TOKEN = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![.,]?\d)")  # a unit may be glued on: "200m"
_SCALE_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tr": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_SCALE_NEXT = re.compile(r"\s*(nghìn|ngàn|vạn|triệu|tr|tỷ|tỉ)(?!\w)", re.IGNORECASE)


def _flatten(text: str) -> tuple[str, list[int]]:
    """`text` without markdown emphasis or superscript markers, whitespace collapsed, canonical tones,
    and for each character kept its index in `text`."""
    chars: list[str] = []
    index: list[int] = []
    shadow = _shadow(text)
    for i, ch in enumerate(shadow):
        if ch in _FLAT_SKIP:
            continue
        if ch.isspace():
            if not chars or chars[-1] == " ":
                continue
            ch = " "
        chars.append(ch)
        index.append(i)
    while chars and chars[-1] == " ":
        chars.pop()
        index.pop()
    return "".join(chars), index


def _readings(token: str) -> list[tuple[str, float]]:
    """The ways a digit run can be read: (how, number). "vn": dots group thousands and a comma is the
    decimal mark; "comma": commas group thousands ("1,025 người"); "dot": a dot is the decimal mark."""
    out: list[tuple[str, float]] = []
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", token):
        out.append(("vn", float(token.replace(".", "").replace(",", "."))))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token):
        out.append(("comma", float(token.replace(",", ""))))
    if re.fullmatch(r"\d+\.\d+", token):
        out.append(("dot", float(token)))
    return out


def _parse(token: str, how: str) -> float:
    if how == "vn":
        return float(token.replace(".", "").replace(",", "."))
    if how == "comma":
        return float(token.replace(",", ""))
    return float(token)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _fits(token: str, value: float, after: str) -> tuple[str, float] | None:
    """How `token` reads as `value` (with the scale word written after it, if any)."""
    m = _SCALE_NEXT.match(after)
    scale = _SCALE_WORDS[m.group(1).lower()] if m else 1.0
    for how, n in _readings(token):
        if _close(n * scale, value):
            return how, scale
    return None


def _reshape(token: str, rng: random.Random) -> str:
    """Another digit run of the same written shape: same digits per group, same separators, a leading
    "0" kept (and the digit after it not zero), not a year, not the same number."""
    for _ in range(50):
        out = []
        first = True
        lead_zero = False
        for ch in token:
            if not ch.isdigit():
                out.append(ch)
                continue
            if first:
                d = "0" if ch == "0" else str(rng.randint(1, 9))
                lead_zero = ch == "0"
                first = False
            elif lead_zero:
                d = str(rng.randint(1, 9))
                lead_zero = False
            else:
                d = str(rng.randint(0, 9))
            out.append(d)
        new = "".join(out)
        if new == token or not any(c in "123456789" for c in new):
            continue
        if len(token) == 4 and token.isdigit() and 1900 <= int(new) <= 2100:
            continue
        if re.search(r"[.,]\d*0$", new) and not re.search(r"[.,]\d*0$", token):
            continue  # "23,80" where "17,5" was written: a shape the original does not have
        return new
    return token


def _round_value(x: float, like: Any) -> int | float:
    if isinstance(like, int) and abs(x - round(x)) < 1e-6 * max(1.0, abs(x)):
        return round(x)
    return float(f"{x:.12g}")


def vary_numbers(text: str, gold: dict[str, Any], rng: random.Random) -> tuple[str, dict[str, Any], dict]:
    """Give the gold figures' numbers other digits of the same shape; scale the gold values."""
    text = _nfc(text)
    flat, index = _flatten(text)
    figures = gold.get("figures") or []
    # each figure's number: (start, end) in `text`, how it is read, the scale word after it
    located: dict[int, list[tuple[int, int, str, float]]] = {}
    partial: dict[int, tuple[int, int]] = {}  # the number's place in an evidence only partly found
    unlocated: list[int] = []
    for fi, fig in enumerate(figures):
        value, evidence = fig.get("value"), fig.get("evidence")
        if not isinstance(value, (int, float)) or not evidence:
            unlocated.append(fi)
            continue
        found = _locate(flat, index, _nfc(evidence), value)
        if found is None:
            unlocated.append(fi)  # not found, or two different numbers of the evidence fit the value
            continue
        # the same number twice in one evidence ("11 đơn vị ... 11 đội hình"): all get the same new digits
        located[fi], place = found
        if place is not None:
            partial[fi] = place
    if not located:
        raise Skip("no gold figure's number could be found in the text")
    new_token: dict[str, str] = {}
    for fi in sorted(located):
        a, b, _, _ = located[fi][0]
        tok = text[a:b]
        if tok not in new_token:
            new_token[tok] = _reshape(tok, rng)
    edits: dict[int, tuple[int, str]] = {}
    for hits in located.values():
        for a, b, _, _ in hits:
            edits[a] = (b, new_token[text[a:b]])
    for fi in unlocated:  # a figure whose number is not found may sit where a number is replaced
        value = figures[fi].get("value")
        if not isinstance(value, (int, float)):
            continue
        for a, (b, _) in edits.items():
            if _fits(text[a:b], value, text[b : b + 24].replace("*", "")):
                raise Skip(
                    f"figure {value!r} ({figures[fi].get('evidence')!r}) cannot be located and "
                    f"{text[a:b]!r} at {a} is replaced"
                )
    new_text = _apply(text, edits)

    # gold strings that quote a changed number follow it
    flat_edits = {}  # flat index of an edit's first character -> (flat length, new token)
    pos = {orig: k for k, orig in enumerate(index)}
    for a, (b, new) in edits.items():
        flat_edits[pos[a]] = (pos[b - 1] + 1 - pos[a], new)

    def follow(s: str) -> str:
        if not s or not any(tok in s for tok in new_token):
            return s
        fs, fidx = _flatten(_nfc(s))
        start = flat.find(fs)
        while start >= 0:
            end = start + len(fs)
            inner = {k - start: v for k, v in flat_edits.items() if start <= k and k + v[0] <= end}
            if inner:
                out_edits = {fidx[k]: (fidx[k + n - 1] + 1, new) for k, (n, new) in inner.items()}
                return _apply(_nfc(s), out_edits)
            start = flat.find(fs, start + 1)
        return s  # quoted where nothing changed, or not a quote of this text (another format's wording)

    new_gold = _gold_quotes(gold, follow, own=partial, new_token=new_token)
    for fi, hits in located.items():
        a, b, how, scale = hits[0]
        new = new_token[text[a:b]]
        fig = new_gold["figures"][fi]
        fig["value"] = _round_value(_parse(new, how) * scale, fig["value"])
    return new_text, new_gold, dict(sorted(new_token.items()))


def _locate(
    flat: str, index: list[int], evidence: str, value: float
) -> tuple[list[tuple[int, int, str, float]], tuple[int, int] | None] | None:
    """Where a figure's number is: ``[(start, end, how read, scale)]`` in the text, one per occurrence of
    the evidence, and, when only part of the evidence is found (the part from the number on, or up to
    it: an evidence quoted from another format of the document), the number's place in the evidence."""
    ev, eidx = _flatten(evidence)
    fits = [(m, fit) for m in _TOKEN.finditer(ev) if (fit := _fits(m.group(), value, ev[m.end() :]))]
    if not fits or len({m.group() for m, _ in fits}) > 1:
        return None
    hits: list[tuple[int, int, str, float]] = []
    start = flat.find(ev)
    while start >= 0:
        for m, fit in fits:
            hits.append((index[start + m.start()], index[start + m.end() - 1] + 1, *fit))
        start = flat.find(ev, start + 1)
    if hits:
        return hits, None
    if len(fits) > 1:
        return None
    m, fit = fits[0]
    found: list[list[tuple[int, int, str, float]]] = []
    for piece, offset in ((ev[: m.end()], 0), (ev[m.start() :], m.start())):
        found.append([])
        if len(piece.split()) < 5:
            continue
        start = flat.find(piece)
        while start >= 0:
            a = start + m.start() - offset
            found[-1].append((index[a], index[a + len(m.group()) - 1] + 1, *fit))
            start = flat.find(piece, start + 1)
    before, after = found
    if before and after and before != after:
        return None  # the words before the number and those after it are found in different places
    if before or after:
        return before or after, (eidx[m.start()], eidx[m.end() - 1] + 1)
    return None


def _apply(text: str, edits: dict[int, tuple[int, str]]) -> str:
    parts: list[str] = []
    last = 0
    for a in sorted(edits):
        b, new = edits[a]
        if a < last:
            continue
        parts += [text[last:a], new]
        last = b
    return "".join([*parts, text[last:]])


#: gold strings that quote the text and must still be found in it after a change
_QUOTES = (
    ("figures", "evidence"),
    ("body_contains", None),
    ("footnotes", "starts"),
    ("footnotes", "anchor"),
    ("sections", "title"),
    ("metadata", "title"),
)


def _gold_quotes(
    gold: dict[str, Any],
    strict: Callable[[str], str],
    *,
    own: dict[int, tuple[int, int]],
    new_token: dict[str, str],
) -> dict[str, Any]:
    """A copy of the gold with `strict` (which may raise Skip) applied to its quotes of the text; an
    evidence only partly found in the text gets its own figure's number changed in place. Other
    strings (section numbers, dates, notes) are left alone."""
    out = json.loads(json.dumps(gold))
    for fi, (a, b) in own.items():
        ev = _nfc(gold["figures"][fi]["evidence"])
        out["figures"][fi]["evidence"] = ev[:a] + new_token[ev[a:b]] + ev[b:]
    for key, sub in _QUOTES:

        node = gold.get(key)
        if key == "metadata" and isinstance(node, dict) and isinstance(node.get("title"), str):
            out["metadata"]["title"] = strict(node["title"])
        elif isinstance(node, list):
            for i, item in enumerate(node):
                if sub is None and isinstance(item, str):
                    out[key][i] = strict(item)
                elif (
                    sub is not None
                    and isinstance(item, dict)
                    and isinstance(item.get(sub), str)
                    and (key != "figures" or i not in own)
                ):
                    out[key][i][sub] = strict(item[sub])
    return out


VARY: dict[str, Callable[[str, dict[str, Any], random.Random], tuple[str, dict[str, Any], dict]]] = {
    "provinces": vary_provinces,
    "numbers": vary_numbers,
    "communes": vary_communes,
}


# --------------------------------------------------------------------------- the run


def text_documents(gold_dir: Path, docs_dir: Path) -> tuple[list[tuple[Path, Path]], list[str]]:
    """(document, gold) pairs of the text formats, and the names of the documents skipped (.docx, .pdf)."""
    from reportextract.evaluation import find_documents

    texts = find_documents(gold_dir, docs_dir, formats=TEXT_FORMATS)
    every = find_documents(gold_dir, docs_dir)
    skipped = sorted(p.name for p, _ in every if p.suffix.lower().lstrip(".") not in TEXT_FORMATS)
    return texts, skipped


def make_variants(
    doc: Path, gold_path: Path, kind: str, k: int, seed: int
) -> tuple[list[Variant], list[str]]:
    """Up to `k` variants of one kind of one document, and the notes of those skipped."""
    text = doc.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out: list[Variant] = []
    notes: list[str] = []
    seen: set[str] = set()
    for i in range(k):
        rng = random.Random(f"{seed}:{kind}:{doc.name}:{i}")
        try:
            new_text, new_gold, mapping = VARY[kind](text, gold, rng)
        except Skip as exc:
            notes.append(f"{doc.name} {kind} #{i}: skipped: {exc}")
            break  # the same document skips for the same reason whatever the draw
        key = new_text + json.dumps(new_gold, ensure_ascii=False, sort_keys=True)
        if key in seen:  # the same draw again (a document naming a province in its gold hint only)
            continue
        seen.add(key)
        v = Variant(kind, doc.name, i, new_text, new_gold, mapping)
        v.gold["document"] = v.name
        out.append(v)
    return out, notes


def write_variants(variants: list[Variant], out: Path) -> tuple[Path, Path]:
    shutil.rmtree(out, ignore_errors=True)  # no variant of an earlier run is scored again
    docs, gold = out / "docs", out / "gold"
    docs.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    for v in variants:
        (docs / v.name).write_text(v.text, encoding="utf-8")
        stem = v.name.rpartition(".")[0]
        (gold / f"{stem}.json").write_text(json.dumps(v.gold, ensure_ascii=False, indent=1) + "\n", "utf-8")
    (out / "mappings.json").write_text(
        json.dumps({v.name: v.mapping for v in variants}, ensure_ascii=False, indent=1) + "\n", "utf-8"
    )
    return docs, gold


def _get(tree: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = tree
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _fmt(x: Any) -> str:
    return "-" if x is None else f"{x:.3f}"


def score_table(results: dict[str, Any]) -> str:
    """Metric rows, one column per run (``unvaried`` first), with each kind's drop from it."""
    names = list(results)
    lines = [f"{'metric':<26}" + "".join(f"{n:>14}" for n in names)]
    for label, path in METRICS:
        base = _get(results[names[0]].corpus, path)
        cells = []
        for n in names:
            x = _get(results[n].corpus, path)
            cell = _fmt(x)
            if n != names[0] and x is not None and base is not None and abs(x - base) >= 0.0005:
                cell += f" {x - base:+.3f}"
            cells.append(f"{cell:>14}")
        lines.append(f"{label:<26}" + "".join(cells))
    counts = "".join(f"{results[n].corpus['documents']:>14}" for n in names)
    lines.append(f"{'documents':<26}" + counts)
    figs = "".join(
        f"{'{}/{}/{}'.format(*(results[n].corpus['figures']['full'][x] for x in ('tp', 'fp', 'fn'))):>14}"
        for n in names
    )
    lines.append(f"{'full tp/fp/fn':<26}" + figs)
    return "\n".join(lines)


def misses_report(kind: str, result: Any, mappings: dict[str, dict[str, str]]) -> str:
    """The misses and spurious figures of one kind, each document's substitution before its list."""
    lines = [f"== {kind}: {len(result.misses)} missed, {len(result.spurious)} spurious"]
    by_doc: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for what, items in (("missed", result.misses), ("spurious", result.spurious)):
        for it in items:
            by_doc.setdefault(it["document"], []).append((what, it))
    for doc in sorted(by_doc):
        mapping = ", ".join(f"{a} -> {b}" for a, b in mappings.get(doc, {}).items())
        lines.append(f"  {doc}  [{mapping}]")
        for what, it in by_doc[doc]:
            qual = f" {it['qualifier']}" if it.get("qualifier") else ""
            lines.append(
                f"    {what}: {it['value']!r}{qual} | {it['unit']} | {it['category']}"
                f" | {it.get('measure') or '-'}"
            )
            if it.get("context"):
                lines.append(f"        “{it['context']}”")
            if it.get("explanation"):
                lines.append(f"        -> {it['explanation']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=SHARED_REAL / "gold")
    ap.add_argument("--docs", type=Path, default=SHARED_REAL / "docs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variants", type=int, default=3, metavar="K")
    ap.add_argument("--out", type=Path, help="keep the varied documents and gold here (default: a temp dir)")
    ap.add_argument("--kinds", default=",".join(KINDS), help=f"comma-separated, of {', '.join(KINDS)}")
    ap.add_argument("--misses", action="store_true", help="list the misses and spurious figures of each kind")
    args = ap.parse_args(argv)
    for what, path in (("gold", args.gold), ("docs", args.docs)):
        if not path.is_dir():
            print(f"vary.py: no {what} folder at {path} (../shared absent?): nothing to do", file=sys.stderr)
            return 2
    kinds = [k.strip() for k in args.kinds.split(",") if k.strip()]
    bad = [k for k in kinds if k not in VARY]
    if bad:
        ap.error(f"unknown kind(s) {bad}; choose from {KINDS}")

    from reportextract.evaluation import evaluate

    pairs, skipped = text_documents(args.gold, args.docs)
    if skipped:
        print(f"skipped (not a text format): {', '.join(skipped)}")
    out = args.out or Path(tempfile.mkdtemp(prefix="vary-"))
    results: dict[str, Any] = {"unvaried": evaluate(args.gold, args.docs, formats=TEXT_FORMATS)}
    all_mappings: dict[str, dict[str, dict[str, str]]] = {}
    try:
        for kind in kinds:
            variants: list[Variant] = []
            notes: list[str] = []
            for doc, gold in pairs:
                vs, ns = make_variants(doc, gold, kind, args.variants, args.seed)
                variants += vs
                notes += ns
            made = len({v.source for v in variants})
            print(f"{kind}: {len(variants)} variants of {made}/{len(pairs)} documents; {len(notes)} skipped")
            for n in notes:
                print(f"  {n}")
            if not variants:
                continue
            docs_dir, gold_dir = write_variants(variants, out / kind)
            results[kind] = evaluate(gold_dir, docs_dir, formats=TEXT_FORMATS)
            all_mappings[kind] = {v.name: v.mapping for v in variants}
        print()
        print(score_table(results))
        for kind, result in results.items():
            if kind == "unvaried":
                continue
            drops = [
                (name, d["figures"]["full"]["f1"])
                for name, d in result.documents.items()
                if d["figures"]["full"]["f1"] is not None and d["figures"]["full"]["f1"] < 0.9995
            ]
            if drops:
                print(f"\n{kind}: documents below 1.000 at figures.full.f1:")
                for name, f1 in sorted(drops):
                    print(f"  {name:<34} {f1:.3f}  {all_mappings[kind].get(name, {})}")
        if args.misses:
            for kind, result in results.items():
                if kind != "unvaried":
                    print()
                    print(misses_report(kind, result, all_mappings[kind]))
    finally:
        if args.out is None:
            shutil.rmtree(out, ignore_errors=True)
        else:
            print(f"\nvaried documents and gold kept in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
