"""Numbers of the ninth round (spec §2.1 non-figures, §2.5 qualifiers): footnote markers in brackets,
the end of a range of years, numbers of names (an area, a campus, a circuit, a voltage class, the
number of a ward before its figure), codes with a slash, "trên" meaning "on", and a qualifier glued
to a page label. Every sentence was written for these tests; each rule has a negative case."""

from __future__ import annotations

from reportextract.numbers import find_quantities


def _q(text: str, raw: str, nth: int = 0):
    """The ``nth`` quantity whose digits are ``raw``."""
    hits = [q for q in find_quantities(text) if text[q.number_span[0] : q.number_span[1]] == raw]
    return hits[nth]


# --- footnote markers ----------------------------------------------------------------------------


def test_bracketed_marker_glued_to_a_word_is_a_footnote():
    text = "Các chi đoàn đã lập danh sách cảm tình đoàn[3]. Có 12 người đăng ký."
    assert _q(text, "3").nonfigure == "footnote"
    assert _q(text, "12").nonfigure is None
    assert _q("Đoàn xã kết nạp 25 đoàn viên.[4]", "4").nonfigure == "footnote"


def test_bracket_after_a_space_is_no_footnote_marker():
    assert _q("Hồ sơ gồm [14] bộ đã nộp.", "14").nonfigure is None


# --- years -------------------------------------------------------------------------------------------


def test_end_of_a_school_year_is_a_year():
    text = "Năm học 2023 - 2024 nhà trường có 940 học sinh."
    assert _q(text, "2023").nonfigure == "year"
    assert _q(text, "2024").nonfigure == "year"
    assert _q(text, "940").nonfigure is None
    assert _q("Nhiệm kỳ 2022-2027 chi đoàn có 15 ủy viên.", "2027").nonfigure == "year"


def test_range_of_counts_is_no_range_of_years():
    # negative: no year word before the low end, and counts far apart
    assert _q("Mỗi hội trại đón từ 2010 đến 2020 học sinh.", "2020").nonfigure is None
    assert _q("Năm học 2024 - 3.100 học sinh tham gia.", "3.100").nonfigure is None


# --- numbers of names --------------------------------------------------------------------------------


def test_area_and_campus_numbers_are_names():
    assert _q("Buổi diễn tập diễn ra tại khu 7, xã Hòa Bình.", "7").nonfigure == "name"
    assert _q("Ngày hội tổ chức tại cơ sở 3 (thị xã Sơn Tây) của trường.", "3").nonfigure == "name"
    # negative: a counted noun after the number counts it
    assert _q("Cấp huyện 05 công trình, cấp cơ sở 31 công trình.", "31").nonfigure is None


def test_voltage_class_and_circuit_are_names():
    text = "Đoàn viên tham gia thi công đường dây 110 kV mạch 2 qua huyện."
    assert _q(text, "110").nonfigure == "level"
    assert _q(text, "2").nonfigure == "name"
    # negative: a count of lines stays a figure
    assert _q("Công ty đã sửa chữa 45 km đường dây trung thế.", "45").nonfigure is None


def test_ward_number_before_its_bracketed_figure_is_a_name():
    text = "Dẫn đầu là Đoàn phường Tân An 3 (1.250 lượt), Đoàn xã Hòa Lạc (900 lượt)."
    assert _q(text, "3").nonfigure == "name"
    assert _q(text, "1.250").nonfigure is None
    # negative: a bracket opening with a word after a count keeps the count
    assert _q("Đoàn trao tặng xã Bình Minh 2 (Ngôi nhà khăn quàng đỏ).", "2").nonfigure is None


def test_ward_number_before_its_measured_figure_is_a_name():
    text = "Trong đó, phường Tân An 6.100 hồ sơ, phường Tân An 2 3.450 hồ sơ; các xã còn lại 900 hồ sơ."
    assert _q(text, "2").nonfigure == "name"
    assert _q(text, "3.450").nonfigure is None
    # negative: two bare numbers after a name are cells of a row
    assert _q("Trong bảng, xã Phú Lộc 14 205 ghi ở dòng cuối.", "14").nonfigure is None


def test_digits_after_a_code_and_slash_are_a_code():
    text = "Đoàn thăm cán bộ trạm ra-đa TR5/21 được tặng 40 suất quà."
    assert _q(text, "21").nonfigure == "code"
    assert _q(text, "40").nonfigure is None
    # negative: a part of a whole ("8/10 chi đoàn") is two figures
    assert _q("Đã có 8/10 chi đoàn hoàn thành.", "10").nonfigure is None


# --- qualifiers ------------------------------------------------------------------------------------


def test_tren_before_a_route_is_on():
    assert _q("Thanh niên lắp 90 bóng đèn trên 6 tuyến đường nội thôn.", "6").qualifier is None
    assert _q("Tin bài được đăng trên 4 nền tảng số của Đoàn.", "4").qualifier is None
    # negative: before another noun "trên" is "more than"
    assert _q("Chương trình thu hút trên 600 đoàn viên.", "600").qualifier == "more_than"
    assert _q("Thanh niên làm mới trên 12 km đường giao thông.", "12").qualifier == "more_than"


def test_qualifier_glued_to_a_page_label():
    q = _q("Thời sự - Chính trịGần 4.000 đoàn viên dự thi", "4.000")
    assert q.qualifier == "nearly"
    assert q.qualifier_span is not None
    # negative: a word that only ends like a qualifier ("Sơn") qualifies nothing
    assert _q("Đoàn xã Hà Sơn 120 đoàn viên tham gia.", "120").qualifier is None


def test_average_age_is_an_age():
    assert _q("Đoàn viên có độ tuổi bình quân 27,8. Chi đoàn có 40 người.", "27,8").nonfigure == "age"
    assert _q("Cán bộ có tuổi trung bình 33 năm nay.", "33").nonfigure == "age"
    # negative: another average is a figure
    assert _q("Thu nhập bình quân 6,5 triệu đồng mỗi tháng.", "6,5").nonfigure is None
