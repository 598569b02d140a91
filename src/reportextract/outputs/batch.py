"""Batch conversion of an archive: `convert(sources, out, to=...)`.

What it does
------------
* **Inputs**: files, directories (walked recursively; hidden entries skipped; only the
  extensions of `INPUT_EXTENSIONS` are taken from a directory, while a file named explicitly
  is always tried) and glob patterns (``**`` allowed). Each input has a *relative name*: its
  path relative to the common parent of the roots given (a directory argument is its own
  root, a file's root is its folder), which the JSON output mirrors.
* **Outputs** (`to`):

  - ``"jsonl"`` — `out` is a file; one line per input: the report (`Report.to_dict()`) or an
    error record ``{"source": ..., "error": {"kind": ..., "message": ...}}``;
  - ``"json"`` — `out` is a directory mirroring the input tree: ``REL.json`` per report
    (``a/b.docx`` → ``OUT/a/b.docx.json``, so ``b.txt`` and ``b.docx`` never collide) or
    ``REL.error.json`` for a failure;
  - ``"csv"`` — `out` is the figure table (one row per figure, the columns of
    `serialize.FIGURE_COLUMNS`) and ``OUT`` with ``.errors.csv`` in place of its suffix holds
    one row per failure (source, kind, message).
* **Work**: a process pool of `workers` (default: the number of cores; 1 runs in-process).
  At most ``4 × workers`` files are in flight, results are written in input order as they
  arrive and then dropped, so memory does not grow with the number of files: per file the
  batch keeps only its path and a few numbers. A worker that dies (a parser crash, the OOM
  killer) breaks the pool; the files that were in flight are then re-run one at a time in a
  fresh worker, and the one that kills its worker again gets an error record of kind "crash".
* **Failures** never stop the batch: a `ReportExtractError` is recorded with its `kind`; an
  `OSError` as "unreadable"; anything else as "internal"; a file that takes longer than
  `timeout` seconds as "timeout" (workers load the library before their first file, so the
  limit measures extraction only).
* **Retries**: failures recorded by an earlier run are skipped like successes (and still make
  the run "not ok"); ``retry_failed=True`` converts them again, ``force=True`` everything.

Resume and interruption
-----------------------
Inputs whose output is up to date are skipped unless ``force=True``:

* json mode: ``REL.json`` or ``REL.error.json`` is newer than the input;
* jsonl and csv modes keep a **manifest** beside the output, ``OUT.manifest.jsonl``. Its first
  line is a header ``{"manifest": "reportextract.convert/v1", "to": ..., "output": ...}``; then
  one line per converted input: ``{"input": absolute path, "size": bytes, "mtime_ns": ...,
  "status": "ok" | "error", "end": {"out": n, "errors": m}}`` where `end` is the size of the
  output file(s) once that input's record was written. An input is up to date when its size
  and mtime equal the manifest's. A changed input is converted again: its old record is first
  cut out of the output (the output and manifest are rewritten atomically).

Only the input's size and mtime decide: after changing `scope` or `scope_map`, use
``force=True`` (``--force``) to convert again with the new hints.

Records are appended whole and flushed (fsync every second and at the end; the output before
the manifest). An interrupted run may leave at most a record after the last manifest line;
the next run cuts the output back to the manifest's last `end` before appending, so no
truncated or duplicated line survives. JSON files are written to a temporary file and
`os.replace`d. SIGINT (Ctrl-C) stops submitting work, waits for the files in flight, writes
their results and returns with ``interrupted=True``; a second SIGINT ends the workers at once
(a temporary file they leave is removed by the next run).
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import glob
import json
import os
import re
import shutil
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TextIO

from reportextract.errors import ConfigurationError, ReportExtractError
from reportextract.outputs.serialize import (
    ERROR_COLUMNS,
    FIGURE_COLUMNS,
    AppendLog,
    atomic_write_text,
    csv_line,
    dumps,
    error_record,
    figure_csv_lines,
    figure_rows,
    read_jsonl,
    remove_stale_temp_files,
)

OutputKind = Literal["jsonl", "json", "csv"]

#: extensions taken from a directory walk (a file named on the command line is always tried)
INPUT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})

MANIFEST_SCHEMA = "reportextract.convert/v1"
MANIFEST_SUFFIX = ".manifest.jsonl"
#: at most this many failures are kept for the summary (all are in the output)
MAX_LISTED_FAILURES = 50
_GLOB_CHARS = re.compile(r"[*?\[]")


# --------------------------------------------------------------------------- results


@dataclass(slots=True)
class Failure:
    source: str
    kind: str
    message: str


@dataclass(slots=True)
class ConvertResult:
    """What a `convert` run did. `failed` counts this run's failures; `skipped_failed` the
    inputs skipped because an earlier run already recorded them as failures."""

    total: int = 0
    converted: int = 0
    failed: int = 0
    skipped: int = 0
    skipped_failed: int = 0
    ignored: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    outputs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no input of this batch is (or was left) a failure."""
        return self.failed == 0 and self.skipped_failed == 0 and not self.interrupted

    def summary(self) -> str:
        """A few lines for people: counts, rate, and the failures."""
        done = self.converted + self.failed
        rate = done / self.seconds if self.seconds > 0 else 0.0
        head = (
            f"{'interrupted' if self.interrupted else 'done'}: {self.total} input(s); "
            f"{self.converted} converted, {self.failed} failed, {self.skipped} skipped as up to date"
        )
        if self.skipped_failed:
            head += (
                f" ({self.skipped_failed} of them recorded as failures earlier; --retry-failed redoes them)"
            )
        head += f"; {self.seconds:.1f} s"
        if done:
            head += f", {rate:.1f} files/s"
        lines = [head]
        if self.ignored:
            lines.append(f"ignored {self.ignored} file(s) in directories with other extensions")
        lines.extend(
            f"  failed: {f.source}: [{f.kind}] {f.message.removeprefix(f.source + ': ')}"
            for f in self.failures
        )
        if self.failed > len(self.failures):
            lines.append(f"  ... and {self.failed - len(self.failures)} more (see the error records)")
        if self.interrupted:
            lines.append("run the same command again to resume")
        if self.outputs:
            lines.append("output: " + ", ".join(self.outputs))
        return "\n".join(lines)


