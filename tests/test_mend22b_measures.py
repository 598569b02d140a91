"""Measures, round 22 mend b (spec §2.4 categories): an admission ceremony written in capitals. Every
sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # an all-caps title of an admission ceremony: the people it is held for are admitted
        ("Huyện đoàn tổ chức LỄ KẾT NẠP ĐOÀN VIÊN MỚI cho 64 thanh niên.", 64, "participants"),
        # negative: an all-caps title of another ceremony keeps the people served
        ("Huyện đoàn tổ chức LỄ TRAO QUÀ TẾT cho 64 thanh niên.", 64, "beneficiaries"),
    ],
)
def test_an_all_caps_admission_ceremony(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category
