"""The layers point one way (import-linter contracts in pyproject.toml), and importing the
package does no heavy work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    done = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "broken" in done.stdout and "0 broken" in done.stdout


def test_import_is_light():
    """`import reportextract` loads no reader, model or lexicon (STYLE: no work at import time)."""
    code = (
        "import sys, reportextract; "
        "heavy = [m for m in ('underthesea', 'pdfplumber', 'docx', 'spacy', 'reportextract.figures', "
        "'reportextract.units.gazetteer') if m in sys.modules]; print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
