"""Round 25, the second review's mends in the gazetteer (rev25b #4): "trẻ em" (children) before an
organisation's name are not its young people. Every text was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Ninh Bình")

_UNION = " Đoàn Thanh niên Công ty May Hòa Bình cử 10 đoàn viên tham gia."


def test_children_before_a_donor_company_are_not_its_young_people():
    text = "Dịp Tết, 120 trẻ em khó khăn Công ty May Hòa Bình hỗ trợ nhận 120 suất quà." + _UNION
    gifts = [f for f in figs(text) if f.measure == "suất quà"]
    assert [f.unit for f in gifts] == ["Ninh Bình"]


def test_young_engineers_right_before_the_name_are_its_young_people():
    # the neighbour shape: "kỹ sư trẻ Công ty X": the company's youth, also with the company's part
    # between them ("bác sĩ trẻ Khoa Hồi sức tích cực Bệnh viện X")
    text = "Nhóm kỹ sư trẻ Công ty May Hòa Bình giúp giảm 12% điện năng." + _UNION
    assert one(text, 12).unit == "Công ty May Hòa Bình"
    text = "Nhóm kỹ sư trẻ Phòng Kỹ thuật cơ điện Công ty May Hòa Bình giúp giảm 12% điện năng." + _UNION
    assert one(text, 12).unit == "Công ty May Hòa Bình"
