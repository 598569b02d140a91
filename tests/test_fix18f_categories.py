"""fix18f: categories, round 18 (spec §2.4): a list's bare classifier ("bức"), calls and messages,
pupils who save in a piggy bank, the share of classes that act, people killed in accidents, people
honoured after "và", a bare "người" as the level of a named count, people warned by a patrol and a
later item of a subset's list of people whose noun the lexicon lacks.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Lào Cai")


# a bare classifier in a list repeats the noun named before it (measure.elliptic_head)


def test_bare_classifier_in_a_list_repeats_the_named_noun():
    text = ("Các chi đoàn nhận phần việc: Chi đoàn thôn Bản Phố vẽ 18 bức tranh; Chi đoàn thôn Na Hối "
            "12 bức; Đoàn trường THCS Bắc Hà nhận 9 bức với 30 học sinh tham gia.")
    assert one(text, 18).category == "items"
    assert one(text, 12).category == "items"
    assert one(text, 9).category == "items"


def test_bare_classifier_without_a_named_noun_stays_other():
    # negative: no "bức tranh" (or other "bức …" entry) is named in the sentence
    assert one("Đoàn xã nhận được 12 bức từ các chi đoàn.", 12).category == "other"


# calls and messages (measures.tsv)


def test_calls_and_messages_reported_are_other():
    text = "Nhờ tuyên truyền, người dân đã báo cho công an 56 cuộc gọi, tin nhắn lạ."
    assert one(text, 56).category == "other"


def test_a_contest_stays_an_event():
    # negative: "cuộc" before another noun still counts events
    assert one("Đoàn phường tổ chức 3 cuộc thi tìm hiểu pháp luật.", 3).category == "events"


# pupils who save in a piggy bank act (cues.tsv kind act, measure._without_count)


def test_pupils_who_keep_piggy_banks_take_part():
    text = "Sau một học kỳ, 860 học sinh đã nuôi 30 con heo đất, thu được 25 triệu đồng."
    assert one(text, 860).category == "participants"
    assert one(text, 30).category == "items"
    text = "Có 640/700 học sinh tự nuôi heo đất tại nhà."
    assert one(text, 640).category == "participants"


def test_households_helped_to_raise_livestock_stay_served():
    # negative: "nuôi" alone is no act ("hỗ trợ 20 hộ nuôi bò": households served)
    assert one("Đoàn xã hỗ trợ 20 hộ nuôi bò sinh sản.", 20).category == "beneficiaries"
    # the count inside is read out only before an act: "mua 45 chiếc xe đạp" is none
    text = "Chi đoàn đã giúp 60 học sinh mua 45 chiếc xe đạp."
    assert one(text, 60).category == "beneficiaries"


def test_share_of_classes_that_take_part_is_coverage():
    text = "Cô Tổng phụ trách cho biết 100% lớp tham gia phong trào kế hoạch nhỏ."
    assert one(text, 100).category == "coverage"


def test_share_of_classes_without_an_act_stays_other():
    # negative: a share of classes that says nothing they did
    assert one("Khoảng 40% lớp ở vùng cao còn thiếu bàn ghế.", 40).category == "other"


# people killed or hurt in an incident (cues.tsv kind kill)


def test_people_killed_in_accidents_are_other():
    text = ("Năm 2025 toàn tỉnh xảy ra 95 vụ tai nạn giao thông, làm chết 61 người, trong đó 9 người "
            "dưới 18 tuổi.")
    assert one(text, 61).category == "other"
    assert one(text, 9).category == "other"


def test_people_brought_to_help_stay_participants():
    # negative: no verb of killing before them
    text = "Đoàn xã huy động 61 người tham gia khắc phục hậu quả tai nạn."
    assert one(text, 61).category == "participants"


# people honoured after "và" (measure._award_over_and)


def test_people_honoured_after_and_are_other():
    text = "Đoàn trường tuyên dương 7 chi đoàn vững mạnh và 40 đoàn viên xuất sắc."
    assert one(text, 7).category == "other"
    assert one(text, 40).category == "other"


def test_people_after_and_with_another_verb_stay_participants():
    # negative: the honour belongs to the first object only when no other number stands between
    text = "Đoàn trường tuyên dương 7 chi đoàn, huy động 30 đội hình và 40 đoàn viên tham gia."
    assert one(text, 40).category == "participants"


# a bare "người" after "lên" is a level of the count the clause names (measure._level_of_count)


def test_bare_people_level_of_named_count():
    text = ("Phường đã hỗ trợ 27 người dân sửa xe. Đoàn phường dự kiến lập thêm 2 tổ, nâng số đoàn viên "
            "tham gia lên khoảng 50 người.")
    assert one(text, 50).category == "participants"


def test_bare_people_level_of_served_count():
    # negative: the count names people served, so the level stays served
    text = "Xã nâng số người dân được hỗ trợ học nghề lên 80 người."
    assert one(text, 80).category == "beneficiaries"


# people warned by a patrol (cues.tsv kind detect)


def test_people_warned_by_a_patrol_are_other():
    text = "Tổ tuần tra nhắc nhở 36 trường hợp thanh niên tụ tập sau 23 giờ."
    assert one(text, 36).category == "other"


def test_people_supported_by_a_patrol_stay_served():
    # negative: the same patrol helps other people
    text = "Tổ tuần tra hỗ trợ 36 người dân bị hỏng xe về nhà an toàn."
    assert one(text, 36).category == "beneficiaries"


# a later item of a subset's list of people (measure._subset_list_first)


def test_later_item_of_a_list_of_delegates_is_a_delegate():
    text = ("Đoàn đại biểu của tỉnh gồm 30 người; trong đó có 12 đại biểu nữ, 4 đại biểu người dân tộc "
            "và 6 doanh nhân trẻ.")
    assert one(text, 6).category == "participants"


def test_businesspeople_outside_a_list_stay_other():
    # negative: no subset's list of people before them
    assert one("Hội thảo có sự tham dự của 6 doanh nhân trẻ.", 6).category == "other"
