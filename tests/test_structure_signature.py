"""Signature block and distribution list ("Nơi nhận"). Texts written for these tests."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.signature import match_title
from structure_docs import make_doc

BODY = """BÁO CÁO

Kết quả ra quân Chiến dịch hè năm 2024

Thực hiện kế hoạch, các cơ sở Đoàn đã ra quân đồng loạt với 45 đội hình.

Trên đây là báo cáo kết quả ra quân."""


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("PHÓ BÍ THƯ", "Phó Bí thư"),
        ("BÍ THƯ", "Bí thư"),
        ("CHÁNH VĂN PHÒNG", "Chánh Văn phòng"),
        ("CHÍNH VĂN PHÒNG", "Chánh Văn phòng"),  # a typing slip in the document
        ("PHÓ CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng"),
        ("Bí THƯ", "Bí thư"),  # a legacy-font conversion left a lower-case letter
        ("TRƯỞNG BAN", "Trưởng ban"),
    ],
)
def test_signer_titles(text: str, title: str) -> None:
    assert match_title(text) == title


@pytest.mark.parametrize("text", ["BAN THƯỜNG VỤ", "NGUYỄN VĂN AN", "KẾT QUẢ"])
def test_not_signer_titles(text: str) -> None:
    assert match_title(text) is None
    assert match_title(text, prefix=True) is None


def test_title_with_a_department() -> None:
    assert match_title("TRƯỞNG BAN TUYÊN GIÁO", prefix=True) == "Trưởng ban Tuyên giáo"
    assert match_title("TRƯỞNG BAN TUYÊN GIÁO") is None


def test_tl_block_with_recipients_before() -> None:
    text = f"""{BODY}

Nơi nhận:
- Ban Bí thư TW Đoàn (để b/c);
- Các tỉnh, thành đoàn;
- Website; Lưu VP, Ban TNTH.

TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN
CHÁNH VĂN PHÒNG

(Đã ký)

Trần Văn Bình"""
    seg = segment(make_doc(text))
    md = seg.report.metadata
    assert md.signer is not None
    assert (md.signer.name, md.signer.title) == ("Trần Văn Bình", "Chánh Văn phòng")
    assert md.recipients == [
        "Ban Bí thư TW Đoàn (để b/c)",
        "Các tỉnh, thành đoàn",
        "Website",
        "Lưu VP, Ban TNTH",
    ]
    assert md.issuer == "Ban Bí thư Trung ương Đoàn"
    assert md.scope == "toàn quốc"
    kinds = {z.kind for z in seg.zones}
    assert {"signature", "recipients"} <= kinds
    sig = next(z for z in seg.zones if z.kind == "signature")
    assert "Trần Văn Bình" in seg.report.body[sig.start : sig.end]


def test_tm_block_completed_with_the_province_and_kt_line() -> None:
    text = f"""{BODY}

Ban Chấp hành Đoàn tỉnh Quảng Trị tiếp tục chỉ đạo các cơ sở.

Nơi nhận:
- Như trên;
- Lưu VP.

TM. BAN THƯỜNG VỤ TỈNH ĐOÀN
KT. BÍ THƯ
PHÓ BÍ THƯ

NGUYỄN THỊ HOA"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert (md.signer.name, md.signer.title) == ("Nguyễn Thị Hoa", "Phó Bí thư")
    assert md.issuer == "Ban Thường vụ Tỉnh đoàn Quảng Trị"
    assert md.scope == "Quảng Trị"


def test_two_columns_on_one_line() -> None:
    text = f"""{BODY}

Nơi nhận:\tTM. BAN THƯỜNG VỤ
- Thường trực Huyện ủy (b/c);\tBÍ THƯ
- Lưu VP.\t(Đã ký)
\tLê Minh Tâm"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert (md.signer.name, md.signer.title) == ("Lê Minh Tâm", "Bí thư")
    assert md.recipients == ["Thường trực Huyện ủy (b/c)", "Lưu VP"]


def test_collapsed_columns() -> None:
    """The gap between the columns was collapsed to one space by the export."""
    text = f"""{BODY}

Nơi nhận: TM. BAN THƯỜNG VỤ
- Thường trực Huyện ủy (b/c); BÍ THƯ
- Lưu VP. (Đã ký)
Lê Minh Tâm"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert md.signer.title == "Bí thư"
    assert md.signer.name == "Lê Minh Tâm"
    assert "Thường trực Huyện ủy (b/c)" in md.recipients


def test_signature_text_is_kept_in_body_zones() -> None:
    text = f"""{BODY}

TM. BAN CHẤP HÀNH
BÍ THƯ

Phạm Quốc Việt"""
    seg = segment(make_doc(text))
    assert "Phạm Quốc Việt" in seg.report.body
    assert any(z.kind == "signature" and "BÍ THƯ" in seg.report.body[z.start : z.end] for z in seg.zones)


def test_whole_signature_on_one_line() -> None:
    """A PDF can put the prefix, the KT. line and the title on one line."""
    text = f"""{BODY}

TL. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG

Nơi nhận:
- Lưu VP.

Hoàng Minh Đức"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert (md.signer.name, md.signer.title) == ("Hoàng Minh Đức", "Phó Chánh Văn phòng")
    assert md.issuer == "Ban Bí thư Trung ương Đoàn"


def test_annex_after_the_signature_is_body() -> None:
    text = f"""{BODY}

Nơi nhận:
- Lưu VP.

TM. BAN THƯỜNG VỤ
BÍ THƯ

Trần Thu Trang

PHỤ LỤC

Kết quả cụ thể của các huyện, thị, thành đoàn trong đợt ra quân.

Huyện đoàn Đức Hòa thành lập 12 đội hình với 240 đoàn viên."""
    seg = segment(make_doc(text))
    md = seg.report.metadata
    assert md.signer is not None
    assert md.signer.name == "Trần Thu Trang"
    body = seg.report.body
    annex = body.index("Huyện đoàn Đức Hòa")
    assert not any(z.start <= annex < z.end for z in seg.zones)


def test_signed_mark_before_the_name() -> None:
    text = f"""{BODY}

TM. BAN CHẤP HÀNH
BÍ THƯ
(Đã ký) Trương Thị Mỹ"""
    md = segment(make_doc(text)).report.metadata
    assert md.signer is not None
    assert md.signer.name == "Trương Thị Mỹ"
