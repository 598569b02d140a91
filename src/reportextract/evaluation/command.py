"""The ``reportextract eval`` command: arguments, the printed report, the exit code.

The CLI module wires these as a subcommand::

    p = sub.add_parser("eval", help="score extraction against gold files")
    add_eval_arguments(p)
    ...
    return run_eval_command(args)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from reportextract.errors import ReportExtractError
from reportextract.evaluation.runner import EvalResult, evaluate
from reportextract.outputs.serialize import atomic_write_text

#: columns of the per-document table: (header, path into the metric tree)
_COLUMNS = (
    ("full", ("figures", "full", "f1")),
    ("u+v", ("figures", "unit_value", "f1")),
    ("value", ("figures", "value", "f1")),
    ("qual", ("figures", "qualifier_accuracy")),
    ("sect", ("sections", "f1")),
    ("fnote", ("footnotes", "f1")),
    ("anch", ("footnote_anchor_accuracy",)),
    ("body", ("body_contains", "share")),
    ("refs", ("references", "f1")),
    ("meta", ("metadata", "accuracy")),
    ("dates", ("metadata", "event_dates", "f1")),
)


def add_eval_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the options of ``reportextract eval`` to `parser`."""
    parser.add_argument(
        "--gold", required=True, type=Path, help="folder of gold files (<document name>.json)"
    )
    parser.add_argument("--docs", required=True, type=Path, help="folder of documents to extract and score")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write every number to this JSON file")
    parser.add_argument(
        "--min-f1", type=float, metavar="X", help="exit with status 1 when corpus figures.full F1 is below X"
    )
    parser.add_argument(
        "--misses",
        default="all",
        metavar="N|all",
        type=_misses_arg,
        help="how many missed and spurious figures to list (default: all)",
    )
    parser.add_argument(
        "--format",
        dest="formats",
        metavar="txt,pdf",
        help="score only these formats (comma-separated extensions)",
    )


