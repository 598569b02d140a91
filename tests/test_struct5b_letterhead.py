"""Letterheads that stack a parent body over the issuer's own, generalised after the held-out
batch 5 (spec §3 `issuer`, §2.3 scope): a committee line ("BCH ĐOÀN KHỐI ...") under its parent
("TỈNH ĐOÀN ...") names the issuer's own body, completed with the parent's place when the
gazetteer reads the completed name as one unit; a department line ("VĂN PHÒNG") under its parent
names a part of that body; a signature's short name ("TM. BAN THƯỜNG VỤ ĐOÀN KHỐI") takes the
full name from the letterhead. Texts written for these tests in the genre of Youth Union reports.
"""

from __future__ import annotations

from reportextract.readers import read
from reportextract.structure import header, scope, segment


def _meta(text: str, fmt: str = "txt"):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report.metadata


def _report(text: str, fmt: str = "txt"):  # type: ignore[no-untyped-def]
    return segment(read(text, format=fmt)).report


_KHOI = """TỈNH ĐOÀN NINH THUẬN
BCH ĐOÀN KHỐI CÁC CƠ QUAN
***
Số: 17-BC/ĐK                                  ĐOÀN TNCS HỒ CHÍ MINH
                                   Ninh Thuận, ngày 18 tháng 6 năm 2024

BÁO CÁO
Sơ kết công tác Đoàn 6 tháng đầu năm 2024

Đoàn Khối tổ chức 6 buổi sinh hoạt chuyên đề với 420 lượt đoàn viên tham gia.

TM. BAN THƯỜNG VỤ ĐOÀN KHỐI
BÍ THƯ


Trần Minh Tâm
"""


def test_committee_under_its_parent_is_the_issuers_body() -> None:
    md = _meta(_KHOI)
    # not glued to the parent line, not in title case, and the place comes from the parent
    assert md.issuer == "Ban Thường vụ Đoàn Khối các cơ quan tỉnh Ninh Thuận"
    assert md.scope == "Đoàn Khối các cơ quan tỉnh Ninh Thuận"


def test_figures_with_no_unit_go_to_the_issuers_body() -> None:
    from reportextract import extract

    rep = extract(_KHOI)
    units = {f.unit for f in rep.figures}
    assert units == {"Đoàn Khối các cơ quan tỉnh Ninh Thuận"}


def test_city_parent_gives_thanh_pho() -> None:
    text = _KHOI.replace("TỈNH ĐOÀN NINH THUẬN", "THÀNH ĐOÀN CẦN THƠ").replace("Ninh Thuận,", "Cần Thơ,")
    assert _meta(text).scope == "Đoàn Khối các cơ quan thành phố Cần Thơ"


def test_running_text_spelling_wins() -> None:
    # the text writes the body's name in full: the issuer is spelt as the text spells it
    text = _KHOI.replace(
        "Đoàn Khối tổ chức 6 buổi",
        "Ban Thường vụ Đoàn Khối các cơ quan tỉnh Ninh Thuận báo cáo như sau: Đoàn Khối tổ chức 6 buổi",
    )
    assert _meta(text).issuer == "Ban Thường vụ Đoàn Khối các cơ quan tỉnh Ninh Thuận"


def test_body_that_names_its_own_unit_is_not_completed() -> None:
    # negative: a district or school committee under its province names its unit itself
    text = _KHOI.replace("BCH ĐOÀN KHỐI CÁC CƠ QUAN", "BCH HUYỆN ĐOÀN NINH HẢI").replace(
        "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI", "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN"
    )
    md = _meta(text)
    assert md.issuer == "Ban Thường vụ Huyện đoàn Ninh Hải"
    assert md.scope == "huyện Ninh Hải"


def test_under_parent_only_when_the_gazetteer_reads_one_unit() -> None:
    # negative: a school under a district is not renamed "... huyện X": its name is complete
    own = "Ban Chấp hành Đoàn trường THPT Phan Chu Trinh"
    assert header._under_parent(own, len("Ban Chấp hành "), "Huyện đoàn Ninh Hải") == own
    # a parent that is no body of a place gives nothing to complete with
    assert header._place_of_parent("Đảng ủy Khối") is None
    assert header._place_of_parent("Tỉnh đoàn Ninh Thuận") == "tỉnh Ninh Thuận"
    assert header._place_of_parent("Đoàn thành phố Cần Thơ") == "thành phố Cần Thơ"


def test_department_line_under_its_parent() -> None:
    text = """**THÀNH ĐOÀN ĐÀ NẴNG**
**VĂN PHÒNG**

# BẢN TIN

## Tuổi trẻ Đà Nẵng với công trình thanh niên

*(Số 05/2024 - phát hành ngày 10/7/2024)*

Trong tháng 6, các cơ sở Đoàn thực hiện 35 công trình thanh niên.
"""
    md = _meta(text, "md")
    assert md.issuer == "Văn phòng Thành đoàn Đà Nẵng"
    assert md.scope == "Đà Nẵng"


def test_a_second_line_that_is_no_department_leaves_the_parent() -> None:
    # negative: a line that is neither a body nor a department ("CHI BỘ 3") leaves the parent
    names = header._org_name(["TỈNH ĐOÀN NINH THUẬN", "TỔ CÔNG TÁC SỐ 3"])
    assert names == "Tỉnh đoàn Ninh Thuận"


def test_signature_short_name_takes_the_letterhead_name() -> None:
    full = "Ban Chấp hành Đoàn Khối các cơ quan tỉnh Ninh Thuận"
    got = scope.complete_issuer("Ban Thường vụ Đoàn Khối", full, None, "")
    assert got == "Ban Thường vụ Đoàn Khối các cơ quan tỉnh Ninh Thuận"
    # negative: a signature body that is not the start of the letterhead's name keeps the header
    other = scope.complete_issuer("Ban Thường vụ Đoàn trường", full, None, "")
    assert other == full
