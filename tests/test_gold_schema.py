"""Every gold file follows the gold format (spec §5), checked two ways.

* `reportextract/data/gold.schema.json` (JSON Schema draft 2020-12) validates each gold file of
  the repository (``gold/``) and of the development set (``../shared/real/gold``, skipped when
  absent), one test case per file, as usaddress's ``tests/test_labeling.py`` does per record;
* the loader `reportextract.evaluation.check_gold`, which ``reportextract eval`` runs, must agree
  with the schema: it accepts those same files and rejects each broken example below.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

jsonschema = pytest.importorskip("jsonschema")

from reportextract.evaluation import check_gold, schema_path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
REPO_GOLD = ROOT / "gold"
REAL_GOLD = ROOT.parent / "shared" / "real" / "gold"


def _gold_files(folder: Path, label: str) -> list[Any]:
    if not folder.is_dir():
        return [
            pytest.param(None, id=f"{label}-absent", marks=pytest.mark.skip(reason=f"{folder} is absent"))
        ]
    files = sorted(folder.glob("*.json"))
    if not files:
        return [
            pytest.param(
                None, id=f"{label}-empty", marks=pytest.mark.skip(reason=f"no gold files in {folder}")
            )
        ]
    return [pytest.param(p, id=f"{label}/{p.name}") for p in files]


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _schema_errors(validator: Any, data: Any) -> list[str]:
    return [
        f"{'.'.join(map(str, e.absolute_path)) or '<top>'}: {e.message}" for e in validator.iter_errors(data)
    ]


def test_schema_is_valid_draft_2020_12(validator):
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert validator.schema["properties"]["schema"] == {"const": "reportextract.gold/v1"}


@pytest.mark.parametrize("path", _gold_files(REPO_GOLD, "repo"))
def test_repo_gold_file_follows_the_schema(validator, path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert _schema_errors(validator, data) == []
    assert check_gold(data) == []


@pytest.mark.real
@pytest.mark.parametrize("path", _gold_files(REAL_GOLD, "real"))
def test_real_gold_file_follows_the_schema(validator, path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert _schema_errors(validator, data) == []
    assert check_gold(data) == []
    assert Path(data["document"]).stem == path.stem


# A valid gold file written for this test, and the ways it can be broken.
VALID: dict[str, Any] = {
    "schema": "reportextract.gold/v1",
    "document": "bc_mau.txt",
    "metadata": {
        "doc_type": "báo cáo",
        "title": "Kết quả ngày hội thanh niên",
        "issuer": "Ban Thường vụ Tỉnh đoàn Quảng Trị",
        "scope": "Quảng Trị",
        "number": "21-BC/TĐTN",
        "date": "2024-03-28",
        "event_dates": ["2024-03-26", "2024-03-01/2024-03-31"],
        "references": [{"number": "05-KH/TĐTN", "date": None}],
        "signer": {"name": "Hồ Thị Lan", "title": "Phó Bí thư"},
        "recipients": ["Trung ương Đoàn", "Lưu VP"],
    },
    "sections": [{"number": "1", "title": "Kết quả", "level": 1}],
    "footnotes": [{"id": "1", "anchor": "các huyện", "starts": "Gồm các huyện phía tây"}],
    "body_contains": ["ngày hội thanh niên"],
    "figures": [
        {
            "unit": "Quảng Trị",
            "value": 1500,
            "category": "participants",
            "qualifier": "more_than",
            "measure": "đoàn viên",
            "footnote": None,
            "evidence": "hơn 1.500 đoàn viên",
        }
    ],
    "hints": {"scope": "Quảng Trị"},
    "notes": "viết cho kiểm thử",
}


def _broken(path: str, value: Any) -> dict[str, Any]:
    """VALID with the value at dotted `path` replaced (``...=DELETE`` removes the key)."""
    data = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    if value is DELETE:
        del node[last]
    elif isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return data


DELETE = object()

BROKEN = [
    ("schema", "reportextract.gold/v2"),
    ("document", DELETE),
    ("extra", 1),
    ("metadata.date", "28/3/2024"),
    ("metadata.event_dates", ["2024-03"]),
    ("metadata.references", [{"number": "05-KH/TĐTN"}]),
    ("metadata.signer", "Hồ Thị Lan"),
    ("metadata.sender", "x"),
    ("sections.0.level", "1"),
    ("sections.0.title", DELETE),
    ("footnotes.0.starts", DELETE),
    ("body_contains", "ngày hội"),
    ("figures.0.value", "1.500"),
    ("figures.0.value", True),
    ("figures.0.unit", DELETE),
    ("figures.0.category", "people"),
    ("figures.0.qualifier", "over"),
    ("figures.0.footnote", 3),
    ("figures.0.span", [0, 3]),
]


def test_valid_example_passes_both(validator):
    assert _schema_errors(validator, VALID) == []
    assert check_gold(VALID) == []


@pytest.mark.parametrize(("path", "value"), BROKEN, ids=[f"{p}={v!r}"[:40] for p, v in BROKEN])
def test_schema_and_loader_both_reject(validator, path, value):
    data = _broken(path, value)
    assert _schema_errors(validator, data), "schema accepted it"
    problems = check_gold(data)
    assert problems, "loader accepted it"
    assert path.split(".")[-1] in problems[0] or path.split(".")[0] in problems[0]


@pytest.mark.parametrize(
    ("path", "value"),
    [
        ("figures.0.unit", None),  # a unit no text or hint names
        ("figures.0.qualifier", None),
        ("figures.0.value", 3.5),
        ("metadata.signer", None),
        ("metadata.number", None),
        ("footnotes.0.anchor", None),
        ("notes", ["một", "hai"]),
        ("metadata", {}),  # keys left out are not scored
    ],
)
def test_schema_and_loader_both_accept(validator, path, value):
    data = _broken(path, value)
    assert _schema_errors(validator, data) == []
    assert check_gold(data) == []
