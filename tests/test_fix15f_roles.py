"""Categories, round 15f (spec §2.4): the verbs and roles around counted people — percentages of
people as rates, audiences drawn to a service, people cast in a part, teams founded, contests held
for athletes, people found by an examination, points installed "thêm", and list items that drop
their noun.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- percentages of people
def test_a_finding_about_a_share_of_people_is_a_rate():
    text = "Qua khảo sát, 72% học sinh trả lời đúng các câu hỏi về an toàn giao thông."
    assert one(text, 72).category == "other"
    assert one("Theo ngành y tế, trên 60% trẻ em từ 5 đến 7 tuổi bị sâu răng.", 60).category == "other"


def test_a_share_of_people_as_a_goal_or_served_is_reached():
    # negatives of the rule above: a goal, or a verb that serves them
    text = "Xã mở thêm 8 lớp, phấn đấu 100% hộ gia đình có người biết dùng dịch vụ công trực tuyến."
    assert one(text, 100).category == "beneficiaries"
    assert one("Mục tiêu năm nay là 100% hộ kinh doanh có bình chữa cháy.", 100).category == "beneficiaries"
    assert one("Công an xã đã làm căn cước cho 100% học sinh lớp 12.", 100).category == "beneficiaries"


# ------------------------------------------------- audiences drawn in
def test_people_watching_are_an_audience():
    text = "Đoàn trường tổ chức 6 phiên tòa giả định, thu hút gần 3.000 học sinh theo dõi."
    assert one(text, 3000).category == "beneficiaries"


def test_people_drawn_to_a_service_are_served():
    text = "Ngày hội có 25 gian tư vấn của 18 trường, thu hút hơn 3.200 học sinh lớp 12."
    assert one(text, 3200).category == "beneficiaries"


def test_people_drawn_to_an_activity_take_part():
    assert one("Ngày hội thể thao thu hút hơn 2.400 học sinh.", 2400).category == "participants"
    text = "Hội thi kéo dài 2 tháng, thu hút 1.700 đoàn viên tham gia."
    assert one(text, 1700).category == "participants"


# ------------------------------------------------- passives and "cho"
def test_people_cast_in_a_part_take_part():
    text = "Đóng vai thư ký là 12 đoàn viên; 60 học sinh được chọn vào vai nhân chứng."
    assert one(text, 60).category == "participants"
    # negative: chosen to receive something, they are served
    assert one("Có 45 học sinh được chọn nhận học bổng.", 45).category == "beneficiaries"


def test_people_of_a_team_founded_are_not_served():
    text = "Tại lễ ra quân, 4 đội thanh niên xung kích cứu hộ với 52 đoàn viên đã được thành lập."
    assert one(text, 52).category == "participants"
    assert one("Tại buổi lễ, 210 học sinh được tặng quà.", 210).category == "beneficiaries"


def test_a_contest_held_for_athletes():
    text = "Năm sau, ban tổ chức dự kiến mở rộng giải cho 1.600 vận động viên."
    assert one(text, 1600).category == "participants"
    # negative: a trip held for pupils serves them
    text = "Phường tổ chức 3 chuyến về nguồn cho 90 đội viên tiêu biểu."
    assert one(text, 90).category == "beneficiaries"


def test_people_found_by_an_examination_are_served():
    text = "Đoàn bác sĩ trẻ khám cho học sinh; đội khám phát hiện 37/150 em bị viêm lợi."
    assert one(text, 37).category == "beneficiaries"
    assert one(text, 150).category == "beneficiaries"
    # negative: people caught in an incident stay counted, not served
    assert one("Lực lượng chức năng phát hiện 14 học sinh hút thuốc lá điện tử.", 14).category == "other"


# ------------------------------------------------- points installed
def test_points_installed_more_are_built():
    text = "Năm tới, chi đoàn dự kiến lắp thêm 35 điểm wifi cho các điểm trường."
    assert one(text, 35).category == "works"
    # negative: "thêm" after a verb of spreading word keeps the points places covered
    assert one("Đoàn xã tuyên truyền thêm 15 điểm dân cư.", 15).category == "coverage"


# ------------------------------------------------- lists that drop the noun
def test_and_ends_a_list_item_of_a_repeated_noun():
    text = (
        "Đội y tế khám bệnh cho xã Tân An 940 lượt người dân, xã Hòa Lợi 710 lượt, "
        "xã Bình Phú 520 lượt và xã Mỹ Lộc 430 lượt."
    )
    assert [f.category for f in figs(text)] == ["beneficiaries"] * 4
    # negative: "và" with no list separator before the full mention is no repeat
    text = "Điểm hiến máu tiếp nhận 215 đơn vị máu tại 9 đơn vị và 2 trường học."
    assert one(text, 9).category == "coverage"


def test_items_without_a_noun_count_as_the_first_item():
    text = (
        "Riêng phường An Lạc có 420 đoàn viên tham gia, phường Tân Mỹ 260, "
        "phường Phú Hòa 190 và phường Long Sơn 175."
    )
    assert [f.category for f in figs(text)] == ["participants"] * 4


def test_a_number_without_a_noun_that_joins_no_list_stays_other():
    text = "Đoàn xã trao 30 suất quà cho xã Tân Hòa 260 và xã Mỹ Lộc 195."
    assert one(text, 260).category == "other"
    assert one(text, 195).category == "other"


# ------------------------------------------------- contestants
def test_contestants_of_a_round_take_part():
    text = "Cuộc thi chọn 300 thí sinh từ gần 9.000 học sinh dự vòng sơ khảo tại 80 xã."
    assert one(text, 9000).category == "participants"
    text = "Sau câu hỏi thứ 10, ban tổ chức đưa 80 thí sinh trở lại sàn thi."
    assert one(text, 80).category == "participants"
    # negative: pupils taken to an exam site are served
    assert one("Đội tình nguyện đưa 200 thí sinh đến điểm thi.", 200).category == "beneficiaries"


def test_a_clause_opened_by_an_act_counts_who_take_part():
    assert one("Tham gia vòng chung kết có 320 thí sinh của 40 trường.", 320).category == "participants"
    # negative: a clause that opens with no act keeps the noun's role
    assert one("Xem vòng chung kết có 400 học sinh.", 400).category == "beneficiaries"


# ------------------------------------------------- lists of a subset
def test_later_items_of_a_subset_list_are_parts_of_the_whole():
    text = "Đoàn trường tuyên dương 60 sinh viên tiêu biểu, trong đó 35 người là nữ, 12 người là người Khmer."
    assert [f.category for f in figs(text)] == ["other"] * 3
    text = "Đoàn xã huy động 70 đoàn viên dọn vệ sinh, trong đó 35 người là nữ, 12 người là dân tộc thiểu số."
    assert [f.category for f in figs(text)] == ["participants"] * 3


def test_a_list_with_no_subset_word_keeps_its_own_words():
    text = "Đoàn trường tuyên dương 60 sinh viên tiêu biểu, hỗ trợ 35 người khó khăn, 12 người khuyết tật."
    assert one(text, 12).category == "beneficiaries"


# ------------------------------------------------- cases
def test_cases_operated_are_people_served():
    text = "Các bác sĩ đã mổ đục thủy tinh thể thành công 180 ca, chủ yếu là người cao tuổi."
    assert one(text, 180).category == "beneficiaries"
    assert one("Năm sau, bệnh viện dự kiến mổ khoảng 250 ca tại tỉnh.", 250).category == "beneficiaries"


def test_cases_of_an_illness_and_shifts_are_no_people_served():
    assert one("Từ đầu năm, toàn tỉnh ghi nhận 1.200 ca mắc sốt xuất huyết.", 1200).category == "other"
    assert one("Đội hình chia 3 ca trực mỗi ngày.", 3).category == "events"
