"""fix19e: a headline place that only says whose people are served is not the page's scope when
the lead names the body that acts; "toàn tỉnh" on a school's page counts the school's province
(spec §2.3). Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.structure.scope import news_scope

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- served people's place in the headline
def test_served_children_place_yields_to_the_acting_body_of_the_lead() -> None:
    title = "Hơn 600 trẻ em vùng cao Nghệ An được khám mắt miễn phí"
    lead = "Cuối tuần qua, Đoàn Thanh niên Bệnh viện Mắt Hà Nội phối hợp Đoàn xã Con Cuông tổ chức đợt khám."
    assert news_scope(title, lead, lead) == "Bệnh viện Mắt Hà Nội"


def test_served_households_place_yields_to_a_sector_body() -> None:
    title = "320 hộ dân Quảng Bình được hướng dẫn phòng cháy"
    lead = "Ngày 4/3, Đoàn Thanh niên Công an tỉnh Quảng Bình tổ chức buổi hướng dẫn tại thôn."
    assert news_scope(title, lead, lead) == "Công an nhân dân"


def test_served_place_with_its_own_body_in_the_lead_stays() -> None:
    # negative: the lead's organiser is the place's own Youth Union
    title = "Hơn 600 trẻ em vùng cao Nghệ An được khám mắt miễn phí"
    lead = "Cuối tuần qua, Tỉnh đoàn Nghệ An tổ chức đợt khám mắt cho trẻ em."
    assert news_scope(title, lead, lead) == "Nghệ An"


def test_served_place_without_an_organiser_in_the_lead_stays() -> None:
    # negative: no body organises in the lead, the headline's place keeps the page
    title = "Hơn 600 trẻ em vùng cao Nghệ An được khám mắt miễn phí"
    lead = "Các bác sĩ trẻ đã khám cho trẻ em ở ba xã vùng cao."
    assert news_scope(title, lead, lead) == "Nghệ An"


def test_own_members_of_the_place_are_not_served_people() -> None:
    # negative: "đoàn viên X" are the place's own members, the place acts through them
    title = "Hơn 600 đoàn viên Nghệ An được tập huấn kỹ năng số"
    lead = "Ngày 2/4, Đoàn Thanh niên Bệnh viện Mắt Hà Nội phối hợp tổ chức lớp tập huấn."
    assert news_scope(title, lead, lead) == "Nghệ An"


def test_served_place_after_a_giving_verb_is_read_as_before() -> None:
    # negative: a place after "cho" is a recipient (the older rule); the new rule leaves the
    # headline's acting body alone
    title = "Tỉnh đoàn Hà Tĩnh tặng quà cho 300 học sinh nghèo Nghệ An được chọn"
    lead = "Ngày 2/4, Đoàn Thanh niên Bệnh viện Mắt Hà Nội phối hợp tổ chức lễ trao quà."
    assert news_scope(title, lead, lead) == "Hà Tĩnh"


def test_active_people_of_the_place_keep_it() -> None:
    # negative: no passive "được": the place's people act themselves
    title = "Hơn 600 học sinh Nghệ An tham gia ngày hội đọc sách"
    lead = "Ngày 2/4, Đoàn Thanh niên Bệnh viện Mắt Hà Nội phối hợp tổ chức ngày hội."
    assert news_scope(title, lead, lead) == "Nghệ An"


# ------------------------------------------------------- "toàn tỉnh" on a school's page
SCHOOL = "trường Đại học Công nghệ Cửa Lò"


def test_whole_province_quoted_on_a_school_page_is_the_province() -> None:
    text = (
        "Hội Sinh viên Trường Đại học Công nghệ Cửa Lò (phường Vinh Phú, tỉnh Nghệ An) tổ chức ngày hội "
        "đón tân sinh viên với 120 tình nguyện viên. Theo Hội Sinh viên tỉnh, năm nay toàn tỉnh có 9 "
        "trường tổ chức ngày hội với hơn 900 tình nguyện viên."
    )
    assert one(text, 120, SCHOOL).unit == SCHOOL
    assert one(text, 9, SCHOOL).unit == "Nghệ An"
    assert one(text, 900, SCHOOL).unit == "Nghệ An"


def test_school_figures_without_whole_province_stay_the_schools() -> None:
    # negative: no "toàn tỉnh": the school's own figures
    text = (
        "Hội Sinh viên Trường Đại học Công nghệ Cửa Lò (phường Vinh Phú, tỉnh Nghệ An) tổ chức ngày hội "
        "đón tân sinh viên. Năm nay nhà trường có 9 câu lạc bộ với hơn 900 tình nguyện viên."
    )
    assert one(text, 9, SCHOOL).unit == SCHOOL
    assert one(text, 900, SCHOOL).unit == SCHOOL
