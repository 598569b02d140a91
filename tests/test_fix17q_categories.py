"""fix17q: measures that stop before a verb, incidents recorded, cases of an illness (spec §2.4).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Yên Bái")


def test_measure_stops_before_a_verb_of_giving():
    f = one("Quỹ có 80 triệu đồng, trong đó 25 chủ nhà trọ đóng góp 20 triệu đồng.", 25)
    assert f.measure == "chủ nhà trọ"
    assert f.category == "participants"


def test_measure_of_people_stops_before_the_skill_taught():
    f = one("Các đoàn viên hướng dẫn 64 ngư dân kỹ năng bơi an toàn.", 64)
    assert f.measure == "ngư dân"
    assert f.category == "beneficiaries"
    # negative: a class named by its skill keeps the words
    f = one("Huyện đoàn mở 9 lớp kỹ năng sống cho thiếu nhi.", 9)
    assert f.measure == "lớp kỹ năng sống"


def test_people_recorded_in_an_incident_are_other():
    f = one("Qua kiểm tra, nhà trường ghi nhận 11 học sinh hút thuốc lá điện tử.", 11)
    assert f.category == "other"
    # negative: without a verb of finding or recording, people served stay served
    f = one("Đoàn trường tư vấn cho 11 học sinh về tác hại của thuốc lá điện tử.", 11)
    assert f.category == "beneficiaries"


def test_cases_of_a_named_illness_are_other_unless_examined():
    assert one("Từ đầu năm, huyện ghi nhận 640 ca sốt xuất huyết.", 640).category == "other"
    # negative: cases examined are people served
    assert one("Đội thầy thuốc trẻ khám cho 85 ca sốt kéo dài.", 85).category == "beneficiaries"


def test_fishing_boats_are_other_even_after_an_item():
    text = "Hải đội tặng 40 túi sơ cứu cho 40 tàu cá và kiểm tra máy cho 12 tàu."
    cats = {(f.value, f.measure): f.category for f in figs(text)}
    assert cats[(40, "tàu cá")] == "other"
    assert cats[(12, "tàu")] == "other"
    assert cats[(40, "túi sơ cứu")] == "items"
    # negative: a vessel put to use stays an item
    assert one("Đồn biên phòng huy động 3 tàu tuần tra.", 3).category == "items"
