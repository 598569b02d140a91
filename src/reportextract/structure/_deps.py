"""Access to the number parser (`reportextract.numbers`) and the unit gazetteer (`reportextract.units`).

Both are sibling packages; the structure stage only calls the functions named here.
"""

from __future__ import annotations

from typing import Any


def find_dates(text: str, year: int | None = None) -> list[Any]:
    try:
        from reportextract.numbers import find_dates as _fd
    except ImportError:  # package entry point not written yet
        from reportextract.numbers.dates import find_dates as _fd
    return list(_fd(text, year=year))


def find_doc_numbers(text: str) -> list[Any]:
    try:
        from reportextract.numbers import find_doc_numbers as _fdn
    except ImportError:
        from reportextract.numbers.docnumbers import find_doc_numbers as _fdn
    return list(_fdn(text))


def parse_doc_number(text: str) -> Any:
    try:
        from reportextract.numbers import parse_doc_number as _pdn
    except ImportError:
        from reportextract.numbers.docnumbers import parse_doc_number as _pdn
    return _pdn(text)


def find_units(text: str) -> list[Any]:
    from reportextract.units import find_units as _fu

    return list(_fu(text))
