"""Reading gold files (spec §5).

A gold file is `gold/<document name without extension>.json` and applies to every document
of that name whatever its format. `load_gold` checks everything the scorer reads and raises
`GoldFileError` naming the file, the place in it and the problem; the full format is also
written as a JSON Schema in ``reportextract/data/gold.schema.json`` (checked by the tests
against every gold file).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportextract.errors import GoldFileError

SCHEMA_ID = "reportextract.gold/v1"

#: spec §2.4
CATEGORIES = (
    "money",
    "teams",
    "participants",
    "beneficiaries",
    "procedures",
    "works",
    "events",
    "items",
    "coverage",
    "other",
)
#: spec §2.5 (plus null)
QUALIFIERS = ("more_than", "nearly", "about", "at_least", "at_most")

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATE_OR_RANGE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:/\d{4}-\d{2}-\d{2})?$")
_TOP_KEYS = {
    "schema",
    "document",
    "metadata",
    "sections",
    "footnotes",
    "body_contains",
    "figures",
    "hints",
    "notes",
}
_METADATA_STR_KEYS = ("doc_type", "title", "issuer", "scope", "number")
_METADATA_KEYS = {*_METADATA_STR_KEYS, "date", "event_dates", "references", "signer", "recipients"}
_FIGURE_KEYS = {"unit", "value", "category", "qualifier", "measure", "footnote", "evidence"}


@dataclass(slots=True)
class Gold:
    """One validated gold file; `data` is the parsed JSON, unchanged."""

    path: Path
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def scope_hint(self) -> str | None:
        hints = self.data.get("hints") or {}
        return hints.get("scope")


def schema_path() -> Path:
    """Path of the JSON Schema of the gold format."""
    return Path(__file__).resolve().parent.parent / "data" / "gold.schema.json"


def load_gold(path: str | Path) -> Gold:
    """Read and check one gold file; raise `GoldFileError` if it does not follow spec §5."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"cannot read gold file: {exc}", source=str(path)) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GoldFileError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the file",
            source=str(path),
        ) from exc
    problems = check_gold(data)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise GoldFileError(
            f"not a gold file of format {SCHEMA_ID}: {problems[0]}{more}; see spec §5", source=str(path)
        )
    return Gold(path=path, data=data)


def check_gold(data: Any) -> list[str]:
    """Every problem found in a parsed gold file, as ``"<where>: <problem>"`` strings."""
    out: list[str] = []
    if not isinstance(data, dict):
        return [f"top level: expected an object, got {_kind(data)}"]
    if data.get("schema") != SCHEMA_ID:
        out.append(f"schema: expected {SCHEMA_ID!r}, got {data.get('schema')!r}")
    if not isinstance(data.get("document"), str):
        out.append("document: expected the document's file name (a string)")
    _unknown(data, _TOP_KEYS, "", out)
    if "metadata" in data:
        _check_metadata(data["metadata"], out)
    if "sections" in data:
        for i, s in _items(data["sections"], "sections", out):
            where = f"sections[{i}]"
            _unknown(s, {"number", "title", "level"}, where, out)
            _need(s, "number", str, where, out)
            _need(s, "title", str, where, out)
            if not isinstance(s.get("level"), int) or isinstance(s.get("level"), bool) or s["level"] < 1:
                out.append(f"{where}.level: expected an integer >= 1, got {s.get('level')!r}")
    if "footnotes" in data:
        for i, f in _items(data["footnotes"], "footnotes", out):
            where = f"footnotes[{i}]"
            _unknown(f, {"id", "anchor", "starts"}, where, out)
            _need(f, "id", str, where, out)
            _need(f, "starts", str, where, out)
            _need(f, "anchor", (str, type(None)), where, out)
    if "body_contains" in data:
        _str_list(data["body_contains"], "body_contains", out)
    if "figures" in data:
        for i, f in _items(data["figures"], "figures", out):
            _check_figure(f, f"figures[{i}]", out)
    if "hints" in data:
        hints = data["hints"]
        if not isinstance(hints, dict):
            out.append(f"hints: expected an object, got {_kind(hints)}")
        elif "scope" in hints and not isinstance(hints["scope"], (str, type(None))):
            out.append("hints.scope: expected a string or null")
    if "notes" in data and not isinstance(data["notes"], (str, list)):
        out.append("notes: expected a string or a list of strings")
    return out


