"""Names of schools, organisations and issuers, from the fourth blind batch (spec §2.3, §3).

Every text was written for these tests; none is taken from a report.
"""

from __future__ import annotations

import pytest

import reportextract
from reportextract.units import find_units


def canonicals(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoàn trường Đại học Nông lâm Miền núi tổ chức hội thao", "trường Đại học Nông lâm Miền núi"),
        ("Trường Đại học Thương mại trao 20 suất học bổng", "trường Đại học Thương mại"),
        ("sinh viên Trường Cao đẳng Ngoại ngữ tham gia", "trường Cao đẳng Ngoại ngữ"),
    ],
)
def test_an_institution_name_keeps_its_lower_case_last_syllable(text: str, name: str) -> None:
    assert canonicals(text) == [name]


def test_a_verb_after_an_institution_name_is_not_part_of_it() -> None:
    assert canonicals("Trường Đại học Cần Thơ xây dựng 3 nhà") == ["trường Đại học Cần Thơ"]
    assert canonicals("Trường Đại học Vinh tham gia hội trại") == ["trường Đại học Vinh"]


def test_a_province_inside_a_hospital_name_is_not_a_unit() -> None:
    assert canonicals("Phối hợp Bệnh viện Trung ương Quảng Nam tổ chức hiến máu") == []
    # since the sixteenth round a hospital that opens its sentence and acts is a unit of its own
    # (c43, n242); the province inside its name still is not
    hospital = "Bệnh viện Đa khoa Bình Định"
    assert canonicals(hospital + " tiếp nhận 300 đơn vị máu") == [hospital]


def test_a_province_after_a_hospital_name_is_still_a_unit() -> None:
    assert canonicals("Bệnh viện Đa khoa tặng Bình Định 300 suất quà") == ["Bình Định"]
    assert canonicals("Ban Chấp hành Trung ương Đoàn tặng Hà Giang 3 nhà")[-1] == "Hà Giang"


_SCHOOL_REPORT = """TỈNH ĐOÀN BẮC KẠN                              ĐOÀN TNCS HỒ CHÍ MINH
BCH ĐOÀN TRƯỜNG CAO ĐẲNG
NÔNG LÂM MIỀN NÚI                          Bắc Kạn, ngày 10 tháng 6 năm 2025
Số: 21-BC/ĐTN

BÁO CÁO
Kết quả công tác Đoàn học kỳ II

Ban Chấp hành Đoàn trường Cao đẳng Nông lâm Miền núi báo cáo kết quả như sau:
1. Kết quả
Đoàn trường tổ chức 14 buổi sinh hoạt chuyên đề với 1.250 lượt đoàn viên tham gia.
"""


def test_a_school_letterhead_wrapped_over_two_lines_is_the_issuer_and_the_scope() -> None:
    report = reportextract.extract(_SCHOOL_REPORT)
    # the name as the body spells it, not the capitals of the letterhead
    assert report.metadata.issuer == "Ban Chấp hành Đoàn trường Cao đẳng Nông lâm Miền núi"
    assert report.metadata.scope == "trường Cao đẳng Nông lâm Miền núi"
    assert {f.unit for f in report.figures} == {"trường Cao đẳng Nông lâm Miền núi"}


def test_a_letterhead_with_a_body_over_a_department_is_not_joined_as_one_name() -> None:
    # without the opening "Ban Chấp hành … báo cáo" (which names the reporting body since round 9)
    # the issuer is read from the letterhead alone
    text = _SCHOOL_REPORT.replace(
        "BCH ĐOÀN TRƯỜNG CAO ĐẲNG\nNÔNG LÂM MIỀN NÚI",
        "BCH ĐOÀN TRƯỜNG CAO ĐẲNG NÔNG LÂM MIỀN NÚI\nBAN TUYÊN GIÁO",
    ).replace("Ban Chấp hành Đoàn trường Cao đẳng Nông lâm Miền núi báo cáo kết quả như sau:\n", "")
    issuer = reportextract.extract(text).metadata.issuer
    assert issuer is not None
    assert issuer.casefold().startswith("ban tuyên giáo")  # the department under its parent body


def test_a_footnote_anchor_keeps_a_decimal_comma() -> None:
    from reportextract.structure.footnotes import anchor_before

    text = "toàn tỉnh thực hiện 412 công trình, trị giá hơn 9,7 tỉ đồng"
    assert anchor_before(text, len(text)) == "trị giá hơn 9,7 tỉ đồng"
    text = "các tỉnh Hà Tĩnh, Quảng Trị"  # a comma between words still ends the anchor
    assert anchor_before(text, len(text)) == "Quảng Trị"


def test_counters_side_by_side_are_page_furniture() -> None:
    text = (
        "Đoàn xã Bắc Hà trao 120 suất quà cho học sinh.\n\n"
        "Lượt xem: 2.310 | Chia sẻ (41) | Bình luận (6)\n\n"
        "Chia sẻ 18 suất quà với học sinh xã bạn.\n"
    )
    report = reportextract.extract(text)
    assert "Lượt xem" not in report.body
    assert sorted(f.text for f in report.figures) == ["120", "18"]  # a sentence with "Chia sẻ" stays


def test_a_name_is_spelled_as_the_text_writes_it_only_from_a_whole_word_match() -> None:
    from reportextract.structure.scope import as_written

    name = "Ban Chấp hành Đoàn trường Đại học Kỹ Thuật Miền Núi"
    assert as_written(name, "… Đoàn trường Đại học Kỹ thuật Miền núi báo cáo") == name  # not all of it
    assert as_written(name, "Ban Chấp hành Đoàn trường Đại học Kỹ thuật Miền núi báo cáo") == (
        "Ban Chấp hành Đoàn trường Đại học Kỹ thuật Miền núi"
    )
    assert as_written(name, "BAN CHẤP HÀNH ĐOÀN TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN NÚI") == name  # capitals again
    # not a whole word
    assert as_written(name, "Ban Chấp hành Đoàn trường Đại học Kỹ thuật Miền núiX") == name
