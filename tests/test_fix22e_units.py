"""Units and attribution, round 22e (spec §2.3): the forces' abbreviations (BĐBP, Đồn BP, CHQS, CA),
a command's Youth Union named with its kind, respective lists ("lần lượt"), numbered units listed
after a numbered one, and a class of a school that opens its sentence as the place. Every sentence
was written for these tests.
"""

from __future__ import annotations

import reportextract
from reportextract.units import find_units

ARMY = "Quân đội nhân dân"
POLICE = "Công an nhân dân"


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def _units(text: str) -> dict[float, str | None]:
    """Each figure's value and unit (the values of one test text are distinct)."""
    return {float(f.value): f.unit for f in reportextract.extract(text).figures}


# ------------------------------------------------------- the forces' abbreviations
def test_border_guard_abbreviations_are_the_army() -> None:
    assert _names("Tuổi trẻ BĐBP Lai Châu ra quân") == [ARMY]
    assert _names("Đồn BP Pa Vây Sử trồng 300 cây.") == [ARMY]
    assert _names("Đoàn cơ sở Bộ Chỉ huy BĐBP tỉnh Lai Châu tổ chức") == [ARMY]


def test_a_command_named_with_its_kind_is_one_army_mention() -> None:
    # the full words as well: the place after the command names which one
    assert _names("Đoàn cơ sở Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên tặng quà") == [ARMY]
    assert _names("Đoàn cơ sở Bộ Chỉ huy Quân sự tỉnh Điện Biên tặng quà") == [ARMY]
    assert _units("Đoàn cơ sở Bộ Chỉ huy Quân sự tỉnh Điện Biên xây 4 nhà đồng đội.") == {4: ARMY}


def test_military_command_and_police_abbreviations() -> None:
    assert _names("Bộ CHQS tỉnh Sơn La bàn giao 3 nhà") == [ARMY]
    assert _units("Kết quả: CA phường Hồng Gai (2,4 tấn rác, 150 cây).") == {2.4: POLICE, 150: POLICE}


def test_a_chi_doan_named_by_the_police_abbreviation() -> None:
    # the unit finder's trie takes a key ending in "ca" only at a word end (``_trie_regex`` word_end)
    assert _names("Chi đoàn CA phường cử 12 chiến sĩ") == [POLICE]
    assert _names("Tuổi trẻ CA tỉnh Nghệ An ra quân") == [POLICE]


def test_a_province_opening_with_ca_after_a_body_word_is_read() -> None:
    # negative neighbour of the test above: the province after "Chi đoàn", "Tuổi trẻ" opening with "Ca"
    for text in ("Chi đoàn Cao Bằng tham gia", "Tuổi trẻ Cao Bằng được tuyên dương", "Thanh niên Cao Bằng",
                 "Ban Thanh niên Cà Mau"):
        assert _names(text), text


def test_an_abbreviation_counts_in_capitals_only() -> None:
    # negative: "ca" and "bp" in lower case are words or nothing, not the police or the border guard
    assert _names("thanh niên ca hát cùng nhau") == []
    assert POLICE not in _names("Chi đoàn ca múa nhạc tập luyện")
    assert _units("Kết quả: phường Hồng Gai (2,4 tấn rác, 150 cây).") == {
        2.4: "phường Hồng Gai",
        150: "phường Hồng Gai",
    }


def test_an_abbreviated_command_after_coop_stays_a_partner() -> None:
    # negative: "phối hợp Bộ CHQS tỉnh X" names a partner, as the full words do
    assert ARMY not in _names("Tỉnh đoàn Sơn La phối hợp Bộ CHQS tỉnh tổ chức 2 lớp")


# ------------------------------------------------------- respective lists
def test_a_respective_list_gives_each_number_to_its_unit() -> None:
    text = (
        "Tỉnh đoàn Thái Nguyên ra quân trồng cây. Đoàn xã Đại Từ và Đoàn xã Phú Bình trồng "
        "lần lượt 3.100 và 2.700 cây."
    )
    assert _units(text) == {3100: "xã Đại Từ", 2700: "xã Phú Bình"}


def test_numbered_units_listed_after_a_numbered_one() -> None:
    listed = ["tổ dân phố 2", "tổ dân phố 4", "tổ dân phố 6"]
    assert _names("Chi đoàn tổ dân phố 2, 4 và 6 thu gom rác") == listed
    text = (
        "Đoàn phường Hồng Gai ra quân. Chi đoàn khu phố 2, 4 và 6 thu gom lần lượt 640 kg, 510 kg và 330 kg."
    )
    assert _units(text) == {640: "khu phố 2", 510: "khu phố 4", 330: "khu phố 6"}


def test_a_count_after_the_listed_number_is_no_unit() -> None:
    # negative: "5 hộ" counts households, so "5" names no second hamlet
    assert _names("Khu phố 3 và 5 hộ nghèo nhận quà") == ["khu phố 3"]


def test_lists_of_different_lengths_are_not_paired() -> None:
    # negative: three units, two numbers: no pairing, the numbers stay with the clause's subject
    text = (
        "Tỉnh đoàn Thái Nguyên ra quân. Đoàn xã Đại Từ, Đoàn xã Phú Bình và Đoàn xã Võ Nhai trồng "
        "lần lượt 3.100 và 2.700 cây."
    )
    units = _units(text)
    assert units[3100] == units[2700]
    # which unit: the last of the subjects, right before the verb (as with no "lần lượt"), not the
    # province of the sentence before nor an item paired by position
    assert units[3100] == "xã Võ Nhai"


# ------------------------------------------------------- a class of a school named as the place
def test_a_class_after_its_school_as_place_is_the_schools() -> None:
    text = (
        "Hội đồng Đội xã Tân Tú tổng kết đợt thu gom giấy vụn. Ở trường THCS Hoàng Hoa Thám, Chi đội 8B "
        "góp nhiều nhất với 265 kg."
    )
    assert _units(text)[265] == "trường THCS Hoàng Hoa Thám"


def test_other_subjects_after_a_school_as_place_keep_their_unit() -> None:
    # negative: a commune's Youth Union acting at the school is no class of it
    text = (
        "Hội đồng Đội xã Tân Tú tổng kết đợt thu gom giấy vụn. Ở trường THCS Hoàng Hoa Thám, Đoàn xã "
        "Tân Tú trao 30 suất quà."
    )
    assert _units(text)[30] == "xã Tân Tú"


def test_numbered_siblings_stop_at_a_length_of_time_or_a_date() -> None:
    # negative (review 22c #3): the last number counts months, or opens a date: no sibling unit
    assert _names("Chi đoàn khu phố 3 và 5 tháng qua thu gom 200 kg") == ["khu phố 3"]
    assert _names("phường 3 và 5/2025 có 40 đội") == ["phường 3"]
    assert len(_names("Chi đoàn khu phố 3, 5 và 7 thu gom 1.120 kg")) == 3
