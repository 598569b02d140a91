"""Metadata rules generalised after the held-out documents n29-n34 and the older misses (spec §3):
a bulletin's issue line gives its own date. Texts written for these tests in the genre of Youth
Union bulletins and reports."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _meta(text: str, fmt: str = "txt"):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report.metadata


# --- a bulletin's issue line ------------------------------------------------------------------

_BULLETIN = """**HUYỆN ĐOÀN CỦ CHI**

# BẢN TIN

## Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới

*(Số 12 - Tháng 8/2024, phát hành ngày 05/9/2024)*

Ngày 18/8/2024, Huyện đoàn ra quân làm sạch 6 km kênh mương tại xã Tân Thạnh Đông.
"""


def test_bulletin_issue_line_is_its_date() -> None:
    md = _meta(_BULLETIN, "md")
    assert md.doc_type == "bản tin"
    assert md.title == "Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới"
    assert md.date == "2024-09-05"
    # the issue date is not an activity
    assert md.event_dates == ["2024-08-18"]


def test_issue_line_written_in_words() -> None:
    # not bracketed, and in the same case style as the title: still not part of the title
    text = _BULLETIN.replace(
        "*(Số 12 - Tháng 8/2024, phát hành ngày 05/9/2024)*", "Ngày phát hành: 05 tháng 9 năm 2024"
    )
    assert _meta(text, "md").title == "Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới"
    assert _meta(text, "md").date == "2024-09-05"


def test_header_date_wins_over_a_later_mention() -> None:
    # negative: a report dated by its place-and-date line keeps that date; a sentence under the
    # subject that cites when something was issued is not an issue line
    text = """BAN CHẤP HÀNH ĐOÀN TỈNH BẾN TRE          ĐOÀN TNCS HỒ CHÍ MINH
Số: 41-BC/TĐTN                              Bến Tre, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả Chiến dịch tình nguyện hè năm 2024

Tài liệu hướng dẫn được phát hành ngày 02/5/2024 tới các cơ sở Đoàn.
"""
    assert _meta(text).date == "2024-09-20"


def test_issue_words_deep_in_the_body_are_not_the_date() -> None:
    # negative: with no issue line under the title, a mention further down does not date it
    text = """**HUYỆN ĐOÀN CỦ CHI**

# BẢN TIN

## Tuổi trẻ Củ Chi chung tay xây dựng nông thôn mới

Ngày 18/8/2024, Huyện đoàn ra quân làm sạch 6 km kênh mương tại xã Tân Thạnh Đông.

Cuốn sổ tay kỹ năng cho đoàn viên được phát hành ngày 25/8/2024.
"""
    assert _meta(text, "md").date is None
