"""Unit attribution, round 12g (spec §2.3): support handed "cho xã" / "cho tỉnh" (a bare level word)
goes to the place of that level, not to the giver (see each section).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Phú")


# ------------------------------------------------- "chuyển cho xã N", "trao cho tỉnh N"
def test_a_gift_sent_to_the_bare_commune_is_the_pages_commune():
    text = (
        "Đoàn xã Tân Phú (tỉnh Đồng Nai) vận động bà con dựng lại nhà. Thành đoàn Cần Thơ chuyển cho xã "
        "800 triệu đồng để xây 8 căn nhà, mỗi căn 100 triệu đồng."
    )
    assert one(text, 800_000_000).unit == "xã Tân Phú"
    assert one(text, 8).unit == "xã Tân Phú"
    assert one(text, 100_000_000).unit == "xã Tân Phú"


def test_a_gift_handed_to_the_bare_province_is_the_province_named_before():
    text = (
        "Theo Tỉnh đoàn Đồng Nai, tuổi trẻ toàn tỉnh đã giúp 900 hộ; khu vực tỉnh Bình Phước cũ chiếm "
        "gần 40% số hộ. Trung ương Đoàn đã trao cho tỉnh 3 tỷ đồng và 50 suất quà."
    )
    assert one(text, 3_000_000_000).unit == "Đồng Nai"


def test_an_activity_for_the_bare_commune_stays_the_actors():
    # "tổ chức cho xã" hands nothing over: the actor keeps its figure
    text = "Thành đoàn Cần Thơ tổ chức cho xã 3 lớp kỹ năng."
    assert one(text, 3).unit == "Cần Thơ"



# ------------------------------------------------- "toàn tỉnh", "toàn thành phố" below the province
def test_the_whole_city_on_a_wards_page_is_the_city_of_the_lead():
    text = (
        "Hội đồng Đội phường An Lạc (thành phố Đà Nẵng) tổ chức hội trại cho 400 đội viên. "
        "Theo Hội đồng Đội thành phố, năm 2025 toàn thành phố có 950 liên đội tham gia."
    )
    assert one(text, 400, scope="phường An Lạc").unit == "phường An Lạc"
    assert one(text, 950, scope="phường An Lạc").unit == "Đà Nẵng"


def test_the_whole_province_on_a_police_page_is_the_province_in_the_bodys_name():
    text = (
        "Đoàn Thanh niên Công an tỉnh Nghệ An tổ chức 20 buổi tuyên truyền. "
        "Đoàn Thanh niên Công an xã Yên Thành tặng 90 suất quà. "
        "Đại úy Trần Văn Bình cho biết năm nay toàn tỉnh phát hiện 35 vụ vi phạm."
    )
    assert one(text, 20, scope="Công an nhân dân").unit == "Công an nhân dân"
    assert one(text, 35, scope="Công an nhân dân").unit == "Nghệ An"


def test_the_whole_city_on_the_page_of_a_city_below_the_province_is_its_own():
    # "thành phố Thủ Đức" is itself a city: "toàn thành phố" there is the page's own unit
    text = "Thành đoàn Thủ Đức cho biết toàn thành phố có 120 chi đoàn khu phố."
    assert one(text, 120, scope="thành phố Thủ Đức").unit == "thành phố Thủ Đức"


def test_a_commune_figure_without_the_whole_province_stays_the_communes():
    text = (
        "Đoàn phường An Lạc (thành phố Đà Nẵng) ra quân 3 đội hình. Theo Hội đồng Đội thành phố, "
        "phường có 12 liên đội."
    )
    assert one(text, 12, scope="phường An Lạc").unit == "phường An Lạc"


# ------------------------------------------------- "đơn vị" is the page's own unit
def test_the_unit_itself_opening_a_sentence_is_the_pages_own_unit():
    text = (
        "Đoàn Thanh niên Bộ đội Biên phòng tỉnh Cà Mau trao 40 suất quà cho ngư dân. "
        "Theo Sở Nông nghiệp, Cà Mau hiện có 4.100 tàu cá. Năm 2026, đơn vị dự kiến tặng thêm 30 tủ thuốc."
    )
    assert one(text, 4_100, scope="Quân đội nhân dân").unit == "Cà Mau"
    assert one(text, 30, scope="Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_a_unit_named_after_the_words_don_vi_is_not_the_pages_own():
    text = "Theo Sở Nông nghiệp, Cà Mau hiện có 4.100 tàu cá; các đơn vị Cà Mau đã lắp 900 thiết bị."
    assert one(text, 900, scope="Quân đội nhân dân").unit == "Cà Mau"


# ------------------------------------------------- a national quote ends with its sentence
def test_a_national_quote_is_not_carried_into_the_next_sentence():
    text = (
        "Hội Sinh viên Việt Nam tại Nhật Bản tổ chức 5 lớp tiếng Việt. "
        "Theo Trung ương Hội Sinh viên Việt Nam, có khoảng 60.000 du học sinh tại Nhật Bản. "
        "Năm 2026, Hội đặt mục tiêu thành lập thêm 4 chi hội."
    )
    scope = "Hội Sinh viên Việt Nam tại Nhật Bản"
    assert one(text, 60_000, scope=scope).unit == "toàn quốc"
    assert one(text, 4, scope=scope).unit == scope


def test_a_national_total_without_a_quote_still_carries():
    text = (
        "Dự kiến 52.000 đoàn viên sẽ ra quân trên toàn quốc. "
        "Cùng với đó, 610 đội hình sinh viên sẽ hỗ trợ người dân."
    )
    assert one(text, 610).unit == "toàn quốc"


# ------------------------------------------------- a donors' list; a gift to several places
def test_a_sponsoring_company_and_the_people_do_not_inherit_the_donor_before():
    text = (
        "Công trình có tổng kinh phí 900 triệu đồng. Trong đó, Thành đoàn Đà Nẵng hỗ trợ 400 triệu đồng; "
        "Công ty Cổ phần Xây dựng Hòa Bình tài trợ 200 triệu đồng và 3 tấn thép; Tỉnh đoàn Quảng Nam "
        "hỗ trợ 150 triệu đồng; phần còn lại do nhân dân đóng góp cùng 800 ngày công."
    )
    # round 13d: every donor's part of the work's cost goes where the work goes (precedents n160,
    # n177), the named donors' parts too, not only the company's
    assert one(text, 400_000_000).unit == "xã Tân Phú"
    assert one(text, 200_000_000).unit == "xã Tân Phú"
    assert one(text, 3).unit == "xã Tân Phú"
    assert one(text, 150_000_000).unit == "xã Tân Phú"
    assert one(text, 800).unit == "xã Tân Phú"


def test_a_clause_without_its_own_actor_still_inherits_the_donor():
    text = "Thành đoàn Đà Nẵng hỗ trợ 400 triệu đồng, đồng thời tặng 60 suất quà cho học sinh."
    assert one(text, 60).unit == "Đà Nẵng"


def test_a_gift_for_two_places_is_none_of_theirs():
    text = "Năm 2026, Đoàn xã phấn đấu làm thêm 8 bể nước cho thôn Khe Ro và thôn Làng Mới."
    assert one(text, 8).unit == "xã Tân Phú"


def test_a_gift_for_one_place_is_that_places():
    text = "Tỉnh đoàn Quảng Nam trao 8 bể nước cho thôn Khe Ro, huyện Bắc Trà My."
    assert one(text, 8).unit == "thôn Khe Ro"
