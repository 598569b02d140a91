"""Cases listed after people served (review 21/b #3): only cases right after the people, with no
other count in between, are some of those people. Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract


def _categories(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.category) for f in reportextract.extract(text, scope="Tuyên Quang").figures]


def test_cases_right_after_people_served_are_beneficiaries() -> None:
    text = "Đội y tế sơ cứu cho 316 lượt vận động viên, 4 trường hợp được chuyển viện."
    assert (4, "beneficiaries") in _categories(text)


def test_cases_after_another_count_stay_a_count() -> None:
    # negative: the patrols stand between the households helped and the cases
    text = "Đội hỗ trợ 50 hộ nghèo, tuần tra 20 buổi, 5 trường hợp vi phạm."
    assert (5, "beneficiaries") not in _categories(text)
