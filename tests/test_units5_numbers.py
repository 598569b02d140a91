"""Number rules of batch 5 (spec §2.1, §2.2), on sentences written for these tests."""

from __future__ import annotations

from reportextract.numbers import find_quantities
from reportextract.numbers.dates import find_dates


def test_a_count_after_a_hamlet_name_is_a_figure_candidate():
    """"01" after a hamlet's name counts the named work after it; "xã Bảo Lâm 2" is a name."""
    [q] = find_quantities("bàn giao cho thôn Đồng Tâm 02 “Tủ sách thiếu nhi”")
    assert (q.value, q.nonfigure) == (2, None)
    [q] = find_quantities("bàn giao cho thôn Đồng Tâm 1 (một) tủ sách")
    assert q.nonfigure is None
    [q] = find_quantities("Đội hình xã Bảo Lâm 2 ra quân")
    assert q.nonfigure == "name"


def _read(text: str) -> list[tuple[str, str, str | None]]:
    """(number text, kind, nonfigure) of every number in ``text``."""
    return [(q.text, q.kind, q.nonfigure) for q in find_quantities(text)]


def test_a_work_shift_is_a_name():
    assert _read("Đội hình hỗ trợ công nhân ca 2 tại nhà máy") == [("2", "number", "name")]
    # "ca" after a number counts cases; before a counted noun the number counts it
    assert _read("tiếp nhận 12 ca cấp cứu") == [("12", "number", None)]
    assert _read("mỗi ca 5 người trực") == [("5", "number", None)]


def test_a_road_position_is_not_a_figure():
    assert [nf for _t, _k, nf in _read("sạt lở tại Km 12+750 Quốc lộ 27")] == ["name", "name", "name"]
    assert [nf for _t, _k, nf in _read("điểm ùn tắc km 8 + 200 đường tỉnh")] == ["name", "name"]
    # lengths in km stay measures; "+" between counts is no road position
    assert _read("sửa 12 km đường, 300 m kênh") == [("12 km", "measure", None), ("300 m", "measure", None)]
    assert _read("gồm 3+2 đội hình") == [("3", "number", None), ("2", "number", None)]


def test_round_the_clock_is_not_a_date():
    hotline = "đường dây nóng hoạt động 24/7 trong dịp lễ"
    assert [nf for _t, _k, nf in _read(hotline)] == ["duration", "duration"]
    assert find_dates(hotline) == []
    assert [nf for _t, _k, nf in _read("các đội trực 24/24 tại chốt")] == ["duration", "duration"]
    # a strong cue makes it a date; a range is a date range; a counted noun makes "24/24" a ratio
    assert [d.text for d in find_dates("Ngày 24/7, Tỉnh đoàn ra quân")] == ["24/7"]
    assert [d.kind for d in find_dates("từ 24/7 đến 02/8")] == ["daterange"]
    assert [nf for _t, _k, nf in _read("24/24 xã đã hoàn thành")] == [None, None]


def test_currency_left_out_in_a_list_of_amounts():
    got = _read("vận động: Sơn La 1,2 tỷ đồng; Điện Biên 950 triệu; Lai Châu 1,05 tỷ đồng.")
    assert [k for _t, k, _nf in got] == ["money", "money", "money"]
    [q] = [q for q in find_quantities("Yên Bái 2,1 tỷ, Lào Cai 3 tỷ đồng") if q.value == 2100000000]
    assert (q.kind, q.unit) == ("money", "đồng")
    # something counted after it, or another line: not money
    assert [k for _t, k, _nf in _read("quyên góp 2 tỷ đồng, trồng 1,5 triệu cây xanh")] == ["money", "number"]
    assert [k for _t, k, _nf in _read("tổng 2 tỷ đồng\nđạt 1,5 triệu;")] == ["money", "number"]
    assert [k for _t, k, _nf in _read("tiếp cận 1,2 triệu lượt, quyên góp 2 tỷ đồng")] == ["number", "money"]


def test_money_noun_after_a_scale_word():
    [q] = find_quantities("trao tặng 300 triệu tiền mặt cho các hộ")
    assert (q.value, q.kind, q.unit, q.text) == (300000000, "money", "đồng", "300 triệu")
    [q] = find_quantities("hơn 1,2 triệu lượt người tham gia")
    assert q.kind == "number"
