"""reportextract: Vietnamese Youth Union reports to structured, checkable data.

    >>> import reportextract
    >>> report = reportextract.extract("bao-cao.docx")
    >>> report.figures[0].value, report.figures[0].unit

Nothing heavy happens at import: readers, models and lexicons load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportextract.errors import (
    ConfigurationError,
    CorruptFileError,
    EmptyDocumentError,
    EncodingError,
    EncryptedFileError,
    FileMissingError,
    GoldFileError,
    InputError,
    NoTextLayerError,
    ReportExtractError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from reportextract.model import Check, Document, Figure, Footnote, Metadata, Report, Section

if TYPE_CHECKING:
    from reportextract.evaluation import evaluate
    from reportextract.numbers import find_dates, find_quantities, parse_doc_number, parse_number
    from reportextract.outputs.dataframe import to_dataframe
    from reportextract.pipeline import extract
    from reportextract.readers import read

__version__ = "0.1.0"

__all__ = [
    "Check",
    "ConfigurationError",
    "CorruptFileError",
    "Document",
    "EmptyDocumentError",
    "EncodingError",
    "EncryptedFileError",
    "Figure",
    "FileMissingError",
    "Footnote",
    "GoldFileError",
    "InputError",
    "Metadata",
    "NoTextLayerError",
    "Report",
    "ReportExtractError",
    "Section",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "evaluate",
    "extract",
    "find_dates",
    "find_quantities",
    "parse_doc_number",
    "parse_number",
    "read",
    "to_dataframe",
]

_LAZY = {
    "extract": ("reportextract.pipeline", "extract"),
    "read": ("reportextract.readers", "read"),
    "evaluate": ("reportextract.evaluation", "evaluate"),
    "parse_number": ("reportextract.numbers", "parse_number"),
    "find_quantities": ("reportextract.numbers", "find_quantities"),
    "find_dates": ("reportextract.numbers", "find_dates"),
    "parse_doc_number": ("reportextract.numbers", "parse_doc_number"),
    "to_dataframe": ("reportextract.outputs.dataframe", "to_dataframe"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib  # noqa: PLC0415 - lazy exports: nothing heavy at import

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'reportextract' has no attribute {name!r}")
