"""Round 25e: categories, abbreviations, numbers and tables. "HV" read as the full noun the document
writes ("hội viên" or "học viên"); livestock after "chăn nuôi" stay things; people who borrow are
served; places "của"/"thuộc" honoured people stay places; a subset's items of one head noun of people
and a bare "người" item count as the item before; nights of patrol are events; a market organised is
an event; "8/8 Hội LHTN" is a ratio; "N điều Bác Hồ dạy" a title; no lexicon entry read across a comma
before a name; a plan/result table's "ĐVT" and "Ghi chú" columns, a points column; a bulletin's issue
line. Every text was written for these tests.
"""

from __future__ import annotations

import reportextract
from figure_helpers import helpers
from reportextract.figures.measure import measure_after

figs, one, values = helpers("Ninh Bình")


# ------------------------------------------------------- "HV": hội viên or học viên
def test_hv_is_a_member_where_the_document_writes_hoi_vien():
    text = (
        "Hội LHTN tỉnh phát triển hội viên mới. Toàn tỉnh có 52.300 HV, tăng 6%. "
        "Đợt ra quân có hơn 4.100 lượt HV, thanh niên tham gia."
    )
    assert one(text, 52_300).category == "participants"
    assert one(text, 4_100).category == "participants"


def test_hv_is_a_trainee_where_the_document_writes_hoc_vien():
    # the neighbour shape: a training course writes "học viên" in full, its "HV" are trainees (served)
    text = "Trung tâm mở lớp cho học viên khóa mới. Lớp đào tạo nghề cho 120 HV tại xã Gia Sinh."
    assert one(text, 120).category == "beneficiaries"


def test_hv_in_a_footnote_is_read_by_the_whole_document():
    text = (
        "Hội LHTN tỉnh hiện có 9.000 hội viên¹.\n\n"
        "¹ Trong đó: huyện Nho Quan 5.000 HV, huyện Gia Viễn 4.000 HV."
    )
    assert one(text, 5_000).category == "participants"
    assert one(text, 4_000).category == "participants"


def test_a_lower_case_hv_is_no_short_form():
    # the figure counts "hv" itself: in capitals it would be the members the document writes in full
    text = "Hội LHTN tỉnh có nhiều hội viên. Lớp mới có 12 hv tham gia."
    assert one(text, 12).category != "participants"
    assert one(text.replace("hv", "HV"), 12).category == "participants"


# ------------------------------------------------------- a noun of things is completed into no people
def test_head_of_livestock_after_chan_nuoi_stays_things():
    text = "Đoàn xã lập 1 tổ hợp tác chăn nuôi với 12 thành viên, đàn gia súc hơn 250 con."
    assert one(text, 250).category == "items"


def test_a_bare_unit_of_blood_is_still_completed():
    # the neighbour shape: "đơn vị" completed by "máu" earlier in the clause stays items
    text = "Đoàn trường tổ chức 3 đợt hiến máu với 1.580 đơn vị."
    assert one(text, 1_580).category == "items"


def test_cut_flowers_are_items():
    text = "Mỗi năm hợp tác xã cung cấp khoảng 2,5 triệu cành hoa cho thị trường."
    assert one(text, 2_500_000).category == "items"


# ------------------------------------------------------- people who borrow are served
def test_members_who_borrow_are_served():
    text = "Đoàn xã giới thiệu 7 thành viên vay 350 triệu đồng để nuôi bò."
    assert one(text, 7).category == "beneficiaries"


def test_members_who_take_part_still_act():
    assert one("Tổ hợp tác có 7 thành viên tham gia góp vốn.", 7).category == "participants"


# ------------------------------------------------------- places of honoured people
def test_provinces_of_honoured_people_are_places():
    text = "Có 60 thanh niên tiêu biểu của 21 tỉnh, thành phố được tuyên dương tại lễ trao giải."
    assert one(text, 21).category == "coverage"
    assert one(text, 60).category == "other"


def test_honoured_bodies_stay_other():
    # the neighbour shape: the bodies themselves honoured
    assert one("Tỉnh đoàn khen thưởng 12 đơn vị có thành tích xuất sắc.", 12).category == "other"


# ------------------------------------------------------- a subset's items of one head noun of people
def test_subset_items_of_honoured_people_are_honoured():
    text = (
        "Có 60 thanh niên được tuyên dương, trong đó 22 người là nữ và 15 người dân tộc thiểu số."
    )
    assert one(text, 15).category == "other"


