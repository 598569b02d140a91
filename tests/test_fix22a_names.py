"""Names, numbers in names and scope of round 22a: a letterhead's short school name written out in the
text ("ĐH" -> "Đại học"), short list names that go on in lower case ("Đoàn Khối các cơ quan"), a
label's number before its colon and figure ("Xưởng Cơ khí 3: 24 sáng kiến"), a place bracket after a
name's number, "toàn quốc" closing a contest's name, "a/b liên đội" as a ratio, and a unit ranked in
a headline's later clause. Every text was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.numbers import find_quantities
from reportextract.readers import read
from reportextract.structure import scope as scope_mod
from reportextract.structure import segment
from reportextract.units import closes_contest_name, find_units

figs, one, values = helpers("Thanh Hóa")


def _meta(text: str):  # type: ignore[no-untyped-def]
    return segment(read(text, format="txt")).report.metadata


_SCHOOL = """TỈNH ĐOÀN THANH HÓA                               ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN TRƯỜNG ĐH CÔNG NGHỆ NÔNG LÂM SÔNG MÃ
***                                             Thanh Hóa, ngày 12 tháng 6 năm 2024
Số: 21-BC/ĐTN

BÁO CÁO
Kết quả công tác Đoàn học kỳ II

Ban Chấp hành Đoàn trường Đại học Công nghệ Nông lâm Sông Mã báo cáo kết quả như sau:

1. Kết quả
Đoàn trường có 48 chi đoàn với 3.120 đoàn viên.

Nơi nhận:
- Lưu VP.

TM. BAN CHẤP HÀNH
BÍ THƯ



