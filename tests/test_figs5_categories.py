"""Figure categories of the sixth round (spec §2.4, §2.6): a noun said once for a whole breakdown,
things counted by their classifier, changes, served people counted in a subset, places.

Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract


def figs(text: str, scope: str = "Nam Định"):
    return reportextract.extract(text, scope=scope).figures


def one(text: str, value, scope: str = "Nam Định"):
    found = [f for f in figs(text, scope) if f.value == value]
    assert len(found) == 1, (value, [(f.value, f.category, f.measure) for f in figs(text, scope)])
    return found[0]


# ----------------------------------------------------------- a noun said once for the breakdown
def test_bare_count_word_after_a_unit_repeats_the_noun_of_the_breakdown():
    text = (
        "Đoàn xã mở 12 lớp tin học cho 900 lượt người dân, trong đó Chi đoàn thôn Đông 400 lượt, "
        "Chi đoàn thôn Tây 300 lượt, Chi đoàn thôn Nam 200 lượt."
    )
    for value in (400, 300, 200):
        f = one(text, value)
        assert (f.category, f.measure) == ("beneficiaries", "lượt"), value


def test_count_word_before_a_comma_does_not_take_the_next_items_noun():
    # "lượt, Chi đoàn …": the comma ends the item; "chi đoàn" is the next item's name
    f = one("Tổ chức 3 buổi: Chi đoàn thôn Đông 40 lượt, Chi đoàn thôn Tây 30 lượt.", 40)
    assert f.category != "coverage"
    assert f.measure == "lượt"


def test_capitalised_name_after_a_comma_is_not_a_coordinated_noun():
    text = (
        "Ngày hội hiến máu thu được 700 đơn vị máu, trong đó Đoàn cơ sở Bệnh viện A 300 đơn vị, "
        "Đoàn cơ sở Công ty B 250 đơn vị; các đơn vị khác 150 đơn vị."
    )
    for value in (300, 250, 150):
        f = one(text, value)
        assert (f.category, f.measure) == ("items", "đơn vị"), value
    # a lower-case noun after the comma is still coordinated
    f = one("Các chi đoàn thực hiện 14 công trình, phần việc thanh niên.", 14)
    assert f.measure == "công trình, phần việc thanh niên"


def test_breakdown_footnote_repeats_the_noun_of_the_figure_its_marker_ends():
    text = (
        "Đoàn Khối tổ chức 5 đợt hiến máu, tiếp nhận 900 đơn vị máu¹.\n\n"
        "¹ Trong đó: Đoàn cơ sở Nhà máy A 500 đơn vị, Đoàn cơ sở Nhà máy B 400 đơn vị."
    )
    for value in (500, 400):
        f = one(text, value)
        assert (f.category, f.footnote) == ("items", "1"), value


def test_bare_unit_noun_in_a_footnote_without_a_breakdown_stays_coverage():
    text = "Đoàn Khối tiếp nhận 900 đơn vị máu¹.\n\n¹ Ngày hội có 12 đơn vị tham gia tổ chức."
    assert one(text, 12).category == "coverage"
