"""A university's name ends before a verb of what it does (``verb`` words of units/data/nonunits.tsv)."""

from __future__ import annotations

import pytest

from reportextract.units import find_units


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đoàn Thanh niên trường Đại học Sư phạm Vinh tổ chức Hội thi Rung chuông vàng.",
            "trường Đại học Sư phạm Vinh",
        ),
        (
            "Hội Sinh viên trường Đại học Công nghiệp Thái Nguyên phối hợp Trung tâm Dịch vụ mở hội chợ.",
            "trường Đại học Công nghiệp Thái Nguyên",
        ),
        ("Học viện Nông nghiệp Việt Nam hỗ trợ 20 suất học bổng.", "Học viện Nông nghiệp Việt Nam"),
    ],
)
def test_the_name_stops_at_the_verb(text: str, name: str) -> None:
    assert find_units(text)[0].text == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lower-case words that are no verbs stay in the name
        ("Trường Đại học Giao thông Vận tải nhận 5 suất.", "Trường Đại học Giao thông Vận tải"),
        ("Trường Đại học Kinh tế Quốc dân có 300 tình nguyện viên.", "Trường Đại học Kinh tế Quốc dân"),
    ],
)
def test_lower_case_words_of_the_name_stay(text: str, name: str) -> None:
    assert find_units(text)[0].text == name
