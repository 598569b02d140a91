"""Units, names, scope and numbers in names, round 20a (spec §2.1 names, §2.3 units and scope): the
short names a list gives its units, the army's district command, a pair of provinces in a headline,
and a level word's number that counts. Every sentence was written for these tests.
"""

from __future__ import annotations

from figure_helpers import helpers
from reportextract.structure.scope import news_scope
from reportextract.units import document_texts, find_units

figs, one, values = helpers("huyện Lâm Hà")


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def _named_with(texts: list[str], which: int) -> list[str]:
    """The units `find_units` reads in `texts[which]` while all of `texts` are one document's."""
    with document_texts(*texts):
        return [m.canonical for m in find_units(texts[which])]


# ------------------------------------------------------- a sector by its short name in a list
def test_short_sector_names_open_the_items_of_a_list() -> None:
    text = "Trong đó: Quân đội 4.120 đơn vị, Công an 3.050 đơn vị; các tỉnh 80.400 đơn vị."
    assert _names(text) == ["Quân đội nhân dân", "Công an nhân dân"]


def test_a_list_opening_the_text_with_a_short_sector_name() -> None:
    assert _names("Quân đội 2.310 đơn vị, Công an 1.040 đơn vị.") == ["Quân đội nhân dân", "Công an nhân dân"]


def test_the_provinces_unions_together_are_a_national_item() -> None:
    text = "Trong đó: Quân đội 2.310 đơn vị; các tỉnh, thành đoàn 61.500 đơn vị."
    assert _names(text) == ["Quân đội nhân dân", "toàn quốc"]
    # negative: one province's union is that province
    assert _names("Trong đó: Quân đội 2.310 đơn vị; Tỉnh đoàn Hà Giang 1.200 đơn vị.")[-1] == "Hà Giang"


def test_short_sector_names_outside_a_list_are_no_unit() -> None:
    # negative: a partner after "phối hợp", and a sentence that opens with the word
    assert _names("Đoàn xã phối hợp Công an 2 thôn tuần tra.") == []
    assert _names("Quân đội 3 lần đến thăm trường.") == []


# ------------------------------------------------------- a school by its type alone in a list
def test_a_school_type_without_truong_opens_an_item() -> None:
    text = "Trong đó: THPT Lê Quý Đôn 140 đơn vị, THCS Hòa Bình 96 đơn vị."
    assert _names(text) == ["trường THPT Lê Quý Đôn", "trường THCS Hòa Bình"]


def test_a_school_type_inside_a_phrase_is_no_item() -> None:
    # negative: "học sinh THPT X 30 em" is no item of a list
    assert _names("Có 30 học sinh THPT Lê Quý Đôn 12 em đạt giải.") == []


# ------------------------------------------------------- the short name of a unit the report names in full
def test_a_short_name_of_a_body_named_in_full_elsewhere() -> None:
    body = "Đoàn Khối các cơ quan Trung ương mở 12 lớp tin học."
    note = "Gồm: Ban Thanh niên Quân đội 40 tỷ đồng; Đoàn Khối 9 tỷ đồng."
    assert _named_with([body, note], 1) == ["Quân đội nhân dân", "Đoàn Khối các cơ quan Trung ương"]


def test_a_short_name_two_units_share_stays_unread() -> None:
    # negative: two Đoàn Khối named in full, "Đoàn Khối" says neither
    body = "Đoàn Khối các cơ quan Trung ương và Đoàn Khối Doanh nghiệp Trung ương ra quân."
    note = "Gồm: Đoàn Khối 9 tỷ đồng, các tỉnh 30 tỷ đồng."
    assert _named_with([body, note], 1) == []
    # ... while one of them alone is the one the short name says
    alone = "Đoàn Khối các cơ quan Trung ương ra quân."
    assert _named_with([alone, note], 1) == ["Đoàn Khối các cơ quan Trung ương"]


def test_a_commune_named_in_full_in_another_footnote() -> None:
    first = "Gồm: Tân Hà 4 mô hình, Đạ Đờn 2 mô hình."
    second = "Nhiều nhất là xã Tân Hà 210 hồ sơ."
    assert _named_with([first, second], 0) == ["xã Tân Hà"]


def test_a_bare_name_no_unit_gives_stays_unread() -> None:
    # negative: without the document, or outside a list item, the bare name is no unit
    assert _names("Gồm: Tân Hà 4 mô hình, Đạ Đờn 2 mô hình.") == []
    # (a sentence that only opens with the name, no list: "Tân Hà" alone, with no capital before it)
    assert _named_with(["Tân Hà 4 lần đạt giải.", "xã Tân Hà"], 0) == []


# ------------------------------------------------------- communes after "N xã:" and before "các xã khác"
def test_communes_listed_after_a_count_of_them() -> None:
    text = "trao 90 suất quà cho 3 xã: Phúc Thọ 40 suất; Liên Hà 30 suất; Đan Phượng 20 suất."
    assert _names(text) == ["xã Phúc Thọ", "xã Liên Hà", "xã Đan Phượng"]


def test_names_after_a_count_of_other_things_stay_unread() -> None:
    # negative: "3 đội:" lists teams, not communes
    assert _names("gồm 3 đội: Phúc Thọ 40 người; Liên Hà 30 người.") == []


def test_communes_of_a_list_closed_by_the_other_communes() -> None:
    text = "Gồm: Phúc Thọ 3 mô hình, Đoàn xã Tân Hà 2 mô hình, Liên Hà 4 mô hình; các xã khác 5 mô hình."
    assert _names(text) == ["xã Phúc Thọ", "xã Tân Hà", "xã Liên Hà"]


