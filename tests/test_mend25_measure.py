"""Mended in the twenty-fifth round: acting people brought into classes ("đưa 4.000 lượt đoàn viên vào
các lớp kỹ năng số") are trainees who take part; served people so brought stay served. Every sentence
was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Lập")


def test_members_brought_into_classes_take_part() -> None:
    for text in (
        "Năm tới, Đoàn xã phấn đấu đưa khoảng 1.200 lượt đoàn viên vào các lớp kỹ năng số.",
        "Đoàn xã đã đưa 85 thanh niên vào lớp học nghề may.",
    ):
        assert [f.category for f in figs(text)] == ["participants"], text


def test_served_people_brought_into_classes_stay_served() -> None:
    # negative neighbour: pupils taken to class are carried for them (a service), not trainees
    text = "Đoàn xã đưa đón 40 học sinh vào lớp học mỗi ngày."
    assert one(text, 40).category == "beneficiaries"
    # and members taken somewhere else than a class stay as before
    assert one("Đoàn xã đưa 40 đoàn viên đi tham quan.", 40).category == "beneficiaries"
