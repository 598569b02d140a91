"""Access to the number parser (`reportextract.numbers`) and the unit gazetteer (`reportextract.units`).

Both are sibling packages loaded on first use; the structure stage only calls the functions
named here, so the rest of the stage can be read without knowing their modules.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportextract.numbers import find_dates as _find_dates
from reportextract.numbers import find_doc_numbers as _find_doc_numbers
from reportextract.numbers import parse_doc_number as _parse_doc_number
from reportextract.units import find_units as _find_units


def find_dates(text: str, year: int | None = None) -> list[Any]:
    """Dates, ranges, times and months in `text` (`reportextract.numbers.find_dates`)."""
    return list(_find_dates(text, year=year))


def find_doc_numbers(text: str) -> list[Any]:
    """Document numbers in `text` ("46-KH/TWĐTN-CNĐT")."""
    return list(_find_doc_numbers(text))


def parse_doc_number(text: str) -> Any:
    """One document number decoded (type code, issuer), or None."""
    return _parse_doc_number(text)


def find_units(text: str) -> list[Any]:
    """Unit mentions in `text` with their canonical names (`reportextract.units.find_units`).

    A short text (a body's name) is looked up once: the header's and signature's names come
    back several times per document (issuer, scope) and across documents of one issuer.
    """
    if len(text) <= _SHORT:
        return list(_units_of_name(text))
    return list(_find_units(text))


#: longest text whose unit mentions are kept (names, not paragraphs)
_SHORT = 200


@lru_cache(maxsize=1024)
def _units_of_name(text: str) -> tuple[Any, ...]:
    return tuple(_find_units(text))
