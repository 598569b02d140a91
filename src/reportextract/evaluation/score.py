"""Scoring one prediction against one gold file (spec §6).

`score_document(gold, prediction)` takes the parsed gold file and the prediction as a plain
dict (``Report.to_dict()``, or the JSON that ``reportextract extract`` prints) and returns a
`DocScore`. Document scores add up into the corpus score (micro averages: counts are summed,
then rates computed), so one `to_dict` serves both.

A gold key left out is not scored (its metrics stay null and predictions for it are not
counted as spurious); a key that is present, even empty, is scored.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from reportextract.evaluation.compare import (
    VALUE_TOLERANCE,
    Counts,
    Share,
    as_number,
    compact_key,
    max_matching,
    multiset_counts,
    running_text_key,
    text_key,
    unit_key,
    values_equal,
)

#: the metadata fields whose exact match is scored, in output order (spec §6)
METADATA_FIELDS = ("doc_type", "issuer", "scope", "number", "date", "signer.name", "signer.title")
#: the three figure levels of spec §6, from loosest to strictest
FIGURE_LEVELS = ("value", "unit_value", "full")
_CONTEXT_CHARS = 60


@dataclass(slots=True)
class Fig:
    """A figure prepared for comparison (gold or predicted)."""

    index: int
    value: float
    unit: str | None
    category: str
    qualifier: str | None
    footnote: str | None
    measure: str
    raw: dict[str, Any]
    #: whether the gold file states the qualifier / footnote (a key left out is not scored)
    has_qualifier: bool = True
    has_footnote: bool = True
    ukey: str = ""
    mkey: str = ""

    def __post_init__(self) -> None:
        self.ukey = unit_key(self.unit)
        self.mkey = text_key(self.measure)


@dataclass(slots=True)
class DocScore:
    """Counts for one document, or summed over a corpus."""

    figures: dict[str, Counts] = field(default_factory=lambda: {lvl: Counts() for lvl in FIGURE_LEVELS})
    qualifier: Share = field(default_factory=Share)
    footnote: Share = field(default_factory=Share)
    sections: Counts = field(default_factory=Counts)
    footnotes: Counts = field(default_factory=Counts)
    anchors: Share = field(default_factory=Share)
    body: Share = field(default_factory=Share)
    references: Counts = field(default_factory=Counts)
    metadata: dict[str, Share] = field(default_factory=lambda: {f: Share() for f in METADATA_FIELDS})
    event_dates: Counts = field(default_factory=Counts)
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    #: (gold category, predicted category, gold unit, predicted unit) of each pair matched at value level
    value_pairs: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, other: DocScore) -> None:
        """Add another document's counts to these (micro averaging)."""
        for lvl in FIGURE_LEVELS:
            self.figures[lvl].add(other.figures[lvl])
        for mine, theirs in (
            (self.qualifier, other.qualifier),
            (self.footnote, other.footnote),
            (self.anchors, other.anchors),
            (self.body, other.body),
        ):
            mine.add(theirs)
        for mine_c, theirs_c in (
            (self.sections, other.sections),
            (self.footnotes, other.footnotes),
            (self.references, other.references),
            (self.event_dates, other.event_dates),
        ):
            mine_c.add(theirs_c)
        for name in METADATA_FIELDS:
            self.metadata[name].add(other.metadata[name])
        self.misses.extend(other.misses)
        self.spurious.extend(other.spurious)
        self.value_pairs.extend(other.value_pairs)

    def to_dict(self) -> dict[str, Any]:
        """The metric tree of spec §6 (the same for a document and for the corpus)."""
        meta_all = Share()
        for share in self.metadata.values():
            meta_all.add(share)
        return {
            "figures": {
                **{lvl: self.figures[lvl].to_dict() for lvl in FIGURE_LEVELS},
                "qualifier_accuracy": self.qualifier.value,
                "footnote_accuracy": self.footnote.value,
            },
            "sections": self.sections.to_dict(),
            "footnotes": self.footnotes.to_dict(),
            "footnote_anchor_accuracy": self.anchors.value,
            "body_contains": {"share": self.body.value, "found": self.body.hits, "total": self.body.total},
            "references": self.references.to_dict(),
            "metadata": {
                "accuracy": meta_all.value,
                "correct": meta_all.hits,
                "scored": meta_all.total,
                "fields": {name: share.value for name, share in self.metadata.items()},
                "event_dates": self.event_dates.to_dict(),
            },
        }


# --------------------------------------------------------------------------- entry point


