"""Mends made when the seventeenth round's fixes were merged: rules of two engineers that met."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Quảng Ninh")


# "Ủy ban Hội tỉnh" became a mention of the page's own province (fix17b) and a passive gift skips the
# giver (fix17c); together they made the province the one-of rule's subject, and a set counted over a
# region ("dẫn đầu khu vực …") was then read as the country's set
def test_a_province_one_of_a_regional_set_keeps_the_figure():
    text = (
        "Ủy ban Hội LHTN Việt Nam tỉnh Quảng Ninh tổ chức 3 lớp tập huấn. Ủy ban Hội tỉnh được Trung ương "
        "Hội tặng Cờ thi đua năm 2025, là 1 trong 6 tỉnh, thành phố dẫn đầu khu vực Đông Bắc."
    )
    assert one(text, 6).unit == "Quảng Ninh"


def test_a_province_one_of_a_set_without_a_region_is_still_the_countrys():
    text = (
        "Ủy ban Hội LHTN Việt Nam tỉnh Quảng Ninh tổ chức 3 lớp tập huấn. Tỉnh Quảng Ninh là 1 trong 6 "
        "tỉnh, thành phố được Trung ương Hội tặng Cờ thi đua."
    )
    assert one(text, 6).unit == "toàn quốc"


# n330 (17g): holders of a title counted by a bare noun — "N tốt" titles, "đạt cấp …", and a title
# reached a few words after "được" — are honoured people (spec §2.4 `other`)
def test_holders_of_an_n_good_title_are_honoured():
    text = (
        "Tỉnh có 300 sinh viên đạt danh hiệu “Sinh viên 5 tốt”. "
        "Trường Đại học Hạ Long dẫn đầu với 96 sinh viên 5 tốt cấp tỉnh."
    )
    assert one(text, 96).category == "other"


def test_people_reaching_a_title_level_are_honoured():
    text = "Năm tới, Hội phấn đấu có từ 30 đến 35 em đạt cấp trung ương."
    assert one(text, 30).category == "other"


def test_a_title_reached_after_a_nomination_is_honoured():
    text = "Có 27/30 học sinh được đề cử đã đạt danh hiệu."
    assert one(text, 27).category == "other"


def test_people_nominated_without_a_title_are_not_honoured():
    text = "Hội Sinh viên tỉnh tổ chức tập huấn cho 120 sinh viên được đề cử tham gia."
    assert one(text, 120).category != "other"


def test_a_count_followed_by_another_number_is_no_title():
    text = "Đoàn trường hỗ trợ 40 học sinh 3 bộ sách giáo khoa."
    assert one(text, 40).category != "other"


# n333 (17g): spraying rounds are rounds of an activity (events), and a bare "lượt" of a list after
# them follows them
def test_spraying_rounds_are_events_and_the_list_follows():
    text = (
        "Các đội hình thực hiện 2.100 lượt phun hóa chất; trong đó phường Tân Định 640 lượt, "
        "phường Bến Thành 510 lượt."
    )
    assert one(text, 2100).category == "events"
    assert one(text, 510).category == "events"


def test_n_good_words_without_the_title_named_are_no_honour():
    text = "Năm tới phấn đấu có ít nhất 96 sinh viên 5 tốt cấp trường."
    assert one(text, 96).category != "other"


# n335 (17g): what the youth of many provinces made or sent is counted over the country, on a
# provincial page quoting a national award
def test_entries_of_many_provinces_are_national():
    text = (
        "Tỉnh Quảng Ninh có 3 công trình đạt giải.\nNăm nay, Ban Tổ chức nhận 940 công trình của thanh "
        "niên 29 tỉnh, thành phố; Hội đồng chọn 80 công trình trao giải."
    )
    assert one(text, 940).unit == "toàn quốc"
    assert one(text, 80).unit == "toàn quốc"
    assert one(text, 3).unit == "Quảng Ninh"


def test_a_province_helping_other_provinces_keeps_its_figures():
    text = "Tỉnh đoàn Quảng Ninh trao 300 suất quà cho thanh niên 3 tỉnh, thành phố bị lũ."
    assert one(text, 300).unit == "Quảng Ninh"


# member companies and twinned pairs of communes are bodies that took part (coverage); a bare "bể"
# after mobile pools is an item
def test_member_companies_pairs_of_communes_and_bare_pools():
    assert one("Chương trình có sự tham gia của 14 công ty thành viên.", 14).category == "coverage"
    assert one("Năm nay có 12 cặp xã, phường kết nghĩa.", 12).category == "coverage"
    text = "Hội đồng Đội lắp 6 bể bơi di động; trong đó xã Tiên Yên 2 bể, xã Hải Hà 4 bể."
    assert one(text, 4).category == "items"
