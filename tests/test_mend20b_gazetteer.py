"""mend20b: review 20 b#3 and b#10 (units/gazetteer.py): a breakdown closed by "các xã khác" whose
figures have a thousands dot, and a lone sentence opening with a sector's short name whose figure has
a decimal comma.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.units import document_texts
from reportextract.units.gazetteer import find_units

figs, one, values = helpers("Hà Nội")


def units(text: str) -> list[tuple[float, str]]:
    return [(float(f.value), f.unit) for f in figs(text)]


# b#3: the dot of "1.300" ends no sentence


def test_others_closed_breakdown_with_a_thousands_dot():
    assert units("Gồm: Phúc Thọ 1.300 mô hình, Liên Hà 4 mô hình; các xã khác 5 mô hình.") == [
        (1300, "xã Phúc Thọ"),
        (4, "xã Liên Hà"),
        (5, "Hà Nội"),
    ]


def test_others_closed_breakdown_after_a_full_stop_stays_unread():
    # negative neighbour: a real full stop between the colon and the items parts them
    assert units("Gồm: 3 đội hình. Phúc Thọ 1.300 mô hình, Liên Hà 4 mô hình; các xã khác 5 mô hình.") == [
        (3, "Hà Nội"),
        (1300, "Hà Nội"),
        (4, "Hà Nội"),
        (5, "Hà Nội"),
    ]


# b#10: the comma of "1,5" is no next item's separator


def test_lone_sentence_with_a_decimal_comma_is_no_list_item():
    assert units("Quân đội 1,5 tỷ đồng hỗ trợ xây nhà.") == [(1_500_000_000, "Hà Nội")]


def test_list_of_sectors_with_a_decimal_comma_still_read():
    # negative neighbour: a comma after the figure still parts the items
    assert units("Quân đội 1,5 tỷ đồng, Công an 2 tỷ đồng hỗ trợ xây nhà.") == [
        (1_500_000_000, "Quân đội nhân dân"),
        (2_000_000_000, "Công an nhân dân"),
    ]


# b#4: the cheap first tests of ``_scan`` allow the spaces the patterns allow (a no-break space, two
# spaces), as the gazetteer sees them when called on a text no reader has folded


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_short_items_with_a_no_break_or_doubled_space():
    expected = ["Quân đội nhân dân", "Công an nhân dân"]
    assert canonicals("Trong đó: Quân\u00a0đội 4.120 đơn vị, Công\u00a0an 3.050 đơn vị.") == expected
    assert canonicals("Trong đó: Quân  đội 4.120 đơn vị, Công  an 3.050 đơn vị.") == expected
    assert canonicals("Trong đó: Tiểu\u00a0học Bình Minh 96 đơn vị, Mầm\u00a0non Hoa Sen 40 đơn vị.") == [
        "trường Tiểu học Bình Minh",
        "trường Mầm non Hoa Sen",
    ]


def test_bare_force_and_others_closed_with_a_no_break_space():
    assert canonicals("Tỉnh đoàn tổ chức tập huấn; Công\u00a0an tỉnh cử 12 chiến sĩ hỗ trợ.") == [
        "Công an nhân dân"
    ]
    assert canonicals("Gồm: Phúc Thọ 3 mô hình, Liên Hà 4 mô hình; các xã\u00a0khác 5 mô hình.") == [
        "xã Phúc Thọ",
        "xã Liên Hà",
    ]


def test_short_names_outside_a_list_stay_unread_whatever_the_spaces():
    # negative neighbours: the same words with no list nor figure after them name no unit
    assert canonicals("Đoàn xã phối hợp với Công\u00a0an xã tuần tra.") == []
    assert canonicals("Các xã\u00a0khác cũng tham gia.") == []


# b#8: a short form drops the whole level word, of two words too ("thị trấn")


def test_short_name_of_a_town_named_in_full():
    text = "Đoàn thị trấn Đinh Văn tổ chức ra quân. Gồm: Đinh Văn 4 mô hình, Tân Hà 3 mô hình."
    assert [(m.canonical, text[m.start : m.end]) for m in find_units(text)] == [
        ("thị trấn Đinh Văn", "Đoàn thị trấn Đinh Văn"),
        ("thị trấn Đinh Văn", "Đinh Văn"),
    ]


def test_short_name_of_a_commune_named_in_full_still_read():
    # negative neighbour: a one-word level word, as before
    text = "Đoàn xã Tân Hà tổ chức ra quân. Gồm: Đinh Văn 4 mô hình, Tân Hà 3 mô hình."
    assert [(m.canonical, text[m.start : m.end]) for m in find_units(text)] == [
        ("xã Tân Hà", "Đoàn xã Tân Hà"),
        ("xã Tân Hà", "Tân Hà"),
    ]


# b#9: a list's last item after "và" is read too, once an earlier item has its figure


def _named_with(texts: list[str], which: int) -> list[str]:
    with document_texts(*texts):
        return [m.canonical for m in find_units(texts[which])]


_BODY = "Đoàn xã Tân Hà, xã Phúc Thọ và xã Liên Hà ra quân."


def test_last_item_after_and_is_read():
    note = "Gồm: Phúc Thọ 1.300 mô hình, Liên Hà 4 mô hình và Tân Hà 2 mô hình."
    assert _named_with([_BODY, note], 1) == ["xã Phúc Thọ", "xã Liên Hà", "xã Tân Hà"]


def test_name_after_and_with_no_earlier_item_stays_unread():
    # negative neighbours: no earlier name before a figure, no list
    assert _named_with([_BODY, "Anh Phúc Thọ và Tân Hà 2 lần đạt giải."], 1) == []
    assert _named_with([_BODY, "Đoàn xã đạt 3 giải và Tân Hà 2 lần về nhất."], 1) == []


# b#7: "các tỉnh, thành đoàn" is a national aggregate only as a list item with its figure right after it


def test_provinces_together_outside_a_list_are_no_national_unit():
    assert canonicals("Cụm thi đua số 3: các tỉnh, thành đoàn trong cụm ủng hộ 120 triệu đồng.") == []
    text = "Tỉnh đoàn phối hợp với các tỉnh, thành đoàn khu vực Bắc Trung Bộ tổ chức hội trại."
    assert canonicals(text) == []


def test_provinces_together_as_an_item_of_a_national_breakdown_stay_national():
    # negative neighbour: the item of a breakdown, its figure right after it
    text = "Trong đó: Công an 1.200 đơn vị; các tỉnh, thành đoàn 45.000 đơn vị."
    assert canonicals(text) == ["Công an nhân dân", "toàn quốc"]
