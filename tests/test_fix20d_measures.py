"""Figure categories, qualifiers and instructions of the twentieth round (spec §2.1, §2.2, §2.4, §2.5):
people of a list item that drops its verb, riders of vehicle trips, points where an activity is held,
identity and insurance cards issued or handed out, ranges whose ends carry two measuring units, a
fronted "Ngoài" (besides), numbers after a plural or an unnumbered body's name, tasks each unit takes
on, and people sent to villages one by one.

Every sentence was written for these tests.
"""

from __future__ import annotations

import pytest

from figure_helpers import helpers

figs, one, values = helpers("Nghệ An")


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a list item with no verb of its own is counted as the earlier item of the same noun
        ("Huyện đoàn Anh Sơn giúp 90 thanh niên học nghề, huyện Tân Kỳ 64 thanh niên.", 64, "beneficiaries"),
        (
            "Hội hỗ trợ 40 thanh niên mở cửa hàng, xã A 25 thanh niên và xã B 12 thanh niên.",
            12,
            "beneficiaries",
        ),
        # ... not across another noun ("; 30 đoàn viên" after people served)
        ("Đội hình khám bệnh cho 300 người dân; 30 đoàn viên ở lại dọn dẹp.", 30, "participants"),
        # ... nor when no earlier item's words decide
        ("Trong đó: trạm A 14 tình nguyện viên, trạm B 9 tình nguyện viên.", 9, "participants"),
        # "em" in such an item stands for the people counted before it, whatever their noun
        ("Liên đội A có 260 đội viên hoàn thành, đứng đầu; tiếp theo là xã B 190 em.", 190, "participants"),
        ("Đoàn trường tặng áo ấm cho 150 học sinh, xã B 35 em.", 35, "beneficiaries"),
        # riders of vehicle trips: their noun's role decides, not the trips
        ("Năm trước đơn vị chỉ có 4 chuyến xe với 180 công nhân.", 180, "beneficiaries"),
        ("Tỉnh đoàn điều 3 chuyến xe với 25 tình nguyện viên chở hàng cứu trợ.", 25, "participants"),
        # ... people with events still take part in them
        ("Xã tổ chức 9 điểm sinh hoạt hè với 700 lượt thiếu nhi.", 700, "participants"),
    ],
)
def test_people_roles(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # the points of a turn-out each hold one: events
        ("Sáng 5/3, đoàn viên các xã đồng loạt ra quân tại 27 điểm.", 27, "events"),
        ("Các chi đoàn ra quân dọn vệ sinh ở 9 điểm dọc sông.", 9, "events"),
        # ... one event held across points, places where leaflets are handed out, and exam sites,
        # stay places covered
        ("Ngày hội được tổ chức tại 11 điểm trên địa bàn huyện.", 11, "coverage"),
        ("Đội hình phát tờ rơi tuyên truyền tại 16 điểm.", 16, "coverage"),
        ("Tình nguyện viên ra quân hỗ trợ thí sinh tại 8 điểm thi.", 8, "coverage"),
    ],
)
def test_points(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # cards issued are papers of a procedure
        ("Công an huyện hỗ trợ cấp 3.450 thẻ căn cước cho người dân vùng cao.", 3450, "procedures"),
        ("Đoàn xã giúp người dân tích hợp 512 thẻ bảo hiểm y tế vào ứng dụng.", 512, "procedures"),
        # ... cards handed out, given back or received are things
        ("Chi đoàn trao 300 thẻ bảo hiểm y tế cho học sinh nghèo.", 300, "items"),
        ("Đội hình tìm lại và trao trả 04 thẻ căn cước bị đánh rơi.", 4, "items"),
        ("Trường A nhận nhiều nhất với 76 thẻ bảo hiểm y tế.", 76, "items"),
    ],
)
def test_cards(text: str, value: int, category: str) -> None:
    assert one(text, value).category == category


def test_range_with_two_units() -> None:
    found = figs("Mỗi đoạn đê được dọn dài từ 600 m đến 1,2 km.")
    assert [(float(f.value), f.qualifier, f.category) for f in found] == [
        (600, "at_least", "items"),
        (1.2, "at_most", "items"),
    ]
    found = figs("Mỗi hộ thu hoạch từ 700 kg đến 2 tấn lúa.")
    assert [(f.value, f.qualifier) for f in found] == [(700, "at_least"), (2, "at_most")]
    # each end keeps its own scale word too
    found = figs("Mỗi tuyến dài từ 800 m đến 1,5 nghìn km.")
    assert [(float(f.value), f.qualifier) for f in found] == [(800, "at_least"), (1500, "at_most")]


def test_no_range_across_dimensions_or_downwards() -> None:
    # a length and a weight, or a bigger first end, make no range
    assert [f.qualifier for f in figs("Tuyến đê dài 3 km, nặng 5 tấn.")] == [None, None]
    assert [f.qualifier for f in figs("Đoạn đường giảm từ 2 km xuống 900 m.")] == [None, None]


def test_fronted_besides() -> None:
    found = one("Ngoài 12 huyện đoàn, chương trình còn có sự tham gia của các trường.", 12)
    assert found.qualifier is None
    # "ngoài" inside a clause still means "over"
    assert one("Hội trại có sự tham gia của ngoài 800 lượt đoàn viên.", 800).qualifier == "more_than"
    # ... and so does a fronted "ngoài" with no comma closing its phrase
    assert one("Ngoài 500 đoàn viên tham gia chiến dịch.", 500).qualifier == "more_than"


def test_number_after_an_unnumbered_or_plural_body() -> None:
    # a district body has no number in its name: the number counts what it is handed
    found = one("Tỉnh đoàn trao tặng Huyện đoàn 01 sân chơi thiếu nhi.", 1)
    assert found.category == "works"
    assert values("Tỉnh đoàn trao tặng Huyện đoàn 02 tủ sách.") == [2]
    # "các tổ" names no one numbered team
    assert one("Công an xã trang bị cho các tổ 15 đèn pin.", 15).category == "items"
    # ... while a numbered body's name keeps its number out
    assert values("Quận đoàn 3 tổ chức 4 buổi tập huấn.") == [4]
    assert values("Đoàn viên ra quân tại các khu phố 2, 5 và 7.") == []
    assert values("Tổ 5 ra quân dọn vệ sinh.") == []


def test_tasks_each_unit_takes_on() -> None:
    # a floor of tasks each unit takes on is a pledge, not a result (spec §2.1)
    assert values("Năm nay mỗi chi đoàn nhận ít nhất 1 phần việc gắn với khu dân cư.") == []
    assert values("Mỗi chi hội nhận tối thiểu 2 công trình.") == []
    # ... what each received stays a figure
    assert values("Mỗi trường nhận ít nhất 2 bộ máy tính.") == [2]
    assert values("Mỗi chi đoàn nhận 1 phần việc.") == [1]


def test_people_sent_to_villages_one_by_one() -> None:
    # going to each village is where they go, a result, not one per unit
    assert one("Đoàn xã cử 28 đoàn viên đến từng thôn hướng dẫn người dân.", 28).category == "participants"
    # ... while one member put in charge of each cluster is an instruction
    assert values("Huyện đoàn phân công 01 đồng chí phụ trách từng cụm cơ sở Đoàn.") == []
