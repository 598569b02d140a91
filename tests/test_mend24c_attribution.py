"""mend24c: review 24 b#3-#8, #13 (figures/attribution.py), rules new in round 24.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext

figs, one, values = helpers("Quảng Nam")



def _resolve(text: str, needle: str, own: str | None = None) -> str | None:
    pos = text.index(needle)
    attr = Attributor(text, TextContext.build(text), own=own)
    found = attr.resolve(pos, pos + len(needle.split(maxsplit=1)[0]))
    return None if found is None else found.unit


_COOP = "Hợp tác xã Nông nghiệp Thanh niên Quế Sơn"


# b#3: the value of a handed thing read after "giá trị" as after "trị giá"


def test_value_after_gia_tri_goes_to_the_cooperative_it_was_handed_to() -> None:
    for value_words in ("giá trị", "có giá trị", "trị giá"):
        text = f"Trung ương Hội trao tặng {_COOP} 1 máy sấy {value_words} 180 triệu đồng."
        assert one(text, 180_000_000).unit == _COOP, value_words


def test_value_after_gia_tri_of_a_gift_to_people_stays_the_givers() -> None:
    # negative neighbour: the thing went to a person, not to a unit
    text = "Tỉnh đoàn trao 1 máy tính giá trị 12 triệu đồng cho em Lê Văn Tâm."
    assert one(text, 12_000_000).unit == "Quảng Nam"


# b#4, b#13: a student's own deed after a quoted title keeps the school; only a figure inside a
# quotation still open is the student's speech, wherever in its clause the quotation opens

_LOC = "Em Trần Văn Lộc, sinh viên Trường Đại học Phan Châu Trinh,"
_SCHOOL = "trường Đại học Phan Châu Trinh"


def test_students_deed_after_a_quoted_title_keeps_the_school() -> None:
    text = f"{_LOC} đoạt giải Nhất cuộc thi “Ý tưởng sáng tạo” với 3 sản phẩm."
    assert one(text, 3).unit == _SCHOOL
    text = f'{_LOC} đoạt giải Nhất cuộc thi "Ý tưởng sáng tạo" với 3 sản phẩm.'
    assert one(text, 3).unit == _SCHOOL


def test_students_quote_is_still_not_the_school() -> None:
    # negative neighbours: the figure inside the quotation, right after "cho biết:" or later in it
    text = f"{_LOC} cho biết: “Suất học bổng 4 triệu đồng giúp em trang trải tiền ký túc xá học kỳ đầu”."
    assert one(text, 4_000_000).unit == "Quảng Nam"
    text = f"{_LOC} cho biết: “Em rất vui, suất học bổng 4 triệu đồng giúp em trang trải học phí”."
    assert one(text, 4_000_000).unit == "Quảng Nam"


# b#5: after "trong đó" and the page's own bare body, only that body's part is its own

_OWN_KHOI = "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Quảng Bình"
_WHOLE = (
    "Đoàn Khối làm việc với tỉnh Quảng Bình. Toàn tỉnh hiện có 98.000 đoàn viên, trong đó Đoàn Khối "
    "chiếm 6,2%"
)


def test_a_later_part_after_the_own_bodys_part_is_not_its_own() -> None:
    text = f"{_WHOLE}, khối huyện chiếm 70%."
    assert _resolve(text, "70%", own=_OWN_KHOI) == "Quảng Bình"
    text = f"{_WHOLE}; khối huyện chiếm 70%."
    assert _resolve(text, "70%", own=_OWN_KHOI) == "Quảng Bình"


def test_the_own_bodys_part_before_a_later_part_stays_its_own() -> None:
    # negative neighbour: the body's own figure, before the comma
    text = f"{_WHOLE}, khối huyện chiếm 70%."
    assert _resolve(text, "6,2%", own=_OWN_KHOI) is None


# b#6: "cùng <X> cả nước" with a longer <X> still joins the subject to the nation after its count

_BLOOD = "Đoàn Khối tiếp nhận 980 đơn vị máu, góp phần cùng "


def test_joining_a_long_named_nation_keeps_the_own_count() -> None:
    text = f"{_BLOOD}đoàn viên thanh niên cả nước tiếp nhận hơn 1,2 triệu đơn vị máu."
    assert _resolve(text, "980 đơn vị") is None
    assert _resolve(text, "1,2 triệu") == "toàn quốc"


def test_a_nation_named_after_a_comma_is_no_joined_group() -> None:
    # negative neighbour: "cả nước" after a comma is not whom "cùng" names
    text = f"{_BLOOD}đoàn viên thanh niên các tỉnh, cả nước tiếp nhận hơn 1,2 triệu đơn vị máu."
    assert _resolve(text, "980 đơn vị") == "toàn quốc"


# b#7: a count qualifier between "và" and the next gift of a list does not end the list

_GIFTS = (
    "Công ty TNHH Gỗ Minh An trao 01 nhà tình thương trị giá 70 triệu đồng cho gia đình ĐV Lê Văn Tâm "
    "(ấp Suối Đá) và {} suất quà cho hộ nghèo ấp Bến Cát."
)


def test_next_gift_after_va_and_a_qualifier_goes_to_its_recipient() -> None:
    for count in ("hơn 30", "khoảng 30", "30"):
        assert _resolve(_GIFTS.format(count), "30 suất", own="xã Tân Lập") == "ấp Bến Cát", count


def test_a_list_that_no_verb_of_giving_heads_gives_nothing() -> None:
    # negative neighbour: "xây" is no verb of giving
    text = _GIFTS.replace(" trao ", " xây ").format("hơn 30")
    assert _resolve(text, "30 suất", own="xã Tân Lập") is None


# b#8: the head of a local institution is a whole word, not an event's "Hội thi"; "Uỷ ban" too

_HAMLET = "Chi đoàn thôn Hạ mở lớp bơi cho 25 em. "


def test_people_s_committee_spelled_uy_is_the_own_commune() -> None:
    for head in ("Uỷ ban nhân dân", "Ủy ban nhân dân"):
        text = f"{_HAMLET}{head} xã hỗ trợ 20 triệu đồng."
        assert _resolve(text, "20 triệu", own="xã Hòa Lợi") is None, head  # the page's own


def test_an_event_opened_by_hoi_is_no_institution() -> None:
    for event in ("Hội thi văn nghệ", "Hội trại thanh niên", "Hội nghị"):
        text = f"{_HAMLET}{event} xã thu hút 400 người."
        assert _resolve(text, "400", own="xã Hòa Lợi") == "thôn Hạ", event


def test_an_association_of_the_own_commune_is_still_an_institution() -> None:
    # negative neighbour: "Hội" as a whole word opens an association
    text = f"{_HAMLET}Hội Nông dân xã hỗ trợ 20 triệu đồng."
    assert _resolve(text, "20 triệu", own="xã Hòa Lợi") is None
