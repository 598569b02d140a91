"""Rules generalised after the held-out documents n23-n28: the place of an event is not a news
article's scope, a merger date is not an event date, a lettered item run into its parent heading
is cut, a letterhead's "Đoàn tỉnh X" signs as "Tỉnh đoàn X", and a photo credit may be initials.
Texts written for these tests in the genre of Youth Union reports and news."""

from __future__ import annotations

import pytest

from reportextract.structure import segment
from reportextract.structure.lines import build_lines
from reportextract.structure.news import mark_captions
from reportextract.structure.scope import news_scope, running_name
from structure_docs import make_doc

# --- scope of a news item (spec §2.3: a place that only says where is not the unit) -----------


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # the address of the venue, town then province, is all "where"; the body is the actor
        (
            "Chiều 12/5, tại thị trấn Mỹ Lộc, tỉnh Nam Định, Huyện đoàn Ý Yên tổ chức giao lưu thanh niên.",
            "huyện Ý Yên",
        ),
        # a list of places after "tại các tỉnh"
        (
            "Tuần qua, tại các tỉnh Sơn La, Điện Biên, Đoàn Thanh niên Công an nhân dân mở lớp tập huấn.",
            "Công an nhân dân",
        ),
        # negative: with no "tại"/"ở", the first place named is the actor
        ("Sáng 3/4, huyện Gio Linh, tỉnh Quảng Trị ra quân Tháng Thanh niên.", "huyện Gio Linh"),
        # negative: a body right after the venue ends the address and is not a place of it
        ("Sáng 3/4, tại xã Gio Mỹ, Huyện đoàn Gio Linh ra quân Tháng Thanh niên.", "huyện Gio Linh"),
        # only a venue named: it is the scope (no actor to prefer)
        ("Sáng 3/4, tại tỉnh Quảng Trị, đoàn viên ra quân Tháng Thanh niên.", "Quảng Trị"),
    ],
)
def test_venue_address_loses_to_the_acting_body(lead: str, expected: str) -> None:
    assert news_scope("Tuổi trẻ ra quân Tháng Thanh niên", lead, lead) == expected


# --- event dates: the date units were merged is not an activity ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kể từ ngày 01/7/2025, tỉnh Tuyên Quang mới được hình thành trên cơ sở hợp nhất hai tỉnh.", []),
        ("Từ ngày 01/7/2025, các xã được sắp xếp lại đơn vị hành chính cấp xã theo Nghị quyết.", []),
        # negative: an activity about the merger on that date is an event
        ("Ngày 15/7/2025, Tỉnh đoàn tổ chức hội nghị triển khai công tác Đoàn sau sáp nhập.", ["2025-07-15"]),
        # negative: "sau hợp nhất" makes the merger earlier than the dated activity
        ("Ngày 20/7/2025, sau hợp nhất, các Đoàn xã đồng loạt ra quân.", ["2025-07-20"]),
        # a merger word in the next clause does not reach back
        ("Ngày 12/7/2025, Đoàn xã ra quân dọn vệ sinh. Xã mới được hợp nhất từ ba xã cũ.", ["2025-07-12"]),
    ],
)
def test_merger_date_is_not_an_event(text: str, expected: list[str]) -> None:
    doc = make_doc(f"Báo cáo nhanh kết quả hoạt động.\n\n{text}")
    assert segment(doc).report.metadata.event_dates == expected


# --- sections: "a) Title" run into its parent heading --------------------------------------


def _sections(text: str) -> list[tuple[int, str, str]]:
    return [(s.level, s.number, s.title) for s in segment(make_doc(text)).report.sections]


