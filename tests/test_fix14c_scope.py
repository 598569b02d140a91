"""fix14c: a news page's title and scope, and the issuer's short name, generalised after the
held-out n192, n197 and c41. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import segment
from reportextract.structure.scope import news_scope

_LEAD = "Sáng 9/3, Đoàn trường tổ chức ngày hội hiến máu với 600 sinh viên tham gia tại hội trường."


def _title(page: str) -> str | None:
    return segment(read(page, format="txt")).report.metadata.title


def test_two_part_menu_label_over_the_headline_is_not_the_title() -> None:
    # the dash between the label's two parts is no word: five words and a dash are a kicker
    page = f"Học sinh - Đội Thiếu niên\nHơn 600 sinh viên hiến máu trong ngày hội Chủ nhật đỏ\n{_LEAD}"
    assert _title(page) == "Hơn 600 sinh viên hiến máu trong ngày hội Chủ nhật đỏ"


def test_longer_dashed_line_over_the_lead_stays_the_headline() -> None:
    # negative: six words and a dash right above the lead are the headline itself
    head = "Ngày hội hiến máu - Giọt hồng yêu thương 2026"
    assert _title(f"{head}\n{_LEAD}") == head
    # negative: a dashed line over a shorter line is not a kicker
    page = f"Học sinh - Đội Thiếu niên\nHiến máu ngày Chủ nhật\n{_LEAD}"
    assert _title(page) == "Học sinh - Đội Thiếu niên"


def test_place_prefix_gives_way_to_the_provinces_police_youth_union() -> None:
    title = "Lào Cai: Tuổi trẻ Công an tỉnh dựng 12 nhà tạm cho người dân vùng lũ"
    lead = "Ngày 3/9, Đoàn Thanh niên Công an tỉnh Lào Cai huy động 150 đoàn viên dựng nhà tạm."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Công an nhân dân"
    # the headline names no body: the police Youth Union acting in the lead is the page's unit
    title2 = "Lào Cai: Dựng 12 nhà tạm cho người dân vùng lũ"
    assert news_scope(title2, lead, f"{title2}\n{lead}") == "Công an nhân dân"


def test_place_prefix_stays_when_its_own_body_acts() -> None:
    # negative: the province's own Tỉnh đoàn acts; the police are only one of its partners
    title = "Lào Cai: Tuổi trẻ toàn tỉnh dựng 12 nhà tạm cho người dân vùng lũ"
    lead = "Ngày 3/9, Tỉnh đoàn Lào Cai phối hợp Công an tỉnh huy động 150 đoàn viên dựng nhà tạm."
    assert news_scope(title, lead, f"{title}\n{lead}") == "Lào Cai"


def test_headline_place_that_ends_the_leads_school_name_is_the_school() -> None:
    title = "Sinh viên Cà Mau hướng dẫn nông dân bán tôm qua mạng"
    lead = "Từ tháng 5, Đoàn trường Đại học Thủy sản Cà Mau tổ chức 12 buổi tập huấn cho 300 nông dân."
    assert news_scope(title, lead, f"{title}\n{lead}") == "trường Đại học Thủy sản Cà Mau"


def test_headline_place_stays_when_the_school_is_named_otherwise() -> None:
    # negatives: a school whose name does not end with the place, and a place with its level word
    lead = "Từ tháng 5, Đoàn trường Đại học Thủy sản Bạc Liêu tổ chức 12 buổi tập huấn cho 300 nông dân."
    title = "Sinh viên Cà Mau hướng dẫn nông dân bán tôm qua mạng"
    assert news_scope(title, lead, f"{title}\n{lead}") == "Cà Mau"
    title2 = "Tỉnh Cà Mau có 300 nông dân bán tôm qua mạng"
    lead2 = "Từ tháng 5 đến tháng 7, Đoàn trường Đại học Thủy sản Cà Mau tổ chức 12 buổi tập huấn."
    assert news_scope(title2, lead2, f"{title2}\n{lead2}") == "Cà Mau"
