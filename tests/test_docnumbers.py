"""Document numbers (``parse_doc_number``, ``find_doc_numbers``). Cases written by the project in
the numbering styles of Party, Youth Union and State documents."""

from __future__ import annotations

import pytest

from reportextract.numbers import find_doc_numbers, find_quantities, parse_doc_number

# text, number, serial, type_code, type_name, issuer, department
CASES = [
    ("46-KH/TWĐTN-CNĐT", "46-KH/TWĐTN-CNĐT", "46", "KH", "kế hoạch", "TWĐTN", "CNĐT"),
    ("Công văn số 707- CV/TĐTN-CNĐT", "707-CV/TĐTN-CNĐT", "707", "CV", "công văn", "TĐTN", "CNĐT"),
    ("Số: 225 - KH/TWĐTN-CTTN", "225-KH/TWĐTN-CTTN", "225", "KH", "kế hoạch", "TWĐTN", "CTTN"),
    ("Nghị quyết số 57-NQ/TW", "57-NQ/TW", "57", "NQ", "nghị quyết", "TW", None),
    ("theo 76 -KH/HĐĐ ngày", "76-KH/HĐĐ", "76", "KH", "kế hoạch", "HĐĐ", None),
    ("Số 12 -BC/HĐT", "12-BC/HĐT", "12", "BC", "báo cáo", "HĐT", None),
    ("Hướng dẫn 09-HD/TĐTN-TG", "09-HD/TĐTN-TG", "09", "HD", "hướng dẫn", "TĐTN", "TG"),
    ("Thông báo 31-TB/ĐTN", "31-TB/ĐTN", "31", "TB", "thông báo", "ĐTN", None),
    ("Tờ trình 4-TTr/TĐTN-VP", "4-TTr/TĐTN-VP", "4", "TTr", "tờ trình", "TĐTN", "VP"),
    ("Quyết định 1234/QĐ-UBND", "1234/QĐ-UBND", "1234", "QĐ", "quyết định", "UBND", None),
    ("Nghị định 30/2020/NĐ-CP", "30/2020/NĐ-CP", "30", "NĐ", "nghị định", "CP", None),
    ("Kế hoạch 12-KH/ĐTN - VP và", "12-KH/ĐTN-VP", "12", "KH", "kế hoạch", "ĐTN", "VP"),
    ("Công văn số 123/UBND-VX ngày", "123/UBND-VX", "123", None, None, "UBND", "VX"),
    ("số: 45/SGDĐT-CTTT", "45/SGDĐT-CTTT", "45", None, None, "SGDĐT", "CTTT"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_parse_doc_number(case: tuple[str, ...]) -> None:
    text, number, serial, type_code, type_name, issuer, department = case
    doc = parse_doc_number(text)
    assert doc is not None
    assert (doc.number, doc.serial, doc.type_code, doc.type_name, doc.issuer, doc.department) == (
        number, serial, type_code, type_name, issuer, department,
    )
    assert text[doc.start : doc.end] == doc.text


NOT_DOC_NUMBERS = [
    "Covid-19", "25-35 đội hình", "ngày 11/8/2023", "1/7 - 10/7", "Tổ 5", "", "đạt 10/12 chi đoàn",
    "12/TW-A (issuer-only numbers need 'số' before them)",
]


@pytest.mark.parametrize("text", NOT_DOC_NUMBERS)
def test_not_doc_numbers(text: str) -> None:
    assert parse_doc_number(text) is None


def test_find_several_and_tag_their_digits() -> None:
    text = "Thực hiện 05-CT/TU, 06-CT/TU và Kế hoạch 46-KH/TWĐTN-CNĐT, huy động 300 đoàn viên"
    assert [d.number for d in find_doc_numbers(text)] == ["05-CT/TU", "06-CT/TU", "46-KH/TWĐTN-CNĐT"]
    qs = find_quantities(text)
    assert [q.value for q in qs if q.nonfigure is None] == [300]
    assert [q.value for q in qs if q.nonfigure == "docnumber"] == [5, 6, 46]
