"""The header of official documents: type word, subject, number, place and date, two-column
layouts, issuer; and cited documents (references). Texts written for these tests."""

# ruff: noqa: E501  (example sentences are long lines of text)

from __future__ import annotations

import pytest

from reportextract.structure import segment
from structure_docs import make_doc

TWO_COLUMNS_TAB = """BAN CHẤP HÀNH ĐOÀN TỈNH NINH THUẬN\tĐOÀN TNCS HỒ CHÍ MINH
***\tPhan Rang, ngày 12 tháng 8 năm 2024
Số: 301-BC/TĐTN-TNNT

KẾ HOẠCH

Tổ chức Ngày hội thanh niên với biển đảo quê hương
năm 2024

Căn cứ Kế hoạch số 46-KH/TWĐTN-CNĐT ngày 14/4/2024 của Ban Bí thư Trung ương Đoàn, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau.

I. MỤC ĐÍCH, YÊU CẦU

Tổ chức các hoạt động thiết thực."""

TWO_COLUMNS_LINES = """TỈNH ĐOÀN NINH THUẬN
BCH HUYỆN ĐOÀN NINH HẢI
***
Số: 12 -BC/HĐTN

ĐOÀN TNCS HỒ CHÍ MINH
Ninh Hải, ngày 05 tháng 9 năm 2024

BÁO CÁO
Kết quả Chiến dịch thanh niên tình nguyện hè năm 2024

Thực hiện Công văn số 707- CV/TĐTN-TNNT ngày 13/6/2024 của Ban Thường vụ Tỉnh đoàn, Huyện đoàn báo cáo như sau.

1. Công tác triển khai

Ban Thường vụ Huyện đoàn ban hành kế hoạch.

TM. BAN THƯỜNG VỤ
BÍ THƯ

Đỗ Văn Khoa"""

COLLAPSED = """BAN CHẤP HÀNH ĐOÀN TỈNH NINH THUẬN ĐOÀN TNCS HỒ CHÍ MINH
*** Phan Rang, ngày 12 tháng 8 năm 2024
Số: 301-BC/TĐTN-TNNT

BÁO CÁO

Kết quả hoạt động tháng 7 năm 2024

Các cơ sở Đoàn đã ra quân."""

CONG_VAN = """BAN CHẤP HÀNH TRUNG ƯƠNG
ĐOÀN TNCS HỒ CHÍ MINH
Số: 1534-CV/TWĐTN-VP
V/v tổ chức hội nghị trực tuyến

Kính gửi: Các tỉnh, thành đoàn, đoàn trực thuộc

Thực hiện chương trình công tác năm 2024, Ban Bí thư Trung ương Đoàn đề nghị các đơn vị như sau."""


def test_two_columns_with_tabs() -> None:
    seg = segment(make_doc(TWO_COLUMNS_TAB))
    md = seg.report.metadata
    assert md.doc_type == "kế hoạch"
    assert md.title == "Tổ chức Ngày hội thanh niên với biển đảo quê hương năm 2024"  # wrapped subject
    assert md.number == "301-BC/TĐTN-TNNT"
    assert (md.place, md.date) == ("Phan Rang", "2024-08-12")
    assert md.issuer == "Ban Chấp hành Đoàn tỉnh Ninh Thuận"
    assert md.scope == "Ninh Thuận"
    assert [(r.number, r.date) for r in md.references] == [("46-KH/TWĐTN-CNĐT", "2024-04-14")]
    assert [(s.number, s.title) for s in seg.report.sections] == [("I", "MỤC ĐÍCH, YÊU CẦU")]
    # header and subject are kept in the body, marked as zones
    header = next(z for z in seg.zones if z.kind == "header")
    title = next(z for z in seg.zones if z.kind == "title")
    assert "Số: 301-BC/TĐTN-TNNT" in seg.report.body[header.start : header.end]
    assert seg.report.body[title.start : title.end].startswith("Tổ chức Ngày hội")


def test_consecutive_column_lines_and_stacked_bodies() -> None:
    md = segment(make_doc(TWO_COLUMNS_LINES)).report.metadata
    assert md.doc_type == "báo cáo"
    assert md.title == "Kết quả Chiến dịch thanh niên tình nguyện hè năm 2024"
    assert md.number == "12-BC/HĐTN"
    assert md.date == "2024-09-05"
    assert md.issuer == "Ban Thường vụ Huyện đoàn Ninh Hải"  # the signing body under the header's unit
    assert md.scope == "huyện Ninh Hải"
    assert [(r.number, r.date) for r in md.references] == [("707-CV/TĐTN-TNNT", "2024-06-13")]


