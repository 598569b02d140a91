"""Footnote breakdowns for fix 17f (spec §2.4: the noun of a breakdown is the anchor's noun, said
once), on texts written for these tests."""

from __future__ import annotations

import reportextract

_NOTE = "\n\n⁴ Xí nghiệp A 210 người, Xí nghiệp B 145 người; số còn lại thuộc Xí nghiệp C.\n"


def _note_categories(body: str) -> list[str]:
    report = reportextract.extract(body + _NOTE, scope="Hà Tĩnh")
    return [f.category for f in report.figures if f.footnote == "4"]


def test_bare_people_of_a_note_hung_on_people_served_are_served() -> None:
    body = "Đoàn mở 12 lớp, bồi dưỡng nghề cho 480 công nhân trẻ⁴. Hội thi diễn ra tại xí nghiệp."
    assert _note_categories(body) == ["beneficiaries", "beneficiaries"]


def test_a_note_not_hung_on_the_noun_keeps_its_own_reading() -> None:
    body = "Đoàn mở 12 lớp, bồi dưỡng nghề cho 480 công nhân trẻ trong năm 2025⁴. Hội thi diễn ra."
    assert _note_categories(body) == ["participants", "participants"]
