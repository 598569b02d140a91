"""The measure lexicon and cue words (data files under `figures/data/`), loaded once on first use."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import regex

from reportextract._reclass import bmp_class, is_bmp
from reportextract.textnorm import normalize, strip_diacritics

_WORD_CLASS = r"[\p{L}\p{M}\d]"
#: a word of the text: letters, marks and digits (what `key` keeps; shared by the figure stage)
WORD = regex.compile(rf"{_WORD_CLASS}+")


@cache
def _bmp_word() -> re.Pattern[str]:
    """`WORD` for a text with no character beyond U+FFFF, in `re` (see `_reclass`)."""
    return re.compile(f"[{bmp_class(_WORD_CLASS)}]+")


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """Matching key of a phrase: tone placement, lower case, words joined by one space.

    Cached: the figure stage keys the same few hundred words of a report thousands of times."""
    low = normalize(text).lower()
    return " ".join((_bmp_word() if is_bmp(low) else WORD).findall(low))


def _rows(name: str) -> list[list[str]]:
    data = resources.files("reportextract.figures").joinpath("data", name).read_text(encoding="utf-8")
    rows = []
    header_seen = False
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows


@dataclass(frozen=True, slots=True)
class Measure:
    noun: str
    category: str
    role: str | None


@cache
def measures() -> dict[str, Measure]:
    out: dict[str, Measure] = {}
    for row in _rows("measures.tsv"):
        noun, category = row[0], row[1]
        role = row[2] if len(row) > 2 and row[2] else None
        out[key(noun)] = Measure(noun, category, role)
    return out


@cache
def caps_only() -> frozenset[str]:
    """The keys of the entries of ``measures.tsv`` written in capitals ("ĐV", "TN", "BCH"): short
    forms, read as such only where the words are written in capitals (``lookup_head``'s `said`)."""
    return frozenset(k for k, m in measures().items() if m.noun.isupper())


@cache
def max_measure_words() -> int:
    return max(len(k.split()) for k in measures())


@cache
def cues() -> dict[str, frozenset[str]]:
    by_kind: dict[str, set[str]] = {}
    for row in _rows("cues.tsv"):
        by_kind.setdefault(row[1], set()).add(key(row[0]))
    return {kind: frozenset(words) for kind, words in by_kind.items()}


@cache
def classifiers(reader: str) -> frozenset[str]:
    """The classifiers (``data/classifiers.tsv``, keyed) that `reader` ("count", "opener") reads past."""
    return frozenset(key(row[0]) for row in _rows("classifiers.tsv") if reader in row[1].split())


@lru_cache(maxsize=128)
def cue_set(kind: str) -> frozenset[str]:
    """The cue phrases of one kind (cached by kind: asked several times for every figure)."""
    return cues().get(kind, frozenset())


def cue_words_longest_first(kind: str) -> list[str]:
    """The cue phrases of one kind, longest first: in a regex alternation a phrase then wins over its
    own first words ("trao tặng" over "trao")."""
    return sorted(cue_set(kind), key=len, reverse=True)


@cache
def cue_words_re(kind: str, flags: int = 0) -> regex.Pattern[str]:
    """The cue phrases of one kind as whole words (no letter right before or after), longest first.
    A phrase's words are joined by the one literal space of its key, as the text writes them: a
    no-break space or a tab between them is not read."""
    words = "|".join(regex.escape(w) for w in cue_words_longest_first(kind))
    return regex.compile(rf"(?<![\p{{L}}])(?:{words})(?![\p{{L}}])", flags)


# `textnorm.normalize_tones` moves a tone mark only in a syllable that ENDS in oa/oe/uy ("hoà"/"hòa");
# "chuyển", "hoàn", "tuyên"… (a vowel or consonant after the pair, or no pair) keep their spelling
_TONE_MOVES = re.compile(r"(?:o[ae]|uy)$")


@lru_cache(maxsize=1024)
def is_probe(word: str) -> bool:
    """True when `key` cannot respell the keyed `word` (no syllable ending in oa/oe/uy, whose tone
    mark `normalize` may move): wherever a word of an NFC text keys to it, the lower-cased text
    holds it there."""
    return not any(_TONE_MOVES.search(syl) for syl in strip_diacritics(word).lower().split())


@dataclass(frozen=True, slots=True)
class Probes:
    """Words that must be in a text for a cue phrase to be among the keys of its words."""

    #: per phrase, its words that `key` cannot respell
    phrases: tuple[tuple[str, ...], ...]
    #: any of those words (a quick first test)
    any_word: re.Pattern[str]


@cache
def cue_probes(*kinds: str) -> Probes | None:
    """For a cheap pre-test: for each cue phrase of these kinds, its words that `key` cannot respell
    (no oa/oe/uy, whose tone mark `normalize` may move). Wherever the keys of a text's words hold a
    phrase, the lower-cased NFC text holds all of its probe words. None when some phrase has none."""
    phrases = set()
    for kind in kinds:
        for phrase in cue_set(kind):
            fixed = tuple(w for w in phrase.split() if is_probe(w))
            if not fixed:
                return None
            phrases.add(fixed)
    words = sorted({w for p in phrases for w in p}, key=len, reverse=True)
    return Probes(tuple(sorted(phrases)), re.compile("|".join(re.escape(w) for w in words)))


@cache
def cue_union(*kinds: str) -> frozenset[str]:
    """The cue words of several kinds together (cached: the union is asked for every figure)."""
    return frozenset().union(*(cue_set(k) for k in kinds))


@cache
def _lengths_by_first() -> dict[str, tuple[int, ...]]:
    """First word of an entry -> the lengths (in words) of the entries it starts, longest first."""
    by_first: dict[str, set[int]] = {}
    for k in measures():
        parts = k.split(" ")
        by_first.setdefault(parts[0], set()).add(len(parts))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}


