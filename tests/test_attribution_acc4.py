"""Unit attribution rules added after the fourth blind batch (spec §2.3), each with a case where the
rule must not fire.

Every sentence was written for these tests; none is taken from a report.
"""

from __future__ import annotations

import reportextract


def units(text: str, scope: str) -> dict[str, str | None]:
    """The unit of each figure, by its text."""
    return {f.text: f.unit for f in reportextract.extract(text, scope=scope).figures}


# --------------------------------------------------------------------------- "của" + a body
def test_an_activity_of_a_body_named_after_cua_is_the_body_s() -> None:
    text = (
        "Ngày hội hiến máu của Huyện đoàn Tam Nông được tổ chức ngày 12/5/2025 tại xã Phú Cường "
        "với sự tham gia của 640 đoàn viên, thanh niên."
    )
    assert units(text, "Đồng Tháp")["640"] == "huyện Tam Nông"


def test_a_body_that_only_backs_an_activity_is_not_its_unit() -> None:
    text = "Với sự hỗ trợ của Huyện đoàn Tam Nông, Đoàn xã Phú Thành mở 14 lớp học bơi."
    assert units(text, "Đồng Tháp")["14"] == "xã Phú Thành"
    text = "Hội thi có sự phối hợp của Huyện đoàn Tam Nông, thu hút 310 học sinh tham gia."
    assert units(text, "Đồng Tháp")["310"] == "Đồng Tháp"


def test_the_whole_province_of_a_provincial_report_is_not_an_earlier_subject() -> None:
    text = (
        "Lễ phát động của Huyện đoàn Tam Nông thu hút 400 đoàn viên. "
        "Trong tháng, toàn tỉnh thực hiện 96 công trình thanh niên."
    )
    got = units(text, "Đồng Tháp")
    assert got["400"] == "huyện Tam Nông"
    assert got["96"] == "Đồng Tháp"
    # without "toàn tỉnh" the next sentence goes on with the body of the first
    text = (
        "Lễ phát động của Huyện đoàn Tam Nông thu hút 400 đoàn viên. "
        "Sau lễ, các đội hình trồng 2.000 cây xanh."
    )
    assert units(text, "Đồng Tháp")["2.000"] == "huyện Tam Nông"


# --------------------------------------------------------------------------- "Riêng tại X"
def test_a_place_singled_out_keeps_what_a_higher_body_hands_over_there() -> None:
    text = (
        "Riêng tại huyện Mường Tè, Tỉnh đoàn Lai Châu trao tặng huyện 150 suất quà "
        'và 02 "Nhà nhân ái" trị giá 100 triệu đồng.'
    )
    got = units(text, "Lai Châu")
    assert got["150"] == got["02"] == got["100 triệu đồng"] == "huyện Mường Tè"


def test_a_former_province_singled_out_keeps_its_part_of_the_total() -> None:
    text = (
        "Toàn tỉnh vận động 4.120 chiếc chăn ấm. Riêng trên địa bàn tỉnh Hà Giang cũ, "
        "các cơ sở Đoàn vận động được 1.730 chiếc chăn ấm."
    )
    got = units(text, "Tuyên Quang")
    assert got["1.730"] == "Hà Giang"
    assert got["4.120"] == "Tuyên Quang"


def test_a_place_not_singled_out_only_says_where() -> None:
    text = "Tại huyện Mường Tè, Tỉnh đoàn Lai Châu trao tặng 150 suất quà cho học sinh."
    assert units(text, "Lai Châu")["150"] == "Lai Châu"


def test_a_list_after_a_place_singled_out_goes_on_with_its_own_places() -> None:
    text = "Riêng huyện Tam Nông có 9 điểm thi với 210 tình nguyện viên, huyện Thanh Bình có 5 điểm thi."
    got = units(text, "Đồng Tháp")
    assert got["9"] == got["210"] == "huyện Tam Nông"
    assert got["5"] == "huyện Thanh Bình"


# --------------------------------------------------------------------------- receiving
def test_a_school_that_receives_a_prize_is_its_unit() -> None:
    text = (
        'Giải Nhất thuộc về đề tài "Nhà kính mini" của nhóm học sinh Trường THPT Lê Lợi, '
        "được nhận 15 triệu đồng."
    )
    assert units(text, "Kon Tum")["15 triệu đồng"] == "trường THPT Lê Lợi"


def test_a_school_named_inside_a_phrase_without_receiving_stays_a_place() -> None:
    text = "Các tình nguyện viên có mặt tại điểm thi Trường THPT Lê Lợi từ sớm, hỗ trợ 620 thí sinh."
    assert units(text, "Kon Tum")["620"] == "Kon Tum"


# --------------------------------------------------------------------------- national reports
def test_a_national_meeting_held_in_a_city_is_national() -> None:
    text = (
        "Trung ương Đoàn tổ chức Hội nghị tổng kết chiến dịch. "
        "Hội nghị diễn ra tại Hà Nội, kết nối trực tuyến tới 52 điểm cầu."
    )
    assert units(text, "toàn quốc")["52"] == "toàn quốc"


def test_an_activity_held_in_a_province_with_no_actor_is_the_province_s() -> None:
    text = "Chương trình được tổ chức tại tỉnh Sơn La, thu hút 1.200 thanh niên tham gia."
    assert units(text, "toàn quốc")["1.200"] == "Sơn La"
