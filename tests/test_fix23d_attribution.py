"""Attribution of round 23d: the members of a force's Youth Union body named by its level word after
their count, a bare "Tỉnh đoàn" in a quotation whose speaker's title names the province, and "Mỗi
<noun> …" after a breakdown of that noun by unit. Every text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Hòa Bình")


# ------------------------------------------------------- members of a force's Youth Union body
def test_members_of_a_commune_police_youth_body_are_the_police_sectors():
    text = (
        "Đoàn xã Hòa Bình tổ chức ngày hội an toàn giao thông. Buổi chiều, 36 đoàn viên Chi đoàn "
        "Công an xã hướng dẫn người dân kiểm tra xe."
    )
    assert one(text, 36).unit == "Công an nhân dân"


def test_members_of_a_provincial_police_youth_body_left_without_its_head_word():
    text = (
        "Đoàn xã Hòa Bình tổ chức ngày hội. Sau đó, 27 cán bộ, đoàn viên Đoàn Thanh niên Công an "
        "tỉnh Phú Thọ tham gia dọn vệ sinh đường làng."
    )
    assert one(text, 27).unit == "Công an nhân dân"


def test_members_of_an_army_youth_body_are_the_army_sectors():
    text = "Đoàn xã Hòa Bình ra quân. Cùng ngày, 19 đoàn viên Chi đoàn Quân sự xã sửa 2 cây cầu."
    assert one(text, 19).unit == "Quân đội nhân dân"


def test_people_served_by_the_actor_are_not_the_police_bodys():
    # the neighbour shape: the count follows a verb of serving, the actor's people
    text = "Đoàn xã Hòa Bình tổ chức tập huấn kỹ năng cho 42 đoàn viên Chi đoàn Công an xã."
    assert one(text, 42).unit == "xã Hòa Bình"


def test_a_count_of_pupils_before_a_police_body_is_not_its_members():
    text = "Đoàn xã Hòa Bình trao quà. Cùng ngày, 55 học sinh Chi đoàn Công an xã hướng dẫn đều được tặng mũ."
    assert one(text, 55).unit != "Công an nhân dân"


# ------------------------------------------------------- a bare "Tỉnh đoàn" in a quoted speech
NATIONAL_LEAD = "Ban Bí thư Trung ương Đoàn thăm hỏi thanh niên vùng lũ. "


def test_a_bare_provincial_body_in_a_quote_is_the_speakers_province():
    text = (
        NATIONAL_LEAD + '"Trong tháng tới, Tỉnh đoàn sẽ sửa 12 nhà nhân ái, mỗi căn khoảng 45 triệu '
        'đồng", chị Hà Thị Mai, Phó Bí thư Tỉnh đoàn Yên Bái, nói.'
    )
    assert one(text, 12, "toàn quốc").unit == "Yên Bái"
    assert one(text, 45000000, "toàn quốc").unit == "Yên Bái"


def test_a_bare_district_body_in_a_curly_quote_is_the_speakers_district():
    text = (
        NATIONAL_LEAD + "“Đến nay, Huyện đoàn đã dựng 8 điểm trường tạm cho các em”, anh Lò Văn Tú, Bí thư "
        "Huyện đoàn Mường Tè, cho biết."
    )
    assert one(text, 8, "toàn quốc").unit == "huyện Mường Tè"


def test_a_quote_without_a_bare_body_keeps_the_pages_scope():
    # the neighbour shape: the speaker's words name no body, the speaker alone does not take the figure
    text = (
        NATIONAL_LEAD + '"Đến nay, cả nước đã có 300 công trình được khởi công", anh Trần Văn Nam, Bí thư '
        'Tỉnh đoàn Yên Bái, nói.'
    )
    assert one(text, 300, "toàn quốc").unit == "toàn quốc"


def test_a_bare_body_of_another_level_than_the_speakers_title_is_not_read():
    text = (
        NATIONAL_LEAD + '"Năm nay, Tỉnh đoàn sẽ trao 20 suất học bổng cho học sinh", anh Lê Văn Hùng, Bí thư '
        "Đoàn xã Tân Lập, nói."
    )
    assert one(text, 20, "toàn quốc").unit == "toàn quốc"


# ------------------------------------------------------- "Mỗi <noun>" after a breakdown by unit
def test_each_person_after_a_breakdown_by_hamlet_is_the_pages():
    text = (
        "Đoàn xã Hòa Bình tổ chức hiến máu. Chi đoàn ấp Tân An vận động 40 người; Chi đoàn ấp Tân "
        "Lợi có 35 người. Mỗi người hiến máu được nhận phần quà trị giá 200.000 đồng."
    )
    assert one(text, 200000).unit == "xã Hòa Bình"


def test_each_person_after_a_breakdown_by_sector_is_not_the_last_items():
    text = (
        "Ban Bí thư Trung ương Đoàn trao giải thưởng. Đoàn Thanh niên Công an nhân dân có 4 cá nhân, "
        "Ban Thanh niên Quân đội 3 cá nhân được trao giải. Mỗi cá nhân được nhận 8 triệu đồng."
    )
    assert one(text, 8000000, "toàn quốc").unit == "toàn quốc"


def test_each_gift_after_one_units_count_is_that_units():
    # the neighbour shape: one unit counted the things, "Mỗi căn nhà" describes its gift
    text = (
        "Đoàn xã Hòa Bình tổ chức ngày hội. Huyện đoàn Tam Đường bàn giao 6 căn nhà nhân ái. Mỗi căn "
        "nhà trị giá 50 triệu đồng."
    )
    assert one(text, 50000000).unit == "huyện Tam Đường"