def score_document(
    gold: dict[str, Any], prediction: dict[str, Any] | None, *, document: str = ""
) -> DocScore:
    """Score one prediction (a ``Report.to_dict()``-shaped dict, or None for no output) against gold."""
    pred = prediction or {}
    score = DocScore()
    if "figures" in gold:
        _score_figures(gold["figures"], pred, score, document)
    if "sections" in gold:
        score.sections = multiset_counts(
            (_section_key(s) for s in gold["sections"]), (_section_key(s) for s in _list(pred, "sections"))
        )
    if "footnotes" in gold:
        _score_footnotes(gold["footnotes"], _list(pred, "footnotes"), score)
    if "body_contains" in gold:
        body = running_text_key(pred.get("body") or "")
        for needle in gold["body_contains"]:
            score.body.count(text_key(needle) in body)
    if "metadata" in gold:
        _score_metadata(gold["metadata"], pred.get("metadata") or {}, score)
    return score


# --------------------------------------------------------------------------- figures


def gold_figures(items: list[dict[str, Any]]) -> list[Fig]:
    return [
        Fig(
            index=i,
            value=float(f["value"]),
            unit=f.get("unit"),
            category=_category(f.get("category")),
            qualifier=f.get("qualifier"),
            footnote=_footnote_id(f.get("footnote")),
            measure=f.get("measure") or "",
            raw=f,
            has_qualifier="qualifier" in f,
            has_footnote="footnote" in f,
        )
        for i, f in enumerate(items)
    ]


def predicted_figures(items: list[dict[str, Any]]) -> tuple[list[Fig], list[dict[str, Any]]]:
    """Predicted figures ready for matching, and those whose value is not a number."""
    out: list[Fig] = []
    invalid: list[dict[str, Any]] = []
    for i, f in enumerate(items):
        value = as_number(f.get("value"))
        if value is None or not math.isfinite(value):
            invalid.append(f)
            continue
        out.append(
            Fig(
                index=i,
                value=value,
                unit=f.get("unit"),
                category=_category(f.get("category")),
                qualifier=f.get("qualifier") or None,
                footnote=_footnote_id(f.get("footnote")),
                measure=f.get("measure") or "",
                raw=f,
            )
        )
    return out, invalid


def _category(cat: Any) -> str:
    return str(cat).strip().casefold() if cat else ""


def _footnote_id(fid: Any) -> str | None:
    if fid is None:
        return None
    s = str(fid).strip()
    return s or None


def _preference(g: Fig, p: Fig) -> tuple[int, ...]:
    """Among pairs with equal values, keep the one agreeing on most, in this order."""
    return (
        int(g.ukey == p.ukey),
        int(g.category == p.category),
        int(g.footnote == p.footnote),
        int(g.qualifier == p.qualifier),
        int(bool(g.mkey) and g.mkey == p.mkey),
    )


_COMPATIBLE = {
    "value": lambda g, p: values_equal(p.value, g.value),
    "unit_value": lambda g, p: g.ukey == p.ukey and values_equal(p.value, g.value),
    "full": lambda g, p: g.ukey == p.ukey and g.category == p.category and values_equal(p.value, g.value),
}


def _score_figures(
    gold_items: list[dict[str, Any]], pred: dict[str, Any], score: DocScore, document: str
) -> None:
    gold = gold_figures(gold_items)
    preds, invalid = predicted_figures(_list(pred, "figures"))
    order = sorted(range(len(preds)), key=lambda j: preds[j].value)
    values = [preds[j].value for j in order]

    windows: list[list[int]] = []
    for g in gold:
        slack = 2 * VALUE_TOLERANCE * max(1.0, abs(g.value))  # wide pre-filter; `values_equal` decides
        lo, hi = bisect_left(values, g.value - slack), bisect_right(values, g.value + slack)
        windows.append(order[lo:hi])

    matches: dict[str, list[tuple[int, int]]] = {}
    for lvl in FIGURE_LEVELS:
        pairs = max_matching(gold, preds, windows.__getitem__, _COMPATIBLE[lvl], _preference)
        matches[lvl] = pairs
        tp = len(pairs)
        score.figures[lvl] = Counts(tp=tp, fp=len(preds) + len(invalid) - tp, fn=len(gold) - tp)

    for gi, pj in matches["full"]:
        g, p = gold[gi], preds[pj]
        if g.has_qualifier:
            score.qualifier.count(g.qualifier == p.qualifier)
        if g.has_footnote:
            score.footnote.count(g.footnote == p.footnote)
    for gi, pj in matches["value"]:
        g, p = gold[gi], preds[pj]
        p_unit = _unit_label(g.unit) if g.ukey == p.ukey else _unit_label(p.unit)
        score.value_pairs.append((g.category, p.category, _unit_label(g.unit), p_unit))

    gold_used = {gi for gi, _ in matches["full"]}
    pred_used = {pj for _, pj in matches["full"]}
    for g in gold:
        if g.index not in gold_used:
            score.misses.append(
                _diagnosis(g, preds, pred_used, document, side="predicted", context=g.raw.get("evidence", ""))
            )
    for j, p in enumerate(preds):
        if j not in pred_used:
            score.spurious.append(
                _diagnosis(p, gold, gold_used, document, side="gold", context=_pred_context(pred, p.raw))
            )
    for raw in invalid:
        score.spurious.append(
            {
                "document": document,
                **{k: raw.get(k) for k in ("value", "unit", "category", "qualifier", "measure", "footnote")},
                "context": _pred_context(pred, raw),
                "span": raw.get("span"),
                "where": raw.get("where", "body"),
                "closest": None,
                "explanation": "the predicted value is not a finite number",
            }
        )


