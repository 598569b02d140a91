"""Figure-stage rules of the fifth round: per-item amounts after "mỗi", two numbers sharing one
noun, lodging counted as items.

Spec §2.1 (instructions are not figures; an amount per item in a result is), §2.4 and §2.6
(category and measure from the counted noun). Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Bắc Ninh")


# ------------------------------------------------------------------- "mỗi": instruction or amount
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a measure or money amount right after "mỗi" and its noun is what each item holds
        ("Đoàn trường tiếp nhận 96 đơn vị máu (mỗi đơn vị 250 ml).", 250),
        ("Huyện đoàn trao 40 suất quà cho các hộ khó khăn, mỗi hộ 1,5 triệu đồng.", 1500000),
        # a "mỗi" inside a closed parenthesis, or before another number, does not reach further
        ("Tiếp nhận 96 đơn vị máu (mỗi đơn vị 250 ml), tổng lượng máu khoảng 24 lít.", 24),
        ("Mỗi đơn vị 250 ml, tổng cộng thu được 24 lít máu.", 24),
    ],
)
def test_amount_per_item_is_a_figure(text, value):
    assert value in values(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # what each unit is to do stays an instruction (spec §2.1), with or without a verb
        ("Mỗi xã thành lập 1 đội hình tình nguyện.", 1),
        ("Mỗi xã (phường) thành lập 1 đội hình tình nguyện.", 1),
        ("Mỗi chi đoàn 02 đồng chí tham gia trực.", 2),
        ("Mỗi cơ sở Đoàn vận động tối thiểu 05 đoàn viên hiến máu.", 5),
    ],
)
def test_instruction_after_each_is_not_a_figure(text, value):
    assert value not in values(text)


# --------------------------------------------------------------- two numbers, one noun after both
def test_first_of_two_numbers_takes_the_noun_said_after_the_second():
    text = "Hai chi đoàn có nhiều người tham gia nhất với 23 và 21 đoàn viên."
    first, second = one(text, 23), one(text, 21)
    assert first.measure == second.measure == "đoàn viên"
    assert first.category == second.category == "participants"


def test_either_or_numbers_share_the_noun():
    f = one("Mỗi tháng các chi đoàn tổ chức từ 2 hoặc 3 buổi sinh hoạt chuyên đề.", 2)
    assert f.measure.startswith("buổi")


def test_numbers_with_their_own_nouns_keep_them():
    text = "Huyện đoàn trao tặng 02 máy tính và 3 máy in cho điểm trường."
    assert one(text, 2).measure == "máy tính"
    assert one(text, 3).measure == "máy in"


def test_money_before_and_keeps_its_money_measure():
    f = one("Tỉnh đoàn hỗ trợ 15 triệu đồng và 30 suất quà cho xã Yên Trung.", 15000000)
    assert f.category == "money"
    assert "đồng" in f.measure


# -------------------------------------------------------------------------------- lodging nouns
@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Các đội hình đã kết nối 1.250 chỗ trọ miễn phí cho thí sinh.", 1250, "chỗ trọ"),
        ("Nhà văn hóa bố trí được 86 chỗ ở cho người nhà thí sinh.", 86, "chỗ ở"),
    ],
)
def test_lodging_places_are_items(text, value, measure):
    f = one(text, value)
    assert f.category == "items"
    assert f.measure.startswith(measure)


# ------------------------------------------------------------- breakdown footnotes of people
BREAKDOWN = (
    "BÁO CÁO\nKết quả tháng cao điểm\n\n"
    "Các đội hình tình nguyện đã hỗ trợ 12.460 người dân cài đặt ứng dụng định danh điện tử¹.\n\n"
    "Các chi đoàn huy động 3.200 đoàn viên tham gia ra quân².\n\n"
    "¹ Trong đó: huyện Quế Võ 6.210 người, huyện Gia Bình 6.250 người.\n"
    "² Trong đó: huyện Quế Võ 1.700 người, huyện Gia Bình 1.500 người.\n"
)


def test_breakdown_footnote_counts_the_people_of_its_sentence():
    """The footnote's "người" are the kind of people its marker's sentence counts; the dot of
    "12.460" does not end that sentence."""
    found = {f.value: f for f in figs(BREAKDOWN) if f.where == "footnote"}
    assert found[6210].category == found[6250].category == "beneficiaries"
    assert found[1700].category == found[1500].category == "participants"


def test_data_fields_are_not_schools():
    """ "trường" is a school (coverage), but "trường thông tin" is a field of a form (other)."""
    text = "Đoàn viên nhập liệu 4.500 trường thông tin dân cư và đến 12 trường học."
    assert one(text, 4500).category == "other"
    assert one(text, 12).category == "coverage"


def test_bodies_honoured_are_other():
    """Spec §2.4: "tập thể được khen thưởng" is other; units that take part stay coverage."""
    text = "Tỉnh đoàn là 1 trong 25 đơn vị được Ban Bí thư Trung ương Đoàn tặng Cờ thi đua."
    assert one(text, 25).category == "other"
    assert one("Có 35 đơn vị tham gia hội thi cấp tỉnh.", 35).category == "coverage"


def test_table_column_of_people_served_is_beneficiaries():
    """A column whose header opens with a verb of serving counts the people served (spec §2.4)."""
    text = (
        "BÁO CÁO\nKết quả quý\n\nKết quả của các cơ sở Đoàn như sau:\n\n"
        "TT\tĐơn vị\tHỗ trợ làm thủ tục (người)\tĐoàn viên tham gia (người)\n"
        "1\tXã Chiềng Hặc\t320\t45\n"
        "2\tXã Mường Sại\t280\t38\n"
    )
    found = {f.value: f for f in figs(text, scope="huyện Yên Châu")}
    assert found[320].category == found[280].category == "beneficiaries"
    assert found[45].category == found[38].category == "participants"


def test_play_site_built_is_a_work_held_is_an_event():
    built = one("Đoàn xã khánh thành và bàn giao cho thôn Đông Tảo 01 “Điểm vui chơi cho thiếu nhi”.", 1)
    assert built.category == "works"
    assert one("Các chi đoàn tổ chức 36 điểm vui chơi trong dịp hè.", 36).category == "events"
