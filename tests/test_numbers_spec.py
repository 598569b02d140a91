"""The shared spec table ``../shared/spec/numbers.tsv``, one test per row.

Columns: text, kind, value, qualifier, note. ``kind`` none: ``find_quantities`` yields no figure
candidate; date / daterange / time: ``find_dates``; docnumber: ``parse_doc_number``;
number / measure / money / percent: the first figure candidate of ``find_quantities`` (for
spelled-out numbers, the first spelled quantity) and ``parse_number``. Skipped when ``../shared`` is absent.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from reportextract.numbers import find_dates, find_quantities, parse_doc_number, parse_number

SPEC = Path(__file__).resolve().parents[1] / ".." / "shared" / "spec" / "numbers.tsv"


def _rows() -> list[dict[str, str]]:
    if not SPEC.exists():
        return []
    with SPEC.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = _rows()


@pytest.mark.skipif(not ROWS, reason="../shared/spec/numbers.tsv is absent")
@pytest.mark.parametrize("row", ROWS, ids=[r["text"] for r in ROWS])
def test_spec_row(row: dict[str, str]) -> None:
    text, kind, value = row["text"], row["kind"], row["value"]
    qualifier = row.get("qualifier") or None
    if kind == "none":
        figures = [q for q in find_quantities(text) if q.nonfigure is None]
        assert figures == [], f"{text!r} should yield no figure candidate"
    elif kind in ("date", "daterange", "time"):
        found = [(d.kind, d.value) for d in find_dates(text)]
        assert (kind, value) in found
    elif kind == "docnumber":
        doc = parse_doc_number(text)
        assert doc is not None
        assert doc.number == value
    else:
        found = find_quantities(text)
        # spelled-out numbers are read but tagged nonfigure "spelled" (spec §2.1)
        figures = [q for q in found if q.nonfigure is None] or [q for q in found if q.spelled]
        assert figures, f"no figure candidate in {text!r}"
        q = figures[0]
        assert q.value == Decimal(value)
        assert q.kind == kind
        assert q.qualifier == qualifier
        assert parse_number(text) == Decimal(value)
