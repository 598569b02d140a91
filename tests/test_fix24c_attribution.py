"""Attribution of round 24c: long reports' footnote lists. The Youth Union's words abbreviated before a
body ("ĐTN Công an tỉnh"), a count of member bodies of a kind opening a list item ("3 Đoàn trường"), a
bracket after a unit that only says which higher place it lies in ("Huyện đoàn A (tỉnh B cũ)¹"), and
a list of schools whose later item is named by the school's own name alone. Every text was written for
these tests.
"""

from __future__ import annotations

import reportextract
from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def _units(text: str) -> dict[str, str | None]:
    """The unit of each figure of a document (footnotes too), by its value written out."""
    return {str(f.value): f.unit for f in reportextract.extract(text, scope="Nghệ An").figures}


# ------------------------------------------------------- "ĐTN" / "Đoàn TN" = "Đoàn Thanh niên"
def test_abbreviated_union_words_before_the_police_are_the_police_sector():
    assert one("ĐTN Công an tỉnh tổ chức 5 lớp tập huấn pháp luật.", 5).unit == "Công an nhân dân"
    assert one("Đoàn TN Công an tỉnh tổ chức 7 buổi tuyên truyền.", 7).unit == "Công an nhân dân"


def test_abbreviated_union_words_in_a_list_item():
    text = "Trong đó: Đoàn xã Diễn Hồng 15 đội hình; ĐTN Công an tỉnh 42 đội hình."
    assert one(text, 15).unit == "xã Diễn Hồng"
    assert one(text, 42).unit == "Công an nhân dân"


def test_abbreviation_counts_in_capitals_only():
    # "đtn" in lower case is no abbreviation: nothing names the police
    assert one("Ngày hội; đtn công an tỉnh tổ chức 5 lớp tập huấn.", 5).unit == "Nghệ An"


# ------------------------------------------------------- a count of member bodies opening an item
def test_a_counted_kind_of_bodies_after_a_sector_item_is_the_scope():
    text = "Trong đó: Đoàn Thanh niên Công an tỉnh 42 đội hình; 3 Đoàn trường 66 đội hình."
    assert one(text, 42).unit == "Công an nhân dân"
    assert one(text, 3).unit == "Nghệ An"
    assert one(text, 66).unit == "Nghệ An"


def test_an_item_without_a_count_of_bodies_keeps_the_sector():
    # the neighbour shape: the next item names no bodies, the police go on
    text = "Trong đó: Đoàn Thanh niên Công an tỉnh 42 đội hình; 660 đoàn viên tham gia."
    assert one(text, 660).unit == "Công an nhân dân"


def test_a_counted_kind_of_bodies_after_a_district_stays_the_districts():
    # a district holds communes' bodies: its own, as "các Đoàn xã" after it are
    text = "Huyện đoàn Diễn Châu thành lập 20 đội hình; 3 Đoàn xã 66 đội hình."
    assert one(text, 66).unit == "huyện Diễn Châu"


# ------------------------------------------------------- a bracket that only locates the unit
_BRACKETS = """# Báo cáo

Tiêu biểu là Huyện đoàn Diễn Châu (tỉnh Nghệ An cũ)[^1] và Huyện đoàn Can Lộc[^2].

[^1]: Thắp sáng 4,2 km đường quê.

[^2]: Trao 120 suất quà cho học sinh.
"""


def test_a_bracket_of_the_higher_place_before_a_marker_leaves_the_unit():
    units = _units(_BRACKETS)
    assert units["4.2"] == "huyện Diễn Châu"


def test_a_marker_after_a_bracket_of_a_unit_of_the_same_level():
    # the neighbour shape: a bracket that holds no higher place (another district) is no address
    text = _BRACKETS.replace("(tỉnh Nghệ An cũ)", "(huyện Yên Thành)")
    assert _units(text)["4.2"] == "huyện Yên Thành"


# ------------------------------------------------------- a school's own name in a list of schools
_SCHOOLS = """# Báo cáo

Đoàn trường Đại học Kỹ thuật Vinh Xanh và Đoàn trường Đại học Y dược Bắc Lam tổ chức 12 đợt hiến máu, \
tiếp nhận 2.300 đơn vị máu[^1].

[^1]: Trong đó: Đoàn trường Đại học Kỹ thuật Vinh Xanh 1.320 đơn vị; Y dược Bắc Lam 980 đơn vị.
"""


def test_a_schools_own_name_after_a_school_item_is_that_school():
    units = _units(_SCHOOLS)
    assert units["1320"] == "trường Đại học Kỹ thuật Vinh Xanh"
    assert units["980"] == "trường Đại học Y dược Bắc Lam"


def test_a_schools_own_name_after_a_place_item_is_not_read():
    # the neighbour shape: the item before is a commune, no list of schools
    text = _SCHOOLS.replace("Đoàn trường Đại học Kỹ thuật Vinh Xanh 1.320", "Đoàn xã Diễn Hồng 1.320")
    units = _units(text)
    assert units["1320"] == "xã Diễn Hồng"
    # "Y dược Bắc Lam" is not read as a school's name: the item's unit is the one the item before carries
    assert units["980"] == "xã Diễn Hồng"
