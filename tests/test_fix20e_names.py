"""fix20e: a business named short and in full is one unit under its full name; a Youth Union cell of a
school's staff is the school's; a straight quote before a word opens a quotation; a festive or organised
named point is an event held; "Trung thu" is one word of a measure. Every sentence was written for these
tests."""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities
from reportextract.units.gazetteer import find_units

figs, one, values = helpers("Đồng Nai")


# ------------------------------------------------------- a business named without its legal form
def test_short_business_name_reads_as_the_full_one() -> None:
    text = (
        "Đoàn Thanh niên Công ty Gạch Men Sao Mai trao quà công nhân\n"
        "Sáng 2/4, Đoàn Thanh niên Công ty TNHH MTV Gạch Men Sao Mai tổ chức lễ ra quân."
    )
    names = {m.canonical for m in find_units(text) if m.level == "body"}
    assert names == {"Công ty TNHH MTV Gạch Men Sao Mai"}


def test_short_company_name_reads_as_its_corporation() -> None:
    text = (
        "Đoàn Thanh niên Công ty Vận tải Biển Bạc hỗ trợ ngư dân. "
        "Đoàn Thanh niên Tổng công ty Vận tải Biển Bạc trao 40 áo phao."
    )
    names = {m.canonical for m in find_units(text) if m.level == "body"}
    assert names == {"Tổng công ty Vận tải Biển Bạc"}


def test_business_figures_take_the_full_name() -> None:
    text = (
        "Đoàn Thanh niên Công ty Gạch Men Sao Mai chăm lo công nhân\n"
        "Sáng 2/4, Đoàn Thanh niên Công ty Cổ phần Gạch Men Sao Mai trao 60 suất quà cho công nhân."
    )
    assert one(text, 60).unit == "Công ty Cổ phần Gạch Men Sao Mai"


def test_other_words_inserted_make_another_business() -> None:
    # negative: "Xây dựng" is no word of a legal form: another company
    text = (
        "Đoàn Thanh niên Công ty Sao Mai trao quà. "
        "Đoàn Thanh niên Công ty Xây dựng Sao Mai trao 40 áo phao."
    )
    names = {m.canonical for m in find_units(text) if m.level == "body"}
    assert names == {"Công ty Sao Mai", "Công ty Xây dựng Sao Mai"}


def test_two_full_forms_leave_the_short_name_as_it_is() -> None:
    # negative: two longer forms, the short one may be either
    text = (
        "Đoàn Thanh niên Công ty Sao Mai trao quà. Đoàn Thanh niên Công ty TNHH Sao Mai trao 4 áo phao. "
        "Đoàn Thanh niên Công ty Cổ phần Sao Mai trao 5 áo phao."
    )
    names = {m.canonical for m in find_units(text) if m.level == "body"}
    assert "Công ty Sao Mai" in names


# ------------------------------------------------------- a school's staff cell
def test_staff_cell_of_a_school_is_the_school() -> None:
    text = (
        "Đoàn xã Phú Lý tổng kết tháng. Chi đoàn giáo viên Trường THCS Phú Lý mở 5 lớp dạy vẽ "
        "cho 70 em học sinh."
    )
    assert one(text, 5).unit == "trường THCS Phú Lý"
    assert one(text, 70).unit == "trường THCS Phú Lý"


def test_cell_of_staff_and_teachers_is_the_school() -> None:
    text = "Đoàn xã Phú Lý tổng kết. Chi đoàn cán bộ, giáo viên Trường Tiểu học Phú Lý trồng 120 cây xanh."
    assert one(text, 120).unit == "trường Tiểu học Phú Lý"


def test_teachers_joined_by_another_body_stay_with_it() -> None:
    # negative: the teachers only work with the hamlet's cell, which acts
    text = (
        "Đoàn xã Phú Lý tổng kết. Chi đoàn ấp Bình Hòa phối hợp giáo viên Trường THCS Phú Lý "
        "mở 5 lớp dạy vẽ."
    )
    assert one(text, 5).unit == "ấp Bình Hòa"


# ------------------------------------------------------- straight quotes
def test_quoted_name_after_a_number_inside_a_straight_quoted_speech() -> None:
    text = 'Anh Minh cho biết: "Năm tới, đơn vị phấn đấu xây ít nhất 3 "Nhà khăn quàng đỏ" cho học sinh".'
    f = one(text, 3)
    assert (f.qualifier, f.category) == ("at_least", "works")


def test_number_inside_a_straight_quoted_name_stays_a_name() -> None:
    # negative: the quotation closes before a space, the number is the name's
    qs = find_quantities('Đoàn xã ra mắt mô hình "2 không, 1 có" với 15 đoàn viên.')
    assert [(int(q.value), q.nonfigure) for q in qs] == [(2, "name"), (1, "name"), (15, None)]


# ------------------------------------------------------- named points
def test_festive_points_are_events() -> None:
    text = "Hội đồng Đội tỉnh phấn đấu đưa ít nhất 80 điểm vui Tết về các bản vùng cao."
    assert one(text, 80).category == "events"


def test_named_points_organised_are_events() -> None:
    assert one("Tỉnh đoàn tổ chức 20 điểm đọc sách cho thiếu nhi.", 20).category == "events"


def test_bare_points_of_an_organised_day_stay_places() -> None:
    # negative: "tại N điểm" says where, a bare point is a place covered
    assert one("Tỉnh đoàn tổ chức ngày hội tại 12 điểm trong tỉnh.", 12).category == "coverage"
    assert one("Ngày hội diễn ra tại 9 điểm.", 9).category == "coverage"


def test_mid_autumn_is_one_word_of_the_measure() -> None:
    assert one("Tỉnh đoàn trao 215 phần quà Trung thu cho thiếu nhi.", 215).measure == "phần quà trung thu"


def test_collecting_verb_still_ends_the_measure() -> None:
    # negative: "thu" alone is a verb after the noun
    assert one("Tỉnh đoàn trao 215 phần quà thu hút thiếu nhi.", 215).measure == "phần quà"


# ------------------------------------------------------- a count before a quoted name
def test_count_before_a_quoted_name_after_a_bodys_word_is_a_figure() -> None:
    qs = find_quantities('Huyện đoàn trao tặng Đoàn Khối 2 "Góc đọc sách" cùng 300 cuốn sách.')
    assert [(int(q.value), q.nonfigure) for q in qs] == [(2, None), (300, None)]


def test_number_of_a_numbered_block_stays_a_name() -> None:
    # negative: no quoted name after it, "Khối 3" is a block's name
    qs = find_quantities("Đoàn viên Khối 3 tham gia dọn vệ sinh.")
    assert [(int(q.value), q.nonfigure) for q in qs] == [(3, "name")]
