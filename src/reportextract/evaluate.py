"""Measure extraction accuracy against gold files: `evaluate()` and the ``reportextract eval`` command.

    >>> from reportextract.evaluate import evaluate
    >>> result = evaluate("gold/", "corpora/")
    >>> result.corpus["figures"]["full"]["f1"]

The work is done in the `reportextract.evaluation` package; this module is its public face.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from reportextract.evaluation import (
    DocScore,
    EvalResult,
    Gold,
    add_eval_arguments,
    check_gold,
    evaluate,
    find_documents,
    load_gold,
    run_eval_command,
    schema_path,
    score_document,
)

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


class _CallableModule(types.ModuleType):
    """Importing this module makes ``reportextract.evaluate`` the module rather than the function
    the package's lazy ``__getattr__`` promises; calling the module calls the function."""

    def __call__(self, *args: Any, **kwargs: Any) -> EvalResult:
        return evaluate(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
