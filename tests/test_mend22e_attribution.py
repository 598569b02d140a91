"""Review 22c #2: people who give a gift "cho tỉnh bạn" are the giver's, the gift the partner's. Texts
written for these tests."""

from __future__ import annotations

import reportextract

_TEXT = (
    "Tỉnh đoàn Nghệ An kết nghĩa với Đoàn Thanh niên tỉnh Xiêng Khoảng (Lào). "
    "Năm nay, Tỉnh đoàn huy động 50 đoàn viên trao 300 suất quà cho tỉnh bạn. "
    "Tỉnh đoàn cũng trao 3 phòng học, 500 suất quà cho tỉnh bạn."
)


def _units() -> dict[float, str | None]:
    return {f.value: f.unit for f in reportextract.extract(_TEXT, scope="Nghệ An").figures}


def test_the_givers_counted_before_the_verb_stay_the_actors() -> None:
    assert _units()[50] == "Nghệ An"


def test_the_gifts_listed_before_cho_tinh_ban_are_the_partners() -> None:
    # negative neighbour: only things listed between the figure and "cho"
    units = _units()
    assert units[300] == units[3] == units[500] == "Xiêng Khoảng"
