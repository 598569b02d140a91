"""Numbers that are or are not figures, for fix 16f (spec §2.1: lengths of time, lengths per item,
numbers in names), on sentences written for these tests."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities

figs, one, values = helpers("Đoàn xã Tân Phú")


def _tags(text: str) -> dict[str, str | None]:
    return {q.text: q.nonfigure for q in find_quantities(text)}


def test_man_days_after_trong_are_labour_not_a_length_of_time() -> None:
    assert _tags("Con đường được sửa trong 350 ngày công.")["350"] is None
    assert _tags("Nhà văn hóa hoàn thành trong 90 giờ công.")["90"] is None
    assert 350 in values("Con đường được sửa trong 350 ngày công.")


def test_a_length_of_time_stays_a_duration() -> None:
    assert _tags("Đoàn viên dọn vệ sinh trong 5 ngày.")["5"] == "duration"
    assert _tags("Trong 4 ngày công tác, đoàn thăm các xã.")["4"] == "duration"


def test_sessions_of_each_course_are_a_length_per_item() -> None:
    assert 16 not in values("Mỗi lớp học 16 buổi, do giáo viên tình nguyện đứng lớp.")
    assert 8 not in values("Đoàn mở 2 khóa kỹ năng, mỗi khóa 8 buổi.")


def test_sessions_held_stay_a_count() -> None:
    assert one("Mỗi lớp tổ chức 3 buổi ngoại khóa.", 3).category == "events"
    assert one("Đoàn xã tổ chức 14 buổi tuyên truyền.", 14).category == "events"


def test_the_number_of_a_khoi_pho_is_part_of_its_name() -> None:
    assert _tags("Chi đoàn khối phố 7 quyên góp 230 cuốn sách.")["7"] == "name"
    assert values("Chi đoàn khối phố 7 quyên góp 230 cuốn sách.") == [230]


def test_a_count_given_to_a_khoi_pho_stays_a_figure() -> None:
    assert values("Đoàn phường trao tặng khối phố 2 sân chơi.") == [2]


def _qualifier(text: str, number: str) -> str | None:
    return next(q.qualifier for q in find_quantities(text) if q.text.startswith(number))


def test_tren_before_a_route_length_after_a_place_means_on() -> None:
    text = "Đoàn đặt 20 chốt tại các điểm giao cắt trên 85 km đường sắt qua tỉnh."
    assert _qualifier(text, "85") is None


def test_tren_before_a_length_with_no_place_before_stays_more_than() -> None:
    assert _qualifier("Chi đoàn tuần tra trên 85 km đường biên giới.", "85") == "more_than"
    assert _qualifier("Tại xã A, đoàn làm mới trên 12 km đường giao thông.", "12") == "more_than"
