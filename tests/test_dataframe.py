"""`reportextract.to_dataframe`: one row per figure, the CSV columns, pandas only when asked for."""

from __future__ import annotations

import json
import sys

import pytest

import reportextract
from reportextract.outputs.serialize import FIGURE_COLUMNS, error_record
from test_outputs import sample_report

pd = pytest.importorskip("pandas")


def test_one_row_per_figure_with_the_columns():
    report = sample_report()
    df = reportextract.to_dataframe(report)
    assert list(df.columns) == list(FIGURE_COLUMNS)
    assert len(df) == len(report.figures)
    assert df["value"].tolist() == [45, 1200, 350, 175_000_000, 3.5, 12]
    assert df.loc[df["where"] == "footnote", "unit"].tolist() == ["xã Tân Lập"]
    assert df["span_start"].dtype == "Int64"
    by_category = df.groupby("category")["value"].sum()
    assert by_category["teams"] == 57


def test_many_reports_dicts_and_error_records():
    report = sample_report()
    as_dict = json.loads(report.to_json())
    other = json.loads(report.to_json())
    other["source"] = "khac.txt"
    other["figures"] = other["figures"][:2]
    records = [as_dict, error_record("hong.docx", "corrupt", "broken"), other]
    df = reportextract.to_dataframe(iter(records))  # any iterable, e.g. read_jsonl(path)
    assert len(df) == len(report.figures) + 2
    assert df["document"].value_counts().to_dict() == {report.source: len(report.figures), "khac.txt": 2}


def test_empty_input_gives_an_empty_frame_with_columns():
    df = reportextract.to_dataframe([])
    assert list(df.columns) == list(FIGURE_COLUMNS)
    assert len(df) == 0


def test_without_pandas_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=r"pip install reportextract\[pandas\]"):
        reportextract.to_dataframe(sample_report())


def test_from_extract_end_to_end():
    report = reportextract.extract("Toàn tỉnh ra quân 45 đội hình thanh niên tình nguyện.", scope="An Lạc")
    df = reportextract.to_dataframe(report)
    assert len(df) == len(report.figures)
    assert list(df.columns) == list(FIGURE_COLUMNS)


def test_from_a_jsonl_output_path(tmp_path):
    report = sample_report()
    path = tmp_path / "out.jsonl"
    path.write_text(
        report.to_json() + "\n" + json.dumps(error_record("x.txt", "empty", "x.txt: empty")) + "\n",
        encoding="utf-8",
    )
    for arg in (path, str(path)):
        df = reportextract.to_dataframe(arg)
        assert len(df) == len(report.figures)
