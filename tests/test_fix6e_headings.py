"""Numbered headings vs. hard-wrapped list items (structure/sections.py).

A heading is short and stands on its own; a long numbered line without closing punctuation
whose next line ends the sentence in a few words is a wrapped list item. Texts written for
these tests.
"""

from __future__ import annotations

from reportextract.structure import segment
from structure_docs import make_doc


def _titles(text: str) -> list[str]:
    return [s.title for s in segment(make_doc(text)).report.sections]


def test_wrapped_numbered_item_is_not_a_heading() -> None:
    text = """
I. KẾT QUẢ

Đoàn xã tổ chức 3 đợt ra quân với 150 đoàn viên tham gia.

II. PHƯƠNG HƯỚNG

1. Tổ chức hội trại truyền thống lần thứ 3 vào ngày 12/5/2026 tại khu di tích Kim

Liên.

2. Duy trì 02 đội hình tình nguyện.

Trên đây là báo cáo của Ban Chấp hành Đoàn xã.
"""
    titles = _titles(text)
    assert titles == ["KẾT QUẢ", "PHƯƠNG HƯỚNG"]


def test_long_heading_followed_by_a_paragraph_stays_a_heading() -> None:
    text = """
I. KẾT QUẢ

1. Hỗ trợ vận hành chính quyền địa phương 2 cấp và chuyển đổi số tại các xã

Đoàn xã duy trì 4 đội hình hỗ trợ người dân với 36 đoàn viên tham gia thường xuyên.

2. Hoạt động tình nguyện

Ra quân 3 đợt.
"""
    titles = _titles(text)
    assert titles == [
        "KẾT QUẢ",
        "Hỗ trợ vận hành chính quyền địa phương 2 cấp và chuyển đổi số tại các xã",
        "Hoạt động tình nguyện",
    ]


def test_short_heading_followed_by_a_short_sentence_stays_a_heading() -> None:
    text = """
I. KẾT QUẢ

1. Công tác tuyên truyền

Đạt kết quả tốt.

2. Công tác tình nguyện

Ra quân 5 đợt với 200 đoàn viên.
"""
    assert _titles(text) == ["KẾT QUẢ", "Công tác tuyên truyền", "Công tác tình nguyện"]
