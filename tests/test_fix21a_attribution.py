"""Attribution cues of round 21a that go with the unit finder's new names (spec §2.3): the members of
an organisation counted right before its name, and a former province's area named by "các địa phương
thuộc tỉnh X cũ". Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def test_members_counted_before_a_hospital_are_the_hospitals() -> None:
    text = "Tại điểm cuối, 36 đoàn viên Bệnh viện Đa khoa Sông Lam sơ cứu cho 90 lượt người dân."
    assert one(text, 36).unit == "Bệnh viện Đa khoa Sông Lam"
    assert one(text, 90).unit == "Bệnh viện Đa khoa Sông Lam"


def test_members_served_by_the_actor_stay_the_actors() -> None:
    # negative: "tập huấn cho" serves the members, the actor keeps the figure
    text = "Tỉnh đoàn tập huấn cho 36 đoàn viên Bệnh viện Đa khoa Sông Lam."
    assert one(text, 36).unit == "Nghệ An"


def test_the_localities_of_a_former_province_are_its_unit() -> None:
    text = (
        "Toàn tỉnh thành lập 230 đội hình. Riêng các địa phương thuộc tỉnh Hà Tĩnh cũ kích hoạt 9.400 "
        "tài khoản, với 61 đội hình."
    )
    assert one(text, 230).unit == "Nghệ An"
    assert one(text, 9400).unit == "Hà Tĩnh"
    assert one(text, 61).unit == "Hà Tĩnh"


def test_the_localities_of_a_current_province_are_no_former_area() -> None:
    # negative: no "cũ", the province is not marked as one before the merger
    text = "Các địa phương thuộc tỉnh Hà Tĩnh kích hoạt 9.400 tài khoản."
    assert one(text, 9400, "Nghệ An").unit == "Nghệ An"
