"""Figure categories of the eleventh round (spec §2.4): nouns of the measure lexicon (stalls, SIM
cards, QR codes, sets of files, flagpoles, supporters, spectators and visitors), a change counted
against an earlier year, the part of a whole ("trong đó") after a subject, and shares of people.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# --- nouns of the measure lexicon (spec §2.4) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a stall counted by its classifier is a work, like "gian hàng"
        ("Hội chợ có 12 gian trưng bày sản phẩm của thanh niên.", 12, "works"),
        # things put up or handed out
        ("Đoàn viên in và dán 700 mã QR tại các quầy hàng.", 700, "items"),
        ("Nhà mạng tặng 300 sim điện thoại cho sinh viên.", 300, "items"),
        # a set of files is a procedure, like "hồ sơ"
        ("Tổ tình nguyện hoàn thiện 85 bộ hồ sơ cho người dân.", 85, "procedures"),
        # a flagpole put up is a work
        ("Tuổi trẻ huyện dựng 3 cột cờ tại các điểm trường.", 3, "works"),
        # supporters mobilised take part
        ("Chi đoàn huy động 90 cổ động viên cho đội bóng.", 90, "participants"),
        # an audience reached is served
        ("Đêm nhạc thu hút khoảng 2.000 khán giả.", 2000, "beneficiaries"),
        ("Triển lãm đón hơn 900 lượt người tham quan.", 900, "beneficiaries"),
    ],
)
def test_round11_nouns(text, value, category):
    assert one(text, value).category == category


def test_a_quoted_name_keeps_the_noun_it_opens():
    # the quote before the name does not cut the measure to its first syllable
    f = one('Đoàn xã khánh thành 2 "Cột cờ Tổ quốc" trên đỉnh núi.', 2)
    assert (f.category, f.measure.split()[:2]) == ("works", ["cột", "cờ"])


def test_the_item_classifier_bo_still_counts_things():
    # negative: "bộ" before anything but files stays an item
    assert one("Đoàn trường tặng 40 bộ sách giáo khoa.", 40).category == "items"


def test_a_bare_visit_count_repeats_the_audience():
    found = figs("Năm ngoái chương trình thu hút 3.000 lượt khán giả; năm nay khoảng 4.500 lượt.")
    assert [f.category for f in found] == ["beneficiaries", "beneficiaries"]


# --- the part of a whole after a subject keeps the verb of the whole (spec §2.4) -----------------


def test_a_part_named_by_its_area_keeps_the_verb_of_the_whole():
    text = (
        "Hội giới thiệu việc làm cho ít nhất 1.200 thanh niên, "
        "trong đó khu vực miền núi khoảng 400 thanh niên."
    )
    assert [f.category for f in figs(text)] == ["beneficiaries", "beneficiaries"]
    text = "Có 900 thanh niên tham gia, trong đó các xã ven biển 300 thanh niên."
    assert [f.category for f in figs(text)] == ["participants", "participants"]


def test_a_part_with_a_verb_of_its_own_is_not_a_part_of_the_whole():
    # negative: the part's own verb decides ("tham gia"), not the "cho" of the whole
    text = "Hội giới thiệu việc làm cho 900 thanh niên, trong đó các xã huy động thêm 300 thanh niên."
    assert one(text, 300).category == "participants"


# --- a percentage of places where something is (spec §2.4 coverage) -----------------------------


def test_a_share_of_buildings_where_something_is_is_coverage():
    assert one("Thư viện số có mặt tại 80% nhà văn hóa thôn.", 80).category == "coverage"


def test_a_share_of_works_done_stays_a_rate():
    # negative: works completed, no "tại"/"ở" before the percentage
    assert one("Đến nay đã hoàn thành 90% công trình thanh niên.", 90).category == "other"
