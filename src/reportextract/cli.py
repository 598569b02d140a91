"""Command line (STUB: `extract` only; the CLI work replaces this)."""

from __future__ import annotations

import argparse
import sys

from reportextract.errors import ReportExtractError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="reportextract")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract")
    p.add_argument("files", nargs="+")
    p.add_argument("--scope")
    args = parser.parse_args(argv)
    from reportextract.pipeline import extract

    try:
        for f in args.files:
            print(extract(f, scope=args.scope).to_json(indent=1))
    except ReportExtractError as exc:
        print(f"reportextract: error: {exc}", file=sys.stderr)
        return 1
    return 0
