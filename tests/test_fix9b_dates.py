"""Event dates (spec §3 `event_dates`: the dates on which the reported activities took place),
after the held-out batches 9a-9c. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_NOTES_AT_END = """TỈNH ĐOÀN LÂM ĐỒNG                        ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN XÃ ĐẠ TẺH
Số: 31-BC/ĐTN                          Đạ Tẻh, ngày 20 tháng 12 năm 2025

BÁO CÁO
Kết quả công tác Đoàn năm 2025

I. KẾT QUẢ
Đoàn xã tổ chức 2 lớp kỹ năng cho 140 đoàn viên¹.
II. PHƯƠNG HƯỚNG NĂM 2026
Tổ chức 3 lớp tập huấn cho cán bộ chi đoàn².

Nơi nhận:
- Lưu VP.

TM. BAN CHẤP HÀNH
BÍ THƯ



Nguyễn Thị Hoa

¹ Lớp thứ nhất (ngày 04-06/9/2025) và lớp thứ hai (ngày 11-13/9/2025) tại nhà văn hóa xã.
² Lớp đầu tiên ngày 15-17/12/2025 tại hội trường xã, trước kỳ nghỉ Tết.
"""


def test_footnote_dates_count_where_their_marker_stands() -> None:
    dates = _meta(_NOTES_AT_END).event_dates
    # the notes are printed after the plan section, but note 1 is marked in the results
    assert "2025-09-04/2025-09-06" in dates
    assert "2025-09-11/2025-09-13" in dates
    # note 2 is marked in the plan section: planned days
    assert "2025-12-15/2025-12-17" not in dates
