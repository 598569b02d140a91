"""Mended in the twenty-fifth round: a table's row that names its unit by the short name the report gave
it earlier ("Thép Việt Nhật" after "Công ty … Chi nhánh Hải Dương (Thép Việt Nhật)") is that unit's row.
Every text was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Đoàn Khối Doanh nghiệp tỉnh Hải Dương")

_NAMED = (
    "Đoàn Khối có 12 cơ sở Đoàn, đông nhất là Đoàn cơ sở Công ty Cổ phần Thép Việt Nhật Chi nhánh Hải "
    "Dương (Thép Việt Nhật) với 140 ĐV.\n\n"
)
_TABLE = (
    "Kết quả một số cơ sở Đoàn tiêu biểu:\n\n"
    "TT\tCơ sở Đoàn\tĐoàn viên\tCông trình\tGiá trị (triệu đồng)\n"
    "1\tCông ty Điện lực Hải Dương\t254\t9\t412,5\n"
    "2\t{row}\t150\t6\t318\n"
    "\tToàn Khối\t6.842\t87\t2.640,5\n"
)
_FULL = "Công ty Cổ phần Thép Việt Nhật Chi nhánh Hải Dương"


def test_row_named_by_the_short_name_in_brackets_is_that_units() -> None:
    text = _NAMED + _TABLE.format(row="Thép Việt Nhật")
    for value in (150, 6, 318_000_000):
        fig = one(text, value)
        assert (fig.unit, fig.unit_rule, fig.unit_text) == (_FULL, "table", "Thép Việt Nhật"), value
    assert one(text, 254).unit == "Công ty Điện lực Hải Dương"
    assert one(text, 6_842).unit_rule != "table"  # the total row stays the scope's


def test_row_named_by_a_short_name_the_report_never_gave_stays_unread() -> None:
    # negative neighbour: no full name earlier holds the row's words, so the row names no unit
    text = _NAMED + _TABLE.format(row="Thép Hòa Phát")
    fig = one(text, 150)
    assert fig.unit != _FULL and fig.unit_rule != "table"
