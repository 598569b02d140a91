"""Round 12 fixes of the figure stage (fix12c): instructions, categories, spurious and missed figures.
Texts written for the tests."""

from __future__ import annotations

from reportextract import extract


def _values(text: str) -> list[object]:
    return [f.value for f in extract(text).figures]


def _fig(text: str, value: object):
    return next(f for f in extract(text).figures if f.value == value)


# --- spec §2.1: "đến từng thôn" names the places gone to, not a subject told what to do ---------------


def test_going_to_each_hamlet_is_a_result_not_an_instruction() -> None:
    text = (
        'Đoàn viên Công an huyện thực hiện "2 bám" với dân, đi đến từng thôn để hướng dẫn '
        "cho 365 hộ dân cài đặt ứng dụng. Thanh niên xuống từng xã hỗ trợ 48 hộ nghèo."
    )
    assert 365 in _values(text)
    assert 48 in _values(text)
    assert 2 not in _values(text)


def test_each_unit_told_what_to_do_stays_an_instruction() -> None:
    # negative: a modal before the verb of going keeps it an instruction, and so does "mỗi xã"
    text = (
        "Đề nghị cán bộ Đoàn đến từng thôn hướng dẫn ít nhất 15 hộ dân. "
        "Mỗi xã thành lập 1 đội hình tình nguyện."
    )
    assert _values(text) == []


def test_each_unit_taking_on_a_task_is_an_instruction() -> None:
    # "đảm nhận" is "take on", not "receive": what each unit is to do (spec §2.1)
    text = "- Mỗi chi hội đảm nhận 01 đoạn kênh sạch; mỗi hội viên giúp đỡ 01 hộ nghèo."
    assert _values(text) == []


def test_each_unit_receiving_stays_a_result() -> None:
    # negative: "nhận" and "tiếp nhận" are receiving: what each got is a figure
    assert _values("Mỗi trường nhận 03 bộ bàn ghế mới.") == [3]


# --- spec §2.1: a number inside a name, before the count of a quoted thing ---------------------------


def test_a_number_ending_a_school_name_before_a_counted_quoted_thing_is_no_figure() -> None:
    from reportextract.numbers import find_quantities

    text = (
        "Hội đồng Đội huyện trao tặng Liên đội trường Tiểu học Sơn Hà 3 01 “Góc học tập” "
        "trị giá 8 triệu đồng."
    )
    tags = [(q.text, q.nonfigure) for q in find_quantities(text)]
    assert ("3", "name") in tags and ("01", None) in tags
    assert 3 not in _values(text)


def test_a_count_before_a_quoted_thing_without_a_second_number_stays_a_figure() -> None:
    # negative: "xã Tân Lập 2 “Nhà nhân ái”" counts two houses (the old rule), and two bare numbers
    # after a name are table cells
    from reportextract.numbers import find_quantities

    tags = [(q.text, q.nonfigure) for q in find_quantities("Bàn giao cho xã Tân Lập 2 “Nhà nhân ái”.")]
    assert tags == [("2", None)]
    tags = [(q.text, q.nonfigure) for q in find_quantities("Kết quả phường Bắc Sơn 1 12 310")]
    assert all(t is None for _, t in tags)


# --- spec §2.4: a bare "lượt" in a footnote counts what the figure its marker ends counts ------------

COUNTER_NOTES = (
    "BÁO CÁO\nKết quả hoạt động hè\n\n"
    "Hội thi vẽ tranh trực tuyến thu hút 8.450 lượt thiếu nhi tham gia¹.\n\n"
    "Các chi đoàn mở 9 lớp tin học cho 730 lượt người lao động².\n\n"
    "Đoàn xã tổ chức 12 buổi chiếu phim³.\n\n"
    "¹ Đông nhất là Liên đội trường Tiểu học Hòa Bình với 1.120 lượt.\n"
    "² Chi đoàn thôn Đông 4 lớp, 310 lượt; các chi đoàn còn lại 5 lớp, 420 lượt.\n"
    "³ Mỗi buổi trung bình 150 lượt.\n"
)


def test_a_bare_counter_in_a_footnote_takes_the_category_of_the_marked_figure() -> None:
    found = {f.value: f for f in extract(COUNTER_NOTES).figures if f.where == "footnote"}
    assert found[1120].category == "participants"
    assert found[310].category == found[420].category == "beneficiaries"


def test_a_bare_counter_under_a_figure_of_another_noun_keeps_its_category() -> None:
    # negative: the marker ends "12 buổi chiếu phim", not a count of "lượt" people
    found = {f.value: f for f in extract(COUNTER_NOTES).figures if f.where == "footnote"}
    assert found[150].category == "other"


# --- spec §2.4: categories of nouns and verbs -------------------------------------------------------


def _cats(text: str) -> dict[object, str]:
    return {f.value: f.category for f in extract(text).figures}


def test_cases_named_by_an_examination_after_ca_are_people_served() -> None:
    cats = _cats("Trạm y tế thực hiện 75 ca siêu âm, 42 ca xét nghiệm máu.")
    assert cats[75] == cats[42] == "beneficiaries"


def test_ca_alone_stays_a_shift() -> None:
    # negative: "ca trực" is a shift, an event
    assert _cats("Đội hình chia 4 ca trực trong ngày.")[4] == "events"


def test_conscripts_and_veterans_by_the_verb() -> None:
    cats = _cats(
        "Huyện được giao chỉ tiêu 320 công dân nhập ngũ. Buổi nói chuyện có sự tham gia của "
        "5 cựu chiến binh. Đoàn viên thắp 900 nén hương tưởng niệm. Công an xã xử lý 18 vụ việc."
    )
    assert cats[320] == cats[5] == "participants"
    assert cats[900] == "items"
    assert cats[18] == "other"


def test_conscripts_and_veterans_served_are_beneficiaries() -> None:
    # negative: a verb of serving before them decides
    cats = _cats("Huyện đoàn tặng quà cho 64 công dân nhập ngũ và thăm hỏi 11 cựu chiến binh.")
    assert cats[64] == cats[11] == "beneficiaries"


def test_people_brought_to_a_place_of_remembrance_take_part() -> None:
    assert _cats("Chương trình đã đưa 260 lượt đoàn viên về các địa chỉ đỏ.")[260] == "participants"


def test_people_brought_home_are_served() -> None:
    # negative: taken home with tickets given, they are served
    assert _cats("Đoàn trường đưa 150 sinh viên về quê đón Tết.")[150] == "beneficiaries"