# --------------------------------------------------------------------------- inputs


@dataclass(slots=True, frozen=True)
class InputFile:
    #: the path as found (relative paths stay relative), recorded as the report's `source`
    path: str
    #: absolute path, the manifest key
    abs: str
    #: path relative to the common root of the inputs, with "/" separators
    rel: str


def collect_inputs(
    sources: Sequence[str | os.PathLike[str]], *, exclude: Iterable[str | os.PathLike[str]] = ()
) -> tuple[list[InputFile], int]:
    """Expand files, directories and globs into input files; return them and the number of
    files ignored in directories (other extensions). Raises `ConfigurationError` for a source
    that names nothing."""
    excluded = [os.path.abspath(e) for e in exclude]
    found: list[tuple[str, str]] = []  # (path, root)
    ignored = 0
    seen: set[str] = set()

    def add(path: str, root: str) -> None:
        ab = os.path.abspath(path)
        if ab in seen or any(ab == e or ab.startswith(e + os.sep) for e in excluded):
            return
        seen.add(ab)
        found.append((path, root))

    for src in sources:
        s = os.fspath(src)
        if os.path.isdir(s):
            for path in _walk(s):
                if Path(path).suffix.lower() in INPUT_EXTENSIONS:
                    add(path, s)
                else:
                    ignored += 1
        elif os.path.lexists(s):
            add(s, os.path.dirname(s) or ".")
        elif _GLOB_CHARS.search(s):
            matches = sorted(glob.glob(s, recursive=True))
            files = [m for m in matches if os.path.isfile(m)]
            if not files:
                raise ConfigurationError(f"no file matches the pattern {s!r}")
            for m in files:
                add(m, os.path.dirname(m) or ".")
        else:
            raise ConfigurationError(f"no such file or directory: {s!r}; check the path")
    if not found:
        raise ConfigurationError(
            "no input files found (looked for " + ", ".join(sorted(INPUT_EXTENSIONS)) + ")"
        )
    roots = {os.path.abspath(root) for _p, root in found}
    base = os.path.commonpath(list(roots))
    inputs = [
        InputFile(
            path=p, abs=os.path.abspath(p), rel=Path(os.path.relpath(os.path.abspath(p), base)).as_posix()
        )
        for p, _root in found
    ]
    return inputs, ignored


def _walk(top: str) -> Iterator[str]:
    """Files under `top`, depth first, sorted by name, hidden entries skipped."""
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield os.path.join(dirpath, name)


# --------------------------------------------------------------------------- scope map


