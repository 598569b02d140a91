"""Pre-Unicode Vietnamese font encodings: TCVN3 (ABC, ``.VnTime``) and VNI-Windows (``VNI-Times``).

Archives from the 1990s and 2000s hold text typed in these encodings: the bytes only look
like Vietnamese when shown with the matching font. A plain-text export of such a document, or
a Word file whose runs use those fonts, reads as garbage ("§oµn", "Vieät Nam") until it is
converted. The tables are data files in ``readers/data/`` (``tcvn3.tsv``, ``vni.tsv``) whose
headers name their sources; they are loaded once, lazily.

* `encode(text, encoding)` turns Unicode into legacy bytes (used to build test and corpus files);
* `decode(data, encoding)` turns legacy bytes into Unicode NFC;
* `detect(data)` says which legacy encoding a byte string is in, or None;
* `decode_text` / `detect_text` do the same for a Unicode string that holds legacy glyph
  codes (a .docx run in a ``.VnTime`` font, or legacy bytes once decoded as Windows-1252).

TCVN3 has no codes for capitals with a tone mark (the ``.VnTimeH`` capital fonts draw the
lower-case codes as capitals): `encode` writes those letters with the lower-case code and
`decode` restores capitals in words whose other letters are all capitals ("CỘNG HÒA").
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Literal

import regex

LegacyEncoding = Literal["tcvn3", "vni"]
ENCODINGS: tuple[str, ...] = ("tcvn3", "vni")

# --------------------------------------------------------------------------- tables


@cache
def _load(name: str) -> dict[str, bytes]:
    """Unicode char -> legacy bytes, from ``data/<name>.tsv``."""
    table: dict[str, bytes] = {}
    text = resources.files("reportextract.readers").joinpath(f"data/{name}.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ch, hexes = line.split("\t")
        table[ch] = bytes(int(h, 16) for h in hexes.split())
    return table


def _cp1252_byte(ch: str) -> int | None:
    """The Windows-1252 byte of `ch` (Latin-1 for the five undefined positions), or None."""
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        o = ord(ch)
        return o if 0x80 <= o <= 0x9F else None


@cache
def _byte_char() -> tuple[str, ...]:
    """How each byte reads when no legacy table claims it (Windows-1252, Latin-1 for holes)."""
    out = []
    for b in range(256):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return tuple(out)


@cache
def _decode_tables(encoding: str) -> tuple[dict[int, str], dict[bytes, str]]:
    """(single byte -> char, two-byte sequence -> char) for decoding."""
    table = _load(encoding)
    single: dict[int, str] = {}
    double: dict[bytes, str] = {}
    for ch, seq in table.items():
        if len(seq) == 1:
            single[seq[0]] = ch
        else:
            double[seq] = ch
    if encoding == "vni":
        # marks typed in the other case than the base letter ("Aù", "aÙ"): the base letter gives the case
        extra: dict[bytes, str] = {}
        for seq, ch in double.items():
            base, mark = seq[0], seq[1]
            other = bytes([mark ^ 0x20]) if 0xC0 <= mark <= 0xFF else None
            if other is not None and bytes([base]) + other not in double:
                extra[bytes([base]) + other] = ch
        double.update(extra)
    return single, double


def _check(encoding: str) -> str:
    enc = encoding.lower().replace("-", "").replace("_", "")
    if enc in ("tcvn3", "tcvn", "abc", "vn3"):
        return "tcvn3"
    if enc in ("vni", "vniwindows", "vniwin"):
        return "vni"
    raise ValueError(f"unknown legacy encoding {encoding!r}; use 'tcvn3' or 'vni'")


# --------------------------------------------------------------------------- encode / decode


def encode(text: str, encoding: LegacyEncoding | str, *, errors: str = "replace") -> bytes:
    """Encode Unicode `text` in a legacy Vietnamese font encoding.

    Characters outside the table are written in Windows-1252 when it has them, else as ``?``
    (``errors="strict"`` raises `UnicodeEncodeError` instead). TCVN3 capitals with a tone mark
    are written with the lower-case code, as ``.VnTimeH`` documents do.
    """
    enc = _check(encoding)
    table = _load(enc)
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        seq = table.get(ch)
        if seq is None and enc == "tcvn3" and ch != ch.lower():
            seq = table.get(ch.lower())
        if seq is not None:
            out += seq
            continue
        o = ord(ch)
        if o < 0x80:
            out.append(o)
            continue
        b = _cp1252_byte(ch)
        if b is not None and b not in _decode_tables(enc)[0]:
            out.append(b)
        elif errors == "strict":
            raise UnicodeEncodeError(enc, ch, 0, 1, f"no {enc} code for {ch!r}")
        else:
            out.append(ord("?"))
    return bytes(out)


def decode(data: bytes, encoding: LegacyEncoding | str, *, restore_capitals: bool = True) -> str:
    """Decode legacy-encoded bytes to Unicode NFC. Bytes outside the table read as Windows-1252.

    One pass: the bytes are read as their Windows-1252 glyphs (a C-speed charmap), then every
    legacy letter (one glyph, or for VNI a base letter and its mark) is replaced by one regex.
    """
    enc = _check(encoding)
    if enc == "tcvn3":  # one byte per letter: a charmap does it
        text = codecs.charmap_decode(data, "strict", _charmap("tcvn3"))[0]
    else:
        pattern, mapping = _glyph_pattern(enc)
        text = pattern.sub(_sub(mapping), codecs.charmap_decode(data, "strict", _charmap(""))[0])
    text = unicodedata.normalize("NFC", text)
    if enc == "tcvn3" and restore_capitals:
        text = _restore_capitals(text)
    return text


@cache
def _charmap(enc: str) -> str:
    """A 256-character decoding table: Windows-1252 glyphs, with the letters of `enc` ("" for none)."""
    table = list(_byte_char())
    if enc:
        for b, ch in _decode_tables(enc)[0].items():
            table[b] = ch
    return "".join(table)


@cache
def _glyph_pattern(enc: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern over glyph strings matching every legacy letter, and the letter of each match.

    VNI letters are a base glyph and a mark glyph, or one glyph; TCVN3 letters are one glyph. The
    pattern is a pair of character classes (fast to scan); a base and mark that make no letter
    keep the mark as it is.
    """
    single, double = _decode_tables(enc)
    glyph = _byte_char()
    mapping: dict[str, str] = {}
    for seq, ch in double.items():
        mapping["".join(glyph[b] for b in seq)] = ch
    for b, ch in single.items():
        mapping[glyph[b]] = ch
    bases = sorted({k[0] for k in mapping if len(k) == 2})
    marks = sorted({k[1] for k in mapping if len(k) == 2})
    singles = sorted({k for k in mapping if len(k) == 1})
    alts = []
    if bases:
        alts.append(f"[{re.escape(''.join(bases))}][{re.escape(''.join(marks))}]")
    alts.append(f"[{re.escape(''.join(singles))}]")
    return re.compile("|".join(alts)), mapping


