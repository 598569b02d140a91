"""Unit attribution, round 14e (spec §2.3): national totals, a quote that goes on, "toàn lực lượng",
the remainder of a province's whole.

Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------- "Theo Trung ương Đoàn, …; N …"
def test_a_national_quote_goes_on_past_the_semicolon():
    text = (
        "Tỉnh đoàn Nghệ An tổ chức hội thi với 210 thí sinh. Theo Trung ương Đoàn, cuộc thi năm nay thu hút "
        "hơn 52.000 thí sinh của 34 tỉnh, thành phố; 280 thí sinh vào vòng chung kết tại thành phố Huế."
    )
    assert one(text, 52_000).unit == "toàn quốc"
    assert one(text, 280).unit == "toàn quốc"
    assert one(text, 210).unit == "Nghệ An"


def test_a_provincial_quote_past_the_semicolon_stays_the_provinces():
    text = "Theo Tỉnh đoàn, 150 thí sinh dự thi; 40 thí sinh vào vòng chung kết tại phường Vinh Phú."
    assert one(text, 40).unit == "Nghệ An"


# ------------------------------------------------- "Hội thi X toàn quốc" is a name
def test_toan_quoc_closing_a_contests_name_is_no_national_scope():
    text = "Tỉnh đoàn Nghệ An chọn 7 thí sinh xuất sắc dự Hội thi Sáng tạo trẻ toàn quốc lần thứ XX."
    assert one(text, 7).unit == "Nghệ An"


def test_toan_quoc_that_closes_no_name_stays_national():
    text = (
        "Tỉnh đoàn Nghệ An tổ chức Hội thi Sáng tạo trẻ. Năm 2025, Đoàn viên toàn quốc gửi 3.000 bài dự thi."
    )
    assert one(text, 3_000).unit == "toàn quốc"  # no event noun opens a name before "toàn quốc"


# ------------------------------------------------- "1 trong N … toàn lực lượng"
def test_one_of_a_set_of_the_whole_force_is_the_sectors():
    text = (
        "Đoàn cơ sở Đồn Biên phòng Cửa khẩu được Ban Thanh niên Bộ đội Biên phòng tặng Bằng khen, là 1 trong "
        "9 tổ chức cơ sở Đoàn tiêu biểu toàn lực lượng."
    )
    assert one(text, 9, scope="Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_one_of_a_set_without_the_force_is_national():
    text = "Tỉnh đoàn Nghệ An là 1 trong 8 đơn vị tiêu biểu được Trung ương Đoàn tặng cờ thi đua."
    assert one(text, 8).unit == "toàn quốc"


# ------------------------------------------------- "toàn tỉnh có N …; M … còn lại"
def test_the_rest_of_a_set_the_whole_province_counted_is_the_provinces():
    text = (
        "Anh Nguyễn Văn Hải, Phó Bí thư Tỉnh đoàn Hà Tĩnh, dự đại hội điểm của xã Kỳ Anh. "
        "Anh Hải cho biết toàn "
        "tỉnh có 69 xã, phường; sau đại hội điểm, 68 Đoàn xã, phường còn lại tổ chức đại hội trong tháng 5."
    )
    assert one(text, 69, scope="xã Kỳ Anh").unit == "Hà Tĩnh"
    assert one(text, 68, scope="xã Kỳ Anh").unit == "Hà Tĩnh"


def test_the_rest_of_a_list_of_communes_is_no_ones():
    text = "Xã Kỳ Anh có 12 chi đoàn vững mạnh, xã Kỳ Lạc 8 chi đoàn; các xã còn lại 30 chi đoàn."
    assert one(text, 30).unit == "Nghệ An"


# ------------------------------------------------- "trong đó khu vực A cũ N, khu vực B cũ M; …"
def test_a_later_former_area_part_ends_at_the_semicolon():
    text = (
        "Đoàn xã Diễn Châu thực hiện 40 công trình thanh niên, trong đó khu vực xã Diễn Hạnh cũ 15 công "
        "trình, khu vực xã Diễn Quảng cũ 11 công trình; 22/25 chi đoàn xếp loại vững mạnh."
    )
    assert one(text, 15, scope="xã Diễn Châu").unit == "xã Diễn Hạnh"
    assert one(text, 11, scope="xã Diễn Châu").unit == "xã Diễn Quảng"
    assert one(text, 22, scope="xã Diễn Châu").unit == "xã Diễn Châu"


def test_a_unit_after_a_semicolon_without_trong_do_keeps_its_clause():
    text = "Đoàn xã Diễn Châu trồng 500 cây xanh, xã Diễn Quảng 300 cây xanh; 12 chi đoàn ra quân."
    assert one(text, 300, scope="xã Diễn Châu").unit == "xã Diễn Quảng"
