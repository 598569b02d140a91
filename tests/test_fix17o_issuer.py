"""fix17o: the Đội's council as issuer (spec §3 `issuer`)."""

from reportextract.structure import header, meta


def test_council_at_level_under_its_union_body() -> None:
    assert header._org_name(["TỈNH ĐOÀN HÀ TĨNH", "HỘI ĐỒNG ĐỘI TỈNH"]) == "Hội đồng Đội tỉnh Hà Tĩnh"


def test_council_at_another_level_keeps_the_parent() -> None:
    assert header._org_name(["TỈNH ĐOÀN HÀ TĨNH", "HỘI ĐỒNG ĐỘI HUYỆN"]) == "Tỉnh đoàn Hà Tĩnh"


def test_preamble_names_the_councils_standing_members() -> None:
    text = "BÁO CÁO\nCăn cứ Kế hoạch năm học, Thường trực Hội đồng Đội tỉnh Hà Tĩnh báo cáo như sau:\n"
    assert meta.preamble_issuer(text, None) == "Thường trực Hội đồng Đội tỉnh Hà Tĩnh"


def test_standing_members_of_other_bodies_are_not_read() -> None:
    text = "BÁO CÁO\nCăn cứ Kế hoạch năm học, Thường trực Tỉnh đoàn Hà Tĩnh báo cáo như sau:\n"
    assert meta.preamble_issuer(text, None) is None
