"""fix17m: "trên" meaning "on/along" (spec §2.5: no qualifier) after points along a route and
before fronted trips; "more than" elsewhere. Texts written for these tests."""

from __future__ import annotations

from reportextract import find_quantities


def _quals(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.qualifier) for q in find_quantities(text)]


def test_points_along_a_route_lie_on_it() -> None:
    assert _quals("Tổ tuần tra kiểm soát các lối mở trên 18 km đường biên.") == [("18 km", None)]
    assert _quals("Đồn cắm lại 7 cột mốc trên 12 km đường biên giới.") == [("7", None), ("12 km", None)]


def test_a_length_after_a_verb_or_a_distance_is_more_than() -> None:
    # negative: no points named before "trên"
    assert _quals("Đồn bảo vệ trên 300 km đường biên giới.") == [("300 km", "more_than")]
    assert _quals("Trên 300 km đường biên giới được tuần tra.") == [("300 km", "more_than")]
    assert _quals("Bản cách trung tâm xã trên 15 km đường núi.") == [("15 km", "more_than")]


def test_fronted_trips_are_where_it_happened() -> None:
    text = "Trên 3 chuyến tàu về Vinh, 25 sinh viên được tặng quà Tết."
    assert _quals(text) == [("3", None), ("25", None)]
    text = "Đoàn về quê. Trên 2 chuyến xe miễn phí, 80 công nhân đã đón Tết."
    assert _quals(text) == [("2", None), ("80", None)]


def test_trips_as_the_subject_are_more_than() -> None:
    # negative: the trips do something before the comma, or there is no comma
    assert _quals("Trên 150 chuyến xe đã đưa công nhân về quê, an toàn.") == [("150", "more_than")]
    assert _quals("Trên 90 chuyến bay bị hủy vì bão.") == [("90", "more_than")]
    assert _quals("Trên 40 xe cứu thương, 60 y bác sĩ được huy động.") == [("40", "more_than"), ("60", None)]