def _sub(mapping: dict[str, str]) -> Callable[[re.Match[str]], str]:
    def repl(m: re.Match[str]) -> str:
        s = m.group()
        got = mapping.get(s)
        if got is not None:
            return got
        return mapping.get(s[0], s[0]) + s[1:]

    return repl


_WORD = regex.compile(r"\p{L}+")
_SPACES = frozenset(" \t")


def _restore_capitals(text: str) -> str:
    """Upper-case the toned letters of all-capital words ("CộNG HòA" -> "CỘNG HÒA").

    A word is all-capital when its letters other than the lower-case-only TCVN3 codes are
    capitals; with a single such letter ("Hồ") it must stand in a run of three or more all-capital
    words separated by spaces ("HỒ CHÍ MINH", not "Số: 12-BC").
    """
    pattern, lower_only = _lower_only_word()
    if not any(c in lower_only for c in text):
        return text

    def caps(w: str) -> bool:
        o = [c for c in w if c not in lower_only]
        return bool(o) and all(c.isupper() for c in o)

    def fix(m: regex.Match[str]) -> str:
        w = m.group()
        if not caps(w):
            return w
        if sum(c not in lower_only for c in w) >= 2 or _caps_run(text, m.start(), m.end(), caps) >= 3:
            return w.upper()
        return w

    return pattern.sub(fix, text)


def _caps_run(text: str, start: int, end: int, caps: Callable[[str], bool]) -> int:
    """Length of the run of all-capital words separated by spaces only around text[start:end]."""
    run = 1
    left = start
    while run < 3:
        i = left
        while i > 0 and text[i - 1] in _SPACES:
            i -= 1
        if i in (left, 0):
            break
        m = _WORD_BEFORE.search(text, 0, i)
        if not m or m.end() != i or not caps(m.group()):
            break
        run, left = run + 1, m.start()
    right = end
    while run < 3:
        i = right
        while i < len(text) and text[i] in _SPACES:
            i += 1
        if i == right:
            break
        m = _WORD.match(text, i)
        if not m or not caps(m.group()):
            break
        run, right = run + 1, m.end()
    return run


_WORD_BEFORE = regex.compile(r"\p{L}+(?=\P{L}|$)", regex.REVERSE)


@cache
def _lower_only_word() -> tuple[regex.Pattern[str], frozenset[str]]:
    lower_only = _tcvn3_lower_only()
    cls = "".join(sorted(lower_only))
    # words holding a lower-case-only letter and at least one capital
    return regex.compile(rf"(?<!\p{{L}})(?=\p{{L}}*\p{{Lu}})\p{{L}}*[{cls}]\p{{L}}*"), lower_only