def test_lettered_item_run_into_its_parent_heading_is_cut() -> None:
    text = """1. Công tác chỉ đạo

Ban Thường vụ ban hành kế hoạch.

2. Kết quả các phong trào a) Phong trào Thanh niên tình nguyện

Các cơ sở Đoàn ra quân đồng loạt.

b) Phong trào Học tập sáng tạo

Tổ chức hội thi tin học trẻ.
"""
    assert _sections(text) == [
        (1, "1", "Công tác chỉ đạo"),
        (1, "2", "Kết quả các phong trào"),
        (2, "a", "Phong trào Thanh niên tình nguyện"),
        (2, "b", "Phong trào Học tập sáng tạo"),
    ]


def test_lettered_item_inside_a_paragraph_is_not_a_heading() -> None:
    text = """1. Công tác chỉ đạo

Đoàn xã triển khai hai nội dung a) Tuyên truyền trên mạng xã hội và b) Ra quân dọn vệ sinh.
"""
    assert _sections(text) == [(1, "1", "Công tác chỉ đạo")]


# --- issuer: the letterhead's formal name of a local Union signs by its running name ----------


@pytest.mark.parametrize(
    ("formal", "running"),
    [
        ("Đoàn tỉnh Hòa Bình", "Tỉnh đoàn Hòa Bình"),
        ("Đoàn thành phố Cần Thơ", "Thành đoàn Cần Thơ"),
        ("Đoàn huyện Mường Lát", "Huyện đoàn Mường Lát"),
        ("Đoàn thị xã Sơn Tây", "Thị đoàn Sơn Tây"),
        # negatives: a commune, ward or school has no such name; a running name stays
        ("Đoàn xã Tân Lập", "Đoàn xã Tân Lập"),
        ("Đoàn phường Bến Thành", "Đoàn phường Bến Thành"),
        ("Đoàn trường THPT Lê Quý Đôn", "Đoàn trường THPT Lê Quý Đôn"),
        ("Tỉnh đoàn Hòa Bình", "Tỉnh đoàn Hòa Bình"),
    ],
)
def test_running_name(formal: str, running: str) -> None:
    assert running_name(formal) == running


REPORT = """BAN CHẤP HÀNH ĐOÀN {level} {place}\tĐOÀN TNCS HỒ CHÍ MINH
***
Số: 57-BC/ĐTN\t{city}, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả ra quân hè năm 2024

Ngày 10/6/2024, các cơ sở Đoàn ra quân Chiến dịch tình nguyện hè.

Nơi nhận:\tTM. BAN THƯỜNG VỤ
- Lưu VP.\tBÍ THƯ

Lò Văn Tuấn
"""


@pytest.mark.parametrize(
    ("level", "place", "city", "issuer"),
    [
        ("TỈNH", "HÒA BÌNH", "Hòa Bình", "Ban Thường vụ Tỉnh đoàn Hòa Bình"),
        ("XÃ", "TÂN LẬP", "Tân Lập", "Ban Thường vụ Đoàn xã Tân Lập"),
    ],
)
def test_issuer_from_letterhead_and_bare_signature(level: str, place: str, city: str, issuer: str) -> None:
    text = REPORT.format(level=level, place=place, city=city)
    assert segment(make_doc(text)).report.metadata.issuer == issuer


# --- captions: a photo credit given by initials ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("Hơn 200 đoàn viên dọn rác ven biển sáng Chủ nhật. Ảnh: P.L", True),
        ("Đoàn viên trao quà cho 40 hộ nghèo. Ảnh: T.H.", True),
        ("Đoàn viên trao quà cho 40 hộ nghèo (Ảnh: Đ.K)", True),
        # negative: a sentence ends after "Ảnh:" - a contest named in running text
        ("Ban tổ chức phát động cuộc thi Ảnh: Tuổi trẻ miền biên. Có 30 tác phẩm dự thi.", False),
    ],
)
def test_photo_credit_by_initials(line: str, caption: bool) -> None:
    lines = build_lines(make_doc(f"Đoàn viên ra quân tình nguyện.\n\n{line}\n\nCác hoạt động tiếp tục."))
    mark_captions(lines)
    assert (lines[1].role == "caption") is caption
