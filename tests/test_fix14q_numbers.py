"""Round 14e (fix14q): service phone lines and lists of numbered names are no figures."""

from reportextract.numbers import find_quantities


def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.nonfigure) for q in find_quantities(text)]


def test_service_phone_line_split_by_a_space_is_a_code() -> None:
    kinds = _kinds("Mọi thắc mắc xin gọi đường dây nóng 1800 2345 của hội.")
    assert kinds == [("1800", "code"), ("2345", "code")]
    kinds = _kinds("Hỏi đáp qua số 1900 12 34 56.")
    assert kinds == [("1900", "code"), ("12", "code"), ("34", "code"), ("56", "code")]


def test_year_1900_and_a_count_is_no_phone() -> None:
    kinds = _kinds("Từ năm 1900 đến nay có 2500 người.")
    assert ("2500", None) in kinds


def test_bare_numbers_after_a_numbered_name_are_names() -> None:
    kinds = _kinds("Nhà văn hóa được xây ở các khu phố 4, 6 và 11.")
    assert [k for _, k in kinds] == ["name", "name", "name"]


def test_a_count_after_a_numbered_name_stays() -> None:
    assert ("8", None) in _kinds("Khu phố 4 có 8 hộ nghèo.")
    assert ("30", None) in _kinds("Khu phố 4, 30 hộ dân tham gia.")


def _qualifiers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.qualifier) for q in find_quantities(text)]


def test_on_board_after_a_riding_verb_is_no_qualifier() -> None:
    assert ("3", None) in _qualifiers("Đội y tế gồm 25 người đi trên 3 tàu kiểm ngư.")
    assert ("2", None) in _qualifiers("Các em có mặt trên 2 chuyến xe đầu tiên.")


def test_more_than_vehicles_keeps_its_qualifier() -> None:
    assert ("150", "more_than") in _qualifiers("Xã hiện có trên 150 tàu cá.")
    assert ("20 km", "more_than") in _qualifiers("Các em đi trên 20 km đường đất.")


def test_nautical_miles_are_a_measure() -> None:
    (q,) = find_quantities("Con tàu chạy khoảng 95 hải lý.")
    assert q.kind == "measure" and q.unit == "hải lý"
