"""fix17o: an empty "-" cell after a table row's label is no "name - number" (spec §2.1)."""

from reportextract.numbers import find_quantities


def _tags(text: str) -> dict[str, str | None]:
    return {text[q.start : q.end]: q.nonfigure for q in find_quantities(text)}


def test_empty_dash_cell_after_label_keeps_next_number() -> None:
    text = "STT\tĐơn vị\tSố cây\tSố người\n1\tĐoàn xã Hòa Bình\t-\t275\n2\tĐoàn xã Tân Mỹ\t130\t64\n"
    tags = _tags(text)
    assert tags["275"] is None
    assert tags["130"] is None


def test_name_dash_number_in_prose_is_still_a_name() -> None:
    assert _tags("phòng chống dịch Covid - 19 ở khu dân cư")["19"] == "name"
