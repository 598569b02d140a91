"""Per-item results, conditions, frequencies and elided list items, for fix 15i (spec §2.1), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from reportextract.numbers import find_quantities
from reportextract.pipeline import extract


def _values(text: str) -> list[float]:
    return [f.value for f in extract(text, format="txt").figures]


def _tags(text: str) -> dict[str, str | None]:
    return {q.text: q.nonfigure for q in find_quantities(text)}


def test_count_shared_out_per_item_is_a_figure() -> None:
    values = _values("Hội Liên hiệp Thanh niên tặng 9 lớp học, mỗi lớp học 2 bộ máy tính gồm 40 phím.")
    assert 2 in values and 40 in values


def test_shared_out_count_in_a_request_stays_an_instruction() -> None:
    assert 3 not in _values("Đề nghị các cơ sở thành lập 4 đội, mỗi đội 3 người.")


def test_each_with_a_verb_stays_an_instruction() -> None:
    assert 2 not in _values("Huyện có 7 thôn, mỗi xã xây dựng 2 công trình.")


def test_floor_after_a_share_of_listed_units_is_a_condition() -> None:
    values = _values("Phấn đấu 100% thôn, bản, tổ dân phố có ít nhất 1 câu lạc bộ.")
    assert 100 in values and 1 not in values


def test_floor_after_a_clause_comma_stays_a_figure() -> None:
    assert 1 in _values("Đạt 100% kế hoạch năm nay, các đội hình mới có ít nhất 1 mô hình.")


@pytest.mark.parametrize(
    "text",
    ["Nhóm gồm 9 sinh viên, mỗi tuần 3 buổi đến trung tâm dạy vẽ.", "Câu lạc bộ tập 4 buổi/tuần tại sân."],
)
def test_sessions_per_period_are_a_frequency(text: str) -> None:
    assert not {3, 4} & set(_values(text))


def test_sessions_in_a_week_stay_events() -> None:
    assert 3 in _values("Trong tuần qua, đội tổ chức 3 buổi dạy vẽ.")


def test_passive_range_per_item_is_a_figure() -> None:
    values = _values("Tại xã Hòa Bình, mỗi thôn được trang bị từ 4 đến 6 bình chữa cháy.")
    assert 4 in values and 6 in values


def test_assigned_range_per_item_stays_an_instruction() -> None:
    assert 4 not in _values("Mỗi chi đoàn được phân công từ 4 đến 6 đoàn viên.")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đội làm 12 ghế, 5 bàn cho 3 lớp; thôn Nà Hẩu 9 ghế, 2 bàn.", "9"),  # items between
        ("Số hộ được hỗ trợ là: thôn Khe Lim 21 hộ, thôn Bản Mồ 17 hộ.", "21"),  # the first item
        ("Trạm Y tế Tân An có 30 cụ được khám, Trạm Y tế Hòa Lợi 24, Trạm Y tế K 12.", "24"),  # elided noun
    ],
)
def test_list_items_after_a_name_are_figures(text: str, number: str) -> None:
    assert _tags(text)[number] is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đoàn trao quà cho phường 4, phường 9 và phường 11.", "9"),
        ("Trao 6 suất quà cho trường Kim Đồng, trường Lê Lợi 2.", "2"),
        ("Đội phường 7 tặng 5 suất quà, đội phường 8 tặng 3 suất quà.", "7"),
    ],
)
def test_numbers_in_names_stay_names(text: str, number: str) -> None:
    assert _tags(text)[number] == "name"


def test_repeated_verb_after_names_is_no_list_noun() -> None:
    tags = _tags("Đoàn phường Tân Lập 1 cử 40 đoàn viên, Đoàn phường Tân Lập 2 cử 35 đoàn viên.")
    assert tags["1"] == "name" and tags["2"] == "name"