def _misses_arg(text: str) -> int | None:
    if text.strip().lower() == "all":
        return None
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number or 'all', got {text!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("expected a number >= 0 or 'all'")
    return n


def run_eval_command(
    args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run ``reportextract eval`` with parsed `args`; return the exit status.

    0: done (and figures.full F1 >= --min-f1 when given); 1: F1 below --min-f1;
    2: the run could not be done (bad gold file, missing folder), with the reason on stderr.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    try:
        result = evaluate(args.gold, args.docs, formats=getattr(args, "formats", None))
        if getattr(args, "json", None):
            atomic_write_text(args.json, json.dumps(result.to_dict(), ensure_ascii=False, indent=1) + "\n")
    except (ReportExtractError, OSError) as exc:
        print(f"reportextract eval: error: {exc}", file=err)
        return 2
    misses = getattr(args, "misses", None)
    out.write(format_result(result, misses=misses))
    f1 = result.f1
    min_f1 = getattr(args, "min_f1", None)
    if min_f1 is not None and (f1 is None or f1 < min_f1):
        shown = "null" if f1 is None else f"{f1:.3f}"
        print(f"reportextract eval: figures.full F1 {shown} is below --min-f1 {min_f1}", file=err)
        return 1
    return 0


# --------------------------------------------------------------------------- text report


def format_result(result: EvalResult, *, misses: int | None = None) -> str:
    """The printed report: per-document table, corpus totals, misses/spurious, confusion tables."""
    lines: list[str] = []
    width = max([len("document"), *(min(len(n), 40) for n in result.documents)])
    header = f"{'document':<{width}}  " + " ".join(f"{h:>5}" for h, _ in _COLUMNS) + "  error"
    lines += [header, "-" * len(header)]
    for name, doc in result.documents.items():
        shown = name if len(name) <= width else "…" + name[-(width - 1) :]
        error = doc.get("error") or ""
        if len(error) > 70:
            error = error[:69] + "…"
        lines.append(f"{shown:<{width}}  " + _row(doc) + (f"  {error}" if error else ""))
    lines.append("-" * len(header))
    corpus = result.corpus
    lines.append(f"{'corpus':<{width}}  " + _row(corpus))
    lines.append("")
    lines.append(
        f"corpus: {corpus['documents']} documents, {corpus['errors']} with errors"
        + (f" ({corpus['crashes']} internal errors: bugs)" if corpus.get("crashes") else "")
    )
    figs = corpus["figures"]
    for level in ("full", "unit_value", "value"):
        m = figs[level]
        lines.append(
            f"  figures.{level:<10} P {_fmt(m['precision'])}  R {_fmt(m['recall'])}  F1 {_fmt(m['f1'])}"
            f"   tp {m['tp']}  fp {m['fp']}  fn {m['fn']}"
        )
    lines.append(
        f"  qualifier_accuracy {_fmt(figs['qualifier_accuracy'])}"
        f"   footnote_accuracy {_fmt(figs['footnote_accuracy'])}"
    )
    for name in ("sections", "footnotes", "references"):
        m = corpus[name]
        lines.append(f"  {name:<18} P {_fmt(m['precision'])}  R {_fmt(m['recall'])}  F1 {_fmt(m['f1'])}")
    body = corpus["body_contains"]
    lines.append(f"  footnote_anchor_accuracy {_fmt(corpus['footnote_anchor_accuracy'])}")
    lines.append(f"  body_contains      {_fmt(body['share'])} ({body['found']}/{body['total']})")
    meta = corpus["metadata"]
    fields = "  ".join(f"{k} {_fmt(v)}" for k, v in meta["fields"].items())
    lines.append(f"  metadata.accuracy  {_fmt(meta['accuracy'])}   {fields}")
    lines.append(f"  metadata.event_dates F1 {_fmt(meta['event_dates']['f1'])}")
    lines.append("")
    lines += _figure_list("missed", result.misses, misses)
    lines += _figure_list("spurious", result.spurious, misses)
    lines += _confusion_lines(result.confusion)
    return "\n".join(lines) + "\n"


def _row(metrics: dict[str, Any]) -> str:
    return " ".join(f"{_fmt(_get(metrics, path)):>5}" for _, path in _COLUMNS)


def _get(tree: dict[str, Any], path: tuple[str, ...]) -> Any:
    node: Any = tree
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _figure_list(title: str, items: list[dict[str, Any]], cap: int | None) -> list[str]:
    shown = items if cap is None else items[:cap]
    more = f", showing {len(shown)}" if len(shown) < len(items) else ""
    lines = [f"{title} figures ({len(items)}{more}):"]
    for it in shown:
        fn = f" [footnote {it['footnote']}]" if it.get("footnote") else ""
        qual = f" {it['qualifier']}" if it.get("qualifier") else ""
        lines.append(
            f"  {it['document']}: {_value(it['value'])}{qual} | {it['unit']} | {it['category']}"
            f" | {it['measure'] or '-'}{fn}"
        )
        if it.get("context"):
            lines.append(f"      “{it['context']}”")
        lines.append(f"      -> {it['explanation']}")
    lines.append("")
    return lines


def _value(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:,}"
    return repr(value)


def _confusion_lines(conf: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    cats = conf.get("category") or {}
    if cats:
        predicted = sorted({p for row in cats.values() for p in row})
        corner = "gold \\ predicted"
        w = max(len(corner), *(len(g) for g in cats))
        widths = {p: max(4, len(p)) for p in predicted}
        lines.append("category confusion (pairs matched at value level; rows gold, columns predicted):")
        lines.append(f"  {corner:<{w}} " + " ".join(f"{p:>{widths[p]}}" for p in predicted))
        for g, row in cats.items():
            lines.append(f"  {g:<{w}} " + " ".join(f"{row.get(p, 0) or '.':>{widths[p]}}" for p in predicted))
        lines.append("")
    wrong_units = [(n, g, p) for g, row in (conf.get("unit") or {}).items() for p, n in row.items() if p != g]
    if wrong_units:
        lines.append("unit confusion (gold -> predicted, pairs matched at value level with another unit):")
        lines += [
            f"  {n:>4}  {g} -> {p}" for n, g, p in sorted(wrong_units, key=lambda t: (-t[0], t[1], t[2]))
        ]
        lines.append("")
    return lines
