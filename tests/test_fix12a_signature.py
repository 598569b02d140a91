"""Signer names of fix 12a (spec: signer name), on texts written for these tests.

A military or police rank written before the signer's name ("Thượng tá Trần Minh Hải", "ĐẠI ÚY LÊ
VĂN TÙNG") is no part of the name; the signer's title above it is kept.
"""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.signature import case_name
from structure_docs import make_doc

BODY = """BÁO CÁO

Kết quả công tác Đoàn năm 2025

Các chi đoàn trực thuộc đã tổ chức 36 buổi sinh hoạt chuyên đề với 820 lượt đoàn viên tham gia.

Trên đây là báo cáo kết quả công tác năm 2025."""


def _signer(name_line: str) -> tuple[str | None, str | None]:
    text = f"""{BODY}

Nơi nhận:
- Các chi đoàn trực thuộc;
- Lưu VP.

TM. BAN THƯỜNG VỤ
BÍ THƯ

{name_line}"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    return md.signer.name, md.signer.title


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Thượng tá Trần Minh Hải", "Trần Minh Hải"),
        ("Đại úy Lê Văn Tùng", "Lê Văn Tùng"),
        ("Thiếu tướng Phạm Quang Vinh", "Phạm Quang Vinh"),
        ("TRUNG TÁ HOÀNG ANH TUẤN", "Hoàng Anh Tuấn"),
        # no rank: the name as written
        ("Trần Minh Hải", "Trần Minh Hải"),
        # a family name that looks like a rank's first word stays
        ("Trung Thị Thu", "Trung Thị Thu"),
    ],
)
def test_rank_before_the_signer_name_is_left_out(line: str, name: str) -> None:
    assert _signer(line) == (name, "Bí thư")


def test_case_name_drops_a_rank() -> None:
    assert case_name("Thượng úy Đỗ Văn Nam") == "Đỗ Văn Nam"
    assert case_name("Đại Văn Nam") == "Đại Văn Nam"  # "Đại" without a rank word after it


def test_name_glued_to_a_recipient_line_by_a_pdf() -> None:
    text = f"""{BODY}

Nơi nhận:
- Ban Thường vụ Đoàn cấp trên (để b/c);
- Lưu VP.

TM. BAN THƯỜNG VỤ
BÍ THƯ

- Các chi đoàn trực thuộc (để thực hiện);Thiếu tá Đặng Quốc Khánh"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert (md.signer.name, md.signer.title) == ("Đặng Quốc Khánh", "Bí thư")
    assert "Các chi đoàn trực thuộc (để thực hiện)" in md.recipients


def test_next_recipient_after_a_semicolon_is_no_name() -> None:
    text = f"""{BODY}

Nơi nhận:
- Ban Thường vụ Đoàn cấp trên (để b/c);

TM. BAN THƯỜNG VỤ
BÍ THƯ

- Các chi đoàn; Lưu VP.

Trần Minh Hải"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert md.signer.name == "Trần Minh Hải"
