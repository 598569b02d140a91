"""``python -m reportextract``: the command line (see `reportextract.cli`)."""

from reportextract.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