def _check_metadata(meta: Any, out: list[str]) -> None:
    if not isinstance(meta, dict):
        out.append(f"metadata: expected an object, got {_kind(meta)}")
        return
    _unknown(meta, _METADATA_KEYS, "metadata", out)
    out.extend(
        f"metadata.{key}: expected a string or null, got {_kind(meta[key])}"
        for key in _METADATA_STR_KEYS
        if key in meta and not isinstance(meta[key], (str, type(None)))
    )
    if (
        "date" in meta
        and meta["date"] is not None
        and not (isinstance(meta["date"], str) and _ISO_DATE.match(meta["date"]))
    ):
        out.append(f"metadata.date: expected an ISO date YYYY-MM-DD or null, got {meta['date']!r}")
    if "event_dates" in meta:
        for i, d in enumerate(_str_list(meta["event_dates"], "metadata.event_dates", out)):
            if not _ISO_DATE_OR_RANGE.match(d):
                out.append(
                    f"metadata.event_dates[{i}]: expected YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD, got {d!r}"
                )
    if "references" in meta:
        for i, r in _items(meta["references"], "metadata.references", out):
            where = f"metadata.references[{i}]"
            _unknown(r, {"number", "date"}, where, out)
            _need(r, "number", str, where, out)
            if "date" not in r:
                out.append(f"{where}.date: missing (write null when the reference gives no date)")
            date = r.get("date")
            if date is not None and not (isinstance(date, str) and _ISO_DATE.match(date)):
                out.append(f"{where}.date: expected an ISO date or null, got {date!r}")
    if "signer" in meta and meta["signer"] is not None:
        signer = meta["signer"]
        if not isinstance(signer, dict):
            out.append(f"metadata.signer: expected {{name, title}} or null, got {_kind(signer)}")
        else:
            _unknown(signer, {"name", "title"}, "metadata.signer", out)
            out.extend(
                f"metadata.signer.{key}: expected a string or null"
                for key in ("name", "title")
                if key in signer and not isinstance(signer[key], (str, type(None)))
            )
    if "recipients" in meta:
        _str_list(meta["recipients"], "metadata.recipients", out)


def _check_figure(f: dict[str, Any], where: str, out: list[str]) -> None:
    _unknown(f, _FIGURE_KEYS, where, out)
    value = f.get("value")
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        out.append(f"{where}.value: expected a number, got {value!r}")
    if "unit" not in f:
        out.append(f"{where}.unit: missing (write null for a figure no unit owns)")
    elif not isinstance(f["unit"], (str, type(None))):
        out.append(f"{where}.unit: expected a string or null, got {_kind(f['unit'])}")
    if f.get("category") not in CATEGORIES:
        out.append(f"{where}.category: expected one of {', '.join(CATEGORIES)}, got {f.get('category')!r}")
    if "qualifier" in f and f["qualifier"] is not None and f["qualifier"] not in QUALIFIERS:
        out.append(
            f"{where}.qualifier: expected null or one of {', '.join(QUALIFIERS)}, got {f['qualifier']!r}"
        )
    out.extend(
        f"{where}.{key}: expected a string, got {_kind(f[key])}"
        for key in ("measure", "evidence")
        if key in f and not isinstance(f[key], str)
    )
    if "footnote" in f and not isinstance(f["footnote"], (str, type(None))):
        out.append(f"{where}.footnote: expected a footnote id (string) or null")


def _items(value: Any, where: str, out: list[str]) -> list[tuple[int, dict[str, Any]]]:
    if not isinstance(value, list):
        out.append(f"{where}: expected a list, got {_kind(value)}")
        return []
    good = []
    for i, item in enumerate(value):
        if isinstance(item, dict):
            good.append((i, item))
        else:
            out.append(f"{where}[{i}]: expected an object, got {_kind(item)}")
    return good


def _str_list(value: Any, where: str, out: list[str]) -> list[str]:
    if not isinstance(value, list):
        out.append(f"{where}: expected a list of strings, got {_kind(value)}")
        return []
    good = []
    for i, item in enumerate(value):
        if isinstance(item, str):
            good.append(item)
        else:
            out.append(f"{where}[{i}]: expected a string, got {_kind(item)}")
    return good


def _unknown(obj: dict[str, Any], allowed: set[str], where: str, out: list[str]) -> None:
    prefix = f"{where}." if where else ""
    out.extend(f"{prefix}{key}: unknown key" for key in sorted(set(obj) - allowed))


def _need(obj: dict[str, Any], key: str, types: type | tuple[type, ...], where: str, out: list[str]) -> None:
    if key not in obj:
        out.append(f"{where}.{key}: missing")
    elif not isinstance(obj[key], types):
        out.append(f"{where}.{key}: expected {_type_names(types)}, got {_kind(obj[key])}")


def _type_names(types: type | tuple[type, ...]) -> str:
    names = {"str": "a string", "NoneType": "null", "int": "an integer", "float": "a number"}
    seq = types if isinstance(types, tuple) else (types,)
    return " or ".join(names.get(t.__name__, t.__name__) for t in seq)


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null", bool: "a boolean"}.get(
        type(value), type(value).__name__
    )
