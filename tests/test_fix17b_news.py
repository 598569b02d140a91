"""fix17b: a site label in capitals one space before the headline. Texts written for these tests."""

from __future__ import annotations

from reportextract.structure.news import spaced_caps_label_end


def test_caps_label_before_headline_is_cut() -> None:
    text = "GIÁO DỤC - KHUYẾN HỌC Cao Bằng: 12 điểm trường nhận sách mới"
    assert text[spaced_caps_label_end(text) :] == "Cao Bằng: 12 điểm trường nhận sách mới"
    text = "THỂ THAO Đoàn xã Mường Phăng tổ chức giải bóng chuyền"
    assert text[spaced_caps_label_end(text) :].startswith("Đoàn xã")


def test_abbreviations_and_caps_headline_are_no_label() -> None:
    # negative: abbreviations open the headline's own name; a headline all in capitals stays whole
    assert spaced_caps_label_end("UBND TP Cần Thơ khen 8 tập thể") == 0
    assert spaced_caps_label_end("HĐND TP Huế họp bất thường") == 0
    assert spaced_caps_label_end("TUỔI TRẺ CẦN THƠ RA QUÂN") == 0
    assert spaced_caps_label_end("Tuổi trẻ Cần Thơ ra quân") == 0
