"""Attribution of round 24 (lead): a national phrase right after a rank or a superlative ("…, nhiều nhất
cả nước", "cao nhất toàn quốc", "đứng thứ 2 cả nước") ranks the clause's subject among the nation; the
figure is the subject's (or the page's), not a national one. Every text was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    "tail",
    ["cao nhất cả nước", "nhiều nhất toàn quốc", "nhiều nhất trong cả nước", "đứng đầu cả nước",
     "xếp thứ 2 toàn quốc", "đứng thứ nhất cả nước"],
)
def test_a_ranked_count_of_a_named_province_is_its_own(tail):
    text = f"Trong đợt cao điểm, Hà Tĩnh thu được 1.250 đơn vị máu, {tail}."
    assert one(text, 1250).unit == "Hà Tĩnh"


@pytest.mark.parametrize("tail", ["nhiều nhất cả nước", "đứng thứ 2 toàn quốc"])
def test_a_ranked_count_of_the_whole_province_is_the_pages(tail):
    text = f"Năm nay, toàn tỉnh có 35 công trình thanh niên, {tail}."
    assert one(text, 35).unit == "Nghệ An"


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay, có 35 công trình thanh niên trên cả nước.",
        "Trong đợt cao điểm, cả nước thu được 1.250 đơn vị máu, cao nhất từ trước đến nay.",
        "Cả nước có 35 công trình thanh niên, nhiều nhất từ trước đến nay.",
    ],
)
def test_a_national_phrase_with_no_rank_before_it_stays_national(text):
    value = 35 if "35" in text else 1250
    assert one(text, value).unit == "toàn quốc"


# ------------------------------------------------------- a site noun closing an opening phrase
@pytest.mark.parametrize("opening", ["Trong đợt cao điểm", "Trong tháng cao điểm", "Sau đợt cao điểm"])
def test_a_site_noun_before_a_comma_does_not_make_the_subject_a_site(opening):
    text = f"{opening}, Hà Tĩnh có 1.250 đơn vị máu."
    assert one(text, 1250).unit == "Hà Tĩnh"


def test_a_site_noun_right_before_a_place_still_names_the_site():
    text = "Tổ công tác tiếp nhận tại điểm ấp Tân Long 940 hồ sơ."
    assert one(text, 940).unit == "Nghệ An"


# ------------------------------------------------------- a list that leaves out a police body's head
@pytest.mark.parametrize(
    "text",
    [
        "Chi đoàn Công an xã Diễn Châu 17 điểm, phường Vinh Phú 12 điểm.",
        "Chi đoàn Công an xã Diễn Châu lắp 17 điểm, phường Vinh Phú 12 điểm.",
        "Đoàn Thanh niên Công an xã Diễn Châu lắp 17 điểm, phường Vinh Phú 12 điểm.",
    ],
)
def test_a_bare_place_after_a_police_item_is_that_places_police(text):
    assert one(text, 12).unit == "Công an nhân dân"


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn xã Diễn Châu lắp 17 điểm, phường Vinh Phú 12 điểm.",
        "Chi đoàn Công an xã Diễn Châu lắp 17 điểm; Đoàn phường Vinh Phú 12 điểm.",
    ],
)
def test_a_place_after_a_commune_item_or_a_named_body_keeps_its_own(text):
    assert one(text, 12).unit == "phường Vinh Phú"