class ScopeMap:
    """Scopes (spec §5 `hints`) by folder or file pattern, for an archive sorted by province.

    A pattern is a path or a glob (``*`` within one name, ``**`` across folders, ``?``,
    ``[...]``). A pattern without "/" matches any single name in the input's relative path
    (a folder "ha-tinh" at any depth, or "*.docx"); a pattern with "/" matches the relative
    path, the path as given or the absolute path, or any of their leading folders. When
    several patterns match, the longest wins (ties: the later one).

    The file is JSON — ``{"pattern": "scope", ...}`` or a list of ``[pattern, scope]`` pairs —
    or TSV: one ``pattern<TAB>scope`` per line, ``#`` comments and blank lines ignored.
    A scope of JSON ``null`` (or an empty TSV cell) means "no hint".
    """

    def __init__(self, entries: Iterable[tuple[str, str | None]]) -> None:
        self.entries: list[tuple[str, str | None, re.Pattern[str], bool]] = []
        for pattern, scope in entries:
            pat = _norm_pattern(pattern)
            if not pat:
                raise ConfigurationError(f"empty pattern in the scope map (scope {scope!r})")
            self.entries.append((pat, scope or None, _glob_regex(pat), "/" in pat))

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ScopeMap:
        """Read a JSON or TSV scope map; a bad file raises `ConfigurationError`."""
        p = Path(path)
        try:
            text = p.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ConfigurationError(f"cannot read the scope map: {exc.strerror}", source=str(p)) from exc
        stripped = text.lstrip()
        if p.suffix.lower() == ".json" or stripped.startswith(("{", "[")):
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ConfigurationError(f"scope map is not valid JSON: {exc}", source=str(p)) from exc
            return cls(_json_entries(data, str(p)))
        entries: list[tuple[str, str | None]] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.rstrip("\r\n").split("\t")
            if len(cells) < 2:
                raise ConfigurationError(
                    f"line {n}: expected 'pattern<TAB>scope', got {line.strip()!r}", source=str(p)
                )
            if n == 1 and cells[0].strip().lower() == "pattern":
                continue  # a header row
            entries.append((cells[0].strip(), cells[1].strip() or None))
        return cls(entries)

    def lookup(self, item: InputFile) -> tuple[bool, str | None]:
        """``(matched, scope)`` for an input file."""
        rel_names = item.rel.split("/")
        paths = {item.rel, Path(os.path.normpath(item.path)).as_posix(), Path(item.abs).as_posix()}
        prefixes: set[str] = set()
        for p in paths:
            parts = p.split("/")
            prefixes.update("/".join(parts[: i + 1]) for i in range(len(parts)))
        best: tuple[int, int, str | None] | None = None
        for i, (pat, scope, rx, has_slash) in enumerate(self.entries):
            candidates: Iterable[str] = prefixes if has_slash else rel_names
            if any(rx.match(c) for c in candidates):
                key = (len(pat), i, scope)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is None:
            return False, None
        return True, best[2]


def _json_entries(data: Any, source: str) -> list[tuple[str, str | None]]:
    if isinstance(data, dict):
        items = list(data.items())
    elif isinstance(data, list):
        items = []
        for entry in data:
            if isinstance(entry, dict) and "pattern" in entry:
                items.append((entry["pattern"], entry.get("scope")))
            elif isinstance(entry, list | tuple) and len(entry) == 2:
                items.append((entry[0], entry[1]))
            else:
                raise ConfigurationError(f"scope map entry {entry!r} is not [pattern, scope]", source=source)
    else:
        raise ConfigurationError("scope map must be a JSON object or list", source=source)
    for pattern, scope in items:
        if not isinstance(pattern, str) or not (scope is None or isinstance(scope, str)):
            raise ConfigurationError(f"scope map entry {pattern!r}: {scope!r} is not text", source=source)
    return items


def _norm_pattern(pattern: str) -> str:
    pat = pattern.strip().replace("\\", "/")
    while pat.startswith("./"):
        pat = pat[2:]
    return pat.rstrip("/") if pat != "/" else pat