Lê Văn Hùng"""


# --- a letterhead's short school name, written out by the text


def test_issuer_takes_the_texts_written_out_school_name() -> None:
    md = _meta(_SCHOOL)
    assert md.issuer == "Ban Chấp hành Đoàn trường Đại học Công nghệ Nông lâm Sông Mã"
    assert md.scope == "trường Đại học Công nghệ Nông lâm Sông Mã"


def test_as_written_keeps_the_name_when_the_text_does_not_write_it_out() -> None:
    # negative: "ĐH" is left as read when the text never writes the school's words out
    text = "Đoàn trường tổ chức 12 buổi sinh hoạt."
    name = "Ban Chấp hành Đoàn trường ĐH Công Nghệ Sông Mã"
    assert scope_mod.as_written(name, text) == name
    assert scope_mod.as_written("Đoàn trường ĐH Sông Mã", "Đoàn trường Đại học Sông Mã có") == (
        "Đoàn trường Đại học Sông Mã"
    )


# --- short list names that go on in lower case


def test_short_body_name_with_lower_case_words_is_the_body_named_in_full() -> None:
    text = (
        "Đoàn Khối các cơ quan Trung ương tổ chức 12 chương trình. "
        "Gồm: các tỉnh, thành đoàn 4.100 đơn vị; Quân đội 520 đơn vị; Đoàn Khối các cơ quan 230 đơn vị."
    )
    assert one(text, 230, "toàn quốc").unit == "Đoàn Khối các cơ quan Trung ương"


def test_lower_case_item_that_shortens_no_named_body_stays_unread() -> None:
    # negative: "Nhà văn hóa các xã" shortens no body the text names in full
    text = "Gồm: Quân đội 520 đơn vị; Nhà văn hóa các xã 230 đơn vị."
    units = [m.canonical for m in find_units(text)]
    assert units == ["Quân đội nhân dân"]


# --- a list label's number before its colon and figure


def test_label_number_before_colon_and_figure_is_the_names() -> None:
    text = "Dẫn đầu:\n- Chi đoàn Xưởng Cơ khí 3: 24 sáng kiến;\n- Chi đoàn Tổ Lò 2: 18 sáng kiến."
    qs = [(q.value, q.nonfigure) for q in find_quantities(text)]
    assert (3, "name") in qs and (24, None) in qs
    assert (2, "name") in qs and (18, None) in qs


def test_clock_time_with_colon_stays_a_time() -> None:
    # negative: "7:30" (no space after the colon) and "lúc 8: 15" keep their time
    assert [q.nonfigure for q in find_quantities("Chương trình bắt đầu lúc 7:30 sáng.")] == ["time", "time"]
    assert [q.nonfigure for q in find_quantities("Khai mạc lúc 8: 15 sáng.")] == ["time", "time"]


def test_no_list_no_label_before_a_spaced_colon() -> None:
    # negative (review 22b #12): with no list, a spaced clock time with no cue stays a time, and a
    # ratio keeps its first number as a figure
    assert [q.nonfigure for q in find_quantities("Hội nghị khai mạc 7: 30 sáng.")] == ["time", "time"]
    ratio = find_quantities("Tỷ lệ nam nữ là 3: 2.")
    assert [(q.value, q.nonfigure) for q in ratio] == [(3, None), (2, None)]


def test_body_name_keeps_its_number_before_a_labels_colon() -> None:
    text = "- Đoàn cơ sở Nhà máy Gạch Hoằng Hóa 2: 40 sáng kiến, làm lợi 1,9 tỷ đồng."
    assert [m.canonical for m in find_units(text)] == ["Nhà máy Gạch Hoằng Hóa 2"]
    assert one(text, 1_900_000_000).unit == "Nhà máy Gạch Hoằng Hóa 2"


def test_body_name_before_a_count_keeps_no_number() -> None:
    # negative: a number followed by what it counts is no part of the name
    text = "Đoàn Thanh niên Công ty Gạch Hoằng Hóa 12 suất quà."
    assert [m.canonical for m in find_units(text)] == ["Công ty Gạch Hoằng Hóa"]


# --- a place bracket after a name's number


def test_place_bracket_after_a_communes_number_is_no_count() -> None:
    text = "Từ ngày 1 đến 20/10, Đoàn xã A Lưới 3 (thành phố Huế) huy động 4 đội hình."
    assert 2 not in values(text, "Huế") and 3 not in values(text, "Huế")
    assert one(text, 4, "Huế").unit == "xã A Lưới 3"


def test_count_of_things_after_a_communes_name_stays_a_figure() -> None:
    # negative: what follows the number is what it counts, no bracket naming a place
    text = "Tỉnh đoàn trao tặng xã Quang Chiểu 20 suất quà."
    assert one(text, 20).unit == "xã Quang Chiểu"


# --- "toàn quốc" that closes a contest's name


def test_national_word_closing_a_contest_name_is_no_unit() -> None:
    text = (
        "Đội tuyển của CLB Tin học giành 01 giải Ba cuộc thi lập trình Robot toàn quốc. "
        "Đoàn trường trao 40 suất học bổng trị giá 120 triệu đồng."
    )
    assert one(text, 1).unit == "Thanh Hóa"
    assert one(text, 40).unit == "Thanh Hóa"
    at = text.index("toàn quốc")
    assert closes_contest_name(text, at)


def test_national_word_after_a_lower_case_word_stays_national() -> None:
    # negative: "trên toàn quốc", "vòng toàn quốc" name the country's level, no contest's name
    contest = "Cuộc thi thu hút 5.000 thí sinh trên toàn quốc"
    assert [m.canonical for m in find_units(contest)] == ["toàn quốc"]
    text = "đạt 3 giải nhì tại vòng toàn quốc"
    assert [m.canonical for m in find_units(text)] == ["toàn quốc"]
    assert not closes_contest_name(text, text.index("toàn quốc"))


# --- "a/b liên đội" is a ratio, not a day


def test_ratio_before_pioneer_units_is_two_figures() -> None:
    text = "Các liên đội trên địa bàn (11/11 liên đội) thu gom 2.400 kg giấy vụn."
    assert [(q.value, q.nonfigure) for q in find_quantities(text)][:2] == [(11, None), (11, None)]


def test_day_before_pioneer_units_with_a_date_cue_stays_a_date() -> None:
    # negative: "ngày 11/11" is a date, whatever follows
    text = "Ngày 11/11 liên đội tổ chức hội chợ."
    assert [q.nonfigure for q in find_quantities(text)] == ["date", "date"]


# --- a unit ranked in a later clause of a national headline


_NATIONAL_PAGE = (
    "Tuyên dương 1.820 \"Thanh niên tiên tiến\" cấp Trung ương, Thanh Hóa dẫn đầu với 210 em\n"
    "Thứ Hai, 12/01/2026 - 09:00\n"
    "Tối 11/1, tại Hà Nội, Trung ương Đoàn tuyên dương 1.820 thanh niên tiêu biểu của 34 tỉnh, thành phố.\n"
    "Thanh Hóa dẫn đầu với 210 thanh niên."
)


def test_ranked_province_in_a_later_headline_clause_leaves_the_national_scope() -> None:
    title, _, rest = _NATIONAL_PAGE.partition("\n")
    lead = rest.split("\n", 2)[1]
    assert scope_mod.news_scope(title, lead, _NATIONAL_PAGE) == "toàn quốc"


def test_headline_opening_with_the_ranked_province_is_its_page() -> None:
    # negative: the province opens the headline, the page is the province's
    title = "Thanh Hóa xếp thứ 4 toàn quốc cuộc thi tìm hiểu lịch sử với 96.000 lượt dự thi"
    lead = "Tối 11/1, tại Hà Nội, Trung ương Đoàn tổng kết cuộc thi."
    assert scope_mod.news_scope(title, lead, f"{title}\n{lead}") == "Thanh Hóa"


# --- a part's number before "có" and its own figure


def test_parts_number_before_co_and_a_figure_is_the_names() -> None:
    text = "Toàn công ty có 52 sáng kiến. Chi đoàn Xưởng dệt 4 có 11 sáng kiến, nhiều nhất công ty."
    assert [(q.value, q.nonfigure) for q in find_quantities(text)] == [(52, None), (4, "name"), (11, None)]


def test_count_after_co_before_another_number_stays_a_figure() -> None:
    # negative: after "có" the number counts; a noun after it counts what it names
    text = "Chi đoàn Xưởng dệt có 4 có 11 sáng kiến. Chi đoàn Xưởng dệt 4 chiến sĩ."
    assert [q.nonfigure for q in find_quantities(text)] == [None, None, None]


# --- an organisation's numbered plant named alone


def test_numbered_plant_named_alone_keeps_its_number() -> None:
    from reportextract.units import lookup

    m = lookup("Nhà máy Gạch Hoằng Hóa 2")
    assert m is not None and m.canonical == "Nhà máy Gạch Hoằng Hóa 2" and m.level == "body"


def test_province_with_a_number_named_alone_is_no_unit() -> None:
    # negative: the number rule is for organisations only, not places read by the gazetteer
    from reportextract.units import lookup

    assert lookup("Thanh Hóa 2") is None
