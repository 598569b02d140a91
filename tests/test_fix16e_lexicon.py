"""The measure lexicon and roles, round 16 (spec §2.4): counted nouns the table did not know (with
their neighbours), contestants and volunteers who take part, members of a team, people dispersed by
the police, changes compared with an earlier year, portable pools, medical teams sent out, contest
scores and a table column of members admitted.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.figures.lexicon import key, lookup_noun

figs, one, values = helpers("tỉnh Yên Bái")


def noun(phrase: str) -> tuple[str | None, str | None]:
    """The lexicon entry a phrase after a number starts with: its noun and category."""
    m, _skipped, _n = lookup_noun(key(phrase).split())
    return (m.noun, m.category) if m else (None, None)


# ------------------------------------------------------------------------- items
def test_tyres_toys_boats_buoys_and_glasses_are_items():
    text = (
        "Chi đoàn thôn gom 210 lốp xe đạp, 35 lốp, làm 48 món đồ chơi; đưa 9 ghe, xuồng ra sông, "
        "phát 60 phao tròn cứu sinh, 25 phao và cấp 130 cặp kính lão cho bà con."
    )
    for v in (210, 35, 48, 9, 60, 25, 130):
        assert one(text, v).category == "items", v


def test_banners_leaflets_and_shelves_are_items():
    text = (
        "Đoàn phường treo 40 băng rôn tuyên truyền, dựng 6 pa nô, phát 2.500 tờ rơi và đặt "
        "11 kệ sách ngoài trời tại công viên."
    )
    for v in (40, 6, 2500, 11):
        assert one(text, v).category == "items", v
    assert one(text, 11).measure.startswith("kệ sách")
    assert one(text, 40).measure.startswith("băng rôn")


def test_a_bare_classifier_pair_is_not_glasses():
    # "cặp" alone (couples) is not in the lexicon: only "cặp kính", "cặp sách"
    assert noun("cặp vợ chồng") == (None, None)
    assert noun("cặp kính cận") == ("cặp kính", "items")


# --------------------------------------------------------------- people served / taking part
def test_passengers_guests_elderly_and_parents_are_served():
    text = (
        "Tình nguyện viên hướng dẫn 8.400 lượt hành khách, đón tiếp 950 lượt khách, đưa đón "
        "27 cụ đi khám và hỗ trợ 3.100 lượt phụ huynh đăng ký trực tuyến."
    )
    for v in (8400, 950, 27, 3100):
        assert one(text, v).category == "beneficiaries", v
    assert one(text, 950).measure == "lượt khách"


def test_guests_drawn_in_stay_served_and_craftsmen_take_part():
    text = "Ngày hội thu hút 4.000 lượt khách; Đoàn xã huy động 14 thợ sửa xe trẻ tham gia."
    assert one(text, 4000).category == "beneficiaries"
    assert one(text, 14).category == "participants"


def test_contestants_passing_a_round_take_part():
    assert one("Có 180 thí sinh qua vòng loại trực tuyến.", 180).category == "participants"
    assert one("Sau vòng loại, 16 thí sinh có điểm cao nhất được chọn.", 16).category == "participants"
    # negative: candidates of an exam helped stay served
    assert one("Đội hình hỗ trợ 640 thí sinh tìm phòng thi.", 640).category == "beneficiaries"


def test_volunteers_divided_into_shifts_take_part():
    text = "Có 520 tình nguyện viên được chia thành 300 ca trực tại bến xe."
    assert one(text, 520).category == "participants"
    # negative: a passive that serves them still does
    assert one("Có 520 tình nguyện viên được tập huấn kỹ năng.", 520).category == "beneficiaries"


def test_members_of_a_team_take_part():
    assert one("Đội tuyên truyền gồm 8 học sinh lớp 10 của trường.", 8).category == "participants"
    # negative: a residential block's households are not a team's members
    assert one("Thôn Nà Hẩu gồm 86 hộ, đã được hỗ trợ.", 86).category == "beneficiaries"


def test_people_dispersed_by_police_are_counted_not_served():
    text = "Tổ tuần tra giải tán 64 đối tượng tụ tập, xử phạt 9 trường hợp người điều khiển xe."
    assert one(text, 64).category == "other"
    # negative: people helped keep their role
    assert one("Tổ tư vấn hỗ trợ 64 đối tượng yếu thế.", 64).category == "beneficiaries"


def test_a_change_compared_with_an_earlier_year_is_other():
    text = "Năm nay có 12 trẻ em bị đuối nước, giảm 4 em so với năm trước."
    assert one(text, 4).category == "other"
    assert one("Có 210 đoàn viên tham gia, tăng 35 đoàn viên so cùng kỳ.", 35).category == "other"
    # negative: a verb of increase with no comparison counts what is given
    assert one("Nhà tài trợ tăng 20 suất quà cho học sinh.", 20).category == "items"
    # negative: an amount that grew is still the amount (gold n43, the older convention)
    text = "Đợt hiến máu tiếp nhận 1.900 đơn vị máu, tăng 300 đơn vị so với năm trước."
    assert one(text, 300).category == "items"


# --------------------------------------------------------------- coverage, procedures, works, events
def test_airports_ports_and_terminals_are_places_covered():
    text = "Tình nguyện viên có mặt tại 9 cảng hàng không, 4 bến xe và 3 nhà ga."
    for v in (9, 4, 3):
        assert one(text, v).category == "coverage", v


def test_tax_returns_are_procedures_and_sheds_are_works():
    assert one("Đoàn viên giúp khai 1.250 tờ khai thuế điện tử.", 1250).category == "procedures"
    assert one("Thanh niên dựng 9 lán tạm cho hộ di dời.", 9).category == "works"


def test_editions_of_a_programme_are_events():
    text = "Ông cho biết sau 7 lần tổ chức, giải đã trao 300 suất học bổng."
    assert one(text, 7).category == "events"
    # negative: a bare "lần" of a change stays a change
    assert one("Số người tham gia tăng 3 lần so với năm trước.", 3).category == "other"


def test_a_portable_pool_is_an_item_and_a_built_pool_a_work():
    assert one("Đơn vị lắp đặt 2 bể bơi di động tại sân trường.", 2).category == "items"
    assert one("Nhà tài trợ xây dựng 2 bể bơi cho xã.", 2).category == "works"


def test_a_medical_team_sent_out_is_an_outing():
    assert one("Bệnh viện cử 5 đoàn khám về các bản vùng cao.", 5).category == "events"
    assert noun("đoàn thanh niên") != ("đoàn khám", "events")


# ------------------------------------------------------------------ scores
def test_contest_scores_are_not_sites():
    text = "Đội Chi đoàn Kho bạc giành giải Nhất với 178/200 điểm; đội Chi đoàn Thuế giải Nhì với 165 điểm."
    for v in (178, 200, 165):
        assert one(text, v).category == "other", v
    assert one("Thí sinh Lò Văn Phong đạt 48 điểm.", 48).category == "other"


def test_sites_called_points_stay_places():
    assert one("Đoàn viên tuyên truyền tại 12 điểm trong hội thi.", 12).category == "coverage"
    assert one("Tình nguyện viên trực 15 điểm tại bến xe.", 15).category == "coverage"


# ---------------------------------------------------------------- a table column of members admitted
def test_members_admitted_column_is_participants():
    assert noun("kết nạp mới") == ("kết nạp mới", "participants")


def test_admitting_verb_before_a_target_keeps_the_figure():
    # negative: only the column header "kết nạp mới" is a counted noun, not the verb "kết nạp"
    text = "Phấn đấu kết nạp thêm ít nhất 1.300 đoàn viên mới trong năm."
    assert one(text, 1300).category == "participants"