def _glob_regex(pat: str) -> re.Pattern[str]:
    out: list[str] = []
    i = 0
    while i < len(pat):
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif pat[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pat[i] == "?":
            out.append("[^/]")
            i += 1
        elif pat[i] == "[" and (j := pat.find("]", i + 2)) != -1:
            body = pat[i + 1 : j]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = j + 1
        else:
            out.append(re.escape(pat[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


# --------------------------------------------------------------------------- the work of one file


@dataclass(slots=True, frozen=True)
class _Task:
    path: str
    scope: str | None
    to: str
    #: json mode: where the report / error record goes
    json_out: str | None = None
    json_err: str | None = None
    indent: int | None = None
    #: seconds after which the file is given up (error kind "timeout"), or None
    timeout: float | None = None


#: (status, kind, message, payload); payload: the jsonl line, the csv lines, or None (json mode)
_Outcome = tuple[str, str | None, str | None, Any]


def _run_task(task: _Task) -> _Outcome:
    """Convert one file; never raises for a problem with the file (that becomes an error)."""
    from reportextract import pipeline  # noqa: PLC0415 - looked up per call, loaded in workers only

    kind: str | None = None
    message: str | None = None
    payload: Any = None
    try:
        with _time_limit(task.timeout):
            report = pipeline.extract(task.path, scope=task.scope)
            if task.to == "csv":
                payload = figure_csv_lines(report)
            else:
                payload = dumps(report.to_dict(), indent=task.indent if task.to == "json" else None)
    except _FileTimeout:
        kind, message = "timeout", f"{task.path}: gave up after {task.timeout:g} s (see --timeout)"
    except ReportExtractError as exc:
        kind, message = exc.kind, str(exc)
    except OSError as exc:
        kind, message = "unreadable", f"{task.path}: {exc.strerror or exc}"
    except Exception as exc:
        kind, message = "internal", f"{task.path}: {type(exc).__name__}: {exc}"
    if kind is not None and task.to != "csv":
        payload = dumps(
            error_record(task.path, kind, message or ""), indent=task.indent if task.to == "json" else None
        )
    if task.to == "json":
        assert task.json_out is not None
        assert task.json_err is not None
        keep, drop = (task.json_err, task.json_out) if kind else (task.json_out, task.json_err)
        atomic_write_text(keep, payload + "\n")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(drop)
        payload = None
    return ("error" if kind else "ok", kind, message, payload)


class _FileTimeout(BaseException):
    """Raised in a worker when a file takes longer than its time limit.

    A BaseException, so that no ``except Exception`` in the library swallows it.
    """


def _on_alarm(signum: int, frame: Any) -> None:
    raise _FileTimeout


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `_FileTimeout` in this (main) thread after `seconds`; no limit off the main thread."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _init_worker() -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent decides what to do.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _warm_up()


def _warm_up() -> None:
    """Load the library and its lazily built tables once, so that the first file of a worker
    is not charged for them (a `timeout` measures extraction only)."""
    try:
        from reportextract import pipeline  # noqa: PLC0415

        pipeline.extract("Báo cáo\n\nToàn tỉnh có 12 đội hình.".encode(), format="txt")
    except Exception:  # noqa: S110 - a failure here shows again, per file, where it is recorded
        pass


# --------------------------------------------------------------------------- sinks


class _Sink:
    """Where results go; knows what is already done."""

    outputs: list[str]

    def status_if_done(self, item: InputFile, st: os.stat_result) -> str | None:
        """Return "ok"/"error" when the input's output is up to date, else None."""
        raise NotImplementedError

    def prepare(self, redo: list[InputFile]) -> None:
        """Called once with the inputs that will be converted, before any is."""

    def task(self, item: InputFile, scope: str | None) -> _Task:
        raise NotImplementedError

    def write(self, item: InputFile, st: os.stat_result | None, outcome: _Outcome) -> None:
        """Record one result (called in input order, in the main process)."""

    def checkpoint(self) -> None:
        """Make what was written durable."""

    def close(self) -> None:
        self.checkpoint()


class _JsonDirSink(_Sink):
    def __init__(self, out: Path, *, force: bool, retry_failed: bool, indent: int | None) -> None:
        if out.exists() and not out.is_dir():
            raise ConfigurationError(f"--to json writes a directory, but {str(out)!r} is a file")
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files(out)
        self.out = out
        self.force = force
        self.retry_failed = retry_failed
        self.indent = indent
        self.outputs = [str(out)]

    def _paths(self, item: InputFile) -> tuple[Path, Path]:
        return self.out / (item.rel + ".json"), self.out / (item.rel + ".error.json")

    def status_if_done(self, item: InputFile, st: os.stat_result) -> str | None:
        if self.force:
            return None
        for path, status in zip(self._paths(item), ("ok", "error"), strict=True):
            with contextlib.suppress(OSError):
                if path.stat().st_mtime_ns > st.st_mtime_ns:
                    return None if (status == "error" and self.retry_failed) else status
        return None

    def task(self, item: InputFile, scope: str | None) -> _Task:
        ok, err = self._paths(item)
        return _Task(item.path, scope, "json", str(ok), str(err), self.indent)


@dataclass(slots=True)
class _Entry:
    size: int
    mtime_ns: int
    status: str
    #: sizes of the output files (in `_ManifestSink.files` order) once this record was written
    end: tuple[int, ...]


class _ManifestSink(_Sink):
    """jsonl and csv modes: append-only outputs plus the manifest (see the module docstring).

    `index` maps an input's absolute path to its entry, in the order of the records in the
    output files (each input is converted at most once per run, and a changed input's old
    record is cut out before its new one is appended).
    """

    def __init__(self, out: Path, to: str, *, force: bool, retry_failed: bool) -> None:
        if out.is_dir():
            raise ConfigurationError(f"--to {to} writes a file, but {str(out)!r} is a directory")
        self.to = to
        self.retry_failed = retry_failed
        self.files: dict[str, Path] = {"out": out}
        self.headers: dict[str, str] = {"out": ""}
        if to == "csv":
            self.files["errors"] = out.with_name(out.stem + ".errors.csv")
            self.headers = {"out": csv_line(FIGURE_COLUMNS), "errors": csv_line(ERROR_COLUMNS)}
        self.keys = tuple(self.files)
        self.manifest_path = out.with_name(out.name + MANIFEST_SUFFIX)
        self.outputs = [str(p) for p in self.files.values()] + [str(self.manifest_path)]
        self.index: dict[str, _Entry] = {}
        out.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temp_files_beside(self.manifest_path)
        if force:
            for p in [*self.files.values(), self.manifest_path]:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
        self._load()
        self._logs: dict[str, AppendLog] = {}
        self._manifest: AppendLog | None = None
        self._last_sync = time.monotonic()

    # -- opening and repairing

    def _base(self) -> tuple[int, ...]:
        return tuple(len(self.headers[k].encode("utf-8")) for k in self.keys)

    def _load(self) -> None:
        out = self.files["out"]
        base = self._base()
        if not self.manifest_path.exists():
            if any(
                p.exists() and p.stat().st_size > b for p, b in zip(self.files.values(), base, strict=True)
            ):
                raise ConfigurationError(
                    f"{str(out)!r} exists but has no manifest ({self.manifest_path.name}), so it was not "
                    "written by convert or its manifest was removed; use --force to overwrite it, "
                    "or choose another -o"
                )
            return
        with open(self.manifest_path, encoding="utf-8") as fh:
            first = fh.readline()
            try:
                header = json.loads(first)
            except json.JSONDecodeError:
                header = None
            if not isinstance(header, dict) or header.get("manifest") != MANIFEST_SCHEMA:
                raise ConfigurationError(
                    f"{self.manifest_path.name} is not a convert manifest; use --force to start over"
                )
            if header.get("to") != self.to:
                raise ConfigurationError(
                    f"{str(out)!r} was written with --to {header.get('to')}, not --to {self.to}; "
                    "use the same --to to resume, or --force to start over"
                )
            sizes = tuple(p.stat().st_size if p.exists() else 0 for p in self.files.values())
            clean = True
            for line in fh:
                if not line.strip():
                    continue
                try:
                    if not line.endswith("\n"):
                        raise ValueError("cut line")
                    rec = json.loads(line)
                    entry = _Entry(
                        int(rec["size"]),
                        int(rec["mtime_ns"]),
                        str(rec["status"]),
                        tuple(int(rec["end"][k]) for k in self.keys),
                    )
                except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                    clean = False  # a line cut by an interruption: everything before it stands
                    break
                if any(e > s for e, s in zip(entry.end, sizes, strict=True)):
                    clean = False  # output lost after the manifest was written (not synced): stop here
                    break
                self.index.pop(rec["input"], None)
                self.index[rec["input"]] = entry
        if not self._headers_intact():
            # an output lost its start (cut to nothing, then written again): nothing in it can be
            # trusted, so it starts over
            self.index.clear()
            clean = False
            for p in self.files.values():
                AppendLog.truncate(p, 0)
            sizes = tuple(0 for _ in self.files)
        if not clean:
            self._rewrite_manifest()
        ends = next(reversed(self.index.values())).end if self.index else base
        for p, size, end in zip(self.files.values(), sizes, ends, strict=True):
            if size > end:
                AppendLog.truncate(p, end)  # drop a record written after the last manifest line

    def _headers_intact(self) -> bool:
        """Each output file is empty, or begins with its header (csv) as written."""
        for key, p in self.files.items():
            head = self.headers[key].encode("utf-8")
            if not head or not p.exists() or p.stat().st_size == 0:
                continue
            with open(p, "rb") as fh:
                if fh.read(len(head)) != head:
                    return False
        return True

    def _manifest_header(self) -> str:
        return dumps({"manifest": MANIFEST_SCHEMA, "to": self.to, "output": self.files["out"].name}) + "\n"

    def _entry_line(self, key: str, e: _Entry) -> str:
        rec = {
            "input": key,
            "size": e.size,
            "mtime_ns": e.mtime_ns,
            "status": e.status,
            "end": dict(zip(self.keys, e.end, strict=True)),
        }
        return dumps(rec) + "\n"

    def _rewrite_manifest(self) -> None:
        atomic_write_text(
            self.manifest_path,
            self._manifest_header() + "".join(self._entry_line(k, e) for k, e in self.index.items()),
        )

    # -- the _Sink interface

    def status_if_done(self, item: InputFile, st: os.stat_result) -> str | None:
        e = self.index.get(item.abs)
        if e is None or e.size != st.st_size or e.mtime_ns != st.st_mtime_ns:
            return None
        if self.retry_failed and e.status == "error":
            return None
        return e.status

    def prepare(self, redo: list[InputFile]) -> None:
        stale = {item.abs for item in redo if item.abs in self.index}
        if stale:
            self._compact(stale)
        if not self.manifest_path.exists():
            atomic_write_text(self.manifest_path, self._manifest_header())
        for k, p in self.files.items():
            self._logs[k] = AppendLog(p, header=self.headers[k] or None)
        self._manifest = AppendLog(self.manifest_path)

    def _compact(self, stale: set[str]) -> None:
        """Cut the records of inputs that will be converted again out of the outputs.

        Each output is copied without those byte ranges to a temporary file that replaces it;
        the kept entries' offsets shift down; then the manifest is rewritten atomically.
        """
        n = len(self.keys)
        removed: list[list[tuple[int, int]]] = [[] for _ in range(n)]
        prev = self._base()
        kept: dict[str, _Entry] = {}
        cut = [0] * n
        for key, e in self.index.items():
            if key in stale:
                for i in range(n):
                    if e.end[i] > prev[i]:
                        removed[i].append((prev[i], e.end[i]))
                    cut[i] += e.end[i] - prev[i]
            else:
                kept[key] = _Entry(e.size, e.mtime_ns, e.status, tuple(e.end[i] - cut[i] for i in range(n)))
            prev = e.end
        for i, path in enumerate(self.files.values()):
            if not removed[i]:
                continue
            tmp = path.with_name(path.name + ".compact.tmp")
            with open(path, "rb") as src, open(tmp, "wb") as dst:
                pos = 0
                for a, b in removed[i]:
                    src.seek(pos)
                    _copy_range(src, dst, a - pos)
                    pos = b
                src.seek(pos)
                _copy_range(src, dst, None)
                dst.flush()
                os.fsync(dst.fileno())
            os.replace(tmp, path)
        self.index = kept
        self._rewrite_manifest()

    def task(self, item: InputFile, scope: str | None) -> _Task:
        return _Task(item.path, scope, self.to)

    def write(self, item: InputFile, st: os.stat_result | None, outcome: _Outcome) -> None:
        status, kind, message, payload = outcome
        assert self._manifest is not None
        if self.to == "csv":
            if status == "ok":
                self._logs["out"].append("".join(payload))
            else:
                self._logs["errors"].append(csv_line([item.path, kind, message]))
        else:
            self._logs["out"].append(payload + "\n")
        entry = _Entry(
            st.st_size if st else -1,
            st.st_mtime_ns if st else -1,
            status,
            tuple(self._logs[k].size for k in self.keys),
        )
        self._manifest.append(self._entry_line(item.abs, entry))
        self.index.pop(item.abs, None)
        self.index[item.abs] = entry
        if time.monotonic() - self._last_sync > 1.0:
            self.checkpoint()

    def checkpoint(self) -> None:
        for log in self._logs.values():
            log.sync()
        if self._manifest is not None:
            self._manifest.sync()
        self._last_sync = time.monotonic()

    def close(self) -> None:
        for log in self._logs.values():
            log.close()
        if self._manifest is not None:
            self._manifest.close()


def _copy_range(src: Any, dst: Any, n: int | None) -> None:
    chunk = 1 << 20
    while n is None or n > 0:
        data = src.read(chunk if n is None else min(chunk, n))
        if not data:
            return
        dst.write(data)
        if n is not None:
            n -= len(data)


def remove_stale_temp_files_beside(path: Path) -> None:
    """Remove temporary files left next to `path` by an interrupted atomic write."""
    for p in path.parent.glob(f".reportextract-{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            p.unlink()
    for p in path.parent.glob("*.compact.tmp"):
        with contextlib.suppress(OSError):
            p.unlink()


# --------------------------------------------------------------------------- reading an output back


def iter_output_figures(out: str | os.PathLike[str], to: OutputKind = "jsonl") -> Iterator[dict[str, Any]]:
    """Stream the figure rows (`serialize.FIGURE_COLUMNS`) of a `convert` output, one at a time.

    jsonl: every report line of the file; json: every ``*.json`` report under the folder (error
    files skipped); csv: the rows of the table (values as text).
    """
    path = Path(out)
    if to == "jsonl":
        for record in read_jsonl(path):
            yield from figure_rows(record)
    elif to == "json":
        for dirpath, dirnames, filenames in os.walk(path):
            dirnames.sort()
            for name in sorted(filenames):
                if name.endswith(".json") and not name.endswith(".error.json"):
                    with open(os.path.join(dirpath, name), encoding="utf-8") as fh:
                        yield from figure_rows(json.load(fh))
    else:
        with open(path, newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh)


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress bar on a stream (``\\r`` redrawn, at most 10 times a second)."""

    def __init__(self, total: int, stream: TextIO | None, *, enabled: bool) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = enabled and total > 0
        self.start = time.monotonic()
        self._last = 0.0
        self._width = 0
        #: the line never wraps (a wrapped line cannot be redrawn with "\r")
        self.columns = max(20, shutil.get_terminal_size((100, 24)).columns - 1)

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.1:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        frac = done / self.total if self.total else 1.0
        bar = "#" * int(frac * 24)
        eta = f" ETA {_fmt_secs((self.total - done) / rate)}" if rate > 0 and done < self.total else ""
        line = f"[{bar:<24}] {done}/{self.total} {frac * 100:3.0f}% {rate:.1f} files/s, {failed} failed{eta}"
        line = line[: self.columns]
        pad = max(0, self._width - len(line))
        self._width = len(line)
        self.stream.write("\r" + line + " " * pad)
        self.stream.flush()

    def close(self, done: int, failed: int) -> None:
        if self.enabled:
            self.update(done, failed, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _fmt_secs(s: float) -> str:
    s = int(s)
    return f"{s // 60}m{s % 60:02d}s" if s >= 60 else f"{s}s"


# --------------------------------------------------------------------------- the driver


class _StopFlag:
    """SIGINT while converting: the first asks to stop after the files in flight, the second stops now."""

    def __init__(self) -> None:
        self.requested = False
        self._old: Any = None
        self._installed = False

    def __enter__(self) -> _StopFlag:
        if threading.current_thread() is threading.main_thread():
            self._old = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def _handle(self, signum: int, frame: Any) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._old)


def convert(
    sources: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    to: OutputKind = "jsonl",
    workers: int | None = None,
    force: bool = False,
    retry_failed: bool = False,
    scope: str | None = None,
    scope_map: ScopeMap | str | os.PathLike[str] | None = None,
    indent: int | None = None,
    timeout: float | None = None,
    progress: bool | None = None,
    progress_stream: TextIO | None = None,
    on_result: Callable[[InputFile, str], None] | None = None,
) -> ConvertResult:
    """Convert every input file into `out`; see the module docstring for formats and resume.

    `scope` is the hint for every file, `scope_map` (a `ScopeMap` or the path of one) gives
    hints by folder or pattern and outranks `scope`. `progress` draws a bar on
    `progress_stream` (default stderr); None means "when it is a terminal". `timeout` gives
    up a file after that many seconds (error kind "timeout"; None: no limit). Returns a
    `ConvertResult`; raises `ConfigurationError` for bad arguments only — problems with
    single files become error records.
    """
    if to not in ("jsonl", "json", "csv"):
        raise ConfigurationError(f"unknown output kind {to!r}; use jsonl, json or csv")
    t0 = time.monotonic()
    out_path = Path(out)
    smap = ScopeMap.from_file(scope_map) if isinstance(scope_map, str | os.PathLike) else scope_map
    exclude: list[Path] = [out_path] if to == "json" else []
    inputs, ignored = collect_inputs(sources, exclude=exclude)
    sink: _Sink
    if to == "json":
        sink = _JsonDirSink(out_path, force=force, retry_failed=retry_failed, indent=indent)
    else:
        sink = _ManifestSink(out_path, to, force=force, retry_failed=retry_failed)
    result = ConvertResult(total=len(inputs), ignored=ignored, outputs=list(sink.outputs))

    todo: list[InputFile] = []
    for item in inputs:
        try:
            st = os.stat(item.abs)
        except OSError:
            todo.append(item)
            continue
        done = sink.status_if_done(item, st)
        if done is None:
            todo.append(item)
        else:
            result.skipped += 1
            if done == "error":
                result.skipped_failed += 1
    del inputs
    sink.prepare(todo)

    n_workers = max(1, workers if workers else _cores())
    n_workers = min(n_workers, max(1, len(todo)))
    bar = Progress(len(todo), progress_stream, enabled=_want_progress(progress, progress_stream))

    def scope_for(item: InputFile) -> str | None:
        if smap is not None:
            matched, s = smap.lookup(item)
            if matched:
                return s
        return scope

    def make_task(item: InputFile) -> _Task:
        return dataclasses.replace(sink.task(item, scope_for(item)), timeout=timeout)

    def record(item: InputFile, st: os.stat_result | None, outcome: _Outcome) -> None:
        sink.write(item, st, outcome)
        status, kind, message, _payload = outcome
        if status == "ok":
            result.converted += 1
        else:
            result.failed += 1
            if len(result.failures) < MAX_LISTED_FAILURES:
                result.failures.append(Failure(item.path, kind or "internal", message or ""))
        if on_result is not None:
            on_result(item, status)
        bar.update(result.converted + result.failed, result.failed)

    try:
        with _StopFlag() as stop:
            if n_workers == 1:
                if todo and timeout:
                    _warm_up()
                for item in todo:
                    if stop.requested:
                        break
                    record(item, _stat(item), _run_task(make_task(item)))
            else:
                _run_pool(todo, n_workers=n_workers, make_task=make_task, record=record, stop=stop)
            result.interrupted = stop.requested and result.converted + result.failed < len(todo)
    finally:
        sink.close()
        bar.close(result.converted + result.failed, result.failed)
        result.seconds = time.monotonic() - t0
    return result


def _cores() -> int:
    """The cores this process may run on (its CPU affinity), else the machine's."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _want_progress(progress: bool | None, stream: TextIO | None) -> bool:
    if progress is not None:
        return progress
    s = stream or sys.stderr
    try:
        return s.isatty()
    except (AttributeError, ValueError):
        return False


def _stat(item: InputFile) -> os.stat_result | None:
    try:
        return os.stat(item.abs)
    except OSError:
        return None


def _run_pool(
    todo: list[InputFile],
    *,
    n_workers: int,
    make_task: Callable[[InputFile], _Task],
    record: Callable[[InputFile, os.stat_result | None, _Outcome], None],
    stop: _StopFlag,
) -> None:
    """Run `todo` on a process pool, recording results in input order, until done or stopped."""
    window = n_workers * 4
    it = iter(todo)
    queue: deque[tuple[InputFile, os.stat_result | None, Future[_Outcome]]] = deque()
    executor = ProcessPoolExecutor(max_workers=n_workers, initializer=_init_worker)
    solo = _Solo()
    try:
        while True:
            while not stop.requested and len(queue) < window:
                item = next(it, None)
                if item is None:
                    break
                st = _stat(item)
                queue.append((item, st, executor.submit(_run_task, make_task(item))))
            if not queue:
                break
            wait([queue[0][2]], timeout=0.2, return_when=FIRST_COMPLETED)
            broken = False
            # results in input order; once the pool broke, every file still in flight is settled
            while queue and (broken or queue[0][2].done()):
                item, st, fut = queue.popleft()
                try:
                    outcome = fut.result()
                except BrokenProcessPool:
                    broken = True
                    outcome = solo.run(make_task(item))
                except Exception as exc:  # e.g. a result that could not be sent back
                    outcome = _error_outcome(
                        make_task(item), "internal", f"{item.path}: {type(exc).__name__}: {exc}"
                    )
                record(item, st, outcome)
            if broken:
                executor.shutdown(wait=False, cancel_futures=True)
                executor = ProcessPoolExecutor(max_workers=n_workers, initializer=_init_worker)
                solo.close()
    except BaseException:
        # a second Ctrl-C (or a bug): do not wait for the files in flight, end the workers now;
        # what they leave (temporary files, a record past the manifest) is cleaned on resume
        for proc in list(getattr(executor, "_processes", {}).values()):
            with contextlib.suppress(Exception):
                proc.terminate()
        executor.shutdown(wait=False, cancel_futures=True)
        solo.close(wait=False)
        raise
    executor.shutdown(wait=True, cancel_futures=True)
    solo.close()


def _error_outcome(task: _Task, kind: str, message: str) -> _Outcome:
    """An error outcome made in the main process (its record written in json mode)."""
    record = error_record(task.path, kind, message)
    if task.to == "json":
        assert task.json_out is not None
        assert task.json_err is not None
        atomic_write_text(task.json_err, dumps(record, indent=task.indent) + "\n")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(task.json_out)
        return ("error", kind, message, None)
    return ("error", kind, message, None if task.to == "csv" else dumps(record))


class _Solo:
    """Re-runs the files that were in flight when a worker died, one at a time in a worker of
    their own, so the file that kills its worker again is known: it gets a "crash" record."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None

    def run(self, task: _Task) -> _Outcome:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, initializer=_init_worker)
        try:
            return self._pool.submit(_run_task, task).result()
        except BrokenProcessPool:
            self.close(wait=False)
        message = (
            f"{task.path}: the worker process died while converting this file "
            "(a parser crash or out of memory)"
        )
        return _error_outcome(task, "crash", message)

    def close(self, *, wait: bool = True) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=wait, cancel_futures=True)
            self._pool = None
