"""`reportextract eval` on real documents: the development set ``../shared/real`` (skipped when
absent) and the repository's own corpus (``corpora/`` scored against ``gold/``, skipped when empty).

These tests check that evaluation runs end to end, within the time budget, produces every metric
of spec §6, and that accuracy stays at or above the floors in the two dicts below (raise them as
the library improves; a drop below a floor fails CI).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from reportextract.evaluation import EvalResult, evaluate

#: floors for the development set ../shared/real (corpus-level, dotted paths into EvalResult.corpus);
#: set a little under the accuracy reached (issue 5 and 6 targets as the lower bound) so that a
#: regression fails CI
REAL_THRESHOLDS: dict[str, float] = {
    "figures.full.f1": 0.97,
    "figures.unit_value.f1": 0.97,
    "figures.value.f1": 0.98,
    "figures.qualifier_accuracy": 0.95,
    "sections.f1": 0.95,
    "footnotes.f1": 1.0,
    "footnote_anchor_accuracy": 1.0,
    "body_contains.share": 1.0,
    "references.f1": 0.95,
    "metadata.accuracy": 0.95,
}
#: floors for the repository's corpus (corpora/ + gold/), written apart from the rules
REPO_CORPUS_THRESHOLDS: dict[str, float] = {
    "figures.full.f1": 0.98,
    "figures.unit_value.f1": 0.985,
    "figures.value.f1": 0.99,
    "figures.qualifier_accuracy": 0.95,
    "sections.f1": 0.95,
    "footnotes.f1": 0.98,
    "footnote_anchor_accuracy": 0.98,
    "body_contains.share": 0.97,
    "references.f1": 0.95,
    "metadata.accuracy": 0.95,
}

#: spec §6 metric paths that every run must produce (value may be null where nothing is scored)
METRIC_PATHS = (
    "figures.value.precision",
    "figures.value.recall",
    "figures.value.f1",
    "figures.unit_value.f1",
    "figures.full.precision",
    "figures.full.recall",
    "figures.full.f1",
    "figures.qualifier_accuracy",
    "figures.footnote_accuracy",
    "sections.f1",
    "footnotes.f1",
    "footnote_anchor_accuracy",
    "body_contains.share",
    "references.f1",
    "metadata.accuracy",
    "metadata.fields.doc_type",
    "metadata.fields.signer.title",
    "metadata.event_dates.f1",
)

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"


def lookup(tree: dict[str, Any], path: str) -> Any:
    """Follow a dotted path; "fields.signer.title" keeps the dotted field name."""
    node: Any = tree
    parts = path.split(".")
    i = 0
    while i < len(parts):
        if not isinstance(node, dict):
            raise KeyError(path)
        key = parts[i]
        if key not in node and i + 1 < len(parts) and f"{key}.{parts[i + 1]}" in node:
            key, i = f"{key}.{parts[i + 1]}", i + 1
        node = node[key]
        i += 1
    return node


@pytest.fixture(scope="module")
def real_result() -> tuple[EvalResult, float]:
    if not (REAL / "gold").is_dir() or not (REAL / "docs").is_dir():
        pytest.skip("../shared/real is absent")
    started = time.perf_counter()
    result = evaluate(REAL / "gold", REAL / "docs")
    return result, time.perf_counter() - started


@pytest.fixture(scope="module")
def repo_result() -> EvalResult:
    gold, docs = ROOT / "gold", ROOT / "corpora"
    if not gold.is_dir() or not docs.is_dir() or not any(gold.glob("*.json")):
        pytest.skip("the repository has no corpus with gold yet")
    result = evaluate(gold, docs)
    if not result.documents:
        pytest.skip("no document in corpora/ has a gold file")
    return result


@pytest.mark.real
def test_real_eval_runs_on_every_document(real_result):
    result, _seconds = real_result
    names = {p.name for p in (REAL / "docs").iterdir()}
    assert set(result.documents) == names


@pytest.mark.real
@pytest.mark.parametrize("path", METRIC_PATHS)
def test_real_eval_produces_every_metric(real_result, path):
    result, _ = real_result
    value = lookup(result.corpus, path)
    assert value is None or 0.0 <= value <= 1.0
    for doc in result.documents.values():
        lookup(doc, path)


@pytest.mark.real
def test_real_eval_headline_is_a_number(real_result):
    result, _ = real_result
    assert isinstance(result.corpus["figures"]["full"]["f1"], float)
    assert result.corpus["figures"]["full"]["tp"] + result.corpus["figures"]["full"]["fn"] > 0


@pytest.mark.real
@pytest.mark.parametrize(("path", "floor"), sorted(REAL_THRESHOLDS.items()))
def test_real_eval_meets_threshold(real_result, path, floor):
    result, _ = real_result
    value = lookup(result.corpus, path)
    assert isinstance(value, float), f"{path} is {value!r}"
    assert value >= floor, f"{path} = {value:.3f} < {floor}"


@pytest.mark.parametrize(("path", "floor"), sorted(REPO_CORPUS_THRESHOLDS.items()))
def test_repo_corpus_meets_threshold(repo_result, path, floor):
    value = lookup(repo_result.corpus, path)
    if value is None:
        pytest.skip(f"{path}: nothing to score in the repository corpus")
    assert value >= floor, f"{path} = {value:.3f} < {floor}"
