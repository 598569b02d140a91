"""Measure phrases and sites of the seventh round (spec §2.4): a noun cut by the end of an excerpt,
"lượt là <noun>", sites that are places or works by the words around them, a thing handed with
another, and an elided list item after a name.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Thái Nguyên")


def test_a_noun_cut_by_the_end_of_the_excerpt_is_the_longer_entry():
    assert one("Mục tiêu năm tới là tiếp nhận 8.500 đơn vị m", 8500).category == "items"
    # negative: a bare "đơn vị" at the end stays bodies
    assert one("Chương trình có sự tham gia của 14 đơn vị", 14).category == "coverage"


def test_visits_named_after_la_count_that_noun():
    text = "Các đội đã hướng dẫn 640.000 lượt người dân, trong đó khoảng 210.000 lượt là người cao tuổi."
    assert one(text, 210000).category == "beneficiaries"


def test_sites_the_gifts_went_to_are_places():
    assert one("Đoàn xã trao 120 suất quà cho học sinh của 6 điểm trường.", 6).category == "coverage"
    # negative: sites repaired are works
    assert one("Đoàn xã sửa chữa 6 điểm trường.", 6).category == "works"


def test_a_named_point_built_is_a_work():
    assert one("Tỉnh đoàn dùng kinh phí để xây dựng 9 “Điểm đọc sách cộng đồng”.", 9).category == "works"
    # negative: points where a model is built are places
    assert one("Đoàn phường xây dựng mô hình tại 9 điểm.", 9).category == "coverage"


def test_points_manned_are_places_covered():
    assert one("Các tình nguyện viên trực tại 05 điểm hỗ trợ người dân.", 5).category == "coverage"
    # negative: points opened are events
    assert one("Phường mở thêm 3 điểm hỗ trợ lưu động.", 3).category == "events"


def test_a_bookcase_handed_with_grants_is_an_item():
    text = "Chi đoàn trao tặng trường 15 suất học bổng, mỗi suất 500.000 đồng và 01 tủ sách thiếu nhi."
    assert one(text, 1).category == "items"


def test_an_elided_list_item_after_a_name_is_a_figure():
    text = "Riêng tuyến phía Bắc có 14 chuyến, tuyến Đông Nam Bộ 9 chuyến."
    assert values(text) == [14, 9]
    # negative: a number inside a name with no list before it stays out
    assert values("Đoàn viên Trung đoàn 3 tham gia dọn vệ sinh.") == []
