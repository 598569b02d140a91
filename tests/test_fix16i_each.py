"""What each one got (a result) against what each one may or must get (a rule), for fix 16i (spec
§2.1: instructions are no figures, an amount per item in a result is), on sentences written for
these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Tân Phú")


def test_a_floor_of_what_each_was_fitted_with_is_a_result() -> None:
    text = "Đoàn xã Tân Phú lắp 48 loa cho 16 thôn; mỗi thôn được lắp từ 2 đến 4 loa và ít nhất 1 kẻng."
    fig = one(text, 1)
    assert (fig.qualifier, fig.measure, fig.category) == ("at_least", "kẻng", "items")
    assert {2, 4} <= set(values(text))
    fig = one("Mỗi điểm trường được trang bị ít nhất 3 máy tính.", 3)
    assert fig.qualifier == "at_least"


def test_what_each_is_assigned_or_allowed_stays_a_rule() -> None:
    assert values("Mỗi chi đoàn được giao nhận đỡ đầu ít nhất 2 học sinh khó khăn.") == []
    assert values("Mỗi hộ được vay tối đa 80 triệu đồng trong 5 năm.") == []
    assert values("Mỗi trường được đăng ký tối đa 12 vận động viên.") == []


def test_what_each_must_or_will_get_stays_a_plan() -> None:
    assert values("Mỗi thôn phải lắp ít nhất 1 kẻng.") == []
    assert values("Huyện đoàn phấn đấu mỗi thôn được lắp ít nhất 1 camera.") == []
    assert values("Mỗi thôn sẽ được lắp ít nhất 1 camera.") == []
