"""Round 11d fixes of attribution (spec §2.3). Texts written for the tests."""

from __future__ import annotations

from reportextract import extract


def _units(text: str) -> dict[float, str | None]:
    return {f.value: f.unit for f in extract(text).figures}


def test_a_former_province_area_that_opens_the_sentence_is_its_unit() -> None:
    text = (
        "Tỉnh đoàn Gia Lai tổ chức Ngày hội thanh niên. Riêng Đoàn xã Ia Grai trồng 500 cây xanh. "
        "Tại khu vực tỉnh Bình Định cũ, 30 đội hình đã giúp 900 hộ dân sửa nhà."
    )
    units = _units(text)
    assert units[500] == "xã Ia Grai"
    assert units[30] == "Bình Định"
    assert units[900] == "Bình Định"


def test_a_former_province_area_inside_the_sentence_only_says_where() -> None:
    # negative: not opening the sentence, the area is where the named body acted
    text = (
        "Tỉnh đoàn Gia Lai tổ chức Ngày hội thanh niên. Riêng Đoàn xã Ia Grai trồng 500 cây xanh. "
        "Đoàn xã Ia Grai có 30 đội hình tại khu vực tỉnh Bình Định cũ, giúp 900 hộ dân sửa nhà."
    )
    units = _units(text)
    assert units[30] == "xã Ia Grai"
    assert units[900] == "xã Ia Grai"


def test_a_ranking_with_tiep_theo_la_gives_each_school_its_number() -> None:
    text = (
        "Hội Sinh viên tỉnh Nghệ An ra quân tình nguyện. Đông nhất là Hội Sinh viên trường Đại học Vinh "
        "với 340 tình nguyện viên, tiếp theo là trường Đại học Y khoa Vinh (125 tình nguyện viên), "
        "trường Đại học Sư phạm Kỹ thuật Vinh (98 tình nguyện viên)."
    )
    units = _units(text)
    assert units[340] == "trường Đại học Vinh"
    assert units[125] == "trường Đại học Y khoa Vinh"
    assert units[98] == "trường Đại học Sư phạm Kỹ thuật Vinh"


def test_a_unit_with_its_number_and_no_ranking_after_is_not_an_item() -> None:
    # negative: "X với N người" and no next item: no list, the usual rules decide
    text = (
        "Hội Sinh viên tỉnh Nghệ An ra quân tình nguyện. Lễ ra quân diễn ra tại trường Đại học Vinh "
        "với 340 tình nguyện viên, sau đó các đội về các xã."
    )
    assert _units(text)[340] != "trường Đại học Vinh"


def test_a_place_after_the_people_served_only_says_whose_people() -> None:
    text = "Tuổi trẻ Sư đoàn 312 giúp dân miền núi Nghệ An hơn 1.500 ngày công"
    assert _units(text)[1500] == "Quân đội nhân dân"


def test_a_place_after_people_without_a_verb_of_serving_is_still_an_item() -> None:
    # negative: "dân" as part of a list item, no verb of serving before the people
    text = "Số người đăng ký: dân Nghệ An 1.200 người, dân Hà Tĩnh 900 người."
    units = _units(text)
    assert units[1200] == "Nghệ An"
    assert units[900] == "Hà Tĩnh"


def test_a_second_gift_to_unnamed_people_is_not_the_first_recipients() -> None:
    text = (
        "Đoàn Thanh niên Công an tỉnh Lâm Đồng trao tặng Đoàn xã Đạ Huoai 1 tủ sách trị giá 20 triệu đồng "
        "và tặng 150 mũ bảo hiểm cho học sinh đi học xa."
    )
    units = _units(text)
    assert units[1] == "xã Đạ Huoai"
    assert units[150] == "Công an nhân dân"


def test_a_second_gift_to_the_recipients_own_people_stays_theirs() -> None:
    # negative: "cho học sinh của xã" are the commune's own pupils
    text = (
        "Đoàn Thanh niên Công an tỉnh Lâm Đồng trao tặng Đoàn xã Đạ Huoai 1 tủ sách trị giá 20 triệu đồng "
        "và tặng 150 mũ bảo hiểm cho học sinh của xã."
    )
    assert _units(text)[150] == "xã Đạ Huoai"
