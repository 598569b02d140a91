"""mend18b: cue rows that could never match were deleted from cues.tsv (review 18 b#4); the shorter
rows that do match still read these sentences.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lào Cai")


def test_people_whose_lives_an_accident_took_are_other():
    # "cướp đi sinh mạng" (kind kill) right before the people: victims, not served
    text = "Năm 2025 toàn tỉnh xảy ra 40 vụ tai nạn giao thông, cướp đi sinh mạng 23 người."
    assert one(text, 23).category == "other"


def test_pupils_who_keep_their_own_piggy_banks_take_part():
    # "tự nuôi lợn đất": the row "nuôi lợn đất" (kind act) is found among the words after the people
    assert one("Có 520 học sinh tự nuôi lợn đất tại nhà.", 520).category == "participants"


def test_people_helped_after_an_accident_are_not_victims():
    # negative: no verb of killing right before the people
    text = "Sau vụ tai nạn cướp đi sinh mạng của một người, Đoàn xã hỗ trợ 15 hộ gia đình."
    assert one(text, 15).category == "beneficiaries"
