"""Categories, round 14g (spec §2.4): patrols, border markers and incidents, contestants who compete,
people evacuated or given gifts, things seized, offenders handed to the police, houses damaged, the
change of a count, cases of people, graves, races, faculties and hospitals, cooperative members,
ethnic groups; and "trên" meaning "on" after a count and its noun (spec §2.5).

Every sentence was written for these tests.
"""

from __future__ import annotations

from decimal import Decimal

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Hòa Bình")


# ------------------------------------------------- patrols, markers, incidents
def test_patrol_rounds_are_events():
    text = "Chi đoàn đồn phối hợp thực hiện 35 lượt tuần tra chung trên tuyến biên giới."
    assert one(text, 35).category == "events"


def test_border_markers_and_incidents_are_other():
    text = "Đoàn viên phát quang 40 cột mốc và phát hiện 12 vụ vận chuyển hàng lậu."
    assert one(text, 40).category == "other"
    assert one(text, 12).category == "other"


def test_light_poles_are_things():
    text = "Chi đoàn thôn Bản Cầm lắp 25 cột đèn, Chi đoàn thôn Bản Mới lắp 19 cột."
    assert one(text, 19).category == "items"


# ------------------------------------------------- contestants
def test_contestants_who_compete_take_part():
    text = "Hòa Bình: 230 thí sinh tranh tài tại vòng chung kết Hội thi Olympic tiếng Anh."
    assert one(text, 230).category == "participants"


def test_contestants_listed_by_group_after_tranh_tai_take_part():
    text = (
        "Các em tranh tài ở hai khối: khối tiểu học (lớp 4, lớp 5) 104 thí sinh, khối trung học cơ sở"
        " (lớp 8, lớp 9) 96 thí sinh."
    )
    assert one(text, 96).category == "participants"


def test_exam_candidates_helped_stay_served():
    text = "Đội hình tiếp sức mùa thi hỗ trợ 640 thí sinh tìm phòng thi."
    assert one(text, 640).category == "beneficiaries"


# ------------------------------------------------- people evacuated, given gifts
def test_people_evacuated_are_served():
    text = "Tổ xung kích dùng xuồng máy sơ tán hơn 700 người ra khỏi vùng ngập sâu."
    assert one(text, 700).category == "beneficiaries"


def test_recruits_given_gifts_are_served():
    text = "Hội LHTN xã tặng 45 tân binh mỗi người một bộ quân phục."
    assert one(text, 45).category == "beneficiaries"


def test_recruits_who_set_off_still_take_part():
    text = "Xã có 45 tân binh lên đường nhập ngũ."
    assert one(text, 45).category == "participants"


# ------------------------------------------------- things seized, offenders
def test_things_with_no_lexicon_noun_seized_are_items():
    text = "Tổ tuần tra thu giữ 15 xe máy không biển số, 48 mã tấu, côn và 3 bình xịt hơi cay."
    assert one(text, 48).category == "items"


def test_an_unknown_noun_without_a_verb_of_seizing_stays_other():
    text = "Tổ tuần tra ghi nhận 48 mã tấu trong kho."
    assert one(text, 48).category != "items"


def test_offenders_handed_to_the_police_are_other():
    text = "Tổ tự quản phát hiện, bàn giao 9 đối tượng cho công an xã xử lý."
    assert one(text, 9).category == "other"


def test_people_handed_a_gift_are_not_offenders():
    text = "Đoàn xã bàn giao nhà cho 9 hộ nghèo trong xã."
    assert one(text, 9).category == "beneficiaries"


def test_cases_of_people_helped_are_the_people():
    text = "Các tổ đã hỗ trợ 205 trường hợp người dân bị chết máy trên đường ngập."
    assert one(text, 205).category == "beneficiaries"


def test_cases_of_offences_are_no_schools():
    text = "Lực lượng chức năng lập biên bản 17 trường hợp vi phạm nồng độ cồn."
    assert one(text, 17).category == "other"


