"""PDF two-column header (readers/pdf.py, `_column_order`): a left-column line centred on its
column but wider than it, drawn past the column's edges by a generator that does not wrap, stays
in the left column; the header is read left column first, as a text export reads it. A line
centred on the page (a title, a body line) still ends the two-column stretch. Texts made up for
the tests."""

from __future__ import annotations

from reportextract.readers.pdf import _column_order, _Line, _paragraphs, _text_right

SIZE = 11.0


def _line(text: str, x0: float, x1: float, top: float) -> _Line:
    return _Line(text, x0, x1, top, top + SIZE, SIZE, 1)


def _header(wide_x0: float, wide_x1: float) -> list[_Line]:
    # left column centred on x = 160, right column from x = 320; page text 80..530
    return [
        _line("TỈNH ĐOÀN BÌNH AN", 95.0, 225.0, 60.0),
        _line("ĐOÀN TNCS HỒ CHÍ MINH", 325.0, 495.0, 60.0),
        _line("BCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH BÌNH AN", wide_x0, wide_x1, 75.0),
        _line("***", 152.0, 168.0, 90.0),
        _line("Bình An, ngày 05 tháng 12 năm 2025", 320.0, 515.0, 90.0),
        _line("Số: 15-BC/ĐTN", 110.0, 210.0, 105.0),
        _line("BÁO CÁO", 270.0, 340.0, 140.0),
    ]


def test_a_wide_line_centred_on_the_left_column_stays_in_it() -> None:
    order = [ln.text for ln in _column_order(_header(5.0, 315.0), 530.0)]
    assert order == [
        "TỈNH ĐOÀN BÌNH AN",
        "BCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH BÌNH AN",
        "***",
        "Số: 15-BC/ĐTN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "Bình An, ngày 05 tháng 12 năm 2025",
        "BÁO CÁO",
    ]


def test_a_wide_line_not_centred_on_the_left_column_ends_the_stretch() -> None:
    # the same line centred on the page (x 150..450): a line across both columns
    order = [ln.text for ln in _column_order(_header(150.0, 450.0), 530.0)]
    assert order[:3] == [
        "TỈNH ĐOÀN BÌNH AN",
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "BCH ĐOÀN KHỐI DOANH NGHIỆP TỈNH BÌNH AN",
    ]


def test_a_page_centred_title_after_the_header_is_not_taken_into_a_column() -> None:
    order = [ln.text for ln in _column_order(_header(5.0, 315.0), 530.0)]
    assert order[-1] == "BÁO CÁO"


# --- the text's right edge (`_text_right`): a column beside another is not the margin ----------


def _last_page(sig_x1: float) -> list[_Line]:
    return [
        _line("Trên đây là báo cáo tổng kết công tác Đoàn và phong trào thanh niên", 116.0, 539.0, 60.0),
        _line("năm 2025 của Ban Thường vụ Đoàn Thanh niên Khối doanh nghiệp tỉnh", 88.0, 515.0, 77.5),
        _line("Bình An.", 88.0, 140.0, 95.0),
        _line("Nơi nhận:", 88.0, 140.0, 127.0),
        _line("TM. BAN THƯỜNG VỤ ĐOÀN THANH NIÊN", 330.0, sig_x1, 127.0),
    ]


def test_a_signature_past_the_margin_does_not_shorten_the_paragraph_lines() -> None:
    lines = _last_page(566.0)
    right = _text_right(lines)
    assert right == 539.0
    paras = _paragraphs(_column_order(lines, right), 88.0, right)
    assert [ln.text for ln in paras[0]][-1] == "Bình An."


def test_a_lone_line_still_gives_the_margin() -> None:
    lines = [_line("Nơi nhận:", 88.0, 140.0, 127.0), _line("TM. BAN THƯỜNG VỤ", 330.0, 566.0, 127.0)]
    assert _text_right(lines) == 566.0  # nothing alone: every line counts
    assert _text_right(_last_page(500.0)) == 539.0
