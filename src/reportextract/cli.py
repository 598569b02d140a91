"""The ``reportextract`` command (also ``python -m reportextract``).

    reportextract extract FILE... [-o OUT] [--scope UNIT] [--format FMT] [--indent N]
    reportextract convert SRC... -o OUT [--to jsonl|json|csv] [--workers N] [--force]
                          [--retry-failed] [--scope UNIT] [--scope-map FILE] [--timeout S]
                          [--no-progress] [--summary]
    reportextract show FILE [--html OUT] [--scope UNIT] [--color auto|always|never]
    reportextract eval --gold DIR --docs DIR [...]

A thin layer over the library: every command calls a function that returns data. Errors the
library raises on purpose (`ReportExtractError`) print one line ``reportextract: error: ...``
on stderr — never a traceback (``--debug`` shows it). Exit codes: 0 success; 1 a file could
not be read (extract, show) or some inputs failed (convert); 2 a usage error; 130 interrupted.
Nothing is read or imported at module import beyond the standard library and our errors.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any, TextIO

from reportextract.errors import ConfigurationError, ReportExtractError

PROG = "reportextract"
FORMATS = ("txt", "md", "html", "docx", "pdf")
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def build_parser(*, with_eval: bool = False) -> argparse.ArgumentParser:
    """The argument parser; `with_eval` loads the eval command's options (an import)."""
    from reportextract import __version__  # noqa: PLC0415 - the package is already imported

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Turn Vietnamese Youth Union reports into structured data (JSON, JSON Lines, CSV).",
        epilog="@FILE reads more arguments from FILE, one per line (e.g. a list of input paths).",
        fromfile_prefix_chars="@",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="extract one or more files to JSON",
        description="Extract files to JSON: one file gives an object, several a list.",
    )
    p.add_argument("files", nargs="+", metavar="FILE", help="a file, or - for text on standard input")
    p.add_argument("-o", "--output", metavar="OUT", help="write the JSON here instead of stdout")
    p.add_argument("--scope", metavar="UNIT", help="the unit the documents belong to (spec §5 hints)")
    p.add_argument(
        "--format",
        choices=(*FORMATS, "json"),
        help="force a reader instead of guessing from the extension; 'json' (the output, as the spec "
        "writes `extract FILE --format json`) is accepted and changes nothing",
    )
    p.add_argument("--indent", type=_non_negative, default=2, metavar="N", help="JSON indent (default 2)")

    p = sub.add_parser(
        "convert",
        help="convert an archive (files, folders, globs) in parallel, resumably",
        description=(
            "Convert many files. jsonl: OUT is a file, one report or error record per line; json: OUT "
            "is a folder mirroring the inputs (NAME.json / NAME.error.json); csv: OUT is the figure table, "
            "failures go to OUT's name with .errors.csv. Inputs already converted are skipped (json: output "
            "newer than input; jsonl/csv: recorded in OUT.manifest.jsonl) unless --force. Exit 0 when every "
            "input succeeded, 1 when some failed, 2 on usage errors, 130 when interrupted "
            "(run again to resume)."
        ),
    )
    p.add_argument("sources", nargs="+", metavar="SRC", help="a file, a folder (recursive) or a glob")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument(
        "--to", choices=("jsonl", "json", "csv"), default="jsonl", help="output kind (default jsonl)"
    )
    p.add_argument(
        "--workers", type=_positive, metavar="N", help="worker processes (default: the number of cores)"
    )
    p.add_argument("--force", action="store_true", help="convert everything again, from scratch")
    p.add_argument("--retry-failed", action="store_true", help="convert again the inputs that failed before")
    p.add_argument("--scope", metavar="UNIT", help="scope hint for every input")
    p.add_argument(
        "--scope-map",
        metavar="FILE",
        help="JSON or TSV mapping folder/file patterns to scopes (outranks --scope)",
    )
    p.add_argument("--indent", type=_non_negative, metavar="N", help="JSON indent for --to json")
    p.add_argument(
        "--timeout",
        type=_seconds,
        metavar="SECONDS",
        help="give up a file after this long (an error record of kind 'timeout'); default: no limit",
    )
    bar = p.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress", action="store_true", default=None, help="draw the progress bar even if not a TTY"
    )
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    p.set_defaults(progress=None)
    p.add_argument("-q", "--quiet", action="store_true", help="no summary of the run on stderr")
    p.add_argument(
        "--summary",
        action="store_true",
        help="then print a table of the output's figures per unit (documents, figures, per category)",
    )

    p = sub.add_parser(
        "show",
        help="show a report with its figures highlighted (terminal or HTML page)",
        description="Show the report with figures highlighted by category, its footnotes and a figure table.",
    )
    p.add_argument("file", metavar="FILE", help="a file, or - for text on standard input")
    p.add_argument("--html", metavar="OUT", help="write a standalone HTML page instead (- for stdout)")
    p.add_argument("--scope", metavar="UNIT", help="the unit the document belongs to")
    p.add_argument("--format", choices=FORMATS, help="force a reader")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="ANSI colours")

    p = sub.add_parser(
        "eval",
        help="score extraction against gold files",
        description="Extract the documents of a folder and score them against gold files (spec §6).",
    )
    if with_eval:
        from reportextract.evaluation import add_eval_arguments  # noqa: PLC0415 - only for this command

        add_eval_arguments(p)
    return parser


