"""Text exports: a footnote body hard-wrapped over several lines (readers/text.py).

A Word-to-text export wraps a footnote body like any paragraph; the lines after the marker
line belong to the note until it ends its sentence, a blank line, a bare page number, another
note or a line that opens a block of its own. Texts written for these tests.
"""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment

WRAPPED = """\
I. KẾT QUẢ

Chi đoàn thôn Đông tiêu biểu với phần việc của mình¹. Toàn xã đã nạo vét 1,2 km
_______________
¹ Ra quân 30 đoàn viên, dọn 400 kg rác thải, trồng
50 cây sấu; vận động các hộ dân ủng hộ 2 triệu đồng
mua cây giống.

                                   2
kênh mương nội đồng và sửa 3 cây cầu dân sinh.

Nơi nhận:
- Lưu VP.
_______________
² Gồm 120 phần của Đoàn xã, 80 phần của các
nhà tài trợ.
"""


def _report(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text.encode("utf-8"), format="txt")).report


def test_wrapped_note_lines_stay_in_the_note_and_the_sentence_is_joined() -> None:
    rep = _report(WRAPPED)
    notes = {f.id: f.text for f in rep.footnotes}
    assert notes["1"].endswith("trồng 50 cây sấu; vận động các hộ dân ủng hộ 2 triệu đồng mua cây giống.")
    assert notes["2"] == "Gồm 120 phần của Đoàn xã, 80 phần của các nhà tài trợ."
    assert "nạo vét 1,2 km kênh mương nội đồng" in rep.body
    assert "50 cây sấu" not in rep.body
    assert "nhà tài trợ" not in rep.body


def test_a_note_ending_its_sentence_does_not_swallow_the_next_line() -> None:
    text = """\
Toàn huyện có 12 công trình thanh niên².
² Gồm 7 công trình cấp xã.
Các cơ sở Đoàn tiếp tục ra quân trong tháng 4.
"""
    rep = _report(text)
    notes = {f.id: f.text for f in rep.footnotes}
    assert notes["2"] == "Gồm 7 công trình cấp xã."
    assert "Các cơ sở Đoàn tiếp tục ra quân" in rep.body


def test_a_list_item_or_next_note_after_an_open_note_is_not_its_continuation() -> None:
    text = """\
Đoàn trường đạt nhiều kết quả¹ và được khen thưởng².
¹ Trong đó có các chi đoàn lớp
² Bằng khen của Tỉnh đoàn
1. Nhiệm vụ tiếp theo
- Duy trì sinh hoạt chi đoàn
"""
    doc = read(text.encode("utf-8"), format="txt")
    notes = [b.text for b in doc.blocks if b.kind == "footnote"]
    assert notes == ["Trong đó có các chi đoàn lớp", "Bằng khen của Tỉnh đoàn"]
