"""mend20b: review 20 b#6 (figures/measure.py): a turn-out ("ra quân") makes the points of a bare
"tại N điểm" events only as the verb of their clause, not as an event's name nor across a comma.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


def test_turn_out_named_as_an_event_keeps_places_covered():
    assert one("Lễ ra quân diễn ra tại 12 điểm.", 12).category == "coverage"
    assert one("Buổi lễ ra quân được tổ chức tại 6 điểm.", 6).category == "coverage"


def test_turn_out_before_a_comma_keeps_places_covered():
    assert one("Sau lễ ra quân, đội hình tuyên truyền tại 14 điểm.", 14).category == "coverage"
    assert one("Sau khi ra quân, đội hình tuyên truyền tại 14 điểm.", 14).category == "coverage"


def test_turn_out_as_the_verb_still_holds_events():
    # negative neighbours: "ra quân" is the clause's verb
    assert one("Các cấp bộ Đoàn ra quân đồng loạt tại 3.260 điểm.", 3260).category == "events"
    assert one("Đoàn viên ra quân tại 15 điểm trên địa bàn.", 15).category == "events"
