"""Figure categories of the ninth round (spec §2.1, §2.4): nouns of the measure lexicon, people
who take part vs people served, awardees, sites, and per-item amounts in a result.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


# --- nouns of the measure lexicon (spec §2.4) ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Phường đã kích hoạt 8.300 chữ ký số cho người dân.", 8300, "procedures"),
        ("Tuần sinh hoạt công dân có 3.100 tân sinh viên tham gia.", 3100, "participants"),
        ("Câu lạc bộ cử 14 huấn luyện viên tình nguyện về các xã.", 14, "participants"),
        ("Hiện có khoảng 9.000 du học sinh Việt Nam tại thành phố.", 9000, "participants"),
        ("Đảng bộ khối đã kết nạp 57 đảng viên trẻ.", 57, "participants"),
        ("Đoàn xã lắp 25 thiết bị báo cháy cho các hộ kinh doanh.", 25, "items"),
        ("Đoàn viên dựng 64 cột đèn chiếu sáng trên đường làng.", 64, "items"),
        ("Ngày hội có 2.200 vị trí việc làm cho thanh niên.", 2200, "other"),
        ("Hai trường tiểu học nhận 3 bể bơi di động từ nhà tài trợ.", 3, "items"),
    ],
)
def test_round9_nouns(text, value, category):
    assert one(text, value).category == category


def test_a_pool_built_stays_a_work():
    # negative: a pool built is a work; only one handed over or received is an item
    assert one("Xã đã xây dựng 2 bể bơi cho thiếu nhi vùng sông nước.", 2).category == "works"


# --- participants vs beneficiaries (spec §2.4: the verb decides) --------------------------------


def test_people_admitted_in_the_passive_take_part():
    # "được kết nạp" is being admitted, not being served (like the active "kết nạp 35 học sinh")
    assert one("Năm học này, chi đoàn có 35 học sinh được kết nạp vào Đoàn.", 35).category == "participants"
    # negative: a passive of serving still serves
    assert one("Năm học này, chi đoàn có 35 học sinh được tặng quà.", 35).category == "beneficiaries"


# --- awardees are `other` (spec §2.4: tập thể / cá nhân được khen thưởng) -------------------------


def test_people_who_receive_a_prize_are_honoured():
    assert one("Thái Nguyên có 5 cán bộ Đoàn nhận Giải thưởng Lý Tự Trọng năm nay.", 5).category == "other"
    assert one("Sau 10 năm, đã có hơn 900 lượt cán bộ Đoàn được trao Giải thưởng.", 900).category == "other"
    # negative: people who take part in a prize's contest take part
    assert one("Cuộc thi có 5 cán bộ Đoàn tham gia dự thi.", 5).category == "participants"


def test_a_prize_named_early_in_the_clause_reaches_its_receivers():
    text = (
        "Tối 2/3, Trung ương Đoàn tổ chức lễ, trao Giải thưởng Sao Tháng Giêng năm 2025 cho "
        "80 cán bộ Đoàn tiêu biểu, trong đó có 20 cán bộ Đoàn cấp xã."
    )
    assert [f.category for f in figs(text) if f.value in (80, 20)] == ["other", "other"]
    # negative: gifts handed over "cho" people serve them
    assert one("Chương trình trao 200 suất quà cho 150 học sinh vùng cao.", 150).category == "beneficiaries"


def test_bodies_that_win_a_prize_are_honoured():
    assert one("Chi đoàn 10A1 đạt giải Nhất, 4 chi đoàn khác đạt giải Nhì.", 4).category == "other"
    # negative: bodies that take part are covered
    assert one("Hội thi có 30 chi đoàn tham gia.", 30).category == "coverage"


def test_an_honour_holds_for_the_people_listed_after_it():
    text = (
        "Năm học có 210 sinh viên đạt danh hiệu “Sinh viên 5 tốt” cấp trường, 40 sinh viên cấp tỉnh "
        "và 3 sinh viên cấp Trung ương."
    )
    assert [f.category for f in figs(text)] == ["other", "other", "other"]
    # negative: a list item with its own verb is decided by it
    text = "Năm học có 210 sinh viên đạt danh hiệu “Sinh viên 5 tốt”, 40 sinh viên tham gia tiếp sức mùa thi."
    assert one(text, 40).category == "participants"


def test_holders_of_a_title_named_in_the_text_are_honoured():
    text = (
        "Năm học có 210 sinh viên đạt danh hiệu “Sinh viên 5 tốt”. "
        "Năm tới phấn đấu có ít nhất 250 “Sinh viên 5 tốt” cấp trường."
    )
    assert one(text, 250).category == "other"
    # negative: the same words when the text names no such title
    text = "Năm tới phấn đấu có ít nhất 250 “Sinh viên 5 tốt” cấp trường."
    assert one(text, 250).category == "participants"


# --- participants vs beneficiaries, continued (spec §2.4) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # contestants who scored took part
        ("Vòng sơ khảo có 870 thí sinh đạt điểm tối đa.", 870, "participants"),
        # delegates taken on a visit take part in it
        ("Thành đoàn đưa 150 đại biểu thanh niên ra thăm nhà giàn.", 150, "participants"),
        # people referred to a job are served
        ("Trung tâm giới thiệu 90 thanh niên đến làm việc tại khu công nghiệp.", 90, "beneficiaries"),
        # people who need help are to be served
        ("Toàn tỉnh có khoảng 640 thanh niên cần hỗ trợ học nghề.", 640, "beneficiaries"),
        # students interviewed or linked with firms at a job fair are served
        ("Các doanh nghiệp phỏng vấn tại chỗ 230 sinh viên.", 230, "beneficiaries"),
        ("Ngày hội kết nối 700 sinh viên với doanh nghiệp.", 700, "beneficiaries"),
        # cadres trained in a class are served; customers answered are served
        ("Tỉnh đoàn mở lớp bồi dưỡng cho 260 Bí thư, Phó Bí thư chi đoàn.", 260, "beneficiaries"),
        ("Tổng đài tự động đã trả lời 7.400 lượt khách hàng.", 7400, "beneficiaries"),
    ],
)
def test_round9_people(text, value, category):
    assert one(text, value).category == category


def test_a_referral_without_a_job_is_not_a_placement():
    # negative: members introduced to the Party take part
    assert one("Chi đoàn giới thiệu 12 đoàn viên ưu tú cho Đảng xem xét.", 12).category == "participants"


def test_people_taken_home_are_still_served():
    # negative: a trip home is not a visit they take part in
    assert one("Đội hình đưa 300 sinh viên về quê đón Tết.", 300).category == "beneficiaries"


def test_entries_of_a_contest_listed_by_unit_are_participants():
    # round 12: "lượt thi" (attempts) is `other`; entries counted as "lượt dự thi" (taking part)
    # stay participants
    text = "Các đơn vị có số lượt dự thi cao nhất gồm: Đoàn xã A (4.100 lượt), Đoàn xã B (3.050 lượt)."
    assert [f.category for f in figs(text)] == ["participants", "participants"]


# --- sites, places and money (spec §2.4) --------------------------------------------------------


def test_a_bare_site_takes_the_activity_of_its_clause():
    assert one("Đợt hiến máu tiếp nhận 1.450 đơn vị máu tại 6 điểm.", 6).category == "events"
    # negative: a clause naming no site activity leaves the places covered
    assert one("Đoàn viên tuyên truyền pháp luật tại 12 điểm trên địa bàn.", 12).category == "coverage"


def test_lodging_houses_checked_are_places_built_are_works():
    assert one("Đoàn phường kiểm tra, hướng dẫn 37 nhà trọ về phòng cháy.", 37).category == "coverage"
    # negative: lodging houses built are works
    assert one("Dự án xây dựng 3 nhà trọ cho công nhân.", 3).category == "works"


def test_a_foreign_currency_is_money_as_written():
    f = one("Hội sinh viên trao 12 suất học bổng, mỗi suất 30.000 yên.", 30000)
    assert (f.category, f.value) == ("money", 30000)
    # negative: "Yên" opening a place name is no currency
    assert one("Đoàn xã đã hỗ trợ 2 Yên Bình, Yên Lạc.", 2).category != "money"


# --- breakdown footnotes (spec §2.4, §2.6) ------------------------------------------------------

NOTES = """\
I. KẾT QUẢ

