"""Unit-name rules of fix 9c (spec §2.3), on sentences written for these tests.

- "Trường" opens a school only before a school type (THCS, THPT, Tiểu học, Mầm non, Đại học, Cao
  đẳng, ...); before anything else it is a word of a name ("Tổng công ty Điện lực Trường Sơn"), so it
  does not end an organisation's name;
- a project board ("Ban Quản lý dự án X") is an organisation whose Youth Union is a member unit.
"""

from __future__ import annotations

import pytest

from reportextract.units import find_units


def _canon(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------------------ "Trường" inside a name


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Đoàn Thanh niên Tổng công ty Than Trường Giang tổ chức 7 buổi.", "Tổng công ty Than Trường Giang"),
        ("Đoàn cơ sở Công ty Cấp nước Trường Sa Phú Yên trồng 300 cây.", "Công ty Cấp nước Trường Sa Phú Yên"),
        ("Đoàn Thanh niên Trung tâm Dịch vụ khách hàng Trường Xuân tổ chức 4 buổi.",
         "Trung tâm Dịch vụ khách hàng Trường Xuân"),
    ],
)  # fmt: skip
def test_truong_inside_an_organisation_name(text: str, unit: str) -> None:
    assert _canon(text) == [unit]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # "Trường" before a school type still opens a school and ends the organisation's name
        ("Đoàn Thanh niên Công ty Cổ phần Minh Tâm tặng Trường THCS Hòa Bình 10 máy tính.",
         ["Công ty Cổ phần Minh Tâm", "trường THCS Hòa Bình"]),
        ("Đoàn Thanh niên Công ty Cổ phần Minh Tâm và Trường Đại học Vinh ký 3 thỏa thuận.",
         ["Công ty Cổ phần Minh Tâm", "trường Đại học Vinh"]),
        ("Đoàn cơ sở Bệnh viện Đa khoa Hòa Bình tặng Trường Mầm non Sen Hồng 5 bộ đồ chơi.",
         ["Bệnh viện Đa khoa Hòa Bình", "trường Mầm non Sen Hồng"]),
    ],
)  # fmt: skip
def test_truong_before_a_school_type_still_ends_the_name(text: str, units: list[str]) -> None:
    assert _canon(text) == units


# ------------------------------------------------------------------ project boards


def test_project_board_is_a_member_unit() -> None:
    text = "Chi đoàn cơ sở Ban Quản lý dự án Giao thông Bình Minh² tổ chức 5 buổi."
    assert _canon(text) == ["Ban Quản lý dự án Giao thông Bình Minh"]


def test_project_board_not_a_unit_without_a_name() -> None:
    # a lower-case "ban quản lý dự án" with no capitalised name is no unit
    assert _canon("Đoàn cơ sở ban quản lý dự án tổ chức 5 buổi.") == []
