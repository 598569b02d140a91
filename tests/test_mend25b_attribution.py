"""Unit attribution mended after the review of round 25's first wave (spec §2.3): a bare "Đoàn xã"
after one commune body and another commune place, "do" as a conjunction or before a plural body,
"trước đây" after a body, a count of bodies that acts before ";", and a footnote anchor across a
dash between clauses.

Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract
from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")

ARMY = "Quân đội nhân dân"


def units(text: str, scope: str) -> dict[str, str | None]:
    return {str(f.value): f.unit for f in figs(text, scope)}


# ------------------------------------- a bare "Đoàn xã" after a commune body and a commune place
def test_bare_commune_body_after_a_body_and_a_place_of_two_communes_is_not_guessed():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Mường Tè nhận đỡ đầu học sinh "
        "ở xã Nậm Hàng.\nĐồn nhận 14 em theo chương trình con nuôi.\n"
        "Đoàn xã huy động 31 đoàn viên làm mới 420 m đường."
    )
    got = units(text, ARMY)
    assert got["14"] == got["31"] == got["420"] == ARMY


def test_bare_commune_body_after_one_commune_body_and_no_other_place_is_that_commune():
    text = (
        "Đoàn Thanh niên Đồn Biên phòng Pa Tần phối hợp Đoàn xã Mường Tè nhận đỡ đầu học sinh.\n"
        "Đồn nhận 14 em theo chương trình con nuôi.\n"
        "Đoàn xã huy động 31 đoàn viên làm mới 420 m đường."
    )
    got = units(text, ARMY)
    assert got["14"] == ARMY
    assert got["31"] == got["420"] == "xã Mường Tè"


# ------------------------------------------------ "do đó/do vậy" is "therefore", not a passive agent
NEWS = "Ngày 3/5, Tỉnh đoàn Lai Châu phối hợp Đoàn xã Mường Tè tổ chức ngày hội thanh niên.\n"


def test_do_vay_after_a_count_names_no_agent():
    text = NEWS + "Toàn tỉnh có 28 công trình thanh niên, do vậy Đoàn xã Mường Tè được tuyên dương."
    assert one(text, 28, "Lai Châu").unit == "Lai Châu"


def test_do_do_after_the_figures_names_no_agent_but_do_a_body_does():
    therefore = NEWS + "Cây cầu dài 45 m, trị giá 520 triệu đồng, do đó Đoàn xã Mường Tè vận động thêm cát."
    got = units(therefore, "Lai Châu")
    assert got["45"] == got["520000000"] == "Lai Châu"
    agent = NEWS + "Cây cầu dài 45 m, trị giá 520 triệu đồng, do Đoàn xã Mường Tè vận động xây dựng."
    got = units(agent, "Lai Châu")
    assert got["45"] == got["520000000"] == "xã Mường Tè"


# ------------------------------------------------------ "do các Đoàn xã": many bodies, not one
def test_do_many_bare_commune_bodies_is_no_one_commune():
    assert one(NEWS + "Có 25 công trình do các Đoàn xã thực hiện.", 25, "Lai Châu").unit == "Lai Châu"
    text = NEWS + "Có 25 công trình do những Đoàn xã vùng cao thực hiện."
    assert one(text, 25, "Lai Châu").unit == "Lai Châu"


def test_do_one_bare_commune_body_or_its_members_is_the_commune_named_before():
    assert one(NEWS + "Có 25 công trình do Đoàn xã thực hiện.", 25, "Lai Châu").unit == "xã Mường Tè"
    text = NEWS + "Có 25 công trình do các đoàn viên Đoàn xã thực hiện."
    assert one(text, 25, "Lai Châu").unit == "xã Mường Tè"


# ------------------------------------------------ a capitalised "Chúng tôi" in a quote is "we" too
_SPOKEN = 'Đoàn xã trao 70 xe đạp. "Khu vực xã Nậm Hàng cũ còn 52 em phải đi bộ{rest}", chị Lan nói.'


def test_capitalised_we_in_the_quote_are_not_the_former_area():
    for rest in (", Chúng tôi tặng thêm 25 xe đạp", "; Chúng em tặng thêm 25 xe đạp"):
        assert one(_SPOKEN.format(rest=rest), 25, "xã Mường Tè").unit == "xã Mường Tè"
    # negative: no "chúng tôi": the area's clause goes on
    assert one(_SPOKEN.format(rest=", Có 25 em được tặng xe"), 25, "xã Mường Tè").unit == "xã Nậm Hàng"


# ------------------------------------------- "trước đây" after a body says "before", not "former"
def test_truoc_day_after_a_partner_body_does_not_make_it_a_former_provinces_share():
    text = "Tỉnh đoàn Lai Châu phối hợp với Tỉnh đoàn Điện Biên trước đây có 50 đội hình tham gia."
    assert one(text, 50, "Lai Châu").unit == "Lai Châu"
    # negative: a body with its own number in brackets keeps it, "trước đây" or not
    text = "Tỉnh đoàn Lai Châu trồng 15.400 cây (Tỉnh đoàn Điện Biên trước đây 6.100 cây)."
    assert one(text, 6100, "Lai Châu").unit == "Điện Biên"
    # negative: a place marked former keeps its share
    text = "Lai Châu trồng 15.400 cây, tỉnh Điện Biên trước đây có 6.100 cây."
    assert one(text, 6100, "Lai Châu").unit == "Điện Biên"


# ------------------------------------------- a ";" after a count of bodies that acts ends the list
def test_a_count_of_bodies_that_acts_ends_the_list_of_member_bodies():
    text = (
        "Tỉnh đoàn hiện có 40 tổ chức Đoàn trực thuộc: 33 Đoàn xã đã tổ chức ra quân; Đoàn cơ sở Bộ Chỉ "
        "huy Bộ đội Biên phòng tỉnh và 4 chi đoàn đồn tổ chức 12 buổi tuyên truyền."
    )
    assert one(text, 12, "Lai Châu").unit == ARMY
    # negative: a bare count of bodies before the ";" and the list goes on
    text = text.replace("33 Đoàn xã đã tổ chức ra quân;", "33 Đoàn xã, phường;")
    assert one(text, 12, "Lai Châu").unit == "Lai Châu"


# ------------------------------------------------ a footnote's anchor stops at a dash between clauses
_NOTE = "\n\n⁴ Gồm 3 suất cho học sinh và 2 suất cho hộ nghèo.\n"


def _anchor(body: str) -> str | None:
    return reportextract.extract(body + _NOTE, scope="Lai Châu").footnotes[0].anchor


def test_an_anchor_stops_at_a_dash_before_a_capitalised_clause_or_a_count_after_a_year():
    assert _anchor("Tỉnh đoàn tổ chức tại xã Mường Tè - Đoàn viên trao 5 suất quà⁴.") == (
        "Đoàn viên trao 5 suất quà"
    )
    assert _anchor("Trong năm 2025 - 15 đội hình trao 5 suất quà⁴.") == "15 đội hình trao 5 suất quà"
    # negative: the parts of one name, a range of years and a range of counts are read across
    assert str(_anchor("Nổi bật là Đoàn phường Lâm Viên - Đà Lạt⁴.")).endswith("Lâm Viên - Đà Lạt")
    assert str(_anchor("Hoàn thành đại hội nhiệm kỳ 2025 - 2027⁴.")).endswith("2025 - 2027")
    assert str(_anchor("Ra quân từ 10 - 15 đội hình⁴.")).endswith("10 - 15 đội hình")
