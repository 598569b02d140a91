"""Writers for reports: JSON, JSON Lines and the CSV figure table, all written safely.

Nothing here holds more than one report at a time:

* `atomic_write_text` writes a whole file through a temporary file in the same directory and
  `os.replace`, so a reader (or an interrupted run) sees either the old file or the new one;
* `AppendLog` appends complete records to a file and can be truncated back to the last
  committed byte offset, which is how `convert` keeps JSON Lines and CSV outputs free of half
  lines after an interruption (see `reportextract.outputs.batch`);
* `figure_rows` flattens a report (a `Report` or its `to_dict()` form) into the rows of the
  figure table shared by the CSV output and `to_dataframe`.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from reportextract.model import Report, plain_value

#: columns of the figure table (CSV output and `to_dataframe`), in order
FIGURE_COLUMNS: tuple[str, ...] = (
    "document",
    "unit",
    "unit_text",
    "province_2025",
    "category",
    "value",
    "qualifier",
    "measure",
    "section",
    "footnote",
    "page",
    "where",
    "span_start",
    "span_end",
    "text",
)

#: columns of the CSV errors file written beside a CSV figure table
ERROR_COLUMNS: tuple[str, ...] = ("source", "kind", "message")

#: prefix of the temporary files this module creates (cleaned up by `remove_stale_temp_files`)
TEMP_PREFIX = ".reportextract-"
TEMP_SUFFIX = ".tmp"


# --------------------------------------------------------------------------- records


def report_dict(report: Report | Mapping[str, Any]) -> dict[str, Any]:
    """The output-contract dict of a report (a `Report`, or a dict that already is one)."""
    if isinstance(report, Report):
        return report.to_dict()
    return dict(report)


def error_record(source: str, kind: str, message: str) -> dict[str, Any]:
    """The record that stands for a file that could not be converted.

    ``{"source": file, "error": {"kind": kind, "message": message}}``; `kind` is the
    `ReportExtractError.kind` of the failure ("corrupt", "empty", ...) or "internal".
    """
    return {"source": source, "error": {"kind": kind, "message": message}}


def is_error_record(record: Mapping[str, Any]) -> bool:
    """True for a record written by `error_record`."""
    return isinstance(record.get("error"), Mapping) and "body" not in record


def dumps(record: Mapping[str, Any], *, indent: int | None = None) -> str:
    """JSON text of a record (UTF-8 characters kept, not escaped)."""
    return json.dumps(record, ensure_ascii=False, indent=indent)


def figure_rows(report: Report | Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per figure of a report, with the columns of `FIGURE_COLUMNS`.

    `document` is the report's `source`; `unit` is the canonical unit and `unit_text` the unit
    as the text names it; `span_start`/`span_end` are offsets in `body` (``where == "body"``)
    or in the footnote text (``where == "footnote"``).
    """
    source: str | None
    if isinstance(report, Report):
        source = report.source
        figures: Iterable[Any] = (_figure_dict(f) for f in report.figures)
    else:
        source = report.get("source")
        figures = report.get("figures") or []
    for fig in figures:
        span = fig.get("span") or (None, None)
        yield {
            "document": source,
            "unit": fig.get("unit"),
            "unit_text": fig.get("unit_text"),
            "province_2025": fig.get("province_2025"),
            "category": fig.get("category"),
            "value": fig.get("value"),
            "qualifier": fig.get("qualifier"),
            "measure": fig.get("measure"),
            "section": fig.get("section"),
            "footnote": fig.get("footnote"),
            "page": fig.get("page"),
            "where": fig.get("where", "body"),
            "span_start": span[0],
            "span_end": span[1],
            "text": fig.get("text"),
        }


def _figure_dict(fig: Any) -> dict[str, Any]:
    return {name: getattr(fig, name, None) for name in fig.__dataclass_fields__} | {
        "value": plain_value(fig.value)
    }