Năm học có 210 sinh viên đạt danh hiệu "Sinh viên 5 tốt" cấp trường và 3 sinh viên cấp Trung ương¹. \
Đoàn trường giới thiệu 150 đoàn viên ưu tú cho Đảng xem xét, trong đó 96 sinh viên đã được kết nạp \
vào Đảng². Đoàn trường tổ chức 12 buổi sinh hoạt chuyên đề³.

_______________
¹ Gồm 2 sinh viên Khoa Cơ khí và 1 sinh viên Khoa Điện.
² Trong đó: Khoa Cơ khí 40, Khoa Xây dựng 26, các khoa khác 30.
³ Tại 4 phòng học của trường.
"""


def _note_figures(note: str) -> list[tuple[object, str]]:
    return [(f.value, f.category) for f in figs(NOTES) if f.footnote == note]


def test_a_breakdown_of_honoured_people_keeps_the_honour():
    assert _note_figures("1") == [(2, "other"), (1, "other")]


def test_bare_numbers_of_a_breakdown_count_what_the_body_figure_counts():
    # and "Xây dựng" of a faculty's name is no verb of building
    assert _note_figures("2") == [(40, "participants"), (26, "participants"), (30, "participants")]


def test_a_note_that_is_no_breakdown_keeps_its_own_nouns():
    # negative: "Tại 4 phòng học" opens no breakdown ("Trong đó", "Gồm")
    assert _note_figures("3") == [(4, "works")]


def test_a_verb_in_a_body_name_does_not_decide_a_bare_number():
    text = "Số đoàn viên mới theo khoa: Khoa Cơ khí 40, Khoa Xây dựng 26, các khoa khác 30."
    assert [f.category for f in figs(text)] == ["other", "other", "other"]
    # negative: the verb itself still decides ("xây dựng 26")
    text = "Năm qua các chi đoàn đã xây dựng 26, sửa chữa 12."
    assert [f.category for f in figs(text)] == ["works", "works"]


# --- an amount per item in a result (spec §2.1) --------------------------------------------------


def test_a_count_per_class_in_a_result_is_a_figure():
    text = "Hai lớp tại xã A và xã B học trực tiếp, mỗi lớp 120 học viên; 02 lớp còn lại học trực tuyến."
    assert one(text, 120).category == "beneficiaries"
    # negative: a class's name ("lớp 12") is no figure
    assert values("Học sinh lớp 12 tham gia đầy đủ các buổi sinh hoạt.") == []


def test_a_target_stated_with_la_is_people_reached():
    text = "Mục tiêu đến cuối năm nay là 100% hộ kinh doanh trên địa bàn có bình chữa cháy."
    assert one(text, 100).category == "beneficiaries"
    # negative: "là" of a rate stays a share
    assert one("Tỷ lệ hộ nghèo toàn xã hiện là 4% hộ gia đình.", 4).category == "other"


def test_a_bare_position_is_other():
    text = "Ngày hội có 3.000 vị trí việc làm, trong đó 1.250 vị trí dành cho sinh viên năm cuối."
    assert [f.category for f in figs(text)] == ["other", "other"]


def test_a_units_part_of_people_counted_before_is_counted_as_they_were():
    text = "Cả nước có 900 lượt thí sinh tham gia cuộc thi, trong đó tỉnh có 520 lượt."
    assert one(text, 520).category == "participants"
    # negative: without a subset word the unit's own count is decided by its own noun
    text = "Cả nước có 900 lượt thí sinh tham gia cuộc thi. Năm nay tỉnh có 520 học sinh giỏi."
    assert one(text, 520).category == "beneficiaries"
