"""Values found or not for fix 17f (spec §2.1 what is a figure, §2.3 lists of units with their
numbers), on sentences written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("tỉnh Tây Ninh")


def test_the_last_item_of_a_bracketed_list_of_units_keeps_its_count() -> None:
    text = (
        "Hội thành lập 90 câu lạc bộ (phường Long An 41, phường Tân An 29, phường Kiến Tường 20)"
        " với 900 hội viên."
    )
    got = {(f.value, f.unit) for f in figs(text)}
    assert {(41, "phường Long An"), (29, "phường Tân An"), (20, "phường Kiến Tường")} <= got
    assert 900 in values(text)


def test_the_last_item_of_a_list_after_a_colon_keeps_its_count() -> None:
    text = "Các xã tham gia gồm: xã Tân Biên 12, xã Tân Châu 9, xã Dương Minh Châu 7."
    assert {12, 9, 7} <= set(values(text))


def test_a_lone_name_with_a_number_in_brackets_stays_a_name() -> None:
    assert values("Đoàn viên ra quân dọn vệ sinh (tổ dân phố Hòa Bình 2).") == []
