"""A tab ends a table cell: the word before it does not make the next cell's number a name.

Spec §2.1 (numbers inside names are not figures). Text written for the test.
"""

from __future__ import annotations

import reportextract
from reportextract.numbers import find_quantities


def tags(text: str) -> dict[str, str | None]:
    return {q.text: q.nonfigure for q in find_quantities(text)}


def test_number_in_the_next_cell_is_no_street_number():
    assert tags("2\tHuyện đoàn Tam Đường\t14\t360\n")["14"] is None


def test_street_number_in_running_text_stays_a_name():
    assert tags("Các đội hình dọn vệ sinh đường 14 và đường 27.")["14"] == "name"


def test_table_row_keeps_every_cell_figure():
    text = (
        "BÁO CÁO\nKết quả tháng\n\nKết quả của các Huyện đoàn như sau:\n\n"
        "TT\tĐơn vị\tĐội hình\tĐoàn viên tham gia\n"
        "1\tHuyện đoàn Tam Đường\t14\t360\n"
        "2\tHuyện đoàn Sìn Hồ\t11\t295\n"
    )
    values = {f.value for f in reportextract.extract(text, scope="Lai Châu").figures}
    assert {14, 360, 11, 295} <= values
