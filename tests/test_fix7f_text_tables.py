"""Tab-separated tables in text exports (readers/text.py, `_tab_tables`): a row keeps its
columns when some of its cells are empty, as the docx and md exports of the same table do.

Texts made up for these tests.
"""

from __future__ import annotations

from reportextract import extract
from reportextract.readers import read

TABLE = (
    "BÁO CÁO\n"
    "Kết quả vận động các phần việc như sau:\n"
    "\n"
    "STT\tPhần việc\tSố lượng\tKinh phí (triệu đồng)\n"
    "1\tNhà nhân ái\t02\t140\n"
    "2\tSuất quà cho học sinh\t85\t25,5\n"
    "\tTổng cộng\t\t165,5\n"
    "\n"
    "Các chi đoàn tiếp tục triển khai thực hiện.\n"
)


def _cells(text: str) -> list[tuple[int | None, int | None, str]]:
    doc = read(text.encode(), format="txt", name="t.txt")
    return [(b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


def test_a_row_with_empty_cells_keeps_its_columns() -> None:
    cells = _cells(TABLE)
    assert (3, 1, "Tổng cộng") in cells
    assert (3, 3, "165,5") in cells  # under "Kinh phí (triệu đồng)", not under "Số lượng"
    assert (0, 3, "Kinh phí (triệu đồng)") in cells


def test_the_total_of_a_scaled_column_is_money() -> None:
    report = extract(TABLE.encode(), format="txt", name="t.txt")
    totals = [f for f in report.figures if f.text.startswith("165,5")]
    assert len(totals) == 1
    assert str(totals[0].value) == "165500000"
    assert totals[0].category == "money"


def test_two_column_header_lines_are_no_table() -> None:
    text = (
        "ĐOÀN TNCS HỒ CHÍ MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "BCH ĐOÀN XÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n"
        "\n"
        "Đoàn xã tổ chức 3 buổi sinh hoạt.\n"
    )
    assert _cells(text) == []


def test_a_numbered_heading_after_the_table_is_no_row() -> None:
    text = (
        "TT\tĐơn vị\tSố buổi\tSố người\n"
        "1\tChi đoàn thôn 2\t4\t60\n"
        "2.\tCông tác xây dựng Đoàn\n"
        "Kết nạp 12 đoàn viên mới.\n"
    )
    cells = _cells(text)
    assert all(c[2] != "Công tác xây dựng Đoàn" for c in cells)
    assert {c[0] for c in cells} == {0, 1}


def test_a_blank_line_ends_the_table() -> None:
    text = "TT\tĐơn vị\tSố buổi\n1\tChi đoàn A\t4\n\n1.\tKết quả\tchung\n"
    assert {c[0] for c in _cells(text)} == {0, 1}


def test_a_single_tab_line_is_no_table() -> None:
    assert _cells("TT\tĐơn vị\tSố buổi\n\nĐoàn xã tổ chức 3 buổi.\n") == []
