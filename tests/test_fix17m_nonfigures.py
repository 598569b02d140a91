"""fix17m: how often, with a verb between the period and the count ("mỗi ngày trực 3 ca"), is
no figure (the "mỗi tuần 2 buổi" convention); counts and cases stay figures. Texts written for
these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Hòa Bình")


def test_shifts_or_sessions_per_period_after_a_verb_are_no_figure() -> None:
    assert values("Tổ tự quản có 12 thành viên, mỗi ngày trực 2 ca tại chợ.") == [12]
    assert values("Câu lạc bộ có 40 em, mỗi tuần tập 3 buổi bơi.") == [40]
    assert values("Hằng tháng làm 2 ca tình nguyện ở trạm y tế.") == []


def test_cases_totals_and_rates_stay_figures() -> None:
    # negative: "ca" after a verb of care is a case; a total of shifts has no period
    assert values("Trạm y tế mỗi ngày khám 25 ca bệnh cho người dân.") == [25]
    assert values("Các đội đã thực hiện 215 ca trực trong dịp Tết.") == [215]
    assert values("Quỹ mỗi năm trao 120 suất học bổng cho học sinh.") == [120]
    assert values("Đội mỗi ngày trực 3 cao điểm giao thông.") == [3]