def test_a_list_closed_by_other_units_names_no_commune() -> None:
    # negative: "các đơn vị khác" says nothing of the items' level
    assert _names("Gồm: Phúc Thọ 3 mô hình, Liên Hà 4 mô hình; các đơn vị khác 5 mô hình.") == []


# ------------------------------------------------------- the army's district command
def test_the_army_district_command_and_its_chi_doan_are_the_army() -> None:
    assert _names("Chi đoàn Ban Chỉ huy Quân sự huyện cử 18 đoàn viên.") == ["Quân đội nhân dân"]
    assert one("Chi đoàn Ban Chỉ huy Quân sự huyện cử 18 đoàn viên.", 18).unit == "Quân đội nhân dân"
    assert _names("Chi đoàn Quân sự huyện có 22 đoàn viên.") == ["Quân đội nhân dân"]


def test_the_army_command_as_a_partner_is_no_unit() -> None:
    # negative: named after "phối hợp" the command is a partner, as the police
    assert _names("Đoàn xã phối hợp Ban Chỉ huy Quân sự xã tiễn 31 thanh niên nhập ngũ.") == []


# ------------------------------------------------------- a pair of provinces in a headline
def test_a_pair_headline_takes_the_host_of_the_event() -> None:
    title = "Tuổi trẻ Quảng Ninh - Điện Biên ký kết nghĩa, trao 800 triệu đồng"
    lead = "Ngày 2/10, tại xã Mường Nhé, Tỉnh đoàn Điện Biên và Tỉnh đoàn Quảng Ninh ký kết chương trình."
    assert news_scope(title, lead, lead) == "Điện Biên"


def test_a_pair_headline_with_the_host_named_as_a_place_keeps_the_first() -> None:
    # negative: the visitor's page names where it went ("tỉnh Điện Biên")
    title = "Tuổi trẻ Quảng Ninh - Điện Biên ký kết nghĩa, trao 800 triệu đồng"
    lead = "Ngày 2/10, tại xã Mường Nhé, tỉnh Điện Biên, Tỉnh đoàn Quảng Ninh ký kết chương trình."
    assert news_scope(title, lead, lead) == "Quảng Ninh"


def test_a_pair_headline_with_a_source_tag_keeps_the_first() -> None:
    # negative: the newsroom's province owns the page
    title = "Tuổi trẻ Quảng Ninh - Điện Biên ký kết nghĩa"
    lead = "(TN Quảng Ninh) - Ngày 2/10, tại xã Mường Nhé, hai Tỉnh đoàn ký kết chương trình."
    assert news_scope(title, lead, lead) == "Quảng Ninh"


# ------------------------------------------------------- a level word's number that counts
def test_a_ward_number_before_a_counted_noun_counts() -> None:
    text = "Các tổ báo cho Công an phường 14 vụ việc. Chi đoàn trang bị cho các tổ 30 đèn pin."
    assert 14 in values(text) and 30 in values(text)
    assert one(text, 14).measure == "vụ việc"


def test_a_numbered_place_or_team_stays_a_name() -> None:
    # negatives: another place follows, a name goes on, the unit acts ("tổ chức")
    assert values("Tổ 4 khu phố 2 có 11 thành viên.") == [11]
    assert values("Đoàn phường 3 tổ chức 2 buổi ra quân.") == [2]
    assert values("Thôn 5 xã Tân Hà nhận quà.") == []


def test_an_army_unit_number_before_a_counted_noun_counts() -> None:
    text = "Tỉnh đoàn trao tặng Đoàn Thanh niên Trung đoàn 6 máy phát điện."
    assert _names(text)[-1] == "Quân đội nhân dân"
    assert one(text, 6, "Quân đội nhân dân").unit == "Quân đội nhân dân"


def test_an_army_unit_number_before_a_verb_stays_its_name() -> None:
    # negative: "Trung đoàn 52 giúp dân" names the regiment
    assert values("Trung đoàn 52 giúp dân gặt lúa.", "Quân đội nhân dân") == []
    assert _names("Trung đoàn 52 giúp dân gặt lúa.") == ["Quân đội nhân dân"]


def test_a_commune_number_before_works_counts() -> None:
    assert _names("Gồm xã Đạ Đờn 2 mô hình, xã Phúc Thọ 3 công trình.") == ["xã Đạ Đờn", "xã Phúc Thọ"]
    # negative: a numbered hamlet keeps its number before a verb
    assert _names("thôn Phú Hòa 2 tổ chức ra quân.") == ["thôn Phú Hòa 2"]


# ------------------------------------------------------- a force of the page's own place by its level word
def test_a_bare_provincial_force_acting_is_its_sector() -> None:
    text = "Đoàn xã Tân Hà góp 90 ngày công. Bộ đội Biên phòng tỉnh hỗ trợ 3 xe tải."
    assert _names(text)[-1] == "Quân đội nhân dân"
    assert one(text, 3).unit == "Quân đội nhân dân"
    assert _names("Đoàn xã góp 90 ngày công; Công an tỉnh cử 12 chiến sĩ.")[-1] == "Công an nhân dân"


def test_a_bare_provincial_force_as_partner_or_recipient_is_no_unit() -> None:
    # negatives: a partner after "phối hợp", a recipient after "hỗ trợ"
    assert _names("Đoàn xã phối hợp Bộ đội Biên phòng tỉnh tổ chức 2 buổi.") == []
    assert _names("Tỉnh đoàn hỗ trợ Công an tỉnh 3 xe máy.") == []
