"""Joint documents' numbers of fix 14a, on texts written for these tests.

A joint document's type code is a known code plus "PH" (phối hợp) or "LT" (liên tịch): "CTrPH",
"KHPH", "TTrLT" are read as such even when ``doctypes.tsv`` does not list them (spec §3
`references`: every cited document number with its date)."""

from __future__ import annotations

import pytest

from reportextract.numbers.docnumbers import find_doc_numbers
from reportextract.structure import meta


@pytest.mark.parametrize(
    ("text", "number", "type_name"),
    [
        (
            "theo Chương trình phối hợp số 12-CTrPH/HĐ-TĐ ngày 3/4/2024 giữa",
            "12-CTrPH/HĐ-TĐ",
            "chương trình phối hợp",
        ),
        ("Kế hoạch phối hợp số 5-KHPH/ĐTN-HPN ngày", "5-KHPH/ĐTN-HPN", "kế hoạch phối hợp"),
        ("Tờ trình liên tịch số 3-TTrLT/TĐ-HLHTN về", "3-TTrLT/TĐ-HLHTN", "tờ trình liên tịch"),
        ("Chương trình số 44/CTrPH-UBND-TĐ ngày", "44/CTrPH-UBND-TĐ", "chương trình phối hợp"),
        ("Chương trình số 9-CTPH/TĐ-BCH ngày", "9-CTPH/TĐ-BCH", "chương trình phối hợp"),
    ],
)
def test_a_joint_documents_number(text: str, number: str, type_name: str) -> None:
    (d,) = find_doc_numbers(text)
    assert (d.number, d.type_name) == (number, type_name)


def test_an_unknown_mixed_case_code_is_no_number() -> None:
    # negatives: a mixed-case code that is no known code plus a joint ending, or an ending alone
    assert find_doc_numbers("khoảng 12-XyPH/TĐ ngày") == []
    assert find_doc_numbers("đội 3-Ab/TĐ tham gia") == []


def test_a_joint_reference_and_its_date() -> None:
    body = (
        "Căn cứ Chương trình phối hợp số 12-CTrPH/HĐ-TĐ ngày 03/4/2024 giữa Hội đồng Đội và "
        "Tỉnh đoàn, ngày 15/6/2024 các chi đoàn tổ chức hội trại."
    )
    refs = [r for r, _ in meta.find_references(body, None)]
    assert [(r.number, r.date) for r in refs] == [("12-CTrPH/HĐ-TĐ", "2024-04-03")]
