"""Instructions of the fifth round (spec §2.1): what each unit is to do is no figure, also in the
second predicate of a clause that opens with "Mỗi <unit>", and one person assigned per unit.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


@pytest.mark.parametrize(
    "text",
    [
        # the clause opens with "Mỗi <unit>": its coordinated predicates are instructions too
        "- Mỗi Đoàn xã, phường duy trì ít nhất 01 câu lạc bộ kỹ năng và đăng ký 01 công trình măng non.",
        "- Mỗi huyện đoàn vùng thấp nhận đỡ đầu, giúp đỡ ít nhất 01 xã vùng cao trong năm.",
        "Từng chi đoàn trường học tổ chức 02 buổi sinh hoạt chủ điểm và tặng 05 suất quà.",
        # an assigning verb and one per unit after the number
        "Phân công 01 đồng chí Phó Bí thư theo dõi từng cụm thi đua.",
        "Bố trí 02 cán bộ phụ trách mỗi xã vùng sâu.",
    ],
)
def test_instructions_to_every_unit_are_not_figures(text):
    assert values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # done: a result
        ("Mỗi chi đoàn đã tổ chức 02 buổi sinh hoạt và tặng 05 suất quà.", 5),
        # a total after the per-unit part is a result of its own
        ("Mỗi xã thành lập 1 đội hình xung kích, toàn huyện có 24 đội hình.", 24),
        # "mỗi" with a time word is not a distributive unit
        ("Mỗi tháng, Huyện đoàn tổ chức 2 buổi sinh hoạt và trao 30 suất quà.", 30),
        # assigning with no unit after the number: a result
        ("Huyện đoàn phân công 14 đoàn viên hỗ trợ từng hộ neo đơn.", 14),
        # an amount right after "Mỗi <unit>" opens a new statement after it
        ("Mỗi đơn vị 250 ml, tổng cộng tiếp nhận 31 lít máu.", 31),
    ],
)
def test_results_near_each_words_stay_figures(text, value):
    assert value in values(text)
