"""Unit attribution, round 18i (spec §2.3): works done for a school named after "cho". Every
sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Quảng Trị")

OWN = "xã Gio Linh"
SCHOOL = "trường Tiểu học Gio Mai"


# ------------------------------------------------------- works built or installed for a school
def test_works_repaired_and_installed_for_a_school_are_the_schools():
    text = (
        "Đoàn xã Gio Linh sửa chữa 4 phòng học và lắp 20 quạt trần cho Trường Tiểu học Gio Mai."
    )
    assert one(text, 4, OWN).unit == SCHOOL
    assert one(text, 20, OWN).unit == SCHOOL


def test_works_for_the_pupils_of_a_school_are_the_schools():
    text = "Đoàn xã Gio Linh lắp đặt 8 bồn nước cho học sinh Trường Tiểu học Gio Mai."
    assert one(text, 8, OWN).unit == SCHOOL


def test_works_for_people_only_at_a_school_stay_the_doers():
    # the school only says where the people are: no school receives the works
    text = "Đoàn xã Gio Linh sửa chữa 4 phòng học cho các em tại Trường Tiểu học Gio Mai."
    assert one(text, 4, OWN).unit == OWN


def test_an_activity_for_a_school_without_building_stays_the_doers():
    text = "Đoàn xã Gio Linh tổ chức 5 buổi sinh hoạt cho Trường Tiểu học Gio Mai."
    assert one(text, 5, OWN).unit == OWN


# ------------------------------------------------------- a giving verb inside the figure's own noun
def test_a_count_named_by_a_giving_verb_goes_to_the_recipient_after_its_per_item_aside():
    text = (
        "Tỉnh đoàn trao 30 suất hỗ trợ sinh kế, mỗi suất 10 triệu đồng, cho thanh niên xã Cam Lộ."
    )
    assert one(text, 30).unit == "xã Cam Lộ"
    assert one(text, 10_000_000).unit == "xã Cam Lộ"


def test_a_new_gift_after_a_comma_keeps_its_own_recipient():
    # "tặng" opens a new gift with its own number: the "cho" is that gift's
    text = "Tỉnh đoàn trao 30 suất quà, tặng 12 xe đạp cho học sinh xã Cam Lộ."
    assert one(text, 30).unit == "Quảng Trị"
    assert one(text, 12).unit == "xã Cam Lộ"
