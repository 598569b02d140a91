"""mend20b: review 20 b#3 and b#10 (units/gazetteer.py): a breakdown closed by "các xã khác" whose
figures have a thousands dot, and a lone sentence opening with a sector's short name whose figure has
a decimal comma.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

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
