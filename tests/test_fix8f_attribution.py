"""Unit attribution, round 8f (spec §2.3): the people a gift goes to named by their place, the
sentences that describe the gifts just handed over, a unit name glued to a label before it, and a
headline's short name of the page's own unit.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.attribution import _without_short_own
from reportextract.units import find_units

figs, one, values = helpers("Quảng Trị")


# ------------------------------------------------ the people a gift goes to, named by their place
def test_gift_to_people_of_a_place_goes_to_the_place():
    text = "Tỉnh đoàn trao 5 căn nhà nhân ái cho đoàn viên, thanh niên nghèo huyện Gio Linh."
    assert one(text, 5).unit == "huyện Gio Linh"


def test_gift_to_pupils_of_a_commune_goes_to_the_commune():
    text = "Huyện đoàn tặng 40 chiếc xe đạp cho học sinh vượt khó xã Vĩnh Thủy."
    assert one(text, 40).unit == "xã Vĩnh Thủy"


def test_an_activity_for_people_of_a_place_is_the_actor_s():
    # no giving verb: the training is the province's, the district's youth only attend
    text = "Tỉnh đoàn Quảng Trị tổ chức 3 buổi tập huấn cho đoàn viên, thanh niên huyện Gio Linh."
    assert one(text, 3).unit == "Quảng Trị"


def test_a_place_after_a_capitalised_name_is_not_the_people_s():
    # the words after "cho" name a body, not the people of the place
    text = "Tỉnh đoàn trao 2 bộ máy tính cho Câu lạc bộ Tin học trẻ huyện Gio Linh."
    assert one(text, 2).unit == "Quảng Trị"


# ----------------------------------------------------- sentences that describe the gifts handed over
GIFT = "Ngày 5/3, Tỉnh đoàn Quảng Trị bàn giao 4 căn nhà nhân ái cho thanh niên khó khăn của huyện Gio Linh."


def test_each_of_the_gifts_in_the_next_paragraph_is_the_recipient_s():
    text = GIFT + "\n\nMỗi căn nhà rộng 50 m², trị giá 70 triệu đồng, trong đó nhà tài trợ góp 50 triệu đồng."
    for value in (50, 70_000_000, 50_000_000):
        assert one(text, value).unit == "huyện Gio Linh"


def test_total_value_of_the_gifts_is_the_recipient_s():
    text = GIFT + "\n\nMỗi căn nhà trị giá 70 triệu đồng. Tổng trị giá 4 căn nhà là 280 triệu đồng."
    assert one(text, 280_000_000).unit == "huyện Gio Linh"
    assert [f.unit for f in figs(text) if f.value == 4] == ["huyện Gio Linh", "huyện Gio Linh"]


def test_a_total_of_something_else_stays_with_the_subject():
    text = GIFT + " Tổng trị giá các hoạt động trong năm là 900 triệu đồng."
    assert one(text, 900_000_000).unit == "Quảng Trị"


def test_each_of_something_not_counted_before_is_not_carried():
    text = GIFT + "\n\nTổng trị giá 30 suất quà tặng kèm là 15 triệu đồng."
    assert one(text, 15_000_000).unit == "Quảng Trị"


def test_description_two_paragraphs_away_is_not_carried():
    text = (
        GIFT
        + "\n\nCác căn nhà được xây trong 2 tháng.\n\nTỉnh đoàn còn mở 6 lớp học."
        + "\n\nMỗi căn nhà trị giá 70 triệu đồng."
    )
    assert one(text, 70_000_000).unit == "Quảng Trị"


# ------------------------------------------------------- a unit name glued to the label before it
def test_name_glued_to_a_section_label_is_found():
    text = (
        "Pháp luậtTuổi trẻ Công an Quảng Trị tặng 500 mũ bảo hiểm cho học sinh\n\n"
        "Ngày 2/3, đoàn viên đến các trường học tuyên truyền về an toàn giao thông."
    )
    assert one(text, 500).unit == "Công an nhân dân"


def test_glued_names_replace_the_shorter_mention_inside():
    # the unit finder reads a name from a glued capital on (units.gazetteer)
    text = "An ninhTuổi trẻ Công an Quảng Trị ra quân"
    names = [(m.text, m.canonical) for m in find_units(text)]
    assert names == [("Tuổi trẻ Công an Quảng Trị", "Công an nhân dân")]


def test_a_glue_that_starts_no_name_changes_nothing():
    text = "Kênh YouTube của Tỉnh đoàn Quảng Trị"
    assert [m.canonical for m in find_units(text)] == ["Quảng Trị"]


def test_a_glued_headline_name_takes_its_figure():
    text = "An ninh - Trật tựTuổi trẻ Công an Quảng Trị tuyên truyền cho hơn 9.000 học sinh"
    assert one(text, 9000).unit == "Công an nhân dân"


# ------------------------------------------- a headline's short name of the page's own unit
OWN = "trường Đại học Sư phạm - Đại học Huế"
LEAD = "\n\nĐoàn Thanh niên Trường Đại học Sư phạm - Đại học Huế vừa tổng kết chiến dịch tình nguyện."


def test_headline_short_name_of_the_own_school_is_the_school():
    text = "Sinh viên Sư phạm Huế tiếp sức 15 điểm thi" + LEAD
    assert one(text, 15, scope=OWN).unit == OWN


def test_headline_place_not_in_the_own_name_stays_a_place():
    text = "Tuổi trẻ Thừa Thiên Huế tiếp sức 15 điểm thi" + LEAD
    assert one(text, 15, scope=OWN).unit == "Thừa Thiên Huế"


def test_short_own_name_rule_keeps_bodies_and_the_body_text():
    text = "Sinh viên Sư phạm Huế tiếp sức 15 điểm thi\n\nSinh viên Sư phạm Huế còn góp 20 triệu đồng."
    mentions = find_units(text)
    kept = _without_short_own(text, mentions, OWN, text.find("\n"))
    assert [m.start for m in kept] == [m.start for m in mentions if m.start > text.find("\n")]
    body = "Thành đoàn Huế tiếp sức 15 điểm thi"
    assert _without_short_own(body, find_units(body), "Thành đoàn Huế", len(body)) == find_units(body)
