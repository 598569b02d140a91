"""Units (spec §2.3): find unit mentions in text, canonicalise unit names, map old provinces to 2025.

A standalone package: it imports nothing of reportextract except ``textnorm``, so the structure stage
can use it for the document scope and the figures stage for each figure's unit.

    >>> from reportextract.units import find_units, canonical_unit, province_2025, lookup
    >>> [m.canonical for m in find_units("Tỉnh đoàn Kiên Giang hỗ trợ xã Vĩnh Thạnh")]
    ['Kiên Giang', 'xã Vĩnh Thạnh']
    >>> canonical_unit("TP.HCM") == canonical_unit("Hồ Chí Minh"), province_2025("Kiên Giang")
    (True, 'An Giang')

Tables load lazily on first call (about 0.1 s); nothing happens at import.
"""

from reportextract.units.gazetteer import (
    LEVELS,
    NATIONAL,
    UnitMention,
    canonical_unit,
    closes_contest_name,
    document_texts,
    find_units,
    gazetteer_info,
    known_short_name,
    lookup,
    province_2025,
)

__all__ = [
    "LEVELS",
    "NATIONAL",
    "UnitMention",
    "canonical_unit",
    "closes_contest_name",
    "document_texts",
    "find_units",
    "gazetteer_info",
    "known_short_name",
    "lookup",
    "province_2025",
]
