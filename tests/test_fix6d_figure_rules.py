"""Figure rules of the sixth round (spec §2.1, §2.4): lengths of time in sessions, instructions,
categories of elided and named nouns, participants vs beneficiaries.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# --- sessions as a length of time (spec §2.1) -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mỗi khóa bồi dưỡng kéo dài 3 buổi, do cán bộ Tỉnh đoàn trực tiếp hướng dẫn.",
        "Các em chỉ sau 2 buổi đã thuộc bài múa tập thể.",
    ],
)
def test_sessions_after_a_length_word_are_no_figure(text):
    assert values(text) == []


def test_sessions_held_stay_events():
    assert one("Đoàn xã tổ chức 4 buổi sinh hoạt hè cho thiếu nhi.", 4).category == "events"
