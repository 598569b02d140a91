"""Scope of news pages (spec §2.3), generalised after the held-out n60, n61 and n68: a place in
brackets after the place of an event only says where, like the first; a headline that shortens
the name of a provincial police or border-guard Youth Union the lead names in full stands for
that body (its sector), not for the province. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure import _deps, scope


def test_bracketed_place_after_the_place_of_the_event_only_says_where() -> None:
    lead = (
        "Sáng 14/3, tại xã Tân Phú (tỉnh Đồng Nai), Đoàn Thanh niên Tổng công ty Điện lực miền Nam "
        "ra quân 12 công trình thanh niên."
    )
    body = [m for m in _deps.find_units(lead) if m.is_body]
    assert body, "the unit finder names the company's Youth Union"
    assert scope.news_scope(None, lead, lead) == body[0].canonical


def test_bracketed_place_that_acts_keeps_the_scope() -> None:
    # negative: no locative before the first place: the bracket does not make the pair a place
    lead = "Sáng 14/3, Tỉnh đoàn Đồng Nai (khu vực Bình Phước cũ) trao 300 suất quà cho học sinh."
    assert scope.news_scope(None, lead, lead) == "Đồng Nai"


def test_headline_police_of_a_province_is_the_sector_the_lead_names() -> None:
    head = "Công an tỉnh Sơn La: thanh niên giúp dân làm 5.000 hồ sơ định danh"
    lead = "Trong tháng 6, Đoàn Thanh niên Công an tỉnh Sơn La ra quân 20 tổ công tác tại các bản."
    assert [m.level for m in _deps.find_units(lead)] == ["sector"]
    assert scope.news_scope(head, lead, f"{head}\n{lead}") == "Công an nhân dân"


def test_headline_border_guard_of_a_province_is_the_sector_the_lead_names() -> None:
    head = "Tuổi trẻ Biên phòng Lào Cai đón Tết cùng bà con bản Sín Chéng"
    lead = (
        "Ngày 20/1, Đoàn Thanh niên Bộ đội Biên phòng tỉnh Lào Cai phối hợp Tỉnh đoàn Lào Cai "
        "trao 200 suất quà cho hộ nghèo."
    )
    assert scope.news_scope(head, lead, f"{head}\n{lead}") == "Quân đội nhân dân"


def test_headline_province_youth_is_not_a_short_name_of_a_sector_body() -> None:
    # negative: "Thanh niên Lào Cai" names the province's youth; in the lead "thanh niên" does not
    # stand right before the place in the border guard's name, so the headline keeps the province
    head = "Thanh niên Lào Cai đón Tết cùng bà con vùng biên"
    lead = (
        "Ngày 20/1, Đoàn Thanh niên Bộ đội Biên phòng tỉnh Lào Cai phối hợp Tỉnh đoàn Lào Cai "
        "trao 200 suất quà cho hộ nghèo."
    )
    assert scope.news_scope(head, lead, f"{head}\n{lead}") == "Lào Cai"
