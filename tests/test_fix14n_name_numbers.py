"""A small number of a capitalised name before a bracket is the name's, unless the bracket spells
it out or names the thing counted, when it says where the name is (spec §2.1): the figure reader
agrees with the unit reader (`units.gazetteer`)."""

from __future__ import annotations

import pytest

from reportextract import extract


def _values(text: str) -> list[int]:
    return [int(f.value) for f in extract(text).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn trường Đại học Sư phạm Miền Núi 2 (phường Tân An, tỉnh Lào Cai) mở 12 lớp học.",
        "Tại xóm Đồng Tâm 3 (xã Phú Lương), đội xung kích đưa 236 người lên nơi cao.",
    ],
)
def test_a_number_before_a_bracket_that_places_the_name_is_no_figure(text: str) -> None:
    values = _values(text)
    assert 2 not in values and 3 not in values
    assert values  # the real count is still read


def test_a_bracket_that_spells_the_number_out_or_names_the_thing_keeps_the_count() -> None:
    assert 2 in _values("Chi đoàn thôn Hòa Bình 2 (hai) nhà văn hóa được sửa chữa.")
    assert 2 in _values("Đoàn trường trao tặng xã Tân Mỹ 2 (Điểm đọc sách thiếu nhi) mới.")


def test_a_bracket_that_opens_with_the_items_figure_keeps_it() -> None:
    values = _values("Kết quả: tổ dân phố Bắc Sơn 1 (142 lượt), tổ dân phố Nam Sơn 2 (97 lượt).")
    assert 142 in values and 97 in values and 1 not in values
