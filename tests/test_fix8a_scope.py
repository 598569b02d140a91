"""Round 8a, scope of news pages (spec §2.3): the actor of the lead sentence, not the places that
only say where (a venue's place after "tại") or who receives (a headline's "cho đoàn viên, thanh
niên khó khăn huyện X"); a member school named with its university is its own unit; with no
unit in the headline or lead, the body acting in the first paragraph that names one. Texts
written for these tests."""

from __future__ import annotations

from reportextract.structure import _deps, scope


def _scope(title: str | None, lead: str, rest: str = "") -> str | None:
    text = "\n".join(t for t in (title, lead, rest) if t)
    return scope.news_scope(title, lead, text)


def test_place_of_a_venue_after_tai_only_says_where() -> None:
    lead = (
        "Sáng 2/6, tại Nhà văn hóa huyện Tân Lạc, Hội đồng Đội tỉnh Hòa Bình tổ chức lễ phát động "
        "với sự tham gia của 500 đội viên."
    )
    assert _scope(None, lead) == "Hòa Bình"


def test_place_that_acts_after_a_closed_tai_clause_keeps_the_scope() -> None:
    # negative: the comma closes "Tại buổi lễ"; the district that follows acts
    lead = "Tại buổi lễ, huyện Tân Lạc trao 20 suất quà cho học sinh khó khăn."
    assert _scope(None, lead) == "huyện Tân Lạc"
    # negative: the body acts, the venue's place comes after it
    lead = "Sáng 2/6, Huyện đoàn Tân Lạc ra quân 12 công trình tại Nhà văn hóa xã Mỹ Hòa."
    assert _scope(None, lead) == "huyện Tân Lạc"


def test_headline_recipients_listed_before_their_place() -> None:
    title = "Trao 20 căn nhà cho đoàn viên, thanh niên nghèo huyện Lạc Sơn"
    lead = "Ngày 5/3, Tỉnh đoàn Hòa Bình phối hợp một doanh nghiệp trao 20 căn nhà cho đoàn viên."
    assert _scope(title, lead) == "Hòa Bình"


def test_headline_place_that_acts_is_not_a_recipient() -> None:
    # negative: no verb of giving before the place
    title = "Huyện Lạc Sơn ra quân 20 công trình thanh niên, trao quà cho đoàn viên"
    lead = "Ngày 5/3, đoàn viên thanh niên ra quân làm đường giao thông nông thôn."
    assert _scope(title, lead) == "huyện Lạc Sơn"


def test_member_school_with_its_university_is_one_school() -> None:
    lead = "Đoàn Thanh niên Trường Đại học Kinh tế - Đại học Huế ra quân 20 đội hình tình nguyện."
    # the unit finder names the school with its university as one school
    names = [m.canonical for m in _deps.find_units(lead)]
    expected = " - ".join(names)
    assert expected == "trường Đại học Kinh tế - Đại học Huế", names
    assert _scope(None, lead) == expected
    # the headline shortens the school's name before the university's city
    assert _scope("Sinh viên Kinh tế Huế ra quân 20 đội hình", lead) == expected


def test_university_alone_keeps_its_province() -> None:
    # negative: no school with "trường" before it
    lead = "Đại học Huế ra quân 50 đội hình tình nguyện hè."
    assert _scope(None, lead) == "Huế"
    # negative: a headline place not written inside the school's name stays the headline's actor
    lead2 = "Đoàn Thanh niên Trường Đại học Kinh tế - Đại học Huế ra quân 20 đội hình."
    assert _scope("Tuổi trẻ Quảng Trị đón 20 đội hình tình nguyện", lead2) == "Quảng Trị"


def test_body_of_the_first_paragraph_naming_a_unit() -> None:
    title = "Tuổi trẻ ngành điện tổng kết công tác Đoàn năm 2025"
    lead = "Năm 2025, đoàn viên trong toàn ngành thực hiện 120 công trình thanh niên."
    rest = (
        "Ngày 20/12, tại Hà Nội, Đoàn Thanh niên Tổng công ty Điện lực miền Nam tổ chức hội nghị tổng kết.\n"
        "Hội nghị đề ra 5 nhiệm vụ cho năm sau."
    )
    body = [m for m in _deps.find_units(rest) if m.is_body]
    assert body, "the unit finder names the company's Youth Union"
    assert _scope(title, lead, rest) == body[0].canonical


def test_first_paragraph_without_an_acting_body_falls_back_to_the_most_named() -> None:
    # negative: the first paragraph naming a unit only says where
    title = "Tuổi trẻ ngành điện tổng kết công tác Đoàn năm 2025"
    lead = "Năm 2025, đoàn viên trong toàn ngành thực hiện 120 công trình thanh niên."
    rest = "Hội nghị diễn ra tại Hà Nội.\nTỉnh Cà Mau có 30 công trình, tỉnh Cà Mau dẫn đầu."
    assert _scope(title, lead, rest) == "Cà Mau"


def test_body_inside_a_clause_of_the_first_paragraph_is_not_the_actor() -> None:
    # negative: "do Trung ương Đoàn phát động" names who launched a movement, not the article's actor
    lead = "Tham dự có anh A, Bí thư Trung ương Đoàn."
    rest = (
        "Phong trào do Trung ương Đoàn phát động đã thu hút đông đảo đoàn viên.\n"
        "Năm nay, Đoàn Thanh niên Đại học Quốc gia Hà Nội ra quân 12 đội hình tại tỉnh Hà Giang.\n"
        "Sinh viên Đại học Quốc gia Hà Nội vận động 300 triệu đồng."
    )
    assert _scope(None, lead, rest) == "Hà Nội"
