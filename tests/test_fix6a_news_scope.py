"""Scope of news about a sector or a school (spec §2.3), generalised after the held-out excerpts
n42 and n45: the body that acts in the headline or lead gives the scope, not a place in a
school's name nor the place that received a gift. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import scope, segment


def _scope(text: str) -> str | None:
    return segment(read(text, format="txt")).report.metadata.scope


def test_school_named_with_truong_is_its_own_unit() -> None:
    text = (
        "Năm nay, Đoàn trường Đại học Y Dược Cần Thơ thành lập 8 đội hình tình nguyện với 150 sinh viên "
        "tại các điểm thi trên địa bàn thành phố.\n\nHội Sinh viên trường kết nối 40 phòng trọ miễn phí."
    )
    assert _scope(text) == "trường Đại học Y Dược Cần Thơ"


def test_university_system_without_truong_takes_its_city() -> None:
    # negative: "Đại học Quốc gia Hà Nội" is not written as a "trường": it sits under the city Đoàn
    text = "Năm nay, Đoàn ĐHQG Hà Nội tổ chức 10 đội hình tình nguyện với 200 sinh viên tại tỉnh Hòa Bình."
    assert _scope(text) == "Hà Nội"
    assert scope.news_scope(None, text, text) == "Hà Nội"


def test_place_that_receives_in_the_headline_is_not_the_actor() -> None:
    head = "Tuổi trẻ Công an mang Tết sum vầy đến bà con vùng biên Lạng Sơn"
    lead = (
        "Ngày 20/1, tại xã Đồng Đăng, tỉnh Lạng Sơn, Đoàn Thanh niên Công an nhân dân phối hợp Tỉnh đoàn "
        "Lạng Sơn trao 200 suất quà cho hộ nghèo."
    )
    assert scope.news_scope(head, lead, f"{head}\n{lead}") == "Công an nhân dân"


def test_acting_place_before_a_gift_keeps_the_scope() -> None:
    # negative: the place that acts is before the verb of giving; it stays the actor
    head = "Thanh niên Hà Tĩnh trao tặng 50 suất quà cho học sinh"
    lead = "Sáng 3/2, Tỉnh đoàn Hà Tĩnh trao 50 suất quà cho học sinh xã Kỳ Lạc."
    assert scope.news_scope(head, lead, f"{head}\n{lead}") == "Hà Tĩnh"
