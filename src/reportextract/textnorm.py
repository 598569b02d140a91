"""Vietnamese text normalisation shared by every stage: NFC, tone placement, matching keys.

Tone placement: old-style and new-style spelling put the tone mark on different vowels of the
open syllables *oa, oe, uy* ("hoà"/"hòa", "thuý"/"thúy", "uỷ"/"ủy"). `normalize_tones` moves it
to one canonical place (the first vowel of the pair, as in "hòa", "thúy", "ủy"). On NFC text
it keeps the length and every offset, so matches found on the normalised text point back into
the original.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import regex

from reportextract._reclass import bmp_class

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below
_SYLLABLE = regex.compile(r"\p{L}+")
_WS = regex.compile(r"\s+")
_TRAILING = ".:;,"
#: the vowels of Vietnamese in capitals, with every mark and tone (the inside of a class)
VOWELS = "AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_VOWEL = re.compile(f"[{VOWELS}]")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fix_syllable(syl: str) -> str:
    d = unicodedata.normalize("NFD", syl)
    tones = [c for c in d if c in _TONES]
    if len(tones) != 1:
        return syl
    base = "".join(c for c in d if c not in _TONES)
    low = base.lower()
    if len(low) < 2 or low[-2:] not in ("oa", "oe", "uy"):
        return syl
    if low[-2:] == "uy" and low[:-2].endswith("q"):
        return syl  # "quý": the u belongs to qu, the tone stays on y
    # the pair must be plain letters (no circumflex/breve/horn inside the pair)
    first = len(base) - 2
    out = base[: first + 1] + tones[0] + base[first + 1 :]
    return unicodedata.normalize("NFC", out)


def _toned(letters: str) -> str:
    """The letters, each bare and with one or two tone marks of `_TONES` where Unicode composes them
    into one character ("ó", and "ṍ": o with a tilde and an acute)."""
    marks = ["", *_TONES, *(a + b for a in _TONES for b in _TONES)]
    return "".join(sorted({k for c in letters for t in marks if len(k := nfc(c + t)) == 1}))


#: the last two letters of a syllable that `_fix_syllable` may respell (its tone-less base ends in
#: "oa", "oe" or "uy"): an o or u and an a, e or y, each bare or with one tone mark, with no letter
#: after them. A looser test than the syllable's (any such pair, "ua" and "oy" too): a text that has
#: none keeps every syllable as it is. The "no letter after" class holds the letters of the Basic
#: Multilingual Plane only, so a letter beyond it lets the pair through (looser still).
_ENDS = (_toned("oOuU"), _toned("aAeEyY"))
_LETTER = r"\p{L}"


@cache
def _tone_pair() -> re.Pattern[str]:
    return re.compile(f"[{_ENDS[0]}][{_ENDS[1]}](?![{bmp_class(_LETTER)}])")


def normalize_tones(text: str) -> str:
    """Canonical tone placement for oa/oe/uy open syllables; length-preserving on NFC input.
    Only a text with an o/u and a/e/y pair that ends a word can change (`_ENDS`): the others are
    given back as they are, without a callback per syllable."""
    if _tone_pair().search(text) is None:
        return text
    return _SYLLABLE.sub(lambda m: _fix_syllable(m.group()) if len(m.group()) <= 7 else m.group(), text)


def normalize(text: str) -> str:
    """NFC and canonical tone placement."""
    return normalize_tones(nfc(text))


def collapse_ws(text: str) -> str:
    return _WS.sub(" ", text).strip()


def match_key(text: str | None) -> str:
    """The comparison key of spec §6: NFC, tone placement, casefold, whitespace collapsed,
    trailing ".:;," dropped."""
    if text is None:
        return ""
    key = collapse_ws(normalize(text)).casefold()
    return key.rstrip(_TRAILING).rstrip()


def strip_diacritics(text: str) -> str:
    """ASCII-ish folding for fuzzy lookups ("Đắk Lắk" -> "dak lak")."""
    d = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


def has_vowel(word: str) -> bool:
    """Whether `word` has a Vietnamese vowel (in any case, with any tone): a syllable has one, an
    abbreviation ("TNCS", "CNĐT", the "TP" of "TP.HCM") none."""
    return _VOWEL.search(word.upper()) is not None
