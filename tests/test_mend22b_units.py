"""Units, round 22 mend b (spec §2.3 units): a neighbour's province that foreign_provinces.tsv lists is a
partner unit in running text without its country; the country closing the text, a level word with two
spaces. Every sentence was written for these tests.
"""

from __future__ import annotations

from reportextract.units import document_texts, find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


# ------------------------------------------------------- a listed neighbour's province, no country
def test_a_listed_foreign_province_without_its_country_is_a_unit() -> None:
    assert _names("Đoàn Thanh niên tỉnh Xê Kông huy động 40 đoàn viên") == ["Xê Kông"]
    # a romanised alias is read by its canonical name, as lookup() reads it
    assert _names("trao 20 suất quà cho tỉnh Luang Namtha") == ["Luông Nặm Thà"]


def test_a_listed_name_that_is_also_a_vietnamese_unit_is_no_foreign_province() -> None:
    # negative: "Kép" is a Vietnamese commune as well as Cambodia's Kep
    assert _names("tổ chức 2 buổi tại tỉnh Kép") == []


def test_an_unlisted_foreign_name_needs_its_country() -> None:
    # negative neighbour: the same shape with a name the list lacks stays no unit
    assert _names("Đoàn Thanh niên tỉnh Muang Khua huy động 40 đoàn viên") == []


# ------------------------------------------------------- the country at the end, spaces before the name
def test_the_country_closing_the_text_names_a_foreign_province() -> None:
    assert _names("trao 30 suất quà cho tỉnh Svay Pak, Campuchia") == ["Svay Pak"]


def test_the_country_before_a_level_word_with_two_spaces() -> None:
    assert _names("Ủy ban Thanh niên Campuchia  tỉnh  Svay Pak huy động 50 đoàn viên") == ["Svay Pak"]
    # negative: the country far before, not closing a body's name before the level word
    assert _names("Campuchia và Việt Nam, tỉnh Svay Pak có 50 đoàn viên") == []


# ------------------------------------------------------- a compact list of ward numbers after a level word
def test_a_compact_list_of_ward_numbers_keeps_the_wards() -> None:
    assert _names("Đoàn các phường 1,2,3 tổ chức ra quân") == ["phường 1", "phường 2", "phường 3"]


def test_an_amount_after_a_plural_level_word_is_no_ward() -> None:
    # negative neighbours: a decimal with its amount word, a thousands part
    assert _names("ngân sách các xã, phường 3,1 tỷ đồng") == []
    assert _names("hỗ trợ các phường 2,5 ha đất") == []
    assert _names("các phường 3.500 hồ sơ") == []


# ------------------------------------------------------- a list item's short name needs a word of its own
def _named_with(texts: list[str], which: int) -> list[str]:
    with document_texts(*texts):
        return [m.canonical for m in find_units(texts[which])]


_FULL = (
    "Đoàn Thanh niên Công ty Cổ phần Cảng Bạch Đằng và Đoàn Thanh niên Bệnh viện Đa khoa Kiến An tổ chức "
    "ra quân."
)


def test_a_bare_organisation_noun_in_a_list_is_no_short_name() -> None:
    note = "Số đoàn viên gồm: Cảng Bạch Đằng 964 đoàn viên, Công ty 3 chi đoàn, Bệnh viện 12 đoàn viên."
    assert _named_with([_FULL, note], 1) == ["Công ty Cổ phần Cảng Bạch Đằng"]


def test_a_short_name_with_a_word_of_its_own_still_resolves() -> None:
    # negative neighbour: "Đa khoa Kiến An" tells the hospital apart
    note = "Số đoàn viên gồm: Cảng Bạch Đằng 964 đoàn viên, Bệnh viện Kiến An 12 đoàn viên."
    assert _named_with([_FULL, note], 1) == ["Công ty Cổ phần Cảng Bạch Đằng", "Bệnh viện Đa khoa Kiến An"]
