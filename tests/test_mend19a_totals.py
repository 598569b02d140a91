"""mend19a: "con số N" writes a total, not a number that names something (spec §2.1, §2.3): the
breakdown after it inherits its recipient. Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quảng Trị")

BREAKDOWN = "\n\nTrong đó: 300 triệu đồng xây 12 căn nhà; 300 triệu đồng mua sách vở cho học sinh."


def test_a_breakdown_of_a_total_written_con_so_inherits_the_recipient() -> None:
    text = "Ngày 9/10, Thành đoàn Huế đã trao tặng Tỉnh đoàn Quảng Trị con số 600 triệu đồng." + BREAKDOWN
    assert one(text, 12, "Huế").unit == "Quảng Trị"


def test_a_number_after_bao_so_still_names_the_storm() -> None:
    # negative neighbour: "bão số 6" numbers a name; the total before it is still found
    text = (
        "Ngày 9/10, Thành đoàn Huế đã trao tặng Tỉnh đoàn Quảng Trị 600 triệu đồng khắc phục hậu quả "
        "cơn bão số 6." + BREAKDOWN
    )
    assert one(text, 12, "Huế").unit == "Quảng Trị"
    assert 6 not in values(text, "Huế")