@cache
def _tcvn3_lower_only() -> frozenset[str]:
    table = _load("tcvn3")
    return frozenset(ch for ch in table if ch.islower() and ch.upper() not in table)


def _text_to_bytes(text: str) -> bytes | None:
    """The legacy bytes behind a string of glyph codes (Windows-1252 / Latin-1 view), or None."""
    out = bytearray()
    for ch in text:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
            continue
        b = _cp1252_byte(ch)
        if b is None:
            return None
        out.append(b)
    return bytes(out)


def decode_text(text: str, encoding: LegacyEncoding | str) -> str:
    """Convert a Unicode string holding legacy glyph codes ("§oµn", "Vieät") to real Unicode.

    Characters that no single byte stands for (already-Unicode Vietnamese, CJK, ...) are kept.
    """
    raw = _text_to_bytes(text)
    if raw is not None:
        return decode(raw, encoding)
    # mixed content: convert the stretches that map to bytes, keep the rest
    parts = regex.split(r"([^\x00-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+)", text)
    return "".join(p if i % 2 else decode(_text_to_bytes(p) or b"", encoding) for i, p in enumerate(parts))


# --------------------------------------------------------------------------- plausibility and detection

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
_VOWELS = (
    "iêu|yêu|uôi|ươi|ươu|uyê|uya|uyu|oai|oay|oao|oeo|uây|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ưu|ươ|yê|"
    "a|ă|â|e|ê|i|y|o|ô|ơ|u|ư"
)
_CODA = "(?:ch|ng|nh|c|m|n|p|t)?"
_SYLLABLE = regex.compile(f"{_ONSET}(?:{_VOWELS}){_CODA}")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VIET_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)
_TOKEN = regex.compile(r"[^\s\d.,;:!?()\[\]{}\"'“”‘’/\\\-–—…%+*=<>|&#@_~]+")


@cache
def is_syllable(word: str) -> bool:
    """Is `word` a well-formed Vietnamese syllable (at most one tone mark, a known rhyme)?"""
    low = word.lower()
    if any(c not in _VIET_LETTERS for c in low):
        return False
    d = unicodedata.normalize("NFD", low)
    if sum(c in _TONE_MARKS for c in d) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(base) is not None


def plausibility(text: str, *, sample: int = 4000) -> float:
    """Share of the words of `text` (weighted towards non-ASCII ones) that are Vietnamese syllables.

    Text decoded with the wrong table is full of symbols ("¸", "µ") and impossible syllables
    ("aự"), so it scores low. Pure-ASCII words count half: they say little about the encoding.
    """
    good = 0.0
    total = 0.0
    for m in _TOKEN.finditer(text[:sample]):
        w = m.group()
        weight = 0.5 if w.isascii() else 1.0
        total += weight
        if is_syllable(w):
            good += weight
    return good / total if total else 0.0


def detect(data: bytes) -> str | None:
    """``"tcvn3"`` or ``"vni"`` when `data` reads as Vietnamese in that legacy encoding, else None.

    Valid UTF-8 with non-ASCII characters, and pure ASCII, give None. Each table is tried and
    scored by `plausibility`; Windows-1258 competes too, so its files are not taken for legacy.
    """
    head = data[:8000]
    if head.isascii():
        return None
    try:
        head.decode("utf-8")
        return None
    except UnicodeDecodeError as exc:
        if len(data) > len(head) and exc.start >= len(head) - 4:
            return None  # valid UTF-8 whose last character the sample cut in two
    scores = {enc: plausibility(decode(head, enc, restore_capitals=False)) for enc in ENCODINGS}
    cp = plausibility(unicodedata.normalize("NFC", head.decode("cp1258", errors="replace")))
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 0.6 and scores[best] > cp + 0.05:
        return best
    return None


_REAL_VIET = regex.compile(r"[\u1EA0-\u1EF9ơưăđĂĐƠƯ]")
_SUSPECT = regex.compile(r"[\u00A1-\u00FF]")


def detect_text(text: str) -> str | None:
    """Like `detect`, for a Unicode string that may hold legacy glyph codes (Windows-1252 view).

    Cheap on genuine Unicode Vietnamese: any precomposed Vietnamese letter rules legacy out.
    """
    sample = text[:8000]
    if _REAL_VIET.search(sample) or len(_SUSPECT.findall(sample)) < 3:
        return None
    here = plausibility(sample)
    scores = {enc: plausibility(decode_text(sample, enc)) for enc in ENCODINGS}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] >= 0.6 and scores[best] > here + 0.05:
        return best
    return None


__all__ = [
    "ENCODINGS",
    "decode",
    "decode_text",
    "detect",
    "detect_text",
    "encode",
    "is_syllable",
    "plausibility",
]
