"""Spurious and missed values, round 14g (spec §2.1): "mỗi" before the counted noun itself, numbers in
names and codes, a programme's name, per-unit floors, the last item of a list and a gift per item in
a result.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- "mỗi" before the number's own noun
def test_each_of_the_teams_counted_is_a_result():
    text = "Đoàn xã thành lập 9 tổ chuyển đổi số cộng đồng với 36 đoàn viên, mỗi tổ phụ trách 3 xóm."
    assert 9 in values(text)


def test_one_per_unit_is_still_an_instruction():
    text = "Phân công 01 đồng chí phụ trách từng chi đoàn."
    assert 1 not in values(text)