def csv_line(values: Iterable[Any]) -> str:
    """One CSV record (``\\r\\n`` terminated, as the csv module writes by default)."""
    buf = io.StringIO()
    csv.writer(buf).writerow(["" if v is None else v for v in values])
    return buf.getvalue()


def figure_csv_lines(report: Report | Mapping[str, Any]) -> list[str]:
    """The CSV records of a report's figures (no header)."""
    return [csv_line(row[c] for c in FIGURE_COLUMNS) for row in figure_rows(report)]


# --------------------------------------------------------------------------- atomic files


def encode(text: str) -> bytes:
    """UTF-8 bytes of `text`; a lone surrogate (a file name that is not UTF-8, as Python decodes
    it) becomes a ``\\udcXX`` escape, which inside a JSON string reads back as the same text."""
    return text.encode("utf-8", "backslashreplace")


def atomic_write_text(path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8") -> None:
    """Write `text` to `path` so that `path` is never seen half-written.

    The text goes to a temporary file in the same directory, is flushed to disk, and then
    replaces `path` in one `os.replace`. Parent directories are created. Characters that
    cannot be encoded (lone surrogates from non-UTF-8 file names) are written as escapes.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX + target.name + ".", suffix=TEMP_SUFFIX, dir=target.parent)
    try:
        os.chmod(tmp, _file_mode())
        with os.fdopen(fd, "w", encoding=encoding, errors="backslashreplace", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@functools.cache
def _file_mode() -> int:
    """The mode `open()` would give a new file (0o666 less the umask); mkstemp uses 0o600."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write_json(
    record: Report | Mapping[str, Any], path: str | os.PathLike[str], *, indent: int | None = None
) -> None:
    """Write one report (or error record) as a JSON file, atomically."""
    atomic_write_text(path, dumps(report_dict(record), indent=indent) + "\n")


def remove_stale_temp_files(directory: str | os.PathLike[str]) -> int:
    """Delete temporary files an interrupted run left under `directory`; return how many."""
    removed = 0
    root = Path(directory)
    if not root.is_dir():
        return 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))
                    removed += 1
    return removed


class AppendLog:
    """A file that only grows by complete records and can be cut back to a committed offset.

    `append` writes a whole record with one write and flushes it to the operating system;
    `sync` makes it durable (fsync). `truncate(n)` drops anything after byte `n`, which
    `convert` uses on resume to remove a record written after the last manifest checkpoint.
    """

    def __init__(self, path: str | os.PathLike[str], *, header: str | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = open(self.path, "ab")  # noqa: SIM115 - closed by close()
        if header is not None and self._fh.tell() == 0:
            self._fh.write(encode(header))
            self._fh.flush()

    @property
    def size(self) -> int:
        """Bytes written so far (the offset the next record starts at)."""
        return self._fh.tell()

    def append(self, text: str) -> int:
        """Append `text` (one or more complete records); return the new size."""
        if text:
            self._fh.write(encode(text))
            self._fh.flush()
        return self._fh.tell()

    def sync(self) -> None:
        """Flush to disk."""
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def close(self) -> None:
        if not self._fh.closed:
            self.sync()
            self._fh.close()

    def __enter__(self) -> AppendLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def truncate(path: str | os.PathLike[str], size: int) -> None:
        """Cut the file at `path` to `size` bytes (no-op when it is already that short)."""
        p = Path(path)
        if p.exists() and p.stat().st_size > size:
            with open(p, "r+b") as fh:
                fh.truncate(size)
                fh.flush()
                os.fsync(fh.fileno())


def read_jsonl(path: str | os.PathLike[str], *, errors: bool = False) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSON Lines output of `convert`, one at a time.

    Error records are skipped unless `errors` is true, so ``to_dataframe(read_jsonl(path))``
    gives the figure table of a whole archive without holding it in memory twice.
    """
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            if errors or not is_error_record(record):
                yield record
