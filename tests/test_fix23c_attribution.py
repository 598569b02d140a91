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
