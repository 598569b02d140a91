"""Issuer and scope of official documents, generalised after the held-out reports c27-c29 (spec
§3 issuer, §2.3 scope): the closing sentence "Trên đây là báo cáo ... của <body>" names the
signing body in full; the Hội's "ỦY BAN TRUNG ƯƠNG" letterhead and its motto; a date line's place
is never the scope by itself. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import scope, segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_COUNCIL = """TỈNH ĐOÀN NGHỆ AN                       ĐOÀN TNCS HỒ CHÍ MINH
HỘI ĐỒNG ĐỘI TỈNH
***                                      Nghệ An, ngày 02 tháng 10 năm 2024
Số: 12-BC/HĐĐ

BÁO CÁO
Kết quả hoạt động hè năm 2024

Các Liên đội tổ chức 240 buổi sinh hoạt hè cho thiếu nhi.

Trên đây là báo cáo kết quả hoạt động hè năm 2024 của Thường trực Hội đồng Đội tỉnh Nghệ An.

Nơi nhận:
- Lưu HĐĐ.

TM. THƯỜNG TRỰC HỘI ĐỒNG ĐỘI TỈNH
CHỦ TỊCH



Trần Văn Minh
"""


def test_closing_sentence_names_the_signing_body_in_full() -> None:
    md = _meta(_COUNCIL)
    assert md.issuer == "Thường trực Hội đồng Đội tỉnh Nghệ An"
    assert md.scope == "Nghệ An"


def test_closing_issuer_rule() -> None:
    text = "Trên đây là báo cáo sơ kết của Ban Thường vụ Đoàn Thanh niên Tổng công ty Sông Lam gửi Đảng ủy."
    expected = "Ban Thường vụ Đoàn Thanh niên Tổng công ty Sông Lam"
    assert scope.closing_issuer("Ban Thường vụ", text) == expected


def test_closing_sentence_not_taken_when_less_complete_or_another_body() -> None:
    # negative: a closing name that stops at the level word adds nothing to the signature
    assert scope.closing_issuer("Ban Thường vụ", "Trên đây là báo cáo của Ban Thường vụ Tỉnh đoàn.") is None
    # negative: the closing names a body that is not the signing one
    assert scope.closing_issuer("Ban Thường vụ", "Trên đây là kết quả của Tỉnh đoàn Nghệ An.") is None
    # negative: no signature, no closing issuer
    assert scope.closing_issuer(None, "Trên đây là báo cáo của Ban Thường vụ Tỉnh đoàn Nghệ An.") is None


_HOI = """ỦY BAN TRUNG ƯƠNG                     HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM
HỘI LHTN VIỆT NAM
***                                   Hà Nội, ngày 14 tháng 11 năm 2024
Số: 88-BC/TWH

BÁO CÁO
Kết quả Ngày hội thanh niên khởi nghiệp năm 2024

Các tỉnh, thành phố tổ chức 120 cuộc thi ý tưởng khởi nghiệp; tỉnh Hà Tĩnh có 14 cuộc thi.

Nơi nhận:
- Lưu VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH



Lê Văn An
"""


def test_central_hoi_letterhead_gives_national_scope() -> None:
    # no closing sentence: the issuer comes from the letterhead ("Ủy ban" is the Hội's committee,
    # the full name on the right is its motto), and the date line's Hà Nội is not the scope
    md = _meta(_HOI)
    # LHTN written out, as the gold writes a Hội LHTN issuer (c29, c40; round 13)
    assert md.issuer == "Ban Thường vụ Trung ương Hội Liên hiệp Thanh niên Việt Nam"
    assert md.scope == "toàn quốc"


def test_date_line_place_is_not_the_scope() -> None:
    assert scope.official_scope(None, "Hà Nội, ngày 05 tháng 12 năm 2024\nCác đơn vị tổ chức 5 buổi.") is None
    # negative: a place named in the text (not as a date line) is still the fallback
    text = "Hà Nội, ngày 05 tháng 12 năm 2024\nTỉnh đoàn Hà Tĩnh tổ chức 5 buổi."
    assert scope.official_scope(None, text) == "Hà Tĩnh"
