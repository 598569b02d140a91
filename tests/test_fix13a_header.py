"""The letterhead of fix 13a (spec §3 `issuer`, `scope`), on texts written for these tests.

The national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh phúc") is the
right column's heading wherever a text export puts it (after the issuer block, before it, or
glued to it on one line): never the issuer, never a place ("XÃ HỘI" is no commune). A two-line
letterhead whose first line names a body at no level and whose second line is a place alone
names one body, that place's ("ỦY BAN HỘI LHTN VIỆT NAM" / "TỈNH X" -> "Ủy ban Hội Liên hiệp
Thanh niên Việt Nam tỉnh X"), its abbreviation written out.
"""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.header import find_header
from reportextract.structure.lines import build_lines
from reportextract.structure.names import expand_org
from structure_docs import make_doc

BODY = """BÁO CÁO

Kết quả hoạt động của Hội năm 2025

Trong năm, các cơ sở Hội đã tổ chức 45 buổi sinh hoạt chuyên đề với 1.200 lượt hội viên tham gia.

Toàn tỉnh có 310 chi hội với 12.400 hội viên."""


def _metadata(head: str) -> tuple[str | None, str | None]:
    md = segment(make_doc(f"{head}\n\n{BODY}")).report.metadata
    return md.issuer, md.scope


DATE_LINE = "Quảng Trị, ngày 3 tháng 4 năm 2025"

COLUMN_WISE = """ỦY BAN HỘI LHTN VIỆT NAM
TỈNH QUẢNG TRỊ
***
Số: 12-BC/HLHTN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 10 tháng 12 năm 2025"""

SIDE_BY_SIDE = """ỦY BAN HỘI LHTN VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc
***
Số: 12-BC/HLHTN Quảng Trị, ngày 10 tháng 12 năm 2025"""

MOTTO_FIRST = """CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

ỦY BAN HỘI LHTN VIỆT NAM
TỈNH QUẢNG TRỊ
***
Số: 12-BC/HLHTN
Quảng Trị, ngày 10 tháng 12 năm 2025"""


@pytest.mark.parametrize(
    "head", [COLUMN_WISE, SIDE_BY_SIDE, MOTTO_FIRST], ids=["columns", "side", "motto-first"]
)
def test_the_motto_is_never_the_issuer_and_the_letterhead_names_the_body(head: str) -> None:
    issuer, scope = _metadata(head)
    assert issuer == "Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Quảng Trị"
    assert scope == "Quảng Trị"


@pytest.mark.parametrize(
    "motto",
    [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc",
    ],
)
def test_the_motto_after_a_one_line_issuer_is_header_not_a_body(motto: str) -> None:
    text = f"TỈNH ĐOÀN QUẢNG TRỊ\n***\nSố: 08-BC/TĐTN\n\n{motto}\n{DATE_LINE}\n\n{BODY}"
    info = find_header(build_lines(make_doc(text)))
    assert info is not None
    assert info.org == "Tỉnh đoàn Quảng Trị"


def test_a_committee_line_over_a_place_line_names_the_body_of_that_place() -> None:
    head = "BAN CHẤP HÀNH ĐOÀN\nHUYỆN CẨM GIÀNG\n***\nSố: 30-BC/HĐTN\n\nCẩm Giàng, ngày 5 tháng 6 năm 2024"
    issuer, _ = _metadata(head)
    assert issuer == "Ban Chấp hành Đoàn huyện Cẩm Giàng"


def test_a_body_of_its_own_under_a_parent_is_not_joined_to_it() -> None:
    # negative: the second line is a body (a Tỉnh đoàn), not a place alone: it is the issuer
    head = f"ĐOÀN TNCS HỒ CHÍ MINH\nBAN CHẤP HÀNH\nTỈNH ĐOÀN QUẢNG TRỊ\n***\nSố: 08-BC/TĐTN\n\n{DATE_LINE}"
    issuer, scope = _metadata(head)
    assert issuer == "Tỉnh đoàn Quảng Trị"
    assert scope == "Quảng Trị"


def test_a_place_line_under_a_body_that_names_a_unit_is_not_joined() -> None:
    # negative: the first line already names its unit; the place line under it is not its place
    head = "TỈNH ĐOÀN QUẢNG TRỊ\nHUYỆN ĐOÀN HẢI LĂNG\n***\nSố: 08-BC/HĐTN\n\n" + DATE_LINE
    info = find_header(build_lines(make_doc(f"{head}\n\n{BODY}")))
    assert info is not None
    assert info.org == "Huyện đoàn Hải Lăng"


def test_the_abbreviation_is_written_out_as_a_whole_word_only() -> None:
    assert expand_org("Ủy ban Hội LHTN Việt Nam tỉnh X") == "Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh X"
    # negative: inside a longer word, or a name without it, nothing changes
    assert expand_org("Hội LHTNVN") == "Hội LHTNVN"
    assert expand_org("Tỉnh đoàn Quảng Trị") == "Tỉnh đoàn Quảng Trị"
