"""mend24c: review 24 b#2 (figures/measure.py): a verb of giving after counted people makes them
act (cue kind "donate"), but not "góp phần" (to help toward an aim), nor after a verb that serves
them, whose subject gives.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def _people(text: str) -> list[tuple[int, str]]:
    return [(int(f.value), f.category) for f in figs(text) if f.category in {"participants", "beneficiaries"}]


def test_gop_phan_after_people_served_gives_nothing():
    assert _people("Đoàn xã hỗ trợ 30 hộ nghèo góp phần giảm nghèo bền vững.") == [(30, "beneficiaries")]
    assert _people("Chi đoàn trao 50 suất quà cho 50 học sinh nghèo góp phần giúp các em đến trường.") == [
        (50, "beneficiaries")
    ]


def test_people_a_verb_serves_are_given_to():
    assert _people("Đoàn xã thăm 30 hộ nghèo ủng hộ 5 triệu đồng.") == [(30, "beneficiaries")]


def test_people_who_give_what_is_theirs_take_part():
    # negative neighbours: a verb of giving after people drawn in, or after a bare count
    assert _people("Đoàn xã vận động 46 hộ hiến 1.850 m² đất làm đường.") == [(46, "participants")]
    assert _people("Có 46 nhà hảo tâm đóng góp 185 triệu đồng.") == [(46, "participants")]
    assert _people("Đoàn xã vận động 46 hộ góp 20 ngày công.") == [(46, "participants")]
