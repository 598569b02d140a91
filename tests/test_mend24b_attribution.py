"""Review 24 a: attribution mends (`figures.attribution`)."""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- #10: a count of member bodies opening an item
@pytest.mark.parametrize("count", ["hơn 3", "khoảng 12", "1.250"])
def test_a_qualified_or_grouped_count_of_bodies_after_a_sector_item_is_the_scope(count: str) -> None:
    text = f"Trong đó: Đoàn Thanh niên Công an tỉnh 42 đội hình; {count} Đoàn trường 66 đội hình."
    assert one(text, 42).unit == "Công an nhân dân"
    assert one(text, 66).unit == "Nghệ An"


def test_a_qualified_count_of_people_keeps_the_sector():
    # the neighbour shape: the item counts people, no bodies; the police go on
    text = "Trong đó: Đoàn Thanh niên Công an tỉnh 42 đội hình; hơn 660 đoàn viên tham gia."
    assert one(text, 660).unit == "Công an nhân dân"


# ------------------------------------------------------- #11: a bracket that only locates the unit
_BRACKETS = """# Báo cáo

Tiêu biểu là Đoàn xã Diễn Hồng (huyện Diễn Châu)[^1] và Huyện đoàn Can Lộc[^2].

[^1]: Thắp sáng 4,2 km đường quê.

[^2]: Trao 120 suất quà cho học sinh.
"""


def _units(text: str) -> dict[str, str | None]:
    return {str(f.value): f.unit for f in figs(text)}


@pytest.mark.parametrize("bracket", ["(huyện Diễn Châu)", "(Huyện đoàn Diễn Châu)"])
def test_a_bracket_of_a_higher_place_or_its_body_leaves_the_note_to_the_unit(bracket: str) -> None:
    # the higher level's body locates the unit as its place does: the note is the commune's
    units = _units(_BRACKETS.replace("(huyện Diễn Châu)", bracket))
    assert units["4.2"] == "xã Diễn Hồng"
    assert units["120"] == "huyện Can Lộc"


def test_a_bracket_of_a_body_of_the_same_level_is_no_address():
    # the neighbour shape: another commune's body in the bracket is its own unit, nearest the marker
    units = _units(_BRACKETS.replace("(huyện Diễn Châu)", "(Đoàn xã Diễn Kỷ)"))
    assert units["4.2"] == "xã Diễn Kỷ"


# ------------------------------------------------------- #3, #14: "Mỗi người" after a sentence of helpers
_EACH = " Mỗi người hiến máu được tặng phần quà trị giá 200.000 đồng."


def test_each_person_after_a_sentence_that_also_sends_helpers_is_its_actors():
    # the sentence does more than send helpers: its subject carries over to "Mỗi người …"
    text = (
        "Đoàn phường Trần Phú tổ chức ngày hội hiến máu, tiếp nhận 300 đơn vị máu; Hội Chữ thập đỏ cử 10"
        " người hỗ trợ." + _EACH
    )
    assert one(text, 200_000, "Hà Tĩnh").unit == "phường Trần Phú"


@pytest.mark.parametrize("opening", ["", "Ngày 12/3, "])
def test_each_person_after_a_sentence_that_only_sends_helpers_is_not_the_helpers(opening: str) -> None:
    # the neighbour shape: the body only sends helpers (after an opening phrase with a date, too)
    text = opening + "Đoàn phường Bắc Hà cử 10 đoàn viên hỗ trợ." + _EACH
    assert one(text, 200_000, "Hà Tĩnh").unit == "Hà Tĩnh"


@pytest.mark.parametrize("verb", ["tổ chức bầu cử", "giới thiệu ứng cử"])
def test_the_cu_of_an_election_sends_no_helpers(verb: str) -> None:
    # "bầu cử 40 đại biểu phục vụ …" is an election, the body's own sentence: it carries its subject
    text = f"Đoàn phường Bắc Hà {verb} 40 đại biểu phục vụ hội nghị." + _EACH
    assert one(text, 200_000, "Hà Tĩnh").unit == "phường Bắc Hà"
