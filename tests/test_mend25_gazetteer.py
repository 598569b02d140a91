"""Mended in the twenty-fifth round: a province's police or Border Guard named as an item of a list with
its figure right after ("Trong đó khu vực Công an tỉnh A cũ 1.862 đoàn viên, khu vực Công an tỉnh B cũ
1.553 đoàn viên") is its sector's branch, the sector (spec §2.3), as the force opening a clause is.
Every text was written for these tests."""

from __future__ import annotations

from decimal import Decimal

from figure_helpers import helpers
from reportextract.units import find_units

figs, one, values = helpers("Công an nhân dân")


def _units(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in find_units(text)]


_POLICE = (
    "Trong đó khu vực Công an tỉnh Bình Định cũ 1.862 đoàn viên, khu vực Công an tỉnh Gia Lai cũ 1.553 "
    "đoàn viên."
)
_GUARD = (
    "Khu vực Bộ đội Biên phòng tỉnh Bình Định (cũ) 1.862 đoàn viên, khu vực Bộ đội Biên phòng tỉnh Gia Lai "
    "(cũ) 1.553 đoàn viên."
)


def test_force_of_a_former_province_as_a_list_item_is_the_sector() -> None:
    for text, sector in (
        (_POLICE, "Công an nhân dân"),
        ("Gồm: Công an tỉnh Bình Định 1.862 đoàn viên; Công an tỉnh Gia Lai 1.553 đoàn viên.",
         "Công an nhân dân"),
        (_GUARD, "Quân đội nhân dân"),
    ):
        assert [u for _, u in _units(text)] == [sector, sector], text


def test_list_item_figures_go_to_the_sector() -> None:
    text = "Đoàn Thanh niên Công an tỉnh Gia Lai có 3.415 đoàn viên¹.\n\n¹ " + _POLICE
    assert one(text, 1_862).unit == "Công an nhân dân"
    assert one(text, 1_553).unit == "Công an nhân dân"


def test_force_as_recipient_or_source_or_a_lone_item_keeps_its_province() -> None:
    # negative neighbours: a recipient, a source, one item that is no list, an area of a former province
    for text, province in (
        ("Đoàn xã hỗ trợ Công an tỉnh Bình Định 5 xe máy.", "Bình Định"),
        ("Theo Công an tỉnh Bình Định, 5 xe máy bị mất.", "Bình Định"),
        ("Trong đó khu vực Công an tỉnh Bình Định cũ 1.862 đoàn viên.", "Bình Định"),
        ("Trong đó khu vực tỉnh Bình Định cũ 59 chi hội, khu vực tỉnh Gia Lai cũ 43 chi hội.", "Bình Định"),
    ):
        assert _units(text)[0][1] == province, text


_KHOI = "Đoàn Khối Doanh nghiệp tỉnh Hải Dương"
_SAVING = "Sáng kiến của nhóm kỹ sư trẻ Công ty Điện lực Hải Dương giúp giảm 12,4% lượng điện tiêu hao. "


def test_organisation_named_alone_before_its_youth_union_is_that_unit() -> None:
    text = _SAVING + "Đoàn Thanh niên Công ty Điện lực Hải Dương cử 3 đội hình tham gia."
    assert one(text, Decimal("12.4"), _KHOI).unit == "Công ty Điện lực Hải Dương"
    assert one(text, 3, _KHOI).unit == "Công ty Điện lực Hải Dương"


def test_organisation_named_alone_whose_youth_union_is_not_named_is_no_unit() -> None:
    # negative neighbour: only another company's Youth Union is named: the organisation alone stays unread
    text = _SAVING + "Đoàn Thanh niên Công ty Cấp nước Hải Dương cử 3 đội hình tham gia."
    assert one(text, Decimal("12.4"), _KHOI).unit != "Công ty Điện lực Hải Dương"


def test_organisation_named_alone_after_a_word_of_place_before_its_youth_union_only_says_where() -> None:
    # negative neighbour: "Tại Bệnh viện X, …" before the text names the hospital's Youth Union
    text = (
        "Tại Bệnh viện Đa khoa Hải Dương, 6 đội hình với 148 tình nguyện viên hỗ trợ người bệnh. "
        "Chi đoàn Bệnh viện Đa khoa Hải Dương nấu 150 suất cháo."
    )
    assert one(text, 6, "Hải Dương").unit == "Hải Dương"
    assert one(text, 150, "Hải Dương").unit == "Bệnh viện Đa khoa Hải Dương"
