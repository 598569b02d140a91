"""How Vietnamese reports write quantities, dates and document numbers; usable on any string.

    >>> from reportextract.numbers import parse_number, find_quantities
    >>> parse_number("17,5 tỉ đồng")
    17500000000
    >>> [(q.value, q.kind, q.nonfigure) for q in find_quantities("năm 2023 có 8.884 đoàn viên")]
    [(2023, 'number', 'year'), (8884, 'number', None)]

This package depends on nothing else of ``reportextract``. Its keyword tables live in
``numbers/data/*.tsv`` and are read lazily on first use.
"""

from __future__ import annotations

from reportextract.numbers.dates import DateMention, find_dates
from reportextract.numbers.docnumbers import DocNumber, find_doc_numbers, parse_doc_number
from reportextract.numbers.quantities import Quantity, find_quantities, parse_number

__all__ = [
    "DateMention",
    "DocNumber",
    "Quantity",
    "find_dates",
    "find_doc_numbers",
    "find_quantities",
    "parse_doc_number",
    "parse_number",
]
