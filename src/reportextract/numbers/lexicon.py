"""Keyword tables of the number module, read lazily once from ``numbers/data/*.tsv``.

Each TSV starts with one or more ``#`` comment lines naming where its facts come from, then a
header row, then one row per entry. Nothing is read at import: every accessor is cached and
runs on first use.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``data/<name>.tsv`` as dicts keyed by the header (comment lines skipped)."""
    text = resources.files("reportextract.numbers").joinpath("data", f"{name}.tsv").read_text("utf-8")
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells, strict=False)))
    return tuple(rows)


def column(name: str, col: str) -> tuple[str, ...]:
    return tuple(r[col] for r in table(name))


def alternation(phrases: tuple[str, ...] | list[str] | set[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any run of spaces."""
    uniq = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(regex.escape(p).replace(r"\ ", r"\s+").replace(" ", r"\s+") for p in uniq)


@cache
def scales() -> dict[str, int]:
    """Scale word (lower case) -> multiplier."""
    return {r["word"]: int(r["value"]) for r in table("scales")}


@cache
def units() -> dict[str, tuple[str, str]]:
    """Unit alias (lower case) -> (canonical unit, kind)."""
    return {r["alias"]: (r["canonical"], r["kind"]) for r in table("units")}


@cache
def qualifiers() -> dict[str, tuple[str, frozenset[str]]]:
    """Qualifier phrase -> (spec name, words that block it when written just before the phrase)."""
    return {
        r["phrase"]: (r["qualifier"], frozenset(w for w in r["blocked_after"].split(",") if w))
        for r in table("qualifiers")
    }


@cache
def qualifier_places() -> dict[str, frozenset[str]]:
    """Qualifier phrase -> nouns that, right after the number, make it a preposition of place
    ("trên 11 tuyến đường": on 11 roads; column ``not_before``)."""
    return {
        r["phrase"]: frozenset(w for w in r["not_before"].split(",") if w)
        for r in table("qualifiers")
        if r["not_before"]
    }


@cache
def count_nouns() -> dict[str, str]:
    """Counted noun -> class (person, team, work, event, place, item, view, other)."""
    return {r["noun"]: r["class"] for r in table("count_nouns")}


@cache
def nonfigure_cues(position: str) -> dict[str, str]:
    """Cue phrase -> nonfigure tag, for cues written ``before`` or ``after`` a number."""
    return {r["phrase"]: r["tag"] for r in table("nonfigure_cues") if r["position"] == position}


@cache
def duration_cues() -> dict[str, str]:
    return {r["phrase"]: r["meaning"] for r in table("duration_cues")}


@cache
def date_cues() -> dict[str, str]:
    return {r["phrase"]: r["strength"] for r in table("date_cues")}


@cache
def doc_types() -> dict[str, str]:
    """Document type code -> type name ("KH" -> "kế hoạch")."""
    return {r["code"]: r["name"] for r in table("doctypes")}


@cache
def spelled_words() -> dict[str, tuple[int, str]]:
    """Number word -> (value, role)."""
    return {r["word"]: (int(r["value"]), r["role"]) for r in table("spelled")}


@cache
def money_exclusions() -> frozenset[str]:
    return frozenset(column("money_exclusions", "word"))


@cache
def money_after_scale() -> frozenset[str]:
    """The words of `money_exclusions` that leave "đồng" the currency after a scale word."""
    return frozenset(r["word"] for r in table("money_exclusions") if r["after_scale"] == "money")


@cache
def fixed_expressions() -> dict[str, str]:
    """Digit expressions that are neither dates nor figures ("24/7") -> their nonfigure tag."""
    return {r["expression"]: r["tag"] for r in table("fixed_expressions")}


@cache
def money_nouns() -> frozenset[str]:
    """Nouns after a scale word that make the amount money ("850 triệu tiền mặt")."""
    return frozenset(column("money_nouns", "word"))
