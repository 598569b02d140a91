"""Figure categories of the twenty-first round (spec §2.4): cases listed after examined cases of the
same clause, houses put back up ("dựng lại"), and cans collected.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # cases joined to earlier cases that a verb of examining counts share that verb
        ("Sau buổi khám sàng lọc, đội phát hiện 25 ca nghi viêm phổi và 9 ca nghi đục thủy tinh thể.", 9,
         "beneficiaries"),
        ("Qua đợt khám, bác sĩ phát hiện 40 ca nghi cận thị nặng, 7 ca nghi lác mắt.", 7, "beneficiaries"),
        # ... not cases of another sentence, nor shifts joined to shifts
        ("Qua đợt khám, bác sĩ phát hiện 40 ca nghi cận thị. Cả tháng có 7 ca đêm.", 7, "events"),
        ("Đội trực 3 ca đêm và 2 ca ngày.", 2, "events"),
    ],
)
def test_joined_cases(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # houses put back up are works, even when the words after them say they had fallen
        ("Bộ đội đã dựng lại 8 ngôi nhà bị sập sau lũ.", 8, "works"),
        # ... houses a storm brought down stay counted damage
        ("Trận lũ làm 8 ngôi nhà bị sập.", 8, "other"),
    ],
)
def test_houses_rebuilt(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "measure", "category"),
    [
        ("Các chi đội thu gom 4.300 vỏ lon nước ngọt để gây quỹ.", 4300, "vỏ lon nước ngọt", "items"),
        ("Hội tặng 60 lon sữa cho các cháu mầm non.", 60, "lon sữa", "items"),
        ("Các chi đội thu gom 900 vỏ chai nhựa.", 900, "vỏ chai nhựa", "items"),
    ],
)
def test_cans(text: str, value: int, measure: str, category: str) -> None:
    fig = one(text, value)
    assert (fig.measure, fig.category) == (measure, category)


def test_cans_not_a_word_part() -> None:
    # "lon" is read as a whole word only: a name part ("Long") counts nothing
    assert one("Xã Long Hưng có 30 đoàn viên tham gia.", 30).category == "participants"


def test_rebuild_reads_only_works() -> None:
    # "dựng lại" of scenes re-enacted builds nothing: the scenes are no works
    assert one("Các bạn trẻ dựng lại 5 tình huống giả danh cán bộ.", 5).category != "works"
