"""Number rules of batch 5 (spec §2.1, §2.2), on sentences written for these tests."""

from __future__ import annotations

from reportextract.numbers import find_quantities


def test_a_count_after_a_hamlet_name_is_a_figure_candidate():
    """"01" after a hamlet's name counts the named work after it; "xã Bảo Lâm 2" is a name."""
    [q] = find_quantities("bàn giao cho thôn Đồng Tâm 02 “Tủ sách thiếu nhi”")
    assert (q.value, q.nonfigure) == (2, None)
    [q] = find_quantities("bàn giao cho thôn Đồng Tâm 1 (một) tủ sách")
    assert q.nonfigure is None
    [q] = find_quantities("Đội hình xã Bảo Lâm 2 ra quân")
    assert q.nonfigure == "name"
