"""fix17i: a cited document's signing date further on in its clause is the reference's date, not
an activity date."""

from __future__ import annotations

from reportextract.structure.meta import find_references


def test_signing_date_after_the_parties() -> None:
    text = (
        "Đoàn xã khánh thành công trình, thực hiện chương trình phối hợp số 07-CTPH/TĐTN giữa "
        "Tỉnh đoàn An Giang và Tỉnh đoàn Cà Mau ký ngày 3/4/2024."
    )
    refs = find_references(text, None)
    assert [(r.number, r.date) for r, _ in refs] == [("07-CTPH/TĐTN", "2024-04-03")]


def test_date_of_another_clause_is_not_the_signing_date() -> None:
    # negative: the date stands in the next sentence, for an activity
    text = "Thực hiện kế hoạch số 07-KH/TĐTN của Tỉnh đoàn. Ngày 3/4/2024, Đoàn xã ký cam kết với các hộ."
    refs = find_references(text, None)
    assert [(r.number, r.date) for r, _ in refs] == [("07-KH/TĐTN", None)]
