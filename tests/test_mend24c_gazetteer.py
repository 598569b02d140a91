"""mend24c: review 24 b#11-#12 (units/gazetteer.py): a short name in brackets after an organisation's
full name is read past any spaces `_BRACKET_SHORT_RE` allows, and a bracketed place is no short name.

Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.units import document_texts, find_units, gazetteer

_BANK = "Ngân hàng Thương mại Cổ phần Công thương Chi nhánh Quảng Bình"
_NOTE = "Vietinbank Quảng Bình 9 sáng kiến, Cấp thoát nước Quảng Bình 12 sáng kiến."


def _short_read(gap: str) -> bool:
    body = f"Đông nhất là Đoàn cơ sở {_BANK}{gap}(Vietinbank Quảng Bình) với 120 ĐV."
    with document_texts(body, _NOTE):
        return any(m.canonical == _BANK for m in find_units(_NOTE))


def test_short_name_after_odd_spacing_is_read() -> None:
    assert _short_read("  ")
    assert _short_read("\u00a0 ")
    assert _short_read(" ")


def test_short_name_on_the_next_line_is_not_read() -> None:
    # negative neighbour: the regex allows no line break before the bracket
    assert not _short_read("\n")


def _aliases(body: str) -> list[str]:
    with document_texts(body):
        return sorted(gazetteer._DOCUMENTS[id(body)].aliases())


def test_a_bracketed_place_is_no_short_name() -> None:
    assert _aliases(f"Đoàn cơ sở {_BANK} (Quảng Bình) có 120 ĐV.") == []
    assert _aliases(f"Đoàn cơ sở {_BANK} (huyện Lệ Thủy) có 120 ĐV.") == []


def test_a_bracketed_short_name_with_a_place_in_it_is_still_read() -> None:
    # negative neighbour: the place is only part of the short name
    assert _aliases(f"Đoàn cơ sở {_BANK} (Vietinbank Quảng Bình) có 120 ĐV.") == ["vietinbank quảng bình"]
