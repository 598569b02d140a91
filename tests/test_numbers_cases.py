"""The project's own number cases, ``tests/data/number_cases.tsv``, one test per row.

The table is written by the project in the genre of Youth Union reports (no document text is
copied). A row names the surface text of one quantity of ``find_quantities(text)`` and its
expected reading; a row with an empty target checks ``parse_number(text)`` instead. Known
failures carry an ``xfail`` reason in the table.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from reportextract.numbers import find_quantities, parse_number

TABLE = Path(__file__).parent / "data" / "number_cases.tsv"
FIELDS = ("kind", "unit", "qualifier", "nonfigure", "range_role")


def _rows() -> list[dict[str, str]]:
    lines = [ln for ln in TABLE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"), strict=True)) for ln in lines[1:]]


ROWS = _rows()


def _param(row: dict[str, str]) -> object:
    marks = [pytest.mark.xfail(reason=row["xfail"], strict=True)] if row["xfail"] else []
    return pytest.param(row, id=f"{row['text']}|{row['target']}", marks=marks)


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 80
    assert all(r["why"] for r in ROWS), "every case documents its rule"


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_number_case(row: dict[str, str]) -> None:
    text, target = row["text"], row["target"].strip()
    if not target:
        expected = Decimal(row["value"]) if row["value"] else None
        assert parse_number(text) == expected
        return
    found = [q for q in find_quantities(text) if q.text == target]
    assert found, f"no quantity {target!r} in {[q.text for q in find_quantities(text)]}"
    q = found[0]
    assert text[q.start : q.end] == q.text
    assert q.value == Decimal(row["value"])
    for name in FIELDS:
        want = row[name]
        if want == "-":
            continue
        assert getattr(q, name) == (want or None), f"{name}: {getattr(q, name)!r} != {want!r} ({q.note})"
