"""Units, names, scope, header and numbers in names, round 21a (spec §2.1 names, §2.3 units and
scope, §3 metadata): a cited document's issuer, National Assembly document numbers, a level word's
amount, members named in short. Every sentence was written for these tests.
"""

from __future__ import annotations

import reportextract
from reportextract.numbers.docnumbers import find_doc_numbers
from reportextract.structure.meta import preamble_issuer
from reportextract.units import document_texts, find_units


def _names(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def _named_with(texts: list[str], which: int) -> list[str]:
    """The units `find_units` reads in `texts[which]` while all of `texts` are one document's."""
    with document_texts(*texts):
        return [m.canonical for m in find_units(texts[which])]


# ------------------------------------------------------- the preamble's reporter, not a cited issuer
def test_a_committee_cited_with_cua_is_not_the_reporter() -> None:
    text = (
        "Thực hiện Công văn số 12-CV/TWĐTN-VP ngày 3/3/2025 của Ban Bí thư Trung ương Đoàn về báo cáo "
        "sơ kết quý I, Ban Thường vụ Huyện đoàn Mèo Vạc báo cáo kết quả như sau:"
    )
    assert preamble_issuer(text, None) == "Ban Thường vụ Huyện đoàn Mèo Vạc"


def test_the_reporting_committee_alone_is_still_read() -> None:
    # negative: no citation before it, the central committee itself reports
    text = "Ban Bí thư Trung ương Đoàn báo cáo kết quả Tháng Thanh niên như sau:"
    assert preamble_issuer(text, None) == "Ban Bí thư Trung ương Đoàn"


# ------------------------------------------------------- National Assembly document numbers
def test_a_national_assembly_resolution_number_is_a_document_number() -> None:
    found = find_doc_numbers("Căn cứ Nghị quyết số 88/2024/QH15 ngày 2/5/2024 của Quốc hội, …")
    assert [d.number for d in found] == ["88/2024/QH15"]
    assert [d.number for d in find_doc_numbers("theo Luật số 31/2019/QH14,")] == ["31/2019/QH14"]


def test_a_bare_fraction_with_a_code_is_no_document_number() -> None:
    # negative: without "số" before it, and a code without its term number
    assert find_doc_numbers("đạt 15/2024/QH15 điểm") == []
    assert find_doc_numbers("Nghị quyết số 15/2024/QH ngày") == []


# ------------------------------------------------------- a level word's decimal amount
def test_a_plural_level_word_before_an_amount_is_no_numbered_ward() -> None:
    assert _names("nguồn lực gồm: ngân sách các xã, phường 2,4 tỷ đồng; xã hội hóa 1,5 tỷ đồng") == []
    assert _names("hỗ trợ các thôn 3 tỷ đồng") == []


def test_a_numbered_ward_keeps_its_number() -> None:
    # negative: a ward's own number, then its figure
    assert _names("Đoàn phường 4 huy động 1,2 tỷ đồng") == ["phường 4"]
    assert _names("phường 7, quận 3 có 12 đội hình") == ["phường 7", "quận 3"]


# ------------------------------------------------------- member companies named in short in a list
_FULL = (
    "Đoàn Thanh niên Công ty Thủy sản Sao Mai Phương Nam đạt giải Nhất; Đoàn Thanh niên Công ty Vận tải thủy "
    "Sao Mai có 12 sáng kiến; Đoàn Thanh niên Chi nhánh Kho vận Sao Mai Tây Đô có 8 sáng kiến."
)


def test_short_member_names_in_a_list_resolve_to_the_full_names() -> None:
    note = (
        "Chia theo đơn vị: Thủy sản Phương Nam 2,5 tỷ đồng, Vận tải thủy 1,1 tỷ đồng, "
        "Chi nhánh Kho vận Tây Đô 0,6 tỷ đồng."
    )
    assert _named_with([_FULL, note], 1) == [
        "Công ty Thủy sản Sao Mai Phương Nam",
        "Công ty Vận tải thủy Sao Mai",
        "Chi nhánh Kho vận Sao Mai Tây Đô",
    ]


def test_a_short_name_two_full_names_share_stays_unresolved() -> None:
    # negative: "Sao Mai" is in every full name; a name outside a list is not resolved
    assert _named_with([_FULL, "Gồm: Sao Mai 5 đội hình, Tây Đô 3 đội hình."], 1) == [
        "Chi nhánh Kho vận Sao Mai Tây Đô"
    ]
    assert _named_with([_FULL, "Vận tải thủy 3 buổi."], 1) == []


# ------------------------------------------------------- companies written with "Cty", "CP"
def test_abbreviated_companies_are_units_spelled_out() -> None:
    assert _names("Đoàn Thanh niên Cty TNHH May Phú Hưng tặng 40 suất quà") == ["Công ty TNHH May Phú Hưng"]
    assert _names("Chi đoàn Cty CP Gạch men Tiên Sơn trao 12 suất học bổng") == [
        "Công ty Cổ phần Gạch men Tiên Sơn"
    ]
    assert _names("Đoàn Thanh niên Công ty CP Gạch men Tiên Sơn có 80 đoàn viên") == [
        "Công ty Cổ phần Gạch men Tiên Sơn"
    ]


def test_a_bank_keeps_its_tmcp_and_a_company_in_running_text_is_no_unit() -> None:
    # negative: "TMCP" is no company's "CP"; a company without its Youth Union's words is a partner
    assert _names("Đoàn Thanh niên Ngân hàng TMCP Sao Mai tặng 20 suất quà") == ["Ngân hàng TMCP Sao Mai"]
    assert _names("phối hợp với Cty TNHH May Phú Hưng tổ chức 3 buổi") == []


# ------------------------------------------------------- an organisation's members counted before it
def test_members_counted_before_an_organisation_name_it() -> None:
    found = find_units("Tại điểm cuối, 36 đoàn viên Bệnh viện Đa khoa Sông Lam sơ cứu cho 90 người.")
    assert [(m.canonical, m.text) for m in found] == [
        ("Bệnh viện Đa khoa Sông Lam", "Bệnh viện Đa khoa Sông Lam")
    ]


def test_members_noun_alone_or_capitalised_is_no_organisation() -> None:
    # negative: no organisation after the members; "Đoàn viên" opening a sentence is a title
    assert _names("huy động 300 đoàn viên tham gia") == []
    assert _names("Đoàn viên Bệnh viện Sông Lam được khen") == []


# ------------------------------------------------------- a bracket that breaks a total down
def test_items_of_a_breakdown_bracket_keep_their_counts() -> None:
    text = "Khối cao đẳng có 52 sinh viên (CĐ Kỹ thuật Phú Lâm 30, CĐ Du lịch Hòn Gai 17, các trường khác 5)."
    assert _names(text) == ["trường Cao đẳng Kỹ thuật Phú Lâm", "trường Cao đẳng Du lịch Hòn Gai"]
    found = [(f.value, f.unit) for f in reportextract.extract(text, scope="Hà Nội").figures]
    assert (30, "trường Cao đẳng Kỹ thuật Phú Lâm") in found
    assert (17, "trường Cao đẳng Du lịch Hòn Gai") in found


def test_a_bracket_listing_the_units_counted_keeps_their_numbers() -> None:
    # negative: the total counts schools, the bracket names them with their own numbers
    text = "có 2 trường tham gia (Trường THPT Phú Lâm 1, Trường THPT Phú Lâm 2)."
    assert _names(text)[0] == "trường THPT Phú Lâm 1"
    values = [f.value for f in reportextract.extract(text, scope="Hà Nội").figures]
    assert 1 not in values


# ------------------------------------------------------- "HTX" counted after a unit's name
def test_cooperatives_counted_after_a_commune_are_its_figure() -> None:
    text = "Dẫn đầu là xã Hàm Yên với 6 HTX, tiếp theo là xã Yên Lập 3 HTX và xã Bảo Yên 2 HTX."
    found = [(f.value, f.unit, f.category) for f in reportextract.extract(text, scope="Tuyên Quang").figures]
    assert [v for v, _u, _c in found] == [6, 3, 2]
    assert all(c == "coverage" for _v, _u, c in found)


def test_a_numbered_hamlet_before_a_verb_keeps_its_number() -> None:
    # negative: no counted noun after the number, it names the hamlet
    assert _names("thôn Yên Lập 2 tổ chức ra quân") == ["thôn Yên Lập 2"]


# ------------------------------------------------------- partner units abroad
def test_a_neighbouring_countrys_province_is_a_unit() -> None:
    assert _names("trao 300 suất học bổng cho tỉnh Kampong Cham (Campuchia)") == ["Kampong Cham"]
    assert _names("Ủy ban Thanh niên Campuchia tỉnh Kampong Cham huy động 90 đoàn viên") == ["Kampong Cham"]
    # a name foreign_provinces.tsv lists is read by its canonical name there (as lookup() reads it)
    assert _names("tại bản Na Sa (huyện Khua, tỉnh Luang Namtha, Lào).") == [
        "bản Na Sa", "huyện Khua", "Luông Nặm Thà"
    ]
    assert _names("buôn Ea Sup có 20 hộ") == ["buôn Ea Sup"]


def test_an_unknown_province_without_its_country_is_no_unit() -> None:
    # negative: no country named, neither the gazetteer nor foreign_provinces.tsv knows the name (a listed
    # name is a unit without its country: test_mend22b_units)
    assert _names("tại tỉnh Kampong Khleang tổ chức 3 buổi") == []
    assert _names("trao 20 suất quà cho tỉnh Muang Sing") == []


# ------------------------------------------------------- a ranking's short names
def test_a_rankings_first_short_name_after_la_is_read() -> None:
    body = "Đoàn phường Mỹ Phước và Đoàn xã Tân Phú Trung có nhiều cách làm hay."
    note = "Nhiều nhất là Mỹ Phước 1.240 hồ sơ, Tân Phú Trung 860 hồ sơ."
    assert _named_with([body, note], 1) == ["phường Mỹ Phước", "xã Tân Phú Trung"]


def test_a_short_name_after_la_outside_a_list_stays_unread() -> None:
    # negative: one name after "là" with no other item is no list
    body = "Đoàn phường Mỹ Phước có nhiều cách làm hay."
    assert _named_with([body, "Đơn vị dẫn đầu là Mỹ Phước 1.240 hồ sơ."], 1) == []
