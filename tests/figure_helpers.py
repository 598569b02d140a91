"""Shared helpers of the figure-rule tests: extract a sentence written for a test under a scope and
pick its figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import reportextract
from reportextract.model import Figure


def helpers(default_scope: str) -> tuple[
    Callable[..., list[Figure]], Callable[..., Figure], Callable[..., list[Any]]
]:
    """`figs(text, scope)`, `one(text, value, scope)` and `values(text, scope)` with the test file's
    default scope (each file writes its sentences about the units of one province)."""

    def figs(text: str, scope: str = default_scope) -> list[Figure]:
        return reportextract.extract(text, scope=scope).figures

    def one(text: str, value: Any, scope: str = default_scope) -> Figure:
        """The one figure of `text` with `value` (fails, listing the figures, when not exactly one)."""
        found = [f for f in figs(text, scope) if f.value == value]
        assert len(found) == 1, (value, [(f.value, f.category, f.measure) for f in figs(text, scope)])
        return found[0]

    def values(text: str, scope: str = default_scope) -> list[Any]:
        return [f.value for f in figs(text, scope)]

    return figs, one, values
