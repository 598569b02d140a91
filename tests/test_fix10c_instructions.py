"""Plans and results after "mỗi <subject>" (spec §2.1): what each unit is asked or planned to do is
no figure; what each got, or did ("đã"), in a result is one (an amount per item).

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Hà Tĩnh")


# --- plans: a request, a future or a floor with "mỗi <subject>" -----------------------------------


def test_a_request_to_each_unit():
    assert values("Tỉnh đoàn đề nghị mỗi Huyện, Thị đoàn ven biển kết nghĩa ít nhất 02 thôn.") == []


def test_what_each_member_will_be_given():
    assert values("Theo kế hoạch, mỗi hội viên mới sẽ được giao 2 nhiệm vụ cụ thể.") == []


def test_a_floor_for_each_named_body():
    assert values("- Mỗi Hội Liên hiệp Thanh niên xã thành lập ít nhất 01 câu lạc bộ.") == []


def test_what_each_is_to_strive_for():
    assert values("Mỗi chi đoàn phấn đấu kết nạp 05 đoàn viên mới.") == []


def test_a_plan_per_period_is_a_target():
    # negative: "mỗi" and a time word ("mỗi quý") is how often; the plan's number is a target
    assert values("Mỗi quý, Tỉnh đoàn sẽ tổ chức 3 hội nghị chuyên đề.") == [3]


# --- results: what each got, or did -----------------------------------------------------------------


def test_what_each_received_is_a_figure():
    found = figs("Mỗi xã nhận 03 bộ máy chiếu; riêng xã Kỳ Sơn nhận thêm 01 máy tính xách tay.")
    assert [(f.value, f.category) for f in found] == [(3, "items"), (1, "items")]
    assert found[1].unit == "xã Kỳ Sơn"


def test_what_each_did_is_a_figure():
    f = one("Mỗi chi đoàn đã thành lập ít nhất 01 đội hình tình nguyện.", 1)
    assert (f.category, f.qualifier) == ("teams", "at_least")


def test_a_plain_instruction_stays_one():
    # negative: no result word, no plan word: the older rules still read "mỗi xã thành lập 1 …"
    assert values("Mỗi xã thành lập 1 đội hình; mỗi thôn đăng ký 1 công trình.") == []


def test_receiving_as_part_of_a_plan_stays_a_plan():
    # negative: "nhận" in a request ("đề nghị … nhận đỡ đầu") is no result
    assert values("Đề nghị mỗi cơ sở Đoàn nhận đỡ đầu ít nhất 01 em nhỏ.") == []