# ------------------------------------------------- damage, changes
def test_houses_damaged_are_not_works():
    text = "Theo thống kê, bão làm 930 ngôi nhà bị tốc mái, hư hỏng."
    assert one(text, 930).category == "other"


def test_houses_damaged_then_repaired_are_works():
    text = "Đoàn viên giúp dân sửa chữa 38 ngôi nhà bị tốc mái."
    assert one(text, 38).category == "works"


def test_the_change_of_a_count_is_other():
    text = "So với năm trước, số thanh niên có việc làm tăng 640 người."
    assert one(text, 640).category == "other"


def test_an_increase_with_no_counted_subject_stays_a_count():
    text = "Đoàn xã đề nghị tăng 20 suất quà cho hộ nghèo."
    assert one(text, 20).category == "items"


# ------------------------------------------------- nouns of the lexicon
def test_graves_are_works_and_on_is_no_qualifier():
    text = "Đoàn viên thắp 5.000 ngọn nến tri ân trên 640 phần mộ liệt sĩ."
    fig = one(text, 640)
    assert (fig.category, fig.qualifier) == ("works", None)


def test_races_are_events():
    text = "Năm qua, các trường tổ chức hơn 40 giải chạy vì cộng đồng."
    assert one(text, 40).category == "events"


def test_faculties_and_hospitals_are_bodies():
    text = "Có 310 sinh viên thuộc 7 khoa tham gia. Ngành y tế tỉnh có 12 bệnh viện tuyến huyện."
    assert one(text, 7).category == "coverage"
    assert one(text, 12).category == "coverage"


def test_a_meal_point_opened_is_an_event():
    text = "Chi đoàn mở thêm 2 điểm phát cơm miễn phí tại cổng bệnh viện."
    assert one(text, 2).category == "events"


def test_cooperative_members_trained_are_served_not_communes():
    text = "Đoàn xã tập huấn kỹ năng bán hàng trực tuyến cho 84 xã viên của 6 hợp tác xã."
    assert one(text, 84).category == "beneficiaries"


def test_women_drawn_in_take_part():
    text = "Tổ hợp tác thêu thổ cẩm thu hút 19 chị em tham gia."
    assert one(text, 19).category == "participants"


def test_ethnic_groups_people_belong_to_are_other():
    text = "Dự lễ có 90 đại biểu thuộc 8 dân tộc anh em."
    assert one(text, 8).category == "other"


def test_boxes_and_boats_are_things():
    text = "Hợp tác xã bán 1.500 hộp mứt gừng; Công an huyện hỗ trợ 3 ca nô."
    assert one(text, 1500).category == "items"
    assert one(text, 3).category == "items"


# ------------------------------------------------- "trên" = "on" (spec §2.5)
def test_on_a_length_after_a_count_is_no_qualifier():
    text = "Chi đoàn thôn Bản Lác lắp 24 cột đèn trên 1,6 km đường liên thôn."
    assert one(text, Decimal("1.6")).qualifier is None


def test_more_than_after_a_comma_stays():
    text = "Hội thi thu hút 300 đoàn viên, trên 500 lượt người theo dõi."
    assert one(text, 500).qualifier == "more_than"


def test_more_than_after_a_verb_stays():
    text = "Năm 2025 có trên 300 đoàn viên tham gia hiến máu."
    assert one(text, 300).qualifier == "more_than"


def test_contestants_sent_to_a_contest_take_part():
    text = "Ban giám khảo chọn 6 học sinh dự Cuộc thi Olympic Toán học khu vực."
    assert one(text, 6).category == "participants"


def test_people_expected_are_not_contestants():
    text = "Đoàn xã trao quà cho 60 hộ dân dự kiến tái định cư."
    assert one(text, 60).category == "beneficiaries"


def test_the_areas_of_ethnic_groups_stay_coverage():
    text = "Đội hình hoạt động tại địa bàn 9 dân tộc thiểu số của tỉnh."
    assert one(text, 9).category == "coverage"
