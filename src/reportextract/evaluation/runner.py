"""`evaluate()`: run extraction over a folder of documents and score it against gold files."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportextract.errors import ConfigurationError, ReportExtractError
from reportextract.evaluation.gold import Gold, load_gold
from reportextract.evaluation.score import DocScore, confusion, score_document
from reportextract.outputs.serialize import report_dict

#: document formats scored by default (one gold file applies to each of them)
DEFAULT_FORMATS = ("txt", "md", "html", "htm", "docx", "pdf")

ExtractFn = Callable[..., Any]
ProgressFn = Callable[[str, int, int], None]


@dataclass(slots=True)
class EvalResult:
    """What `evaluate` returns; `to_dict()` is the JSON written by ``reportextract eval --json``.

    `corpus` and each entry of `documents` hold the metric tree of spec §6 (``figures.full.f1``,
    ``sections.f1``, ``body_contains.share``, ``metadata.accuracy``, ...); `misses` and
    `spurious` list every unmatched figure with its context and closest candidate; `confusion`
    counts categories and units over the pairs matched at value level.
    """

    corpus: dict[str, Any]
    documents: dict[str, dict[str, Any]]
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    confusion: dict[str, Any] = field(default_factory=dict)

    @property
    def f1(self) -> float | None:
        """The headline score: corpus ``figures.full.f1``."""
        return self.corpus["figures"]["full"]["f1"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "misses": self.misses,
            "spurious": self.spurious,
            "confusion": self.confusion,
        }


def evaluate(
    gold_dir: str | Path,
    docs_dir: str | Path,
    *,
    extract_fn: ExtractFn | None = None,
    formats: Iterable[str] | str | None = None,
    progress: ProgressFn | None = None,
) -> EvalResult:
    """Extract every document of `docs_dir` that has a gold file in `gold_dir` and score it.

    A document ``name.ext`` is scored against ``gold_dir/name.json`` whatever its format (a
    name with more dots, ``name.tcvn3.txt``, also falls back to ``name.json``). `formats`
    limits the extensions (``["txt", "pdf"]`` or ``"txt,pdf"``). `extract_fn(path, scope=...)`
    defaults to `reportextract.extract` and receives the gold `hints.scope`. A document whose
    extraction raises a `ReportExtractError` is scored as an empty prediction and its error
    recorded; any other exception (a bug) is recorded the same way, marked as an internal
    error and counted in ``corpus.crashes``, so one bug does not hide every other score.
    `progress(name, index, total)` is called before each document.
    Raises `GoldFileError` for a gold file that does not follow spec §5.
    """
    gold_root, docs_root = Path(gold_dir), Path(docs_dir)
    for what, path in (("gold", gold_root), ("documents", docs_root)):
        if not path.is_dir():
            raise ConfigurationError(f"{what} directory {str(path)!r} does not exist or is not a directory")
    if extract_fn is None:
        from reportextract.pipeline import extract  # noqa: PLC0415 - heavy stages load on first use

        extract_fn = extract
    pairs = find_documents(gold_root, docs_root, formats=formats)
    golds: dict[Path, Gold] = {}
    for _, gold_path in pairs:
        if gold_path not in golds:
            golds[gold_path] = load_gold(gold_path)

    corpus = DocScore()
    documents: dict[str, dict[str, Any]] = {}
    errors = crashes = 0
    for i, (doc_path, gold_path) in enumerate(pairs):
        name = doc_path.relative_to(docs_root).as_posix()
        if progress is not None:
            progress(name, i, len(pairs))
        gold = golds[gold_path]
        started = time.perf_counter()
        error: str | None = None
        prediction: dict[str, Any] | None
        try:
            prediction = report_dict(extract_fn(doc_path, scope=gold.scope_hint))
        except ReportExtractError as exc:
            prediction, error = None, f"{type(exc).__name__}: {exc}"
            errors += 1
        except Exception as exc:  # a bug in extraction: record it loudly and score the rest
            prediction, error = None, f"internal error (a bug in extraction): {type(exc).__name__}: {exc}"
            errors += 1
            crashes += 1
        seconds = time.perf_counter() - started
        doc_score = score_document(gold.data, prediction, document=name)
        corpus.add(doc_score)
        documents[name] = {
            **doc_score.to_dict(),
            "gold": gold.name,
            "error": error,
            "seconds": round(seconds, 3),
        }
    corpus_dict = {**corpus.to_dict(), "documents": len(documents), "errors": errors, "crashes": crashes}
    return EvalResult(
        corpus=corpus_dict,
        documents=documents,
        misses=corpus.misses,
        spurious=corpus.spurious,
        confusion=confusion(corpus.value_pairs),
    )


def parse_formats(formats: Iterable[str] | str | None) -> tuple[str, ...]:
    """Normalise ``"txt,.PDF"`` or ``["txt", "pdf"]`` to ``("txt", "pdf")``."""
    if formats is None:
        return DEFAULT_FORMATS
    items = formats.split(",") if isinstance(formats, str) else list(formats)
    out = tuple(dict.fromkeys(f.strip().lower().lstrip(".") for f in items if f.strip()))
    if not out:
        raise ConfigurationError(f"no format given in {formats!r}; name extensions such as 'txt,pdf'")
    return out


def find_documents(
    gold_dir: Path, docs_dir: Path, *, formats: Iterable[str] | str | None = None
) -> list[tuple[Path, Path]]:
    """``(document, gold file)`` pairs, in sorted order of document path.

    Documents are the files directly in `docs_dir` (sub-folders such as the corpus's editable
    sources are not documents; hidden files are skipped); a document without a gold file is left out.
    """
    wanted = set(parse_formats(formats))
    pairs = []
    for path in sorted(docs_dir.iterdir()):
        if path.name.startswith(".") or not path.is_file():
            continue
        if path.suffix.lower().lstrip(".") not in wanted:
            continue
        gold = _gold_for(gold_dir, path.name)
        if gold is not None:
            pairs.append((path, gold))
    return pairs


def _gold_for(gold_dir: Path, file_name: str) -> Path | None:
    stem = file_name.rsplit(".", 1)[0]
    while stem:
        candidate = gold_dir / f"{stem}.json"
        if candidate.is_file():
            return candidate
        if "." not in stem:
            return None
        stem = stem.rsplit(".", 1)[0]
    return None
