"""corpora-src/build.py checks a gold value against its evidence; in a "(triệu đồng)" table column
the scale comes from the header unless the evidence writes a scale word itself. "tỉnh" is no "tỉ"
("Toàn tỉnh 18.640" is still a cell of the column). The source is written for this test."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BUILD = Path(__file__).resolve().parents[1] / "corpora-src" / "build.py"

SOURCE = """---
formats: txt
---
::header
BAN CHẤP HÀNH ĐOÀN TỈNH AN GIANG || ĐOÀN TNCS HỒ CHÍ MINH
*** || An Giang, ngày 05 tháng 12 năm 2025
Số: 12-BC/TĐTN-VP ||
::end

::type BÁO CÁO

::subject Kết quả kiểm thử

Tỉnh đoàn báo cáo kết quả như sau:

| Đơn vị | Kinh phí (triệu đồng) |
|---|---:|
| Xã Mỹ Hòa | 215 |
| Toàn tỉnh | 9.430 |

Tổng kinh phí còn có 2,5 tỉ đồng vận động thêm.

=== gold ===
doc_type: báo cáo
issuer: Ban Thường vụ Tỉnh đoàn An Giang
scope: An Giang
number: 12-BC/TĐTN-VP
date: 2025-12-05
F xã Mỹ Hòa | 215_000_000 | money | - | triệu đồng | Xã Mỹ Hòa 215
F | {total} | money | - | triệu đồng | Toàn tỉnh 9.430
F | {written} | money | - | triệu đồng | 2,5 tỉ đồng
"""


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("corpora_build_units5", BUILD)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["corpora_build_units5"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _problems(build, tmp_path: Path, total: str, written: str) -> list[str]:
    path = tmp_path / "c99_kiem_thu.md"
    path.write_text(SOURCE.format(total=total, written=written), encoding="utf-8")
    _gold, problems = build.build_gold(build.parse_source(path), "c99_kiem_thu.txt")
    return problems


def test_a_total_row_named_toan_tinh_is_scaled_by_its_column(build, tmp_path: Path) -> None:
    assert _problems(build, tmp_path, "9_430_000_000", "2_500_000_000") == []


def test_wrong_values_are_still_reported(build, tmp_path: Path) -> None:
    problems = _problems(build, tmp_path, "9_430", "2_500_000_000_000_000")
    assert len(problems) == 2  # the unscaled total, and a written scale word not scaled twice
