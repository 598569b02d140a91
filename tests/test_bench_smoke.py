"""The benchmark's report generator (`bench/run.py`) makes valid reports; no timing here.

The benchmark itself is run by hand (``python bench/run.py --quick``); these tests only check that
its generator produces readable Vietnamese reports in which the pipeline finds figures, and that the
number scaling leaves dates, years, codes and headings alone.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_run", ROOT / "bench" / "run.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_run"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def test_generator_makes_reports_with_figures(bench: ModuleType, tmp_path: Path) -> None:
    import reportextract

    paths = bench.generate(3, tmp_path, seed=7)
    assert [p.name for p in paths] == ["r00000.txt", "r00001.txt", "r00002.txt"]
    for path in paths:
        text = path.read_text(encoding="utf-8")  # valid UTF-8
        assert 13_000 * 0.7 < len(text.encode()) < 13_000 * 1.5
        assert "\ufffd" not in text
        report = reportextract.extract(path)
        assert len(report.figures) >= 5, path.name
        assert report.sections or report.metadata.doc_type
    assert len({p.read_text(encoding="utf-8") for p in paths}) == 3


def test_generator_is_reproducible(bench: ModuleType, tmp_path: Path) -> None:
    a = bench.generate(2, tmp_path / "a", seed=11)
    b = bench.generate(2, tmp_path / "b", seed=11)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


#: (text, whether a number in it may change); the leave-alone cases mirror what scale_numbers promises
SCALING = [
    ("tổ chức 120 lớp tập huấn", True),
    ("hỗ trợ 1.250 đoàn viên", True),
    ("ngày 21/7/2024 ra quân", False),
    ("năm 2024", False),
    ("Cục C06, Bộ Công an", False),
    ("Kế hoạch số 58-KH/TWĐTN", False),
    ("# 2. Kết quả", False),
    ("tổng kinh phí 13.000.000đồng", False),
]


@pytest.mark.parametrize(("text", "changes"), SCALING)
def test_scale_numbers(bench: ModuleType, text: str, changes: bool) -> None:
    outs = {bench.scale_numbers(text, random.Random(seed)) for seed in range(5)}
    if changes:
        assert outs != {text}
        assert not any(re.search(r"\d{4}", o) for o in outs), f"thousands lost their grouping: {outs}"
    else:
        assert outs == {text}


def test_swap_provinces_keeps_the_body_words(bench: ModuleType) -> None:
    text = "BAN CHẤP HÀNH ĐOÀN TỈNH QUẢNG BÌNH\nTỉnh đoàn Quảng Bình báo cáo"
    out = bench.swap_provinces(text, ["Quảng Bình"], ["Gia Lai"], random.Random(0))
    assert out == "BAN CHẤP HÀNH ĐOÀN TỈNH GIA LAI\nTỉnh đoàn Gia Lai báo cáo"
