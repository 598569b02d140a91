"""The scorer of spec §6 on small hand-computed cases, `evaluate()` on a temporary corpus, and
the ``eval`` command through `run_eval_command`.

Every example sentence and name below is written for these tests (Youth Union genre); the
expected numbers are computed by hand in the comments next to each case.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from reportextract.errors import EmptyDocumentError, GoldFileError
from reportextract.evaluation import (
    EvalResult,
    add_eval_arguments,
    check_gold,
    evaluate,
    run_eval_command,
    score_document,
)
from reportextract.evaluation.compare import Counts, max_matching, unit_key, values_equal

# --------------------------------------------------------------------------- helpers


def fig(value: float, unit: str | None = "Hà Nội", category: str = "teams", **kw: Any) -> dict[str, Any]:
    """A figure record (gold or predicted) with defaults."""
    return {
        "value": value,
        "unit": unit,
        "category": category,
        "qualifier": kw.pop("qualifier", None),
        "measure": kw.pop("measure", "đội hình"),
        "footnote": kw.pop("footnote", None),
        **kw,
    }


def figures_score(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> dict[str, Any]:
    return score_document({"figures": gold}, {"figures": pred}).to_dict()["figures"]


def prf(m: dict[str, Any]) -> tuple[Any, Any, Any]:
    return m["precision"], m["recall"], m["f1"]


GOLD_FULL: dict[str, Any] = {
    "schema": "reportextract.gold/v1",
    "document": "bc_mau.txt",
    "metadata": {
        "doc_type": "báo cáo",
        "title": "Kết quả ra quân chiến dịch tình nguyện hè",
        "issuer": "Ban Thường vụ Huyện đoàn Tân Lập",
        "scope": "huyện Tân Lập",
        "number": "15-BC/HĐTN",
        "date": "2024-07-20",
        "event_dates": ["2024-07-01/2024-07-15", "2024-07-18"],
        "references": [{"number": "08-KH/HĐTN", "date": "2024-05-10"}],
        "signer": {"name": "Trần Văn Minh", "title": "Bí thư"},
        "recipients": ["Tỉnh đoàn"],
    },
    "sections": [
        {"number": "I", "title": "Kết quả triển khai", "level": 1},
        {"number": "1", "title": "Công tác tuyên truyền", "level": 2},
    ],
    "footnotes": [{"id": "1", "anchor": "xã Tân Hòa", "starts": "Gồm các chi đoàn thôn"}],
    "body_contains": ["ra quân 12 đội hình tình nguyện tại xã Tân Hòa"],
    "figures": [
        fig(12, "huyện Tân Lập", "teams", evidence="ra quân 12 đội hình"),
        fig(
            350,
            "huyện Tân Lập",
            "participants",
            measure="đoàn viên",
            qualifier="more_than",
            evidence="hơn 350",
        ),
        fig(5, "xã Tân Hòa", "works", measure="công trình", footnote="1", evidence="5 công trình"),
    ],
}


def perfect_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """What a flawless extractor would output for `gold`."""
    return {
        "metadata": gold["metadata"],
        "sections": gold["sections"],
        "footnotes": [
            {"id": f["id"], "text": f["starts"] + " số 3, số 4.", "anchor": "hoạt động tại " + f["anchor"]}
            for f in gold["footnotes"]
        ],
        "body": "Huyện đoàn đã " + " ".join(gold["body_contains"]) + ".",
        "figures": [dict(f) for f in gold["figures"]],
    }


def all_rates(tree: Any, path: str = "") -> dict[str, Any]:
    """Every rate (precision, recall, f1, *accuracy, share) in a metric tree, by dotted path."""
    out: dict[str, Any] = {}
    if isinstance(tree, dict):
        for k, v in tree.items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, dict):
                out.update(all_rates(v, p))
            elif (
                k in ("precision", "recall", "f1", "share", "accuracy")
                or k.endswith("_accuracy")
                or path.endswith("metadata.fields")
            ):
                out[p] = v
    return out


# --------------------------------------------------------------------------- perfect and empty


def test_perfect_prediction_scores_one_everywhere():
    scores = score_document(GOLD_FULL, perfect_prediction(GOLD_FULL)).to_dict()
    rates = all_rates(scores)
    assert len(rates) > 30
    assert {k: v for k, v in rates.items() if v != 1.0} == {}


def test_empty_prediction_scores_zero():
    scores = score_document(GOLD_FULL, {}).to_dict()
    assert prf(scores["figures"]["full"]) == (0.0, 0.0, 0.0)
    assert scores["figures"]["full"]["fn"] == 3
    for key in ("sections", "footnotes", "references"):
        assert scores[key]["f1"] == 0.0
    assert scores["body_contains"] == {"share": 0.0, "found": 0, "total": 1}
    assert scores["metadata"]["accuracy"] == 0.0
    assert scores["metadata"]["event_dates"]["f1"] == 0.0
    # nothing matched: accuracies over matched pairs have nothing to score
    assert scores["figures"]["qualifier_accuracy"] is None
    assert scores["figures"]["footnote_accuracy"] is None
    assert scores["footnote_anchor_accuracy"] is None


def test_none_prediction_is_the_empty_prediction():
    assert score_document(GOLD_FULL, None).to_dict() == score_document(GOLD_FULL, {}).to_dict()


def test_nothing_to_score_is_null_not_one_or_zero():
    gold = {"schema": "reportextract.gold/v1", "document": "x.txt", "footnotes": [], "figures": []}
    scores = score_document(gold, {"footnotes": [], "figures": [], "sections": [{"number": "1"}]}).to_dict()
    assert prf(scores["footnotes"]) == (None, None, None)
    assert prf(scores["figures"]["full"]) == (None, None, None)
    # gold keys left out are not scored, and predictions for them are not counted as spurious
    assert scores["sections"] == {"precision": None, "recall": None, "f1": None, "tp": 0, "fp": 0, "fn": 0}
    assert scores["body_contains"]["share"] is None
    assert scores["metadata"]["accuracy"] is None


def test_predictions_against_an_empty_gold_list_are_spurious():
    scores = figures_score([], [fig(3)])
    assert scores["full"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 0}


# --------------------------------------------------------------------------- figures


def test_repeated_values_are_matched_as_multisets():
    gold = [fig(100, "Hà Nội", "teams"), fig(100, "Hà Nội", "teams"), fig(100, "toàn quốc", "coverage")]
    pred = [fig(100, "Hà Nội", "teams"), fig(100, "toàn quốc", "teams"), fig(7, "Hà Nội", "teams")]
    s = figures_score(gold, pred)
    # value: two 100s of three predicted/gold -> tp 2, fp 1 (the 7), fn 1
    assert (s["value"]["tp"], s["value"]["fp"], s["value"]["fn"]) == (2, 1, 1)
    assert prf(s["value"]) == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    # unit_value: (Hà Nội, 100) once and (toàn quốc, 100) once -> same counts
    assert (s["unit_value"]["tp"], s["unit_value"]["fp"], s["unit_value"]["fn"]) == (2, 1, 1)
    # full: only (Hà Nội, 100, teams) once -> tp 1, fp 2, fn 2: P = R = F1 = 1/3
    assert (s["full"]["tp"], s["full"]["fp"], s["full"]["fn"]) == (1, 2, 2)
    assert prf(s["full"]) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_one_prediction_cannot_match_two_gold_mentions():
    s = figures_score([fig(20), fig(20)], [fig(20)])
    assert (s["full"]["tp"], s["full"]["fp"], s["full"]["fn"]) == (1, 0, 1)
    assert prf(s["full"]) == pytest.approx((1.0, 0.5, 2 / 3))


@pytest.mark.parametrize(
    ("gold", "pred", "equal"),
    [
        (3.5, 3.5000001, True),  # |diff| 1e-7 <= 1e-6
        (3.5, 3.51, False),
        (0.5, 0.5000009, True),  # tolerance floor is 1e-6 * max(1, |b|) = 1e-6
        (0.5, 0.500002, False),
        (17_500_000_000, 17_500_010_000, True),  # 1e4 <= 1.75e4
        (17_500_000_000, 17_500_020_000, False),  # 2e4 > 1.75e4
        (8884, 8.884, False),  # a misread thousands separator is a different value
        (100, 100.0, True),
    ],
)
def test_value_tolerance(gold, pred, equal):
    assert values_equal(pred, gold) is equal
    assert figures_score([fig(gold)], [fig(pred)])["value"]["tp"] == int(equal)


@pytest.mark.parametrize(
    ("gold_unit", "pred_unit", "same"),
    [
        ("Hồ Chí Minh", "TP. Hồ Chí Minh", True),
        ("Hồ Chí Minh", "Thành phố Hồ Chí Minh", True),
        ("Hồ Chí Minh", "TP.HCM", True),
        ("Hồ Chí Minh", "TP HCM", True),
        ("Lâm Đồng", "tỉnh Lâm Đồng", True),
        ("Lâm Đồng", "Tỉnh đoàn Lâm Đồng", True),
        ("huyện Giồng Riềng", "Giồng Riềng", True),
        ("xã Hoà Bình", "xã Hòa Bình", True),  # tone placement
        ("quận 10", "Quận 10", True),
        ("quận 10", "quận 1", False),
        ("Lâm Đồng", "Đắk Lắk", False),
        ("toàn quốc", "Toàn quốc", True),
        (None, "", True),
        (None, "Hà Nội", False),
    ],
)
def test_unit_comparison(gold_unit, pred_unit, same):
    assert (unit_key(gold_unit) == unit_key(pred_unit)) is same
    s = figures_score([fig(40, gold_unit)], [fig(40, pred_unit)])
    assert s["unit_value"]["tp"] == int(same)
    assert s["value"]["tp"] == 1


def test_full_level_needs_the_category():
    s = figures_score([fig(9, category="works")], [fig(9, category="events")])
    assert (s["value"]["tp"], s["unit_value"]["tp"], s["full"]["tp"]) == (1, 1, 0)


def test_qualifier_and_footnote_accuracy_on_pairs_matched_at_full():
    gold = [
        fig(30, qualifier="more_than", footnote="2"),
        fig(40, qualifier=None, footnote=None),
        fig(50, qualifier="nearly"),
        fig(60, "Huế"),  # missed: not in either accuracy
    ]
    pred = [
        fig(30, qualifier="more_than", footnote=2),  # ids compare as strings: "2" == 2
        fig(40, qualifier="about", footnote=None),  # null == null counts as equal
        fig(50, qualifier="nearly", footnote="3"),
    ]
    s = figures_score(gold, pred)
    assert s["full"]["tp"] == 3
    assert s["qualifier_accuracy"] == pytest.approx(2 / 3)  # 30 and 50 right, 40 wrong
    assert s["footnote_accuracy"] == pytest.approx(2 / 3)  # 30 and 40 right, 50 wrong


def test_ties_prefer_the_pair_that_agrees_on_qualifier():
    # two equal (unit, value, category) mentions: reading order would pair them crosswise
    gold = [fig(25, qualifier="more_than"), fig(25, qualifier=None)]
    pred = [fig(25, qualifier=None), fig(25, qualifier="more_than")]
    assert figures_score(gold, pred)["qualifier_accuracy"] == 1.0


def test_value_level_pairs_prefer_the_same_unit():
    gold = [fig(8, "Huế", "teams"), fig(8, "Hà Nội", "teams")]
    pred = [fig(8, "Hà Nội", "teams"), fig(8, "Huế", "events")]
    result = score_document({"figures": gold}, {"figures": pred})
    # value-level pairs: Huế-Huế (category confused) and Hà Nội-Hà Nội, not crosswise
    assert sorted(result.value_pairs) == [
        ("teams", "events", "Huế", "Huế"),
        ("teams", "teams", "Hà Nội", "Hà Nội"),
    ]


def test_max_matching_finds_more_pairs_than_greedy():
    # gold b1 = 1_000_000 accepts a1 and a2; b2 = 1_000_001.5 accepts only a1.
    # Greedy by preference pairs b1-a1 first; the augmenting step must move b1 to a2.
    gold = [1_000_000.0, 1_000_001.5]
    pred = [1_000_000.9, 999_999.5]
    pairs = max_matching(
        gold,
        pred,
        lambda gi: range(len(pred)),
        lambda g, p: values_equal(p, g),
        lambda g, p: (int(g == 1_000_000.0 and p == 1_000_000.9),),
    )
    assert sorted(pairs) == [(0, 1), (1, 0)]


def test_counts_rates():
    assert Counts(tp=3, fp=1, fn=2).to_dict() == {
        "precision": 0.75,
        "recall": 0.6,
        "f1": pytest.approx(2 * 3 / (2 * 3 + 1 + 2), abs=1e-6),
        "tp": 3,
        "fp": 1,
        "fn": 2,
    }


# --------------------------------------------------------------------------- sections, footnotes, body


def test_sections_f1_of_level_number_title():
    gold = {
        "sections": [
            {"number": "I", "title": "Kết quả thực hiện", "level": 1},
            {"number": "1", "title": "Công tác hoà giải", "level": 2},
            {"number": "2", "title": "Phong trào tình nguyện", "level": 2},
        ]
    }
    pred = {
        "sections": [
            {"number": "I.", "title": "KẾT QUẢ THỰC HIỆN:", "level": 1},  # trailing ".:" dropped, casefold
            {"number": "1", "title": "Công tác hòa  giải", "level": 2},  # tone placement, spaces
            {"number": "2", "title": "Phong trào tình nguyện", "level": 1},  # wrong level
        ]
    }
    s = score_document(gold, pred).to_dict()["sections"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 1)


@pytest.mark.parametrize(
    ("pred_footnote", "matched", "anchor_ok"),
    [
        (
            {"id": "1", "text": "Gồm  các chi đoàn thôn Bắc, thôn Nam.", "anchor": "tại xã Tân Hoà"},
            True,
            True,
        ),
        ({"id": "1", "text": "gồm các chi đoàn thôn", "anchor": "xã Tân Hòa"}, True, True),
        ({"id": "1", "text": "Trong đó gồm các chi đoàn thôn Bắc", "anchor": "xã Tân Hòa"}, False, None),
        ({"id": "2", "text": "Gồm các chi đoàn thôn Bắc", "anchor": "xã Tân Hòa"}, False, None),
        ({"id": "1", "text": "Gồm các chi đoàn thôn Bắc", "anchor": "xã Tân Hòa đã"}, True, False),
        ({"id": "1", "text": "Gồm các chi đoàn thôn Bắc", "anchor": None}, True, False),
    ],
)
def test_footnote_starts_prefix_and_anchor_suffix(pred_footnote, matched, anchor_ok):
    gold = {"footnotes": [{"id": "1", "anchor": "xã Tân Hòa", "starts": "Gồm các chi đoàn thôn"}]}
    s = score_document(gold, {"footnotes": [pred_footnote]}).to_dict()
    assert s["footnotes"]["tp"] == int(matched)
    assert s["footnote_anchor_accuracy"] == (None if anchor_ok is None else float(anchor_ok))


def test_body_contains_share():
    gold = {
        "body_contains": [
            "ra quân 20 đội hình tình nguyện",
            "Tham gia có 21 đoàn viên",
            "hơn 1.200 lượt thanh niên.",  # trailing "." dropped from the needle
        ]
    }
    body = "Huyện đoàn ra quân 20 đội\nhình   tình nguyện. Thu hút hơn 1.200 lượt thanh niên, đoàn viên"
    s = score_document(gold, {"body": body}).to_dict()["body_contains"]
    assert s == {"share": pytest.approx(2 / 3, abs=1e-6), "found": 2, "total": 3}


# --------------------------------------------------------------------------- metadata


def test_references_compare_numbers_without_spaces_and_dates():
    gold = {
        "metadata": {
            "references": [
                {"number": "46-KH/TWĐTN-CNĐT", "date": "2023-04-14"},
                {"number": "12-CV/TĐTN", "date": None},
                {"number": "07-HD/HĐTN", "date": "2022-01-05"},
            ]
        }
    }
    pred = {
        "metadata": {
            "references": [
                {"number": "46-KH/TWĐTN - CNĐT", "date": "2023-04-14"},  # spaces ignored
                {"number": "12-CV/TĐTN", "date": None},
                {"number": "07-HD/HĐTN", "date": "2022-01-06"},  # wrong date
            ]
        }
    }
    s = score_document(gold, pred).to_dict()["references"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 1, 1)


def test_metadata_field_shares():
    gold = {
        "metadata": {
            "doc_type": "báo cáo",
            "issuer": "Ban Thường vụ Tỉnh đoàn Lâm Đồng",
            "scope": "Lâm Đồng",
            "number": None,
            "date": "2023-08-15",
            "signer": {"name": "Lê Thị Thuý", "title": "Phó Bí thư"},
            "event_dates": ["2023-07-01/2023-07-31", "2023-08-02"],
        }
    }
    pred = {
        "metadata": {
            "doc_type": "Báo cáo",  # right (casefold)
            "issuer": "Tỉnh đoàn Lâm Đồng",  # wrong
            "scope": "tỉnh Lâm Đồng",  # right (unit comparison)
            "number": "12-BC/TĐTN",  # wrong: gold null
            "date": "2023-08-15",  # right
            "signer": {"name": "Lê Thị Thúy", "title": "Bí thư"},  # name right (tone placement), title wrong
            "event_dates": ["2023-08-02", "2023-08-03"],
        }
    }
    m = score_document(gold, pred).to_dict()["metadata"]
    assert m["fields"] == {
        "doc_type": 1.0,
        "issuer": 0.0,
        "scope": 1.0,
        "number": 0.0,
        "date": 1.0,
        "signer.name": 1.0,
        "signer.title": 0.0,
    }
    assert m["accuracy"] == pytest.approx(4 / 7, abs=1e-6)
    assert (m["correct"], m["scored"]) == (4, 7)
    # event dates: tp 1 (08-02), fp 1, fn 1 -> F1 0.5
    assert m["event_dates"]["f1"] == 0.5


def test_metadata_keys_left_out_are_not_scored_and_null_signer_scores_both_parts():
    gold = {"metadata": {"doc_type": "tin", "signer": None}}
    m = score_document(gold, {"metadata": {"doc_type": "tin", "issuer": "x", "signer": None}}).to_dict()
    assert m["metadata"]["fields"]["issuer"] is None
    assert (m["metadata"]["correct"], m["metadata"]["scored"]) == (3, 3)
    assert m["metadata"]["event_dates"]["f1"] is None
    assert m["references"]["f1"] is None
    wrong = score_document(gold, {"metadata": {"doc_type": "tin", "signer": {"name": "A", "title": None}}})
    assert wrong.to_dict()["metadata"]["fields"]["signer.name"] == 0.0
    assert wrong.to_dict()["metadata"]["fields"]["signer.title"] == 1.0


# --------------------------------------------------------------------------- misses, spurious, confusion


@pytest.mark.parametrize(
    ("pred", "explanation"),
    [
        (fig(15, "Huế", "teams"), "right value and category, wrong unit: predicted Huế"),
        (fig(15, "Hà Nội", "items"), "right value and unit, wrong category: predicted items"),
        (fig(15, "Huế", "items"), "right value, wrong unit and category: predicted Huế, items"),
        (fig(150, "Hà Nội", "teams"), "right unit, category and measure, wrong value: predicted 150"),
        (
            fig(15000, "Hà Nội", "teams", measure="x"),
            "right unit and category, value off by a factor of 10^3",
        ),
        (fig(7, "Huế", "money", measure="đồng"), "no predicted figure with this value or measure"),
    ],
)
def test_a_miss_names_its_closest_prediction(pred, explanation):
    result = score_document({"figures": [fig(15, evidence="thành lập 15 đội hình")]}, {"figures": [pred]})
    (miss,) = result.misses
    assert miss["context"] == "thành lập 15 đội hình"
    assert miss["explanation"].startswith(explanation)
    assert (miss["closest"] is None) == explanation.startswith("no ")


def test_a_repeated_mention_too_few_or_too_many_is_named():
    (miss,) = score_document({"figures": [fig(20), fig(20)]}, {"figures": [fig(20)]}).misses
    assert miss["explanation"].endswith("one too few")
    (extra,) = score_document({"figures": [fig(20)]}, {"figures": [fig(20), fig(20)]}).spurious
    assert extra["explanation"].endswith("one too many")


def test_a_spurious_figure_has_its_context_and_closest_gold():
    body = (
        "Năm nay, Huyện đoàn tổ chức 15 đội hình tình nguyện ra quân tại các xã vùng sâu, vùng xa của huyện."
    )
    start = body.index("15")
    pred = {"body": body, "figures": [fig(15, "Huế", span=[start, start + 2], where="body")]}
    result = score_document({"figures": [fig(15)]}, pred, document="a.txt")
    (spurious,) = result.spurious
    assert spurious["document"] == "a.txt"
    assert "tổ chức 15 đội hình" in spurious["context"]
    assert len(spurious["context"]) < len(body)
    assert spurious["explanation"] == "right value and category, wrong unit: gold Hà Nội"
    assert spurious["closest"]["unit"] == "Hà Nội"


def test_spurious_figure_in_a_footnote_takes_context_from_the_footnote():
    note = "Gồm 3 công trình thanh niên"
    pred = {
        "body": "Nội dung chính",
        "footnotes": [{"id": "4", "text": note}],
        "figures": [fig(3, category="works", footnote="4", where="footnote", span=[4, 5])],
    }
    (spurious,) = score_document({"figures": []}, pred).spurious
    assert spurious["context"] == note
    assert spurious["where"] == "footnote"


@pytest.mark.parametrize("bad_value", [None, "12", float("nan"), float("inf")])
def test_a_predicted_figure_without_a_numeric_value_is_spurious(bad_value):
    result = score_document({"figures": [fig(12)]}, {"figures": [fig(12), fig(bad_value)]})
    full = result.to_dict()["figures"]["full"]
    assert (full["tp"], full["fp"], full["fn"]) == (1, 1, 0)
    (spurious,) = result.spurious
    assert "not a finite number" in spurious["explanation"]


def test_confusion_over_value_level_pairs():
    from reportextract.evaluation.score import confusion

    gold = [fig(1, "Huế", "teams"), fig(2, "Huế", "teams"), fig(3, "Hà Nội", "money"), fig(4)]
    pred = [fig(1, "Huế", "teams"), fig(2, "Huế", "events"), fig(3, "Đà Nẵng", "money")]
    conf = confusion(score_document({"figures": gold}, {"figures": pred}).value_pairs)
    assert conf["category"] == {"money": {"money": 1}, "teams": {"events": 1, "teams": 1}}
    assert conf["unit"] == {"Hà Nội": {"Đà Nẵng": 1}, "Huế": {"Huế": 2}}


# --------------------------------------------------------------------------- evaluate() on a folder

SIMPLE_GOLD = {
    "schema": "reportextract.gold/v1",
    "document": "a.txt",
    "hints": {"scope": "Quảng Trị"},
    "sections": [],
    "figures": [fig(12, "Quảng Trị", "teams"), fig(300, "Quảng Trị", "participants", measure="đoàn viên")],
}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir, docs = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    (docs / "sub").mkdir(parents=True)
    (gold_dir / "a.json").write_text(json.dumps(SIMPLE_GOLD, ensure_ascii=False), encoding="utf-8")
    for name in ("a.txt", "a.md", "a.tcvn3.txt", "b.txt", "a.csv", "sub/a.txt"):
        (docs / name).write_text("nội dung", encoding="utf-8")
    return gold_dir, docs


def fake_extract(calls: list[tuple[str, str | None]]):
    def extract(path: Path, *, scope: str | None = None) -> dict[str, Any]:
        calls.append((Path(path).name, scope))
        if Path(path).suffix == ".md":
            raise EmptyDocumentError("no text", source=str(path))
        return {"figures": [fig(12, "Quảng Trị", "teams"), fig(5, "Quảng Trị", "teams")], "sections": []}

    return extract


def test_evaluate_scores_every_format_against_one_gold_file(corpus):
    gold_dir, docs = corpus
    calls: list[tuple[str, str | None]] = []
    seen: list[tuple[str, int, int]] = []
    result = evaluate(gold_dir, docs, extract_fn=fake_extract(calls), progress=lambda *a: seen.append(a))
    assert isinstance(result, EvalResult)
    # b.txt has no gold, a.csv is not a document format; a.tcvn3.txt falls back to a.json;
    # sub-folders (a corpus's editable sources) are not documents
    assert list(result.documents) == ["a.md", "a.tcvn3.txt", "a.txt"]
    assert sorted(calls) == [("a.md", "Quảng Trị"), ("a.tcvn3.txt", "Quảng Trị"), ("a.txt", "Quảng Trị")]
    assert [s[1:] for s in seen] == [(0, 3), (1, 3), (2, 3)]
    # the .md raised a ReportExtractError: recorded, scored as empty, run continued
    assert result.documents["a.md"]["error"].startswith("EmptyDocumentError")
    assert result.documents["a.md"]["figures"]["full"]["fn"] == 2
    assert result.documents["a.txt"]["error"] is None
    # per document: tp 1, fp 1, fn 1; corpus (micro): tp 2, fp 2, fn 2+2 = 4
    assert result.documents["a.txt"]["figures"]["full"]["f1"] == 0.5
    full = result.corpus["figures"]["full"]
    assert (full["tp"], full["fp"], full["fn"]) == (2, 2, 4)
    assert full["f1"] == pytest.approx(2 * 2 / (2 * 2 + 2 + 4), abs=1e-6)
    assert result.f1 == full["f1"]
    assert (result.corpus["documents"], result.corpus["errors"]) == (3, 1)
    assert len(result.misses) == 4
    assert len(result.spurious) == 2
    assert result.corpus["sections"]["f1"] is None  # empty gold list, empty predictions


def test_evaluate_formats_filter(corpus):
    gold_dir, docs = corpus
    result = evaluate(gold_dir, docs, extract_fn=fake_extract([]), formats="md, .TXT")
    assert len(result.documents) == 3
    result = evaluate(gold_dir, docs, extract_fn=fake_extract([]), formats=["md"])
    assert list(result.documents) == ["a.md"]


def test_evaluate_records_a_bug_in_extraction_and_goes_on(corpus):
    gold_dir, docs = corpus

    def broken(path: Path, *, scope: str | None = None) -> dict[str, Any]:
        if Path(path).name == "a.txt":
            raise IndexError("boom")
        return {}

    result = evaluate(gold_dir, docs, extract_fn=broken)
    assert "internal error" in result.documents["a.txt"]["error"]
    assert result.corpus["crashes"] == 1


def test_evaluate_accepts_report_objects(tmp_path):
    from reportextract.model import Figure, Metadata, Report

    gold_dir, docs = tmp_path / "g", tmp_path / "d"
    gold_dir.mkdir()
    docs.mkdir()
    (gold_dir / "x.json").write_text(
        json.dumps({"schema": "reportextract.gold/v1", "document": "x.txt", "figures": [fig(4)]}),
        encoding="utf-8",
    )
    (docs / "x.txt").write_text("...", encoding="utf-8")
    figure = Figure(
        value=4, unit="Hà Nội", category="teams", qualifier=None, measure="đội hình", text="4", span=(0, 1)
    )
    report = Report(source="x.txt", format="txt", metadata=Metadata(), body="4 đội", figures=[figure])
    result = evaluate(gold_dir, docs, extract_fn=lambda path, scope=None: report)
    assert result.corpus["figures"]["full"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"schema": "other", "document": "a.txt"}), "schema"),
        (json.dumps({**SIMPLE_GOLD, "figures": [{**fig(3), "value": "3"}]}), "figures[0].value"),
        (json.dumps({**SIMPLE_GOLD, "figures": [{**fig(3), "category": "team"}]}), "figures[0].category"),
        (json.dumps({**SIMPLE_GOLD, "figure": []}), "figure: unknown key"),
    ],
)
def test_bad_gold_file_raises_with_file_name_and_problem(corpus, content, problem):
    gold_dir, docs = corpus
    (gold_dir / "a.json").write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError) as info:
        evaluate(gold_dir, docs, extract_fn=fake_extract([]))
    assert "a.json" in str(info.value)
    assert problem in str(info.value)


def test_check_gold_accepts_the_full_example():
    assert check_gold(GOLD_FULL) == []


# --------------------------------------------------------------------------- the eval command


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reportextract eval")
    add_eval_arguments(parser)
    return parser.parse_args(argv)


@pytest.fixture
def txt_corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A one-document corpus the default pipeline can read, with gold it gets partly right."""
    gold_dir, docs = tmp_path / "gold", tmp_path / "docs"
    gold_dir.mkdir()
    docs.mkdir()
    text = "Huyện đoàn Tân Lập ra quân 12 đội hình tình nguyện với hơn 350 đoàn viên tham gia."
    (docs / "tin.txt").write_text(text, encoding="utf-8")
    gold = {
        "schema": "reportextract.gold/v1",
        "document": "tin.txt",
        "body_contains": ["ra quân 12 đội hình tình nguyện"],
        "figures": [fig(12, "huyện Tân Lập", "teams", evidence="ra quân 12 đội hình")],
    }
    (gold_dir / "tin.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return gold_dir, docs


def test_eval_command_writes_json_and_prints_tables(txt_corpus, tmp_path, capsys):
    gold_dir, docs = txt_corpus
    out = tmp_path / "out" / "eval.json"
    status = run_eval_command(parse(["--gold", str(gold_dir), "--docs", str(docs), "--json", str(out)]))
    assert status == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"corpus", "documents", "misses", "spurious", "confusion"}
    assert data["corpus"]["body_contains"]["share"] == 1.0
    assert isinstance(data["corpus"]["figures"]["full"]["f1"], float)
    assert [p.name for p in out.parent.iterdir()] == ["eval.json"]  # no temporary file left
    printed = capsys.readouterr().out
    for expected in ("tin.txt", "corpus", "figures.full", "missed figures"):
        assert expected in printed


