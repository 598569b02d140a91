"""Plan/result tables: under a stage header ("Chỉ tiêu", "Kết quả") the row names the measure
(figures/tables.py, spec §2.1 targets and results are figures, list numbers are not; §2.4 the
category follows the counted noun). Texts are written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

import reportextract
from reportextract.figures.tables import cell_info, find_tables, is_stage_header


@pytest.mark.parametrize(
    "header",
    [
        "Chỉ tiêu",
        "Kết quả",
        "Kết quả thực hiện",
        "Chỉ tiêu được giao",
        "Năm 2024",
        "Thực hiện quý III",
        "Kế hoạch năm 2025",
        "Ước thực hiện 6 tháng đầu năm",
        "Số lượng",
    ],
)
def test_stage_headers(header: str) -> None:
    assert is_stage_header(header)


@pytest.mark.parametrize(
    "header", ["Đội hình", "Tỷ lệ", "Năm", "Số đội hình", "Đơn vị", "Kinh phí (triệu đồng)", "", "Ghi chú"]
)
def test_headers_that_name_a_counted_noun_or_nothing_are_not_stage_headers(header: str) -> None:
    assert not is_stage_header(header)


BODY = (
    "Kết quả thực hiện:\n\n"
    "TT\tNội dung\tChỉ tiêu\tKết quả\tTỷ lệ\n"
    "1\tBuổi tuyên truyền pháp luật\t15\t18\t120%\n"
    "2\tLượt người dân được hỗ trợ cài đặt ứng dụng\t2.000\t2.350\t117,5%\n"
    "3\tCâu lạc bộ kỹ năng\t5\t4\t80%\n\nHết."
)


def test_a_row_label_is_the_measure_under_a_stage_header() -> None:
    table = find_tables(BODY)[0]
    cell = cell_info(BODY, table, BODY.index("2.350"))
    assert cell is not None
    assert cell.measure == "Lượt người dân được hỗ trợ cài đặt ứng dụng"
    assert (cell.unit, cell.ordinal) == (None, False)
    rate = cell_info(BODY, table, BODY.index("120%"))
    assert rate is not None and rate.measure == "Tỷ lệ"  # a header naming what it holds stays
    assert cell_info(BODY, table, BODY.index("3\tCâu")).ordinal  # the TT column


def test_a_unit_row_under_stage_headers_keeps_its_unit_and_the_header_measure() -> None:
    body = "Đơn vị\tChỉ tiêu\tKết quả\nHuyện Quỳnh Lưu\t30\t34\nHuyện Diễn Châu\t25\t27\n"
    table = find_tables(body)[0]
    cell = cell_info(body, table, body.index("34"))
    assert cell is not None
    assert (cell.unit.canonical if cell.unit else None, cell.measure) == ("huyện Quỳnh Lưu", "Kết quả")


def test_a_measure_header_is_not_replaced_by_the_row_label() -> None:
    body = "Nội dung\tĐội hình\tTình nguyện viên\nRa quân đầu hè\t6\t140\nChủ nhật xanh\t4\t95\n"
    table = find_tables(body)[0]
    cell = cell_info(body, table, body.index("140"))
    assert cell is not None and cell.measure == "Tình nguyện viên"


@pytest.mark.parametrize("fmt", ["md", "txt-tabs", "txt-spaces"])
def test_plan_result_table_end_to_end(fmt: str) -> None:
    rows = [
        ["STT", "Nội dung", "Chỉ tiêu", "Kết quả", "Tỷ lệ"],
        ["1", "Lớp “Tin học cho người lớn tuổi”", "12", "14", "116,7%"],
        ["2", "Hồ sơ trực tuyến được hướng dẫn", "600", "540", "90%"],
        ["3", "Tổ thanh niên tình nguyện", "8", "8", "100%"],
    ]
    if fmt == "md":
        table = " | ".join(rows[0]) + "\n---|---|--:|--:|--:\n" + "\n".join(" | ".join(r) for r in rows[1:])
    else:
        sep = "\t" if fmt == "txt-tabs" else "   "
        table = "\n".join(sep.join(r) for r in rows)
    text = (
        "ĐOÀN XÃ MINH HỢP\n\nBÁO CÁO\nKết quả phong trào quý II\n\n"
        "Đoàn xã báo cáo kết quả như sau:\n\n" + table + "\n\nĐoàn xã tiếp tục triển khai trong quý III.\n"
    )
    rep = reportextract.extract(text, format="md" if fmt == "md" else "txt", scope="xã Minh Hợp")
    got = sorted((f.value, f.unit, f.category) for f in rep.figures)
    assert got == sorted(
        [
            (12, "xã Minh Hợp", "events"),
            (14, "xã Minh Hợp", "events"),
            (Decimal("116.7"), "xã Minh Hợp", "other"),
            (600, "xã Minh Hợp", "procedures"),
            (540, "xã Minh Hợp", "procedures"),
            (90, "xã Minh Hợp", "other"),
            (8, "xã Minh Hợp", "teams"),
            (8, "xã Minh Hợp", "teams"),
            (100, "xã Minh Hợp", "other"),
        ]
    )
    lop = next(f for f in rep.figures if f.value == 14)
    assert lop.measure == "lớp tin học cho người lớn tuổi"


def test_a_header_row_short_of_its_first_cell_lines_up_from_the_right() -> None:
    # the header lost its label cell (merged or dropped): the numbers keep their own columns
    body = (
        "Kết quả:\n\nĐội hình\tĐoàn viên tham gia\nHuyện Tương Dương\t7\t260\nHuyện Anh Sơn\t5\t190\n\nHết."
    )
    table = find_tables(body)[0]
    teams = cell_info(body, table, body.index("\t5") + 1)
    people = cell_info(body, table, body.index("190"))
    assert teams is not None and people is not None
    assert (teams.measure, people.measure) == ("Đội hình", "Đoàn viên tham gia")
    assert teams.unit is not None and teams.unit.canonical == "huyện Anh Sơn"
