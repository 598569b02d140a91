"""Non-figures for fix 17f (spec §2.1: instructions and conditions on every unit are not figures,
results are), on sentences written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("xã Hòa Bình")


def test_the_share_of_a_task_each_one_takes_is_no_figure() -> None:
    assert values("Đoàn xã chia 30 đoàn viên thành 6 tổ, mỗi tổ phụ trách 1 thôn.") == [30, 6]
    assert values("Anh Minh cho biết mỗi con hẻm do 1 chi hội nhận chăm sóc.") == []
    assert values("Mỗi đội hình trực 2 ca tại bến xe.") == []


def test_a_task_done_or_a_payer_stays_a_figure() -> None:
    assert values("Mỗi tổ đã phụ trách 4 thôn trong đợt cao điểm.") == [4]
    assert values("Mỗi phần quà do 2 nhà hảo tâm tài trợ.") == [2]
    assert values("Mỗi thôn nhận 2 máy lọc nước.") == [2]


def test_an_exchange_rule_is_a_condition() -> None:
    text = "Theo thể lệ, 5 kg giấy vụn hoặc 30 vỏ lon đổi được 1 chậu cây. Đoàn xã đã trao 640 chậu cây."
    assert values(text) == [640]
    assert values("Người dân được đổi quà theo tỷ lệ 3 kg pin đổi 1 cuốn sổ.") == []


def test_an_exchange_that_happened_stays_a_figure() -> None:
    assert values("Học sinh mang 900 kg giấy đổi được 240 cây giống.") == [900, 240]
    assert values("Đoàn xã giúp 12 hộ chuyển đổi 1 ha đất trồng lúa.") == [12, 1]


def test_a_bound_for_every_unit_after_the_amount_is_a_condition() -> None:
    text = "Có 20/24 chi đoàn đạt chỉ tiêu tối thiểu 30 kg giấy mỗi chi đoàn."
    assert values(text) == [20, 24]
    assert values("Hỗ trợ 15 hộ, tối đa 4 triệu đồng mỗi hộ.") == [15]


def test_an_amount_per_unit_without_a_bound_stays_a_figure() -> None:
    assert 30 in values("Các chi đoàn thu hơn 30 kg giấy mỗi chi đoàn.")
    assert values("Chi đoàn thu ít nhất 30 kg giấy.") == [30]
