"""GFM pipe tables written without their outer pipes are tables (readers/text.py).

GFM and pandoc let a pipe table leave out its leading and trailing pipes; what makes it a table
is the delimiter row (``---|---``, ``:--|--:``) under its header. A line that merely holds a
pipe (a photo caption ending in ``|``) is no table. Texts are written for these tests.
"""

from __future__ import annotations

import pytest

import reportextract
from reportextract.model import Document
from reportextract.readers.text import read_text

OUTER = (
    "Kết quả các cơ sở:\n\n"
    "| Cơ sở Đoàn | Công trình | Đoàn viên tham gia |\n"
    "|---|---:|---:|\n"
    "| Huyện Kỳ Sơn | 14 | 620 |\n"
    "| Huyện Con Cuông | 9 | 415 |\n\n"
    "Hết.\n"
)
BARE = (
    "Kết quả các cơ sở:\n\n"
    "Cơ sở Đoàn | Công trình | Đoàn viên tham gia\n"
    ":--|--:|--:\n"
    "Huyện Kỳ Sơn | 14 | 620\n"
    "Huyện Con Cuông | 9 | 415\n\n"
    "Hết.\n"
)


def cells(doc: Document) -> list[tuple[int | None, int | None, int | None, str]]:
    return [(b.table, b.row, b.col, b.text) for b in doc.blocks if b.kind == "table_cell"]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_table_without_outer_pipes_reads_as_the_same_cells(fmt: str) -> None:
    bare = read_text(BARE, source="t", fmt=fmt)
    assert cells(bare) == cells(read_text(OUTER, source="t", fmt=fmt))
    assert (0, 0, 1, "Công trình") in cells(bare)
    assert (0, 2, 2, "415") in cells(bare)
    assert [b.text for b in bare.blocks if b.kind != "table_cell"] == ["Kết quả các cơ sở:", "Hết."]


def test_both_forms_give_the_same_figures() -> None:
    def figs(text: str) -> set[tuple[object, ...]]:
        rep = reportextract.extract(text, format="md", scope="Nghệ An")
        return {(f.value, f.unit, f.category) for f in rep.figures}

    got = figs(BARE)
    assert got == figs(OUTER)
    assert (9, "huyện Con Cuông", "works") in got
    assert (620, "huyện Kỳ Sơn", "participants") in got


def test_a_line_with_pipes_but_no_delimiter_row_is_no_table() -> None:
    text = (
        "Đoàn viên dọn vệ sinh bờ kè sông Lam. |\n"
        "Tỉnh đoàn ra quân với 12 đội hình | 300 đoàn viên\n"
        "Các đội hình làm việc đến 17 giờ.\n"
    )
    doc = read_text(text, source="t", fmt="md")
    assert cells(doc) == []
    assert doc.blocks[0].kind == "caption"


def test_a_delimiter_row_with_another_number_of_cells_makes_no_table() -> None:
    doc = read_text("Đơn vị | Đội hình | Kinh phí\n---|---\nXã A | 3 | 5\n", source="t", fmt="md")
    assert cells(doc) == []


def test_a_single_dash_line_is_still_a_setext_heading_not_a_table() -> None:
    doc = read_text("Kết quả nổi bật\n---\n\nThành lập 8 đội hình.\n", source="t", fmt="md")
    assert (doc.blocks[0].kind, doc.blocks[0].text) == ("heading", "Kết quả nổi bật")
    assert cells(doc) == []


def test_rows_starting_lower_case_are_not_joined_as_soft_wraps() -> None:
    text = (
        "Các xã đã báo cáo như sau\n"
        "đơn vị | đội hình\n"
        "---|---\n"
        "xã Hưng Lộc | 4\n"
        "xã Nghi Phú | 6\n"
        "tiếp tục duy trì trong tháng tới.\n"
    )
    doc = read_text(text, source="t", fmt="md")
    assert [c[1:] for c in cells(doc)] == [
        (0, 0, "đơn vị"),
        (0, 1, "đội hình"),
        (1, 0, "xã Hưng Lộc"),
        (1, 1, "4"),
        (2, 0, "xã Nghi Phú"),
        (2, 1, "6"),
    ]
    paragraphs = [b.text for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["Các xã đã báo cáo như sau", "tiếp tục duy trì trong tháng tới."]


def test_two_tables_apart_are_two_tables_and_escaped_pipes_stay_in_the_cell() -> None:
    text = (
        "Đơn vị | Ghi chú\n---|---\nXã A | tổ 1 \\| tổ 2\n\nNội dung | Kết quả\n---|---\nBuổi sinh hoạt | 7\n"
    )
    doc = read_text(text, source="t", fmt="md")
    got = cells(doc)
    assert {t for t, *_ in got} == {0, 1}
    assert (0, 1, 1, "tổ 1 | tổ 2") in got
    assert (1, 1, 0, "Buổi sinh hoạt") in got
