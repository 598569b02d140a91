"""Mends made when the fifteenth round's fixes were merged: rules of two engineers that met."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.units.gazetteer import find_units

figs, one, values = helpers("tỉnh Bắc Ninh")


def test_a_company_name_may_hold_five_lower_case_words_between_capitalised_ones():
    text = "Đoàn Thanh niên Công ty TNHH Dịch vụ hàng hóa sân bay Nội Bài cử 12 đoàn viên."
    names = [m.text for m in find_units(text)]
    assert "Đoàn Thanh niên Công ty TNHH Dịch vụ hàng hóa sân bay Nội Bài" in names


def test_six_lower_case_words_still_end_a_company_name():
    text = "Đoàn Thanh niên Công ty TNHH Minh An trao quà cho các em học sinh nghèo vượt khó Bắc Ninh."
    assert all("Bắc Ninh" not in m.text or m.text == "Bắc Ninh" for m in find_units(text))


def test_a_share_of_people_then_a_clause_after_a_comma_keeps_the_later_floor():
    # "100% <noun list> có ít nhất 1" is a condition on each unit (round 15), but a comma after
    # "100% đoàn viên tham gia" ends a clause: the later floor is the body's own target
    text = "Phấn đấu 100% chi đoàn tham gia, tổ chức ít nhất 12 buổi sinh hoạt chuyên đề."
    assert 12 in values(text)


def test_a_listed_share_of_units_still_makes_the_floor_a_condition():
    text = "Phấn đấu 100% xã, phường, đặc khu có ít nhất 1 mô hình thanh niên khởi nghiệp."
    assert values(text) == [100]
