"""fix17m: a two-part menu section made of a known label and a short second part ("Giáo dục -
Sinh viên") one space before the headline is cut off the title. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import reportextract

LEAD = (
    "\n12/3/2026 | 08:15\n"
    "Ngày 11/3, Đoàn trường tổ chức chương trình cho 450 sinh viên tham gia, "
    "trao 30 suất học bổng và trồng 200 cây xanh trong khuôn viên trường.\n"
)


def _title(tmp_path: Path, first: str) -> str:
    path = tmp_path / "tin.txt"
    path.write_text(first + LEAD, encoding="utf-8")
    return reportextract.extract(path).metadata.title


def test_known_label_and_second_part_are_cut(tmp_path: Path) -> None:
    title = _title(tmp_path, "Giáo dục - Học đường Ngày hội việc làm 2026: 450 sinh viên tìm được việc")
    assert title == "Ngày hội việc làm 2026: 450 sinh viên tìm được việc"


def test_subject_label_and_lower_case_run_on_are_kept(tmp_path: Path) -> None:
    # negative: a subject label opens the headline's own actors; a lower-case second part is a sentence
    title = _title(tmp_path, "Thanh niên - Hội Sinh viên Trường Đại học Y góp 300 đơn vị máu")
    assert title == "Thanh niên - Hội Sinh viên Trường Đại học Y góp 300 đơn vị máu"
    title = _title(tmp_path, "Giáo dục - học sinh vùng cao Đến trường an toàn mùa lũ")
    assert title.startswith("Giáo dục - học sinh")
