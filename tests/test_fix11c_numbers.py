"""Numbers that are no figures and dates that are no dates, eleventh round (spec §2.1): a free
programme's "0 đồng", a match score after "tỷ số", and a round of a tournament ("vòng 1/8").

Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract
from figure_helpers import helpers
from reportextract.numbers import find_dates, find_quantities

figs, one, values = helpers("Nghệ An")


def test_zero_dong_names_a_free_programme():
    assert values("Đoàn xã mở 3 điểm “Bữa sáng 0 đồng” cho học sinh.") == [3]
    assert values("Công đoàn bố trí 15 chuyến xe 0 đồng đưa công nhân về quê.") == [15]
    q = [q for q in find_quantities("tiệm cắt tóc 0 đồng") if q.value == 0]
    assert q and q[0].nonfigure == "name"


def test_an_amount_below_one_unit_of_a_scale_stays_money():
    # negative: "0,5 triệu đồng" is an amount, not a name
    assert one("Chi đoàn góp 0,5 triệu đồng vào quỹ.", 500000).category == "money"


def test_a_match_score_is_no_figure():
    assert values("Chung kết, đội Công an thắng đội Y tế với tỷ số 4-2.") == []
    assert values("Trận mở màn kết thúc với tỉ số 1 - 1 trước 700 khán giả.") == [700]


def test_a_range_of_teams_is_still_two_figures():
    # negative: without "tỷ số" a dash between counts is a range
    assert values("Mỗi cụm có 4-6 đội tham gia.") == [4, 6]


def test_a_round_of_a_tournament_is_no_date():
    assert find_dates("Năm 2023, đội bóng phường lọt vào vòng 1/8 toàn tỉnh.") == []
    text = "Năm 2023, đội bóng phường lọt vào vòng 1/16 toàn tỉnh."
    assert values(text) == []
    assert reportextract.extract(text, scope="Nghệ An").metadata.event_dates == []


def test_a_date_after_a_round_stays_a_date():
    # negative: a strong cue ("ngày") after the round word keeps the date
    found = find_dates("Vòng chung kết diễn ra ngày 1/8/2025.")
    assert [d.value for d in found] == ["2025-08-01"]
    # ... and a ratio without a name before it stays two figures
    assert values("Có 10/12 chi đoàn tham gia giải.") == [10, 12]