def _positive(text: str) -> int:
    n = _int(text)
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a number >= 1, got {text!r}")
    return n


def _non_negative(text: str) -> int:
    n = _int(text)
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a number >= 0, got {text!r}")
    return n


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a number of seconds > 0, got {text!r}")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: ``sys.argv[1:]``); return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    command = next((a for a in args_list if not a.startswith("-")), None)
    try:
        parser = build_parser(with_eval=command == "eval")
    except ImportError as exc:
        _error(f"the eval command is not available in this installation ({exc})")
        return EXIT_USAGE
    args = parser.parse_args(args_list)  # exits 2 on usage errors
    debug = args.debug
    try:
        if args.command == "extract":
            return _cmd_extract(args)
        if args.command == "convert":
            return _cmd_convert(args)
        if args.command == "show":
            return _cmd_show(args)
        from reportextract.evaluation import run_eval_command  # noqa: PLC0415

        return run_eval_command(args)
    except ConfigurationError as exc:
        _error(str(exc), exc if debug else None)
        return EXIT_USAGE
    except ReportExtractError as exc:
        _error(str(exc), exc if debug else None)
        return EXIT_FAILED
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader of our output went away (``| head``): not an error of ours
        _silence_stdout()
        return EXIT_OK
    except OSError as exc:
        _error(
            f"{exc.filename or ''}{': ' if exc.filename else ''}{exc.strerror or exc}", exc if debug else None
        )
        return EXIT_FAILED
    except Exception as exc:
        _error(
            f"internal error: {type(exc).__name__}: {exc} (this is a bug; --debug shows the traceback)",
            exc if debug else None,
        )
        return EXIT_FAILED


def _error(message: str, exc: BaseException | None = None) -> None:
    if exc is not None:
        traceback.print_exception(exc, file=sys.stderr)
    print(f"{PROG}: error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _write_out(text: str, output: str | None, stream: TextIO | None = None) -> None:
    if output:
        from reportextract.outputs.serialize import atomic_write_text  # noqa: PLC0415

        atomic_write_text(output, text)
    else:
        out = stream or sys.stdout
        out.flush()
        raw = getattr(out, "buffer", None)
        if raw is not None:  # UTF-8 whatever the locale says (JSON is UTF-8)
            raw.write(text.encode("utf-8", "backslashreplace"))
            raw.flush()
        else:
            out.write(text)
            out.flush()


# --------------------------------------------------------------------------- commands


def _cmd_extract(args: argparse.Namespace) -> int:
    import json  # noqa: PLC0415

    from reportextract.pipeline import extract  # noqa: PLC0415

    records = []
    failed = 0
    for path in args.files:
        try:
            records.append(_extract_arg(extract, path, args).to_dict())
        except ReportExtractError as exc:
            _error(str(exc))
            failed += 1
    if failed:
        return EXIT_FAILED
    data = records[0] if len(records) == 1 else records
    _write_out(json.dumps(data, ensure_ascii=False, indent=args.indent or None) + "\n", args.output)
    return EXIT_OK


def _extract_arg(extract: Any, path: str, args: argparse.Namespace) -> Any:
    """Extract a FILE argument; "-" reads the text (bytes) from standard input."""
    fmt = None if args.format == "json" else args.format
    if path == "-":
        data = sys.stdin.buffer.read()
        return extract(data, format=fmt or "txt", name="<stdin>", scope=args.scope)
    return extract(path, format=fmt, scope=args.scope)


def _cmd_convert(args: argparse.Namespace) -> int:
    from reportextract.outputs.batch import convert  # noqa: PLC0415

    result = convert(
        args.sources,
        args.output,
        to=args.to,
        workers=args.workers,
        force=args.force,
        retry_failed=args.retry_failed,
        scope=args.scope,
        scope_map=args.scope_map,
        indent=args.indent,
        timeout=args.timeout,
        progress=args.progress,
    )
    if not args.quiet or result.interrupted:
        print(result.summary(), file=sys.stderr)
    if args.summary and not result.interrupted:
        from reportextract.outputs.batch import iter_output_figures  # noqa: PLC0415
        from reportextract.outputs.show import unit_table  # noqa: PLC0415

        _write_out(unit_table(iter_output_figures(args.output, args.to)), None)
    if result.interrupted:
        return EXIT_INTERRUPTED
    return EXIT_OK if result.ok else EXIT_FAILED


def _cmd_show(args: argparse.Namespace) -> int:
    from reportextract.outputs.show import render_html, render_terminal, write_html  # noqa: PLC0415
    from reportextract.pipeline import extract  # noqa: PLC0415

    report = _extract_arg(extract, args.file, args)
    if args.html == "-":
        _write_out(render_html(report), None)
        return EXIT_OK
    if args.html:
        path = write_html(report, args.html)
        print(f"wrote {path} ({len(report.figures)} figures)", file=sys.stderr)
        return EXIT_OK
    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and os.environ.get("NO_COLOR") is None
    )
    _write_out(render_terminal(report, color=color), None)
    return EXIT_OK
