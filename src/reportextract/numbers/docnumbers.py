"""Document numbers: "46-KH/TWĐTN-CNĐT", "Số: 225 - KH/TWĐTN-CTTN", "1234/QĐ-UBND", "15/2023/NĐ-CP".

Party and Youth Union style is ``serial-TYPE/ISSUER[-DEPARTMENT]``; State style is
``serial[/year]/TYPE-ISSUER[-...]``. Stray spaces around ``-`` and ``/`` are allowed and removed
in ``number``. The type code is decoded from ``data/doctypes.tsv``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache

import regex

from reportextract.numbers._nfc import back, to_nfc
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


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    types = alternation(tuple(doc_types()))
    party = regex.compile(
        rf"(?<![\w/.,\-])(?P<serial>[0-9]{{1,5}})\s*{_DASH}\s*(?P<type>{_CODE})\s*/\s*(?P<issuer>{_CODE})"
        rf"(?P<depts>(?:{_DASH}{_CODE}|\s*{_DASH}\s*{_UCODE}(?![\p{{Ll}}]))*)(?![\w])"
    )
    state = regex.compile(
        rf"(?<![\w/.,\-])(?P<serial>[0-9]{{1,5}})(?:\s*/\s*(?P<year>(?:19|20)[0-9]{{2}}))?\s*/\s*"
        rf"(?P<type>{types})\s*{_DASH}\s*(?P<issuer>{_CODE})(?P<depts>(?:{_DASH}{_CODE})*)(?![\w])"
    )
    return party, state


def _make(text: str, m: regex.Match[str], state: bool) -> DocNumber | None:
    type_code = m.group("type")
    known = doc_types()
    if not state and type_code not in known and not (type_code.isupper() and len(type_code) <= 5):
        return None
    depts = [d for d in regex.split(rf"\s*{_DASH}\s*", m.group("depts") or "") if d]
    serial = m.group("serial")
    if state:
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
        type_name=known.get(type_code),
        issuer=m.group("issuer"),
        department="-".join(depts) or None,
    )


def find_doc_numbers(text: str) -> list[DocNumber]:
    """Every document number in ``text``, sorted by start."""
    if not text or not any(c in text for c in "-–/"):
        return []
    nfc, offsets = to_nfc(text)
    found = _find_doc_numbers(nfc)
    if offsets is None:
        return found
    return [
        replace(d, start=back(offsets, d.start), end=back(offsets, d.end),
                text=text[back(offsets, d.start) : back(offsets, d.end)])
        for d in found
    ]


def _find_doc_numbers(text: str) -> list[DocNumber]:
    party, state = _patterns()
    found: list[DocNumber] = []
    taken: list[tuple[int, int]] = []
    for pat, is_state in ((party, False), (state, True)):
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            d = _make(text, m, is_state)
            if d is not None:
                found.append(d)
                taken.append((d.start, d.end))
    return sorted(found, key=lambda d: d.start)


def parse_doc_number(text: str) -> DocNumber | None:
    """The first document number in ``text`` ("Số: 225 - KH/TWĐTN-CTTN" -> 225-KH/TWĐTN-CTTN)."""
    found = find_doc_numbers(text)
    return found[0] if found else None
