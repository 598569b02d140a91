"""The figure table as a pandas DataFrame (pandas is an optional extra)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from reportextract.model import Report
from reportextract.outputs.serialize import FIGURE_COLUMNS, figure_rows, is_error_record, read_jsonl

if TYPE_CHECKING:
    import pandas as pd


def to_dataframe(
    reports: Report | Mapping[str, Any] | Iterable[Report | Mapping[str, Any]] | str | os.PathLike[str],
) -> pd.DataFrame:
    """One row per figure of `reports`, with the columns of the CSV output.

    `reports` is a `Report`, a report dict (``Report.to_dict()`` or a line of a JSON Lines
    output), an iterable of either, or the path of a JSON Lines output of ``reportextract
    convert`` (read line by line); error records of `convert` are skipped. Columns:
    document, unit (canonical), unit_text (as written), province_2025, category, value,
    qualifier, measure, section, footnote, page, where, span_start, span_end, text.

        >>> df = reportextract.to_dataframe(reportextract.extract("bao-cao.docx"))
        >>> df.groupby(["unit", "category"])["value"].sum()

    Needs pandas: ``pip install reportextract[pandas]``.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional extra
    except ImportError as exc:  # pragma: no cover - exercised only without pandas
        raise ImportError(
            "to_dataframe needs pandas, which is not installed; install it with "
            "`pip install reportextract[pandas]`"
        ) from exc

    if isinstance(reports, str | os.PathLike):
        reports = read_jsonl(reports)
    elif isinstance(reports, Report | Mapping):
        reports = [reports]
    rows: list[dict[str, Any]] = []
    for report in reports:
        if isinstance(report, Mapping) and is_error_record(report):
            continue
        rows.extend(figure_rows(report))
    frame = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    for col in ("page", "span_start", "span_end"):
        frame[col] = frame[col].astype("Int64")
    return frame
