"""A bracket that breaks a total of members down (review 21/b #1): "đoàn viên" opens with a unit word
but counts people, so its items' numbers are their shares. Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract


def _values(text: str) -> list[float]:
    return [f.value for f in reportextract.extract(text, scope="Tuyên Quang").figures]


def test_items_of_a_members_total_keep_their_counts() -> None:
    text = "Toàn huyện có 1.200 đoàn viên (Chi đoàn Yên Lập 30, Chi đoàn Hàm Yên 25) tham gia."
    assert _values(text) == [1200, 30, 25]


def test_a_total_of_youth_branches_keeps_their_names_numbers() -> None:
    # negative: the total counts branches, the bracket names them with their own numbers
    text = "có 2 chi đoàn tham gia (Chi đoàn Yên Lập 1, Chi đoàn Yên Lập 2)."
    assert _values(text) == [2]