def test_collapsed_column_gap() -> None:
    md = segment(make_doc(COLLAPSED)).report.metadata
    assert md.date == "2024-08-12"
    assert md.number == "301-BC/TĐTN-TNNT"
    assert md.issuer == "Ban Chấp hành Đoàn tỉnh Ninh Thuận"


def test_cong_van_subject_after_vv() -> None:
    seg = segment(make_doc(CONG_VAN))
    md = seg.report.metadata
    assert md.doc_type == "công văn"
    assert md.title == "tổ chức hội nghị trực tuyến"
    assert md.number == "1534-CV/TWĐTN-VP"
    assert md.issuer == "Ban Chấp hành Trung ương Đoàn"
    assert md.scope == "toàn quốc"


@pytest.mark.parametrize(
    ("sentence", "refs"),
    [
        (
            "Thực hiện Kế hoạch số 46-KH/TWĐTN-CNĐT ngày 14/4/2023 của Ban Bí thư.",
            [("46-KH/TWĐTN-CNĐT", "2023-04-14")],
        ),
        (
            "Ngày 07/7/2023, Ban Bí thư ban hành công văn số 1134-CV/TWĐTN-CNĐT chỉ đạo các tỉnh.",
            [("1134-CV/TWĐTN-CNĐT", "2023-07-07")],
        ),
        ("Thực hiện Kế hoạch số 76 -KH/HĐĐ của Hội đồng Đội thành phố.", [("76-KH/HĐĐ", None)]),
        (
            "Căn cứ Hướng dẫn số 24-HD/TĐTN ngày 10/5/2023 và Kế hoạch số 30-KH/TĐTN ngày 02/6/2023.",
            [("24-HD/TĐTN", "2023-05-10"), ("30-KH/TĐTN", "2023-06-02")],
        ),
    ],
)
def test_references(sentence: str, refs: list[tuple[str, str | None]]) -> None:
    md = segment(make_doc(f"Báo cáo kết quả tháng 6.\n\n{sentence}")).report.metadata
    assert [(r.number, r.date) for r in md.references] == refs


def test_own_number_is_not_a_reference() -> None:
    md = segment(make_doc(TWO_COLUMNS_TAB)).report.metadata
    assert "301-BC/TĐTN-TNNT" not in [r.number for r in md.references]


def test_issuer_from_the_text_when_no_header_body() -> None:
    text = """BÁO CÁO

Kết quả Ngày hội tình nguyện năm 2024

Ban Bí thư Trung ương Đoàn báo cáo kết quả như sau:

1. Kết quả

Các tỉnh, thành đoàn đã triển khai 300 đội hình."""
    md = segment(make_doc(text)).report.metadata
    assert md.issuer == "Ban Bí thư Trung ương Đoàn"
    assert md.scope == "toàn quốc"


def test_bulletin_masthead() -> None:
    text = """THÀNH ĐOÀN ĐÀ NẴNG
BAN TUYÊN GIÁO

BẢN TIN THANH NIÊN ĐÀ NẴNG THÁNG 4/2024

Tháng 4/2024, các cấp bộ Đoàn tổ chức nhiều hoạt động.

01. Lễ ra quân

Sáng 6/4, Thành đoàn tổ chức lễ ra quân."""
    seg = segment(make_doc(text))
    md = seg.report.metadata
    assert md.doc_type == "bản tin"
    assert md.title == "THANH NIÊN ĐÀ NẴNG THÁNG 4/2024"
    assert md.issuer == "Ban Tuyên giáo Thành đoàn Đà Nẵng"
    assert md.scope == "Đà Nẵng"
    assert [(s.level, s.number) for s in seg.report.sections] == [(1, "01")]
    assert md.event_dates == ["2024-04-06"]


def test_headline_starting_with_a_type_word_is_news() -> None:
    text = "KẾ HOẠCH NHỎ - VIỆC NHỎ Ý NGHĨA LỚN\n\nSáng 10/3/2024, Liên đội trường THCS Tân Phú thu gom 320 kg giấy vụn."
    md = segment(make_doc(text)).report.metadata
    assert md.doc_type == "tin"
    assert md.title == "KẾ HOẠCH NHỎ - VIỆC NHỎ Ý NGHĨA LỚN"


def test_run_in_subject_after_a_letterhead() -> None:
    text = "TỈNH ĐOÀN SÓC TRĂNG\nSố: 10-BC/TĐTN\n\nBÁO CÁO KẾT QUẢ CHIẾN DỊCH HÈ NĂM 2024\n\nCác cơ sở Đoàn đã ra quân."
    md = segment(make_doc(text)).report.metadata
    assert (md.doc_type, md.title) == ("báo cáo", "KẾT QUẢ CHIẾN DỊCH HÈ NĂM 2024")
