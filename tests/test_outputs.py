"""Serialisers: records, the figure table rows, atomic files, append logs, JSON Lines reading.

`sample_report()` (a report built by hand, independent of the extraction stages) is shared
with the dataframe, HTML and spaCy tests.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest

from reportextract.outputs.serialize import (
    FIGURE_COLUMNS,
    AppendLog,
    atomic_write_text,
    csv_line,
    error_record,
    figure_csv_lines,
    figure_rows,
    is_error_record,
    read_jsonl,
    remove_stale_temp_files,
    write_json,
)
from reportextract.outputs.show import format_value


def sample_report():
    """A report built by hand (independent of the extraction stages)."""
    from decimal import Decimal

    from reportextract.model import Figure, Footnote, Metadata, Report, Section

    body = (
        "BÁO CÁO\n\n1. Kết quả\n\nToàn tỉnh ra quân 45 đội hình với hơn 1.200 đoàn viên tham gia, "
        'trao 350 phần quà trị giá 175 triệu đồng, thu gom 3,5 tấn rác <thải> & "nhựa".'
    )
    note = Footnote(
        id="1",
        text="Trong đó xã Tân Lập có 12 đội hình.",
        anchor="đoàn viên tham gia",
        offset=body.index(","),
    )

    def fig(text, value, category, measure, *, qualifier=None, where="body", footnote=None, unit="An Lạc"):
        src = note.text if where == "footnote" else body
        start = src.index(text)
        return Figure(
            value=value,
            unit=unit,
            category=category,
            qualifier=qualifier,
            measure=measure,
            text=text,
            span=(start, start + len(text)),
            where=where,
            footnote=footnote,
            section="1",
            unit_text="Tỉnh đoàn An Lạc" if unit else None,
            province_2025=unit,
        )

    figures = [
        fig("45", 45, "teams", "đội hình"),
        fig("1.200", 1200, "participants", "đoàn viên", qualifier="more_than"),
        fig("350", 350, "items", "phần quà"),
        fig("175 triệu đồng", 175_000_000, "money", "đồng"),
        fig("3,5 tấn", Decimal("3.5"), "items", "tấn rác"),
        fig("12", 12, "teams", "đội hình", where="footnote", footnote="1", unit="xã Tân Lập"),
    ]
    return Report(
        source="tinh-an-lac/bao-cao.txt",
        format="txt",
        metadata=Metadata(doc_type="báo cáo", title="Kết quả ra quân", scope="An Lạc"),
        body=body,
        sections=[Section(number="1", title="Kết quả", level=1, start=body.index("1. Kết quả"))],
        footnotes=[note],
        figures=figures,
    )


def test_figure_rows_from_report_and_from_dict_agree():
    report = sample_report()
    rows = list(figure_rows(report))
    assert rows == list(figure_rows(json.loads(report.to_json())))
    assert len(rows) == len(report.figures)
    assert all(tuple(r) == FIGURE_COLUMNS for r in rows)
    first = rows[0]
    assert first["document"] == "tinh-an-lac/bao-cao.txt"
    assert (first["unit"], first["unit_text"], first["category"], first["value"]) == (
        "An Lạc",
        "Tỉnh đoàn An Lạc",
        "teams",
        45,
    )
    assert report.body[first["span_start"] : first["span_end"]] == "45"
    note_row = rows[-1]
    assert (note_row["where"], note_row["footnote"]) == ("footnote", "1")
    assert rows[4]["value"] == 3.5  # Decimal made a plain number


def test_csv_lines_round_trip_quotes_and_newlines():
    values = ["a,b", 'say "hi"', "two\nlines", None, 3.5]
    [parsed] = list(csv.reader(io.StringIO(csv_line(values), newline="")))
    assert parsed == ["a,b", 'say "hi"', "two\nlines", "", "3.5"]
    lines = figure_csv_lines(sample_report())
    assert len(lines) == len(sample_report().figures)
    rows = list(csv.reader(io.StringIO("".join(lines), newline="")))
    assert [r[FIGURE_COLUMNS.index("text")] for r in rows][3] == "175 triệu đồng"


def test_error_record_shape():
    rec = error_record("a/b.docx", "corrupt", "a/b.docx: not a valid .docx")
    assert rec == {
        "source": "a/b.docx",
        "error": {"kind": "corrupt", "message": "a/b.docx: not a valid .docx"},
    }
    assert is_error_record(rec)
    assert not is_error_record(sample_report().to_dict())


def test_atomic_write_replaces_whole_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "sub" / "r.json"
    atomic_write_text(target, "cũ\n")
    atomic_write_text(target, "mới\n")
    assert target.read_text(encoding="utf-8") == "mới\n"
    assert [p.name for p in target.parent.iterdir()] == ["r.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0600


def test_atomic_write_failure_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_text("old", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_write_json_and_read_jsonl(tmp_path):
    report = sample_report()
    write_json(report, tmp_path / "r.json", indent=1)
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["figures"][0]["value"] == 45
    path = tmp_path / "all.jsonl"
    path.write_text(
        report.to_json() + "\n\n" + json.dumps(error_record("x.txt", "empty", "x.txt: empty")) + "\n",
        encoding="utf-8",
    )
    assert [r["source"] for r in read_jsonl(path)] == [report.source]
    assert len(list(read_jsonl(path, errors=True))) == 2


def test_append_log_appends_whole_records_and_truncates(tmp_path):
    path = tmp_path / "log.jsonl"
    with AppendLog(path) as log:
        assert log.size == 0
        end1 = log.append('{"a": 1}\n')
        end2 = log.append('{"b": "ơ"}\n')
    assert end2 > end1 == len(b'{"a": 1}\n')
    with AppendLog(path) as log:  # reopening appends
        assert log.size == end2
    AppendLog.truncate(path, end1)
    assert path.read_text(encoding="utf-8") == '{"a": 1}\n'
    AppendLog.truncate(path, 10**6)  # never grows a file
    assert path.stat().st_size == end1
    with AppendLog(tmp_path / "h.csv", header="a,b\r\n") as log:
        log.append("1,2\r\n")
    with AppendLog(tmp_path / "h.csv", header="a,b\r\n") as log:  # the header is written once
        log.append("3,4\r\n")
    assert (tmp_path / "h.csv").read_bytes() == b"a,b\r\n1,2\r\n3,4\r\n"


def test_remove_stale_temp_files(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / ".reportextract-x.json.abc.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "d" / "x.json").write_text("{}", encoding="utf-8")
    assert remove_stale_temp_files(tmp_path) == 1
    assert [p.name for p in (tmp_path / "d").iterdir()] == ["x.json"]


VALUE_CASES = [
    # (value, as printed the Vietnamese way) — spec §2.2 examples
    (8884, "8.884"),
    (17_500_000_000, "17.500.000.000"),
    (3.5, "3,5"),
    (100, "100"),
    (0.25, "0,25"),
]


@pytest.mark.parametrize(("value", "text"), VALUE_CASES)
def test_format_value(value, text):
    assert format_value(value) == text


def test_paths_are_accepted_as_str_and_path(tmp_path):
    atomic_write_text(str(tmp_path / "a.txt"), "x")
    atomic_write_text(Path(tmp_path / "b.txt"), "y")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
