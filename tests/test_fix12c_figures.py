"""Round 12 fixes of the figure stage (fix12c): instructions, categories, spurious and missed figures.
Texts written for the tests."""

from __future__ import annotations

from reportextract import extract


def _values(text: str) -> list[object]:
    return [f.value for f in extract(text).figures]


def _fig(text: str, value: object):
    return next(f for f in extract(text).figures if f.value == value)


# --- spec §2.1: "đến từng thôn" names the places gone to, not a subject told what to do ---------------


def test_going_to_each_hamlet_is_a_result_not_an_instruction() -> None:
    text = (
        'Đoàn viên Công an huyện thực hiện "2 bám" với dân, đi đến từng thôn để hướng dẫn '
        "cho 365 hộ dân cài đặt ứng dụng. Thanh niên xuống từng xã hỗ trợ 48 hộ nghèo."
    )
    assert 365 in _values(text)
    assert 48 in _values(text)
    assert 2 not in _values(text)


def test_each_unit_told_what_to_do_stays_an_instruction() -> None:
    # negative: a modal before the verb of going keeps it an instruction, and so does "mỗi xã"
    text = (
        "Đề nghị cán bộ Đoàn đến từng thôn hướng dẫn ít nhất 15 hộ dân. "
        "Mỗi xã thành lập 1 đội hình tình nguyện."
    )
    assert _values(text) == []
