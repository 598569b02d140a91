"""Round 25, the second review's mends in measures (rev25b #13): which noun a short form "HV" stands
for is counted by whole words, not inside "xã hội viên chức". Every text was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Ninh Bình")

_TAIL = "Trung tâm mở lớp cho học viên. Toàn tỉnh có 520 HV, tăng 6%."


def test_society_before_civil_servants_counts_no_members():
    text = "Chương trình an sinh xã hội viên chức tỉnh. Chính sách xã hội viên chức huyện. " + _TAIL
    assert one(text, 520).category == "beneficiaries"


def test_members_written_in_full_make_hv_members():
    # the neighbour shape: "hội viên" as its own words, more often than "học viên"
    text = "Hội viên tỉnh hội tăng. Hội viên huyện hội tăng. " + _TAIL
    assert one(text, 520).category == "participants"
