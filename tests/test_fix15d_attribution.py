"""Unit attribution, round 15d (spec §2.3): national quotes and comparisons, counted bodies, merged
bodies, elliptical lists of places that only say where. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


# ------------------------------------------------------- a comparison with the nation is no national figure
def test_a_comparison_with_the_nation_does_not_make_the_figure_national():
    text = (
        "Đoàn Thanh niên Bệnh viện Sản Nhi Nghệ An khám cho 900 trẻ em. Bác sĩ Hồ Văn Lâm cho biết "
        "khoảng 41% số trẻ được khám bị thiếu máu, cao hơn mức chung của cả nước. Năm tới, đơn vị "
        "phấn đấu khám cho 1.200 em."
    )
    assert one(text, 41).unit != "toàn quốc"
    assert one(text, 1200).unit != "toàn quốc"


def test_so_voi_ca_nuoc_only_compares():
    text = "Tỉnh đoàn Nghệ An kết nạp 5.400 đoàn viên mới, tăng 12% so với cả nước."
    assert one(text, 12).unit == "Nghệ An"


def test_the_nation_itself_still_makes_the_sentence_national():
    text = "Trên cả nước có 2.300 đội hình tình nguyện hè được thành lập."
    assert one(text, 2300).unit == "toàn quốc"


def test_a_ministry_quoted_as_the_source_is_national():
    text = "Theo Bộ Giáo dục và Đào tạo, có 1,1 triệu thí sinh đăng ký dự thi năm nay."
    assert one(text, 1_100_000).unit == "toàn quốc"


def test_a_cadre_quoted_as_the_source_is_no_ministry():
    text = "Tỉnh đoàn Nghệ An ra quân. Theo cán bộ Đoàn, có 300 đoàn viên tham gia."
    assert one(text, 300).unit == "Nghệ An"


# ------------------------------------------------ a national officer speaks of the whole Youth Union
def test_a_national_officer_on_the_whole_union_is_national():
    text = (
        "Chị Lê Thu Hà, Bí thư Trung ương Đoàn, biểu dương tuổi trẻ Nghệ An. Theo chị Hà, toàn "
        "Đoàn hiện có hơn 6 triệu đoàn viên; 20/34 tỉnh, thành phố đã hoàn thành đại hội."
    )
    assert one(text, 6_000_000).unit == "toàn quốc"
    assert one(text, 20).unit == "toàn quốc"


def test_a_local_officer_on_the_whole_union_is_not_national():
    text = (
        "Anh Phan Văn Tú, Bí thư Tỉnh đoàn Nghệ An, phát biểu. Theo anh Tú, toàn Đoàn hiện có hơn "
        "180.000 đoàn viên."
    )
    assert one(text, 180_000).unit != "toàn quốc"


# ---------------------------------------------------------------------------- counted bodies act not
def test_a_counted_lower_body_is_no_actor_of_the_venue():
    text = (
        "Tại phường Trường Vinh, Đại hội Đoàn tỉnh Nghệ An khai mạc với 300 đại biểu của 130 Đoàn "
        "xã, phường và 28 cơ sở Đoàn trực thuộc."
    )
    assert one(text, 28).unit == "Nghệ An"


def test_an_unnamed_lower_body_after_a_place_still_acts_there():
    text = "Tại xã Diễn Châu, Đoàn xã ra quân với 120 đoàn viên."
    assert one(text, 120).unit == "xã Diễn Châu"


# ------------------------------------------------------------------------- merged bodies are history
def test_bodies_merged_do_not_take_the_next_clause():
    text = (
        "Đại hội Đoàn tỉnh Nghệ An khai mạc. Đây là đại hội đầu tiên sau khi hợp nhất Tỉnh đoàn Nghệ "
        "An và Tỉnh đoàn Hà Tĩnh; 45% đại biểu là nữ."
    )
    assert one(text, 45).unit != "Hà Tĩnh"


def test_a_body_after_a_merged_place_still_acts():
    text = "Sau khi sáp nhập xã Diễn Hải, Đoàn xã Diễn Châu tổ chức 4 buổi sinh hoạt."
    assert one(text, 4).unit == "xã Diễn Châu"


# ------------------------------------------------- the elliptical next item of a "tại" list says where
def test_the_elliptical_item_after_a_place_that_only_says_where_says_where_too():
    text = (
        "Đoàn Thanh niên Tổng công ty Điện lực miền Bắc lắp 40 trạm sạc. Riêng tại tỉnh Hà Tĩnh có "
        "12 trạm sạc, tỉnh Quảng Bình 9 trạm."
    )
    assert one(text, 9).unit == one(text, 12).unit
    assert one(text, 9).unit != "Quảng Bình"


def test_a_list_of_places_with_their_numbers_keeps_each_place():
    text = "Số đoàn viên mới: tỉnh Hà Tĩnh có 1.200 đoàn viên, tỉnh Quảng Bình 900 đoàn viên."
    assert one(text, 900).unit == "Quảng Bình"


def test_a_command_of_the_armed_forces_quoted_as_the_source_is_its_sector():
    text = "Theo Bộ Tư lệnh Bộ đội Biên phòng, toàn lực lượng hiện đỡ đầu hơn 3.100 học sinh."
    assert one(text, 3100).unit != "toàn quốc"
