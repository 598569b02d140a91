"""The date of a news page written as a line of its own under the headline (spec §3 `date`: the
page's own date; `event_dates`: not the posting date), after the held-out batch 9b. Texts
written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_PAGE = """Hội Sinh viên tỉnh Gia Lai - Tin tức
Sinh viên tình nguyện dọn vệ sinh bãi biển Quy Nhơn
{line}

Sáng 15/3/2026, Hội Sinh viên tỉnh tổ chức ra quân làm sạch bãi biển với 320 sinh viên tham gia.
Các đội thu gom khoảng 2 tấn rác thải nhựa dọc 3 km bờ biển.
"""


def test_date_alone_under_the_headline_is_the_page_date() -> None:
    for line in ("Ngày 17/03/2026", "17/03/2026", "Ngày: 17/3/2026"):
        md = _meta(_PAGE.format(line=line))
        assert md.date == "2026-03-17", line
        assert md.event_dates == ["2026-03-15"], line


def test_a_sentence_opening_with_a_date_is_no_page_date() -> None:
    md = _meta(_PAGE.format(line="Ngày 17/3/2026, các chi hội tiếp tục ra quân tại 4 điểm."))
    assert md.date is None
    assert "2026-03-17" in md.event_dates
