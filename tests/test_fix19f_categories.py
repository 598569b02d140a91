"""fix19f: categories, round 19 (spec §2.4): points installed and a list that drops its verb, sites
completed, people "with" a count of people before them, a ratio of people who sign up, people found
by an examination and the verb "tiếp sức".

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Quảng Ninh")


# points installed are works, named or not (cues.tsv kind install, measure.categorise)


def test_bare_points_installed_are_works():
    text = "Năm nay Đoàn phường Hà Lầm lắp 30 điểm, nhiều nhất thành phố."
    assert one(text, 30).category == "works"


def test_bare_points_where_something_happens_stay_places():
    # negative: points after "tại" only say where; points without a verb of building stay places
    assert one("Đoàn phường lắp camera tại 30 điểm trên địa bàn.", 30).category == "coverage"
    assert one("Đoàn phường trực 30 điểm trong dịp Tết.", 30).category == "coverage"


# a list item that drops its verb counts its points as the earlier item (measure._earlier_site_item)


def test_list_items_without_a_verb_count_points_as_the_first_item():
    text = ("Chi đoàn Công an phường Cao Xanh lắp 15 điểm, nhiều nhất tỉnh; Chi đoàn Công an xã Hoành Bồ "
            "9 điểm, phường Bãi Cháy 6 điểm.")
    assert [f.category for f in figs(text) if f.value in (15, 9, 6)] == ["works"] * 3


def test_list_items_of_points_manned_stay_places():
    # negative: the first item's points are places, so are the later ones
    text = ("Chi đoàn ga Hạ Long phụ trách 12 điểm chốt với 40 đoàn viên; Chi đoàn ga Cẩm Phả 7 điểm, "
            "Chi đoàn ga Uông Bí 5 điểm.")
    assert [f.category for f in figs(text) if f.value in (12, 7, 5)] == ["coverage"] * 3


def test_points_with_their_own_verb_are_not_list_repeats():
    # negative: a later item with its own verb is read by that verb
    text = "Đoàn xã A lắp 15 điểm, Đoàn xã B trực 9 điểm."
    assert one(text, 9).category == "coverage"


# a site completed is built (cues.tsv kind complete)


def test_school_sites_completed_are_works():
    text = "Năm tới, Tỉnh đoàn sẽ hoàn thành thêm 4 điểm trường cho các xã vùng cao."
    assert one(text, 4).category == "works"


def test_completing_a_check_of_school_sites_keeps_places():
    # negative: "hoàn thành" is read only right before the number
    text = "Đoàn trường đã hoàn thành việc kiểm tra 25 điểm trường trong huyện."
    assert one(text, 25).category == "coverage"
    # and only for sites that are works when built: "hoàn thành 100% chỉ tiêu" stays a rate
    assert one("Đoàn xã hoàn thành 100% chỉ tiêu được giao.", 100).category == "other"


# people "with" a count of people before them (measure._with_earlier_people)


def test_people_with_served_people_are_served():
    text = "Chi đoàn đã hướng dẫn 420 chủ nhà trọ với hơn 3.100 người thuê trọ cách thoát nạn."
    assert one(text, 420).category == "beneficiaries"
    assert one(text, 3100).category == "beneficiaries"


def test_people_with_a_unit_or_a_team_keep_their_role():
    # negative: "với" after a name or after teams is "having", the noun's role decides
    assert one("Đoàn trường THPT Bãi Cháy với 640 đoàn viên.", 640).category == "participants"
    text = "Đoàn xã thành lập 5 đội hình với 60 đoàn viên hỗ trợ người dân."
    assert one(text, 60).category == "participants"


# a ratio of people who do something of their own (measure.categorise, `_share_acts`)


def test_a_ratio_of_people_who_sign_up_takes_part():
    text = ("Các nhóm hỗ trợ thủ tục cho 1.500 tân sinh viên. Đến nay, 1.120/1.500 tân sinh viên đã "
            "đăng ký vào các câu lạc bộ của trường.")
    assert [f.category for f in figs(text) if f.value == 1500] == ["beneficiaries", "participants"]
    assert one(text, 1120).category == "participants"


def test_a_ratio_that_describes_served_people_stays_served():
    # negative: "là …" describes who they are, the earlier count's verb decides
    text = ("Đoàn trường tiễn 900 sinh viên về quê ăn Tết. Có 310/900 sinh viên là người dân tộc "
            "thiểu số.")
    assert one(text, 310).category == "beneficiaries"


# people found by an examination are served (measure._examined_before)


def test_children_found_ill_by_an_examination_are_served():
    text = ("Các bác sĩ đã khám, siêu âm cho 960 trẻ từ 0 đến 16 tuổi, phát hiện 31 trẻ mắc bệnh tim, "
            "trong đó 12 trẻ cần phẫu thuật.")
    assert one(text, 31).category == "beneficiaries"
    assert one(text, 12).category == "beneficiaries"


def test_people_found_by_a_patrol_are_other():
    # negative: no examination in the sentence; one before a ";" does not count either
    assert one("Tổ tuần tra ra quân 20 buổi, phát hiện 14 người vi phạm.", 14).category == "other"
    text = "Đội y tế khám cho 200 người; tổ tuần tra phát hiện 9 người vi phạm."
    assert one(text, 9).category == "other"


# "tiếp sức" serves the people after it (cues.tsv kind serve)


def test_people_backed_up_are_served():
    text = 'Hơn 200 sinh viên tình nguyện "tiếp sức" 1.800 tân sinh viên nhập học.'
    assert one(text, 1800).category == "beneficiaries"


def test_exam_sites_backed_up_stay_places():
    # negative: a count of places after the verb is no people
    assert one("Sinh viên trường tiếp sức 18 điểm thi.", 18).category == "coverage"
