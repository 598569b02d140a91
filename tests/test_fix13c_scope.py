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
