"""Issuer of a report kept without its end (spec §3 issuer: the body that issues or signs), after
the held-out batch 9b: with no signature block the committee that the preamble names as
reporting ("..., Ban Thường vụ Huyện đoàn báo cáo như sau:") is the issuer, completed by the same
body named in full earlier in the preamble or by the letterhead. Texts written for these tests."""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import meta, segment


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_CUT_DISTRICT = """TỈNH ĐOÀN THANH HÓA                        ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN HUYỆN NGA SƠN
        ***
Số: 17-BC/HĐTN                          Nga Sơn, ngày 03 tháng 9 năm 2024

BÁO CÁO
Kết quả chiến dịch tình nguyện hè năm 2024

Căn cứ Kế hoạch số 30-KH/HĐTN của Ban Thường vụ Huyện đoàn Nga Sơn, Ban Thường vụ Huyện đoàn báo cáo như sau:

I. KẾT QUẢ
Các cơ sở Đoàn tổ chức 36 buổi ra quân với 1.250 lượt đoàn viên tham gia, làm mới 4 km đư"""


def test_cut_report_takes_the_preamble_committee_completed_from_the_preamble() -> None:
    md = _meta(_CUT_DISTRICT)
    assert md.signer is None
    assert md.issuer == "Ban Thường vụ Huyện đoàn Nga Sơn"


def test_preamble_committee_naming_its_unit_is_taken_as_written() -> None:
    text = _CUT_DISTRICT.replace(
        "Ban Thường vụ Huyện đoàn báo cáo", "Ban Chấp hành Đoàn huyện, Ban Thường vụ Đoàn xã Nga Thủy báo cáo"
    )
    assert meta.preamble_issuer(text, None) == "Ban Thường vụ Đoàn xã Nga Thủy"


def test_bare_preamble_committee_is_completed_by_the_letterhead() -> None:
    text = (
        "Căn cứ Kế hoạch số 04-KH/ĐTN của Ban Thường vụ Đoàn trường, "
        "Ban Thường vụ Đoàn trường báo cáo như sau:\n1. Kết quả\nCó 12 chi đoàn."
    )
    assert meta.preamble_issuer(text, "Đoàn trường Cao đẳng Y tế Bạch Mai") == (
        "Ban Thường vụ Đoàn trường Cao đẳng Y tế Bạch Mai"
    )
    # a letterhead of another body does not complete it
    assert meta.preamble_issuer(text, "Huyện đoàn Nga Sơn") is None


def test_signature_block_still_decides_the_issuer() -> None:
    text = _CUT_DISTRICT.replace(
        "làm mới 4 km đư",
        "làm mới 4 km đường.\n\nNơi nhận:\n- Lưu VP.\n\nTM. BAN CHẤP HÀNH\nBÍ THƯ\n\n\n\nLê Văn An\n",
    )
    assert _meta(text).issuer.startswith("Ban Chấp hành")


def test_no_reporting_committee_in_the_preamble() -> None:
    # a committee named only as the author of a cited plan, and no "báo cáo" after a committee
    text = "Thực hiện Kế hoạch số 30-KH/HĐTN của Ban Thường vụ Huyện đoàn Nga Sơn, các cơ sở Đoàn đã báo cáo."
    assert meta.preamble_issuer(text, "Huyện đoàn Nga Sơn") is None
    cut = _CUT_DISTRICT.replace("Ban Thường vụ Huyện đoàn báo cáo", "Huyện đoàn báo cáo")
    assert _meta(cut).issuer == "Ban Chấp hành Đoàn huyện Nga Sơn"


_KHOI_HEAD = """ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH HÀ TĨNH       ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN KHỐI CÁC CƠ QUAN TỈNH
Số: 09-BC/ĐTN           Hà Tĩnh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả hoạt động quý III năm 2024

Đoàn Khối các cơ quan tỉnh Hà Tĩnh có 35 cơ sở Đoàn trực thuộc.
1. Kết quả
Các cơ sở Đoàn tổ chức 18 buổi sinh hoạt chuyên đề."""


def test_letterhead_name_stopping_at_its_level_takes_the_place_of_the_line_above() -> None:
    md = _meta(_KHOI_HEAD)
    # the running text's case, the province kept
    assert md.issuer == "Ban Chấp hành Đoàn Khối các cơ quan tỉnh Hà Tĩnh"


def test_letterhead_name_keeps_its_end_when_the_line_above_has_no_place_at_its_level() -> None:
    text = _KHOI_HEAD.replace("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH HÀ TĨNH", "ĐẢNG BỘ HUYỆN CAN LỘC")
    assert "Hà Tĩnh" not in (_meta(text).issuer or "")
