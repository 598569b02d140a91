"""Round 25, the second review's mends in attribution (rev25b): the police named only as the source of
a sentence ("Theo báo cáo của Công an tỉnh A, …"), the openers of a total after two former areas, the
organisation's young people. Every text was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Lai Châu")


# ------------------------------------------------------- #1: the police only as the source
def test_a_report_of_a_provinces_police_is_the_source_not_the_actor():
    text = "Theo báo cáo của Công an tỉnh Điện Biên, toàn tỉnh xảy ra 37 vụ cháy."
    assert one(text, 37).unit == "Điện Biên"


def test_the_police_figures_and_the_abbreviation_are_a_source_too():
    assert one("Theo số liệu Công an tỉnh Điện Biên, toàn tỉnh xảy ra 37 vụ cháy.", 37).unit == "Điện Biên"
    assert one("Theo CA tỉnh Điện Biên, toàn tỉnh xảy ra 37 vụ cháy.", 37).unit == "Điện Biên"


def test_a_mid_sentence_theo_leaves_the_police_acting():
    # the neighbour shape: the police act ("bố trí"), "theo" is no source opener
    text = "Đoàn viên tham gia tuần tra theo Công an tỉnh Điện Biên bố trí 12 tổ."
    assert one(text, 12).unit == "Công an nhân dân"


def test_a_provinces_police_with_no_theo_act():
    assert one("Công an tỉnh Điện Biên, toàn tỉnh xảy ra 37 vụ cháy.", 37).unit == "Công an nhân dân"


# ------------------------------------------------------- #2: what opens a total after two former areas
_lc_figs, lc_one, _lc_values = helpers("Lào Cai")
_TWO_FORMER = (
    "Tỉnh đoàn làm 900 công trình. Năm trước, phía Lào Cai cũ đạt 500 công trình, còn Yên Bái cũ đạt 300 "
    "công trình; "
)


def test_joining_hands_or_summing_up_opens_no_total():
    assert lc_one(_TWO_FORMER + "chung tay trồng 40 cây.", 40).unit == "Yên Bái"
    assert lc_one(_TWO_FORMER + "tổng kết trao 40 giấy khen.", 40).unit == "Yên Bái"


def test_a_total_count_opens_a_total():
    # the neighbour shape: "tổng số", "tổng cộng" sum both former areas: the merged province's
    assert lc_one(_TWO_FORMER + "tổng số 40 công trình được khánh thành.", 40).unit == "Lào Cai"
    assert lc_one(_TWO_FORMER + "tổng cộng 800 công trình.", 800).unit == "Lào Cai"
