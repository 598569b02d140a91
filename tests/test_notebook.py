"""The example notebook `notebooks/reportextract_tour.ipynb` runs from top to bottom.

It is executed with nbclient on the ``python3`` kernel of the running interpreter (ipykernel from the
test extras), from the ``notebooks/`` folder, so the notebook's own search for the repository root is
exercised too. The committed file must keep its outputs cleared.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "reportextract_tour.ipynb"

nbformat = pytest.importorskip("nbformat", reason="nbformat is a test extra")


def _texts(nb: Any) -> list[str]:
    """The text of every output of every code cell: streams and the text/plain of displays."""
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                out.append(o.text)
            elif o.output_type in ("execute_result", "display_data"):
                out.append(o.data.get("text/plain", ""))
    return out


def test_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code cell"
    dirty = [i for i, c in enumerate(code) if c.outputs or c.execution_count is not None]
    assert not dirty, f"code cells {dirty} keep outputs: clear them before committing"


@pytest.fixture(scope="module")
def executed() -> Any:
    pytest.importorskip("nbclient", reason="nbclient is a test extra")
    pytest.importorskip("ipykernel", reason="ipykernel is a test extra")
    pytest.importorskip("matplotlib", reason="matplotlib is a test extra")
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb,
        # per cell: the extraction and evaluation cells each read the whole corpus (760 files, ~1 min on
        # a quiet 2-core machine, several times that under load); the test checks that they run, not speed
        timeout=900,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    client.execute()  # raises CellExecutionError on the first cell that fails
    return nb


@pytest.mark.slow
def test_notebook_runs_without_errors(executed: Any) -> None:
    errors = [
        o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"
    ]
    assert not errors
    assert all(c.execution_count for c in executed.cells if c.cell_type == "code")


@pytest.mark.slow
def test_notebook_shows_the_figure_table(executed: Any) -> None:
    text = "\n".join(_texts(executed))
    m = re.search(r"figure table: (\d+) rows x (\d+) columns from (\d+) documents", text)
    assert m, "the row count of the figure DataFrame was not printed"
    rows, columns, documents = map(int, m.groups())
    assert rows > 100
    assert columns >= 10
    assert documents > 10
    m = re.search(r"extracted (\d+) of (\d+) files; (\d+) failed", text)
    assert m
    assert int(m.group(3)) == 0, "some corpus file failed to extract"


@pytest.mark.slow
def test_notebook_draws_the_chart_and_scores(executed: Any) -> None:
    images = [
        o
        for c in executed.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "display_data" and "image/png" in o.data
    ]
    assert len(images) == 1
    text = "\n".join(_texts(executed))
    m = re.search(r"corpus: (\d+) documents scored, (\d+) with errors", text)
    assert m
    assert int(m.group(1)) > 10
    f1 = re.search(r"figures \(full\)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", text)
    assert f1, "the evaluation table has no figures (full) row"
    assert 0.0 < float(f1.group(3)) <= 1.0
