"""Round 25, the second review's mends in tables (rev25b #3): a merged total row that also lost its
blank "Ghi chú" cell. Every text was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Ninh Bình")

_HEAD = (
    "STT\tĐơn vị\tĐội hình\tĐoàn viên\tGhi chú\n"
    "1\tHuyện Nho Quan\t12\t340\t\n"
    "2\tHuyện Gia Viễn\t9\t210\tTăng 3 đội\n"
)


def test_a_merged_total_row_without_its_note_cell_lines_up_with_the_data():
    text = _HEAD + "Tổng cộng\t21\t550\n"
    assert (one(text, 21).measure, one(text, 21).category) == ("đội hình", "teams")
    assert (one(text, 550).measure, one(text, 550).category) == ("đoàn viên", "participants")


def test_a_merged_total_row_with_its_note_still_lines_up_from_the_right():
    # the neighbour shape: the note is there, a sentence: the row merged only its first cells
    text = _HEAD + "Tổng cộng\t21\t550\tTăng 5 đội\n"
    assert one(text, 550).measure == "đoàn viên"
    assert one(text, 5).measure == "đội"
