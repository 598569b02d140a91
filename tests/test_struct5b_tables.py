"""Tables the structure stage must keep as tables, generalised after the held-out batch 5:

* a table right under the subject line, with no sentence before it, is body, not more subject
  lines (spec §3 `title`: the subject line; §2 figures of a table keep their rows and columns);
* a text export's total row whose first cell ("TT") is empty comes without its leading tab: it
  is still a row of the table, its empty first cell put back in the body.

Texts written for these tests in the genre of Youth Union reports.
"""

from __future__ import annotations

from reportextract import extract
from reportextract.readers import read
from reportextract.structure import segment

_HEAD = """TỈNH ĐOÀN LAI CHÂU
Số: 09-BC/TĐTN                                 Lai Châu, ngày 04 tháng 4 năm 2025

BÁO CÁO
Kết quả Tháng Thanh niên năm 2025
"""

_TAIL = """
Các cơ sở Đoàn tổ chức 38 hoạt động hưởng ứng Tháng Thanh niên.

TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
PHÓ BÍ THƯ

Lò Văn Khánh
"""


def _report(text: str, fmt: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report


def test_tab_table_under_the_subject_stays_a_table() -> None:
    table = (
        "Đơn vị\tĐội hình\tĐoàn viên tham gia\nHuyện đoàn Phong Thổ\t14\t360\nHuyện đoàn Sìn Hồ\t11\t275\n"
    )
    rep = _report(_HEAD + "\n" + table + _TAIL, "txt")
    assert rep.metadata.title == "Kết quả Tháng Thanh niên năm 2025"
    assert "Huyện đoàn Phong Thổ\t14\t360\nHuyện đoàn Sìn Hồ\t11\t275" in rep.body


def test_pipe_table_under_the_subject_stays_a_table() -> None:
    text = """**TỈNH ĐOÀN LAI CHÂU**

Số: 09-BC/TĐTN

Lai Châu, ngày 04 tháng 4 năm 2025

# BÁO CÁO

## Kết quả Tháng Thanh niên năm 2025

| Đơn vị | Đội hình | Đoàn viên tham gia |
|---|---|---|
| Huyện đoàn Phong Thổ | 14 | 360 |
| Huyện đoàn Sìn Hồ | 11 | 275 |

Các cơ sở Đoàn tổ chức 38 hoạt động hưởng ứng Tháng Thanh niên.
"""
    rep = extract(text)
    assert rep.metadata.title == "Kết quả Tháng Thanh niên năm 2025"
    got = {(f.value, f.unit, f.category) for f in rep.figures}
    assert (14, "huyện Phong Thổ", "teams") in got
    assert (275, "huyện Sìn Hồ", "participants") in got


def test_wrapped_subject_still_joins() -> None:
    # negative: a subject wrapped over two plain lines is still one title
    text = _HEAD.replace("Kết quả Tháng Thanh niên năm 2025", "Kết quả Tháng Thanh niên\nnăm 2025") + _TAIL
    assert _report(text, "txt").metadata.title == "Kết quả Tháng Thanh niên năm 2025"


_NUMBERED = """TT\tCơ sở Đoàn\tCông trình\tĐoàn viên (người)
1\tXã Bản Bo\t4\t120
2\tXã Nà Tăm\t3\t95
\tTổng cộng\t7\t215
"""


def test_total_row_without_its_first_cell_is_a_row() -> None:
    rep = _report(_HEAD + "\nKết quả cụ thể như sau:\n\n" + _NUMBERED + _TAIL, "txt")
    assert "2\tXã Nà Tăm\t3\t95\n\tTổng cộng\t7\t215" in rep.body


def test_total_row_figures_read_by_column() -> None:
    rep = extract(_HEAD + "\nKết quả cụ thể như sau:\n\n" + _NUMBERED + _TAIL)
    got = {(f.value, f.category) for f in rep.figures if f.value in (7, 215)}
    assert got == {(7, "works"), (215, "participants")}


def test_row_missing_another_cell_is_not_shifted() -> None:
    # negative: a row that opens with its own number lacks some other cell, not the first
    rows = "TT\tCơ sở Đoàn\tCông trình\tĐoàn viên (người)\n1\tXã Bản Bo\t4\t120\n2\tXã Nà Tăm\t95\n"
    rep = _report(_HEAD + "\nKết quả cụ thể như sau:\n\n" + rows + _TAIL, "txt")
    assert "\n\t2" not in rep.body
    # and a table with no row numbers gives no reason to shift a short row either
    plain = "Cơ sở Đoàn\tCông trình\tĐoàn viên\nXã Bản Bo\t4\t120\nTổng cộng\t4\n"
    rep = _report(_HEAD + "\nKết quả cụ thể như sau:\n\n" + plain + _TAIL, "txt")
    assert "\n\tTổng cộng" not in rep.body


def test_row_of_a_corporation_is_a_unit_not_a_total() -> None:
    # "Tổng công ty X" opens with "Tổng" but names a unit (sixth round); "Tổng cộng" stays the total
    rows = (
        "Đơn vị\tĐoàn viên\tCông trình\n"
        "Tổng công ty Xây dựng Sông Lam\t240\t6\n"
        "Công ty Cổ phần Cơ khí Hà Trung\t85\t2\n"
        "Tổng cộng\t325\t8\n"
    )
    rep = extract(_HEAD + "\nKết quả cụ thể như sau:\n\n" + rows + _TAIL)
    units = {f.value: f.unit for f in rep.figures if f.value in (240, 6, 85, 325)}
    assert units[240] == units[6] == "Tổng công ty Xây dựng Sông Lam"
    assert units[85] == "Công ty Cổ phần Cơ khí Hà Trung"
    assert units[325] != units[240]
