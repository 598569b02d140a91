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
from reportextract.numbers.lexicon import qualifiers

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


def _report_like_text() -> str:
    """About 13 KB of report-style sentences written for this test (no document text)."""
    sentences = [r["text"] for r in ROWS] + [
        "Thực hiện Kế hoạch số 46-KH/TWĐTN-CNĐT ngày 14/4/2023, từ ngày 1/7 - 10/7/2025 toàn tỉnh có",
        "hơn 17,5 tỉ đồng, 1.947.976 lượt đoàn viên, 27 km đường và 100% cơ sở Đoàn tham gia.",
        "1. Kết quả\n3.1. Công tác chỉ đạo: lúc 07h30, hai mươi lăm đội hình, hàng trăm cây số.",
    ]
    out: list[str] = []
    size = 0
    i = 0
    while size < 13_000:
        s = sentences[i % len(sentences)]
        out.append(s)
        size += len(s.encode()) + 2
        i += 1
    return ". ".join(out)


def test_a_fresh_copy_of_a_scanned_text_reads_the_same() -> None:
    """The scans of recent texts are kept (`numbers._memo`): a new string that extends a scanned
    text must be read afresh and agree with it on the shared part. (The parser's speed, under
    1 ms/KB, is a goal of the benchmark, `bench/run.py`; tests check behaviour, not time.)"""
    from reportextract.numbers import find_dates

    text = _report_like_text()
    want_q = [(q.start, q.value, q.kind, q.qualifier) for q in find_quantities(text)]
    want_d = [(d.start, d.end) for d in find_dates(text)]
    assert want_q and want_d
    for k in range(3):
        fresh = text + f" {k}"  # a new string: no cache carried over
        got_q = [(q.start, q.value, q.kind, q.qualifier) for q in find_quantities(fresh)]
        assert got_q[: len(want_q)] == want_q
        assert [(d.start, d.end) for d in find_dates(fresh)] == want_d


def test_decomposed_input_reads_the_same_with_exact_spans() -> None:
    """NFD text (pasted from some editors) reads as its NFC form; spans point into the NFD string."""
    import unicodedata

    for row in ROWS:
        text = row["text"]
        nfd = unicodedata.normalize("NFD", text)
        want = [(q.value, q.kind, q.qualifier, q.nonfigure) for q in find_quantities(text)]
        got = find_quantities(nfd)
        assert [(q.value, q.kind, q.qualifier, q.nonfigure) for q in got] == want, text
        for q in got:
            assert nfd[q.start : q.end] == q.text
            assert unicodedata.normalize("NFC", q.text) in text


SPEC_QUALIFIERS = {"more_than", "nearly", "about", "at_least", "at_most"}


def test_data_tables_name_their_sources_and_are_consistent() -> None:
    """Every lexicon under numbers/data starts with a comment naming its sources; values are valid."""
    from reportextract.numbers import lexicon

    data = Path(lexicon.__file__).parent / "data"
    files = sorted(data.glob("*.tsv"))
    assert len(files) >= 8
    for f in files:
        first = f.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# "), f"{f.name} must start with a comment"
        assert "ource" in first, f"{f.name} must name its sources"
    assert {q for q, _ in lexicon.qualifiers().values()} == SPEC_QUALIFIERS
    assert {kind for _, kind in lexicon.units().values()} == {"money", "measure", "percent"}
    assert all(v > 1 for v in lexicon.scales().values())
    tags = {t.rstrip("?") for pos in ("before", "after") for t in lexicon.nonfigure_cues(pos).values()}
    known = {"", "name", "level", "ordinal", "anniversary", "year", "date", "code", "duration", "age"}
    known.add("address")
    assert tags <= known
    codes = [r["code"] for r in lexicon.table("doctypes")]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("phrase", sorted(qualifiers()))
def test_every_qualifier_phrase_is_read(phrase: str) -> None:
    """Each qualifier of the table, written before a number, gives its spec name and span."""
    text = f"Tỉnh đoàn huy động {phrase} 1.500 đoàn viên."
    (q,) = [q for q in find_quantities(text) if q.nonfigure is None]
    assert q.qualifier == qualifiers()[phrase][0]
    assert q.qualifier_span is not None
    assert text[q.qualifier_span[0] : q.qualifier_span[1]] == phrase


def test_table_cells_after_a_place_name_are_figures() -> None:
    """A tab-separated table row: the cells are figures, not part of the place name."""
    text = "STT\tĐơn vị\tCông trình\tCây xanh\n1\tHuyện Bố Trạch\t61\t5.600\n2\tXã Bảo Lâm 2\t7\t300"
    qs = find_quantities(text)
    assert [(q.value, q.nonfigure) for q in qs] == [
        (1, "list_number"), (61, None), (5600, None), (2, "list_number"), (2, "name"), (7, None), (300, None),
    ]
