"""Loaders for the structure stage's data files (``structure/data/*.tsv``), read once, lazily."""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from reportextract.textnorm import nfc, strip_diacritics


def _rows(name: str) -> list[list[str]]:
    text = (resources.files("reportextract.structure") / "data" / name).read_text("utf-8")
    rows = []
    for raw in text.splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append([nfc(c) for c in raw.split("\t")])
    return rows


@cache
def doc_types() -> dict[str, str]:
    """Upper-case type word -> doc_type value ("BÁO CÁO" -> "báo cáo")."""
    return {r[0].upper(): r[1] for r in _rows("doc_types.tsv")}


@cache
def signer_titles() -> list[str]:
    """Known signer titles as written in running text, longest first; titles of equal length
    keep the file's order (a set here made the choice between "Thường trực" and "thường trực"
    change from one process to the next)."""
    return sorted(dict.fromkeys(r[0] for r in _rows("signer_titles.tsv")), key=len, reverse=True)


@cache
def org_terms() -> list[str]:
    """Multi-word terms of Youth Union body names, with their running-text case, longest first."""
    return sorted(
        dict.fromkeys(r[0] for r in _rows("org_terms.tsv")), key=lambda t: len(t.split()), reverse=True
    )


@cache
def org_abbreviations() -> dict[str, str]:
    """An abbreviation in a body's name -> the words it stands for ("LHTN" -> "Liên hiệp Thanh
    niên"; ``org_abbreviations.tsv``)."""
    return {r[0]: r[1] for r in _rows("org_abbreviations.tsv")}


@cache
def union_names() -> dict[str, str]:
    """Formal level word after "Đoàn" -> the body's running name ("tỉnh" -> "Tỉnh đoàn")."""
    return {r[0].casefold(): r[1] for r in _rows("union_names.tsv")}


@cache
def department_word() -> regex.Pattern[str]:
    """The start of a department's name ("Ban Tuyên giáo", "Văn phòng"): a part of the body named
    on the letterhead line above it (``departments.tsv``)."""
    words = sorted((r[0] for r in _rows("departments.tsv")), key=len, reverse=True)
    alts = "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in words)
    return regex.compile(rf"^(?:{alts})(?:\s|$)", regex.I)


@cache
def furniture_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """(kind, pattern) of whole-line site furniture: "stamp" (posting date) or "site"."""
    return [(r[0], regex.compile(r"(?:" + r[1] + r")\Z")) for r in _rows("furniture.tsv")]


@cache
def furniture_needs() -> dict[int, str]:
    """The furniture patterns (of `furniture_patterns`, keyed by their `id`: a pattern's own hash
    is slow) worth trying only on a line that holds one of some characters (the file's third
    column), with those characters."""
    rows = _rows("furniture.tsv")
    return {id(pat): r[2] for (_, pat), r in zip(furniture_patterns(), rows, strict=True) if len(r) > 2}


@cache
def dateline_pattern() -> regex.Pattern[str]:
    """One pattern matching a news dateline prefix at the start of a paragraph."""
    return regex.compile("|".join(f"(?:{r[0]})" for r in _rows("datelines.tsv")))


@cache
def section_labels() -> list[str]:
    """News-site section labels, longest first."""
    return sorted(dict.fromkeys(r[0] for r in _rows("section_labels.tsv")), key=len, reverse=True)


@cache
def standalone_labels() -> frozenset[str]:
    """The section labels (case-folded) that never open a headline as its own words: those with
    no "subject" or "head" mark in ``section_labels.tsv``."""
    return frozenset(r[0].casefold() for r in _rows("section_labels.tsv") if len(r) < 2 or not r[1].strip())


@cache
def subject_labels() -> tuple[str, ...]:
    """The labels that name a headline's actors ("Tuổi trẻ", "Thanh niên"), longest first."""
    rows = _rows("section_labels.tsv")
    subjects = (r[0] for r in rows if len(r) > 1 and r[1].strip() == "subject")
    return tuple(sorted(subjects, key=len, reverse=True))


def fold(text: str) -> str:
    """Upper-case, diacritic-free, single-spaced: the key for tolerant matching."""
    return " ".join(strip_diacritics(text).upper().split())
