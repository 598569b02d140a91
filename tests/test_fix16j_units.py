"""Unit names after the held-out batches 15/16 (spec §2.3): a health institution named without its
Youth Union's words that opens a sentence or clause and acts there is a unit; named only where
something happens, or as a partner, it is not. Texts written for these tests."""

from __future__ import annotations

from reportextract.units.gazetteer import find_units


def _units(text: str) -> list[str]:
    return [m.canonical for m in find_units(text)]


def test_health_centre_acting_at_sentence_start_is_a_unit() -> None:
    text = "Đoàn xã mở lớp học bơi. Trung tâm Y tế khu vực Đông Sơn tổ chức khám cho 420 lượt học sinh."
    assert "Trung tâm Y tế khu vực Đông Sơn" in _units(text)
    assert _units("Bệnh viện Hoàn Mỹ cử 9 điều dưỡng trẻ.") == ["Bệnh viện Hoàn Mỹ"]


def test_hospital_with_its_own_count_after_a_semicolon_is_a_unit() -> None:
    text = "Thanh Hóa 6 người, Nghệ An 4 người; Bệnh viện Việt Đức có 3 bác sĩ được khen."
    assert _units(text)[-1] == "Bệnh viện Việt Đức"


def test_hospital_only_saying_where_is_no_unit() -> None:
    # negative: after "tại" / "phối hợp" the hospital is a venue or a partner, not the actor
    assert "Bệnh viện Hoàn Mỹ" not in _units("Tại Bệnh viện Hoàn Mỹ, 5 đội hình trực mỗi ngày.")
    text = "Tỉnh đoàn phối hợp Bệnh viện Hoàn Mỹ tổ chức 3 đợt hiến máu."
    assert "Bệnh viện Hoàn Mỹ" not in _units(text)
    # negative: mid-sentence, no verb after the name
    assert "Bệnh viện Hoàn Mỹ" not in _units("Bệnh viện Hoàn Mỹ là nơi 40 bạn trẻ tình nguyện.")
    # negative: another organisation acting at the start of a sentence stays a lookup-only name
    assert _units("Công ty Minh Phát tặng 20 suất quà.") == []


def test_hospital_last_in_a_list_of_partners_is_no_unit() -> None:
    # negative: the verb after a list of partners is the organiser's, not the last hospital's
    text = "Thành đoàn phối hợp Bệnh viện Hoàn Mỹ và Bệnh viện Việt Đức thực hiện 2 đợt khám."
    assert "Bệnh viện Việt Đức" not in _units(text)


def test_source_telling_its_own_whole_is_a_unit() -> None:
    text = "Theo Tổng công ty Cấp nước miền Trung, năm nay toàn Tổng công ty đã lắp 900 đồng hồ."
    assert _units(text)[0] == "Tổng công ty Cấp nước miền Trung"
    # negative: a source telling a place's figure is no unit
    assert "Sở Công Thương" not in _units("Theo Sở Công Thương, toàn tỉnh có 40 chợ.")
