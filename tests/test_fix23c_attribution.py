"""Attribution of round 23c: the bodies listed after a count of an organisation's members, a later
clause that opens with "toàn tỉnh" / "toàn huyện", and a hamlet's number ("xóm 7") as a name. Every
text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- a list of member bodies after a count
def test_bodies_listed_after_a_count_of_members_do_not_act():
    text = (
        "Sau sắp xếp, Tỉnh đoàn có 88 tổ chức Đoàn trực thuộc: 80 Đoàn xã, phường, Đoàn Khối các cơ "
        "quan và doanh nghiệp tỉnh, Đoàn Thanh niên Công an tỉnh và 6 Đoàn trường cao đẳng."
    )
    assert one(text, 6).unit == "Nghệ An"


def test_a_listed_body_that_acts_keeps_its_figure():
    # the neighbour shape: after the colon the body does something, it is no bare list item
    text = (
        "Kết quả nổi bật của 3 đơn vị: Đoàn Thanh niên Công an tỉnh tổ chức 6 buổi tuyên truyền "
        "pháp luật cho học sinh."
    )
    assert one(text, 6).unit == "Công an nhân dân"


def test_a_body_after_a_colon_with_no_count_before_still_acts():
    text = "Nổi bật: Đoàn Thanh niên Công an tỉnh và 6 đội hình tình nguyện ra quân dọn vệ sinh."
    assert one(text, 6).unit == "Công an nhân dân"


# ------------------------------------------------------- "toàn tỉnh" opening a later clause
def test_a_later_clause_on_the_whole_province_is_not_the_bodys_before():
    text = (
        "Đoàn Thanh niên Công an tỉnh tổ chức 5 lớp tập huấn; toàn tỉnh có 2.310 chi đoàn với "
        "61.500 đoàn viên."
    )
    assert one(text, 5).unit == "Công an nhân dân"
    assert one(text, 2310).unit == "Nghệ An"
    assert one(text, 61500).unit == "Nghệ An"


def test_a_later_clause_with_no_whole_word_carries_the_body():
    text = "Đoàn Thanh niên Công an tỉnh tổ chức 5 lớp tập huấn; có 2.310 đoàn viên tham gia."
    assert one(text, 2310).unit == "Công an nhân dân"


def test_toan_huyen_names_a_district_page_itself():
    text = "Đoàn xã Diễn Hồng tổ chức 4 buổi sinh hoạt; toàn huyện kết nạp 312 đoàn viên mới."
    assert one(text, 312, "huyện Diễn Châu").unit == "huyện Diễn Châu"


def test_toan_huyen_on_a_provincial_page_keeps_the_carried_subject():
    # which district "toàn huyện" is the clause does not say: the body before goes on
    text = "Huyện đoàn Diễn Châu tổ chức 4 buổi sinh hoạt; toàn huyện kết nạp 312 đoàn viên mới."
    assert one(text, 312).unit == "huyện Diễn Châu"


# ------------------------------------------------------- a hamlet's number is its name
def _nonfigure(text: str, raw: str) -> str | None:
    return next(q.nonfigure for q in find_quantities(text) if q.text == raw)


def test_a_hamlets_number_is_a_name():
    assert _nonfigure("Gia đình anh Lê Văn Bình (xóm 9, xã Diễn Hồng) được trao 1 nhà.", "9") == "name"
    assert _nonfigure("Xây 1 sân chơi tại xóm 14 trị giá 40 triệu đồng.", "14") == "name"
    assert 14 not in values("Đoàn xã Diễn Hồng xây 1 sân chơi tại xóm 14 trị giá 40 triệu đồng.")


def test_a_count_handed_to_a_numbered_hamlet_is_a_figure():
    # the neighbour shape: a counted noun after the hamlet's number counts the things given
    assert _nonfigure("Đoàn xã bàn giao cho xóm 3 sân chơi thiếu nhi.", "3") is None


# ------------------------------------------------------- a breakdown list's items by short names
def test_the_provinces_police_as_a_list_item_is_the_police_sector():
    text = (
        "Toàn tỉnh tiếp nhận 3.000 đơn vị máu. Trong đó: Đoàn trường Đại học Vinh 1.200 đơn vị, "
        "Đoàn trường Cao đẳng Y tế Nghệ An 900 đơn vị, Công an tỉnh 700 đơn vị; các cơ sở Đoàn khác "
        "200 đơn vị."
    )
    assert one(text, 700).unit == "Công an nhân dân"
    assert one(text, 200).unit == "Nghệ An"


def test_the_police_of_a_numbered_ward_is_no_short_item():
    # "Công an phường 7": a ward's name may be a number, the short form is not read there
    from reportextract.units import find_units

    assert all(m.canonical != "Công an nhân dân" for m in find_units("Gồm: xã A 3 đơn vị, Công an phường 7"))


def test_plural_member_bodies_open_a_new_subject_after_a_semicolon():
    text = (
        "Kết quả: Chi đoàn Công an huyện 62 đơn vị, Chi đoàn Ban Chỉ huy Quân sự huyện 35 đơn vị; "
        "các Đoàn xã, thị trấn 270 đơn vị."
    )
    assert one(text, 35, "huyện Diễn Châu").unit == "Quân đội nhân dân"
    assert one(text, 270, "huyện Diễn Châu").unit == "huyện Diễn Châu"


def test_a_later_clause_without_plural_bodies_keeps_the_unit_before():
    text = "Kết quả: Chi đoàn Ban Chỉ huy Quân sự huyện tổ chức 35 buổi; các đội hình làm 270 ngày công."
    assert one(text, 270, "huyện Diễn Châu").unit == "Quân đội nhân dân"


# ------------------------------------------------------- a former body is not a later bare subject
def test_a_bare_provincial_body_after_a_former_one_is_the_page():
    text = (
        "Trước hợp nhất, Tỉnh đoàn Quảng Bình (cũ) tổ chức Lễ kỷ niệm với 900 đại biểu tham dự. Ngày "
        "20/10, Tỉnh đoàn tổ chức Ngày hội thanh niên công nhân với 1.500 đoàn viên tham gia."
    )
    assert one(text, 1500, "Quảng Trị").unit == "Quảng Trị"


def test_a_bare_provincial_body_after_a_current_one_is_that_body():
    text = (
        "Tỉnh đoàn Hà Tĩnh tổ chức Lễ kỷ niệm với 900 đại biểu tham dự. Ngày 20/10, Tỉnh đoàn tổ chức "
        "Ngày hội thanh niên công nhân với 1.500 đoàn viên tham gia."
    )
    assert one(text, 1500).unit == "Hà Tĩnh"  # the body named last, no former one


# ------------------------------------------------------- a part in a former commune's area
def test_a_part_in_a_former_towns_area_is_the_towns():
    text = (
        "Đoàn xã thực hiện 30 công trình thanh niên, trong đó 12 công trình ở khu vực thị trấn "
        "Diễn Châu cũ."
    )
    assert one(text, 12, "xã Diễn Hồng").unit == "thị trấn Diễn Châu"
    assert one(text, 30, "xã Diễn Hồng").unit == "xã Diễn Hồng"


def test_a_part_in_a_current_towns_area_only_says_where():
    text = "Đoàn xã thực hiện 30 công trình thanh niên, trong đó 12 công trình ở khu vực thị trấn Diễn Châu."
    assert one(text, 12, "xã Diễn Hồng").unit != "thị trấn Diễn Châu"


def test_plural_bodies_after_a_province_are_the_provinces():
    # the neighbour shape: a province named by the sentence holds such bodies, they stay its own
    text = (
        "Theo Tỉnh đoàn Hà Tĩnh, toàn tỉnh có 120 trường bán trú; các cơ sở Đoàn đã sửa chữa 45 bếp ăn."
    )
    assert one(text, 45, "xã Diễn Hồng").unit == "Hà Tĩnh"
