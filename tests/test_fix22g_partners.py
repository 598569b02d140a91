"""Partner bodies and provinces abroad of round 22g (spec §2.3: support handed to a partner abroad is
the partner's): a foreign province read right before its figure, a youth body named with its country
before the province, "cho tỉnh bạn" after the things given, a chained gift after "; đồng thời trao",
two counted groups doing a joint work, and "có" after the first unit of a list. Every sentence was
written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities
from reportextract.units import find_units

figs, one, values = helpers("An Giang")


def _units(text: str) -> list[tuple[str, bool]]:
    return [(m.canonical, m.is_body) for m in find_units(text)]


# -- the unit finder --------------------------------------------------------------------------------


def test_a_foreign_province_right_before_its_figure_is_read() -> None:
    text = "Tỉnh đoàn bàn giao cho Đoàn Thanh niên tỉnh Sa La Van 4 phòng học."
    assert ("Sa La Van", True) in _units(text)


def test_an_unknown_name_before_a_figure_stays_no_province() -> None:
    # negative: no listed province and no country named with it
    assert _units("Tỉnh đoàn bàn giao cho Đoàn Thanh niên tỉnh Pha Lum Ta 4 phòng học.") == []


def test_a_youth_body_named_with_its_country_before_the_province() -> None:
    text = "Tỉnh đoàn trao Ủy ban Thanh niên Campuchia tỉnh Kampot 3 điểm trường."
    assert _units(text) == [("Kampot", True)]


def test_young_people_of_a_country_are_no_body() -> None:
    # negative: lower-case people, not the head of a body's name
    text = "Tỉnh đoàn khám bệnh cho 30 thanh niên Campuchia tỉnh Kampot."
    assert _units(text) == [("Kampot", False)]


def test_a_capitalised_khoang_ending_a_name_is_no_qualifier() -> None:
    quantities = find_quantities("Tỉnh đoàn bàn giao cho tỉnh Xiêng Khoảng 3 phòng học.")
    assert [(q.text, q.qualifier) for q in quantities] == [("3", None)]


def test_khoang_opening_a_sentence_or_lower_case_is_about() -> None:
    # negative: the qualifier as a sentence opens with it, or in lower case
    assert [q.qualifier for q in find_quantities("Hội nghị bế mạc. Khoảng 300 người dự.")] == ["about"]
    assert [q.qualifier for q in find_quantities("Đoàn xã trao khoảng 3 phòng học.")] == ["about"]


# -- attribution -----------------------------------------------------------------------------------

_KAMPOT = (
    "Ngày 2/3, Tỉnh đoàn An Giang làm việc với Ủy ban Thanh niên Campuchia tỉnh Kampot (Campuchia). "
)


def test_gifts_handed_to_a_partner_body_named_with_its_country() -> None:
    text = _KAMPOT + (
        "Tỉnh đoàn bàn giao cho Ủy ban Thanh niên Campuchia tỉnh Kampot 3 điểm trường trị giá 900 triệu "
        "đồng."
    )
    assert one(text, 3).unit == "Kampot"
    assert one(text, 900_000_000).unit == "Kampot"


def test_a_service_given_in_the_partner_province_stays_the_givers() -> None:
    # negative: the province abroad only says where the delegation served people
    text = _KAMPOT + "Tại tỉnh Kampot, các bác sĩ trẻ khám bệnh cho 500 người dân."
    assert one(text, 500).unit == "An Giang"


def test_cho_tinh_ban_after_the_things_given() -> None:
    text = "Tuổi trẻ An Giang trao 4 phòng học, 300 suất quà cho tỉnh bạn Kampot\n" + _KAMPOT
    assert one(text, 4).unit == "Kampot"
    assert one(text, 300).unit == "Kampot"


def test_cho_tinh_ban_past_the_actors_own_deed_is_not_the_partners() -> None:
    # negative: the comma opens the actor's own deed before "cho tỉnh bạn"
    text = _KAMPOT + "Tỉnh đoàn huy động 50 đoàn viên, tổ chức khám bệnh cho tỉnh bạn."
    assert one(text, 50).unit == "An Giang"


def test_a_listed_partner_province_whose_body_takes_part() -> None:
    text = (
        "Tỉnh đoàn An Giang làm việc với Đoàn Thanh niên tỉnh Kampot của Campuchia. Từ năm 2020, tuổi "
        "trẻ An Giang đã giúp tỉnh bạn xây 14 cây cầu."
    )
    assert one(text, 14).unit == "Kampot"


def test_two_partner_provinces_leave_tinh_ban_unresolved() -> None:
    # negative: "tỉnh bạn" cannot tell which of two partners
    text = (
        "Tỉnh đoàn An Giang làm việc với Đoàn Thanh niên tỉnh Kampot và Đoàn Thanh niên tỉnh Takeo của "
        "Campuchia. Tuổi trẻ An Giang đã giúp tỉnh bạn xây 14 cây cầu."
    )
    assert one(text, 14).unit == "An Giang"


def test_a_chained_gift_after_dong_thoi_goes_to_the_same_partner() -> None:
    text = _KAMPOT + (
        "Tỉnh đoàn bàn giao cho Ủy ban Thanh niên Campuchia tỉnh Kampot 2 phòng học; đồng thời trao 200 "
        "suất quà, mỗi suất 500.000 đồng, để tỉnh bạn tặng học sinh, và trao Trường Tiểu học Kep 10 bộ "
        "máy tính."
    )
    assert one(text, 200).unit == "Kampot"
    assert one(text, 500_000).unit == "Kampot"
    assert one(text, 10).unit == "trường Tiểu học Kep"


def test_a_chained_gift_for_people_stays_the_givers() -> None:
    # negative: the part names its own receivers, people of no unit
    text = _KAMPOT + (
        "Tỉnh đoàn bàn giao cho Ủy ban Thanh niên Campuchia tỉnh Kampot 2 phòng học; đồng thời trao 200 "
        "suất quà cho hộ nghèo."
    )
    assert one(text, 200).unit == "An Giang"


def test_two_counted_groups_build_a_joint_work() -> None:
    text = (
        "Công trình do 50 đoàn viên xã Vĩnh Gia và 30 thanh niên xã Bình Giang thi công, tổng kinh phí 400 "
        "triệu đồng."
    )
    assert one(text, 400_000_000).unit == "An Giang"


def test_a_second_group_with_a_deed_of_its_own() -> None:
    # negative: a figure of things stands between the groups: the second acts on its own
    text = "Đoàn xã huy động 50 đoàn viên trồng 500 cây và 30 thanh niên xã Bình Giang làm 2 km đường."
    assert one(text, 2).unit == "xã Bình Giang"


def test_co_after_the_first_university_of_a_list() -> None:
    text = "Trong các trường, Đại học Huế có 90 sinh viên, Trường Đại học Cần Thơ 40 sinh viên."
    assert one(text, 90).unit == "Đại học Huế"


def test_co_after_a_university_alone_is_its_city() -> None:
    # negative: no list after it, the university stands for its province as before
    assert one("Đại học Huế có 90 sinh viên tham gia.", 90).unit == "Huế"


def test_a_plant_nursery_handed_over_is_a_work() -> None:
    text = _KAMPOT + "Tỉnh đoàn bàn giao cho Ủy ban Thanh niên Campuchia tỉnh Kampot 1 vườn ươm cà phê."
    found = one(text, 1)
    assert (found.unit, found.category) == ("Kampot", "works")


def test_a_chained_gift_split_among_the_partners_districts() -> None:
    text = _KAMPOT + (
        "Tỉnh đoàn bàn giao cho Ủy ban Thanh niên Campuchia tỉnh Kampot 2 phòng học; trao 300 suất học "
        "bổng (huyện Kampong Trach 180 suất, huyện Chhuk 120 suất)."
    )
    assert one(text, 300).unit == "Kampot"
    assert one(text, 180).unit == "huyện Kampong Trach"


def test_a_chained_gift_split_among_places_at_home_stays_the_givers() -> None:
    # negative: a unit at home received the first gift; the split places make the total the giver's
    text = (
        "Tỉnh đoàn bàn giao cho Đoàn xã Vĩnh Gia 2 phòng học; trao 300 suất học bổng (xã Bình Giang 180 "
        "suất, xã Tân Lập 120 suất)."
    )
    assert one(text, 300).unit == "An Giang"
