"""`bench/vary.py`, the robustness probe: a varied copy keeps its gold consistent with its text.

No extraction runs here (the probe's scores are read by hand); only the substitutions are checked,
on an invented text and, when ``../shared`` is there, on the real documents.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"

TEXT = (
    "Tỉnh đoàn Nghệ An đã triển khai 161 đội hình tình nguyện với 3.250 đoàn viên tham gia "
    "theo Kế hoạch số 46-KH/TĐTN ngày 14/4/2023.\n\n"
    "TỈNH ĐOÀN HÀ TĨNH trao 17,5 tỷ đồng và 06 suất học bổng cho sinh viên Đại học Hà Tĩnh.\n"
)
GOLD = {
    "schema": "reportextract.gold/v1",
    "document": "x.txt",
    "metadata": {"scope": "Nghệ An", "issuer": "Ban Thường vụ Tỉnh đoàn Nghệ An"},
    "body_contains": ["trao 17,5 tỷ đồng"],
    "figures": [
        {"unit": "Nghệ An", "value": 161, "category": "teams", "qualifier": None,
         "measure": "đội hình", "footnote": None, "evidence": "triển khai 161 đội hình"},
        {"unit": "Nghệ An", "value": 3250, "category": "participants", "qualifier": None,
         "measure": "đoàn viên", "footnote": None, "evidence": "với 3.250 đoàn viên"},
        {"unit": "Hà Tĩnh", "value": 17500000000, "category": "money", "qualifier": None,
         "measure": "tỷ đồng", "footnote": None, "evidence": "TỈNH ĐOÀN HÀ TĨNH trao 17,5 tỷ đồng"},
        {"unit": "Hà Tĩnh", "value": 6, "category": "items", "qualifier": None,
         "measure": "suất học bổng", "footnote": None, "evidence": "06 suất học bổng"},
    ],
}


@pytest.fixture(scope="module")
def vary() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_vary", ROOT / "bench" / "vary.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_vary"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _gold() -> dict:
    return json.loads(json.dumps(GOLD))


def _in(vary: ModuleType, quote: str, text: str) -> bool:
    return vary._flatten(quote)[0] in vary._flatten(text)[0]


def test_provinces_follow_in_text_and_gold(vary: ModuleType) -> None:
    text, gold, mapping = vary.vary_provinces(TEXT, _gold(), random.Random(3))
    assert set(mapping) == {"Nghệ An", "Hà Tĩnh"}
    post = vary.province_data().post
    assert all(new in post for new in mapping.values())  # the same era as the names replaced
    assert "Nghệ An" not in text
    assert "Hà Tĩnh" not in text
    assert "HÀ TĨNH" not in text
    assert f"TỈNH ĐOÀN {mapping['Hà Tĩnh'].upper()}" in text  # capitals stay capitals
    assert f"Đại học {mapping['Hà Tĩnh']}" in text  # a name inside a longer name goes with it
    assert [f["unit"] for f in gold["figures"]] == [mapping["Nghệ An"]] * 2 + [mapping["Hà Tĩnh"]] * 2
    assert gold["metadata"]["scope"] == mapping["Nghệ An"]
    assert gold["metadata"]["issuer"] == f"Ban Thường vụ Tỉnh đoàn {mapping['Nghệ An']}"
    assert [f["value"] for f in gold["figures"]] == [f["value"] for f in GOLD["figures"]]
    for f in gold["figures"]:
        assert _in(vary, f["evidence"], text), f["evidence"]


def test_provinces_deterministic_and_union_name_kept(vary: ModuleType) -> None:
    a = vary.vary_provinces(TEXT, _gold(), random.Random("0:x"))
    b = vary.vary_provinces(TEXT, _gold(), random.Random("0:x"))
    assert a == b
    union = "Đoàn TNCS Hồ Chí Minh tỉnh Nghệ An tổ chức 12 lớp học."
    text, _, mapping = vary.vary_provinces(union, _gold(), random.Random(1))
    assert "Đoàn TNCS Hồ Chí Minh" in text  # the Union's name is no province
    assert "Hồ Chí Minh" not in mapping


def test_provinces_skip_when_a_name_is_also_a_city_nobody_else_has(vary: ModuleType) -> None:
    # "thành phố Hà Tĩnh" is a city too: the new province must have a city of its name as well
    text, _, mapping = vary.vary_provinces(
        TEXT + "Tại thành phố Hà Tĩnh có 5 đội hình.\n", _gold(), random.Random(2)
    )
    assert ("thành phố", vary._place_key(mapping["Hà Tĩnh"])) in vary.province_data().places
    assert f"thành phố {mapping['Hà Tĩnh']}" in text
    with pytest.raises(vary.Skip):
        vary.vary_provinces("Tỉnh đoàn Hà Nội và quận Hà Nội.", {"figures": []}, random.Random(0))


def test_numbers_scale_gold_and_keep_shape(vary: ModuleType) -> None:
    text, gold, mapping = vary.vary_numbers(TEXT, _gold(), random.Random(5))
    assert set(mapping) == {"161", "3.250", "17,5", "06"}
    for old, new in mapping.items():
        assert re.sub(r"\d", "9", old) == re.sub(r"\d", "9", new)  # digits per group and separators
        assert new != old
    assert mapping["06"].startswith("0")
    assert mapping["06"] != "00"
    assert "46-KH/TĐTN ngày 14/4/2023" in text  # document numbers and dates stay
    values = [f["value"] for f in gold["figures"]]
    assert values[0] == int(mapping["161"])
    assert values[1] == int(mapping["3.250"].replace(".", ""))
    assert values[2] == pytest.approx(float(mapping["17,5"].replace(",", ".")) * 1e9)
    assert values[3] == int(mapping["06"])
    for f in gold["figures"]:
        assert _in(vary, f["evidence"], text), f["evidence"]
    assert _in(vary, gold["body_contains"][0], text)
    assert [f["unit"] for f in gold["figures"]] == [f["unit"] for f in GOLD["figures"]]


def test_reshape_keeps_shape(vary: ModuleType) -> None:
    rng = random.Random(0)
    for token in ["8.884", "17,5", "1.947.976", "06", "01", "100", "3", "2023", "0,5", "53,168"]:
        for _ in range(20):
            new = vary._reshape(token, rng)
            assert re.sub(r"\d", "9", new) == re.sub(r"\d", "9", token)
            assert (new[0] == "0") == (token[0] == "0")
            if token == "2023":
                assert not 1900 <= int(new) <= 2100  # a count must not become a year


def test_numbers_skip_a_figure_that_cannot_be_located(vary: ModuleType) -> None:
    gold = _gold()
    gold["figures"].append(
        {"unit": "Nghệ An", "value": 161, "category": "teams", "qualifier": None,
         "measure": "đội hình", "footnote": None, "evidence": "a quote found nowhere 161 đội"}
    )
    with pytest.raises(vary.Skip, match="cannot be located"):
        vary.vary_numbers(TEXT, gold, random.Random(0))


def test_main_says_so_when_shared_is_absent(vary: ModuleType, tmp_path: Path) -> None:
    missing = tmp_path / "nothing"
    assert vary.main(["--gold", str(missing), "--docs", str(missing)]) == 2


@pytest.mark.real
@pytest.mark.skipif(not (REAL / "gold").is_dir(), reason="../shared/real is absent")
def test_real_documents_keep_their_quotes(vary: ModuleType) -> None:
    """On every real text document, each evidence found in the original is found in each variant."""
    pairs, skipped = vary.text_documents(REAL / "gold", REAL / "docs")
    assert pairs
    assert all(not n.endswith((".txt", ".md", ".html")) for n in skipped)
    made = 0
    for doc, gold_path in pairs:
        original = doc.read_text(encoding="utf-8")
        for kind in ("provinces", "numbers"):
            variants, _ = vary.make_variants(doc, gold_path, kind, 1, 0)
            for v in variants:
                made += 1
                assert len(v.gold["figures"]) == len(json.loads(gold_path.read_text("utf-8"))["figures"])
                for f in v.gold["figures"]:
                    ev = f.get("evidence")
                    if ev and _in(vary, ev, original):
                        assert _in(vary, ev, v.text), (v.name, ev)
    assert made >= 15
