"""`re` character classes spelt out from `regex` classes over the Basic Multilingual Plane.

A `regex` pattern that needs `\\p{L}`, `\\p{M}` or `\\p{N}` costs about three times what the same
pattern costs in `re`, which has no name for those classes. `bmp_class` asks `regex` itself which
of the 65,536 characters of the Basic Multilingual Plane a class takes and writes them out as
code-point ranges, so an `re` pattern built with it takes exactly the characters that the `regex`
one takes there, by construction (whatever Unicode version either module follows). A text with a
character beyond that plane (`is_bmp` false) keeps the `regex` pattern.
"""

from __future__ import annotations

from functools import cache

import regex


@cache
def _every() -> str:
    """Every character of the Basic Multilingual Plane, in order (built once)."""
    return "".join(map(chr, range(0x10000)))


@cache
def bmp_class(cls: str) -> str:
    """The body of an `re` character class (no brackets) holding the characters of the Basic
    Multilingual Plane that the `regex` class `cls` (e.g. ``r"[\\p{L}\\p{M}\\d]"``) takes, as ranges."""
    out = []
    for m in regex.finditer(cls + "+", _every()):
        first, last = m.start(), m.end() - 1
        out.append(f"\\u{first:04x}" if first == last else f"\\u{first:04x}-\\u{last:04x}")
    return "".join(out)


def is_bmp(text: str) -> bool:
    """No character of `text` is beyond U+FFFF: its UTF-16 form has one unit per character (a lone
    surrogate is one unit too). The copy costs about 2 instructions a character, where `max(text)`
    compares character objects at about 130 (callgrind, a 13 KB body: 28 K against 1,795 K)."""
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