def test_eval_command_min_f1_sets_the_exit_status(txt_corpus, capsys):
    gold_dir, docs = txt_corpus
    base = ["--gold", str(gold_dir), "--docs", str(docs)]
    assert run_eval_command(parse([*base, "--min-f1", "1.01"])) == 1
    assert "below --min-f1" in capsys.readouterr().err
    assert run_eval_command(parse([*base, "--min-f1", "0"])) == 0


def test_eval_command_caps_the_miss_list(tmp_path, capsys):
    gold_dir, docs = tmp_path / "g", tmp_path / "d"
    gold_dir.mkdir()
    docs.mkdir()
    gold = {"schema": "reportextract.gold/v1", "document": "t.txt", "figures": [fig(i + 1) for i in range(5)]}
    (gold_dir / "t.json").write_text(json.dumps(gold), encoding="utf-8")
    (docs / "t.txt").write_text("Không có số liệu.", encoding="utf-8")
    run_eval_command(parse(["--gold", str(gold_dir), "--docs", str(docs), "--misses", "2"]))
    printed = capsys.readouterr().out
    assert "missed figures (5, showing 2)" in printed
    with pytest.raises(SystemExit):
        parse(["--gold", "g", "--docs", "d", "--misses", "many"])


def test_eval_command_reports_a_bad_gold_file(txt_corpus, capsys):
    gold_dir, docs = txt_corpus
    (gold_dir / "tin.json").write_text('{"schema": "reportextract.gold/v1"}', encoding="utf-8")
    status = run_eval_command(parse(["--gold", str(gold_dir), "--docs", str(docs)]))
    assert status == 2
    err = capsys.readouterr().err
    assert "tin.json" in err
    assert "document" in err


def test_reportextract_evaluate_is_the_function_even_after_importing_evaluation():
    import reportextract
    import reportextract.evaluation

    assert reportextract.evaluate is reportextract.evaluation.evaluate


def test_printed_report_lists_a_non_numeric_prediction(corpus):
    from reportextract.evaluation.command import format_result

    gold_dir, docs = corpus
    result = evaluate(
        gold_dir, docs, extract_fn=lambda path, scope=None: {"figures": [fig(None)]}, formats="txt"
    )
    printed = format_result(result)
    assert "spurious figures (2):" in printed
    assert "a.tcvn3.txt: None | Hà Nội | teams" in printed


def test_eval_subcommand_through_python_m(txt_corpus, tmp_path):
    import subprocess
    import sys

    gold_dir, docs = txt_corpus
    out = tmp_path / "e.json"
    base = [sys.executable, "-m", "reportextract", "eval", "--gold", str(gold_dir), "--docs", str(docs)]
    done = subprocess.run(
        [*base, "--json", str(out)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["corpus"]["documents"] == 1
    failing = subprocess.run(
        [*base, "--min-f1", "2"], capture_output=True, text=True, timeout=120, check=False
    )
    assert failing.returncode == 1
