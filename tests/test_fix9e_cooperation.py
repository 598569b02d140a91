"""Unit attribution, round 9e (spec §2.3): two provinces that commit to each other. What one
province does for the people of another is support that province receives; the people of a place
inside the actor's own area stay the actor's.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")

AGREEMENT = "Theo chương trình, Tỉnh đoàn Nghệ An cam kết hỗ trợ Tỉnh đoàn Lào Cai xây dựng 4 điểm trường. "


def test_people_of_the_other_province_taken_in_by_an_unnamed_body_are_that_province_s():
    text = AGREEMENT + "Tỉnh đoàn cũng nhận đón 40 cán bộ Đoàn cơ sở của Lào Cai về học tập kinh nghiệm."
    assert one(text, 40).unit == "Lào Cai"


def test_an_activity_held_for_the_members_of_another_province_is_that_province_s():
    text = "Tỉnh đoàn Lào Cai cam kết tổ chức 3 chuyến trải nghiệm cho đoàn viên Nghệ An tại Sa Pa."
    assert one(text, 3).unit == "Nghệ An"


def test_the_served_province_is_not_carried_as_the_actor_into_the_next_clause():
    text = (
        "Tỉnh đoàn Lào Cai cam kết tổ chức 3 chuyến trải nghiệm cho đoàn viên Nghệ An; "
        "giới thiệu 200 thanh niên của tỉnh đến làm việc tại các nhà máy của Nghệ An."
    )
    assert one(text, 200).unit == "Lào Cai"


def test_an_activity_for_people_of_the_actor_s_own_area_stays_the_actor_s():
    text = "Tỉnh đoàn Nghệ An tổ chức 3 buổi tập huấn cho đoàn viên huyện Nghĩa Đàn."
    assert one(text, 3).unit == "Nghệ An"


def test_people_of_the_actor_s_own_province_stay_the_actor_s():
    text = "Tỉnh đoàn Lào Cai đón 60 đoàn viên của Lào Cai về dự trại."
    assert one(text, 60).unit == "Lào Cai"
