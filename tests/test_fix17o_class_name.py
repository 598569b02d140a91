"""fix17o: a school class's name "lớp 7/2" is no date (date_cues.tsv "not" cue, spec §2.1)."""

from reportextract.numbers import find_dates


def _kinds(text: str) -> list[str]:
    return [text[d.start : d.end] for d in find_dates(text, 2025)]


def test_class_name_is_no_date() -> None:
    assert _kinds("Chi đội lớp 7/2 trường THCS Lê Lợi góp 40 suất quà.") == []


def test_a_date_after_a_class_still_reads() -> None:
    assert _kinds("Lớp học mở ngày 7/2 tại nhà văn hóa.") == ["7/2"]
