"""fix12f: a news site's source tag opening the lead names no actor (spec §2.3)."""

from reportextract.structure.scope import news_scope


def test_source_tag_place_is_not_the_actor() -> None:
    title = "Tiếp sức 300 công nhân trẻ"
    lead = "(TN Hòa Bình) - Ngày 2/3, Đoàn Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang tổ chức 4 buổi."
    assert news_scope(title, lead, lead) == "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang"


def test_source_tag_place_counts_without_another_actor() -> None:
    title = "Tiếp sức 300 công nhân trẻ"
    lead = "(TN Tuyên Quang) - Ngày 2/3, 300 công nhân trẻ nhận quà."
    assert news_scope(title, lead, lead) == "Tuyên Quang"


def test_bracket_inside_the_lead_is_no_tag() -> None:
    title = "Tiếp sức công nhân"
    lead = "Ngày 2/3, (Tuyên Quang) - Tỉnh đoàn Hòa Bình tặng 300 suất."
    # not at a line's start: the rule does not apply, the first actor stays
    assert news_scope(title, lead, lead) == "Tuyên Quang"
