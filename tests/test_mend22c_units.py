"""Units, review 22 mend c (spec §2.3 units): numbers joined by commas after a level word are a compact
list of wards only after a plural marker, with two commas or a word that ends the list; else they are a
decimal amount. Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.units import find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_a_compact_list_after_a_plural_ends_with_a_verb_or_punctuation() -> None:
    assert _names("Đoàn các phường 1,2 tổ chức ra quân") == ["phường 1", "phường 2"]
    assert _names("Đoàn các phường 1,2, xã Tân Lập tổ chức ra quân") == ["phường 1", "phường 2", "xã Tân Lập"]


def test_a_decimal_after_a_level_word_is_no_list() -> None:
    # negative neighbours (rev22 #3): no plural marker, a word that is no verb, the end of the text
    assert _names("phường 10,5 héc-ta") == []
    assert _names("các phường 2,5 lần so với năm trước") == []
    assert _names("Kinh phí cấp cho các phường 1,2") == []
