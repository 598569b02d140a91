"""Review 23 b, mended in the twenty-fourth round: attribution rules (#4 a breakdown by unit written one
unit a sentence; #7 a quotation that runs on past the number's sentence; #11 the count a bracketed
breakdown splits). Every sentence was written for these tests."""

from __future__ import annotations

from figure_helpers import helpers

figs, one, values = helpers("huyện Bắc Yên")

_BLOOD = "Mỗi người hiến máu được nhận phần quà trị giá 200.000 đồng."


def test_each_after_a_breakdown_one_unit_a_sentence_is_not_the_last_units() -> None:
    for sep in (". Chi", "; Chi"):
        text = (
            "Đoàn xã Tà Xùa tổ chức hiến máu. Chi đoàn bản Mống vận động 40 người"
            f"{sep} đoàn bản Mển có 35 người. {_BLOOD}"
        )
        assert one(text, 200_000).unit == "xã Tà Xùa", sep


def test_each_after_counts_of_one_unit_stays_that_units() -> None:
    # negative neighbour: both sentences count the people of one village; the first counts other things
    text = (
        "Đoàn xã Tà Xùa tổ chức hiến máu. Chi đoàn bản Mống vận động 40 người. Chi đoàn bản Mống có 35 "
        f"người tham gia lần đầu. {_BLOOD}"
    )
    assert one(text, 200_000).unit == "bản Mống"
    text = (
        "Đoàn xã Tà Xùa tổ chức hiến máu. Chi đoàn bản Mống làm 40 chiếc bánh. Chi đoàn bản Mển có 35 "
        f"người. {_BLOOD}"
    )
    assert one(text, 200_000).unit == "bản Mển"


_NATIONAL_LEAD = "Ban Bí thư Trung ương Đoàn thăm hỏi thanh niên vùng lũ. "


def test_quotation_over_two_sentences_is_the_speakers_body() -> None:
    for quoted in (
        "“Trong tháng tới, Tỉnh đoàn sẽ sửa 12 nhà nhân ái. Chúng tôi đã sẵn sàng”",
        '"Trong tháng tới, Tỉnh đoàn sẽ sửa 12 nhà nhân ái. Chúng tôi đã sẵn sàng"',
    ):
        text = _NATIONAL_LEAD + quoted + ", chị Hà Thị Mai, Phó Bí thư Tỉnh đoàn Yên Bái, nói."
        assert one(text, 12, "toàn quốc").unit == "Yên Bái", quoted


def test_number_before_a_later_quotation_is_not_the_speakers() -> None:
    # negative neighbour: the number stands outside the quotation that the speaker's tag closes
    text = (
        _NATIONAL_LEAD + "Trong tháng tới, Tỉnh đoàn sẽ sửa 12 nhà nhân ái. “Chúng tôi đã sẵn sàng”, chị Hà "
        "Thị Mai, Phó Bí thư Tỉnh đoàn Yên Bái, nói."
    )
    assert one(text, 12, "toàn quốc").unit == "toàn quốc"


_SPLIT = "(bản Mống 20 suất, bản Mển 30 suất), mỗi suất 200.000 đồng."


def test_each_after_a_bracketed_breakdown_goes_with_the_count_of_its_noun() -> None:
    # the last number before the bracket counts members, not portions: the 50 portions are the count
    text = f"Huyện đoàn trao 50 suất quà cho hộ nghèo cùng 12 đoàn viên xã Tà Xùa {_SPLIT}"
    assert one(text, 200_000).unit == "huyện Bắc Yên"


def test_each_after_a_bracketed_breakdown_with_no_count_of_its_noun_is_no_items() -> None:
    # negative neighbour: nothing before the bracket counts portions; still the whole's, not the last
    # item's (bản Mển)
    text = f"Huyện đoàn trao quà cho hộ nghèo 2 bản {_SPLIT}"
    assert one(text, 200_000).unit == "huyện Bắc Yên"