def _unit_label(unit: str | None) -> str:
    return unit if unit else "null"


def _relation(a: Fig, b: Fig, side: str) -> tuple[int, str] | None:
    """How figure `b` relates to `a`: a rank (lower = closer) and a phrase.

    `side` names b's side ("predicted" when `a` is a missed gold figure, "gold" when it is a
    spurious prediction); the tolerance of spec §6 is taken around the gold value.
    """
    gold_is_a = side == "predicted"
    v_eq = values_equal(b.value, a.value) if gold_is_a else values_equal(a.value, b.value)
    u_eq = a.ukey == b.ukey
    c_eq = a.category == b.category
    if v_eq and u_eq and c_eq:
        if gold_is_a:
            return (
                3,
                "a prediction with this value, unit and category is paired with another mention: one too few",
            )
        return (
            3,
            "the gold figure with this value, unit and category is paired with another mention: one too many",
        )
    if v_eq and u_eq:
        return 0, f"right value and unit, wrong category: {side} {b.category or 'null'}"
    if v_eq and c_eq:
        return 1, f"right value and category, wrong unit: {side} {_unit_label(b.unit)}"
    if v_eq:
        return (
            2,
            f"right value, wrong unit and category: {side} {_unit_label(b.unit)}, {b.category or 'null'}",
        )
    scale = _power_of_ten(a.value, b.value)
    scale_note = f" (off by a factor of 10^{scale})" if scale else ""
    if u_eq and c_eq and a.mkey and a.mkey == b.mkey:
        return 4, f"right unit, category and measure, wrong value: {side} {_num(b.value)}{scale_note}"
    if a.mkey and a.mkey == b.mkey:
        where = f"({_unit_label(b.unit)}, {b.category})"
        return 5, f"same measure, wrong value: {side} {_num(b.value)} {where}{scale_note}"
    if scale and u_eq and c_eq:
        return 6, f"right unit and category, value off by a factor of 10^{scale}: {side} {_num(b.value)}"
    return None


def _power_of_ten(a: float, b: float) -> int:
    """m when b == a * 10**m for a non-zero m (a misread thousands separator, say), else 0."""
    if not a or not b:
        return 0
    k = round(math.log10(abs(a) / abs(b)))
    if k and abs(a - b * 10.0**k) <= VALUE_TOLERANCE * abs(a):
        return -k
    return 0


def _diagnosis(
    fig: Fig, others: list[Fig], others_used: set[int], document: str, *, side: str, context: str
) -> dict[str, Any]:
    """A missed or spurious figure with its context and the closest figure on the other side."""
    gold_is_a = side == "predicted"
    best: tuple[tuple[Any, ...], Fig, str] | None = None
    for j, other in enumerate(others):
        rel = _relation(fig, other, side)
        if rel is None:
            continue
        rank, phrase = rel
        used = j in others_used
        distance = abs(math.log10(abs(fig.value) + 1e-9) - math.log10(abs(other.value) + 1e-9))
        key = (int(used), rank, distance, j)
        if best is None or key < best[0]:
            best = (key, other, phrase + (" (already paired)" if used and rank != 3 else ""))
    entry: dict[str, Any] = {
        "document": document,
        "value": _num(fig.value),
        "unit": fig.unit,
        "category": fig.category,
        "qualifier": fig.qualifier,
        "measure": fig.measure,
        "footnote": fig.footnote,
        "context": context,
    }
    if not gold_is_a:
        entry["span"] = fig.raw.get("span")
        entry["where"] = fig.raw.get("where", "body")
    if best is None:
        entry["closest"] = None
        entry["explanation"] = (
            "no predicted figure with this value or measure"
            if gold_is_a
            else "no gold figure with this value or measure"
        )
    else:
        other = best[1]
        entry["closest"] = {
            "value": _num(other.value),
            "unit": other.unit,
            "category": other.category,
            "qualifier": other.qualifier,
            "measure": other.measure,
            "footnote": other.footnote,
        }
        entry["explanation"] = best[2]
    return entry


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() and abs(x) < 2**63 else x