def test_subset_items_of_served_people_stay_served():
    text = "Đoàn xã hỗ trợ 80 người dân, trong đó 30 người là nữ và 12 người dân tộc thiểu số."
    assert one(text, 12).category == "beneficiaries"


# ------------------------------------------------------- a bare "người" item repeats the item before
def test_a_bare_nguoi_item_after_honoured_people_is_honoured():
    text = "Ninh Bình có 6 thanh niên nhận giải, nhiều nhất khu vực; Thái Bình 4 người, Nam Định 2 người."
    assert one(text, 4).category == "other"
    assert one(text, 2).category == "other"


def test_a_bare_nguoi_item_after_served_people_is_served():
    text = "Huyện Nho Quan hỗ trợ 50 thanh niên học nghề; huyện Gia Viễn 40 người, huyện Yên Mô 30 người."
    assert one(text, 40).category == "beneficiaries"


# ------------------------------------------------------- nights of an activity
def test_nights_of_patrol_are_events():
    text = "Đoàn cơ sở Công an huyện tổ chức 9 đêm tuần tra chung trên các tuyến đường ven biển."
    assert one(text, 9).category == "events"


def test_a_length_in_nights_is_no_figure():
    assert 3 not in values("Đội hình làm việc trong 3 đêm liên tục tại xã Gia Sinh.")


# ------------------------------------------------------- "1 trong N" bodies honoured by a long name
def test_one_of_n_bodies_honoured_by_a_sector_body():
    text = (
        "Đoàn Thanh niên Công an tỉnh là 1 trong 12 đơn vị được Ban Thường vụ Đoàn Thanh niên "
        "Công an nhân dân tặng Bằng khen."
    )
    assert one(text, 12).category == "other"


def test_one_of_n_bodies_chosen_for_something_else_stays_covered():
    text = "Xã Gia Sinh là 1 trong 12 đơn vị được Huyện đoàn chọn làm điểm tổ chức hội thi."
    assert one(text, 12).category == "coverage"


# ------------------------------------------------------- a market organised
def test_a_market_organised_is_an_event():
    text = 'Các cơ sở Đoàn tổ chức 14 "Chợ Tết 0 đồng" cho hộ nghèo.'
    assert one(text, 14).category == "events"


def test_markets_where_something_happens_stay_places():
    assert one("Đội hình tuyên truyền tại 18 chợ truyền thống.", 18).category == "coverage"


# ------------------------------------------------------- "x/y Hội LHTN" and "N điều Bác Hồ dạy"
def test_a_ratio_of_hoi_bodies_is_two_figures():
    text = "Đến nay 6/6 Hội LHTN cấp huyện đã tổ chức đại hội nhiệm kỳ mới."
    assert values(text).count(6) == 2


def test_a_day_before_a_hoi_body_stays_a_date():
    text = "Ngày 6/6 Hội LHTN tỉnh ra quân với 200 hội viên."
    assert 6 not in values(text)
    assert 200 in values(text)


def test_precepts_of_uncle_ho_are_a_title():
    text = "Đoàn viên thực hiện 5 điều Bác Hồ dạy thiếu niên, nhi đồng."
    assert 5 not in values(text)


def test_a_count_of_articles_stays_a_figure():
    assert 4 in values("Đội hình tuyên truyền 4 điều luật mới cho 300 người dân.")


# ------------------------------------------------------- no entry across a comma before a name
def test_no_entry_read_across_a_comma_before_the_next_items_name():
    text = "Bệnh viện A 9 người, Bệnh viện B 7 người."
    phrase = measure_after(text, text.index("9") + 1, len(text))
    assert phrase.noun == "người"


def test_an_entry_written_with_a_comma_is_still_read():
    # the neighbour shape: "y, bác sĩ" is the lexicon's "y bác sĩ" written with a comma
    assert one("Bệnh viện cử 24 y, bác sĩ trẻ về xã Gia Sinh khám bệnh.", 24).category == "participants"


# ------------------------------------------------------- a plan/result table
_TABLE = (
    "Kết quả thực hiện chỉ tiêu:\n\n"
    "TT\tNội dung\tĐVT\tChỉ tiêu\tKết quả\tGhi chú\n"
    "1\tĐội hình tình nguyện\tĐội\t50\t58\tĐạt 116%\n"
    "2\tLượt đoàn viên tham gia\tLượt\t4.000\t4.350\n"
    "3\tCông trình thanh niên\tCông trình\t20\t23\tTrong đó 5 công trình cấp tỉnh\n"
    "4\tKinh phí thực hiện\tĐồng\t900.000.000\t960.000.000\t\n"
    "5\tĐường giao thông làm mới\tKm\t12\t10,5\tĐạt 87,5%\n"
)


