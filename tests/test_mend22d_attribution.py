"""Review 22b #3: a quoted source speaks for the country only when what it tells of reaches a count of
provinces of the country's order (or "cả nước"/"toàn quốc"); a regional event keeps the page's unit."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def test_a_regional_event_of_a_few_provinces_keeps_the_page():
    text = (
        "Theo Ban Tổ chức, giải đấu diễn ra tại 3 tỉnh, thành phố phía Bắc với 500 vận động viên "
        "tham gia."
    )
    assert one(text, 500).unit == "Nghệ An"
    assert one(text.replace("tại 3", "tại 2"), 500).unit == "Nghệ An"


def test_a_programme_through_the_countrys_provinces_stays_national():
    # negative neighbour: the n471 shape, a count of the country's order
    text = (
        "Theo Ban Chỉ đạo Hành trình Đỏ, năm nay chương trình đi qua 34 tỉnh, thành, "
        "dự kiến tiếp nhận khoảng 90.000 đơn vị máu."
    )
    assert one(text, 90000).unit == "toàn quốc"


def test_a_few_provinces_over_the_whole_country_stay_national():
    text = (
        "Theo Ban Chỉ đạo Hành trình Xanh, chương trình tổ chức tại 8 tỉnh, thành phố đại diện cả nước, "
        "dự kiến trồng khoảng 50.000 cây xanh."
    )
    assert one(text, 50000).unit == "toàn quốc"
