"""A village-level group named "số N" ("tổ dân phố số 7") is a unit of its own (spec §2.3)."""

from __future__ import annotations

from reportextract import extract
from reportextract.units import find_units, lookup


def test_a_group_named_so_n_is_read_and_owns_its_bracketed_figure() -> None:
    assert lookup("tổ dân phố số 7") is not None and lookup("khu phố số 3") is not None
    text = "Phường Hòa An trao quà: tổ dân phố số 4 (120 em), tổ dân phố Đông Hải 2 (85 em)."
    units = {f.value: f.unit for f in extract(text).figures}
    assert units[120] == "tổ dân phố số 4"


def test_so_n_after_a_commune_or_a_count_is_no_group_name() -> None:
    assert lookup("xã số 5") is None  # communes are not named by "số N"
    names = [u.canonical for u in find_units("Đoàn phường tặng thôn số 3 hộ nghèo mỗi hộ 1 con bò.")]
    assert not any("số 3" in n for n in names)  # "3 hộ" counts the households
