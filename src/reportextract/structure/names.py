"""Running-text case for names of bodies, signer titles and places written in capitals."""

from __future__ import annotations

from functools import cache

import regex

from reportextract.structure import _data
from reportextract.textnorm import has_vowel

_ACRONYM = regex.compile(r"^[\p{Lu}\d/.&\-]{2,}$")
_KEEP_CAPS = {
    "TNCS",
    "HCM",
    "TP",
    "TW",
    "T.Ư",
    "BCH",
    "BTV",
    "MTTQ",
    "LHTN",
    "ĐHQG",
    "CNĐT",
    "VP",
    "THCS",
    "THPT",
}


@cache
def _terms() -> dict[str, list[tuple[list[str], list[str]]]]:
    """The words of each known org term and their case folds, by the fold of the first word (in
    `_data.org_terms` order within each first word)."""
    by_first: dict[str, list[tuple[list[str], list[str]]]] = {}
    for term in _data.org_terms():
        words = term.split()
        folded = [w.casefold() for w in words]
        by_first.setdefault(folded[0], []).append((words, folded))
    return by_first


def case_title(text: str) -> str:
    """A signer title in running-text case ("PHÓ BÍ THƯ" -> "Phó Bí thư")."""
    from reportextract.structure.signature import match_title  # noqa: PLC0415 (signature imports names)

    return match_title(text) or text[:1].upper() + text[1:].lower()


def case_org(text: str) -> str:
    """A body's name in running-text case.

    ``"BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN"`` -> ``"Ban Bí thư Trung ương Đoàn"``; known terms take their
    listed case, other words (place names) are capitalised word by word, acronyms stay.
    """
    words = text.replace("\n", " ").split()
    folded = [w.casefold() for w in words]
    out: list[str] = []
    i = 0
    terms = _terms()
    while i < len(words):
        for tw, tf in terms.get(folded[i], ()):
            n = len(tf)
            if folded[i : i + n] == tf:
                out.extend(tw)
                i += n
                break
        else:
            w = words[i]
            if w.upper() in _KEEP_CAPS or (_ACRONYM.match(w) and len(w) <= 5 and not has_vowel(w)):
                out.append(w)
            else:
                out.append(w[:1].upper() + w[1:].lower())
            i += 1
    return " ".join(out)


@cache
def _abbreviation() -> regex.Pattern[str]:
    """The abbreviations of `_data.org_abbreviations` as whole words."""
    alts = "|".join(regex.escape(a) for a in sorted(_data.org_abbreviations(), key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}\d])(?:{alts})(?![\p{{L}}\d])")


def expand_org(name: str) -> str:
    """A body's name with its abbreviations written out ("Ủy ban Hội LHTN Việt Nam" -> "Ủy ban
    Hội Liên hiệp Thanh niên Việt Nam"), as the issuer is named in full (spec §3 `issuer`)."""
    if not any(a in name for a in _data.org_abbreviations()):
        return name  # cheap first test
    abbreviations = _data.org_abbreviations()
    return _abbreviation().sub(lambda m: abbreviations[m.group()], name)
