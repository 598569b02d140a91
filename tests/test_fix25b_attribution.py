"""Unit attribution of force bodies and short forms of a body, round 25b (spec §2.3): a border post
called back by "Đồn" or "đơn vị" after it was named, a bare "Đoàn xã" on a post's page, the body
after "do" that did what a clause counts, and a list of member bodies split by ";".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")

ARMY = "Quân đội nhân dân"
POLICE = "Công an nhân dân"


def units(text: str, scope: str) -> dict[str, str | None]:
    return {str(f.value): f.unit for f in figs(text, scope)}


# ------------------------------------------------ "Đồn" alone, the post named paragraphs before
POST_NEWS = (
    "Ngày 4/4, Đoàn xã Khổng Lào phối hợp Đoàn Thanh niên Đồn Biên phòng Pa Tần sửa chữa 3 phòng học.\n"
    "Trong 12 ngày, 41 đoàn viên của xã góp 230 ngày công; "
    "Đồn cử 16 chiến sĩ trẻ cùng 2 xe tải chở 18 tấn cát.\n"
    "Dịp này, Đồn trao 9 con bò giống cho 9 hộ nghèo."
)


def test_bare_post_after_a_short_lead_and_its_later_counts_are_the_force():
    got = units(POST_NEWS, "xã Khổng Lào")
    assert got["16"] == got["2"] == got["18"] == ARMY
    assert [f.unit for f in figs(POST_NEWS, "xã Khổng Lào") if f.value == 9] == [ARMY, ARMY]


def test_commune_members_before_the_post_stay_the_communes():
    got = units(POST_NEWS, "xã Khổng Lào")
    assert got["41"] == got["230"] == "xã Khổng Lào"


def test_bare_police_post_is_the_police():
    text = (
        "Đoàn phường Tân Phong phối hợp Đồn Công an Tân Phong ra mắt mô hình.\n"
        "Nhân dịp này, Đồn tặng 25 mũ bảo hiểm cho học sinh."
    )
    assert one(text, 25, "phường Tân Phong").unit == POLICE


def test_bare_post_with_no_post_named_stays_with_the_page():
    text = "Đoàn xã Khổng Lào ra mắt đội hình.\nDịp này, Đồn trao 9 con bò giống cho hộ nghèo."
    assert one(text, 9, "xã Khổng Lào").unit == "xã Khổng Lào"


def test_bare_post_gift_to_a_named_school_is_the_schools():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Khổng Lào tổ chức lễ khai giảng.\n"
        "Tại buổi lễ, Đồn trao 30 suất học bổng cho học sinh trường Tiểu học Pa Tần."
    )
    assert one(text, 30, "xã Khổng Lào").unit == "trường Tiểu học Pa Tần"


# --------------------------------------------------------- "đơn vị" right after a post's clause
def test_unit_word_after_a_posts_clause_is_the_force():
    text = (
        "Tỉnh đoàn Lai Châu tổ chức chương trình khám bệnh tại xã biên giới.\n"
        "Đồn Biên phòng Pa Tần cử 11 cán bộ quân y; đơn vị còn trao 40 suất quà cho hộ nghèo."
    )
    got = units(text, "Lai Châu")
    assert got["11"] == got["40"] == ARMY


def test_unit_word_after_a_communes_clause_stays_the_pages_own():
    text = (
        "Tỉnh đoàn Lai Châu tổ chức chương trình khám bệnh tại xã biên giới.\n"
        "Đoàn xã Khổng Lào cử 11 đoàn viên dẫn đường; đơn vị còn trao 40 suất quà cho hộ nghèo."
    )
    assert one(text, 40, "Lai Châu").unit == "Lai Châu"


# ------------------------------------------- a bare "Đoàn xã" on the page of a post or a province
def test_bare_commune_body_is_the_one_commune_named_before():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Khổng Lào nhận đỡ đầu học sinh.\n"
        "Đồn nhận 14 em theo chương trình con nuôi.\n"
        "Đoàn xã huy động 27 đoàn viên làm mới 260 m đường vào bản."
    )
    got = units(text, ARMY)
    assert got["14"] == ARMY
    assert got["27"] == got["260"] == "xã Khổng Lào"


def test_bare_commune_body_with_two_communes_named_is_not_guessed():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Khổng Lào và Đoàn xã Sìn Hồ nhận đỡ đầu "
        "học sinh.\nĐồn nhận 14 em, phần lớn ở bản Nậm Cười.\n"
        "Đoàn xã huy động 27 đoàn viên làm mới 260 m đường vào bản."
    )
    got = units(text, ARMY)
    assert got["27"] == got["260"] == ARMY


# ------------------------------------------------------- "do <body> <verb>" after the figures
def test_body_after_do_that_built_it_owns_the_clauses_figures():
    text = (
        "Ngày 2/6, Tỉnh đoàn Lai Châu khánh thành cây cầu thanh niên.\n"
        "Cây cầu dài 42 m, rộng 3 m, trị giá 560 triệu đồng, do Đoàn xã Khổng Lào vận động xây dựng."
    )
    got = units(text, "Lai Châu")
    assert got["42"] == got["3"] == got["560000000"] == "xã Khổng Lào"


def test_members_of_a_bare_commune_body_after_do_are_the_communes():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Khổng Lào nhận đỡ đầu 30 học sinh.\n"
        "Đồn nhận 18 em; 12 em còn lại do nữ đoàn viên Đoàn xã nhận làm mẹ đỡ đầu."
    )
    got = units(text, ARMY)
    assert got["18"] == ARMY
    assert got["12"] == "xã Khổng Lào"


def test_higher_level_funding_after_do_stays_with_the_page():
    text = (
        "Đoàn xã Khổng Lào khánh thành cây cầu thanh niên.\n"
        "Cây cầu dài 42 m, trị giá 560 triệu đồng, do Tỉnh đoàn Lai Châu tài trợ."
    )
    got = units(text, "xã Khổng Lào")
    assert got["42"] == got["560000000"] == "xã Khổng Lào"


def test_thing_handed_to_a_school_stays_the_schools_whoever_raised_it():
    text = (
        "Ngày 9/10, Đoàn xã Khổng Lào bàn giao công trình “Bếp ăn ấm áp” cho Trường Tiểu học Pa Tần. "
        "Bếp rộng 58 m², trị giá 170 triệu đồng, do Đoàn xã vận động các nhà hảo tâm."
    )
    got = units(text, "xã Khổng Lào")
    assert got["58"] == got["170000000"] == "trường Tiểu học Pa Tần"


def test_company_after_do_is_no_unit_of_the_figures():
    text = (
        "Ngày 2/6, Tỉnh đoàn Lai Châu khánh thành cây cầu thanh niên.\n"
        "Cây cầu dài 42 m, trị giá 560 triệu đồng, do Công ty Cổ phần Xây dựng Pa Tần thi công."
    )
    got = units(text, "Lai Châu")
    assert got["42"] == got["560000000"] == "Lai Châu"


def test_agent_phrase_with_its_own_count_leaves_the_earlier_figure():
    text = "Toàn tỉnh có 120 công trình thanh niên, do Đoàn xã Khổng Lào thực hiện 30 công trình."
    assert one(text, 120, "Lai Châu").unit == "Lai Châu"


# ------------------------------------------------------ a list of member bodies split by ";"
MEMBERS = (
    "Tỉnh đoàn hiện có 40 tổ chức Đoàn trực thuộc: 33 Đoàn xã, phường; Đoàn Khối các cơ quan và "
    "doanh nghiệp tỉnh; Đoàn Thanh niên Công an tỉnh; Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
    "và 4 Đoàn trường cao đẳng."
)


def test_count_closing_a_semicolon_list_of_member_bodies_is_the_issuers():
    assert one(MEMBERS, 4, "Lai Châu").unit == "Lai Châu"


def test_force_body_after_a_list_that_ended_keeps_its_count():
    text = (
        "Tỉnh đoàn hiện có 40 tổ chức Đoàn trực thuộc: 33 Đoàn xã, phường; Đoàn Khối các cơ quan tỉnh. "
        "Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh và 4 chi đoàn đồn tổ chức 12 buổi tuyên truyền."
    )
    assert one(text, 12, "Lai Châu").unit == ARMY
