"""Document numbers: "46-KH/TWĐTN-CNĐT", "Số: 225 - KH/TWĐTN-CTTN", "1234/QĐ-UBND", "15/2023/NĐ-CP".

Party and Youth Union style is ``serial-TYPE/ISSUER[-DEPARTMENT]``; State style is
``serial[/year]/TYPE-ISSUER[-...]``. The National Assembly's style is ``serial/year/ISSUERnn``
with no type code ("Nghị quyết số 88/2024/QH15", read only after "số"). Stray spaces around ``-`` and
``/`` are allowed and removed in ``number``. The type code is decoded from ``data/doctypes.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from reportextract.numbers._memo import LastTexts
from reportextract.numbers._nfc import spans_back, to_nfc
from reportextract.numbers.dates import digit_runs
from reportextract.numbers.lexicon import alternation, doc_types

__all__ = ["DocNumber", "find_doc_numbers", "parse_doc_number"]


@dataclass(frozen=True, slots=True)
class DocNumber:
    """A document number as written (``text``, offsets) and decoded into its parts."""

    start: int
    end: int
    text: str
    number: str
    serial: str
    type_code: str | None
    type_name: str | None
    issuer: str | None
    department: str | None


_CODE = r"\p{Lu}[\p{Lu}\p{Ll}0-9]*"  # an issuer or department code: starts upper case
_UCODE = r"\p{Lu}[\p{Lu}0-9]+"  # all upper case (needed when spaces surround its dash)
_DASH = r"[-–]"
_DASH_SPLIT = regex.compile(rf"\s*{_DASH}\s*")


@cache
def _patterns() -> tuple[regex.Pattern[str], ...]:
    types = alternation(tuple(doc_types()))
    party = regex.compile(
        rf"(?<![\w/.,\-])(?P<serial>[0-9]{{1,5}})\s*{_DASH}\s*(?P<type>{_CODE})\s*/\s*(?P<issuer>{_CODE})"
        rf"(?P<depts>(?:{_DASH}{_CODE}|\s*{_DASH}\s*{_UCODE}(?![\p{{Ll}}]))*)(?![\w])"
    )
    state = regex.compile(
        rf"(?<![\w/.,\-])(?P<serial>[0-9]{{1,5}})(?:\s*/\s*(?P<year>(?:19|20)[0-9]{{2}}))?\s*/\s*"
        rf"(?P<type>(?:{types})(?:PH|LT)?)\s*{_DASH}\s*(?P<issuer>{_CODE})(?P<depts>(?:{_DASH}{_CODE})*)(?![\w])"
    )
    # "Công văn số 123/UBND-VX": serial/ISSUER-DEPARTMENT with no type code; only after "số"
    issuer_only = regex.compile(
        rf"(?<=(?<!\w)[Ss]ố[:.]?\s{{0,3}})(?P<serial>[0-9]{{1,5}})\s*/\s*(?P<issuer>\p{{Lu}}[\p{{Lu}}0-9]+)"
        rf"(?P<depts>(?:{_DASH}\p{{Lu}}[\p{{Lu}}\p{{Ll}}0-9]*)+)(?![\w])"
    )
    # "Nghị quyết số 202/2025/QH15": serial/year/ISSUER with no type code, the issuer's code ending in
    # its term ("QH15" the 15th National Assembly, "UBTVQH15" its Standing Committee); only after "số"
    assembly = regex.compile(
        r"(?<=(?<!\w)[Ss]ố[:.]?\s{0,3})(?P<serial>[0-9]{1,5})\s*/\s*(?P<year>(?:19|20)[0-9]{2})\s*/\s*"
        r"(?P<issuer>\p{Lu}{2,8}[0-9]{1,2})(?![\w\-/])"
    )
    return party, state, issuer_only, assembly


#: the endings of a joint document's type code: a known code + "PH" ("CTrPH", "KHPH": a programme or
#: plan made together with another body) or + "LT" ("TTrLT"). ``doctypes.tsv`` lists the common ones
#: ("CTPH", "KHLT"); the others are read as the known code plus the ending.
_JOINT_ENDINGS = {"PH": "phối hợp", "LT": "liên tịch"}


def _type_name(code: str, known: dict[str, str]) -> str | None:
    """The name of a type code: from ``doctypes.tsv``, else a known code with a joint ending
    ("CTrPH" -> "chương trình phối hợp"); None when neither holds."""
    name = known.get(code)
    if name is None and len(code) > 3 and code[-2:] in _JOINT_ENDINGS:
        base = known.get(code[:-2])
        if base is not None:
            name = f"{base} {_JOINT_ENDINGS[code[-2:]]}"
    return name


def _make(m: regex.Match[str], style: str) -> DocNumber | None:
    serial = m.group("serial")
    if style == "assembly":
        number = f"{serial}/{m.group('year')}/{m.group('issuer')}"
        return DocNumber(m.start(), m.end(), m.group(), number, serial, None, None, m.group("issuer"), None)
    known = doc_types()
    depts = [d for d in _DASH_SPLIT.split(m.group("depts") or "") if d]
    if style == "issuer_only":
        number = f"{serial}/{m.group('issuer')}-" + "-".join(depts)
        return DocNumber(m.start(), m.end(), m.group(), number, serial, None, None, m.group("issuer"),
                         "-".join(depts) or None)
    type_code = m.group("type")
    type_name = _type_name(type_code, known)
    if style == "party" and type_name is None and not (type_code.isupper() and len(type_code) <= 5):
        return None
    if style == "state":
        year = m.group("year")
        number = "/".join(p for p in (serial, year, f"{type_code}-{m.group('issuer')}") if p)
    else:
        number = f"{serial}-{type_code}/{m.group('issuer')}"
    if depts:
        number += "-" + "-".join(depts)
    return DocNumber(
        start=m.start(),
        end=m.end(),
        text=m.group(),
        number=number,
        serial=serial,
        type_code=type_code,
        type_name=type_name,
        issuer=m.group("issuer"),
        department="-".join(depts) or None,
    )


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, sorted by start."""
    if not text or not any(c in text for c in "-–/"):
        return []
    nfc, offsets = to_nfc(text)
    return spans_back(_find_doc_numbers(nfc), text, offsets)