def _pred_context(pred: dict[str, Any], fig: dict[str, Any]) -> str:
    """About 60 characters of predicted text around a predicted figure's span."""
    text = pred.get("body") or ""
    if fig.get("where") == "footnote":
        fid = _footnote_id(fig.get("footnote"))
        text = next(
            (fn.get("text") or "" for fn in _list(pred, "footnotes") if _footnote_id(fn.get("id")) == fid), ""
        )
    span = fig.get("span")
    if (
        not text
        or not isinstance(span, (list, tuple))
        or len(span) != 2
        or not all(isinstance(x, int) for x in span)
    ):
        return str(fig.get("text") or "")
    start, end = span
    pad = max(15, (_CONTEXT_CHARS - (end - start)) // 2)
    left, right = max(0, start - pad), min(len(text), end + pad)
    snippet = " ".join(text[left:right].split())
    return ("…" if left else "") + snippet + ("…" if right < len(text) else "")


# --------------------------------------------------------------------------- other parts


def _list(obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = obj.get(key) or []
    return [x for x in value if isinstance(x, dict)]


def _section_key(s: dict[str, Any]) -> tuple[Any, str, str]:
    return (s.get("level"), text_key(str(s.get("number") or "")), text_key(s.get("title")))


def _score_footnotes(gold: list[dict[str, Any]], pred: list[dict[str, Any]], score: DocScore) -> None:
    g_ids = [text_key(f["id"]) for f in gold]
    g_starts = [text_key(f["starts"]) for f in gold]
    p_ids = [text_key(str(f.get("id") or "")) for f in pred]
    p_texts = [running_text_key(f.get("text") or "") for f in pred]

    def compatible(gi: int, pj: int) -> bool:
        return g_ids[gi] == p_ids[pj] and p_texts[pj].startswith(g_starts[gi])

    pairs = max_matching(range(len(gold)), range(len(pred)), lambda gi: range(len(pred)), compatible)
    score.footnotes = Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    for gi, pj in pairs:
        g_anchor = gold[gi].get("anchor")
        p_anchor = pred[pj].get("anchor")
        if g_anchor is None:
            score.anchors.count(not p_anchor)
        else:
            score.anchors.count(text_key(p_anchor).endswith(text_key(g_anchor)))


def _reference_key(r: dict[str, Any]) -> tuple[str, str | None]:
    date = r.get("date")
    return (compact_key(str(r.get("number") or "")), str(date).strip() if date else None)


def _metadata_value(meta: dict[str, Any], name: str) -> tuple[bool, Any]:
    """(present, value) of a metadata field, following "signer.name" into the signer object."""
    if "." not in name:
        return name in meta, meta.get(name)
    outer, inner = name.split(".", 1)
    if outer not in meta:
        return False, None
    obj = meta[outer]
    if obj is None:
        return True, None  # "signer": null scores both parts as null
    if not isinstance(obj, dict) or inner not in obj:
        return False, None
    return True, obj[inner]


def _field_key(name: str, value: Any) -> str:
    if value is None:
        return ""
    if name == "scope":
        return unit_key(str(value))
    if name == "number":
        return compact_key(str(value))
    if name == "date":
        return str(value).strip()
    return text_key(str(value))


def _score_metadata(gold: dict[str, Any], pred: dict[str, Any], score: DocScore) -> None:
    for name in METADATA_FIELDS:
        present, g_value = _metadata_value(gold, name)
        if not present:
            continue
        p_signer = pred.get("signer")
        if name.startswith("signer.") and not isinstance(p_signer, dict):
            p_value = None
        else:
            _, p_value = _metadata_value(pred, name)
        score.metadata[name].count(_field_key(name, g_value) == _field_key(name, p_value))
    if "event_dates" in gold:
        score.event_dates = multiset_counts(
            ("".join(str(d).split()) for d in gold["event_dates"] or []),
            ("".join(str(d).split()) for d in pred.get("event_dates") or []),
        )
    if "references" in gold:
        score.references = multiset_counts(
            (_reference_key(r) for r in gold["references"] or []),
            (_reference_key(r) for r in pred.get("references") or [] if isinstance(r, dict)),
        )


def confusion(pairs: list[tuple[str, str, str, str]]) -> dict[str, dict[str, dict[str, int]]]:
    """Category and unit confusion tables ``{gold: {predicted: count}}`` over value-level pairs."""
    cat: dict[str, Counter[str]] = {}
    unit: dict[str, Counter[str]] = {}
    for g_cat, p_cat, g_unit, p_unit in pairs:
        cat.setdefault(g_cat or "null", Counter())[p_cat or "null"] += 1
        unit.setdefault(g_unit, Counter())[p_unit] += 1
    return {
        "category": {g: dict(sorted(c.items())) for g, c in sorted(cat.items())},
        "unit": {g: dict(c.most_common()) for g, c in sorted(unit.items())},
    }
