"""fix16f: table rows whose label leaves out the level word its column header gives, and an empty
cell "-" between two numbers (spec §2.3 schools with "trường"; §2.5 ranges)."""

from __future__ import annotations

import reportextract
from reportextract.numbers import find_quantities

_TABLE = """BÁO CÁO

Kết quả các {header} như sau:

TT\t{header}\tĐoàn viên\tKết nạp mới
1\t{first}\t1.210\t215
2\tTHPT Lê Lợi 2\t980\t170

Hết.
"""


def _units(header: str, first: str = "THPT Nguyễn Trãi") -> dict[object, str | None]:
    text = _TABLE.format(header=header, first=first)
    return {f.value: f.unit for f in reportextract.extract(text, scope="Tỉnh đoàn Nghệ An").figures}


def test_the_header_gives_the_level_word_of_a_school_row() -> None:
    units = _units("Đoàn trường")
    assert units[1210] == "trường THPT Nguyễn Trãi"
    assert units[980] == "trường THPT Lê Lợi 2"


def test_a_label_that_already_names_its_school_is_read_as_written() -> None:
    assert _units("Đoàn trường", "Trường THPT Nguyễn Trãi")[1210] == "trường THPT Nguyễn Trãi"


def test_a_header_with_no_level_word_adds_none() -> None:
    assert _units("Đơn vị")[980] != "trường THPT Lê Lợi 2"


def test_an_empty_cell_dash_between_numbers_is_no_range() -> None:
    qs = find_quantities("3\tĐồn Biên phòng A\t75\t-\t120,5")
    assert [(q.text, q.qualifier) for q in qs] == [("3", None), ("75", None), ("120,5", None)]


def test_a_dash_between_numbers_in_running_text_stays_a_range() -> None:
    qs = find_quantities("Mỗi đội có 75 - 120 thành viên.")
    assert [q.qualifier for q in qs] == ["at_least", "at_most"]