_SERIAL_MARKS = frozenset("-–/")  # a dash or slash after a document number's serial


def _serial_starts(text: str, runs: list[tuple[int, int]]) -> list[int]:
    """Offsets where a document number may start (a cheap necessary test): a run of at most five
    digits, then a dash or slash, then an upper-case letter (a type or issuer code) or, after a
    slash, a year ("15/2023/NĐ-CP"); spaces may surround the dash or slash. Python's ``isspace``
    holds for every character of the patterns' ``\\s``, and ``isupper`` for every ``\\p{Lu}``."""
    out = []
    n = len(text)
    for s, e in runs:
        if e - s > 5 or e >= n:
            continue
        c = text[e]
        if c not in _SERIAL_MARKS:
            if not c.isspace():
                continue  # a word or punctuation glued to the run
            nxt = text[e + 1 : e + 2]
            if c == " " and nxt not in _SERIAL_MARKS and not nxt.isspace():
                continue  # one space and no dash or slash: the loops below would find none
        j = e
        while j < n and text[j].isspace():
            j += 1
        if j >= n or text[j] not in "-–/":
            continue
        slash = text[j] == "/"
        j += 1
        while j < n and text[j].isspace():
            j += 1
        if j < n and (text[j].isupper() or (slash and text[j : j + 2] in ("19", "20"))):
            out.append(s)
    return out


#: the document numbers of the last long texts: the structure stage reads a body's (the cited
#: documents), and the figure stage's scan of its numbers reads them again
_FOUND: LastTexts[tuple[DocNumber, ...]] = LastTexts()


def _find_doc_numbers(text: str, runs: list[tuple[int, int]] | None = None) -> list[DocNumber]:
    """``find_doc_numbers`` on NFC text; ``runs``: its digit runs (``dates.digit_runs``) when the
    caller has them. Those of a long text are kept for the next call on it (``_FOUND``)."""
    found = _FOUND.get(text)
    if found is None:
        found = _FOUND.put(text, None, tuple(_read_doc_numbers(text, runs)))
    return list(found)


def _read_doc_numbers(text: str, runs: list[tuple[int, int]] | None) -> list[DocNumber]:
    """``_find_doc_numbers``, read from the text. Each pattern is tried only at the starts of
    ``_serial_starts``, the way ``finditer`` would go (left to right, resuming after each match)."""
    party, state, issuer_only, assembly = _patterns()
    starts = _serial_starts(text, digit_runs(text) if runs is None else runs)
    if not starts:
        return []  # most short texts
    found: list[DocNumber] = []
    taken: list[tuple[int, int]] = []
    styles = ((party, "party"), (state, "state"), (issuer_only, "issuer_only"), (assembly, "assembly"))
    for pat, style in styles:
        pos = 0
        for s in starts:
            if s < pos:
                continue
            m = pat.match(text, s)
            if m is None:
                continue
            pos = m.end()
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            d = _make(m, style)
            if d is not None:
                found.append(d)
                taken.append((d.start, d.end))
    return sorted(found, key=lambda d: d.start)


def parse_doc_number(text: str) -> DocNumber | None:
    """The first document number in ``text`` ("Số: 225 - KH/TWĐTN-CTTN" -> 225-KH/TWĐTN-CTTN)."""
    found = find_doc_numbers(text)
    return found[0] if found else None
