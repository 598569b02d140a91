"""fix13c: a news page's scope when its headline's first unit is not the body that acts."""

from reportextract.structure.scope import news_scope


def test_place_prefix_gives_way_to_the_lower_unit_named_as_subject() -> None:
    title = "Quảng Ngãi: Tuổi trẻ xã Bình Sơn dọn 3 km kênh mương"
    lead = "Sáng 5/4, đoàn viên ra quân dọn kênh mương nội đồng."
    assert news_scope(title, lead, f"{title}\n{lead}") == "xã Bình Sơn"


def test_place_prefix_gives_way_to_a_lower_body_acting_in_the_lead() -> None:
    title = "Quảng Ngãi: Ra quân dọn 3 km kênh mương"
    lead = "Sáng 5/4, Đoàn xã Bình Sơn phối hợp Hội Nông dân xã ra quân dọn kênh mương."
    assert news_scope(title, lead, f"{title}\n{lead}") == "xã Bình Sơn"


def test_place_prefix_keeps_the_province_when_its_own_body_acts() -> None:
    title = "Quảng Ngãi: Tuổi trẻ các xã ra quân dọn 30 km kênh mương"
    lead = "Sáng 5/4, Tỉnh đoàn Quảng Ngãi ra quân tại xã Bình Sơn."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Quảng Ngãi"
    # a place only named where it happens, not a body that acts
    lead2 = "Sáng 5/4, tại xã Bình Sơn, hơn 500 đoàn viên ra quân dọn kênh mương."
    assert news_scope(title, lead2, f"{title}\n{lead2}") == "Quảng Ngãi"


def test_headline_winner_gives_way_to_the_lead_organiser() -> None:
    title = "Đoàn Thanh niên Sở Y tế vô địch hội thi tin học trẻ khối cơ quan"
    lead = (
        "Sáng 12/5, tại hội trường Nhà văn hóa Lao động tỉnh (Nghệ An), Đoàn Khối các cơ quan tỉnh Nghệ An "
        "tổ chức vòng chung kết hội thi tin học trẻ với 14 đội."
    )
    assert news_scope(title, lead, f"{title}\n{lead}") == "Đoàn Khối các cơ quan tỉnh Nghệ An"


def test_headline_winner_stays_when_no_other_body_organises() -> None:
    title = "Đoàn trường THPT Lê Lợi giành giải Nhất hội thi tin học trẻ"
    lead = "Sáng 12/5, đội tuyển của trường giành giải Nhất với 3 sản phẩm."
    assert news_scope(title, lead, f"{title}\n{lead}") == "trường THPT Lê Lợi"
    # a body that acts in the headline, not a winner, stays the page's unit
    title2 = "Đoàn trường THPT Lê Lợi ra mắt câu lạc bộ tin học trẻ"
    lead2 = "Sáng 12/5, Huyện đoàn Yên Thành phối hợp nhà trường ra mắt câu lạc bộ."
    assert news_scope(title2, lead2, f"{title2}\n{lead2}") == "trường THPT Lê Lợi"


def test_place_a_headline_gift_comes_back_to_is_a_recipient() -> None:
    title = 'Mô hình "Tủ sách xanh" của tuổi trẻ Điện lực về với 12 điểm trường xã Nậm Cắn'
    lead = (
        "Ngày 3/3, Đoàn Thanh niên Công ty Điện lực Nghệ An trao 12 tủ sách cho các điểm trường xã Nậm Cắn."
    )
    assert news_scope(title, lead, f"{title}\n{lead}") == "Công ty Điện lực Nghệ An"


def test_bare_place_in_brackets_after_a_long_venue_only_says_where() -> None:
    title = "Khai mạc giải cầu lông thanh niên công nhân"
    lead = (
        "Sáng 2/6, tại nhà thi đấu Trung tâm Văn hóa Thể thao Thanh niên (Đà Nẵng), Đoàn Khối Doanh nghiệp "
        "Trung ương tổ chức giải cầu lông."
    )
    assert news_scope(title, lead, f"{title}\n{lead}") == "Đoàn Khối Doanh nghiệp Trung ương"