def lookup_head(words: list[str], said: list[str] | None = None) -> tuple[Measure | None, int]:
    """Longest lexicon entry at the start of `words` (already keyed); returns it and its length.
    `said`, the same words as written, when the caller has them: an entry written in capitals
    (`caps_only`: "TN") then matches only words written in capitals ("tn" is no short form)."""
    if not words:
        return None, 0
    first = words[0]
    lengths: Sequence[int] | None = _lengths_by_first().get(first)
    if lengths is None and " " not in first:
        return None, 0  # a cheap first test: no entry starts with the first word (nor one joined to more)
    table = measures()
    top = min(max_measure_words(), len(words))
    if " " in "".join(words[:top]):
        # a keyed word of several parts ("1.947" -> "1 947"): count entries in list items
        lengths = range(top, 0, -1)
    # the capitals test only for an entry found (its key is then among `caps_only`'s): a shorter entry
    # of the same words is tried when the words are not written in capitals
    caps = caps_only()
    for n in lengths or ():
        if n <= top:
            k = " ".join(words[:n])
            m = table.get(k)
            if m is not None and (k not in caps or said is None or all(w.isupper() for w in said[:n])):
                return m, n
    return None, 0


#: words of cases before a noun of people ("312 trường hợp người dân"): the people are counted; the
#: lexicon's "trường" (schools) would otherwise take the first word
_CASE_WORDS = frozenset({"trường hợp"})

#: the times a count is given "per" in one word of the text ("70 ổ/ngày", "12 suất/tuần")
_PER_TIMES = frozenset({"ngày", "tuần", "tháng", "năm", "buổi", "giờ", "ca", "đợt"})


def _per_time(word: str) -> Measure | None:
    """ "khoảng 70 ổ/ngày": a count per day, written as one word ("ổ/ngày", keyed "ổ ngày"), counts
    the noun before the slash (spec §2.4: the rate keeps the category of what is counted, as "70
    ổ" would); None when the word is no "noun/time" or the noun is not in the lexicon. People per
    day ("50 người/ngày") are left as they were: whether such a rate is people reached is not
    settled by the spec."""
    noun, _, per = word.rpartition(" ")
    if per not in _PER_TIMES or " " in noun:
        return None
    m = measures().get(noun)
    return m if m is not None and m.role is None else None


_LEADING = ("lượt", "các", "những", "loại", "số", "số lượng", "tổng số", "tổng", "số lượt")
_LEADING_FIRST = frozenset(w.split()[0] for w in _LEADING)
#: the leading words, longest first, with their length in words
_LEADING_BY_LENGTH = tuple((w, len(w.split())) for w in sorted(_LEADING, key=lambda w: -len(w.split())))


def lookup_noun(words: list[str], said: list[str] | None = None) -> tuple[Measure | None, int, int]:
    """Like `lookup_head`, trying again without a leading "lượt", "số", "tổng số", "các" …
    ("lượt đvtn tham gia", "số đội hình"); returns the entry, the words skipped and its length.
    `said`: the words as written, as for `lookup_head`."""
    head, n = lookup_head(words, said)
    if head is not None and head.noun in _CASE_WORDS and head.role is None:
        # "hỗ trợ 312 trường hợp người dân": a word of cases before people counts the people
        people, k = lookup_head(words[n:], None if said is None else said[n:])
        if people is not None and people.role is not None:
            return people, n, k
    if head is not None:
        return head, 0, n
    if words and " " in words[0]:
        per = _per_time(words[0])
        if per is not None:
            return per, 0, 1
    if not words or words[0].split(" ", 1)[0] not in _LEADING_FIRST:
        return None, 0, 0  # no leading word to skip
    for lead, k in _LEADING_BY_LENGTH:
        if " ".join(words[:k]) == lead:
            head, n = lookup_head(words[k:], None if said is None else said[k:])
            if head is not None:
                return head, k, n
    return None, 0, 0
