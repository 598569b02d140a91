"""Round 24f: long reports of a provincial Đoàn Khối and a commune (merged departments in footnotes,
"cùng tuổi trẻ cả nước", members' short names, "trong đó <own body> chiếm", gifts to a named hamlet's
households, footnote anchors that end in a bracket)."""

from __future__ import annotations

from reportextract.figures.attribution import Attributor
from reportextract.figures.context import TextContext
from reportextract.structure.footnotes import anchor_before
from reportextract.units import document_texts, find_units


def _resolve(text: str, needle: str, own: str | None = None) -> str | None:
    pos = text.index(needle)
    attr = Attributor(text, TextContext.build(text), own=own)
    found = attr.resolve(pos, pos + len(needle.split(maxsplit=1)[0]))
    return None if found is None else found.unit


# -- footnote anchors ----------------------------------------------------------------------------


def test_anchor_reads_back_into_a_bracket_closed_earlier_in_the_clause() -> None:
    left = "Đoàn phường có 12 chi đoàn (8 chi đoàn khu phố, 3 chi đoàn trường và Chi đoàn Quân sự) với 540 ĐV"
    assert anchor_before(left, len(left)).endswith("Quân sự) với 540 ĐV")


def test_anchor_still_stops_at_an_unopened_bracket_and_a_comma() -> None:
    assert anchor_before("một bracket không mở) cuối", 26) == "cuối"
    left = "Đoàn phường (mới) có 12 chi đoàn, với 540 ĐV"
    assert anchor_before(left, len(left)) == "với 540 ĐV"


# -- merged departments --------------------------------------------------------------------------


def test_bodies_a_footnote_says_the_department_was_merged_from_are_not_its_subject() -> None:
    text = (
        "Hợp nhất từ Đoàn cơ sở Sở Giao thông vận tải và Chi đoàn cơ sở Sở Xây dựng; "
        "hiện có 9 chi đoàn với 215 ĐV."
    )
    assert _resolve(text, "9 chi đoàn") is None  # the department the marker is on: the anchor's


def test_a_body_named_after_the_merger_words_without_from_still_acts() -> None:
    text = "Sau sắp xếp, Đoàn cơ sở Sở Xây dựng có 9 chi đoàn với 215 ĐV."
    assert _resolve(text, "9 chi đoàn") == "Sở Xây dựng"


# -- "cùng tuổi trẻ cả nước" -----------------------------------------------------------------------


_JOIN = (
    "Phong trào hiến máu tình nguyện của Đoàn Khối tiếp nhận 980 đơn vị máu, tăng 8% so với năm trước, "
    "góp phần cùng tuổi trẻ cả nước tiếp nhận hơn 1,2 triệu đơn vị máu."
)


def test_joining_the_nation_later_does_not_make_the_own_count_national() -> None:
    assert _resolve(_JOIN, "980 đơn vị") != "toàn quốc"
    assert _resolve(_JOIN, "8%") != "toàn quốc"


def test_the_count_after_joining_the_nation_is_national() -> None:
    assert _resolve(_JOIN, "1,2 triệu") == "toàn quốc"


def test_a_national_phrase_before_the_figure_still_makes_it_national() -> None:
    text = "Trên cả nước, tuổi trẻ tiếp nhận 980 đơn vị máu, cùng các tổ chức khác thực hiện nhiều việc."
    assert _resolve(text, "980 đơn vị") == "toàn quốc"


# -- a part of a whole -----------------------------------------------------------------------------

_OWN_KHOI = "Đoàn Khối các cơ quan và doanh nghiệp tỉnh Quảng Bình"


def test_own_bare_body_after_trong_do_takes_its_share_of_the_province() -> None:
    text = (
        "Đoàn Khối làm việc với tỉnh Quảng Bình. Toàn tỉnh hiện có 98.000 đoàn viên, trong đó Đoàn Khối "
        "chiếm 6,2%."
    )
    assert _resolve(text, "98.000", own=_OWN_KHOI) == "Quảng Bình"
    assert _resolve(text, "6,2%", own=_OWN_KHOI) is None  # the page's own: its scope


def test_the_whole_before_trong_do_stays_the_province() -> None:
    text = (
        "Đoàn Khối làm việc với tỉnh Quảng Bình. Toàn tỉnh hiện có 98.000 đoàn viên, trong đó 6,2% là "
        "đảng viên."
    )
    assert _resolve(text, "6,2%", own=_OWN_KHOI) == "Quảng Bình"


# -- ĐTN and members' short names ------------------------------------------------------------------


def test_capitals_dtn_open_an_organisations_youth_union() -> None:
    text = "Đoàn cơ sở Công ty A trao ĐTN Bệnh viện Đa khoa tỉnh Quảng Bình 30 triệu đồng."
    names = [m.canonical for m in find_units(text)]
    assert "Bệnh viện Đa khoa tỉnh Quảng Bình" in names


def test_lower_case_dtn_is_no_youth_union() -> None:
    assert not any(m.level == "body" for m in find_units("đtn Bệnh viện A tổ chức 3 buổi"))


def test_a_list_reads_short_names_by_the_bracketed_short_name_and_the_full_names() -> None:
    body = (
        "Đông nhất là Đoàn cơ sở Ngân hàng Thương mại Cổ phần Công thương Chi nhánh Quảng Bình "
        "(Vietinbank Quảng Bình) với 120 ĐV; Đoàn cơ sở Công ty Cấp thoát nước Quảng Bình có 80 ĐV."
    )
    note = "Cấp thoát nước Quảng Bình 12 sáng kiến, Vietinbank Quảng Bình 9 sáng kiến; còn lại 5 sáng kiến."
    with document_texts(body, note):
        names = {note[m.start : m.end]: m.canonical for m in find_units(note)}
    assert names.get("Cấp thoát nước Quảng Bình") == "Công ty Cấp thoát nước Quảng Bình"
    bank = "Ngân hàng Thương mại Cổ phần Công thương Chi nhánh Quảng Bình"
    assert names.get("Vietinbank Quảng Bình") == bank


def test_a_short_name_the_document_never_names_in_full_stays_unread() -> None:
    body = "Đoàn cơ sở Công ty Cấp thoát nước Quảng Bình có 80 ĐV."
    note = "Sacombank Quảng Bình 9 sáng kiến, Cấp thoát nước Quảng Bình 12 sáng kiến."
    with document_texts(body, note):
        names = [m.canonical for m in find_units(note)]
    assert not any("Sacombank" in n or "Ngân hàng" in n for n in names)


# -- gifts to a named hamlet's households ----------------------------------------------------------


def test_the_next_gift_of_a_list_goes_to_the_hamlet_whose_poor_households_receive_it() -> None:
    text = (
        "Công ty TNHH Gỗ Minh An trao 01 nhà tình thương trị giá 70 triệu đồng cho gia đình ĐV Lê Văn Tâm "
        "(ấp Suối Đá) và 30 suất quà cho hộ nghèo ấp Bến Cát, mỗi suất gồm 5 kg gạo."
    )
    assert _resolve(text, "30 suất", own="xã Tân Lập") == "ấp Bến Cát"


def test_a_second_count_without_an_earlier_recipient_is_not_read_so() -> None:
    text = (
        "Công ty TNHH Gỗ Minh An phối hợp tổ chức 2 buổi tuyên truyền, 30 đoàn viên tham gia cùng ấp Bến Cát."
    )
    assert _resolve(text, "30 đoàn viên", own="xã Tân Lập") != "ấp Bến Cát"