def test_a_rows_dvt_cell_gives_money_and_measures():
    assert one(_TABLE, 900_000_000).category == "money"
    assert one(_TABLE, 960_000_000).category == "money"
    assert one(_TABLE, 12).category == "items"
    assert one(_TABLE, 10.5).category == "items"


def test_a_rows_dvt_noun_leaves_the_labels_noun():
    assert one(_TABLE, 50).category == "teams"
    assert one(_TABLE, 20).category == "works"


def test_a_row_without_its_last_empty_cell_lines_up_from_the_left():
    # row 2 lost its blank "Ghi chú" cell: its numbers are still the target and the result
    assert one(_TABLE, 4_000).category == "participants"
    assert one(_TABLE, 4_350).category == "participants"


def test_a_note_cell_is_read_as_text():
    assert one(_TABLE, 5).category == "works"
    assert one(_TABLE, 116).category == "other"


def test_a_merged_total_row_still_lines_up_from_the_right():
    # the neighbour shape: "Tổng cộng" across STT and the unit's name
    text = (
        "TT\tĐơn vị\tĐội hình\tĐoàn viên tham gia\n"
        "1\tHuyện Nho Quan\t12\t340\n"
        "2\tHuyện Gia Viễn\t9\t210\n"
        "Tổng cộng\t21\t550\n"
    )
    assert one(text, 21).category == "teams"
    assert one(text, 550).category == "participants"


def test_a_points_column_is_no_figure():
    text = (
        "TT\tĐội thi\tThí sinh\tĐiểm chung kết\tGiải\n"
        "1\tĐoàn xã Gia Sinh\t64\t92,5\tNhất\n"
        "2\tĐoàn xã Gia Lạc\t58\t89,75\tNhì\n"
    )
    found = values(text)
    assert 92.5 not in found and 89.75 not in found
    assert 64 in found and 58 in found


def test_a_points_count_in_a_sentence_stays_a_figure():
    # the neighbour shape: older gold keeps a score in the running text as `other` (n265, n299)
    assert one("Đội xã Gia Sinh giành giải Nhất với 92,5 điểm.", 92.5).category == "other"


# ------------------------------------------------------- a bulletin's issue line
def test_a_bulletins_issue_line_dates_it():
    text = (
        "TỈNH ĐOÀN NINH BÌNH\n\nBAN PHONG TRÀO\n\nBẢN TIN\n\nKết quả Tháng Thanh niên năm 2026\n\n"
        "(Số 04, ngày 20/3/2026)\n\nTừ ngày 02 đến 15/3/2026, các cơ sở Đoàn đã thực hiện 120 công trình."
    )
    md = reportextract.extract(text).metadata
    assert md.date == "2026-03-20"
    assert md.number is None
    assert "2026-03-20" not in md.event_dates


def test_an_issue_line_under_a_series_type_line_dates_it():
    text = (
        "TỈNH ĐOÀN NINH BÌNH\n\nVĂN PHÒNG\n\nBẢN TIN THÁNG THANH NIÊN\n\nTuần thứ ba: 210 công trình\n\n"
        "(Số 03, ngày 23/3/2026)\n\nTrong tuần, các cơ sở Đoàn đã thực hiện 210 công trình."
    )
    assert reportextract.extract(text).metadata.date == "2026-03-23"


def test_a_bulletin_without_an_issue_day_has_no_date_from_its_number():
    text = (
        "TỈNH ĐOÀN NINH BÌNH\n\nBAN PHONG TRÀO\n\nBẢN TIN\n\nKết quả Tháng Thanh niên năm 2026\n\n"
        "(Số 04)\n\nCác cơ sở Đoàn đã thực hiện 120 công trình."
    )
    assert reportextract.extract(text).metadata.date is None


# ------------------------------------------------------- a school's own number before a total
def test_a_schools_number_before_a_total_is_its_name():
    text = "Chi đoàn trao tặng trường Tiểu học Nậm Cắn 2 tổng cộng 30 bộ bàn ghế và 01 tủ sách."
    assert one(text, 30).unit == "trường Tiểu học Nậm Cắn 2"
    assert 2 not in values(text)


def test_a_count_after_a_schools_name_stays_a_count():
    # the neighbour shape: the number is followed by what it counts
    text = "Chi đoàn trao tặng trường Tiểu học Nậm Cắn 2 bộ bàn ghế."
    assert one(text, 2).unit == "trường Tiểu học Nậm Cắn"
