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
