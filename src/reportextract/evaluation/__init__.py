"""Evaluation: score extraction against hand-labelled gold files (spec §5 format, §6 rules).

Public entry points; `reportextract.evaluate` (the package attribute) is `evaluate` from here.
"""

from __future__ import annotations

from reportextract.evaluation.command import add_eval_arguments, run_eval_command
from reportextract.evaluation.gold import Gold, check_gold, load_gold, schema_path
from reportextract.evaluation.runner import EvalResult, evaluate, find_documents
from reportextract.evaluation.score import DocScore, score_document

__all__ = [
    "DocScore",
    "EvalResult",
    "Gold",
    "add_eval_arguments",
    "check_gold",
    "evaluate",
    "find_documents",
    "load_gold",
    "run_eval_command",
    "schema_path",
    "score_document",
]
