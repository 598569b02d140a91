"""Round 25c: places inside lists and addresses, a footnote list's short names, numbers. A Central
Highlands village word ("plei") before its commune in a list item; a household's address bracket
"(thôn N, xã B)" that gives the commune; a list item's short name two units share, read at the level
of the list's other items; "x/y đại hội" a ratio, not a date; a special zone ("đặc khu") named by
words, never by a number; a pledge to give back a calf further back in the sentence; anchors across
a range's or a name's dash; a body's end of operation is no event date. Every text was written for
these tests.
"""

from __future__ import annotations

import reportextract
from figure_helpers import helpers
from reportextract.numbers import find_quantities
from reportextract.structure.footnotes import anchor_before

figs, one, values = helpers("Gia Lai")


# ------------------------------------------------------- "plei X, xã Y:" opening a list item
def test_a_plei_before_its_commune_in_a_list_item_is_the_unit():
    text = (
        "Các công trình:\n\n- Plei Ktu, xã Ia Pnôn: 2 giếng khoan, phục vụ 64 hộ;\n"
        "- Làng Mơ, xã Ia Pnôn: 3 giếng khoan."
    )
    assert one(text, 2).unit == "plei Ktu"
    assert one(text, 64).unit == "plei Ktu"
    assert one(text, 3).unit == "làng Mơ"


def test_a_ward_whose_name_starts_with_plei_is_no_village():
    # "Pleiku" is one word: no level word "plei" in it
    assert one("Đoàn phường Pleiku trao 6 bồn nước.", 6).unit == "phường Pleiku"


def test_a_built_water_tank_is_a_work():
    assert one("Đoàn xã Ia Pnôn xây 4 bể chứa cho người dân.", 4).category == "works"


# ------------------------------------------------------- a household's address bracket
def test_a_households_hamlet_and_commune_give_the_commune():
    text = (
        "Huyện đoàn trao 01 nhà nhân ái trị giá 60 triệu đồng cho gia đình ĐV Lê Văn Tám "
        "(thôn 4, xã Ia Pnôn)."
    )
    assert one(text, 1).unit == "xã Ia Pnôn"
    assert one(text, 60_000_000).unit == "xã Ia Pnôn"


def test_a_households_hamlet_alone_stays_the_hamlet():
    # the neighbour shape: no commune in the bracket, the hamlet is all the address says (c66)
    text = "Huyện đoàn trao 01 nhà nhân ái cho gia đình ĐV Lê Văn Tám (thôn Ia Mơ)."
    assert one(text, 1).unit == "thôn Ia Mơ"


def test_a_hamlet_receiving_itself_stays_the_hamlet():
    # no household: the hamlet before its commune receives the work
    text = "Huyện đoàn trao 01 công trình trị giá 60 triệu đồng cho thôn 4, xã Ia Pnôn."
    assert one(text, 1).unit == "thôn 4"


# ------------------------------------------------------- a list's short name two units share
_SHARED = (
    "Ngày 5/3, Thành đoàn tổ chức Ngày hội tại thành phố Bà Rịa cũ với 300 đoàn viên. Diễn đàn tại "
    "phường Bà Rịa có 120 đại biểu. Đoàn phường Long Hương và Đoàn phường Tam Long tham gia. Các Đoàn "
    "phường nộp 4.100 hồ sơ[^1].\n\n"
    "[^1]: Nhiều nhất là Bà Rịa 1.250 hồ sơ, Long Hương 980 hồ sơ, Tam Long 760 hồ sơ.\n"
)


def test_a_short_name_two_units_share_takes_the_level_of_its_siblings():
    found = {f.value: f.unit for f in reportextract.extract(_SHARED, scope="Hồ Chí Minh").figures}
    assert found[1250] == "phường Bà Rịa"
    assert found[980] == "phường Long Hương"


def test_a_shared_short_name_without_siblings_stays_unread():
    text = _SHARED.replace(", Long Hương 980 hồ sơ, Tam Long 760 hồ sơ", "")
    found = {f.value: f.unit for f in reportextract.extract(text, scope="Hồ Chí Minh").figures}
    assert found[1250] == "Hồ Chí Minh"


# ------------------------------------------------------- "x/y đại hội": a ratio of congresses
def test_a_ratio_of_congresses_is_two_event_figures():
    text = "Có 6 Đoàn cơ sở đến kỳ, đã tổ chức xong 6/6 đại hội."
    got = [f for f in figs(text) if f.value == 6 and f.category == "events"]
    # the done part and the whole due, each once, at "6/6" and not at the bodies' count before it
    at = text.index("6/6")
    assert [(f.span, f.note, f.measure, f.unit) for f in got] == [
        ((at, at + 1), "ratio 6/6: a part", "đại hội", "Gia Lai"),
        ((at + 2, at + 3), "ratio 6/6: the whole", "đại hội", "Gia Lai"),
    ]
    # the count of bodies before it stays a count of bodies
    assert [f.category for f in figs(text) if f.span == (3, 4)] == ["coverage"]


def test_a_date_before_a_congress_stays_a_date():
    # the neighbour shape: "ngày" makes it a day, whatever noun follows
    assert 6 not in values("Ngày 6/6 đại hội chi đoàn thôn A diễn ra.")


# ------------------------------------------------------- "đặc khu" is named by words
def test_a_count_after_the_special_zones_body_is_a_figure():
    text = "Đoàn phường A trao tặng Đoàn đặc khu 3 phòng máy tính."
    q = [x for x in find_quantities(text) if x.text == "3"]
    assert q and q[0].nonfigure is None


def test_an_area_number_stays_a_name():
    q = [x for x in find_quantities("Tại khu 4 có 3 phòng học mới.") if x.text == "4"]
    assert q and q[0].nonfigure == "name"


# ------------------------------------------------------- a calf given back: a condition
def test_a_pledge_further_back_makes_the_repayment_a_condition():
    text = "Thanh niên nhận bò ký cam kết chăm sóc, sau 3 năm trả lại 1 con bê cho Đoàn xã."
    assert 1 not in values(text, "xã Ia Pnôn")


def test_calves_given_back_without_a_pledge_are_a_result():
    assert 7 in values("Năm 2025, các hộ đã trả lại 7 con bê cho Đoàn xã.", "xã Ia Pnôn")


# ------------------------------------------------------- anchors across a joining dash
def test_an_anchor_reads_across_a_range_and_a_names_dash():
    text = "đã tổ chức xong đại hội nhiệm kỳ 2025 - 2027"
    assert anchor_before(text, len(text)) == "xong đại hội nhiệm kỳ 2025 - 2027"
    text = "nổi bật là Đoàn phường Lâm Viên - Đà Lạt"
    assert str(anchor_before(text, len(text))).endswith("Đoàn phường Lâm Viên - Đà Lạt")


def test_an_anchor_stops_at_a_dash_between_clauses():
    text = "kết quả rất tốt - trao 5 suất quà"
    assert anchor_before(text, len(text)) == "trao 5 suất quà"


# ------------------------------------------------------- a body's end of operation
def test_the_day_bodies_end_operation_is_no_event_date():
    text = (
        "BÁO CÁO\n\nCác Huyện đoàn kết thúc hoạt động từ ngày 30/6/2025. "
        "Ngày 12/8/2025, Tỉnh đoàn tổ chức Ngày hội với 300 đoàn viên."
    )
    dates = reportextract.extract(text, scope="Gia Lai").metadata.event_dates
    assert "2025-06-30" not in dates
    assert "2025-08-12" in dates
