"""Numbers that are not figures, and numbers that are, for fix 15g (spec §2.1 names, ages; §2.2
money), on sentences written for these tests."""

from __future__ import annotations

import pytest

from reportextract.numbers import find_quantities


def _tags(text: str) -> dict[str, str | None]:
    return {q.text: q.nonfigure for q in find_quantities(text)}


def _kinds(text: str) -> dict[str, str]:
    return {q.text: q.kind for q in find_quantities(text)}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Phòng Giao dịch Khu vực 9 cùng Đoàn xã ra quân.", "9"),
        ("Tòa án nhân dân khu vực 3 phối hợp tổ chức phiên tòa.", "3"),
        ("Đoàn Thanh niên Lữ đoàn Pháo binh 368 ra quân.", "368"),
        ("Sư đoàn Bộ binh 31 phối hợp với địa phương.", "31"),
    ],
)
def test_number_naming_an_area_or_unit_is_a_name(text: str, number: str) -> None:
    assert _tags(text)[number] == "name"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Đoàn giúp khu vực 5 xã vùng cao sửa nhà.", "5"),  # a count of communes
        ("Đoàn Thanh niên Lữ đoàn tặng 6 suất quà.", "6"),
    ],
)
def test_counts_near_those_words_stay_figures(text: str, number: str) -> None:
    assert _tags(text)[number] is None


def test_a_grade_is_at_most_twelve() -> None:
    assert _tags("Nhà tài trợ trao cho các lớp 450 cuốn vở.")["450"] is None
    assert _tags("Em Lan, học sinh lớp 11 trường A, đạt giải.")["11"] == "name"


@pytest.mark.parametrize(
    "text",
    ["Năm nay, tuổi bình quân của cán bộ Đoàn là 30,2.", "Tuổi trung bình của hội viên đạt 27."],
)
def test_average_age_stated_after_its_subject(text: str) -> None:
    assert next(q.nonfigure for q in find_quantities(text)) == "age"


def test_an_average_that_is_no_age_stays() -> None:
    assert _tags("Số đoàn viên bình quân mỗi chi đoàn là 24.")["24"] is None


def test_medal_tally_bronze_is_no_money() -> None:
    kinds = _kinds("Đội xã B xếp thứ Ba (3 vàng, 5 bạc, 9 đồng).")
    assert kinds["9"] == "number"


@pytest.mark.parametrize(
    "text", ["Mỗi em nhận 200.000 đồng.", "Quỹ có 3 vàng là tên đội; mỗi phần 500 đồng."]
)
def test_money_without_a_medal_tally_stays_money(text: str) -> None:
    assert "money" in _kinds(text).values()


def test_ethnic_group_list_counts_its_people() -> None:
    tags = _tags("Trong số đảng viên có người Tày 30 đồng chí, người Nùng 11, người Dao 4.")
    assert tags["11"] is None and tags["4"] is None


def test_a_numbered_name_that_is_no_ethnic_group_stays_a_name() -> None:
    assert _tags("Học sinh Trường Võ Thị Sáu 2 tham gia hội thi.")["2"] == "name"
