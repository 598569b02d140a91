"""Unit attribution, round 17c (spec §2.3): givers and recipients. What is given goes to the unit
that receives it; the giver's own people and teams stay the giver's. Every sentence was written for
these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- a passive gift: "X được Y trao tặng N"
def test_a_passive_gift_goes_to_the_receiver_named_first():
    text = (
        "Đoàn xã Diễn Châu được Tỉnh đoàn Hà Tĩnh trao tặng 30 chiếc xuồng và 40 áo phao, trị giá "
        "45 triệu đồng."
    )
    assert one(text, 30).unit == "xã Diễn Châu"
    assert one(text, 40).unit == "xã Diễn Châu"
    assert one(text, 45_000_000).unit == "xã Diễn Châu"


def test_a_passive_support_goes_to_the_receiver_too():
    text = "Đoàn xã Diễn Châu được Tỉnh đoàn Hà Tĩnh hỗ trợ 15 triệu đồng."
    assert one(text, 15_000_000).unit == "xã Diễn Châu"


def test_a_passive_of_another_verb_keeps_the_body_that_acts():
    # no verb of giving after the second body: the usual rules read it (the last body named acts)
    text = "Đoàn xã Diễn Châu được Tỉnh đoàn Hà Tĩnh giao tổ chức 3 lớp tập huấn."
    assert one(text, 3).unit == "Hà Tĩnh"


def test_an_active_gift_between_two_bodies_is_unchanged():
    text = "Tỉnh đoàn Hà Tĩnh trao tặng Đoàn xã Diễn Châu 30 chiếc xuồng."
    assert one(text, 30).unit == "xã Diễn Châu"


# ------------------------------------------------------- support to the page's own body by a short name
def test_support_to_the_pages_own_company_body_is_the_pages():
    text = (
        "Đoàn Thanh niên Tổng công ty Cấp nước miền Bắc hỗ trợ Đoàn Công ty 40 triệu đồng và 500 mét "
        "ống nước."
    )
    own = "Công ty Cấp nước Nghệ An"
    assert one(text, 40_000_000, own).unit == own
    assert one(text, 500, own).unit == own


def test_support_to_the_pages_own_association_committee_is_the_pages():
    text = "Hội LHTN Việt Nam thành phố Huế hỗ trợ Ủy ban Hội tỉnh 90 triệu đồng xây cầu."
    assert one(text, 90_000_000).unit == "Nghệ An"


def test_the_company_body_that_gives_keeps_its_own_teams():
    # "Đoàn Công ty" acts here (no verb of giving before it): not a recipient
    text = "Đoàn Công ty cử 9 đoàn viên tham gia sửa điện."
    assert one(text, 9, "Công ty Cấp nước Nghệ An").unit == "Công ty Cấp nước Nghệ An"


# ------------------------------------------------------- "N suất cho Trường X": each item its own recipient
def test_each_counted_item_goes_to_the_school_after_its_own_cho():
    text = (
        "Tỉnh đoàn trao 90 suất học bổng. Theo danh sách, 30 suất dành cho học sinh Trường THCS Lê "
        "Lợi (xã Nghi Lộc), 25 suất cho Trường Tiểu học Kim Liên (xã Nam Đàn) và 35 suất cho Trường "
        "THCS Đặng Thai Mai (xã Thanh Chương)."
    )
    assert one(text, 30).unit == "trường THCS Lê Lợi"
    assert one(text, 25).unit == "trường Tiểu học Kim Liên"
    assert one(text, 35).unit == "trường THCS Đặng Thai Mai"


def test_sessions_for_a_schools_pupils_are_not_a_handed_item():
    # not a thing handed over (sessions): the opening rule of item lists does not read it
    text = "Tỉnh đoàn mở lớp kỹ năng. Theo kế hoạch, 12 buổi cho học sinh Trường THCS Lê Lợi."
    assert one(text, 12).unit == "Nghệ An"


# ------------------------------------------------------- member to member: the giver keeps its own people
def test_money_goes_to_the_receiving_company_and_the_sent_members_stay_the_givers():
    text = (
        "Tỉnh đoàn Nghệ An hỗ trợ Đoàn Thanh niên Công ty Than Hà Lầm 70 triệu đồng, đồng thời cử "
        "15 đoàn viên cùng dọn dẹp kho."
    )
    assert one(text, 70_000_000).unit == "Công ty Than Hà Lầm"
    assert one(text, 15).unit == "Nghệ An"


def test_a_gift_that_goes_on_after_va_stays_the_receivers():
    text = "Tỉnh đoàn Nghệ An hỗ trợ Đoàn Thanh niên Công ty Than Hà Lầm 70 triệu đồng và 300 mét dây điện."
    assert one(text, 300).unit == "Công ty Than Hà Lầm"


# ------------------------------------------------------- a speaker's "nhà trường" is the school named before
def test_a_principal_telling_what_the_school_saved_names_the_school():
    text = (
        "Đoàn xã Nam Đàn bàn giao công trình sân chơi cho Trường Tiểu học Kim Liên. Thầy Trần Văn "
        "Bình, Hiệu trưởng nhà trường, cho biết mỗi năm nhà trường tiết kiệm được 5 triệu đồng."
    )
    assert one(text, 5_000_000).unit == "trường Tiểu học Kim Liên"


def test_the_school_in_a_speakers_title_alone_is_no_subject():
    text = (
        "Đoàn xã Nam Đàn bàn giao công trình sân chơi cho Trường Tiểu học Kim Liên. Thầy Trần Văn "
        "Bình, Hiệu trưởng nhà trường, cho biết Đoàn xã đã huy động 40 ngày công."
    )
    # the bare "Đoàn xã" is the page's own (the other rules), not the school of the title
    assert one(text, 40).unit != "trường Tiểu học Kim Liên"


# ------------------------------------------------------- a gift to the page's own kitchen
def test_a_gift_to_the_kitchen_is_the_pages_own_not_the_givers():
    text = "Hội Sinh viên thành phố Huế tặng bếp 1 tủ lạnh trị giá 12 triệu đồng."
    own = "trường Đại học Vinh"
    assert one(text, 1, own).unit == own
    assert one(text, 12_000_000, own).unit == own


def test_a_kitchen_given_as_a_thing_is_still_the_givers():
    # "bếp" here is the thing given, counted after the number: the giver's (unchanged)
    text = "Hội Sinh viên thành phố Huế tặng 3 bếp gas cho khu trọ."
    assert one(text, 3, "trường Đại học Vinh").unit == "Huế"


# ------------------------------------------------------- a handed-over work described a paragraph later
HANDED = (
    "Đoàn xã Nam Đàn bàn giao công trình \u201cSân chơi cho em\u201d cho Trường Tiểu học Kim Liên.\n\n"
    "Trong 3 tuần, 25 đoàn viên đã san lấp mặt bằng.\n\n"
)


def test_the_handed_work_described_in_a_later_paragraph_is_the_recipients():
    text = HANDED + "Công trình trị giá 45 triệu đồng."
    assert one(text, 45_000_000, "xã Nam Đàn").unit == "trường Tiểu học Kim Liên"


def test_a_later_paragraph_on_something_else_stays_the_actors():
    text = HANDED + "Chương trình thu hút 300 lượt thanh niên."
    assert one(text, 300, "xã Nam Đàn").unit == "xã Nam Đàn"
