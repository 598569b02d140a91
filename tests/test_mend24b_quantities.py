"""Review 24 a, #2: a verb before the number is no part of a military branch's name
(`numbers.quantities._military_branch_name`)."""

from __future__ import annotations

import pytest

from reportextract.numbers.quantities import find_quantities


def _tags(text: str) -> list[tuple[object, str | None]]:
    return [(q.value, q.nonfigure) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Đồn Biên phòng Săm tặng 120, vượt kế hoạch.", 120),
        ("Đại đội Công binh tiếp nhận 45 và trao lại cho xã.", 45),
        ("Tiểu đoàn Thông tin huy động 30, vượt kế hoạch.", 30),
    ],
)
def test_a_number_after_a_verb_of_a_military_unit_is_a_figure(text: str, value: int) -> None:
    assert [tag for v, tag in _tags(text) if v == value] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Đại đội Công binh cơ động 5 dọn 900 kg rác.",  # "cơ động": the branch's own word
        "Tiểu đoàn Thông tin liên lạc 4 nạo vét 2 km kênh.",
        "Đồn Biên phòng Cửa khẩu 7, vượt kế hoạch.",  # capitals only: a name
    ],
)
def test_a_number_after_a_branchs_own_lower_case_words_is_part_of_the_name(text: str) -> None:
    assert _tags(text)[0][1] == "name"
